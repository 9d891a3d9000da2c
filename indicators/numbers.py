"""Read and format Vietnamese (and English) numbers with their scale word, unit and hedge words.

Vietnamese groups thousands with "." and marks decimals with ","; English does the reverse.
Values are :class:`~decimal.Decimal` in base units (USD, not billions), never floats::

    >>> parse_number("2.067"), parse_number("8,67"), parse_number("8.67", "en")
    (Decimal('2067'), Decimal('8.67'), Decimal('8.67'))
    >>> read_quantity("khoảng 500.000 tỷ VND")
    Quantity(value=Decimal('500000000000000'), unit='VND', hedges=('approximately',), out_of=None)
    >>> read_quantity("23/24 chỉ tiêu")
    Quantity(value=Decimal('23'), unit='targets', hedges=(), out_of=Decimal('24'))
    >>> read_quantity("đứng thứ hai").value, read_quantity("hai mươi lăm").value
    (Decimal('2'), Decimal('25'))
    >>> format_value(Decimal("2067000000"), "USD", "vi"), format_value(8.67e9, "USD", "en")
    ('2,067 tỷ USD', 'US$8.67 billion')
    >>> format_value(23, "targets", "en", out_of=Decimal(24)), format_number(1234567, "vi")
    ('23 of 24 targets', '1.234.567')
    >>> sorted(hedge_words_in("ước đạt hơn 3.000 cơ sở trên thế giới, hơn nữa"))
    ['estimate', 'more_than']

:func:`find_quantities` finds every quantity, ordinal and fraction in a text; the scanner
(:mod:`indicators.scan`) builds on it. ``format_value`` and ``read_quantity`` round-trip: reading
what was formatted gives back the same value and unit, in both languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache
from operator import itemgetter

LANGS = ("vi", "en")
HEDGES = ("approximately", "nearly", "more_than", "less_than", "at_least", "estimate", "projected",
          "target")
"""Qualifier codes of hedge words, as :class:`indicators.model.Qualifier` spells them."""

_EXACT = Context(prec=100)
_FLOAT_DIGITS = Context(prec=15)
_ONE = Decimal(1)


@dataclass(frozen=True)
class Unit:
    """A unit figures are counted in: its code, its labels and its kind."""

    code: str
    vi_label: str
    en_label: str
    kind: str  # money | percent | count | rank | multiple | rate


UNITS: dict[str, Unit] = {
    unit.code: unit
    for unit in (
        Unit("USD", "USD", "US$", "money"),
        Unit("VND", "đồng", "VND", "money"),
        Unit("percent", "%", "%", "percent"),
        Unit("percentage_points", "điểm phần trăm", "percentage points", "percent"),
        Unit("visits", "lượt", "visits", "count"),
        Unit("visits_per_year", "lượt/năm", "visits/year", "rate"),
        Unit("countries", "quốc gia", "countries", "count"),
        Unit("cities", "địa phương", "localities", "count"),
        Unit("agreements", "thỏa thuận", "agreements", "count"),
        Unit("delegations", "đoàn", "delegations", "count"),
        Unit("projects", "dự án", "projects", "count"),
        Unit("events", "sự kiện", "events", "count"),
        Unit("establishments", "cơ sở lưu trú", "establishments", "count"),
        Unit("targets", "chỉ tiêu", "targets", "count"),
        Unit("people", "người", "people", "count"),
        Unit("years", "năm", "years", "count"),
        Unit("months", "tháng", "months", "count"),
        Unit("days", "ngày", "days", "count"),
        Unit("rank", "thứ hạng", "rank", "rank"),
        Unit("times", "lần", "times", "multiple"),
    )
}

_EN_SINGULAR = {
    "percentage_points": "percentage point", "visits": "visit", "visits_per_year": "visit/year",
    "countries": "country", "cities": "locality", "agreements": "agreement",
    "delegations": "delegation", "projects": "project", "events": "event",
    "establishments": "establishment", "targets": "target", "people": "person", "years": "year",
    "months": "month", "days": "day",
}


@dataclass(frozen=True)
class Quantity:
    """A number as a phrase states it: value in base units, unit code, hedges and denominator."""

    value: Decimal
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None


@dataclass(frozen=True)
class QuantitySpan:
    """A quantity found in a text, with its span (hedge words stay outside the span)."""

    start: int
    end: int
    kind: str  # quantity | ordinal | fraction
    quantity: Quantity


# --- numerals -----------------------------------------------------------------------------------

_NUMERAL = re.compile(r"[0-9](?:[0-9.,]*[0-9])?")
_VI_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")  # "108.900": thousands, the Vietnamese way
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (grouping, decimal mark)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"expected a language among {', '.join(LANGS)}, found {lang!r}")


def parse_number(text: str, lang: str = "vi") -> Decimal:
    """Read a bare number: digits with the language's separators, or Vietnamese number words."""
    _check_lang(lang)
    clean = _clean(text)
    if not clean:
        raise ValueError(f"expected a number, found an empty text {text!r}")
    if _NUMERAL.fullmatch(clean):
        return _numeral_value(clean, lang, text)
    if lang == "vi":
        value = _words_value(clean.lower().split(), lone_ok=True)
        if value is not None:
            return Decimal(value)
    example = "3.302 or 8,67" if lang == "vi" else "3,302 or 8.67"
    raise ValueError(f"expected a number such as {example}, found {text!r}")


def _numeral_value(numeral: str, lang: str, original: str) -> Decimal:
    group, mark = _SEPARATORS[lang]
    problem = f"cannot read {original!r} as a number"
    if numeral.count(mark) > 1:
        raise ValueError(f"{problem}: more than one decimal mark {mark!r}")
    whole, _, fraction = numeral.partition(mark)
    if group in fraction:
        raise ValueError(f"{problem}: {group!r} after the decimal mark {mark!r}")
    groups = whole.split(group)
    if any(not part for part in groups):
        raise ValueError(f"{problem}: separators must stand between digits")
    if len(groups) > 1:
        grouped = 1 <= len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:])
        if grouped:
            whole = "".join(groups)
        elif len(groups) == 2 and not fraction:
            # A lone separator not followed by exactly three digits: read as a decimal mark.
            whole, fraction = groups
        else:
            raise ValueError(f"{problem}: groups of three digits expected after {group!r}")
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


