"""Rules that keep the dashboard from comparing, headlining or dating what the articles do not support.

Each rule reads the validated records and yields :class:`Breach` es that the check locates:

* **Definitions.** An indicator with figures from more than one article names, on every figure,
  the definition its article uses, or declares ``one_definition: true`` (and then has no others).
* **Headlines.** The figure a headline indicator shows on the overview, its latest dated result
  (targets are not results), is neither doubted nor read from words.
* **Periods.** A figure said to be "đến nay", "hiện có" or "hiện nay" is a state as of a date or a
  total to a date, never a year's flow, and no more precise than the article's date; a figure
  given a plain year has that year in its quote's sentence or explains the year in a note.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from indicators.model import Dataset, Indicator, Observation, Qualifier, Source
from indicators.periods import PeriodKind
from indicators.text import normalise_plain

# A sentence ends after a mark followed by a space, or after a newline. The character comes first
# in the pattern, so that the engine skips ahead to the next one.
SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s))")
_TO_DATE = frozenset({PeriodKind.AS_OF, PeriodKind.TO_DATE})  # a state or a total to a date
TO_DATE_WORDS = re.compile(r"(?<!\w)(đến nay|hiện có|hiện nay|cho đến nay|tính đến nay)(?!\w)", re.IGNORECASE)


class Breach(NamedTuple):
    """A rule broken by one record: its section ('indicators' or 'observations'), id and field."""

    section: str
    record: str
    field: str
    message: str


def breaches(dataset: Dataset, sentences: Mapping[str, str] | None = None) -> Iterator[Breach]:
    """Yield every breach of the rules in a dataset whose references resolve.

    ``sentences`` holds, by observation id, the sentence of the article its quote stands in
    (:func:`sentence_of`); where it has none (the quote was not found), the year rule waits for
    the quote to be fixed.
    """
    indicators = {indicator.id: indicator for indicator in dataset.indicators}
    sources = {source.id: source for source in dataset.sources}
    by_indicator: dict[str, list[Observation]] = defaultdict(list)
    for observation in dataset.observations:
        by_indicator[observation.indicator].append(observation)
    for indicator_id, observations in by_indicator.items():
        if (indicator := indicators.get(indicator_id)) is not None:
            yield from _definitions(indicator, observations)
            yield from _headline(indicator, observations, sources)
    sentences = sentences or {}
    for observation in dataset.observations:
        sentence = sentences.get(observation.id)
        yield from _period(observation, sources.get(observation.source), sentence)


def sentence_of(text: str, span: tuple[int, int], bounds: Sequence[int] | None = None) -> str:
    """Return the sentence (or sentences) of ``text`` that the span ``start:end`` stands in.

    ``bounds`` are :func:`sentence_bounds` of ``text``, worked out once for an article's quotes.
    """
    ends = sentence_bounds(text) if bounds is None else bounds
    start, end = span
    before = bisect_right(ends, start)  # the sentence ends up to the span's start
    after = bisect_left(ends, end + 1)
    return text[ends[before - 1] if before else 0 : ends[after] if after < len(ends) else len(text)]


def sentence_bounds(text: str) -> list[int]:
    """Return where each sentence of ``text`` ends (after its mark or newline), in order."""
    return [match.end() for match in SENTENCE_END.finditer(text)]


def latest_result(observations: list[Observation], sources: dict[str, Source]) -> Observation | None:
    """Return the figure the overview shows for an indicator: its latest dated result.

    Ordered as :func:`indicators.compare.report_order` orders rows: by period end, start,
    publication and id.
    """
    results = [
        obs for obs in observations if obs.period is not None and Qualifier.TARGET not in obs.qualifier
    ]
    if not results:
        return None

    def order(obs: Observation) -> tuple[str, str, str, str]:
        assert obs.period is not None
        source = sources.get(obs.source)
        return (
            obs.period.end.isoformat(),
            obs.period.start.isoformat(),
            source.published if source else "",
            obs.id,
        )

    return max(results, key=order)


def _definitions(indicator: Indicator, observations: list[Observation]) -> Iterator[Breach]:
    if indicator.one_definition and indicator.definitions:
        yield Breach(
            "indicators",
            indicator.id,
            "one_definition",
            "expected one_definition only "
            "where the indicator has no other definitions, found "
            f"{len(indicator.definitions)} definitions",
        )
    if indicator.one_definition or len(articles := {obs.source for obs in observations}) < 2:
        return  # one article's figures share its definition
    for obs in observations:  # an unknown definition key is the provenance check's to report
        if obs.definition is None:
            yield Breach(
                "observations",
                obs.id,
                "definition",
                f"expected the definition this "
                f"article uses: {indicator.id} has figures from {len(articles)} articles "
                "(or one_definition: true on the indicator), found none",
            )


def _headline(
    indicator: Indicator, observations: list[Observation], sources: dict[str, Source]
) -> Iterator[Breach]:
    if not indicator.headline:
        return
    latest = latest_result(observations, sources)
    if latest is None:
        yield Breach(
            "indicators",
            indicator.id,
            "headline",
            "expected a dated result to show on the overview, found only targets or figures with no period",
        )
    elif latest.doubt is not None:
        yield Breach(
            "indicators",
            indicator.id,
            "headline",
            f"expected a latest figure that is not in doubt, found {latest.id} (doubted)",
        )
    elif latest.reading is not None:
        yield Breach(
            "indicators",
            indicator.id,
            "headline",
            f"expected a latest figure stated in "
            f"numbers, found {latest.id} (read from the words '{latest.figure}')",
        )


def _period(obs: Observation, source: Source | None, sentence: str | None) -> Iterator[Breach]:
    period = obs.period
    if period is None:
        return
    if period.kind not in _TO_DATE and (said := _said_to_date(obs.quote)):
        yield Breach(
            "observations",
            obs.id,
            "period",
            f"expected a state as of the article's date "
            f"or a total to it (the quote says '{said}'), found '{period.text}'",
        )
    if (
        period.kind in _TO_DATE
        and period.exact_day
        and source is not None
        and len(source.published) < 10
        and obs.note is None
    ):
        yield Breach(
            "observations",
            obs.id,
            "period",
            f"expected no more precision than the "
            f"article's date ('{source.published}'), as '../{source.published}', or a note "
            f"saying where the day comes from, found '{period.text}'",
        )
    if (
        period.kind is PeriodKind.YEAR
        and sentence is not None
        and str(period.start.year) not in sentence
        and obs.note is None
    ):
        yield Breach(
            "observations",
            obs.id,
            "period",
            f"expected the year {period.start.year} in the "
            "quote's sentence, or a note saying why the figure is read as that year, found "
            "neither",
        )


def _said_to_date(quote: str) -> str | None:
    """The words of a quote saying its figure is a state or a total to date ("đến nay"), if any."""
    lowered = unicodedata.normalize("NFC", quote).lower()
    if "nay" not in lowered and "có" not in lowered:  # every phrase of TO_DATE_WORDS ends so
        return None
    said = TO_DATE_WORDS.search(normalise_plain(quote))
    return said[1] if said else None
