"""A tiny trend for an overview card: an SVG line through the results comparable with the latest one."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar
from urllib.parse import quote

from indicators.charts.points import LINE_KINDS
from indicators.charts.style import PALETTE
from indicators.compare import FORWARD
from indicators.periods import Period
from indicators.view import ObservationView, report_order


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
            placed.append(
                (
                    round(self.PAD + inner_w * (day - first) / span, 2),
                    round(self.PAD + inner_h * (1 - share), 2),
                )
            )
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


def sparkline(views: Iterable[ObservationView]) -> Sparkline | None:
    """Return the tiny trend of the points comparable with the latest year or as-of figure, or None.

    Only year and as-of figures of the latest one's definition and kind of period count, and
    projected and target figures are left out (they are not results), as are doubted figures and
    figures read from words; with fewer than two such
    periods there is no trend to show and the function returns None. Where two reports give one
    period, the later report wins.
    """
    actual = [
        view
        for view in views
        if view.kind in LINE_KINDS
        and not view.doubted
        and not view.worded
        and not FORWARD & set(view.qualifiers)
    ]
    if not actual:
        return None
    actual.sort(key=report_order)
    latest = actual[-1]
    by_period: dict[Period, float] = {}
    for view in actual:
        if view.period is not None and (view.definition, view.kind) == (latest.definition, latest.kind):
            by_period[view.period] = float(view.value)  # the latest report of a period wins
    if len(by_period) < 2:
        return None
    points = [
        (date(period.start.year, 7, 2) if period.kind == "year" else period.end, value)
        for period, value in by_period.items()
    ]
    return Sparkline(tuple(sorted(points)), reversed=latest.unit == "rank")
