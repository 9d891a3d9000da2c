"""Figures for one indicator, built from rows of the tidy table (:mod:`indicators.table`).

Every builder takes a slice of the table and a language ('vi' or 'en') and returns a plain
``plotly.graph_objects.Figure``; nothing here knows Streamlit.

How a figure reads
------------------
* **One point per observation.** Each observation is exactly one marker in exactly one trace
  whose ``customdata`` rows start with its ``obs_id`` (then the hover texts), so a click selects
  it. Lines, dashes and spans are separate line-only traces with no ``customdata`` and no hover.
  Two reports of one value for one period would hide each other: they are set a little apart
  in time (a few pixels), so both can be clicked.
* **Where a point sits.** A year's point sits in the middle of its year (2 July), right above
  its year's tick label; a point "as of" a date sits at that date (and when all the points are
  such, on up to three dates well apart, the time axis is labelled with the dates; else a year's
  label stands between small ticks where years begin). A part-year or multi-year
  figure is a horizontal bar from its first to its last day with its marker at the last day:
  never a point on the yearly line, its own trace, and its legend entry says so ("first 9
  months of 2020 (not a full year)", "2016–2020 (whole period, not one year)").
* **Multi-year totals in their own panel.** When a multi-year figure is more than twice the
  largest other figure (the 25-billion total of 2016–2020 beside yearly 2 to 9 billion), it is
  drawn in a lower panel with its own scale and the same time axis: on one scale the yearly
  values would be squeezed into the bottom third, and the bar's height would invite reading
  it as one year's value. Comparable magnitudes (an average growth rate over 2016–2020 beside
  yearly rates, a 2026–2030 growth target) share the main panel.
* **Lines mean "comparable".** Year and as-of points are joined only within one series: one
  ``definition`` and one kind of period, and no point of another series between them. Each
  series is its own trace, named with the first clause of its definition in ``lang``. The line
  is solid between neighbouring years, dotted across missing years (2019 to 2025 is not a
  trend the articles report), dashed to and from projected or target figures. Where the
  definition changes from one point in time to the next, a dotted vertical line and the note
  "definition changes" / "đổi định nghĩa" stand between them; the note runs down from the top,
  or up from the bottom where fewer points near the line would sit under it.
* **Hedges.** The marker's shape says what kind of figure it is and its fill whether the
  amount is hedged (:func:`marker_symbol`): exact = filled circle; approximately, nearly =
  hollow circle; more than = triangle up; estimate = hollow diamond; projected = hollow
  square; target = star. When any figure is hedged, a grey legend entry per mark present
  names it in ``lang`` (a filled circle, the plain case, needs none).
* **Numbers.** The y axis is divided by one scale (billion, million) named in its title
  ("tỷ USD" / "US$ billion"); tick labels come from :func:`indicators.numbers.format_number`,
  hover values and labels from :func:`indicators.numbers.format_value`, and ``separators``
  follow ``lang``: no raw 4290000000 anywhere. Ranks run top-down from 1 with integer ticks.
  Money and counts keep a y axis from 0.
* **Few points.** With one or two observations the value is written above each marker, so a
  lone point reads as a labelled figure rather than an empty chart; near either end of the
  time axis the label leans inwards, so it is neither cut nor over the value axis's numbers.
* **Selection and size.** The ``selected`` observation is drawn bigger (plotly's
  ``selectedpoints``) inside an outlined halo. Clicks select points (``clickmode``
  "event+select") and dragging neither zooms nor pans, so a phone can scroll past the chart.
  The legend sits under the chart; the figure grows by a row per legend entry beyond two, as a
  phone stacks them.

Text from the data (definitions, titles) is HTML-escaped before it reaches plotly, whose hover
and legend labels render a subset of HTML.
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeAlias
from urllib.parse import quote

import plotly.graph_objects as go

from indicators.compare import FORWARD, report_order
from indicators.hedges import hedged_value, worded_value
from indicators.labels import LANGS, label, qualifier_label
from indicators.periods import Period, date_label
from indicators.vietnamese import UNITS, format_number, format_value, scale_label

if TYPE_CHECKING:
    import pandas as pd

Record: TypeAlias = dict[str, Any]
# Rows of the tidy table: a DataFrame slice, or its records (``DataFrame.to_dict("records")``, or the
# plain rows of :func:`indicators.table.observation_rows`, which need no pandas).
Rows: TypeAlias = "pd.DataFrame | Sequence[Mapping[str, Any]]"

LINE_KINDS: Final = frozenset({"year", "as_of"})
SPAN_KINDS: Final = frozenset({"multi_year", "to_date"})

FONT: Final = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
# One colour a definition, from the Okabe–Ito palette, which readers with any common colour-vision
# deficiency tell apart: blue, vermillion, bluish green, reddish purple and black. Its orange, sky
# blue and yellow are left out, being too light on white; the other hues are darkened just enough
# that a period's bar, drawn at BAR_ALPHA over white, reaches 3:1 against it (WCAG 1.4.11), and so
# does every line and marker (4.5:1 and more).
PALETTE: Final = ("#0072b2", "#c45600", "#008662", "#bc4f8b", "#000000")
BAR_ALPHA: Final = 0.8
PART_YEAR_COLOUR: Final = "#c45600"
MULTI_YEAR_COLOUR: Final = "#bc4f8b"
KEY_COLOUR: Final = "#5f6b73"
DOUBT_COLOUR: Final = "#b3261e"
INK: Final = "#1f2428"
GRID: Final = "#e4e7ea"
HEIGHT: Final = 380
MARKER_SIZE: Final = 10
SELECTED_SIZE: Final = 16
OWN_PANEL_RATIO: Final = 2.0
HEADROOM: Final = 0.15
SERIES_NAME_WIDTH: Final = 36
HOVER_WIDTH: Final = 42
LEGEND_ROW: Final = 20
MOST_HEIGHT: Final = 520
MOST_YEAR_TICKS: Final = 9
# How much of a narrow plot (a phone's: about 300 × 200 px) an upright note left of a definition
# change covers: each character of its 11 px font about 6.2 px high; a marker whose centre is up to
# 22 px left or 8 px right of the line may reach under it (the note is 14 px wide, a marker 10).
NARROW_PLOT_PX: Final = (300.0, 200.0)
NOTE_CHARACTER_PX: Final = 6.2
NOTE_REACH_PX: Final = (22.0, 8.0)
LABEL_EDGE: Final = 0.3  # a value label within this share of the time axis's ends leans inwards
LABELS_APART: Final = 0.15  # two value labels closer in height than this share of the plot collide
LOW_IN_PLOT: Final = 0.2  # a label under a point this low would run into the time axis

WORDS: Final[dict[str, dict[str, str]]] = {
    "definition_changes": {"vi": "đổi định nghĩa", "en": "definition changes"},
    "not_full_year": {"vi": "chưa phải cả năm", "en": "not a full year"},
    "whole_period": {"vi": "cả giai đoạn, không phải một năm", "en": "whole period, not one year"},
    "yearly_average": {"vi": "bình quân mỗi năm của giai đoạn", "en": "a yearly average over the period"},
    "to_date": {"vi": "cộng dồn đến ngày đó, không phải một năm", "en": "total to that date, not one year"},
    "in_doubt": {"vi": "bị nghi vấn", "en": "in doubt"},
    "multi_year_panel": {"vi": "Cả giai đoạn nhiều năm", "en": "Whole multi-year periods"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "date_inferred": {"vi": "ngày suy ra", "en": "date inferred"},
}

_SHAPES: Final = (("target", "star"), ("projected", "square"), ("estimate", "diamond"),
                  ("more_than", "triangle-up"), ("at_least", "triangle-up"), ("less_than", "triangle-down"))
_HOLLOW: Final = frozenset({"approximately", "nearly", "estimate", "projected"})
_KEY_ORDER: Final = ("approximately", "nearly", "more_than", "at_least", "less_than", "estimate", "projected",
                     "target")
_UNSCALED_KINDS: Final = frozenset({"rank", "percent", "multiple"})
_FIRST_CLAUSE: Final = re.compile(r"\s+\(|;")
_HOVER: Final = ("<b>%{customdata[1]}</b><br>%{customdata[2]} · %{customdata[3]}<br>"
                 "%{customdata[4]}<br><i>%{customdata[5]}</i><extra></extra>")


def marker_symbol(qualifiers: Iterable[str]) -> str:
    """Return the plotly marker symbol for a figure's qualifier codes.

    The shape comes from the strongest of target (star), projected (square), estimate
    (diamond) and more_than (triangle-up), else a circle; it is hollow ("-open") when the amount
    is hedged (approximately, nearly, estimate, projected).
    """
    codes = {code for code in qualifiers if code}
    shape = next((symbol for code, symbol in _SHAPES if code in codes), "circle")
    return f"{shape}-open" if codes & _HOLLOW else shape


@dataclass(frozen=True)
class _Point:
    """One observation, placed: its marker position, its span and its words."""

    obs_id: str
    period: str
    kind: str
    definition: str
    definition_text: str
    qualifiers: tuple[str, ...]
    doubted: bool
    x: date
    start: date
    end: date
    value: float
    customdata: tuple[str, ...]
    label_text: str

    @property
    def forward(self) -> bool:
        return bool(FORWARD & set(self.qualifiers))

    @property
    def series(self) -> tuple[str, str]:
        return (self.definition, self.kind)


def indicator_figure(rows: Rows, lang: str, *, selected: str | None = None) -> go.Figure:
    """Draw one indicator's observations over time, each a clickable marker (see the module notes)."""
    _check_lang(lang)
    given = [record for record in records(rows) if record["period"]]  # no period stated: not drawn
    if not given:
        raise ValueError("expected the dated observations of one indicator, found none")
    indicators = sorted({str(record["indicator_id"]) for record in given})
    if len(indicators) > 1:
        raise ValueError(f"expected the observations of one indicator, found {', '.join(indicators)}")
    unit = str(given[0]["unit"])
    points = _spread([_point(record, unit, lang) for record in given])
    line_points = [p for p in points if p.kind in LINE_KINDS]
    part_points = [p for p in points if p.kind == "part_year"]
    multi_points = [p for p in points if p.kind in SPAN_KINDS]
    others = line_points + part_points
    own_panel = bool(
        multi_points and others and unit != "rank"
        and max(abs(p.value) for p in multi_points) > OWN_PANEL_RATIO * max(abs(p.value) for p in others)
    )
    panels = [others, multi_points] if own_panel else [points]
    scales = [_scale(panel, unit) for panel in panels]
    labelled = len(points) <= 2
    draw = _Drawer(lang, selected, labelled=labelled, time_span=_time_span(points, labelled))

    series_order = list(dict.fromkeys(p.series for p in sorted(line_points, key=_order)))
    kinds_of = {definition: {k for d, k in series_order if d == definition} for definition, _ in series_order}
    single_series = len(series_order) == 1 and not part_points and not multi_points
    # One colour a definition: a series and the spans of its definition share it.
    definitions = list(dict.fromkeys([d for d, _ in series_order]
                                     + [p.definition for p in sorted(points, key=_order)]))
    colour_of = {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(definitions)}
    named = len(definitions) > 1  # spans say their definition where there are several
    for index, key in enumerate(series_order):
        members = sorted((p for p in line_points if p.series == key), key=_order)
        name = _series_name(members[0].definition_text)
        if len(kinds_of[key[0]]) > 1:
            name = f"{name} ({label('period_kind', key[1], lang)})"
        draw.series(members, line_points, name, colour_of[key[0]], scales[0],
                    legendgroup=f"series-{index}", showlegend=not single_series)
    for members in _by_period(part_points):
        name = _span_name(members[0], WORDS["not_full_year"][lang], lang, named=named)
        draw.spans(members, name, colour_of[members[0].definition], scales[0], panel=1)
    for members in _by_period(multi_points):
        kind = ("to_date" if members[0].kind == "to_date"
                else "yearly_average" if UNITS[unit].kind == "rate" else "whole_period")
        name = _span_name(members[0], WORDS[kind][lang], lang, named=named)
        draw.spans(members, name, colour_of[members[0].definition], scales[-1], panel=len(panels))
    draw.doubts(points, scales, own_panel)
    draw.key(points)

    layout = _layout(lang, points, draw.labelled)
    x_axis = layout.pop("xaxis")
    for panel, (panel_points, scale) in enumerate(zip(panels, scales, strict=True), start=1):
        suffix = "" if panel == 1 else str(panel)
        layout[f"xaxis{suffix}"] = {**x_axis, "anchor": f"y{suffix}"}
        layout[f"yaxis{suffix}"] = {**_y_axis(panel_points, unit, scale, lang, draw.labelled),
                                    "anchor": f"x{suffix}"}
    height = _height_in(layout["yaxis"], panels[0], scales[0])  # in the main panel
    draw.definition_changes(line_points, panels[0], draw.time_span, height)
    if own_panel:
        layout["xaxis"].update(matches="x2", showticklabels=False)
        layout["yaxis"]["domain"] = [0.4, 1]
        layout["yaxis2"]["domain"] = [0, 0.28]
        draw.annotations.append({
            "text": html.escape(WORDS["multi_year_panel"][lang]), "xref": "x2 domain", "yref": "y2 domain",
            "x": 0, "y": 1, "xanchor": "left", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 11, "color": KEY_COLOUR},
        })
    if draw.labelled:
        draw.part_labels(height, scales[0])
    # A phone stacks the legend one entry a row: grow the figure with it, so the plot keeps its size.
    entries = sum(1 for trace in draw.traces if trace.get("showlegend"))
    layout["height"] = min(MOST_HEIGHT, HEIGHT + LEGEND_ROW * max(0, entries - 2))
    layout["shapes"] = draw.shapes
    layout["annotations"] = draw.annotations
    # Built from plain dicts without plotly's property-by-property validation, the costliest part of
    # a click's rerun; the tests validate every figure the builders make (tests/test_charts.py).
    return go.Figure(data=draw.traces, layout=layout, _validate=False)


