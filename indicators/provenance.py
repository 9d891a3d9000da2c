"""Prove each observation from its article: the quote is there, and it states the value.

For every observation the checks are:

* its source, indicator and definition exist;
* its quote occurs in the source text (after NFC and whitespace normalisation only);
* its figure (the part of the quote stating the value; found by the scanner when the quote holds
  one number) occurs in the quote, and reads as the observation's value, unit and ``out_of``;
  a figure written in words ("dẫn đầu cả nước") needs a curator's ``reading`` instead;
* its qualifier agrees with the hedge words: every hedge right before the figure is among the
  qualifiers, and every qualifier other than ``exact`` has its hedge word in the quote;
* its value is one its unit can be written with, whatever the quote (a figure read from words
  is not read again): a rank is a whole number from 1, and only a count has an ``out_of``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from indicators.model import Dataset, Indicator, Observation, Qualifier, Source
from indicators.scan import Mention, find_mentions
from indicators.text import Offsets, closest, locate, normalise, normalise_plain
from indicators.vietnamese.find import Quantity
from indicators.vietnamese.numerals import plain_number
from indicators.vietnamese.read import hedges_not_in, read_quantity
from indicators.vietnamese.units import UNITS, UnitKind

_DIGIT = re.compile(r"\d")
_VALUE_KINDS = {"quantity", "ordinal", "fraction"}
_CODES = {qualifier: qualifier.value for qualifier in Qualifier}

Report = Callable[[Observation, str, str], None]


@dataclass(frozen=True)
class Evidence:
    """Where an observation's quote and figure stand in its article (original offsets)."""

    quote_span: tuple[int, int]
    figure_span: tuple[int, int]


def check_observation(
    observation: Observation,
    indicator: Indicator | None,
    source: Source | None,
    text: str | None,
    report: Report,
    article: Article | None = None,
) -> Evidence | None:
    """Check one observation against its article; return where its quote and figure stand.

    ``article`` (the :class:`Article` of ``text``) saves work when many observations share an
    article.
    """
    if indicator is None:
        report(observation, "indicator", f"expected a known indicator id, found '{observation.indicator}'")
    elif indicator.definitions and observation.definition is None:
        keys = ", ".join(sorted(indicator.definitions))
        report(
            observation,
            "definition",
            f"expected one of {keys} (the indicator has several definitions), found none",
        )
    elif observation.definition is not None and observation.definition not in indicator.definitions:
        keys = ", ".join(sorted(indicator.definitions)) or "none (the indicator has one definition)"
        report(observation, "definition", f"expected one of {keys}, found '{observation.definition}'")
    if indicator is not None:
        _check_unit_value(observation, indicator, report)
    if source is None:
        report(observation, "source", f"expected a known source id, found '{observation.source}'")
        return None
    if text is None:
        return None
    if article is None:
        article = Article(text)
    quote_span = locate(text, observation.quote, normalised=article.normalised)
    if quote_span is None:
        near = closest(text, observation.quote)
        report(
            observation,
            "quote",
            f'expected a passage of {source.file}, found a quote that is not in it (closest: "{near}")',
        )
        return None
    quote = text[quote_span[0] : quote_span[1]]
    inside = article.within(*quote_span)
    found = _figure_span(observation, text, quote_span, inside, report)
    if found is None:
        return None
    figure_span, mention = found
    figure = text[figure_span[0] : figure_span[1]]
    _check_value(observation, indicator, figure, mention, report)
    _check_qualifier(observation, quote, figure_span[0] - quote_span[0], figure_span, inside, report)
    return Evidence(quote_span, figure_span)


