"""Find every quantity, ordinal and fraction in a text, with the hedge words before each::

    >>> [(q.start, q.end, q.kind, q.value, q.unit, q.hedges)
    ...  for q in find_quantities("Hà Nội đón khoảng 24,1 triệu lượt khách, đứng thứ hai")]
    [(18, 39, 'quantity', Decimal('24100000'), 'visits', ('approximately',)),
     (46, 53, 'ordinal', Decimal('2'), 'rank', ())]

A quantity's span covers its number, scale words and unit; the hedge words before it stay
outside. Where readings overlap, the one starting first wins, and the longest of those starting
at one place.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import takewhile
from operator import attrgetter
from typing import NamedTuple

from indicators.languages import check_lang
from indicators.vietnamese.hedges import hedges_before
from indicators.vietnamese.numerals import (
    EXACT,
    NUMERAL,
    VI_GROUPED,
    canonical,
    lowercase,
    numeral_value,
)
from indicators.vietnamese.ordinals import EN_SUFFIX, en_ordinal_words, vi_ordinals
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


class Quantity(NamedTuple):
    """A number as a phrase states it: value in base units, unit code, hedges and denominator."""

    value: Decimal
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None


class QuantitySpan(NamedTuple):
    """A quantity, ordinal or fraction found in a text, with its span."""

    start: int
    end: int
    kind: str  # quantity | ordinal | fraction
    value: Decimal
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None

    @property
    def quantity(self) -> Quantity:
        """What the span states, without where."""
        return Quantity(self.value, self.unit, self.hedges, self.out_of)


class _Candidate(NamedTuple):
    """A reading of a number before the readings are chosen and their hedges read."""

    start: int
    back: int  # start - end: candidates sort on (start, back), the longest first at one start
    end: int
    kind: str  # quantity | ordinal | fraction, or "" for number words not read yet
    value: Decimal
    unit: str | None = None
    out_of: Decimal | None = None
    hang: bool = False  # whether bare number words may hang on "hàng" ("hàng trăm")


class _WordRun(NamedTuple):
    """Number words found in the text, read only if their candidate is chosen."""

    start: int
    end: int
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
# After a Vietnamese numeral: up to three scale words, then a unit, read by one match (the scale
# words are groups 1 to 3, the unit is the last group matched after them, if any).
_VI_AFTER_PATTERN = (
    f"(?:{VI_SCALE_WORD}(?:{VI_SCALE_WORD}(?:{VI_SCALE_WORD})?)?)?(?:{_unit_regex(VI_UNIT_WORDS)})?"
)
_VI_AFTER = re.compile(_VI_AFTER_PATTERN, re.IGNORECASE)
# A Vietnamese numeral and what follows it, in one match: the numeral is group 1, then as above.
_VI_NUMBER = re.compile(f"({NUMERAL.pattern}){_VI_AFTER_PATTERN}", re.IGNORECASE)
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
_ORDER = attrgetter("start", "back")
_ZERO = Decimal(0)


def find_quantities(
    text: str, lang: str = "vi", *, strict: bool = False, lower: str | None = None
) -> tuple[QuantitySpan, ...]:
    """Every quantity, ordinal and fraction in NFC ``text``, sorted and non-overlapping.

    With ``strict``, a run of digits and separators that is no number raises ``ValueError``;
    otherwise it is skipped. ``lower`` is ``text`` lowercased character for character
    (:func:`~indicators.vietnamese.numerals.lowercase`), when the caller has it.
    """
    check_lang(lang)
    if lower is None:
        lower = lowercase(text)  # searching lowercased text is much faster than re.IGNORECASE
    candidates: list[_Candidate] = []
    gaps: dict[int, int] = {}  # where the spaces after "gấp" end -> where "gấp" starts
    words: dict[int, _WordRun] = {}  # by where their candidate starts
    if lang == "vi":
        _vi_candidates(text, lower, strict, candidates, gaps, words)
    else:
        _en_candidates(text, lower, strict, candidates)
    return _chosen(text, lang, candidates, gaps, words)


def _vi_candidates(
    text: str,
    lower: str,
    strict: bool,
    candidates: list[_Candidate],
    gaps: dict[int, int],
    words: dict[int, _WordRun],
) -> None:
    """Add the Vietnamese text's ordinals, number words, "gấp đôi" and numerals to ``candidates``,
    and fill ``gaps`` and ``words`` as :func:`find_quantities` keeps them."""
    has_gap = "gấp" in lower
    if has_gap:
        gaps.update({match.end(): match.start() for match in _GAP_BEFORE.finditer(lower)})
    candidates.extend(
        _Candidate(start, start - end, end, "ordinal", value, "rank")
        for start, end, value in vi_ordinals(text, lower)
    )
    _vi_word_numbers(lower, gaps, candidates, words)
    if has_gap:
        for match in _GAP_WORD.finditer(lower):
            start, end = match.span()
            value = Decimal(2) if match.group(1) == "đôi" else Decimal("1.5")
            candidates.append(_Candidate(start, start - end, end, "quantity", value, "times"))
    for match in _VI_NUMBER.finditer(text):
        if (candidate := _vi_numeral(text, match, strict, gaps)) is not None:
            candidates.append(candidate)


def _en_candidates(text: str, lower: str, strict: bool, candidates: list[_Candidate]) -> None:
    """Add the English text's ordinal words and numerals to ``candidates``."""
    candidates.extend(
        _Candidate(start, start - end, end, "ordinal", value, "rank")
        for start, end, value in en_ordinal_words(lower)
    )
    for match in NUMERAL.finditer(text):
        try:
            value = numeral_value(match.group(), "en")
        except ValueError as error:
            if strict:
                raise ValueError(f"{error}, in {text!r}") from None
            continue
        candidates.append(_complete_en(text, match.start(), match.end(), value))


