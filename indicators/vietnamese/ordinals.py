"""Ordinals: "thứ hai", "thứ 5", "lần thứ XVII", "khóa XVII", "đầu tiên"; in English "second", "2nd".

>>> text = "Đại hội XIII, Hà Nội đứng thứ hai"
>>> [(text[o.start : o.end], o.value) for o in vi_ordinals(text, text.lower())]
[('thứ hai', Decimal('2')), ('XIII', Decimal('13'))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from indicators.text import inside_word
from indicators.vietnamese.numerals import NUMERAL, numeral_value, roman_value, whole
from indicators.vietnamese.words import TOKEN, WORD_RUN, longest_words

EN_SUFFIX = re.compile(r"(st|nd|rd|th)(?!\w)", re.IGNORECASE)
"""The suffix of an English ordinal numeral, right after its digits ("2nd")."""

_VI_ORDINAL = re.compile(r"t(?<!\wt)hứ\s+")
_VI_ORDINAL_WORD = re.compile(r"(nhất|nhì|tư|năm)(?!\w)", re.IGNORECASE)
_VI_ORDINAL_WORDS = {"nhất": 1, "nhì": 2, "tư": 4, "năm": 5}
_ROMAN = re.compile(r"[IVXLCDM]+(?![\w/])")
# A Roman numeral after a cue word ("khóa XVII", "Đại hội XIII"): the numeral is found first, in
# the text as given (upper case, after a space, a whole word), then the cue before it is matched
# in the lowercased text read backwards (``_reversed_cue`` turns the cue patterns around).
_ROMAN_CUES = (
    "khóa",
    "khoá",
    "kỳ",
    "kì",
    r"[đð]ại\s+hội",
    r"hội\s+nghị",
    r"thế\s+k[ỷỉ]",
    "chương",
    "phần",
    "mục",
    "quý",
    "lần",
)
_ROMAN_AFTER_SPACE = re.compile(r"[IVXLCDM](?<=\s[IVXLCDM])[IVXLCDM]*(?![\w/])")
_FIRST = re.compile(r"đ(?<!\wđ)ầu\s+tiên(?!\w)")
_EN_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_WORD = re.compile(r"(?<!\w)(" + "|".join(_EN_WORDS) + r")(?!\w)")


def _reversed_cue(pattern: str) -> str:
    return "".join(reversed(re.findall(r"\\s\+|\[[^\]]*\]|.", pattern)))


_ROMAN_CUE_BEHIND = re.compile(r"\s+(?:" + "|".join(map(_reversed_cue, _ROMAN_CUES)) + ")")


class Ordinal(NamedTuple):
    """An ordinal's span and its value."""

    start: int
    end: int
    value: Decimal


def vi_ordinals(text: str, lower: str) -> Iterator[Ordinal]:
    """The Vietnamese ordinals of ``text`` (``lower`` is it lowercased, offsets unchanged)."""
    if "thứ" in lower:
        for match in _VI_ORDINAL.finditer(lower):
            if (found := _after_thu(text, lower, match.end())) is not None:
                value, end = found
                yield Ordinal(match.start(), end, whole(value))
    backwards = ""
    for numeral in _ROMAN_AFTER_SPACE.finditer(text):
        backwards = backwards or lower[::-1]
        cue = _ROMAN_CUE_BEHIND.match(backwards, len(lower) - numeral.start())
        if (
            cue is not None
            and not inside_word(lower, len(lower) - cue.end())
            and (cue_value := roman_value(numeral.group())) is not None
        ):
            yield Ordinal(numeral.start(), numeral.end(), whole(cue_value))
    if "tiên" in lower:
        for match in _FIRST.finditer(lower):
            yield Ordinal(match.start(), match.end(), Decimal(1))


def _after_thu(text: str, lower: str, position: int) -> tuple[int, int] | None:
    """The value of the ordinal after "thứ " at ``position``, and where it ends."""
    if roman := _ROMAN.match(text, position):
        value = roman_value(roman.group())
        if value is not None:
            return value, roman.end()
    elif numeral := NUMERAL.match(text, position):
        try:
            number = numeral_value(numeral.group(), "vi")
        except ValueError:
            return None
        if number == number.to_integral_value():
            return int(number), numeral.end()
    elif run := WORD_RUN.match(lower, position):
        tokens = list(TOKEN.finditer(run.group()))
        found = longest_words([token.group() for token in tokens], lone_ok=True)
        if found is not None:
            return found[0], position + tokens[found[1] - 1].end()
    if word := _VI_ORDINAL_WORD.match(text, position):
        return _VI_ORDINAL_WORDS[word.group(1).lower()], word.end()
    return None


def en_ordinal_words(lower: str) -> Iterator[Ordinal]:
    """The English ordinal words of lowercased ``lower`` ("first" to "tenth")."""
    for match in _EN_WORD.finditer(lower):
        yield Ordinal(match.start(), match.end(), Decimal(_EN_WORDS[match.group(1)]))