class Article:
    """An article as each of its observations is checked against it: the text normalised for
    finding quotes (:func:`~indicators.text.normalise`), and its number mentions
    (:func:`~indicators.scan.find_mentions`) with their bounds, for finding those in a quote."""

    __slots__ = ("_ends", "_starts", "mentions", "normalised")

    def __init__(
        self,
        text: str,
        normalised: tuple[str, Offsets] | None = None,
        mentions: Sequence[Mention] | None = None,
    ) -> None:
        self.normalised = normalised or normalise(text)
        self.mentions = find_mentions(text) if mentions is None else mentions
        self._starts = [mention.start for mention in self.mentions]
        self._ends = [mention.end for mention in self.mentions]

    def within(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions overlapping ``start:end`` (mentions never overlap: ends sort like starts)."""
        return self.mentions[bisect_right(self._ends, start) : bisect_left(self._starts, end)]


def _figure_span(
    observation: Observation,
    text: str,
    quote_span: tuple[int, int],
    inside: Sequence[Mention],
    report: Report,
) -> tuple[tuple[int, int], Mention | None] | None:
    """Where the figure is, and the article's number mention spanning exactly that, if any."""
    quote_start, quote_end = quote_span
    if observation.figure is not None:
        span = locate(text[quote_start:quote_end], observation.figure)
        if span is None:
            report(observation, "figure", f"expected a part of the quote, found '{observation.figure}'")
            return None
        start, end = quote_start + span[0], quote_start + span[1]
        same = [m for m in inside if m.start == start and m.end == end and m.kind in _VALUE_KINDS]
        return (start, end), same[0] if same else None
    candidates = [
        m for m in inside if m.kind in _VALUE_KINDS and quote_start <= m.start and m.end <= quote_end
    ]
    if len(candidates) == 1:
        return (candidates[0].start, candidates[0].end), candidates[0]
    listed = ", ".join(f"'{m.text}'" for m in candidates) or "none"
    report(
        observation,
        "figure",
        f"expected the part of the quote that states the value, found "
        f"{len(candidates)} numbers in the quote ({listed}): name it in 'figure'",
    )
    return None


def _check_value(
    observation: Observation,
    indicator: Indicator | None,
    figure: str,
    mention: Mention | None,
    report: Report,
) -> None:
    if not _DIGIT.search(figure):
        if observation.reading is None:
            report(
                observation,
                "reading",
                f"expected how the words '{figure}' were read as {_plain(observation.value)}, found none",
            )
        return
    quantity: Quantity | Mention
    if mention is not None and figure == normalise_plain(figure):
        # The scanner read these very characters as one number: read_quantity(figure) reads
        # them alike (its value, unit and denominator; tests/test_provenance.py compares them).
        quantity = mention
    else:
        try:
            quantity = read_quantity(figure)
        except ValueError:
            report(observation, "figure", f"expected a number the reader understands, found '{figure}'")
            return
    if quantity.value != observation.value:
        report(
            observation,
            "value",
            f"expected {_plain(quantity.value)} as the quote says "
            f"('{figure}'), found {_plain(observation.value)}",
        )
    if quantity.out_of != observation.out_of:
        report(
            observation,
            "out_of",
            f"expected {_plain(quantity.out_of)} as the quote says "
            f"('{figure}'), found {_plain(observation.out_of)}",
        )
    if indicator is not None and quantity.unit is not None and quantity.unit != indicator.unit:
        report(
            observation,
            "figure",
            f"expected a figure in {indicator.unit} (the unit of "
            f"{indicator.id}), found '{figure}' in {quantity.unit}",
        )


def _check_unit_value(observation: Observation, indicator: Indicator, report: Report) -> None:
    """The value and ``out_of`` are ones the indicator's unit can be written with."""
    kind = UNITS[indicator.unit].kind
    value = observation.value
    if kind is UnitKind.RANK and (value != value.to_integral_value() or value < 1):
        report(
            observation,
            "value",
            f"expected a whole number of at least 1 for a rank (the unit of "
            f"{indicator.id}), found {_plain(value)}",
        )
    if observation.out_of is not None and kind is not UnitKind.COUNT:
        report(
            observation,
            "out_of",
            f"expected no out_of: {indicator.id} is counted in "
            f"{indicator.unit}, not in a count of things, found {_plain(observation.out_of)}",
        )


def _check_qualifier(
    observation: Observation,
    quote: str,
    figure_at: int,
    figure_span: tuple[int, int],
    inside: Sequence[Mention],
    report: Report,
) -> None:
    hedges_before: set[str] = set()
    for mention in inside:
        if mention.start < figure_span[1] and figure_span[0] < mention.end:
            hedges_before.update(mention.hedges)
    declared = {_CODES[q] for q in observation.qualifier if q is not Qualifier.EXACT}
    if missing := sorted(hedges_before - declared):
        report(
            observation,
            "qualifier",
            f"expected {', '.join(missing)} (the hedge before the figure), found {_qualifiers(observation)}",
        )
    if observation.reading is not None:  # "hai con số" is 10 or more: the reading bears the floor
        declared.discard(Qualifier.AT_LEAST.value)
    if unsupported := sorted(hedges_not_in(quote, declared, near=figure_at)):
        report(
            observation,
            "qualifier",
            f"expected only hedges the quote states, found "
            f"{', '.join(unsupported)} with no such word in the quote",
        )


def _qualifiers(observation: Observation) -> str:
    return ", ".join(q.value for q in observation.qualifier)


def _plain(value: Decimal | None) -> str:
    """Write a value in full for a message, or 'none'."""
    return "none" if value is None else plain_number(value)


def check_sources(
    dataset: Dataset,
    texts: dict[str, str],
    report_source: Callable[[Source, str, str], None],
    normal: dict[str, str] | None = None,
) -> None:
    """Check that each source's headline, publisher and author occur in its text.

    ``normal`` holds the texts' ``normalise_plain`` where the caller has it already.
    """
    for source in dataset.sources:
        text = texts.get(source.id)
        if text is None:
            continue
        plain = normal.get(source.id) if normal else None
        if plain is None:
            plain = normalise_plain(text)
        for field in ("headline", "publisher", "author"):
            value = getattr(source, field)
            if value is not None and normalise_plain(value) not in plain:
                report_source(source, field, f"expected text that occurs in {source.file}, found '{value}'")
        if source.published_basis == "inferred" and source.published_note is None:
            report_source(source, "published_note", "expected how the date was inferred, found none")