def _chosen(
    text: str, lang: str, candidates: list[_Candidate], gaps: dict[int, int], words: dict[int, _WordRun]
) -> tuple[QuantitySpan, ...]:
    """Keep the earliest, then longest, candidates that do not overlap, with their hedges."""
    candidates.sort(key=_ORDER)
    chosen: list[QuantitySpan] = []
    reached = 0
    for candidate in candidates:
        start = candidate.start
        if start < reached:
            continue
        if not candidate.kind:  # number words: whether they are a number is read only now
            found = _word_number(text, words[start], gaps)
            if found is None:
                continue
            candidate = found
        chosen.append(
            QuantitySpan(
                start,
                candidate.end,
                candidate.kind,
                candidate.value,
                candidate.unit,
                hedges_before(text, start, lang, hang=candidate.hang),
                candidate.out_of,
            )
        )
        reached = candidate.end
    return tuple(chosen)


def _vi_numeral(text: str, match: re.Match[str], strict: bool, gaps: dict[int, int]) -> _Candidate | None:
    """The candidate of one match of _VI_NUMBER, or None if its numeral reads as no number."""
    read = _read_numeral(text, match.group(1), strict)
    if read is None:
        return None
    start, end = match.span(1)
    if start in gaps or text[end : end + 1] == "/":  # perhaps "gấp 3 lần", or a fraction
        return _complete_vi(text, start, end, read.decimal(), gaps, digits=True)
    unit = None
    scales: tuple[str, ...] = ()
    if match.end() > end:  # scale words or a unit follow
        scales = tuple(takewhile(lambda word: word is not None, match.group(2, 3, 4)))
        if (match.lastindex or 0) > 4:  # the last group matched is a unit's
            name = match.lastgroup or ""
            unit = _SIGN_UNITS.get(name, name)
        end = match.end()
    exponent = sum(SCALE_WORD_EXP[word.lower()] for word in scales) - read.places
    if read.digits and exponent >= 0 and len(read.digits) + exponent <= 100:
        value = Decimal(read.digits + "0" * exponent)  # a whole number: canonical as it is
    else:
        value = read.decimal()
        for word in scales:
            value = value.scaleb(SCALE_WORD_EXP[word.lower()], EXACT)
        value = canonical(value)
    return _Candidate(start, start - end, end, "quantity", value, unit)


class _Numeral(NamedTuple):
    """A numeral read: its ``digits`` and decimal ``places`` in the common forms (the value is
    digits × 10**-places), or, for the others, no digits and the ``value`` itself."""

    digits: str
    places: int
    value: Decimal = _ZERO

    def decimal(self) -> Decimal:
        """Return the numeral's value."""
        if not self.digits:
            return self.value
        return Decimal(
            f"{self.digits[: -self.places]}.{self.digits[-self.places :]}" if self.places else self.digits
        )


def _read_numeral(text: str, numeral: str, strict: bool) -> _Numeral | None:
    """Read a Vietnamese numeral ("2.067", "8,67"), the common forms first as numeral_value reads
    them; None (or, ``strict``, ``ValueError``) if it reads as no number."""
    if numeral.isdigit():
        return _Numeral(numeral, 0)
    if "." not in numeral and numeral.count(",") == 1:
        whole, _, fraction = numeral.partition(",")
        return _Numeral(whole + fraction, len(fraction))
    if "," not in numeral and VI_GROUPED.fullmatch(numeral):
        return _Numeral(numeral.replace(".", ""), 0)
    try:
        return _Numeral("", 0, numeral_value(numeral, "vi"))
    except ValueError as error:
        if strict:
            raise ValueError(f"{error}, in {text!r}") from None
        return None


