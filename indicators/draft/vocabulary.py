"""Which indicator a figure belongs to, from the words that name it near the figure.

Each indicator lists ``terms``, the Vietnamese words reports use for it ("khách quốc tế", "vốn
FDI đăng ký"); the phrases its definitions quote (“vốn FDI đăng ký”) count too, and choose the
definition. Among the indicators of the figure's unit, the phrase that wins is, in order: one
overlapping the figure or right after it in its clause ("20 sự kiện văn hóa", "12,8% về vốn"),
the nearest before it in its sentence, the nearest in an earlier sentence of its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from indicators.model import Indicator

_QUOTED = re.compile(r"“([^”]+)”")
_AFTER_REACH = 15  # how far after a figure a naming phrase may start


@dataclass(frozen=True)
class Phrase:
    """A phrase that names an indicator, and the definitions it points to."""

    text: str
    definitions: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """An indicator's phrases, found by one regular expression."""

    indicator: str
    unit: str
    pattern: re.Pattern[str]
    phrases: dict[str, Phrase]
    definitions: tuple[str, ...]


@dataclass(frozen=True)
class Naming:
    """The indicator a figure belongs to, the phrase that says so, and its definition."""

    indicator: str
    span: tuple[int, int]  # the phrase in the text
    definition: str | None
    definition_span: tuple[int, int] | None
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Where:
    """A figure's span, the end of its clause, its sentence and the sentences before it in its
    paragraph (spans)."""

    start: int
    end: int
    clause_end: int
    sentence: tuple[int, int]
    earlier: tuple[tuple[int, int], ...]


def vocabularies(indicators: Sequence[Indicator]) -> tuple[Vocabulary, ...]:
    """The phrases of every indicator that has terms or quoting definitions."""
    found = []
    for indicator in indicators:
        phrases: dict[str, Phrase] = {}
        texts = {key: text.vi.lower() for key, text in indicator.definitions.items()}
        quoted = {key: {q.lower() for q in _QUOTED.findall(text)} for key, text in texts.items()}
        general = indicator.definition.vi.lower()
        for phrase in (*indicator.terms, *(q for qs in quoted.values() for q in qs)):
            lowered = " ".join(phrase.lower().split())
            exact = tuple(key for key, qs in quoted.items() if lowered in qs)
            # A term only one definition's words hold, and not the indicator's own: "ký thỏa
            # thuận hợp tác với" points to signed agreements, "thủ đô, thành phố" to none.
            loose = () if lowered in general else tuple(key for key, text in texts.items() if lowered in text)
            phrases[lowered] = Phrase(lowered, exact or (loose if len(loose) == 1 else ()))
        if phrases:
            alternatives = "|".join(
                r"\s+".join(map(re.escape, phrase.split()))
                for phrase in sorted(phrases, key=len, reverse=True)
            )
            pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
            found.append(
                Vocabulary(indicator.id, indicator.unit, pattern, phrases, tuple(indicator.definitions))
            )
    return tuple(found)


def name_figure(
    vocabulary: Sequence[Vocabulary], lower: str, unit: str | None, where: Where
) -> Naming | None:
    """The indicator whose phrase best names the figure at ``where``, if any of its unit does."""
    ranked: list[tuple[tuple[int, int, int], Vocabulary, re.Match[str]]] = []
    for words in vocabulary:
        if unit is None or words.unit != unit:
            continue
        for match in _occurrences(words.pattern, lower, where):
            ranked.append((_rank(match, where), words, match))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[0])
    _, best, match = ranked[0]
    definition, span, review = _definition(best, [m for _, words, m in ranked if words is best], where)
    return Naming(best.indicator, match.span(), definition, span, review)


def _occurrences(pattern: re.Pattern[str], lower: str, where: Where) -> list[re.Match[str]]:
    found = list(pattern.finditer(lower, *where.sentence))
    for start, end in where.earlier:
        found.extend(pattern.finditer(lower, start, end))
    return [match for match in found if _rank(match, where)[0] < 3]


def _rank(match: re.Match[str], where: Where) -> tuple[int, int, int]:
    start, end = match.span()
    longer = -len(match.group())
    if (start < where.end and end > where.start) or (
        where.end <= start <= min(where.end + _AFTER_REACH, where.clause_end)
    ):
        return 0, max(0, start - where.end), longer
    if where.sentence[0] <= start and end <= where.start:
        return 1, where.start - end, longer
    if end <= where.sentence[0]:
        return 2, where.start - end, longer
    return 3, 0, longer


def _definition(
    words: Vocabulary, matches: list[re.Match[str]], where: Where
) -> tuple[str | None, tuple[int, int] | None, tuple[str, ...]]:
    if not words.definitions:
        return None, None, ()
    for match in matches:
        phrase = words.phrases.get(" ".join(match.group().split()))
        if phrase is not None and len(phrase.definitions) == 1:
            review: tuple[str, ...] = ()
            if match.end() <= where.sentence[0]:
                review = (f"definition: read from “{match.group()}” in an earlier sentence",)
            return phrase.definitions[0], match.span(), review
    # No phrase names one definition: propose the one the matched phrases name most (else the
    # indicator's first), so the curator confirms or changes a value instead of typing one.
    named = [
        key
        for match in matches
        if (phrase := words.phrases.get(" ".join(match.group().split()))) is not None
        for key in phrase.definitions
    ]
    order = list(words.definitions)
    proposed = max(order, key=lambda key: (named.count(key), -order.index(key)))
    keys = ", ".join(order)
    return proposed, None, (f"definition: {proposed} proposed; choose one of {keys}",)