# --- Vietnamese number words --------------------------------------------------------------------

_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9}
_AFTER_MUOI = {**{w: d for w, d in _DIGIT_WORDS.items() if w != "năm"},
               "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}  # units after "hai mươi"
_AFTER_MUOI_TEN = {w: d for w, d in _AFTER_MUOI.items() if w != "mốt"}  # units after "mười"
_SCALE_EXP = {"nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9}
_BARE_WORDS = {"trăm", "chục", *_SCALE_EXP}
_NUMBER_WORDS = (*_DIGIT_WORDS, "mốt", "tư", "lăm", "nhăm", "mười", "mươi", "trăm", "linh", "lẻ",
                 "chục", *_SCALE_EXP)
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)"
# Matched in lowercased text, after "thứ" (ordinals); _WORD_RUN_AT_START finds the others.
_WORD_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD})*")
_TOKEN = re.compile(r"\S+")
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")
_PREV_WORD = re.compile(r"(?<!\w)(\w+)[^\S\n]+$")

# Words after which a number word is part of an idiom, not a count.
_IDIOMS = {
    "một": {"số", "cách", "vài", "chút", "ít", "mình", "khi", "loạt", "thời", "lúc", "trong",
            "chiều", "cửa", "phần", "mực", "mai", "lát", "nỗi", "hai"},
    "ba": {"mẹ", "má"},
    "chín": {"chắn", "muồi", "mọng", "rộ", "tới"},
}
_NOT_AFTER_BARE = {"lệ", "trọng", "giá", "số", "suất", "phú", "tập", "chứng", "hồi", "vật", "sự"}


def _words_value(tokens: list[str], *, lone_ok: bool) -> int | None:
    """Value of Vietnamese number words ("hai mươi lăm" -> 25), or None if they are not one."""
    if not tokens:
        return None
    scales = [(exp, index) for index, token in enumerate(tokens)
              if (exp := _SCALE_EXP.get(token)) is not None]
    if not scales:
        return _below_thousand(tokens, lone_ok=lone_ok)
    exp, index = max(scales)  # the largest scale word, its last occurrence
    left = _words_value(tokens[:index], lone_ok=True) if index else 1
    right = _words_value(tokens[index + 1 :], lone_ok=False) if index + 1 < len(tokens) else 0
    factor: int = 10**exp
    if left is None or right is None or right >= factor:
        return None
    return left * factor + right


def _below_thousand(tokens: list[str], *, lone_ok: bool) -> int | None:
    value, index = 0, 0
    if len(tokens) >= 2 and tokens[0] in _DIGIT_WORDS and tokens[1] == "trăm":
        value, index = _DIGIT_WORDS[tokens[0]] * 100, 2
    elif tokens[0] == "trăm":
        value, index = 100, 1
    rest = tokens[index:]
    if not rest:
        return value if index else None
    head = rest[0]
    if head in ("linh", "lẻ"):
        return value + _DIGIT_WORDS[rest[1]] if len(rest) == 2 and rest[1] in _DIGIT_WORDS else None
    if head == "mười":
        if len(rest) == 1:
            return value + 10
        unit = _AFTER_MUOI_TEN.get(rest[1]) if len(rest) == 2 else None
        return None if unit is None else value + 10 + unit
    if head == "chục" and len(rest) == 1 and not index:
        return 10
    if head not in _DIGIT_WORDS:
        return None
    digit = _DIGIT_WORDS[head]
    if len(rest) >= 2 and rest[1] == "mươi":
        if len(rest) == 2:
            return value + 10 * digit
        unit = _AFTER_MUOI.get(rest[2]) if len(rest) == 3 else None
        return None if unit is None else value + 10 * digit + unit
    if len(rest) == 2 and rest[1] == "chục" and not index:
        return 10 * digit
    if len(rest) == 1 and not index and (lone_ok or head != "năm"):
        return digit
    return None


def _longest_words(tokens: list[str], *, lone_ok: bool) -> tuple[int, int] | None:
    """The value and length of the longest run of leading ``tokens`` that reads as a number."""
    for size in range(len(tokens), 0, -1):
        value = _words_value(tokens[:size], lone_ok=lone_ok)
        if value is not None:
            return value, size
    return None


_LONE_VALUES = {word: _words_value([word], lone_ok=False) for word in _NUMBER_WORDS}


@lru_cache(maxsize=1024)
def _longest_run(words: tuple[str, ...]) -> tuple[int, int] | None:
    """:func:`_longest_words` of a run of several number words (not ``lone_ok``), remembered."""
    return _longest_words(list(words), lone_ok=False)


def _run_start() -> str:
    """Number-word alternatives grouped by first letter, each checked to start a word.

    A word that is no number alone ("năm" before a year, "tư" in "đầu tư") only starts a run
    when another number word follows it.
    """
    tails: dict[str, list[str]] = {}
    for word in sorted(_NUMBER_WORDS, key=len, reverse=True):
        needs_more = rf"(?=\s+{_WORD})" if _LONE_VALUES[word] is None else ""
        tails.setdefault(word[0], []).append(word[1:] + needs_more)
    return "|".join(rf"{first}(?<!\w{first})(?:{'|'.join(ends)})" for first, ends in tails.items())


# Runs of number words as _vi_word_numbers reads them: from the start of a word (the look-behind
# follows the first letter, so the engine still skips to likely first letters), and only those
# that may hold a number.
_WORD_RUN_AT_START = re.compile(rf"(?:{_run_start()})(?!\w)(?:\s+{_WORD})*")


