"""Hedge words: the words before a figure that say it is approximate, a bound, an estimate or a goal.

Each is read as a qualifier code (:class:`indicators.model.Qualifier` spells them)::

    >>> text = "Năm 2023, thành phố ước đón khoảng 24,1 triệu lượt khách"
    >>> hedges_before(text, text.index("24,1"), "vi")
    ('approximately',)
    >>> [(word.code, text[word.start : word.end]) for word in hedge_words(text.lower(), "vi")]
    [('estimate', 'ước')]

:func:`hedges_before` reads the hedges right before a number, fillers ("đạt", "ở mức") standing
between; :func:`hedge_words` finds the hedge words that are one wherever they stand ("ước tính",
"dự kiến"), while "hơn" or "trên" only hedge a number that follows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from indicators.languages import LANGS
from indicators.vietnamese.words import DIGIT_WORDS

HEDGES = ("approximately", "nearly", "more_than", "less_than", "at_least", "estimate", "projected", "target")
"""Qualifier codes of hedge words, as :class:`indicators.model.Qualifier` spells them."""

_VI_HEDGE_WORDS = {
    "khoảng": "approximately",
    "khoảng chừng": "approximately",
    "chừng": "approximately",
    "xấp xỉ": "approximately",
    "trên dưới": "approximately",
    "gần": "nearly",
    "hơn": "more_than",
    "trên": "more_than",
    "ước": "estimate",
    "ước đạt": "estimate",
    "ước tính": "estimate",
    "dự kiến": "projected",
    "dự báo": "projected",
    "mục tiêu": "target",
    "phấn đấu": "target",
    "kế hoạch": "target",
    "vượt": "more_than",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "trở lên": "at_least",
}
_VI_FILLERS = (
    "đạt",
    "là",
    "cụ thể là",
    "được",
    "với",
    "có",
    "đạt được",
    "lên",
    "lên tới",
    "lên đến",
    "tới",
    "đến",
    "mức",
    "ở mức",
    "vào",
    "đạt mức",
    "con số",
)
_EN_HEDGE_WORDS = {
    "about": "approximately",
    "around": "approximately",
    "approximately": "approximately",
    "roughly": "approximately",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "more than": "more_than",
    "over": "more_than",
    "estimated": "estimate",
    "an estimated": "estimate",
    "projected": "projected",
    "expected": "projected",
    "target": "target",
    "targeted": "target",
}
_EN_FILLERS = (
    "of",
    "at",
    "to",
    "reach",
    "reached",
    "reaching",
    "be",
    "is",
    "was",
    "were",
    "are",
    "been",
    "an",
    "a",
    "by",
    "totalled",
    "totaled",
    "totalling",
    "totaling",
    "stood at",
)
HEDGE_TABLE = {"vi": _VI_HEDGE_WORDS, "en": _EN_HEDGE_WORDS}
"""Each language's hedge phrases (lowercase, words separated by one space) and their codes."""
_FILLER_SET = {"vi": frozenset(_VI_FILLERS), "en": frozenset(_EN_FILLERS)}
_NUMBERISH = frozenset({"nhất", "nhì", "tư", "mười", *(w for w in DIGIT_WORDS if w != "năm")})
# Each alternative starts with a letter, not a look-behind, so the engine can skip ahead to it.
_ANYWHERE = {
    "vi": re.compile(
        r"(x(?<!\wx)ấp\s+xỉ|ư(?<!\wư)ớc\s+(?:tính|đạt)|d(?<!\wd)ự\s+(?:kiến|báo)"
        r"|m(?<!\wm)ục\s+tiêu|p(?<!\wp)hấn\s+đấu|k(?<!\wk)ế\s+hoạch|t(?<!\wt)rở\s+lên"
        r"|ư(?<!\wư)ớc(?<!mong ước)(?<!hiệp ước)(?<!công ước)(?<!quy ước)(?<!điều ước)"
        r"(?!\s+(?:mơ|muốn|vọng|nguyện|ao|mong)(?!\w)))(?!\w)"
    ),
    "en": re.compile(
        r"(a(?<!\wa)pproximately|e(?<!\we)(?:stimated|xpected)|p(?<!\wp)rojected"
        r"|t(?<!\wt)arget(?:ed)?)(?!\w)"
    ),
}
_WINDOW = 120  # how far before a number its hedges are read
_PEEK = 40  # most hedges are read from this much text; the whole window only when needed