def _complete_vi(
    text: str, start: int, end: int, value: Decimal, gaps: dict[int, int], *, digits: bool, hang: bool = False
) -> _Candidate:
    """Read what follows (and precedes) a number: fraction, scale words, unit, "gấp"."""
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
    gap = gaps.get(start)
    if gap is not None and gap >= start - _GAP_REACH:
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
        elif unit_match := _UNIT_AFTER["vi"].match(text, end):
            name = unit_match.lastgroup or ""
            unit, end = _SIGN_UNITS.get(name, name), unit_match.end()
    kind = "fraction" if out_of is not None else "quantity"
    return _Candidate(start, start - end, end, kind, canonical(value), unit, out_of, hang)


def _scaled(text: str, end: int, value: Decimal, scale: re.Pattern[str]) -> tuple[Decimal, int]:
    """``value`` times up to three scale words after ``end`` ("tỷ", "nghìn tỷ"), and their end."""
    for _ in range(3):
        match = scale.match(text, end)
        if match is None:
            break
        value = value.scaleb(SCALE_WORD_EXP[match.group(1).lower()], EXACT)
        end = match.end()
    return value, end


def _complete_en(text: str, start: int, end: int, value: Decimal) -> _Candidate:
    """Read what follows (and precedes) an English numeral: suffix, fraction, scale, currency."""
    out_of: Decimal | None = None
    unit: str | None = None
    if (suffix := EN_SUFFIX.match(text, end)) and value == value.to_integral_value():
        end = suffix.end()
        return _Candidate(start, start - end, end, "ordinal", canonical(value), "rank")
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
    return _Candidate(start, start - end, end, kind, canonical(value), unit, out_of)


def _vi_word_numbers(
    lower: str, gaps: dict[int, int], candidates: list[_Candidate], pending: dict[int, _WordRun]
) -> None:
    """Runs of number words, put among the candidates to be read only if chosen.

    Where such words start no other candidate starts (a digit, "thứ", "gấp đôi", a Roman
    numeral or "đầu tiên" starts elsewhere), so their end is not needed to sort them.
    """
    for run in WORD_RUN_AT_START.finditer(lower):
        words = run.group().split()
        if len(words) == 1:  # the common case: one word, a number alone ("tỷ", "một", "mười")
            lone = LONE_VALUES[words[0]]
            assert lone is not None  # words that are no number alone only start longer runs
            _pend(_WordRun(run.start(), run.end(), words, lone), gaps, candidates, pending)
            continue
        tokens = list(TOKEN.finditer(run.group()))
        index = 0
        while index < len(words):
            found = longest_run(tuple(words[index:]))
            if found is None:
                index += 1
                continue
            value, size = found
            start = run.start() + tokens[index].start()
            end = run.start() + tokens[index + size - 1].end()
            _pend(_WordRun(start, end, words[index : index + size], value), gaps, candidates, pending)
            index += size


def _pend(
    run: _WordRun, gaps: dict[int, int], candidates: list[_Candidate], pending: dict[int, _WordRun]
) -> None:
    gap = gaps.get(run.start)
    at = gap if gap is not None and gap >= run.start - _GAP_REACH else run.start  # "gấp hai lần"
    pending[at] = run
    candidates.append(_Candidate(at, 0, run.end, "", _ZERO))


def _word_number(text: str, run: _WordRun, gaps: dict[int, int]) -> _Candidate | None:
    """A quantity for number words, unless they are a name or an idiom."""
    start, end, words, value = run
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1) if following else ""
    original = text[start:end].split()
    if any(word[0].isupper() for word in original[1:]):
        return None
    if original[0][0].isupper() and (not _sentence_start(text, start) or next_word[:1].isupper()):
        return None  # "Ba Đình", "Hai Bà Trưng": names
    lowered = next_word.lower()
    if len(words) == 1 and lowered in IDIOMS.get(words[0], ()):
        return None
    amount = Decimal(value)
    if words == ["một"] and lowered == "nửa" and following:
        amount, end = Decimal("0.5"), following.end()
    bare = all(word in BARE_WORDS for word in words)
    if bare:
        previous = _PREV_WORD.search(text, max(0, start - 20), start)
        if (
            lowered in NOT_AFTER_BARE
            or words == ["vạn"]
            or (previous is not None and previous.group(1).lower() == "phần")
        ):
            return None
    return _complete_vi(text, start, end, amount, gaps, digits=False, hang=bare)


def _sentence_start(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] in " \t\xa0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_MARKS