_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_value(numeral: str) -> int | None:
    """Value of an upper-case Roman numeral ("XVII" -> 17), or None if it is not a valid one."""
    if not numeral or not _ROMAN_VALID.fullmatch(numeral):
        return None
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_DIGITS[char]
        following = _ROMAN_DIGITS[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


# --- scale words, units, hedges -----------------------------------------------------------------

_VI_SCALE = re.compile(r"\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)(?!\w)", re.IGNORECASE)
_EN_SCALE = re.compile(r"\s*(thousand|million|billion|trillion|bn|mn|tn)(?!\w)", re.IGNORECASE)
_SCALE_WORD_EXP = {**_SCALE_EXP, "trăm": 2, "chục": 1, "thousand": 3, "million": 6, "mn": 6,
                   "billion": 9, "bn": 9, "trillion": 12, "tn": 12}

# Words after "lượt" that leave its noun unsaid (so "lượt" still counts visits): "lượt trong năm".
_LUOT_GOES_ON = (r"(?:trong|và|so|của|với|năm|từ|đến|tới|vào|nhưng|còn|cùng|hay|hoặc|là|thì|do|bằng"
                 r"|tại|ở|khi|nên|trên|qua|mỗi|mà)(?!\w)")
_CITY = r"(?:thủ\s+đô|thành\s+phố|địa\s+phương|tỉnh|đô\s+thị)"
_VI_UNIT_WORDS = (
    ("visits_per_year", r"lượt(?:\s+(?:du\s+)?khách|\s+người)?\s*/\s*năm"),
    ("percentage_points", r"điểm\s+phần\s+trăm"),
    ("percent", r"phần\s+trăm"),
    ("USD", r"USD|US\$|đô\s*-?\s*la(?:\s+Mỹ)?|đôla(?:\s+Mỹ)?"),
    ("VND", r"VNĐ|VND|đồng(?!\s+(?:chí|bào|nghiệp|thời|hành|minh|đội|tâm|ý|bộ|loạt|đều|hương)\b)"),
    # "lượt" counts visits with "khách" or "người", or alone where the noun is left out ("đạt 7,1
    # triệu lượt", "lượt, tăng 5%"); before another noun it counts times ("336 lượt góp vốn").
    ("visits", rf"lượt(?:\s+(?:du\s+)?khách|\s+người|(?![^\S\n]+(?!{_LUOT_GOES_ON})[^\W\d_]))"
               r"|(?:du\s+)?khách"),
    ("countries", r"quốc\s+gia(?:\s*(?:,|và|hoặc)\s*vùng\s+lãnh\s+thổ)?|vùng\s+lãnh\s+thổ"
                  r"|nước(?!\s+ngoài\b)"),
    ("cities", rf"{_CITY}(?:(?:\s*,\s*|\s+và\s+|\s+hoặc\s+){_CITY})*"),
    ("agreements", r"th(?:ỏa|oả)\s+thuận|hiệp\s+định|biên\s+bản\s+ghi\s+nhớ"),
    ("delegations", r"đoàn"),
    ("projects", r"dự\s+án"),
    ("events", r"sự\s+kiện"),
    ("establishments", r"cơ\s+sở(?:\s+lưu\s+trú)?"),
    ("targets", r"chỉ\s+tiêu"),
    ("people", r"người"),
    ("years", r"năm"),
    ("months", r"tháng"),
    ("days", r"ngày"),
    ("times", r"lần|lượt"),
)
_EN_UNIT_WORDS = (
    ("visits_per_year", r"visits?\s*/\s*(?:year|yr)|visits?\s+(?:a|per)\s+year"),
    ("percentage_points", r"percentage\s+points?|pp"),
    ("percent", r"percent|per\s+cent"),
    ("USD", r"USD|US\s+dollars?|dollars?"),
    ("VND", r"VND|VNĐ|dong"),
    ("visits", r"visits?|visitors?|(?:tourist\s+)?arrivals?"),
    ("countries", r"countries\s+and\s+territories|countries|country|nations?"),
    ("cities", r"(?:partner\s+)?(?:cities|city)|capitals?|partners?|localities|locality"),
    ("agreements", r"agreements?"),
    ("delegations", r"delegations?"),
    ("projects", r"projects?"),
    ("events", r"events?"),
    ("establishments", r"(?:accommodation\s+)?establishments?"),
    ("targets", r"targets?"),
    ("people", r"people|persons?"),
    ("years", r"years?"),
    ("months", r"months?"),
    ("days", r"days?"),
    ("times", r"times|fold"),
)


def _unit_regex(words: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<{code}>{pattern})" for code, pattern in words)
    return re.compile(rf"\s*(?P<percent_sign>%)|\s*(?P<times_sign>×)|(?P<times_x>x)(?!\w)"
                      rf"|\s+(?:{alternatives})(?!\w)", re.IGNORECASE)


_UNIT_AFTER = {"vi": _unit_regex(_VI_UNIT_WORDS), "en": _unit_regex(_EN_UNIT_WORDS)}
_SIGN_UNITS = {"percent_sign": "percent", "times_sign": "times", "times_x": "times"}

_VI_HEDGE_WORDS = {
    "khoảng": "approximately", "khoảng chừng": "approximately", "chừng": "approximately",
    "xấp xỉ": "approximately", "trên dưới": "approximately", "gần": "nearly",
    "hơn": "more_than", "trên": "more_than", "ước": "estimate", "ước đạt": "estimate",
    "ước tính": "estimate", "dự kiến": "projected", "dự báo": "projected", "mục tiêu": "target",
    "phấn đấu": "target", "kế hoạch": "target", "vượt": "more_than", "dưới": "less_than",
    "chưa đến": "less_than", "chưa tới": "less_than", "ít nhất": "at_least", "tối thiểu": "at_least",
    "trở lên": "at_least",
}
_VI_FILLERS = ("đạt", "là", "cụ thể là", "được", "với", "có", "đạt được", "lên", "lên tới",
               "lên đến", "tới", "đến", "mức", "ở mức", "vào", "đạt mức", "con số")
_EN_HEDGE_WORDS = {
    "about": "approximately", "around": "approximately", "approximately": "approximately",
    "roughly": "approximately", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "more than": "more_than", "over": "more_than", "estimated": "estimate",
    "an estimated": "estimate", "projected": "projected", "expected": "projected",
    "target": "target", "targeted": "target",
}
_EN_FILLERS = ("of", "at", "to", "reach", "reached", "reaching", "be", "is", "was", "were", "are",
               "been", "an", "a", "by", "totalled", "totaled", "totalling", "totaling", "stood at")


_HEDGE_TABLE = {"vi": _VI_HEDGE_WORDS, "en": _EN_HEDGE_WORDS}
_FILLER_SET = {"vi": frozenset(_VI_FILLERS), "en": frozenset(_EN_FILLERS)}
_NUMBERISH = frozenset({"nhất", "nhì", "tư", "mười", *(w for w in _DIGIT_WORDS if w != "năm")})
# Each alternative starts with a letter, not a look-behind, so the engine can skip ahead to it.
_ANYWHERE_HEDGES = {
    "vi": re.compile(r"(x(?<!\wx)ấp\s+xỉ|ư(?<!\wư)ớc\s+(?:tính|đạt)|d(?<!\wd)ự\s+(?:kiến|báo)"
                     r"|m(?<!\wm)ục\s+tiêu|p(?<!\wp)hấn\s+đấu|k(?<!\wk)ế\s+hoạch|t(?<!\wt)rở\s+lên"
                     r"|ư(?<!\wư)ớc(?<!mong ước)(?<!hiệp ước)(?<!công ước)(?<!quy ước)(?<!điều ước)"
                     r"(?!\s+(?:mơ|muốn|vọng|nguyện|ao|mong)(?!\w)))(?!\w)"),
    "en": re.compile(r"(a(?<!\wa)pproximately|e(?<!\we)(?:stimated|xpected)|p(?<!\wp)rojected"
                     r"|t(?<!\wt)arget(?:ed)?)(?!\w)"),
}
_HEDGE_WINDOW = 120
_HEDGE_PEEK = 40  # most hedges are read from this much text; the whole window only when needed

# A hedge or filler phrase: how many words it has, the words before its last, itself, its code
# (None for fillers). They are listed under their last word, longest first.
_Phrase = tuple[int, list[str], str, str | None]


def _phrases_by_last_word(lang: str) -> dict[str, tuple[_Phrase, ...]]:
    phrases: dict[str, str | None] = {**dict.fromkeys(_FILLER_SET[lang]), **_HEDGE_TABLE[lang]}
    index: dict[str, list[_Phrase]] = {}
    for phrase, code in phrases.items():
        words = phrase.split()
        index.setdefault(words[-1], []).append((len(words), words[:-1], phrase, code))
    return {last: tuple(sorted(found, key=lambda item: -item[0])) for last, found in index.items()}


_PHRASES = {lang: _phrases_by_last_word(lang) for lang in LANGS}


def _hedges_before(text: str, start: int, lang: str, *, hang: bool = False) -> tuple[str, ...]:
    """Qualifier codes of the hedge words right before ``start`` (fillers may stand between)."""
    if not start or not text[start - 1].isspace():
        return ()
    if start > _HEDGE_PEEK:  # the words of a shorter window give the same answer, if it is enough
        peek = text[start - _HEDGE_PEEK : start]
        if not hang and len(last := peek.rsplit(None, 1)) > 1 and last[1].lower() not in _PHRASES[lang]:
            return ()  # the common case: the word before (a whole one) is no hedge nor filler
        words = peek.lower().split()
        peeked = _hedge_codes(words, lang, hang, cut=True)
        if peeked is not None:
            return peeked
    low = max(0, start - _HEDGE_WINDOW)
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
    phrases = _PHRASES[lang]
    while True:
        if cut and count < 4:  # phrases have up to three words: the fourth must stay unread
            return None
        if not count or (options := phrases.get(words[count - 1])) is None:
            break
        for option in options:  # the longest phrase that ends the words
            if option[0] <= count and (option[0] == 1 or words[count - option[0] : count - 1]
                                       == option[1]):
                break
        else:
            break
        size, _, phrase, code = option
        count -= size
        if phrase == "trên" and count:
            if cut and count < 2:
                return None
            if _ranked_before(words, count):
                break  # "thứ 5 trên 63 tỉnh": out of, not more than
        if code is not None and code not in found:
            found.append(code)
    return tuple(reversed(found))


def _ranked_before(words: list[str], count: int) -> bool:
    """Whether ``words[:count]`` ends with a rank ("thứ 5", "thứ tư", "nhất"), so that "trên"
    after it means "out of"; "đầu tư trên 48 tỷ USD" is no rank."""
    last = words[count - 1]
    if last[-1].isdigit() or last in ("nhất", "nhì"):
        return True
    return last in _NUMBERISH and count >= 2 and words[count - 2] == "thứ"


def hedge_words_in(text: str, lang: str = "vi") -> set[str]:
    """Qualifier codes of all hedge words in ``text`` (ambiguous ones only before a number)."""
    _check_lang(lang)
    clean = _clean(text)
    codes = {code for found in _quantities(clean, lang, False) for code in found[5]}
    table = _HEDGE_TABLE[lang]
    for match in _ANYWHERE_HEDGES[lang].finditer(_lower(clean)):
        codes.add(table[" ".join(match.group(1).lower().split())])
    return codes


def hedges_not_in(text: str, codes: set[str], lang: str = "vi", *, near: int | None = None
                  ) -> set[str]:
    """The qualifier codes of ``codes`` that :func:`hedge_words_in` does not find in ``text``.

    The same answer, read only as far as it needs: the hedges before the numeral at ``near``
    (where the caller expects the figure), then the hedge words read anywhere, then those before
    each numeral that follows a space, and the whole text's quantities only if a code is still
    missing. A hedge read before such a numeral is one the whole reading finds there too: the
    numeral starts a quantity (when it reads as a number), and no quantity found earlier can
    reach over the hedge or filler word right before it, since none of those words is a number,
    scale or unit word (tests/test_numbers.py checks this of the vocabulary).
    """
    _check_lang(lang)
    missing = set(codes)
    if not missing:
        return missing
    clean = _clean(text)
    if (near is not None and lang == "vi" and clean == text
            and (numeral := _NUMERAL_AFTER_SPACE.match(text, near)) is not None):
        missing.difference_update(_numeral_hedges(text, numeral))
        if not missing:
            return missing
    table = _HEDGE_TABLE[lang]
    for match in _ANYWHERE_HEDGES[lang].finditer(_lower(clean)):
        missing.discard(table[" ".join(match.group(1).lower().split())])
    if missing and lang == "vi":
        for match in _NUMERAL_AFTER_SPACE.finditer(clean):
            missing.difference_update(_numeral_hedges(clean, match))
            if not missing:
                break
    if missing:
        missing -= {code for found in _quantities(clean, lang, False) for code in found[5]}
    return missing


def _numeral_hedges(text: str, numeral: re.Match[str]) -> tuple[str, ...]:
    """The hedges of the quantity a numeral after a space starts (none if it reads as no number)."""
    digits = numeral.group()
    if not (digits.isdigit() or ("." not in digits and digits.count(",") == 1)):  # these read
        try:
            _numeral_value(digits, "vi", digits)
        except ValueError:
            return ()  # no quantity starts here
    return _hedges_before(text, numeral.start(), "vi")


# --- finding quantities -------------------------------------------------------------------------

# A numeral right after whitespace (it starts with a digit so the engine can skip ahead to one).
_NUMERAL_AFTER_SPACE = re.compile(r"[0-9](?<=\s[0-9])(?:[0-9.,]*[0-9])?")
_FRACTION = {
    "vi": re.compile(r"/([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![0-9]|[/.,][0-9])"),
    "en": re.compile(r"(?:/|\s+of\s+)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9]|[/.,][0-9])"),
}
# "gấp" and the spaces after it, in lowercased text: a number right after is a multiple.
_GAP_BEFORE = re.compile(r"g(?<!\wg)ấp\s+")
_GAP_REACH = 12  # how far before a number "gấp" may start
# Each starts with a letter, not a look-behind, so the regex engine can skip ahead to it.
_GAP_WORD = re.compile(r"g(?<!\wg)ấp\s+(đôi|rưỡi)(?!\w)")
_LAN_AFTER = re.compile(r"\s+lần(?!\w)", re.IGNORECASE)
_CURRENCY_TAIL = re.compile(r"(?<!\w)(?:(US\$|\$)|(USD|VND|VNĐ)\s?)$", re.IGNORECASE)
_VI_ORDINAL = re.compile(r"t(?<!\wt)hứ\s+")
_VI_ORDINAL_WORD = re.compile(r"(nhất|nhì|tư|năm)(?!\w)", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXLCDM]+(?![\w/])")
# A Roman numeral after a cue word ("khóa XVII", "Đại hội XIII"): the numeral is found first, in
# the text as given (upper case, after a space, a whole word), then the cue before it is matched
# in the lowercased text read backwards (``_reversed_cue`` turns the cue patterns around).
_ROMAN_CUES = ("khóa", "khoá", "kỳ", "kì", r"[đð]ại\s+hội", r"hội\s+nghị", r"thế\s+k[ỷỉ]", "chương",
               "phần", "mục", "quý", "lần")
_ROMAN_AFTER_SPACE = re.compile(r"[IVXLCDM](?<=\s[IVXLCDM])[IVXLCDM]*(?![\w/])")


def _reversed_cue(pattern: str) -> str:
    return "".join(reversed(re.findall(r"\\s\+|\[[^\]]*\]|.", pattern)))


_ROMAN_CUE_BEHIND = re.compile(r"\s+(?:" + "|".join(map(_reversed_cue, _ROMAN_CUES)) + ")")
_FIRST = re.compile(r"đ(?<!\wđ)ầu\s+tiên(?!\w)")
_EN_ORDINAL_SUFFIX = re.compile(r"(st|nd|rd|th)(?!\w)", re.IGNORECASE)
_EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                     "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_EN_ORDINAL_WORD = re.compile(r"(?<!\w)(" + "|".join(_EN_ORDINAL_WORDS) + r")(?!\w)")
_SENTENCE_MARKS = frozenset("\n\r.!?…:;\"“”'‘’([{–—-•|")
# What may follow a Vietnamese number for a scale word or a unit to be read: a space, or a sign.
_UNIT_SIGNS = frozenset("%×xX")
# After a Vietnamese numeral: up to three scale words, then a unit, read by one match (the scale
# words are groups 1 to 3, the unit is the last group matched after them, if any).
_VI_SCALE_WORD = r"\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)(?!\w)"
_VI_AFTER_PATTERN = (f"(?:{_VI_SCALE_WORD}(?:{_VI_SCALE_WORD}(?:{_VI_SCALE_WORD})?)?)?"
                     f"(?:{_unit_regex(_VI_UNIT_WORDS).pattern})?")
_VI_AFTER = re.compile(_VI_AFTER_PATTERN, re.IGNORECASE)
# A Vietnamese numeral and what follows it, in one match: the numeral is group 1, then as above.
_VI_NUMBER = re.compile(f"({_NUMERAL.pattern}){_VI_AFTER_PATTERN}", re.IGNORECASE)
_HUGE = 10**100  # a whole number this large has more digits than _canonical's context holds

# A number found in a text, before its hedges are read: start, start - end (candidates sort on
# these two, longest first at one start), end, kind, value (canonical), unit, denominator, and
# whether bare number words may hang on "hàng". Kind "" marks number words not read yet.
_Candidate = tuple[int, int, int, str, Decimal, str | None, Decimal | None, bool]
_ORDER = itemgetter(0, 1)
_ZERO = Decimal(0)
# A quantity found: start, end, kind, value, unit, hedges, denominator (a QuantitySpan's fields).
_QuantityFound = tuple[int, int, str, Decimal, str | None, tuple[str, ...], Decimal | None]
# Frozen dataclasses set each field through object.__setattr__, which is slow when a text holds
# thousands of numbers. Filling the instance's __dict__ at once gives the same object (fields,
# equality, hash, repr, pickling); tests check it against the constructors.
_new = object.__new__
_set = object.__setattr__


def find_quantities(text: str, lang: str = "vi", *, strict: bool = False) -> list[QuantitySpan]:
    """Every quantity, ordinal and fraction in NFC ``text``, sorted and non-overlapping.

    With ``strict``, a run of digits and separators that is no number raises ``ValueError``;
    otherwise it is skipped. The last results are cached: checks read a quote several times.
    """
    _check_lang(lang)
    return list(_find_quantities(text, lang, strict))


@lru_cache(maxsize=64)  # small: enough for the checks' repeated reads of one quote
def _find_quantities(text: str, lang: str, strict: bool) -> tuple[QuantitySpan, ...]:
    spans = []
    for start, end, kind, value, unit, hedges, out_of in _quantities(text, lang, strict):
        span = _new(QuantitySpan)  # as QuantitySpan(...) builds it, only faster: see _new
        _set(span, "__dict__", {"start": start, "end": end, "kind": kind,
                                "quantity": _quantity(value, unit, hedges, out_of)})
        spans.append(span)
    return tuple(spans)


def _quantity(value: Decimal, unit: str | None, hedges: tuple[str, ...], out_of: Decimal | None
              ) -> Quantity:
    quantity = _new(Quantity)
    _set(quantity, "__dict__", {"value": value, "unit": unit, "hedges": hedges, "out_of": out_of})
    return quantity


def _quantities(text: str, lang: str, strict: bool, lower: str | None = None
                ) -> tuple[_QuantityFound, ...]:
    """What :func:`find_quantities` finds, as tuples (the scanner needs no objects).

    ``lower`` is ``_lower(text)``, when the caller has it. Not cached: callers that read a text
    again cache their own results (find_quantities, find_mentions).
    """
    if lower is None:
        lower = _lower(text)  # searching lowercased text is much faster than re.IGNORECASE
    candidates: list[_Candidate] = []
    gaps: dict[int, int] = {}  # where the spaces after "gấp" end -> where "gấp" starts
    words: dict[int, tuple[int, int, list[str], int]] = {}  # number words, read once chosen
    if lang == "vi":
        has_gap = "gấp" in lower
        if has_gap:
            gaps = {match.end(): match.start() for match in _GAP_BEFORE.finditer(lower)}
        _vi_ordinals(text, lower, candidates)
        _vi_word_numbers(lower, gaps, candidates, words)
        if has_gap:
            for match in _GAP_WORD.finditer(lower):
                start, end = match.span()
                value = Decimal(2) if match.group(1) == "đôi" else Decimal("1.5")
                candidates.append((start, start - end, end, "quantity", value, "times", None, False))
        _vi_numerals(text, strict, gaps, candidates)
    else:
        for match in _EN_ORDINAL_WORD.finditer(lower):
            start, end = match.span()
            value = Decimal(_EN_ORDINAL_WORDS[match.group(1)])
            candidates.append((start, start - end, end, "ordinal", value, "rank", None, False))
        for match in _NUMERAL.finditer(text):
            numeral = match.group()
            try:
                value = _numeral_value(numeral, lang, numeral)
            except ValueError as error:
                if strict:
                    raise ValueError(f"{error}, in {text!r}") from None
                continue
            candidates.append(_complete_en(text, match.start(), match.end(), value))
    candidates.sort(key=_ORDER)
    chosen: list[_QuantityFound] = []
    reached = 0
    for candidate in candidates:
        start = candidate[0]
        if start < reached:
            continue
        if not candidate[3]:  # number words: whether they are a number is read only now
            found = _word_number(text, *words[start], gaps)
            if found is None:
                continue
            candidate = found
        _, _, end, kind, value, unit, out_of, hang = candidate
        chosen.append((start, end, kind, value, unit, _hedges_before(text, start, lang, hang=hang),
                       out_of))
        reached = end
    return tuple(chosen)


def _vi_numerals(text: str, strict: bool, gaps: dict[int, int],
                 candidates: list[_Candidate]) -> None:
    """Numerals with their scale words and unit; the rarer cases are left to _complete_vi."""
    for match in _VI_NUMBER.finditer(text):
        if (candidate := _vi_numeral(text, match, strict, gaps)) is not None:
            candidates.append(candidate)


def _vi_numeral(text: str, match: re.Match[str], strict: bool, gaps: dict[int, int]
                ) -> _Candidate | None:
    """The candidate of one match of _VI_NUMBER, or None if its numeral reads as no number."""
    numeral = match.group(1)
    # The common forms first, as _numeral_value reads them: the value is digits * 10**-places.
    if numeral.isdigit():
        digits, places = numeral, 0
    elif "." not in numeral and numeral.count(",") == 1:
        whole, _, fraction = numeral.partition(",")
        digits, places = whole + fraction, len(fraction)
    elif "," not in numeral and _VI_GROUPED.fullmatch(numeral):
        digits, places = numeral.replace(".", ""), 0
    else:
        try:
            value = _numeral_value(numeral, "vi", numeral)
        except ValueError as error:
            if strict:
                raise ValueError(f"{error}, in {text!r}") from None
            return None
        digits, places = "", 0  # read already
    start, end = match.span(1)
    if start in gaps or text[end : end + 1] == "/":  # perhaps "gấp 3 lần", or a fraction
        if digits:
            value = Decimal(f"{digits[:-places]}.{digits[-places:]}" if places else digits)
        return _complete_vi(text, start, end, value, gaps, True)
    unit = None
    scales: tuple[str | None, ...] = ()
    exponent = -places
    if match.end() > end:  # scale words or a unit follow
        scales = match.group(2, 3, 4)
        for word in scales:
            if word is None:
                break
            exponent += _SCALE_WORD_EXP[word.lower()]
        if (match.lastindex or 0) > 4:  # the last group matched is a unit's
            name = match.lastgroup or ""
            unit = _SIGN_UNITS.get(name, name)
        end = match.end()
    if digits and exponent >= 0 and len(digits) + exponent <= 100:
        value = Decimal(digits + "0" * exponent)  # a whole number: canonical as it is
    else:
        if digits:
            value = Decimal(f"{digits[:-places]}.{digits[-places:]}" if places else digits)
        for word in scales:
            if word is None:
                break
            value = value.scaleb(_SCALE_WORD_EXP[word.lower()], _EXACT)
        value = _canonical(value)
    return start, start - end, end, "quantity", value, unit, None, False


def _complete_vi(text: str, start: int, end: int, value: Decimal, gaps: dict[int, int],
                 digits: bool, hang: bool = False) -> _Candidate:
    """Read what follows (and precedes) a number: fraction, scale words, unit, "gấp"."""
    out_of: Decimal | None = None
    unit: str | None = None
    after = text[end : end + 1]
    if digits and after == "/" and (fraction := _FRACTION["vi"].match(text, end)) \
            and value == value.to_integral_value():
        denominator = _numeral_value(fraction.group(1), "vi", fraction.group(1))
        if denominator == denominator.to_integral_value():
            out_of, end = denominator, fraction.end()
            after = text[end : end + 1]
    gap = gaps.get(start)
    if gap is not None and gap >= start - _GAP_REACH:
        if out_of is None and digits:
            value, end = _scaled(text, end, value)
        start, unit = gap, "times"
        if lan := _LAN_AFTER.match(text, end):
            end = lan.end()
    elif after.isspace() or after in _UNIT_SIGNS:  # else neither a scale word nor a unit follows
        if out_of is None and digits:
            match = _VI_AFTER.match(text, end)
            assert match is not None  # every part is optional
            for word in match.group(1, 2, 3):  # the scale words, in order
                if word is None:
                    break
                value = value.scaleb(_SCALE_WORD_EXP[word.lower()], _EXACT)
            if (match.lastindex or 0) > 3:  # the last group matched is a unit's
                name = match.lastgroup or ""
                unit = _SIGN_UNITS.get(name, name)
            end = match.end()
        elif match := _UNIT_AFTER["vi"].match(text, end):
            name = match.lastgroup or ""
            unit, end = _SIGN_UNITS.get(name, name), match.end()
    kind = "fraction" if out_of is not None else "quantity"
    return start, start - end, end, kind, _canonical(value), unit, out_of, hang


def _scaled(text: str, end: int, value: Decimal, scale: re.Pattern[str] = _VI_SCALE,
            limit: int = 3) -> tuple[Decimal, int]:
    """``value`` times the scale words after ``end`` ("tỷ", "nghìn tỷ"), and where they end."""
    while limit and (match := scale.match(text, end)):
        value = value.scaleb(_SCALE_WORD_EXP[match.group(1).lower()], _EXACT)
        end, limit = match.end(), limit - 1
    return value, end


def _complete_en(text: str, start: int, end: int, value: Decimal) -> _Candidate:
    """Read what follows (and precedes) an English numeral: suffix, fraction, scale, currency."""
    out_of: Decimal | None = None
    unit: str | None = None
    window_start = max(0, start - 12)
    if (suffix := _EN_ORDINAL_SUFFIX.match(text, end)) and value == value.to_integral_value():
        end = suffix.end()
        return start, start - end, end, "ordinal", _canonical(value), "rank", None, False
    if (fraction := _FRACTION["en"].match(text, end)) and value == value.to_integral_value():
        denominator = _numeral_value(fraction.group(1), "en", fraction.group(1))
        if denominator == denominator.to_integral_value():
            out_of, end = denominator, fraction.end()
    if out_of is None:
        value, end = _scaled(text, end, value, _EN_SCALE)
    if match := _UNIT_AFTER["en"].match(text, end):
        name = match.lastgroup or ""
        unit, end = _SIGN_UNITS.get(name, name), match.end()
    currency = _CURRENCY_TAIL.search(text, window_start, start)
    if unit is None and currency is not None:
        code = (currency.group(2) or "USD").upper()
        start, unit = currency.start(), "VND" if code in ("VND", "VNĐ") else "USD"
    kind = "fraction" if out_of is not None else "quantity"
    return start, start - end, end, kind, _canonical(value), unit, out_of, False


def _whole(number: int) -> Decimal:
    """``Decimal(number)``, canonical (as _canonical makes it, failing where it fails)."""
    return Decimal(number) if number < _HUGE else _canonical(Decimal(number))


def _vi_ordinals(text: str, lower: str, candidates: list[_Candidate]) -> None:
    if "thứ" in lower:
        for match in _VI_ORDINAL.finditer(lower):
            position = match.end()
            value: int | None = None
            end = position
            if roman := _ROMAN.match(text, position):
                value, end = _roman_value(roman.group()), roman.end()
            elif numeral := _NUMERAL.match(text, position):
                try:
                    number = _numeral_value(numeral.group(), "vi", numeral.group())
                except ValueError:
                    continue
                if number == number.to_integral_value():
                    value, end = int(number), numeral.end()
            elif run := _WORD_RUN.match(lower, position):
                tokens = list(_TOKEN.finditer(run.group()))
                found = _longest_words([token.group() for token in tokens], lone_ok=True)
                if found is not None:
                    value, end = found[0], position + tokens[found[1] - 1].end()
            if value is None and (word := _VI_ORDINAL_WORD.match(text, position)):
                value = {"nhất": 1, "nhì": 2, "tư": 4, "năm": 5}[word.group(1).lower()]
                end = word.end()
            if value is not None:
                start = match.start()
                candidates.append((start, start - end, end, "ordinal", _whole(value), "rank", None,
                                   False))
    backwards = ""
    for numeral in _ROMAN_AFTER_SPACE.finditer(text):
        backwards = backwards or lower[::-1]
        cue = _ROMAN_CUE_BEHIND.match(backwards, len(lower) - numeral.start())
        if cue is not None and not _inside_word(lower, len(lower) - cue.end()) \
                and (cue_value := _roman_value(numeral.group())) is not None:
            start, end = numeral.span()
            candidates.append((start, start - end, end, "ordinal", _whole(cue_value), "rank", None,
                               False))
    if "tiên" in lower:
        for match in _FIRST.finditer(lower):
            start, end = match.span()
            candidates.append((start, start - end, end, "ordinal", Decimal(1), "rank", None, False))


def _vi_word_numbers(lower: str, gaps: dict[int, int], candidates: list[_Candidate],
                     pending: dict[int, tuple[int, int, list[str], int]]) -> None:
    """Runs of number words, put among the candidates to be read only if chosen.

    Where such words start no other candidate starts (a digit, "thứ", "gấp đôi", a Roman
    numeral or "đầu tiên" starts elsewhere), so their end is not needed to sort them.
    """
    for run in _WORD_RUN_AT_START.finditer(lower):
        words = run.group().split()
        if len(words) == 1:  # the common case: one word, a number alone ("tỷ", "một", "mười")
            lone = _LONE_VALUES[words[0]]
            assert lone is not None  # words that are no number alone only start longer runs
            _pend(run.start(), run.end(), words, lone, gaps, candidates, pending)
            continue
        tokens = list(_TOKEN.finditer(run.group()))
        index = 0
        while index < len(words):
            found = _longest_run(tuple(words[index:]))
            if found is None:
                index += 1
                continue
            value, size = found
            start = run.start() + tokens[index].start()
            end = run.start() + tokens[index + size - 1].end()
            _pend(start, end, words[index : index + size], value, gaps, candidates, pending)
            index += size


def _pend(start: int, end: int, words: list[str], value: int, gaps: dict[int, int],
          candidates: list[_Candidate], pending: dict[int, tuple[int, int, list[str], int]]) -> None:
    gap = gaps.get(start)
    at = gap if gap is not None and gap >= start - _GAP_REACH else start  # "gấp hai lần"
    pending[at] = (start, end, words, value)
    candidates.append((at, 0, end, "", _ZERO, None, None, False))


def _word_number(text: str, start: int, end: int, words: list[str], value: int,
                 gaps: dict[int, int]) -> _Candidate | None:
    """A quantity for number words at ``start:end``, unless they are a name or an idiom."""
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1) if following else ""
    original = text[start:end].split()
    if any(word[0].isupper() for word in original[1:]):
        return None
    if original[0][0].isupper() and (not _sentence_start(text, start) or next_word[:1].isupper()):
        return None  # "Ba Đình", "Hai Bà Trưng": names
    lowered = next_word.lower()
    if len(words) == 1 and lowered in _IDIOMS.get(words[0], ()):
        return None
    amount = Decimal(value)
    if words == ["một"] and lowered == "nửa" and following:
        amount, end = Decimal("0.5"), following.end()
    bare = all(word in _BARE_WORDS for word in words)
    if bare:
        previous = _PREV_WORD.search(text, max(0, start - 20), start)
        if lowered in _NOT_AFTER_BARE or words == ["vạn"] or (
                previous is not None and previous.group(1).lower() == "phần"):
            return None
    return _complete_vi(text, start, end, amount, gaps, False, bare)