@dataclass(frozen=True)
class Sparkline:
    """A tiny trend: the dates and values of the results comparable with the latest one.

    ``reversed`` puts small values at the top (ranks: 1 is best). :meth:`svg` draws it as an
    SVG image, a line with a dot on the latest point: light enough for a page of cards, crisp at any
    width, with no script. Only numbers and the escaped ``label`` reach the markup.
    """

    points: tuple[tuple[date, float], ...]
    reversed: bool = False

    WIDTH: ClassVar[int] = 240
    HEIGHT: ClassVar[int] = 56
    PAD: ClassVar[int] = 6

    def coordinates(self) -> list[tuple[float, float]]:
        """Return each point's (x, y) in the SVG's box: time left to right, larger values up."""
        days = [day.toordinal() for day, _ in self.points]
        values = [value for _, value in self.points]
        first, span = min(days), (max(days) - min(days)) or 1
        low, high = min(values), max(values)
        inner_w, inner_h = self.WIDTH - 2 * self.PAD, self.HEIGHT - 2 * self.PAD
        placed = []
        for day, value in zip(days, values, strict=True):
            share = 0.5 if high == low else (value - low) / (high - low)
            if self.reversed:
                share = 1 - share
            placed.append((round(self.PAD + inner_w * (day - first) / span, 2),
                           round(self.PAD + inner_h * (1 - share), 2)))
        return placed

    def svg(self, colour: str = PALETTE[0]) -> str:
        """Return the trend as an SVG document: the line, and a dot on the latest point."""
        placed = self.coordinates()
        line = " ".join(f"{x:g},{y:g}" for x, y in placed)
        last_x, last_y = placed[-1]
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.WIDTH}" height="{self.HEIGHT}" '
            f'viewBox="0 0 {self.WIDTH} {self.HEIGHT}" preserveAspectRatio="none">'
            f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2" '
            f'stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"/>'
            # A zero-length segment with round caps: a dot that stays round when the box stretches.
            f'<path d="M{last_x:g} {last_y:g}h0" stroke="{colour}" stroke-width="7" stroke-linecap="round" '
            f'vector-effect="non-scaling-stroke"/></svg>'
        )

    def img(self, label: str, colour: str = PALETTE[0]) -> str:
        """Return an ``<img>`` of :meth:`svg` (an image runs no script), ``label`` (escaped) as its alt."""
        source = "data:image/svg+xml," + quote(self.svg(colour), safe=",:=/")
        return f'<img class="hi-spark" src="{html.escape(source)}" alt="{html.escape(label)}">'