class HedgeWord(NamedTuple):
    """A hedge word that is one wherever it stands, and its span."""

    code: str
    start: int
    end: int


class _Phrase(NamedTuple):
    """A hedge or filler phrase, listed under its last word."""

    size: int  # how many words it has
    before: list[str]  # the words before its last
    text: str
    code: str | None  # None for a filler


def _phrases_by_last_word(lang: str) -> dict[str, tuple[_Phrase, ...]]:
    phrases: dict[str, str | None] = {**dict.fromkeys(_FILLER_SET[lang]), **HEDGE_TABLE[lang]}
    index: dict[str, list[_Phrase]] = {}
    for phrase, code in phrases.items():
        words = phrase.split()
        index.setdefault(words[-1], []).append(_Phrase(len(words), words[:-1], phrase, code))
    return {last: tuple(sorted(found, key=lambda item: -item.size)) for last, found in index.items()}


PHRASES = {lang: _phrases_by_last_word(lang) for lang in LANGS}
"""Each language's hedge and filler phrases by their last word, longest first."""


def hedge_words(lower: str, lang: str, start: int = 0, end: int | None = None) -> Iterator[HedgeWord]:
    """The hedge words in lowercased ``lower[start:end]`` that hedge wherever they stand."""
    table = HEDGE_TABLE[lang]
    found = (
        _ANYWHERE[lang].finditer(lower, start) if end is None else _ANYWHERE[lang].finditer(lower, start, end)
    )
    for match in found:
        yield HedgeWord(table[" ".join(match.group(1).split())], match.start(), match.end())


def hedges_before(text: str, start: int, lang: str, *, hang: bool = False) -> tuple[str, ...]:
    """Qualifier codes of the hedge words right before ``start`` (fillers may stand between).

    With ``hang``, "hàng" right before ("hàng trăm") reads as more than.
    """
    if not start or not text[start - 1].isspace():
        return ()
    if start > _PEEK:  # the words of a shorter window give the same answer, if it is enough
        peek = text[start - _PEEK : start]
        if not hang and len(last := peek.rsplit(None, 1)) > 1 and last[1].lower() not in PHRASES[lang]:
            return ()  # the common case: the word before (a whole one) is no hedge nor filler
        peeked = _hedge_codes(peek.lower().split(), lang, hang, cut=True)
        if peeked is not None:
            return peeked
    low = max(0, start - _WINDOW)
    window = text[low:start]
    words = window.lower().split()
    if low and words and not window[0].isspace() and not text[low - 1].isspace():
        del words[0]  # cut in the middle
    return _hedge_codes(words, lang, hang, cut=False) or ()


def _hedge_codes(words: list[str], lang: str, hang: bool, *, cut: bool) -> tuple[str, ...] | None:
    """Hedge codes read from the end of ``words``; with ``cut``, None if that needs ``words[0]``.

    With ``cut`` the first word may be a piece of a longer one, or have more words before it, so
    an answer that reads it (or reads all the words) could differ from the whole window's.
    """
    found: list[str] = []
    count = len(words)  # the words not read yet
    if hang and count and words[-1] == "hàng":
        if cut and count < 2:
            return None
        found.append("more_than")
        count -= 1
    phrases = PHRASES[lang]
    while True:
        if cut and count < 4:  # phrases have up to three words: the fourth must stay unread
            return None
        if not count or (options := phrases.get(words[count - 1])) is None:
            break
        for option in options:  # the longest phrase that ends the words
            if option.size <= count and (
                option.size == 1 or words[count - option.size : count - 1] == option.before
            ):
                break
        else:
            break
        count -= option.size
        if option.text == "trên" and count:
            if cut and count < 2:
                return None
            if _ranked_before(words, count):
                break  # "thứ 5 trên 63 tỉnh": out of, not more than
        if option.code is not None and option.code not in found:
            found.append(option.code)
    return tuple(reversed(found))


def _ranked_before(words: list[str], count: int) -> bool:
    """Whether ``words[:count]`` ends with a rank ("thứ 5", "thứ tư", "nhất"), so that "trên"
    after it means "out of"; "đầu tư trên 48 tỷ USD" is no rank."""
    last = words[count - 1]
    if last[-1].isdigit() or last in ("nhất", "nhì"):
        return True
    return last in _NUMBERISH and count >= 2 and words[count - 2] == "thứ"