def _inside_word(text: str, position: int) -> bool:
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def _sentence_start(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] in " \t\xa0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_MARKS


def read_quantity(text: str, lang: str = "vi") -> Quantity:
    """Read the first number of a phrase with its scale, unit, hedges and denominator."""
    _check_lang(lang)
    clean = _clean(text)
    if lang == "vi" and (match := _VI_NUMBER.match(clean)) and match.end() == len(clean):
        # The common figure, "18,08 tỷ USD": one numeral with its scale words and unit, and
        # nothing else. The full reading would find this one candidate at 0 (no other starts
        # there, and no "gấp" fits in such a phrase) and choose it, with no hedge before it.
        one = _vi_numeral(clean, match, True, {})  # strict: raises as the full reading does
        if one is not None:
            _, _, _, _, value, unit, out_of, _ = one
            return _quantity(value, unit, (), out_of)
    found = _quantities(clean, lang, True)
    if not found:
        raise ValueError(f"expected a phrase holding a number, found {text!r}")
    _, _, _, value, unit, hedges, out_of = found[0]
    return _quantity(value, unit, hedges, out_of)


# --- formatting ---------------------------------------------------------------------------------

_SCALES = {"vi": ((12, "nghìn tỷ"), (9, "tỷ"), (6, "triệu")),
           "en": ((12, "trillion"), (9, "billion"), (6, "million"))}