def sparkline(rows: Rows) -> Sparkline | None:
    """Return the tiny trend of the points comparable with the latest year or as-of figure, or None.

    Only year and as-of figures of the latest one's definition and kind of period count, and
    projected and target figures are left out (they are not results), as are doubted figures and
    figures read from words; with fewer than two such
    periods there is no trend to show and the function returns None. Where two reports give one
    period, the later report wins.
    """
    actual = [record for record in records(rows)
              if record["period_kind"] in LINE_KINDS and not record["doubt_en"] and not record["reading_en"]
              and not FORWARD & set(str(record["qualifier"]).split(";"))]
    if not actual:
        return None
    actual.sort(key=report_order)
    latest = actual[-1]
    by_period: dict[str, Record] = {}
    for record in actual:
        if (record["definition"], record["period_kind"]) == (latest["definition"], latest["period_kind"]):
            by_period[str(record["period"])] = record  # the latest report of a period wins
    if len(by_period) < 2:
        return None
    unit = str(latest["unit"])
    points = []
    for record in by_period.values():
        start = date.fromisoformat(str(record["period_start"]))
        end = date.fromisoformat(str(record["period_end"]))
        points.append((date(start.year, 7, 2) if record["period_kind"] == "year" else end,
                       float(record["value"])))
    return Sparkline(tuple(sorted(points)), reversed=unit == "rank")


