"""The axes of an indicator's chart: the value axis's scale, range and written ticks, and the time axis.

The y axis is divided by one scale (billion, million) named in its title ("tỷ USD" / "US$
billion"); its tick labels come from :func:`indicators.vietnamese.format_number`. Ranks run
top-down from 1 with integer ticks; money and counts keep a y axis from 0. The time axis labels
the years the data covers, or up to three dates when every figure is a state at a date.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Final

from indicators.charts.plotly_types import TimeAxis, ValueAxis
from indicators.charts.points import Point
from indicators.charts.style import GRID, KEY_COLOUR
from indicators.periods import date_label
from indicators.vietnamese import UNITS, format_number, format_value, scale_label

HEADROOM: Final = 0.15
MOST_YEAR_TICKS: Final = 9
_UNSCALED_KINDS: Final = frozenset({"rank", "percent", "multiple"})


def axis_scale(points: Sequence[Point], unit: str) -> float:
    """Return the divisor of the y axis: a billion or a million for large values, else 1."""
    if UNITS[unit].kind in _UNSCALED_KINDS or unit == "percentage_points" or not points:
        return 1.0
    return float(scale_label(max(abs(p.value) for p in points), "en")[0])


def axis_title(unit: str, scale: float, lang: str) -> str:
    """Name the y axis's unit with its scale word: 'tỷ USD', 'US$ billion', 'triệu lượt', '%'."""
    info = UNITS[unit]
    name = info.vi_label if lang == "vi" else info.en_label
    word = scale_label(scale, lang)[1] if scale > 1 else ""
    if not word:
        return name
    if lang == "en" and info.kind == "money":
        return f"{name} {word}"
    return f"{word} {name}"


def y_axis(points: Sequence[Point], unit: str, scale: float, lang: str, labelled: bool) -> ValueAxis:
    """Return a y axis for these points: reversed ranks, or a range from 0 with written ticks."""
    axis: ValueAxis = {
        "title": {
            "text": html.escape(axis_title(unit, scale, lang)),
            "font": {"size": 12, "color": KEY_COLOUR},
        },
        "fixedrange": True,
        "gridcolor": GRID,
        "automargin": True,
        "showline": False,
    }
    values = [p.value / scale for p in points] or [0.0]
    if unit == "rank":
        worst = max(3, math.ceil(max(values)))
        ranks = list(range(1, worst + 1, math.ceil(worst / 6)))
        return {
            **axis,
            "autorange": "reversed",
            "autorangeoptions": {"include": [1, worst]},
            "tickvals": ranks,
            "ticktext": [html.escape(format_value(r, unit, lang)) for r in ranks],
        }
    low, high = min([*values, 0.0]), max([*values, 0.0])
    span = (high - low) or abs(high) or 1.0
    # Headroom above the highest point: room for its value label, or for the selected point's
    # halo (14 px) in a plot area about 200 px high.
    top = high + span * (0.22 if labelled else HEADROOM)
    bottom = low - span * 0.08 if low < 0 else 0.0
    ticks, step, decimals = nice_ticks(bottom, top)
    # A gridline beyond the furthest points, so a reader sees where they stand: 8.67 below a 10.
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, decimals))
        top = ticks[-1]
    if ticks[0] > low:
        ticks.insert(0, round(ticks[0] - step, decimals))
        bottom = ticks[0]
    return {
        **axis,
        "range": [bottom, top],
        "tickvals": ticks,
        "ticktext": [
            html.escape(format_number(tick, lang, decimals=decimals_of(tick, decimals))) for tick in ticks
        ],
        "zeroline": True,
        "zerolinecolor": "#c9ced3",
    }


def nice_ticks(low: float, high: float, count: int = 4) -> tuple[list[float], float, int]:
    """Return round tick values within [low, high], their step and the decimals labels need."""
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    decimals = decimals_of(step, 6)
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(i * step, decimals) for i in range(first, last + 1)], step, decimals


def decimals_of(value: float, most: int) -> int:
    """Return the fewest decimals (at most ``most``) that write ``value`` exactly: 2.5 -> 1, 5.0 -> 0."""
    decimals = 0
    while decimals < most and abs(round(value, decimals) - value) > abs(value) * 1e-9:
        decimals += 1
    return decimals


def height_in(axis: ValueAxis, points: Sequence[Point], scale: float) -> Callable[[float], float]:
    """Return how high a value stands on this y axis: 0 at the bottom of the plot, 1 at the top."""
    if "range" in axis:
        bottom, top = axis["range"]
        return lambda value: (value / scale - bottom) / (top - bottom)
    worst = max(3, math.ceil(max(p.value / scale for p in points)))  # ranks: 1 at the top, as y_axis has it
    return lambda value: (worst - value / scale) / (worst - 1)


def time_span(points: Sequence[Point], labelled: bool) -> tuple[date, date]:
    """Return the time axis's range: every point and span, with room either side (more for labels)."""
    pad = 200 if labelled else 120
    left = date.fromordinal(min(min(p.start, p.x) for p in points).toordinal() - pad)
    right = date.fromordinal(max(max(p.end, p.x) for p in points).toordinal() + pad)
    return left, right


def time_axis(points: Sequence[Point], lang: str, span: tuple[date, date]) -> TimeAxis:
    """Return how the time axis is labelled: the years the data covers, or the dates.

    A year's label stands at its middle, between small ticks where years begin, so it reads as
    the whole year and a point "as of" 29 December sits at the end of its year. Figures that are
    all states at a date, on at most three dates a fifth of the axis apart or more ("as of 29 Dec
    2025"), are labelled with those dates instead, each with its tick.
    """
    dates = sorted({p.x for p in points})
    apart = min(((b - a).days for a, b in pairwise(dates)), default=None)
    if (
        all(p.kind == "as_of" for p in points)
        and len(dates) <= 3
        and (apart is None or apart >= (span[1] - span[0]).days / 5)
    ):
        return {
            "tickvals": [d.isoformat() for d in dates],
            "ticks": "outside",
            "ticktext": [date_label(d.isoformat(), lang) for d in dates],
        }
    # The years the data covers, at most MOST_YEAR_TICKS of them, always the latest one.
    years = tick_years(points)
    return {
        "tickvals": [date(year, 7, 2).isoformat() for year in years],
        "ticks": "",
        "ticktext": [str(year) for year in years],
        "minor": {
            "ticks": "outside",
            "ticklen": 5,
            "tickcolor": "#c9ced3",
            "tick0": "2000-01-01",
            "dtick": "M12",
            "showgrid": False,
        },
    }


def tick_years(points: Sequence[Point]) -> list[int]:
    """Choose the years to label: every year, or every n-th one labelling the most points (and the
    latest year, on a tie)."""
    years = list(range(min(p.start.year for p in points), max(p.end.year for p in points) + 1))
    step = math.ceil(len(years) / MOST_YEAR_TICKS)
    if step == 1:
        return years
    drawn = {p.x.year for p in points}
    offset = max(range(step), key=lambda o: (len(drawn.intersection(years[o::step])), o))
    return years[offset::step]