def scale_label(value: Decimal | float | int, lang: str) -> tuple[Decimal, str]:
    """The divisor and scale word for showing ``value`` (8.67e9 -> 1e9, "tỷ"/"billion")."""
    _check_lang(lang)
    magnitude = abs(_decimal(value))
    for exp, word in _SCALES[lang]:
        if magnitude >= Decimal(10) ** exp:
            return Decimal(10) ** exp, word
    return Decimal(1), ""


def format_number(value: Decimal | float | int, lang: str, *, decimals: int | None = None) -> str:
    """A bare number with the language's separators: vi "1.234,5", en "1,234.5"."""
    _check_lang(lang)
    number = _decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _EXACT)
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    group, mark = _SEPARATORS[lang]
    grouped = group.join(whole[max(0, i - 3) : i] for i in range(len(whole), 0, -3)[::-1])
    sign = "-" if number < 0 else ""
    return sign + grouped + (mark + fraction if fraction else "")


def format_value(value: Decimal | float | int, unit: str, lang: str, *,
                 out_of: Decimal | None = None) -> str:
    """A value with its scale word and unit as a reader expects it: "8,67 tỷ USD", "2nd"."""
    _check_lang(lang)
    if unit not in UNITS:
        raise ValueError(f"expected a unit among {', '.join(UNITS)}, found {unit!r}")
    info = UNITS[unit]
    number = _decimal(value)
    plain = format_number(number, lang)
    if info.kind == "rank":
        if number != number.to_integral_value():
            raise ValueError(f"expected a whole number for a rank, found {plain}")
        return f"thứ {plain}" if lang == "vi" else plain + _en_ordinal_suffix(int(number))
    if info.kind == "multiple":
        return f"gấp {plain} lần" if lang == "vi" else f"{plain}×"
    if unit == "percent":
        return f"{plain}%"
    if out_of is not None:
        if info.kind != "count":
            raise ValueError(f"expected a count unit for a fraction, found {unit!r}")
        whole = format_number(out_of, lang)
        return f"{plain}/{whole} {info.vi_label}" if lang == "vi" \
            else f"{plain} of {whole} {info.en_label}"
    divisor, word = scale_label(number, lang) if unit != "percentage_points" else (Decimal(1), "")
    scaled = format_number(number.scaleb(-divisor.adjusted(), _EXACT), lang)
    amount = f"{scaled} {word}" if word else scaled
    if unit == "USD":
        return f"{amount} USD" if lang == "vi" else f"US${amount}"
    if unit == "VND":
        return f"{amount} đồng" if lang == "vi" else f"VND {amount}"
    if lang == "vi":
        return f"{amount} {info.vi_label}"
    label = _EN_SINGULAR[unit] if number == 1 and not word else info.en_label
    return f"{amount} {label}"


def _en_ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _decimal(value: Decimal | float | int) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, found {value}")
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"expected a finite number, found {value}")
        # A float holds 15 significant digits reliably; beyond them is binary noise (0.1 + 0.2).
        return _FLOAT_DIGITS.create_decimal_from_float(value)
    return Decimal(value)


def _canonical(value: Decimal) -> Decimal:
    """``value`` without exponent noise: 2.067E+9 -> 2067000000, 6.520 -> 6.52."""
    if value == value.to_integral_value():
        return value.quantize(_ONE, context=_EXACT)
    return value.normalize(_EXACT)


def _lower(text: str) -> str:
    """``text`` in lower case, character for character, so offsets stay the same."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
