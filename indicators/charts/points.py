"""Observations placed in time: one :class:`Point` per row of the tidy table, with its words.

A year's point sits in the middle of its year (2 July); any other figure's at its period's last
day, its span running from the first day. Two reports of one value for one period are set a
little apart in time (:func:`spread`), so that both can be clicked.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from indicators.charts.names import HOVER_WIDTH, period_label, wrapped
from indicators.charts.style import WORDS
from indicators.compare import FORWARD
from indicators.hedges import hedged_value, worded_value
from indicators.labels import definition_name, qualifier_label
from indicators.periods import date_label
from indicators.vietnamese import format_value

if TYPE_CHECKING:
    import pandas as pd

Record: TypeAlias = dict[str, Any]
# Rows of the tidy table: a DataFrame slice, or its records (``DataFrame.to_dict("records")``, or the
# plain rows of :func:`indicators.table.observation_rows`, which need no pandas).
Rows: TypeAlias = "pd.DataFrame | Sequence[Mapping[str, Any]]"

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


def records(rows: Rows) -> list[Record]:
    """Return the rows as records, from a DataFrame or from a sequence of mappings."""
    if isinstance(rows, Sequence):
        return [dict(record) for record in rows]
    return [{str(column): value for column, value in record.items()} for record in rows.to_dict("records")]


def point_value_text(record: Mapping[str, Any], unit: str, lang: str) -> str:
    """Return a row's value as printed everywhere: with its hedge words, or its words and reading."""
    denominator = record.get("out_of")
    out_of = None if denominator is None or math.isnan(float(denominator)) else Decimal(str(denominator))
    qualifiers = [code for code in str(record["qualifier"]).split(";") if code]
    value_text = format_value(record["value"], unit, lang, out_of=out_of)
    if record.get("reading_en"):
        return worded_value(str(record["figure"]), value_text, qualifiers, lang)
    return hedged_value(value_text, qualifiers, lang)


def place(record: Mapping[str, Any], unit: str, lang: str) -> Point:
    """Place one row of the tidy table: where its marker and span stand, and its hover words."""
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
        html.escape(period_label(str(record["period"]), lang)),
        html.escape(qualifier_label(qualifiers, lang)),
        wrapped(definition_name(definition_text), HOVER_WIDTH),
        wrapped(f"{WORDS['source'][lang]}: {source}, {published}", HOVER_WIDTH)
        + (f"<br><b>? {html.escape(WORDS['in_doubt'][lang])}</b>" if doubt else ""),
    )
    return Point(
        str(record["obs_id"]),
        str(record["period"]),
        kind,
        str(record["definition"]),
        definition_text,
        qualifiers,
        bool(doubt),
        x,
        start,
        end,
        value,
        customdata,
        html.escape(value_text + (" ?" if doubt else "")),
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
