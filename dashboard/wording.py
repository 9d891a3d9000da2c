"""A figure in words for a reader: value, period, qualifier, publication date and change.

Plain functions over rows of the tidy table (:func:`indicators.observations_table`, or its
records from :func:`indicators.table.observation_rows`); no Streamlit, no pandas.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dashboard.i18n import t
from indicators import compare
from indicators.charts import Record, Rows, point_value_text, records
from indicators.hedges import change_words
from indicators.labels import definition_name as definition_name  # the pages call it wording.definition_name
from indicators.labels import label, qualifier_label
from indicators.periods import Period, date_label
from indicators.vietnamese.units import UNITS

# A row of the tidy table: a pandas Series, or a dict from ``DataFrame.to_dict("records")``.
Row = Any


def value_text(row: Row, lang: str) -> str:
    """Return the row's value as printed everywhere, with its hedge words: '8,67 tỷ USD',
    'hơn 65 đoàn', 'about US$58 billion', '“hai con số” (read as at least 10%)'."""
    return point_value_text(row, str(row["unit"]), lang)


def marked_value_text(row: Row, lang: str) -> str:
    """Return :func:`value_text`, followed by '(? in doubt)' where the figure is doubted (for a
    place that shows no doubt paragraph: the Data page, the index, a chart's name)."""
    value = value_text(row, lang)
    return f"{value} (? {t(lang, 'doubt_label').lower()})" if doubt_text(row, lang) else value


def latest_result(rows: Rows) -> Record:
    """Return an indicator's latest dated result (its latest target where it has only targets), in
    doubt or read from words as it may be: what the index and a chart's name call its latest."""
    dated = [row for row in records(rows) if row["period"]]
    if not dated:
        raise ValueError("expected the dated figures of one indicator, found none")
    return max(results_only(dated), key=compare.report_order)


def doubt_text(row: Row, lang: str) -> str:
    """Return what is doubted in the row's figure, and why ('' when nothing is)."""
    return str(row.get(f"doubt_{lang}") or "")


def period_text(period: str, lang: str) -> str:
    """Return a period for a reader: '2019', '9 tháng đầu năm 2020', 'as of 6 Nov 2020', or that
    the article states none."""
    if not period:
        return t(lang, "no_period")
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
    """Return the change from ``previous`` to ``latest`` as (direction, words), hedges included.

    The direction is 'up', 'down' or 'same', or 'none' when the two figures' hedges allow a rise
    as well as a fall (:func:`indicators.compare.change`). Money and counts change by a percentage
    ('hơn +16,2%'), rates in percent by percentage points, ranks by places ('lên 3 bậc').
    """
    measure = compare.measure_for(UNITS[str(latest["unit"])].kind)
    found = compare.change(_interval(latest), _interval(previous), measure)
    if found is None:
        return "none", ""
    return found.direction, "" if found.direction == "same" else change_words(found, lang)


def _interval(row: Row) -> compare.Interval:
    codes = [code for code in str(row["qualifier"]).split(";") if code]
    return compare.interval(Decimal(str(row["value"])), codes)


def change_sentence(rows: Rows, lang: str) -> tuple[str, str]:
    """Say how the latest figure compares with the previous comparable one, or why it cannot.

    Returns (kind, sentence): kind is 'up', 'down' or 'same' for a change, 'reason' otherwise.
    """
    every = records(rows)
    latest, previous, reason = compare.latest_comparable(every)
    if previous is not None:
        direction, amount = change(latest, previous, lang)
        period = period_text(previous["period"], lang)
        value = value_text(previous, lang)
        if direction == "none":
            return "reason", t(lang, "reason_hedged", period=period, value=value)
        if direction == "same":
            return "same", t(lang, "card_same", period=period, value=value)
        arrow = "▲" if direction == "up" else "▼"
        return direction, t(lang, "card_change", arrow=arrow, change=amount, period=period, value=value)
    earlier = sorted(
        (row for row in compare.comparable_candidates(every) if row["period_end"] < latest["period_start"]),
        key=lambda row: (row["period_end"], row["period_start"]),
    )
    if reason == "definition_changed":
        family = compare.period_family(latest)
        same_family = [row for row in earlier if compare.period_family(row) == family]
        before = definition_name(str(same_family[-1][f"definition_{lang}"])) if same_family else "…"
        return "reason", t(lang, "reason_definition", previous=before)
    if reason == "period_differs" and earlier:
        return "reason", t(
            lang,
            "reason_period_kind",
            latest=period_text(latest["period"], lang),
            previous=period_text(earlier[-1]["period"], lang),
        )
    if reason == "only_one":
        return "reason", t(lang, "reason_single")
    return "reason", t(lang, "reason_other")


def is_target(row: Row) -> bool:
    """Whether the row states a target ('mục tiêu', 'phấn đấu')."""
    return "target" in str(row["qualifier"]).split(";")


def results_only(rows: Rows) -> list[Record]:
    """Return the dated rows that report results, leaving out targets, unless targets are all there is."""
    every = [row for row in records(rows) if row["period"]]
    results = [row for row in every if not is_target(row)]
    return results or every


def targets(rows: Rows) -> list[Record]:
    """Return the rows that state a target ('mục tiêu', 'phấn đấu') for a stated period, in numbers."""
    return [row for row in records(rows) if is_target(row) and row["period"] and not row["reading_en"]]


def chart_name(name: str, rows: Rows, lang: str) -> str:
    """Say what an indicator's chart shows, for a screen reader: its years, how many figures it
    draws and the latest result, as its overview card names it ('Chart of …, 2016–2025, 7
    figure(s); latest: US$4.29 billion (2025).')."""
    dated = [row for row in records(rows) if row["period"]]
    if not dated:
        raise ValueError(f"expected the dated figures of {name!r}, found none")
    latest = latest_result(dated)
    first = min(str(row["period_start"])[:4] for row in dated)
    last = max(str(row["period_end"])[:4] for row in dated)
    return t(
        lang,
        "chart_alt",
        name=name,
        span=first if first == last else f"{first}–{last}",
        count=len(dated),
        latest=marked_value_text(latest, lang),
        period=period_text(str(latest["period"]), lang),
    )


def figures_count(count: int, lang: str) -> str:
    """Say how many figures there are: '1 figure', '6 figures', '1 con số'."""
    return t(lang, "card_observation_one") if count == 1 else t(lang, "card_observations", count=count)
