"""Vietnamese number words: "hai mươi lăm" is 25, "hai tỷ ba trăm triệu" 2,300,000,000::

    >>> words_value("hai mươi lăm".split(), lone_ok=True), longest_words(["mười", "lăm", "tỷ"], lone_ok=True)
    (25, (15000000000, 3))
    >>> words_value(["năm"], lone_ok=True), words_value(["năm"], lone_ok=False)
    (5, None)

"năm" alone is more often the year word than five, so it only reads as 5 where the caller says a
lone digit word is a number (``lone_ok``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

DIGIT_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
SCALE_EXP = {"nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9}
"""The scale words that may stand after a number, with their powers of ten."""
SCALE_WORD_EXP = {
    **SCALE_EXP,
    "trăm": 2,
    "chục": 1,
    "thousand": 3,
    "million": 6,
    "mn": 6,
    "billion": 9,
    "bn": 9,
    "trillion": 12,
    "tn": 12,
}
"""Every scale word after a numeral, Vietnamese and English, with its power of ten."""
BARE_WORDS = frozenset({"trăm", "chục", *SCALE_EXP})
"""Words that are a number alone ("trăm" is 100) but more often a scale after one."""
NUMBER_WORDS = (
    *DIGIT_WORDS,
    "mốt",
    "tư",
    "lăm",
    "nhăm",
    "mười",
    "mươi",
    "trăm",
    "linh",
    "lẻ",
    "chục",
    *SCALE_EXP,
)
VI_SCALE_WORD = r"\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)(?!\w)"
"""A Vietnamese scale word after a number and the spaces before it (the word is group 1)."""

_AFTER_MUOI = {
    **{w: d for w, d in DIGIT_WORDS.items() if w != "năm"},
    "mốt": 1,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
}  # units after "hai mươi"
_AFTER_MUOI_TEN = {w: d for w, d in _AFTER_MUOI.items() if w != "mốt"}  # units after "mười"
_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)"

WORD_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD})*")
"""A run of number words, in lowercased text (after "thứ", where any run may be an ordinal)."""
TOKEN = re.compile(r"\S+")

IDIOMS = {
    "một": frozenset(
        {
            "số",
            "cách",
            "vài",
            "chút",
            "ít",
            "mình",
            "khi",
            "loạt",
            "thời",
            "lúc",
            "trong",
            "chiều",
            "cửa",
            "phần",
            "mực",
            "mai",
            "lát",
            "nỗi",
            "hai",
        }
    ),
    "ba": frozenset({"mẹ", "má"}),
    "chín": frozenset({"chắn", "muồi", "mọng", "rộ", "tới"}),
}
"""Words after which a number word is part of an idiom, not a count ("một số", "chín chắn")."""
NOT_AFTER_BARE = frozenset({"lệ", "trọng", "giá", "số", "suất", "phú", "tập", "chứng", "hồi", "vật", "sự"})
"""Words after which a bare scale word is no number ("tỷ lệ", "triệu phú")."""


def words_value(tokens: list[str], *, lone_ok: bool) -> int | None:
    """Value of Vietnamese number words ("hai mươi lăm" -> 25), or None if they are not one."""
    if not tokens:
        return None
    scales = [(exp, index) for index, token in enumerate(tokens) if (exp := SCALE_EXP.get(token)) is not None]
    if not scales:
        return _below_thousand(tokens, lone_ok=lone_ok)
    exp, index = max(scales)  # the largest scale word, its last occurrence
    left = words_value(tokens[:index], lone_ok=True) if index else 1
    right = words_value(tokens[index + 1 :], lone_ok=False) if index + 1 < len(tokens) else 0
    factor: int = 10**exp
    if left is None or right is None or right >= factor:
        return None
    return left * factor + right


class _Hundreds(NamedTuple):
    """The hundreds a run of number words starts with ("hai trăm": 200), and how many words say them."""

    value: int
    words: int


def _below_thousand(tokens: list[str], *, lone_ok: bool) -> int | None:
    hundreds = _hundreds(tokens)
    rest = tokens[hundreds.words :]
    if not rest:
        return hundreds.value if hundreds.words else None
    below = _below_hundred(rest, lone_ok=lone_ok, after_hundreds=bool(hundreds.words))
    return None if below is None else hundreds.value + below


def _hundreds(tokens: list[str]) -> _Hundreds:
    """Read "hai trăm" (200) or a lone "trăm" (100) at the start of ``tokens``, else no hundreds."""
    if len(tokens) >= 2 and tokens[0] in DIGIT_WORDS and tokens[1] == "trăm":
        return _Hundreds(DIGIT_WORDS[tokens[0]] * 100, 2)
    if tokens[0] == "trăm":
        return _Hundreds(100, 1)
    return _Hundreds(0, 0)


def _below_hundred(rest: list[str], *, lone_ok: bool, after_hundreds: bool) -> int | None:
    """Read the tens and units of a number in words ("linh năm", "mười lăm", "hai mươi mốt", "ba
    chục"); "chục" and a lone digit word only where no hundreds came before."""
    head = rest[0]
    if head in ("linh", "lẻ"):
        return DIGIT_WORDS[rest[1]] if len(rest) == 2 and rest[1] in DIGIT_WORDS else None
    if head == "mười":
        if len(rest) == 1:
            return 10
        unit = _AFTER_MUOI_TEN.get(rest[1]) if len(rest) == 2 else None
        return None if unit is None else 10 + unit
    if head == "chục" and len(rest) == 1 and not after_hundreds:
        return 10
    if head not in DIGIT_WORDS:
        return None
    digit = DIGIT_WORDS[head]
    if len(rest) >= 2 and rest[1] == "mươi":
        if len(rest) == 2:
            return 10 * digit
        unit = _AFTER_MUOI.get(rest[2]) if len(rest) == 3 else None
        return None if unit is None else 10 * digit + unit
    if len(rest) == 2 and rest[1] == "chục" and not after_hundreds:
        return 10 * digit
    if len(rest) == 1 and not after_hundreds and (lone_ok or head != "năm"):
        return digit
    return None


def longest_words(tokens: list[str], *, lone_ok: bool) -> tuple[int, int] | None:
    """The value and length of the longest run of leading ``tokens`` that reads as a number."""
    for size in range(len(tokens), 0, -1):
        value = words_value(tokens[:size], lone_ok=lone_ok)
        if value is not None:
            return value, size
    return None


LONE_VALUES = {word: words_value([word], lone_ok=False) for word in NUMBER_WORDS}
"""Each number word's value alone, or None for those that are no number alone ("mươi", "năm")."""


@lru_cache(maxsize=1024)
def longest_run(words: tuple[str, ...]) -> tuple[int, int] | None:
    """:func:`longest_words` of a run of several number words (not ``lone_ok``), remembered."""
    return longest_words(list(words), lone_ok=False)


def _run_start() -> str:
    """Number-word alternatives grouped by first letter, each checked to start a word.

    A word that is no number alone ("năm" before a year, "tư" in "đầu tư") only starts a run
    when another number word follows it.
    """
    tails: dict[str, list[str]] = {}
    for word in sorted(NUMBER_WORDS, key=len, reverse=True):
        needs_more = rf"(?=\s+{_WORD})" if LONE_VALUES[word] is None else ""
        tails.setdefault(word[0], []).append(word[1:] + needs_more)
    return "|".join(rf"{first}(?<!\w{first})(?:{'|'.join(ends)})" for first, ends in tails.items())


WORD_RUN_AT_START = re.compile(rf"(?:{_run_start()})(?!\w)(?:\s+{_WORD})*")
"""Runs of number words that may hold a number, from the start of a word, in lowercased text.

The look-behind follows each alternative's first letter, so the engine still skips ahead to
likely first letters.
"""
