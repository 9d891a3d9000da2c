"""Find every number mention in a Vietnamese text: quantities, ordinals, years, dates, codes.

Each mention has its span in the text as given, its kind, and what it reads as. A quantity's
span covers the number, its scale word and its unit; hedge words before it are in ``hedges``::

    >>> for m in find_mentions("Năm 2023, Hà Nội đón khoảng 24,1 triệu lượt khách"):
    ...     print(m.start, m.end, m.kind, m.value, m.unit, m.hedges)
    4 8 year 2023 None ()
    28 49 quantity 24100000 visits ('approximately',)
    >>> [(m.text, m.kind) for m in find_mentions("Ngày 5/3/2023, 09:32, 59/NQ-TW, khóa XVII")]
    [('5/3/2023', 'date'), ('09:32', 'time'), ('59/NQ-TW', 'code'), ('XVII', 'ordinal')]

Kinds: ``quantity`` (a count, amount, percentage or multiple), ``ordinal`` ("thứ hai", "lần thứ
XVII"; unit ``rank``), ``fraction`` ("23/24 chỉ tiêu": value 23, ``out_of`` 24), ``year``,
``year_range`` (value: the first year), ``date`` ("13/10/2020", "30/12", "tháng 2-2019"),
``time`` ("09:32") and ``code`` (digits inside a longer token: "C40", "Covid-19", "GMT+7",
document numbers). Any digit no rule reads is still reported, as a ``code``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from indicators.text import inside_word, to_nfc
from indicators.vietnamese.find import QuantitySpan, find_quantities
from indicators.vietnamese.numerals import lowercase

KINDS = ("quantity", "ordinal", "fraction", "year", "year_range", "date", "time", "code")


class Mention(NamedTuple):
    """One number mention: its span in the text as given, its kind and what it reads as."""

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None


class _Structured(NamedTuple):
    """A year, date, time or code: a mention with no unit, hedge or denominator."""

    start: int
    end: int
    kind: str
    value: Decimal | None = None


# A code is a token holding both a digit and a letter: characters of [\w$] joined by these.
_JOINERS = frozenset("-/+.:_@#&=?~")
_TOKEN_EXTRA = _JOINERS | {"$"}  # in a token besides word characters
_JOINER_ONLY = _JOINERS - {"_"}  # joiners that are not word characters themselves
_TOKEN_TAIL = re.compile(r"[\w$\-/+.:_@#&=?~]*")
# Where a code may be: a run of digits with another character of a token right before or after
# it (the match starts where the run does; "2004" alone in "Năm 2004," is none).
_CODE_SEED = re.compile(
    r"[0-9](?<![0-9][0-9])(?:(?<=[\w$\-/+.:_@#&=?~][0-9])"
    r"|[0-9]*(?![0-9])(?=[\w$\-/+.:_@#&=?~]))"
)
_LETTER = re.compile(r"[^\W\d_]")
_CLOCK_TOKEN = re.compile(r"([01]?[0-9]|2[0-3])[hg]([0-5][0-9])?")
_CLOCK = re.compile(r"(?<![0-9:.,])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9:]|[.,][0-9])")
_WEEKDAY_TAIL = re.compile(
    r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?$", re.I
)
_BEFORE = r"(?<![0-9.,/])"
_AFTER = r"(?![0-9]|[/.,-][0-9])"
_DATE_FULL = re.compile(rf"{_BEFORE}([0-3]?[0-9])([/.\-])([01]?[0-9])\2([12][0-9]{{3}}){_AFTER}", re.I)
_DATE_ISO = re.compile(rf"{_BEFORE}([12][0-9]{{3}})-([01][0-9])-([0-3][0-9]){_AFTER}")
_DATE_LONG = re.compile(
    rf"{_BEFORE}([0-3]?[0-9])\s+tháng\s+([01]?[0-9])(?:\s+năm\s+([12][0-9]{{3}}))?{_AFTER}", re.I
)
# "tháng" in the lowercased text: in any case in the text as given (no other character lowercases
# to one of its letters); a month number may follow it and its spaces, when it starts a word and
# starts at most _MONTH_REACH characters before the number.
_MONTH_WORD = re.compile(r"tháng")
_MONTH_REACH = 12
_SPACES = re.compile(r"\s+")
_MONTH = re.compile(
    rf"([01]?[0-9])(?:\s*[/.\-]\s*([12][0-9]{{3}})|\s+năm\s+([12][0-9]{{3}}))?"
    rf"{_AFTER}",
    re.I,
)
_MONTH_YEAR = re.compile(rf"{_BEFORE}([01]?[0-9])/([12][0-9]{{3}}){_AFTER}")
_DAY_MONTH = re.compile(rf"{_BEFORE}([0-3]?[0-9])/([01]?[0-9]){_AFTER}", re.I)
_YEAR_RANGE = re.compile(rf"{_BEFORE}([12][0-9]{{3}})\s*[-–—]\s*([12][0-9]{{3}}){_AFTER}")
_YEAR = re.compile(r"[12][0-9]{3}")
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # a class first, not a repeat: the engine skips to it
# The runs of digits a time, date or year range may start with, where no "tháng" is about: one or
# two digits before ":", "/", "." or "-", or four before a dash or a space.
_DATE_LIKE = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9]?(?=[:/.\-])|[0-9]{3}(?=[-–—\s]))")
_DIGITS = re.compile(r"[0-9]+(?:[.,/:\-][0-9]+)*")
_DIGIT_SEPARATORS = frozenset(".,/:-")
_DASHES = frozenset("-–—")
_DATE_MARKS = frozenset("/.-")
_CLOCK_OR_DATE_MARKS = _DATE_MARKS | {":"}
_FIRST_YEAR, _LAST_YEAR = 1000, 2199
_YEAR_DIGITS = re.compile(r"[12][0-9]{3}(?![0-9]|[.,][0-9])")
_AFTER_YEAR_WORD = re.compile(r"(?<!\w)năm(?:\s+[12][0-9]{3}\s*(?:,|và|hoặc|-|–))*\s+$")
_QUARTER_DIGIT = re.compile(r"[1-4](?![0-9]|[.,][0-9])")
_AFTER_QUARTER_WORD = re.compile(r"(?<!\w)quý\s+$")


def find_mentions(text: str) -> list[Mention]:
    """Every number mention in ``text``, sorted by start and never overlapping."""
    return list(_find_mentions(text))


@lru_cache(maxsize=64)  # small: enough for the checks' repeated reads of one quote
def _find_mentions(text: str) -> tuple[Mention, ...]:
    normal, starts, ends = to_nfc(text)
    taken = bytearray(len(normal))  # 1 where a mention already is
    found: list[QuantitySpan | _Structured] = []
    lower = lowercase(normal)
    quantities = find_quantities(normal, "vi", lower=lower)
    runs = [match.span() for match in _DIGIT_RUN.finditer(normal)]  # maximal runs of digits
    # Structured mentions first, in this order: codes, then times, dates and year ranges.
    for start, end, kind in _codes(normal):  # codes never overlap one another
        taken[start:end] = b"\x01" * (end - start)
        found.append(_Structured(start, end, kind))
    _add_dates(normal, lower, runs, quantities, taken, found)
    _add_quantities(normal, lower, quantities, taken, found)
    if _untaken(normal, runs, taken):
        for match in _DIGITS.finditer(normal):  # whatever digit no rule read
            for start, end in _free_runs(taken, match.start(), match.end()):
                if taken.find(1, start, end) < 0:
                    taken[start:end] = b"\x01" * (end - start)
                    found.append(_Structured(start, end, "code"))
    found.sort(key=_START)
    same = normal is text  # already NFC: offsets are the same
    return tuple(
        _mention(text, item, (item.start, item.end) if same else (starts[item.start], ends[item.end - 1]))
        for item in found
    )


def _add_dates(
    normal: str,
    lower: str,
    runs: list[tuple[int, int]],
    quantities: Sequence[QuantitySpan],
    taken: bytearray,
    found: list[QuantitySpan | _Structured],
) -> None:
    """Add the times, dates and year ranges that start at a run of digits and overlap no mention."""
    fractions = {
        quantity.start for quantity in quantities if quantity.kind == "fraction" and quantity.unit is not None
    }
    months = {match.start() for match in _MONTH_WORD.finditer(lower)}  # where "tháng" starts
    tails = _month_tails(normal, months)
    for at, run_end in runs if months else (match.span() for match in _DATE_LIKE.finditer(normal)):
        if not _may_start_date(normal, at, run_end, months, tails):
            continue
        if (structured := _anchored_at(normal, at, run_end, fractions, months, tails)) is not None:
            start, end = structured.start, structured.end
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                found.append(structured)


def _may_start_date(normal: str, at: int, run_end: int, months: set[int], tails: dict[int, int]) -> bool:
    """Whether the run of digits ``at:run_end`` and the character after it may start a time, date or
    year range: four digits before a dash or a space, or one or two before a mark of one."""
    length = run_end - at
    after = normal[run_end : run_end + 1]
    if length == 4:
        return after in _DASHES or after.isspace()  # "2004," is no date and starts no year range
    # "18,08": only times and dates start with one or two digits
    return length <= 2 and (
        after in _CLOCK_OR_DATE_MARKS
        or at in tails
        or (
            bool(months)
            and after.isspace()
            and (run_end + 1 in months or normal[run_end + 1 : run_end + 2].isspace())
        )
    )


def _add_quantities(
    normal: str,
    lower: str,
    quantities: Sequence[QuantitySpan],
    taken: bytearray,
    found: list[QuantitySpan | _Structured],
) -> None:
    """Add each quantity that overlaps no mention: a calendar year where one is named, else a lone
    year or the quantity itself."""
    for quantity in quantities:
        start, end = quantity.start, quantity.end
        if taken.find(1, start, end) >= 0:
            continue
        if quantity.kind == "quantity" and (calendar := _calendar(normal, lower, start)):
            taken[calendar.start : calendar.end] = b"\x01" * (calendar.end - calendar.start)
            found.append(calendar)  # "năm 2023 thành phố đón": the year 2023
            continue
        taken[start:end] = b"\x01" * (end - start)
        if (
            quantity.kind == "quantity"
            and end - start == 4
            and quantity.unit is None
            and not quantity.hedges
            and _YEAR.fullmatch(normal, start, end)
            and _FIRST_YEAR <= quantity.value <= _LAST_YEAR
        ):
            found.append(_Structured(start, end, "year", quantity.value))
        else:
            found.append(quantity)


def _mention(text: str, item: QuantitySpan | _Structured, span: tuple[int, int]) -> Mention:
    """Return a found item as a mention of ``text`` at ``span`` (its offsets in the original text)."""
    start, end = span
    if isinstance(item, QuantitySpan):
        return Mention(
            start, end, text[start:end], item.kind, item.value, item.unit, item.hedges, item.out_of
        )
    return Mention(start, end, text[start:end], item.kind, item.value, None)


_START = attrgetter("start")


def _calendar(text: str, lower: str, start: int) -> _Structured | None:
    """A year or quarter read as a count because a noun follows it, if the word before says so.

    A number right after "năm" is a year ("năm 2023 thành phố đón" is no count of 2023 cities),
    and so is one after "năm 2023 và"; one right after "quý" is a quarter ("quý 3 thành phố").
    """
    if (
        (year := _YEAR_DIGITS.match(text, start))
        and _FIRST_YEAR <= int(year.group()) <= _LAST_YEAR
        and _AFTER_YEAR_WORD.search(lower, max(0, start - 40), start)
    ):
        return _Structured(start, year.end(), "year", Decimal(year.group()))
    if (quarter := _QUARTER_DIGIT.match(text, start)) and _AFTER_QUARTER_WORD.search(
        lower, max(0, start - 8), start
    ):
        return _Structured(lower.rindex("quý", 0, start), quarter.end(), "date")
    return None


def _untaken(text: str, runs: list[tuple[int, int]], taken: bytearray) -> bool:
    """Whether a digit, or a separator between two runs of digits, is in no mention yet."""
    last = len(runs) - 1
    for index, (start, end) in enumerate(runs):
        if taken.find(0, start, end) >= 0:
            return True
        if (
            index < last
            and runs[index + 1][0] == end + 1
            and text[end] in _DIGIT_SEPARATORS
            and not taken[end]
        ):
            return True
    return False


def _free_runs(taken: bytearray, start: int, end: int) -> Iterator[tuple[int, int]]:
    run_start: int | None = None
    for index in range(start, end + 1):
        free = index < end and not taken[index]
        if free and run_start is None:
            run_start = index
        elif not free and run_start is not None:
            yield run_start, index
            run_start = None


# --- structured mentions, claimed before quantities, in this order ------------------------------


def _codes(text: str) -> list[tuple[int, int, str]]:
    """Tokens holding a digit and a letter, found from their digits rather than by searching.

    A token is a maximal run of word characters, "$" and joiners; it is a code if it holds a
    letter, with the joiners at either end left out ("C40", "Covid-19", "59/NQ-TW", "GMT+7").
    """
    codes = []
    reached = 0
    for seed in _CODE_SEED.finditer(text):
        start, end = seed.span()
        if start < reached:
            continue  # a token already read: "59/NQ-TW" has one run of digits, "a1b2" two
        left = start
        while left and ((char := text[left - 1]).isalnum() or char in _TOKEN_EXTRA):
            left -= 1
        tail = _TOKEN_TAIL.match(text, end)
        assert tail is not None  # it may match nothing
        right = reached = tail.end()
        while text[left] in _JOINER_ONLY:
            left += 1
        while text[right - 1] in _JOINER_ONLY:
            right -= 1
        if _LETTER.search(text, left, right):
            codes.append((left, right, "time" if _CLOCK_TOKEN.fullmatch(text[left:right]) else "code"))
    return codes


def _anchored_at(
    text: str, at: int, run_end: int, fractions: set[int], months: set[int], tails: dict[int, int]
) -> _Structured | None:
    """A time, date or year range starting at the run of digits ``at:run_end``, if any.

    Each rule is only tried where its first digits (one or two, or four) and the character after
    them allow it, and rules reading "tháng" only if the text has it (``months``, ``tails``); the
    rules that may match are tried in the same order as always.
    """
    length = run_end - at
    after = text[run_end : run_end + 1]
    if length == 4:
        return _anchored_at_year(text, at, after)
    if length > 2:
        return None
    if after == ":" and (match := _CLOCK.match(text, at)):
        return _Structured(at, match.end(), "time")
    if (
        after in _DATE_MARKS
        and (match := _DATE_FULL.match(text, at))
        and _day_month(match.group(1), match.group(3))
    ):
        return _Structured(_with_weekday(text, at), match.end(), "date")
    if (
        months
        and after.isspace()
        and (match := _DATE_LONG.match(text, at))
        and _day_month(match.group(1), match.group(2))
    ):
        return _Structured(at, match.end(), "date")
    if (
        (tail := tails.get(at)) is not None
        and tail >= at - _MONTH_REACH
        and (match := _MONTH.match(text, at))
        and 1 <= int(match.group(1)) <= 12
    ):
        return _Structured(tail, match.end(), "date")  # "tháng 2-2019", "tháng 10"
    if after == "/":
        if (match := _MONTH_YEAR.match(text, at)) and 1 <= int(match.group(1)) <= 12:
            return _Structured(at, match.end(), "date")
        # "23/24 chỉ tiêu" and "6/10 dự án" are fractions: a unit follows them.
        if (
            (match := _DAY_MONTH.match(text, at))
            and _day_month(match.group(1), match.group(2))
            and at not in fractions
        ):
            return _Structured(_with_weekday(text, at), match.end(), "date")
    return None


def _anchored_at_year(text: str, at: int, after: str) -> _Structured | None:
    """An ISO date ("2020-11-06") or a year range ("2016-2020") starting at four digits, if any."""
    if after == "-" and (match := _DATE_ISO.match(text, at)) and _day_month(match.group(3), match.group(2)):
        return _Structured(at, match.end(), "date")
    if (after in _DASHES or after.isspace()) and (match := _YEAR_RANGE.match(text, at)):
        first, last = int(match.group(1)), int(match.group(2))
        if _FIRST_YEAR <= first < last <= min(first + 100, _LAST_YEAR):
            return _Structured(at, match.end(), "year_range", Decimal(first))
    return None


def _month_tails(text: str, months: set[int]) -> dict[int, int]:
    """Where the spaces after the word "tháng" end -> where it starts: a month number may follow."""
    tails = {}
    for start in months:
        if not inside_word(text, start) and (spaces := _SPACES.match(text, start + 5)):
            tails[spaces.end()] = start
    return tails


def _with_weekday(text: str, start: int) -> int:
    """Where a date starts once a weekday before it is included: "Thứ Sáu, 06/11/2020"."""
    weekday = _WEEKDAY_TAIL.search(text, max(0, start - 24), start)
    return weekday.start() if weekday else start


def _day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12