Trace = dict[str, Any]


class _Drawer:
    """Collect an indicator's traces, shapes and notes, keeping one marker per observation."""

    def __init__(self, lang: str, selected: str | None, *, labelled: bool,
                 time_span: tuple[date, date]) -> None:
        self.lang = lang
        self.selected = selected
        self.labelled = labelled
        self.time_span = time_span
        self.traces: list[Trace] = []
        self.shapes: list[dict[str, Any]] = []
        self.annotations: list[dict[str, Any]] = []

    def _add(self, trace: Trace, panel: int) -> None:
        if panel > 1:
            trace.update(xaxis=f"x{panel}", yaxis=f"y{panel}")
        self.traces.append({"type": "scatter", **trace})

    def markers(self, points: Sequence[_Point], name: str, colour: str, scale: float, *, panel: int = 1,
                lines: bool = False, legendgroup: str, showlegend: bool) -> None:
        """Add one trace holding these points' markers (and a solid line through them)."""
        chosen = [p.obs_id == self.selected for p in points]
        mode = "lines+markers" if lines else "markers"
        trace: Trace = {
            "x": [p.x.isoformat() for p in points], "y": [p.value / scale for p in points],
            "mode": mode + ("+text" if self.labelled else ""), "name": _legend_text(name),
            "legendgroup": legendgroup, "showlegend": showlegend,
            "customdata": [list(p.customdata) for p in points], "hovertemplate": _HOVER,
            "line": {"color": colour, "width": 2}, "cliponaxis": False,
            "marker": {
                "symbol": [_symbol(p) for p in points], "size": MARKER_SIZE,
                "color": colour, "opacity": 1, "line": {"color": colour, "width": 2},
            },
            # A selected point is drawn bigger, whether plotly selects it on a click or the caller
            # names it; the other points keep their look instead of fading.
            "selected": {"marker": {"size": SELECTED_SIZE}},
            "unselected": {"marker": {"opacity": 1}, "textfont": {"color": INK}},
        }
        if any(chosen):
            trace["selectedpoints"] = [i for i, c in enumerate(chosen) if c]
        if self.labelled:
            trace.update(text=[p.label_text for p in points], textfont={"color": INK, "size": 13},
                         textposition=[self._label_side(p) for p in points])
        self._add(trace, panel)
        suffix = "" if panel == 1 else str(panel)
        for point in (p for p, c in zip(points, chosen, strict=True) if c):
            self.shapes.append({
                "type": "circle", "xref": f"x{suffix}", "yref": f"y{suffix}", "xsizemode": "pixel",
                "ysizemode": "pixel", "xanchor": point.x.isoformat(), "yanchor": point.value / scale,
                "x0": -14, "x1": 14, "y0": -14, "y1": 14, "layer": "below",
                "line": {"color": INK, "width": 1.5}, "fillcolor": "rgba(255, 214, 102, 0.45)",
            })

    def _segments(self, pairs: Sequence[tuple[_Point, _Point]], colour: str, scale: float, *,
                  dash: str, width: float, legendgroup: str, panel: int = 1,
                  ends: Sequence[tuple[date, date]] | None = None) -> None:
        """Add one line-only trace: segments between points, or from a start date to a point."""
        xs: list[str | None] = []
        ys: list[float | None] = []
        for index, (first, second) in enumerate(pairs):
            left, right = (first.x, second.x) if ends is None else ends[index]
            xs += [left.isoformat(), right.isoformat(), None]
            ys += [first.value / scale, second.value / scale, None]
        self._add({"x": xs, "y": ys, "mode": "lines", "line": {"color": colour, "width": width, "dash": dash},
                   "hoverinfo": "skip", "showlegend": False, "legendgroup": legendgroup,
                   "connectgaps": False}, panel)

    def series(self, members: Sequence[_Point], line_points: Sequence[_Point], name: str, colour: str,
               scale: float, *, legendgroup: str, showlegend: bool) -> None:
        """Add one comparable series: solid lines between results of neighbouring years, dotted
        ones across missing years, dashed ones to and from forecasts and targets."""
        first = True
        for run in _runs(members, line_points):
            chains: list[list[_Point]] = []
            forward: list[_Point] = []
            for previous, point in zip([None, *run], run, strict=False):
                if point.forward:
                    forward.append(point)
                elif previous is not None and _joint(previous, point) == "solid":
                    chains[-1].append(point)
                else:
                    chains.append([point])
            for group in [*chains, forward] if forward else chains:
                self.markers(group, name, colour, scale, lines=len(group) > 1 and group is not forward,
                             legendgroup=legendgroup, showlegend=showlegend and first)
                first = False
            pairs = list(pairwise(run))
            for dash in ("dash", "dot"):
                if joints := [(a, b) for a, b in pairs if _joint(a, b) == dash]:
                    self._segments(joints, colour, scale, dash=dash, width=1.5 if dash == "dot" else 2,
                                   legendgroup=legendgroup)

    def spans(self, members: Sequence[_Point], name: str, colour: str, scale: float, *, panel: int) -> None:
        """Add part-year or multi-year figures: a bar over their period and a marker at its end."""
        group = f"span-{name}"
        self._segments([(p, p) for p in members], _translucent(colour), scale, dash="solid", width=5,
                       legendgroup=group, panel=panel, ends=[(p.start, p.end) for p in members])
        self.markers(members, name, colour, scale, panel=panel, legendgroup=group, showlegend=True)

    def key(self, points: Sequence[_Point]) -> None:
        """Add a legend entry for each mark drawn for a hedged figure, naming its hedges."""
        entries: dict[str, list[str]] = {}
        for point in sorted(points, key=_key_rank):
            if point.doubted:  # drawn as a doubt, which has its own entry
                continue
            codes = entries.setdefault(marker_symbol(point.qualifiers), [])
            codes += [code for code in _KEY_ORDER if code in point.qualifiers and code not in codes]
        ordered = sorted(entries.items(), key=lambda entry: max(map(_KEY_ORDER.index, entry[1]), default=-1))
        for symbol, codes in ordered:
            if not codes:  # a filled circle: the plain, exact case needs no key
                continue
            forward = bool(FORWARD & set(codes))
            self._add({
                "x": [None, None] if forward else [None], "y": [None, None] if forward else [None],
                "mode": "lines+markers" if forward else "markers",
                "name": html.escape(" / ".join(label("qualifier", code, self.lang) for code in codes)),
                "legendgroup": f"key-{symbol}", "showlegend": True, "hoverinfo": "skip",
                "marker": {"symbol": symbol, "size": MARKER_SIZE, "color": KEY_COLOUR,
                           "line": {"color": KEY_COLOUR, "width": 2}},
                "line": {"color": KEY_COLOUR, "width": 2, "dash": "dash"},
            }, 1)

    def doubts(self, points: Sequence[_Point], scales: Sequence[float], own_panel: bool) -> None:
        """Mark each doubted figure with a "?" beside its marker (in its label, where points are
        labelled), and say so in the legend."""
        doubted = [p for p in points if p.doubted]
        if not doubted:
            return
        for point in [] if self.labelled else doubted:  # a labelled point says "?" in its label
            panel = 2 if own_panel and point.kind in SPAN_KINDS else 1
            self._add({"x": [point.x.isoformat()], "y": [point.value / scales[panel - 1]], "mode": "text",
                       "text": ["?"], "textposition": "middle left", "hoverinfo": "skip", "showlegend": False,
                       "textfont": {"color": DOUBT_COLOUR, "size": 16}, "cliponaxis": False,
                       "legendgroup": "key-doubt"}, panel)
        self._add({"x": [None], "y": [None], "mode": "markers+text", "text": ["?"],
                   "name": html.escape(f"? {WORDS['in_doubt'][self.lang]}"), "legendgroup": "key-doubt",
                   "showlegend": True, "hoverinfo": "skip",
                   "marker": {"symbol": "circle-open-dot", "size": MARKER_SIZE, "color": DOUBT_COLOUR,
                              "line": {"color": DOUBT_COLOUR, "width": 2}}}, 1)

    def _label_side(self, point: _Point) -> str:
        """Where a point's value label goes: above it, leaning away from the nearer end of the axis
        (a centred label near an end is cut, or runs over the value axis's numbers)."""
        left, right = self.time_span
        where = (point.x - left).days / max(1, (right - left).days)
        return "top right" if where < LABEL_EDGE else "top left" if where > 1 - LABEL_EDGE else "top center"

    def part_labels(self, height: Callable[[float], float], scale: float) -> None:
        """Keep two value labels at about one height from running into each other: the lower
        point's label goes under it, unless that point is low in the plot (``height`` as for the
        main panel, whose values are divided by ``scale``)."""
        labels = [(height(y * scale), trace, index) for trace in self.traces
                  if trace.get("text") and "xaxis" not in trace and trace.get("legendgroup") != "key-doubt"
                  for index, y in enumerate(trace["y"])]
        if len(labels) != 2:
            return
        (low, trace, index), (high, _, _) = sorted(labels, key=lambda label: label[0])
        if high - low < LABELS_APART and low > LOW_IN_PLOT:
            sides = list(trace["textposition"])
            sides[index] = sides[index].replace("top", "bottom")
            trace["textposition"] = sides

    def definition_changes(self, line_points: Sequence[_Point], near: Sequence[_Point],
                           time_span: tuple[date, date], height: Callable[[float], float]) -> None:
        """Mark each place in time where the year or as-of figures switch to another definition.

        The note runs down from the top of the plot, or up from its bottom when fewer of the
        ``near`` points (the main panel's) would sit under it there: ``height`` gives a value's
        height in the plot, 0 at the bottom and 1 at the top.
        """
        by_x: dict[date, set[str]] = {}
        for point in line_points:
            by_x.setdefault(point.x, set()).add(point.definition)
        moments = sorted(by_x)
        text = WORDS["definition_changes"][self.lang]
        covers = (len(text) * NOTE_CHARACTER_PX + 8) / NARROW_PLOT_PX[1]  # share of the height
        days_per_px = (time_span[1] - time_span[0]).days / NARROW_PLOT_PX[0]
        left, right = (px * days_per_px for px in NOTE_REACH_PX)
        for before, after in pairwise(moments):
            if by_x[before].isdisjoint(by_x[after]):
                middle = date.fromordinal((before.toordinal() + after.toordinal()) // 2)
                heights = [height(p.value) for p in near if -left <= (p.x - middle).days <= right]
                top = sum(h > 1 - covers for h in heights) <= sum(h < covers for h in heights)
                self.shapes.append({
                    "type": "line", "xref": "x", "yref": "y domain", "x0": middle.isoformat(),
                    "x1": middle.isoformat(), "y0": 0, "y1": 1,
                    "line": {"color": KEY_COLOUR, "width": 1.5, "dash": "dot"}, "layer": "below",
                })
                self.annotations.append({  # upright along the line, so that two close changes don't collide
                    "text": html.escape(text), "xref": "x", "yref": "y domain", "x": middle.isoformat(),
                    "y": 1 if top else 0, "xanchor": "right", "yanchor": "top" if top else "bottom",
                    "xshift": -1, "textangle": -90, "showarrow": False,
                    "font": {"size": 11, "color": KEY_COLOUR}, "bgcolor": "rgba(255,255,255,0.85)",
                })


def _joint(before: _Point, after: _Point) -> str:
    """Say how two neighbours of one series are joined: 'solid', 'dash' (a forecast) or 'dot' (a gap)."""
    if before.forward or after.forward:
        return "dash"
    if before.kind == "year":
        missing = after.start.year - before.end.year > 1
    else:
        missing = (after.end - before.end).days > 731
    return "dot" if missing else "solid"


def _runs(members: Sequence[_Point], line_points: Sequence[_Point]) -> list[list[_Point]]:
    """Split one series where a point of another series stands between two of its points."""
    if not members:
        return []
    series = members[0].series
    others = sorted(p.x for p in line_points if p.series != series)
    runs: list[list[_Point]] = [[members[0]]]
    for previous, point in pairwise(members):
        # A point of another series strictly between the two, in time: the run ends here.
        if bisect_left(others, point.x) > bisect_right(others, previous.x):
            runs.append([point])
        else:
            runs[-1].append(point)
    return runs


def _key_rank(point: _Point) -> list[int]:
    return [_KEY_ORDER.index(code) for code in point.qualifiers if code in _KEY_ORDER]


def _symbol(point: _Point) -> str:
    """A doubted figure is a hollow circle with a dot, whatever its hedges (the "?" beside it says why)."""
    return "circle-open-dot" if point.doubted else marker_symbol(point.qualifiers)


def point_value_text(record: Mapping[str, Any], unit: str, lang: str) -> str:
    """Return a row's value as printed everywhere: with its hedge words, or its words and reading."""
    denominator = record.get("out_of")
    out_of = None if denominator is None or math.isnan(float(denominator)) else Decimal(str(denominator))
    qualifiers = [code for code in str(record["qualifier"]).split(";") if code]
    value_text = format_value(record["value"], unit, lang, out_of=out_of)
    if record.get("reading_en"):
        return worded_value(str(record["figure"]), value_text, qualifiers, lang)
    return hedged_value(value_text, qualifiers, lang)


def _point(record: Mapping[str, Any], unit: str, lang: str) -> _Point:
    kind = str(record["period_kind"])
    start = date.fromisoformat(str(record["period_start"]))
    end = date.fromisoformat(str(record["period_end"]))
    x = date(start.year, 7, 2) if kind == "year" else end
    value = float(record["value"])
    qualifiers = tuple(code for code in str(record["qualifier"]).split(";") if code)
    definition_text = str(record[f"definition_{lang}"])
    value_text = point_value_text(record, unit, lang)
    doubt = str(record.get(f"doubt_{lang}") or "")
    source = str(record[f"source_title_{lang}"])
    published = date_label(str(record["source_published"]), lang)
    if str(record.get("source_published_basis", "stated")) == "inferred":
        published += f" ({WORDS['date_inferred'][lang]})"
    customdata = (
        str(record["obs_id"]),
        html.escape(value_text),
        html.escape(_period_label(str(record["period"]), lang)),
        html.escape(qualifier_label(qualifiers, lang)),
        _wrapped(_series_name(definition_text).replace("\n", " "), HOVER_WIDTH),
        _wrapped(f"{WORDS['source'][lang]}: {source}, {published}", HOVER_WIDTH)
        + (f"<br><b>? {html.escape(WORDS['in_doubt'][lang])}</b>" if doubt else ""),
    )
    return _Point(str(record["obs_id"]), str(record["period"]), kind, str(record["definition"]),
                  definition_text, qualifiers, bool(doubt), x, start, end, value, customdata,
                  html.escape(value_text + (" ?" if doubt else "")))


def records(rows: Rows) -> list[Record]:
    """Return the rows as records, from a DataFrame or from a sequence of mappings."""
    if isinstance(rows, Sequence):
        return [dict(record) for record in rows]
    return [{str(column): value for column, value in record.items()} for record in rows.to_dict("records")]


def _spread(points: list[_Point]) -> list[_Point]:
    """Set apart markers that would hide one another (two reports of one value), a little in time."""
    days = max(p.end for p in points).toordinal() - min(p.start for p in points).toordinal()
    step = max(days * 0.035, 10.0)
    crowds: dict[tuple[date, float], list[int]] = {}
    for index, point in enumerate(points):
        crowds.setdefault((point.x, point.value), []).append(index)
    spread = list(points)
    for members in crowds.values():
        for rank, index in enumerate(sorted(members, key=lambda i: points[i].obs_id)):
            shift = round((rank - (len(members) - 1) / 2) * step)
            moved = date.fromordinal(points[index].x.toordinal() + shift)
            spread[index] = replace(points[index], x=moved)
    return spread


def _tick_years(points: Sequence[_Point]) -> list[int]:
    """Choose the years to label: every year, or every n-th one labelling the most points (and the
    latest year, on a tie)."""
    years = list(range(min(p.start.year for p in points), max(p.end.year for p in points) + 1))
    step = math.ceil(len(years) / MOST_YEAR_TICKS)
    if step == 1:
        return years
    drawn = {p.x.year for p in points}
    offset = max(range(step), key=lambda o: (len(drawn.intersection(years[o::step])), o))
    return years[offset::step]


def _order(point: _Point) -> tuple[date, date, str]:
    return (point.x, point.start, point.obs_id)


def _by_period(points: Sequence[_Point]) -> list[list[_Point]]:
    """Group spans by period and definition: one legend entry each."""
    groups: dict[tuple[str, str], list[_Point]] = {}
    for point in sorted(points, key=_order):
        groups.setdefault((point.period, point.definition), []).append(point)
    return list(groups.values())


def _span_name(point: _Point, what: str, lang: str, *, named: bool) -> str:
    """Name a span in the legend: its period, what it is and, among several definitions, its own."""
    name = f"{_period_label(point.period, lang)} ({what})"
    return f"{_series_name(point.definition_text)}: {name}" if named else name


def _period_label(text: str, lang: str) -> str:
    return Period.parse(text).label(lang)


def _scale(points: Sequence[_Point], unit: str) -> float:
    """Return the divisor of the y axis: a billion or a million for large values, else 1."""
    if UNITS[unit].kind in _UNSCALED_KINDS or unit == "percentage_points" or not points:
        return 1.0
    return float(scale_label(max(abs(p.value) for p in points), "en")[0])


def _axis_title(unit: str, scale: float, lang: str) -> str:
    """Name the y axis's unit with its scale word: 'tỷ USD', 'US$ billion', 'triệu lượt', '%'."""
    info = UNITS[unit]
    name = info.vi_label if lang == "vi" else info.en_label
    word = scale_label(scale, lang)[1] if scale > 1 else ""
    if not word:
        return name
    if lang == "en" and info.kind == "money":
        return f"{name} {word}"
    return f"{word} {name}"


def _y_axis(points: Sequence[_Point], unit: str, scale: float, lang: str, labelled: bool) -> dict[str, Any]:
    """Return a y axis for these points: reversed ranks, or a range from 0 with written ticks."""
    axis: dict[str, Any] = {
        "title": {"text": html.escape(_axis_title(unit, scale, lang)),
                  "font": {"size": 12, "color": KEY_COLOUR}},
        "fixedrange": True, "gridcolor": GRID, "automargin": True, "showline": False,
    }
    values = [p.value / scale for p in points] or [0.0]
    if unit == "rank":
        worst = max(3, math.ceil(max(values)))
        ranks = list(range(1, worst + 1, math.ceil(worst / 6)))
        return {**axis, "autorange": "reversed", "autorangeoptions": {"include": [1, worst]},
                "tickvals": ranks, "ticktext": [html.escape(format_value(r, unit, lang)) for r in ranks]}
    low, high = min([*values, 0.0]), max([*values, 0.0])
    span = (high - low) or abs(high) or 1.0
    # Headroom above the highest point: room for its value label, or for the selected point's
    # halo (14 px) in a plot area about 200 px high.
    top = high + span * (0.22 if labelled else HEADROOM)
    bottom = low - span * 0.08 if low < 0 else 0.0
    ticks, step, decimals = _nice_ticks(bottom, top)
    # A gridline beyond the furthest points, so a reader sees where they stand: 8.67 below a 10.
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, decimals))
        top = ticks[-1]
    if ticks[0] > low:
        ticks.insert(0, round(ticks[0] - step, decimals))
        bottom = ticks[0]
    return {**axis, "range": [bottom, top], "tickvals": ticks,
            "ticktext": [html.escape(format_number(t, lang, decimals=_decimals(t, decimals))) for t in ticks],
            "zeroline": True, "zerolinecolor": "#c9ced3"}


