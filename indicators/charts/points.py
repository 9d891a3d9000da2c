"""Observations placed in time: one :class:`Point` per dated figure, with its words.

A year's point sits in the middle of its year (2 July); any other figure's at its period's last
day, its span running from the first day. Two reports of one value for one period are set a
little apart in time (:func:`spread`), so that both can be clicked.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Final

from indicators.charts.names import HOVER_WIDTH, period_label, wrapped
from indicators.charts.style import WORDS
from indicators.compare import FORWARD
from indicators.hedges import hedged_value, worded_value
from indicators.labels import definition_name, qualifier_label
from indicators.periods import date_label
from indicators.vietnamese import format_value

if TYPE_CHECKING:
    from indicators.view import ObservationView

LINE_KINDS: Final = frozenset({"year", "as_of"})
SPAN_KINDS: Final = frozenset({"multi_year", "to_date"})


@dataclass(frozen=True)
class Point:
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
        """Whether the figure is projected or a target rather than a result."""
        return bool(FORWARD & set(self.qualifiers))

    @property
    def series(self) -> tuple[str, str]:
        """The series a year or as-of point joins: its definition and kind of period."""
        return (self.definition, self.kind)


def point_value_text(view: ObservationView, lang: str) -> str:
    """Return a figure's value as printed everywhere: with its hedge words, or its words and reading."""
    value_text = format_value(view.value, view.unit, lang, out_of=view.out_of)
    if view.worded:
        return worded_value(view.figure, value_text, view.qualifiers, lang)
    return hedged_value(value_text, view.qualifiers, lang)


def place(view: ObservationView, lang: str) -> Point:
    """Place one dated figure: where its marker and span stand, and its hover words."""
    period = view.period
    if period is None:
        raise ValueError(f"expected a figure with a period to place, found {view.id!r} with none")
    kind = period.kind.value
    x = date(period.start.year, 7, 2) if kind == "year" else period.end
    definition_text = view.definition_text(lang)
    value_text = point_value_text(view, lang)
    source = view.source
    published = date_label(source.published, lang)
    if source.published_basis == "inferred":
        published += f" ({WORDS['date_inferred'][lang]})"
    qualifiers = tuple(q.value for q in view.qualifiers)
    customdata = (
        view.id,
        html.escape(value_text),
        html.escape(period_label(period.text, lang)),
        html.escape(qualifier_label(qualifiers, lang)),
        wrapped(definition_name(definition_text), HOVER_WIDTH),
        wrapped(f"{WORDS['source'][lang]}: {source.title.get(lang)}, {published}", HOVER_WIDTH)
        + (f"<br><b>? {html.escape(WORDS['in_doubt'][lang])}</b>" if view.doubted else ""),
    )
    return Point(
        view.id,
        period.text,
        kind,
        view.definition or "",
        definition_text,
        qualifiers,
        view.doubted,
        x,
        period.start,
        period.end,
        float(view.value),
        customdata,
        html.escape(value_text + (" ?" if view.doubted else "")),
    )


def spread(points: list[Point]) -> list[Point]:
    """Set apart markers that would hide one another (two reports of one value), a little in time."""
    days = max(p.end for p in points).toordinal() - min(p.start for p in points).toordinal()
    step = max(days * 0.035, 10.0)
    crowds: dict[tuple[date, float], list[int]] = {}
    for index, point in enumerate(points):
        crowds.setdefault((point.x, point.value), []).append(index)
    placed = list(points)
    for members in crowds.values():
        for rank, index in enumerate(sorted(members, key=lambda i: points[i].obs_id)):
            shift = round((rank - (len(members) - 1) / 2) * step)
            moved = date.fromordinal(points[index].x.toordinal() + shift)
            placed[index] = replace(points[index], x=moved)
    return placed


def time_order(point: Point) -> tuple[date, date, str]:
    """Order points by where they stand in time, then by their start and id."""
    return (point.x, point.start, point.obs_id)


def by_period(points: Sequence[Point]) -> list[list[Point]]:
    """Group spans by period and definition: one legend entry each."""
    groups: dict[tuple[str, str], list[Point]] = {}
    for point in sorted(points, key=time_order):
        groups.setdefault((point.period, point.definition), []).append(point)
    return list(groups.values())
