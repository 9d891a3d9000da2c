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
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from indicators.numbers import QuantitySpan, find_quantities

KINDS = ("quantity", "ordinal", "fraction", "year", "year_range", "date", "time", "code")


@dataclass(frozen=True)
class Mention:
    """One number mention: its span in the text as given, its kind and what it reads as."""

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None


_Found = tuple[int, int, str, Decimal | None]  # start, end, kind, value (structured mentions)

_JOINERS = r"\-/+.:_@#&=?~"
_MIXED_TOKEN = re.compile(  # a token holding both a digit and a letter
    rf"(?<![\w$])(?=[\w${_JOINERS}]*[0-9])(?=[\w${_JOINERS}]*[^\W\d_])[\w$]+(?:[{_JOINERS}]+[\w$]+)*")
_CLOCK_TOKEN = re.compile(r"([01]?[0-9]|2[0-3])[hg]([0-5][0-9])?")
_CLOCK = re.compile(
    r"(?<![0-9:.,])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9:]|[.,][0-9])")
_WEEKDAY_TAIL = re.compile(
    r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?$", re.I)
_BEFORE = r"(?<![0-9.,/])"
_AFTER = r"(?![0-9]|[/.,-][0-9])"
_DATE_FULL = re.compile(
    rf"{_BEFORE}([0-3]?[0-9])([/.\-])([01]?[0-9])\2([12][0-9]{{3}}){_AFTER}", re.I)
_DATE_ISO = re.compile(rf"{_BEFORE}([12][0-9]{{3}})-([01][0-9])-([0-3][0-9]){_AFTER}")
_DATE_LONG = re.compile(
    rf"{_BEFORE}([0-3]?[0-9])\s+tháng\s+([01]?[0-9])(?:\s+năm\s+([12][0-9]{{3}}))?{_AFTER}", re.I)
_MONTH_TAIL = re.compile(r"(?<!\w)tháng\s+$", re.I)
_MONTH = re.compile(
    rf"([01]?[0-9])(?:\s*[/.\-]\s*([12][0-9]{{3}})|\s+năm\s+([12][0-9]{{3}}))?"
    rf"{_AFTER}", re.I)
_MONTH_YEAR = re.compile(rf"{_BEFORE}([01]?[0-9])/([12][0-9]{{3}}){_AFTER}")
_DAY_MONTH = re.compile(rf"{_BEFORE}([0-3]?[0-9])/([01]?[0-9]){_AFTER}", re.I)
_YEAR_RANGE = re.compile(rf"{_BEFORE}([12][0-9]{{3}})\s*[-–—]\s*([12][0-9]{{3}}){_AFTER}")
_YEAR = re.compile(r"[12][0-9]{3}")
_DIGIT_START = re.compile(r"(?<![0-9])[0-9]")
_DIGITS = re.compile(r"[0-9]+(?:[.,/:\-][0-9]+)*")
_FIRST_YEAR, _LAST_YEAR = 1000, 2199


def find_mentions(text: str) -> list[Mention]:
    """Every number mention in ``text``, sorted by start and never overlapping."""
    return list(_find_mentions(text))


@lru_cache(maxsize=64)  # small: enough for the checks' repeated reads of one quote
def _find_mentions(text: str) -> tuple[Mention, ...]:
    normal, starts, ends = _nfc(text)
    taken = bytearray(len(normal))
    found: list[tuple[int, int, str, Decimal | None, QuantitySpan | None]] = []

    def take(start: int, end: int, kind: str, value: Decimal | None,
             span: QuantitySpan | None = None) -> None:
        if start < end and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, kind, value, span))

    quantities = find_quantities(normal)
    fractions = {span.start for span in quantities
                 if span.kind == "fraction" and span.quantity.unit is not None}
    for rule in _RULES:
        for start, end, kind, value in rule(normal, fractions):
            take(start, end, kind, value)
    for span in quantities:
        kind, value = _year_or_quantity(normal, span)
        take(span.start, span.end, kind, value, span)
    for match in _DIGITS.finditer(normal):  # whatever digit no rule read
        for start, end in _free_runs(taken, match.start(), match.end()):
            take(start, end, "code", None)
    mentions = []
    for start, end, kind, value, source in sorted(found, key=lambda item: item[0]):
        original_start, original_end = starts[start], ends[end - 1]
        quantity = source.quantity if source is not None and kind != "year" else None
        mentions.append(Mention(
            original_start, original_end, text[original_start:original_end], kind, value,
            quantity.unit if quantity else None, quantity.hedges if quantity else (),
            quantity.out_of if quantity else None,
        ))
    return tuple(mentions)