def _nice_ticks(low: float, high: float, count: int = 4) -> tuple[list[float], float, int]:
    """Return round tick values within [low, high], their step and the decimals labels need."""
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    decimals = _decimals(step, 6)
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(i * step, decimals) for i in range(first, last + 1)], step, decimals


def _decimals(value: float, most: int) -> int:
    """Return the fewest decimals (at most ``most``) that write ``value`` exactly: 2.5 -> 1, 5.0 -> 0."""
    decimals = 0
    while decimals < most and abs(round(value, decimals) - value) > abs(value) * 1e-9:
        decimals += 1
    return decimals


def _time_span(points: Sequence[_Point], labelled: bool) -> tuple[date, date]:
    """Return the time axis's range: every point and span, with room either side (more for labels)."""
    pad = 200 if labelled else 120
    left = date.fromordinal(min(min(p.start, p.x) for p in points).toordinal() - pad)
    right = date.fromordinal(max(max(p.end, p.x) for p in points).toordinal() + pad)
    return left, right


def _time_axis(points: Sequence[_Point], lang: str, span: tuple[date, date]) -> dict[str, Any]:
    """Return how the time axis is labelled: the years the data covers, or the dates.

    A year's label stands at its middle, between small ticks where years begin, so it reads as
    the whole year and a point "as of" 29 December sits at the end of its year. Figures that are
    all states at a date, on at most three dates a fifth of the axis apart or more ("as of 29 Dec
    2025"), are labelled with those dates instead, each with its tick.
    """
    dates = sorted({p.x for p in points})
    apart = min(((b - a).days for a, b in pairwise(dates)), default=None)
    if (all(p.kind == "as_of" for p in points) and len(dates) <= 3
            and (apart is None or apart >= (span[1] - span[0]).days / 5)):
        return {"tickvals": [d.isoformat() for d in dates], "ticks": "outside",
                "ticktext": [date_label(d.isoformat(), lang) for d in dates]}
    # The years the data covers, at most MOST_YEAR_TICKS of them, always the latest one.
    years = _tick_years(points)
    return {"tickvals": [date(year, 7, 2).isoformat() for year in years], "ticks": "",
            "ticktext": [str(year) for year in years],
            "minor": {"ticks": "outside", "ticklen": 5, "tickcolor": "#c9ced3", "tick0": "2000-01-01",
                      "dtick": "M12", "showgrid": False}}


