"""Every reading of a number a text allows, before :mod:`~indicators.vietnamese.find` chooses::

    >>> text = "đứng thứ hai, đón 24,1 triệu lượt khách"
    >>> for candidate in vi_candidates(text, text.lower(), strict=False):
    ...     print(type(candidate).__name__, repr(text[candidate.start : candidate.end]))
    QuantitySpan 'thứ hai'
    WordRun 'hai'
    WordRun 'triệu'
    QuantitySpan '24,1 triệu lượt khách'

A reading is a :class:`~indicators.vietnamese.spans.QuantitySpan` with the hedges before it, or,
for number words, a :class:`WordRun`: whether they are a number or a name ("Hai Bà Trưng") is read
by :func:`word_number` only if no earlier reading covers them. Above, "hai" is inside "thứ hai"
and "triệu" inside "24,1 triệu lượt khách", so neither is read alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from indicators.vietnamese.hedges import hedges_before
from indicators.vietnamese.numerals import EXACT, NUMERAL, VI_GROUPED, canonical, numeral_value
from indicators.vietnamese.ordinals import EN_SUFFIX, en_ordinal_words, vi_ordinals
from indicators.vietnamese.spans import QuantitySpan
from indicators.vietnamese.units import EN_UNIT_WORDS, VI_UNIT_WORDS, UnitCode
from indicators.vietnamese.words import (
    BARE_WORDS,
    IDIOMS,
    LONE_VALUES,
    NOT_AFTER_BARE,
    SCALE_WORD_EXP,
    TOKEN,
    VI_SCALE_WORD,
    WORD_RUN_AT_START,
    longest_run,
)


class WordRun(NamedTuple):
    """Number words found in the text, read by :func:`word_number` only if chosen."""

    start: int  # where their reading starts: at "gấp" right before them ("gấp hai lần"), or at them
    end: int
    first: int  # where the words start
    words: list[str]
    value: int


def _unit_regex(words: tuple[tuple[UnitCode, str], ...]) -> str:
    alternatives = "|".join(f"(?P<{code}>{pattern})" for code, pattern in words)
    return (
        rf"\s*(?P<percent_sign>%)|\s*(?P<times_sign>×)|(?P<times_x>x)(?!\w)"
        rf"|\s+(?:{alternatives})(?!\w)"
    )


_UNIT_AFTER = {
    "vi": re.compile(_unit_regex(VI_UNIT_WORDS), re.IGNORECASE),
    "en": re.compile(_unit_regex(EN_UNIT_WORDS), re.IGNORECASE),
}
_SIGN_UNITS = {"percent_sign": "percent", "times_sign": "times", "times_x": "times"}
_VI_SCALE = re.compile(VI_SCALE_WORD, re.IGNORECASE)
_EN_SCALE = re.compile(r"\s*(thousand|million|billion|trillion|bn|mn|tn)(?!\w)", re.IGNORECASE)
# A Vietnamese numeral and what follows it, in one match: the numeral is group 1, then up to three
# scale words (groups 2 to 4), then a unit (the last group matched after them, if any).
_VI_NUMBER = re.compile(
    f"({NUMERAL.pattern})(?:{VI_SCALE_WORD}(?:{VI_SCALE_WORD}(?:{VI_SCALE_WORD})?)?)?"
    f"(?:{_unit_regex(VI_UNIT_WORDS)})?",
    re.IGNORECASE,
)
_FRACTION = {
    "vi": re.compile(r"/([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![0-9]|[/.,][0-9])"),
    "en": re.compile(r"(?:/|\s+of\s+)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9]|[/.,][0-9])"),
}
# "gấp" and the spaces after it, in lowercased text: a number right after is a multiple.
_GAP_BEFORE = re.compile(r"g(?<!\wg)ấp\s+")
_GAP_REACH = 12  # how far before a number "gấp" may start
_GAP_WORD = re.compile(r"g(?<!\wg)ấp\s+(đôi|rưỡi)(?!\w)")
_LAN_AFTER = re.compile(r"\s+lần(?!\w)", re.IGNORECASE)
_CURRENCY_TAIL = re.compile(r"(?<!\w)(?:(US\$|\$)|(USD|VND|VNĐ)\s?)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")
_PREV_WORD = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")
_SENTENCE_MARKS = frozenset("\n\r.!?…:;\"“”'‘’([{–—-•|")
# What may follow a Vietnamese number for a scale word or a unit to be read: a space, or a sign.
_UNIT_SIGNS = frozenset("%×xX")


def vi_candidates(text: str, lower: str, *, strict: bool) -> list[QuantitySpan | WordRun]:
    """The Vietnamese text's ordinals, number words, "gấp đôi" and numerals, in no set order.

    ``lower`` is ``text`` lowercased character for character. With ``strict``, a numeral that is
    no number raises ``ValueError``.
    """
    candidates: list[QuantitySpan | WordRun] = [
        QuantitySpan(start, end, "ordinal", value, "rank", hedges_before(text, start, "vi"))
        for start, end, value in vi_ordinals(text, lower)
    ]
    gaps: dict[int, int] = {}  # where the spaces after "gấp" end -> where "gấp" starts
    if "gấp" in lower:
        gaps = {match.end(): match.start() for match in _GAP_BEFORE.finditer(lower)}
        for match in _GAP_WORD.finditer(lower):
            start, end = match.span()
            value = Decimal(2) if match.group(1) == "đôi" else Decimal("1.5")
            candidates.append(
                QuantitySpan(start, end, "quantity", value, "times", hedges_before(text, start, "vi"))
            )
    _add_word_runs(lower, gaps, candidates)
    for match in _VI_NUMBER.finditer(text):
        if (candidate := _vi_numeral(text, match, strict, gaps)) is not None:
            candidates.append(candidate)
    return candidates


def en_candidates(text: str, lower: str, *, strict: bool) -> list[QuantitySpan | WordRun]:
    """The English text's ordinal words and numerals, in no set order."""
    candidates: list[QuantitySpan | WordRun] = [
        QuantitySpan(start, end, "ordinal", value, "rank", hedges_before(text, start, "en"))
        for start, end, value in en_ordinal_words(lower)
    ]
    for match in NUMERAL.finditer(text):
        try:
            value = numeral_value(match.group(), "en")
        except ValueError as error:
            if strict:
                raise ValueError(f"{error}, in {text!r}") from None
            continue
        candidates.append(_complete_en(text, match.start(), match.end(), value))
    return candidates


