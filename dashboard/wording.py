"""A figure in words for a reader: value, period, qualifier, publication date and change.

Plain functions over rows of the tidy table (:func:`indicators.observations_table`, or its
records from :func:`indicators.table.observation_rows`); no Streamlit, no pandas.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from dashboard.i18n import t
from indicators.charts import Record, Rows, latest_comparable, period_family, records
from indicators.labels import label, qualifier_label
from indicators.numbers import format_number, format_value
from indicators.periods import Period, date_label

# A row of the tidy table: a pandas Series, or a dict from ``DataFrame.to_dict("records")``.
Row = Any


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def value_text(row: Row, lang: str) -> str:
    """Return the row's value in words: '8,67 tỷ USD' / 'US$8.67 billion', '23/24'."""
    value, out_of = _number(row["value"]), _number(row.get("out_of"))
    return format_value(Decimal(str(value)), str(row["unit"]), lang,
                        out_of=Decimal(str(out_of)) if out_of is not None else None)


def period_text(period: str, lang: str) -> str:
    """Return a period for a reader: '2019', '9 tháng đầu năm 2020', 'as of 6 Nov 2020'."""
    try:
        return Period.parse(str(period)).label(lang)
    except ValueError:
        return str(period)


def qualifier_text(codes: str, lang: str) -> str:
    """Return the qualifiers in words ('khoảng, ước tính'), '' for an exact figure."""
    hedges = [code for code in str(codes).split(";") if code and code != "exact"]
    return qualifier_label(hedges, lang) if hedges else ""


def qualifier_full(codes: str, lang: str) -> str:
    """Return the qualifiers in words, naming an exact figure too ('chính xác')."""
    return qualifier_label(str(codes), lang)


def theme_text(theme: str, lang: str) -> str:
    """Return a theme's name ('Đầu tư' / 'Investment')."""
    return label("theme", theme, lang)


def date_text(published: str, lang: str) -> str:
    """Return a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date for a reader ('06/11/2020', '6 Nov 2020')."""
    return date_label(published, lang)


def change(latest: Row, previous: Row, lang: str) -> tuple[str, str]:
    """Return the change from ``previous`` to ``latest`` as (direction, words): 'up', 'down' or 'same'.

    Money and counts change by a percentage ('+12,3%'); rates in percent by percentage points
    ('+0,25 điểm phần trăm'); ranks by places, where up means a better (smaller) rank ('lên 3 bậc').
    """
    new, old = _number(latest.get("value")), _number(previous.get("value"))
    unit = str(latest.get("unit"))
    if new is None or old is None or new == old:
        return "same", ""
    if unit == "rank":
        places = round(abs(old - new))
        direction = "up" if new < old else "down"
        return direction, t(lang, f"change_{direction}_places", n=format_number(places, lang))
    direction = "up" if new > old else "down"
    sign = "+" if new > old else "−"
    if unit in ("percent", "percentage_points"):
        points = round(abs(new - old), 2)
        return direction, sign + format_value(points, "percentage_points", lang)
    if old == 0:
        return direction, ""
    percent = round(abs(new - old) / abs(old) * 100, 1)
    return direction, f"{sign}{format_number(percent, lang)}%"


def definition_name(text: str) -> str:
    """Return a definition's short name: its text up to the first bracket, semicolon or full stop."""
    cut = len(text)
    for mark in (" (", ";", "."):
        where = text.find(mark)
        if where > 0:
            cut = min(cut, where)
    return text[:cut].strip()


def change_sentence(rows: Rows, lang: str) -> tuple[str, str]:
    """Say how the latest figure compares with the previous comparable one, or why it cannot.

    Returns (kind, sentence): kind is 'up', 'down' or 'same' for a change, 'reason' otherwise.
    """
    latest, previous, reason = latest_comparable(rows)
    if previous is not None:
        direction, amount = change(latest, previous, lang)
        period = period_text(previous["period"], lang)
        value = value_text(previous, lang)
        if direction == "same":
            return "same", t(lang, "card_same", period=period, value=value)
        arrow = "▲" if direction == "up" else "▼"
        return direction, t(lang, "card_change", arrow=arrow, change=amount, period=period, value=value)
    earlier = sorted((row for row in records(rows) if row["period_end"] < latest["period_start"]),
                     key=lambda row: (row["period_end"], row["period_start"]))
    if reason == "definition_changed":
        family = period_family(latest)
        same_family = [row for row in earlier if period_family(row) == family]
        before = definition_name(str(same_family[-1][f"definition_{lang}"])) if same_family else "…"
        now = definition_name(str(latest[f"definition_{lang}"]))
        return "reason", t(lang, "reason_definition", latest=now, previous=before)
    if reason == "period_differs" and earlier:
        return "reason", t(lang, "reason_period_kind", latest=period_text(latest["period"], lang),
                           previous=period_text(earlier[-1]["period"], lang))
    if reason == "only_one":
        return "reason", t(lang, "reason_single")
    return "reason", t(lang, "reason_other")


def is_target(row: Row) -> bool:
    """Whether the row states a target ('mục tiêu', 'phấn đấu')."""
    return "target" in str(row["qualifier"]).split(";")


def results_only(rows: Rows) -> list[Record]:
    """Return the rows that report results, leaving out targets, unless targets are all there is."""
    every = records(rows)
    results = [row for row in every if not is_target(row)]
    return results or every


def targets(rows: Rows) -> list[Record]:
    """Return the rows that state a target ('mục tiêu', 'phấn đấu')."""
    return [row for row in records(rows) if is_target(row)]
