"""The tidy table: one row per observation, with its indicator, period, source and quote.

The app, the tests and the downloads all read this table. Columns:

============================  ==========================================================
``obs_id``                    the observation's id
``indicator_id``              its indicator; ``indicator_vi``, ``indicator_en`` names
``theme``, ``unit``           the indicator's theme and unit code
``period``                    as written in the YAML ('2019', '2020-01/2020-09', ...); ''
                              when the article states no period
``period_kind``               year | part_year | multi_year | as_of | to_date ('' with no period)
``period_start``/``_end``     first and last day (ISO text; '' with no period)
``year``                      the year the period ends in (None with no period)
``value``                     the value in base units (float); ``out_of`` for fractions
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

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from indicators.model import Dataset, Observation
from indicators.provenance import Evidence

if TYPE_CHECKING:
    import pandas as pd

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

# The table's order: by indicator, period and id (ids are unique, so the order is total).
_ORDER = tuple(COLUMNS.index(name) for name in ("indicator_id", "period_start", "period_end", "obs_id"))


def observations_table(
    dataset: Dataset, evidence: dict[str, Evidence] | None = None, texts: dict[str, str] | None = None
) -> pd.DataFrame:
    """Return the tidy table of all observations, sorted by indicator, period and id."""
    return frame(observation_rows(dataset, evidence, texts))


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Return rows from :func:`observation_rows` as the tidy table (pandas is imported here only)."""
    import pandas as pd

    # Years stay whole numbers beside the empty year of a figure with no period stated.
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({"year": "Int64"})


def observation_rows(
    dataset: Dataset, evidence: dict[str, Evidence] | None = None, texts: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Return the tidy table's rows as plain dicts (no pandas), in the table's order."""
    return [dict(zip(COLUMNS, row, strict=True)) for row in _tuples(dataset, evidence, texts)]


def _tuples(
    dataset: Dataset, evidence: dict[str, Evidence] | None, texts: dict[str, str] | None
) -> list[tuple[Any, ...]]:
    """Return one tuple of the ``COLUMNS`` per observation, sorted by indicator, period and id."""
    indicators = {indicator.id: indicator for indicator in dataset.indicators}
    sources = {source.id: source for source in dataset.sources}
    evidence = evidence or {}
    texts = texts or {}
    agreeing = _agreeing(dataset.observations)
    rows = []
    for obs in dataset.observations:
        indicator = indicators[obs.indicator]
        source = sources[obs.source]
        found = evidence.get(obs.id)
        figure = obs.figure or ""
        if not figure and found is not None and obs.source in texts:
            figure = texts[obs.source][found.figure_span[0] : found.figure_span[1]]
        meaning = indicator.definitions.get(obs.definition) if obs.definition else None
        period = obs.period
        rows.append(
            (
                obs.id,
                indicator.id,
                indicator.name.vi,
                indicator.name.en,
                indicator.theme.value,
                indicator.unit.value,
                period.text if period else "",
                period.kind.value if period else "",
                period.start.isoformat() if period else "",
                period.end.isoformat() if period else "",
                period.year if period else None,
                float(obs.value),
                float(obs.out_of) if obs.out_of is not None else None,
                ";".join(q.value for q in obs.qualifier),
                obs.is_exact,
                obs.definition or "",
                meaning.vi if meaning else indicator.definition.vi,
                meaning.en if meaning else indicator.definition.en,
                figure,
                obs.reading.vi if obs.reading else "",
                obs.reading.en if obs.reading else "",
                source.id,
                source.file,
                source.title.vi,
                source.title.en,
                source.headline or "",
                source.publisher or "",
                source.author or "",
                source.published,
                source.published_basis,
                obs.quote,
                found.quote_span[0] if found else -1,
                found.quote_span[1] if found else -1,
                ";".join(agreeing.get(obs.id, ())),
                obs.note.vi if obs.note else "",
                obs.note.en if obs.note else "",
                obs.doubt.vi if obs.doubt else "",
                obs.doubt.en if obs.doubt else "",
                source.url or "",
                source.accessed or "",
            )
        )
    return sorted(rows, key=lambda row: tuple(row[index] for index in _ORDER))


def _agreeing(observations: tuple[Observation, ...]) -> dict[str, tuple[str, ...]]:
    groups: dict[tuple[str, str | None, str, object], list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.period is not None:  # two figures with no period stated may be for any two periods
            groups[(obs.indicator, obs.definition, obs.period.text, obs.value)].append(obs)
    agreeing: dict[str, tuple[str, ...]] = {}
    for group in groups.values():
        for obs in group:
            others = tuple(other.id for other in group if other.source != obs.source)
            if others:
                agreeing[obs.id] = others
    return agreeing