def _layout(lang: str, points: Sequence[_Point], labelled: bool) -> dict[str, Any]:
    """Return the layout: size, fonts, legend under the chart, clicks that select, the time axis."""
    left, right = _time_span(points, labelled)
    return {
        "height": HEIGHT, "margin": {"l": 8, "r": 12, "t": 12, "b": 8}, "separators": _separators(lang),
        "font": {"family": FONT, "size": 13, "color": INK}, "paper_bgcolor": "white",
        "plot_bgcolor": "white", "showlegend": True, "clickmode": "event+select", "dragmode": False,
        "hovermode": "closest",
        "hoverlabel": {"bgcolor": "white", "bordercolor": "#b8bfc6", "align": "left",
                       "font": {"family": FONT, "size": 13, "color": INK}},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top",
                   "font": {"size": 12}, "traceorder": "normal", "itemclick": False,
                   "itemdoubleclick": False},
        "xaxis": {
            "type": "date", "range": [left.isoformat(), right.isoformat()], "fixedrange": True,
            "showgrid": False, "showline": True, "linecolor": "#c9ced3", "tickcolor": "#c9ced3",
            "automargin": True, **_time_axis(points, lang, (left, right)),
        },
    }


def _height_in(axis: dict[str, Any], points: Sequence[_Point], scale: float) -> Callable[[float], float]:
    """Return how high a value stands on this y axis: 0 at the bottom of the plot, 1 at the top."""
    if "range" in axis:
        bottom, top = axis["range"]
        return lambda value: (value / scale - bottom) / (top - bottom)
    worst = max(3, math.ceil(max(p.value / scale for p in points)))  # ranks: 1 at the top, as _y_axis has it
    return lambda value: (worst - value / scale) / (worst - 1)


def _separators(lang: str) -> str:
    return ",." if lang == "vi" else ".,"


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"expected a language among {', '.join(LANGS)}, found {lang!r}")


def _wrapped(text: str, width: int) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or html.escape(text)


def _legend_text(name: str) -> str:
    return "<br>".join(html.escape(line) for line in name.split("\n"))


def _series_name(text: str) -> str:
    """Shorten a definition for the legend: its first clause, before any bracketed gloss or ';',
    in at most two short lines ('All foreign investment (“vốn …”); the article …' -> 'All foreign
    investment'). The hover shows the whole definition."""
    text = _FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0].rstrip(" .,:") or text.strip()
    lines = textwrap.wrap(text, SERIES_NAME_WIDTH, max_lines=2, placeholder="…")
    return "\n".join(lines) or text


def _translucent(colour: str, alpha: float = BAR_ALPHA) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
