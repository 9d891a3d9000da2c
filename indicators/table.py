"""The tidy table: one row per observation, with its indicator, period, source and quote.

Made from the typed views (:mod:`indicators.view`) where a table or a file needs one: the Data
page's grid, the downloads and the Data Package. Columns:

============================  ==========================================================
``obs_id``                    the observation's id
``indicator_id``              its indicator; ``indicator_vi``, ``indicator_en`` names
``theme``, ``unit``           the indicator's theme and unit code
``period``                    as written in the YAML ('2019', '2020-01/2020-09', ...); None
                              when the article states no period
``period_kind``               year | part_year | multi_year | as_of | to_date (None with no period)
``period_start``/``_end``     first and last day (ISO text; None with no period)
``year``                      the year the period ends in (None with no period)
``value``                     the value in base units (exact in a record, a float in the
                              DataFrame); ``out_of`` for fractions
``qualifier``                 qualifier codes joined by ';' ('approximately;estimate')
``exact``                     True when the article states the figure without a hedge
``definition``                the definition key, '' for the indicator's only definition
``definition_vi``/``_en``     what that definition means
``figure``                    the figure as the article writes it ('2.067 triệu USD')
``reading_vi``/``_en``        how a worded figure was read ('' for numerals)
``source_id`` ...             ``source_file``, ``source_title_vi``, ``source_title_en``,
                              ``source_headline``, ``source_publisher``, ``source_author``,
                              ``source_published``, ``source_published_basis``; and,
                              last, ``source_url`` and ``source_accessed`` ('' if none)
``quote``                     the verbatim quote; ``quote_start``/``quote_end`` its span
``agrees_with``               ids of observations from other sources that report the
                              same value for the same indicator, definition and period (';')
``note_vi``/``note_en``       the curator's note
``doubt_vi``/``doubt_en``     what is doubted in the article's figure, and why ('' if nothing)
============================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from indicators.model import Dataset
from indicators.provenance import Evidence
from indicators.view import ObservationView, observation_views

if TYPE_CHECKING:
    import pandas as pd

Cell = str | int | bool | Decimal | None
Record = dict[str, Cell]

COLUMNS = (
    "obs_id",
    "indicator_id",
    "indicator_vi",
    "indicator_en",
    "theme",
    "unit",
    "period",
    "period_kind",
    "period_start",
    "period_end",
    "year",
    "value",
    "out_of",
    "qualifier",
    "exact",
    "definition",
    "definition_vi",
    "definition_en",
    "figure",
    "reading_vi",
    "reading_en",
    "source_id",
    "source_file",
    "source_title_vi",
    "source_title_en",
    "source_headline",
    "source_publisher",
    "source_author",
    "source_published",
    "source_published_basis",
    "quote",
    "quote_start",
    "quote_end",
    "agrees_with",
    "note_vi",
    "note_en",
    "doubt_vi",
    "doubt_en",
    "source_url",
    "source_accessed",
)


def observations_table(
    dataset: Dataset, evidence: dict[str, Evidence] | None = None, texts: dict[str, str] | None = None
) -> pd.DataFrame:
    """Return the tidy table of all observations, sorted by indicator, period and id."""
    return frame(observation_views(dataset, evidence, texts))


def frame(views: Iterable[ObservationView]) -> pd.DataFrame:
    """Return the views as the tidy table (pandas is imported here only); values are floats."""
    import pandas as pd

    rows: list[dict[str, object]] = []
    for view in views:
        row: dict[str, object] = dict(table_row(view))
        row["value"] = float(view.value)
        row["out_of"] = float(view.out_of) if view.out_of is not None else None
        rows.append(row)
    # Years stay whole numbers beside the empty year of a figure with no period stated.
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({"year": "Int64"})


def table_row(view: ObservationView) -> Record:
    """Return one view as a row of the table: text, whole numbers, flags and exact values.

    Qualifiers and the agreeing observations are joined by ';'.
    """
    period, indicator, source = view.period, view.indicator, view.source
    quote_start, quote_end = view.quote_span or (-1, -1)
    return {
        "obs_id": view.id,
        "indicator_id": indicator.id,
        "indicator_vi": indicator.name.vi,
        "indicator_en": indicator.name.en,
        "theme": indicator.theme.value,
        "unit": indicator.unit.value,
        "period": period.text if period else None,
        "period_kind": period.kind.value if period else None,
        "period_start": period.start.isoformat() if period else None,
        "period_end": period.end.isoformat() if period else None,
        "year": period.year if period else None,
        "value": view.value,
        "out_of": view.out_of,
        "qualifier": ";".join(q.value for q in view.qualifiers),
        "exact": view.exact,
        "definition": view.definition or "",
        "definition_vi": view.definition_text("vi"),
        "definition_en": view.definition_text("en"),
        "figure": view.figure,
        "reading_vi": view.reading.vi if view.reading else "",
        "reading_en": view.reading.en if view.reading else "",
        "source_id": source.id,
        "source_file": source.file,
        "source_title_vi": source.title.vi,
        "source_title_en": source.title.en,
        "source_headline": source.headline or "",
        "source_publisher": source.publisher or "",
        "source_author": source.author or "",
        "source_published": source.published,
        "source_published_basis": source.published_basis,
        "quote": view.quote,
        "quote_start": quote_start,
        "quote_end": quote_end,
        "agrees_with": ";".join(view.agrees_with),
        "note_vi": view.note.vi if view.note else "",
        "note_en": view.note.en if view.note else "",
        "doubt_vi": view.doubt.vi if view.doubt else "",
        "doubt_en": view.doubt.en if view.doubt else "",
        "source_url": source.url or "",
        "source_accessed": source.accessed or "",
    }