def _year_or_quantity(text: str, span: QuantitySpan) -> tuple[str, Decimal]:
    quantity = span.quantity
    if (span.kind == "quantity" and quantity.unit is None and not quantity.hedges
            and _YEAR.fullmatch(text, span.start, span.end)
            and _FIRST_YEAR <= quantity.value <= _LAST_YEAR):
        return "year", quantity.value
    return span.kind, quantity.value


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

def _codes(text: str, _fractions: set[int]) -> Iterator[_Found]:
    for match in _MIXED_TOKEN.finditer(text):
        kind = "time" if _CLOCK_TOKEN.fullmatch(match.group()) else "code"
        yield match.start(), match.end(), kind, None


def _anchored(text: str, fractions: set[int]) -> Iterator[_Found]:
    """Times, dates and year ranges, tried at each run of digits (much faster than searching)."""
    for digit in _DIGIT_START.finditer(text):
        found = _anchored_at(text, digit.start(), fractions)
        if found is not None:
            yield found


def _anchored_at(text: str, at: int, fractions: set[int]) -> _Found | None:
    if match := _CLOCK.match(text, at):
        return at, match.end(), "time", None
    if (match := _DATE_FULL.match(text, at)) and _day_month(match.group(1), match.group(3)):
        return _with_weekday(text, at), match.end(), "date", None
    if (match := _DATE_ISO.match(text, at)) and _day_month(match.group(3), match.group(2)):
        return at, match.end(), "date", None
    if (match := _DATE_LONG.match(text, at)) and _day_month(match.group(1), match.group(2)):
        return at, match.end(), "date", None
    if ((month := _MONTH_TAIL.search(text, max(0, at - 12), at))
            and (match := _MONTH.match(text, at)) and 1 <= int(match.group(1)) <= 12):
        return month.start(), match.end(), "date", None
    if (match := _MONTH_YEAR.match(text, at)) and 1 <= int(match.group(1)) <= 12:
        return at, match.end(), "date", None
    # "23/24 chỉ tiêu" and "6/10 dự án" are fractions: a unit follows them.
    if ((match := _DAY_MONTH.match(text, at)) and _day_month(match.group(1), match.group(2))
            and at not in fractions):
        return _with_weekday(text, at), match.end(), "date", None
    if match := _YEAR_RANGE.match(text, at):
        first, last = int(match.group(1)), int(match.group(2))
        if _FIRST_YEAR <= first < last <= min(first + 100, _LAST_YEAR):
            return at, match.end(), "year_range", Decimal(first)
    return None


def _with_weekday(text: str, start: int) -> int:
    """Where a date starts once a weekday before it is included: "Thứ Sáu, 06/11/2020"."""
    weekday = _WEEKDAY_TAIL.search(text, max(0, start - 24), start)
    return weekday.start() if weekday else start


def _day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_RULES: tuple[Callable[[str, set[int]], Iterator[_Found]], ...] = (_codes, _anchored)


def _nfc(text: str) -> tuple[str, Sequence[int], Sequence[int]]:
    """``text`` in NFC, and for each of its characters the span of the original it came from."""
    if unicodedata.is_normalized("NFC", text):
        return text, range(len(text)), range(1, len(text) + 1)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cluster = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            piece = unicodedata.normalize("NFC", text[cluster:index])
            out.append(piece)
            starts.extend([cluster] * len(piece))
            ends.extend([index] * len(piece))
            cluster = index
    return "".join(out), starts, ends