def _gap_before(gaps: dict[int, int], start: int) -> int | None:
    """Where "gấp" starts if a number at ``start`` follows it closely enough, else None."""
    gap = gaps.get(start)
    return gap if gap is not None and gap >= start - _GAP_REACH else None


def _vi_numeral(text: str, match: re.Match[str], strict: bool, gaps: dict[int, int]) -> QuantitySpan | None:
    """The reading of one match of _VI_NUMBER, or None if its numeral reads as no number."""
    start, end = match.span(1)
    if start in gaps or text[end : end + 1] == "/":  # perhaps "gấp 3 lần", or a fraction
        value = _numeral(text, match.group(1), 0, strict)
        if value is None:
            return None
        return _complete_vi(text, start, end, value, _gap_before(gaps, start), digits=True)
    unit = None
    exponent = 0
    if match.end() > end:  # scale words or a unit follow
        for word in match.group(2, 3, 4):
            if word is None:
                break
            exponent += SCALE_WORD_EXP[word.lower()]
        if (match.lastindex or 0) > 4:  # the last group matched is a unit's
            name = match.lastgroup or ""
            unit = _SIGN_UNITS.get(name, name)
        end = match.end()
    value = _numeral(text, match.group(1), exponent, strict)
    if value is None:
        return None
    return QuantitySpan(start, end, "quantity", value, unit, hedges_before(text, start, "vi"))


def _numeral(text: str, numeral: str, exponent: int, strict: bool) -> Decimal | None:
    """A Vietnamese numeral ("2.067", "8,67") times 10**``exponent``, canonical; None (or, with
    ``strict``, ``ValueError``) if it reads as no number. The common forms are read here as
    numeral_value reads them, the others by numeral_value."""
    if numeral.isdigit():
        digits, places = numeral, 0
    elif "." not in numeral and numeral.count(",") == 1:
        whole, _, fraction = numeral.partition(",")
        digits, places = whole + fraction, len(fraction)
    elif "," not in numeral and VI_GROUPED.fullmatch(numeral):
        digits, places = numeral.replace(".", ""), 0
    else:
        try:
            value = numeral_value(numeral, "vi")
        except ValueError as error:
            if strict:
                raise ValueError(f"{error}, in {text!r}") from None
            return None
        return canonical(value.scaleb(exponent, EXACT) if exponent else value)
    zeros = exponent - places
    if zeros >= 0 and len(digits) + zeros <= 100:
        return Decimal(digits + "0" * zeros)  # a whole number: canonical as it is
    value = Decimal(f"{digits[:-places]}.{digits[-places:]}" if places else digits)
    return canonical(value.scaleb(exponent, EXACT) if exponent else value)


def _complete_vi(
    text: str, start: int, end: int, value: Decimal, gap: int | None, *, digits: bool, hang: bool = False
) -> QuantitySpan:
    """Read what follows (and precedes) a number: fraction, scale words, unit, "gấp" at ``gap``.

    With ``hang``, "hàng" right before the number is read as a hedge ("hàng trăm").
    """
    out_of: Decimal | None = None
    unit: str | None = None
    after = text[end : end + 1]
    if (
        digits
        and after == "/"
        and (fraction := _FRACTION["vi"].match(text, end))
        and value == value.to_integral_value()
    ):
        denominator = numeral_value(fraction.group(1), "vi")
        if denominator == denominator.to_integral_value():
            out_of, end = denominator, fraction.end()
            after = text[end : end + 1]
    if gap is not None:
        if out_of is None and digits:
            value, end = _scaled(text, end, value, _VI_SCALE)
        start, unit = gap, "times"
        if lan := _LAN_AFTER.match(text, end):
            end = lan.end()
    elif after.isspace() or after in _UNIT_SIGNS:  # else neither a scale word nor a unit follows
        if out_of is None and digits:
            value, end = _scaled(text, end, value, _VI_SCALE)
        if unit_match := _UNIT_AFTER["vi"].match(text, end):
            name = unit_match.lastgroup or ""
            unit, end = _SIGN_UNITS.get(name, name), unit_match.end()
    kind = "fraction" if out_of is not None else "quantity"
    hedges = hedges_before(text, start, "vi", hang=hang)
    return QuantitySpan(start, end, kind, canonical(value), unit, hedges, out_of)


