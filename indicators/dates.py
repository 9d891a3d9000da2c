"""Years, dates and times in a text, as the scanner (:mod:`indicators.scan`) reads them::

    >>> text = "Thứ Sáu, 06/11/2020, 09:32, giai đoạn 2016-2020, năm 2023 thành phố đón"
    >>> [(text[item.start : item.end], item.kind) for item in dates_and_times(text, text.lower(), set())]
    [('Thứ Sáu, 06/11/2020', 'date'), ('09:32', 'time'), ('2016-2020', 'year_range')]
    >>> from indicators.vietnamese import find_quantities
    >>> [quantity] = find_quantities("năm 2023 thành phố đón")
    >>> quantity.unit, calendar("năm 2023 thành phố đón", "năm 2023 thành phố đón", quantity)
    ('cities', Structured(start=4, end=8, kind='year', value=Decimal('2023')))

:func:`dates_and_times` finds those that start at a run of digits; :func:`calendar` reads a
quantity the number reader found as the year or quarter the word before it names ("năm 2023
thành phố đón" counts no 2023 cities).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from indicators.text import inside_word
from indicators.vietnamese.spans import QuantitySpan


class Structured(NamedTuple):
    """A year, date, time or code: a mention with no unit, hedge or denominator."""

    start: int
    end: int
    kind: str
    value: Decimal | None = None


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
YEAR = re.compile(r"[12][0-9]{3}")
"""Four digits that may be a year (from :data:`FIRST_YEAR` to :data:`LAST_YEAR`)."""
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # a class first, not a repeat: the engine skips to it
# The runs of digits a time, date or year range may start with, where no "tháng" is about: one or
# two digits before ":", "/", "." or "-", or four before a dash or a space.
_DATE_LIKE = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9]?(?=[:/.\-])|[0-9]{3}(?=[-–—\s]))")
_DASHES = frozenset("-–—")
_DATE_MARKS = frozenset("/.-")
_CLOCK_OR_DATE_MARKS = _DATE_MARKS | {":"}
FIRST_YEAR, LAST_YEAR = 1000, 2199
_YEAR_DIGITS = re.compile(r"[12][0-9]{3}(?![0-9]|[.,][0-9])")
_AFTER_YEAR_WORD = re.compile(r"(?<!\w)năm(?:\s+[12][0-9]{3}\s*(?:,|và|hoặc|-|–))*\s+$")
_QUARTER_DIGIT = re.compile(r"[1-4](?![0-9]|[.,][0-9])")
_AFTER_QUARTER_WORD = re.compile(r"(?<!\w)quý\s+$")


def dates_and_times(text: str, lower: str, fractions: set[int]) -> Iterator[Structured]:
    """The times, dates and year ranges of ``text`` that start at a run of digits, in order.

    ``lower`` is ``text`` lowercased character for character; ``fractions`` are where the
    fractions with a unit start ("23/24 chỉ tiêu"), which are no dates.
    """
    months = {match.start() for match in _MONTH_WORD.finditer(lower)}  # where "tháng" starts
    tails = _month_tails(text, months)
    if months:
        runs: Iterator[tuple[int, int]] = (match.span() for match in _DIGIT_RUN.finditer(text))
    else:
        runs = (match.span() for match in _DATE_LIKE.finditer(text))
    for at, run_end in runs:
        if _may_start_date(text, at, run_end, months, tails) and (
            found := _anchored_at(text, at, run_end, fractions, months, tails)
        ):
            yield found


def calendar(text: str, lower: str, quantity: QuantitySpan) -> Structured | None:
    """The year or quarter a quantity of ``text`` read as a count is, if the word before says so.

    A number right after "năm" is a year ("năm 2023 thành phố đón" is no count of 2023 cities),
    and so is one after "năm 2023 và"; one right after "quý" is a quarter ("quý 3 thành phố").
    """
    start = quantity.start
    if not "1" <= text[start] <= "4":  # no year nor quarter starts here
        return None
    if (
        (year := _YEAR_DIGITS.match(text, start))
        and FIRST_YEAR <= int(year.group()) <= LAST_YEAR
        and _AFTER_YEAR_WORD.search(lower, max(0, start - 40), start)
    ):
        return Structured(start, year.end(), "year", Decimal(year.group()))
    if (quarter := _QUARTER_DIGIT.match(text, start)) and _AFTER_QUARTER_WORD.search(
        lower, max(0, start - 8), start
    ):
        return Structured(lower.rindex("quý", 0, start), quarter.end(), "date")
    return None


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


def _anchored_at(
    text: str, at: int, run_end: int, fractions: set[int], months: set[int], tails: dict[int, int]
) -> Structured | None:
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
        return Structured(at, match.end(), "time")
    if (
        after in _DATE_MARKS
        and (match := _DATE_FULL.match(text, at))
        and _day_month(match.group(1), match.group(3))
    ):
        return Structured(_with_weekday(text, at), match.end(), "date")
    if (
        months
        and after.isspace()
        and (match := _DATE_LONG.match(text, at))
        and _day_month(match.group(1), match.group(2))
    ):
        return Structured(at, match.end(), "date")
    if (
        (tail := tails.get(at)) is not None
        and tail >= at - _MONTH_REACH
        and (match := _MONTH.match(text, at))
        and 1 <= int(match.group(1)) <= 12
    ):
        return Structured(tail, match.end(), "date")  # "tháng 2-2019", "tháng 10"
    if after == "/":
        if (match := _MONTH_YEAR.match(text, at)) and 1 <= int(match.group(1)) <= 12:
            return Structured(at, match.end(), "date")
        # "23/24 chỉ tiêu" and "6/10 dự án" are fractions: a unit follows them.
        if (
            (match := _DAY_MONTH.match(text, at))
            and _day_month(match.group(1), match.group(2))
            and at not in fractions
        ):
            return Structured(_with_weekday(text, at), match.end(), "date")
    return None


def _anchored_at_year(text: str, at: int, after: str) -> Structured | None:
    """An ISO date ("2020-11-06") or a year range ("2016-2020") starting at four digits, if any."""
    if after == "-" and (match := _DATE_ISO.match(text, at)) and _day_month(match.group(3), match.group(2)):
        return Structured(at, match.end(), "date")
    if (after in _DASHES or after.isspace()) and (match := _YEAR_RANGE.match(text, at)):
        first, last = int(match.group(1)), int(match.group(2))
        if FIRST_YEAR <= first < last <= min(first + 100, LAST_YEAR):
            return Structured(at, match.end(), "year_range", Decimal(first))
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
