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

from indicators.dates import FIRST_YEAR, LAST_YEAR, YEAR, calendar, dates_and_times
from indicators.text import to_nfc
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


# A code is a token holding both a digit and a letter: characters of [\w$] joined by these.
_JOINERS = frozenset("-/+.:_@#&=?~")
_TOKEN_EXTRA = _JOINERS | {"$"}  # in a token besides word characters
_JOINER_ONLY = _JOINERS - {"_"}  # joiners that are not word characters themselves
_TOKEN_TAIL = re.compile(r"[\w$\-/+.:_@#&=?~]*")
# Where a code may be: a run of digits with another character of a token right before or after
# it, other than a joiner between it and more digits (the match starts where the run does;
# "2004" alone in "Năm 2004," is none, and neither is "108.900" or "2016-2020"). A token holding
# a letter has such a run: the runs that single joiners link meet, at one end or the other,
# something else of the token, or the token would be digits and joiners alone.
_JOINER = r"[\-/+.:_@#&=?~]"
_CODE_SEED = re.compile(
    rf"[0-9](?<![0-9][0-9])(?:(?<=(?:[^\W_]|\$)[0-9])|(?<={_JOINER}[0-9])(?<![0-9]{_JOINER}[0-9])"
    rf"|[0-9]*(?![0-9])(?=[^\W_]|\$|{_JOINER}(?![0-9])))"
)
_LETTER = re.compile(r"[^\W\d_]")
_CLOCK_TOKEN = re.compile(r"([01]?[0-9]|2[0-3])[hg]([0-5][0-9])?")
# Digits, and the single separators between them: where a digit no rule read may be.
_SEPARATORS = ".,/:-"
_DIGITS = re.compile(rf"[0-9]+(?:[{re.escape(_SEPARATORS)}][0-9]+)*")
# For bytes.translate: 1 for an ASCII digit (a separator), 0 for any other byte.
_DIGIT_BYTES = bytes(byte in b"0123456789" for byte in range(256))
_SEPARATOR_BYTES = bytes(byte in _SEPARATORS.encode() for byte in range(256))
_START = attrgetter("start")


def find_mentions(text: str) -> list[Mention]:
    """Every number mention in ``text``, sorted by start and never overlapping."""
    return list(_find_mentions(text))


@lru_cache(maxsize=64)  # small: enough for the checks' repeated reads of one quote
def _find_mentions(text: str) -> tuple[Mention, ...]:
    normal, starts, ends = to_nfc(text)
    taken = bytearray(len(normal))  # 1 where a mention already is
    found: list[Mention] = []  # mentions of ``normal``, at its offsets
    lower = lowercase(normal)
    quantities = find_quantities(normal, "vi", lower=lower)
    # Structured mentions first, in this order: codes, then times, dates and year ranges.
    for start, end, kind in _codes(normal):  # codes never overlap one another
        taken[start:end] = b"\x01" * (end - start)
        found.append(Mention(start, end, normal[start:end], kind, None, None))
    _add_dates(normal, lower, quantities, taken, found)
    _add_quantities(normal, lower, quantities, taken, found)
    _add_unread_digits(normal, taken, found)
    found.sort(key=_START)
    if normal is text:  # already NFC: offsets are the same
        return tuple(found)
    return tuple(
        _in_original(text, mention, starts[mention.start], ends[mention.end - 1]) for mention in found
    )


def _add_dates(
    normal: str, lower: str, quantities: Sequence[QuantitySpan], taken: bytearray, found: list[Mention]
) -> None:
    """Add the times, dates and year ranges that overlap no mention."""
    fractions = {
        quantity.start for quantity in quantities if quantity.kind == "fraction" and quantity.unit is not None
    }
    for item in dates_and_times(normal, lower, fractions):
        start, end = item.start, item.end
        if taken.find(1, start, end) < 0:
            taken[start:end] = b"\x01" * (end - start)
            found.append(Mention(start, end, normal[start:end], item.kind, item.value, None))


def _add_quantities(
    normal: str,
    lower: str,
    quantities: Sequence[QuantitySpan],
    taken: bytearray,
    found: list[Mention],
) -> None:
    """Add each quantity that overlaps no mention: the year it is alone or the year or quarter the
    word before names, or itself."""
    for quantity in quantities:
        start, end = quantity.start, quantity.end
        if taken.find(1, start, end) >= 0:
            continue
        kind = quantity.kind
        if kind == "quantity":
            if (
                end - start == 4
                and quantity.unit is None
                and not quantity.hedges
                and YEAR.fullmatch(normal, start, end)
                and FIRST_YEAR <= quantity.value <= LAST_YEAR
            ):
                kind = "year"  # "Năm 2004,": four digits alone
            elif (year := calendar(normal, lower, quantity)) is not None:
                start, end = year.start, year.end  # "năm 2023 thành phố đón": the year 2023
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(start, end, normal[start:end], year.kind, year.value, None))
                continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(
            Mention(
                start,
                end,
                normal[start:end],
                kind,
                quantity.value,
                quantity.unit,
                quantity.hedges,
                quantity.out_of,
            )
        )


def _add_unread_digits(normal: str, taken: bytearray, found: list[Mention]) -> None:
    """Add whatever digits no rule read, and the separators between them, as codes."""
    if _all_digits_read(normal, taken):  # the common case, known without going through the digits
        return
    for match in _DIGITS.finditer(normal):
        if taken.find(0, match.start(), match.end()) >= 0:
            for start, end in _free_runs(taken, match.start(), match.end()):
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(start, end, normal[start:end], "code", None, None))


def _all_digits_read(normal: str, taken: bytearray) -> bool:
    """Whether every digit of ``normal``, and every separator between two digits, is taken.

    Each character is one byte of ``normal`` encoded as ASCII (any other character as "?"), and so
    one byte of a mask of its digits and of one of its separators; the digits and the separators
    with a digit on either side (the masks shifted by a byte) are compared with ``taken`` at once.
    """
    ascii_text = normal.encode("ascii", "replace")
    digits = int.from_bytes(ascii_text.translate(_DIGIT_BYTES), "little")
    separators = int.from_bytes(ascii_text.translate(_SEPARATOR_BYTES), "little")
    readable = digits | (separators & (digits << 8) & (digits >> 8))
    return not readable & ~int.from_bytes(taken, "little")


def _in_original(text: str, mention: Mention, start: int, end: int) -> Mention:
    """A mention of the NFC form of ``text`` moved to ``start:end`` of ``text`` itself."""
    return mention._replace(start=start, end=end, text=text[start:end])


def _free_runs(taken: bytearray, start: int, end: int) -> Iterator[tuple[int, int]]:
    run_start: int | None = None
    for index in range(start, end + 1):
        free = index < end and not taken[index]
        if free and run_start is None:
            run_start = index
        elif not free and run_start is not None:
            yield run_start, index
            run_start = None


# --- codes, claimed before any other mention -----------------------------------------------------


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