def _scaled(text: str, end: int, value: Decimal, scale: re.Pattern[str]) -> tuple[Decimal, int]:
    """``value`` times up to three scale words after ``end`` ("tỷ", "nghìn tỷ"), and their end."""
    for _ in range(3):
        match = scale.match(text, end)
        if match is None:
            break
        value = value.scaleb(SCALE_WORD_EXP[match.group(1).lower()], EXACT)
        end = match.end()
    return value, end


def _complete_en(text: str, start: int, end: int, value: Decimal) -> QuantitySpan:
    """Read what follows (and precedes) an English numeral: suffix, fraction, scale, currency."""
    out_of: Decimal | None = None
    unit: str | None = None
    if (suffix := EN_SUFFIX.match(text, end)) and value == value.to_integral_value():
        return QuantitySpan(
            start, suffix.end(), "ordinal", canonical(value), "rank", hedges_before(text, start, "en")
        )
    if (fraction := _FRACTION["en"].match(text, end)) and value == value.to_integral_value():
        denominator = numeral_value(fraction.group(1), "en")
        if denominator == denominator.to_integral_value():
            out_of, end = denominator, fraction.end()
    if out_of is None:
        value, end = _scaled(text, end, value, _EN_SCALE)
    if match := _UNIT_AFTER["en"].match(text, end):
        name = match.lastgroup or ""
        unit, end = _SIGN_UNITS.get(name, name), match.end()
    currency = _CURRENCY_TAIL.search(text, max(0, start - 12), start)
    if unit is None and currency is not None:
        code = (currency.group(2) or "USD").upper()
        start, unit = currency.start(), "VND" if code in ("VND", "VNĐ") else "USD"
    kind = "fraction" if out_of is not None else "quantity"
    hedges = hedges_before(text, start, "en")
    return QuantitySpan(start, end, kind, canonical(value), unit, hedges, out_of)


def _add_word_runs(lower: str, gaps: dict[int, int], candidates: list[QuantitySpan | WordRun]) -> None:
    """Add the runs of number words, to be read only if chosen."""
    for run in WORD_RUN_AT_START.finditer(lower):
        words = run.group().split()
        if len(words) == 1:  # the common case: one word, a number alone ("tỷ", "một", "mười")
            lone = LONE_VALUES[words[0]]
            assert lone is not None  # words that are no number alone only start longer runs
            candidates.append(_word_run(run.start(), run.end(), words, lone, gaps))
            continue
        tokens = list(TOKEN.finditer(run.group()))
        index = 0
        while index < len(words):
            found = longest_run(tuple(words[index:]))
            if found is None:
                index += 1
                continue
            value, size = found
            first = run.start() + tokens[index].start()
            end = run.start() + tokens[index + size - 1].end()
            candidates.append(_word_run(first, end, words[index : index + size], value, gaps))
            index += size


def _word_run(first: int, end: int, words: list[str], value: int, gaps: dict[int, int]) -> WordRun:
    gap = _gap_before(gaps, first)  # "gấp hai lần"
    return WordRun(first if gap is None else gap, end, first, words, value)


def word_number(text: str, run: WordRun) -> QuantitySpan | None:
    """The quantity number words state, unless they are a name or an idiom."""
    first, end, words = run.first, run.end, run.words
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1) if following else ""
    original = text[first:end].split()
    if any(word[0].isupper() for word in original[1:]):
        return None
    if original[0][0].isupper() and (not _sentence_start(text, first) or next_word[:1].isupper()):
        return None  # "Ba Đình", "Hai Bà Trưng": names
    lowered = next_word.lower()
    if len(words) == 1 and lowered in IDIOMS.get(words[0], ()):
        return None
    amount = Decimal(run.value)
    if words == ["một"] and lowered == "nửa" and following:
        amount, end = Decimal("0.5"), following.end()
    bare = all(word in BARE_WORDS for word in words)
    if bare:
        previous = _PREV_WORD.search(text, max(0, first - 20), first)
        if (
            lowered in NOT_AFTER_BARE
            or words == ["vạn"]
            or (previous is not None and previous.group(1).lower() == "phần")
        ):
            return None
    gap = run.start if run.start != first else None
    return _complete_vi(text, first, end, amount, gap, digits=False, hang=bare)


def _sentence_start(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] in " \t\xa0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_MARKS
