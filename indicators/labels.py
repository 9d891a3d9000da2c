"""Words for the dataset's codes, in Vietnamese and English: qualifiers, period kinds and themes.

Each kind of code has a dict ``code -> {"vi": ..., "en": ...}``; :func:`label` reads any of them::

    label("qualifier", "approximately", "vi")   -> "khoảng"
    label("qualifier_meaning", "nearly", "en")  -> "The article says “nearly”: the true value is ..."
    label("qualifier_mark", "more_than", "en")  -> "triangle pointing up"
    label("period_kind", "multi_year", "vi")    -> "nhiều năm"
    label("theme", "diplomacy", "vi")           -> "Đối tác & ngoại giao"

The marks describe how :mod:`indicators.charts` draws each qualifier, for legends and notes.

A definition's short name, as the cards, tables and the chart's legend and hover all name it, is
its first clause (:func:`definition_name`)::

    definition_name("Registered FDI capital (“vốn FDI đăng ký”).")  -> "Registered FDI capital"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from indicators.languages import check_lang

Words = dict[str, dict[str, str]]

# Where a definition's first clause ends: a bracketed gloss, a semicolon, or a full stop that ends a
# sentence (a full stop inside a number, as in "8.67", does not).
_CLAUSE_END: Final = re.compile(r"\s+\(|;|\.(?=\s|$)")

QUALIFIERS: Final[Words] = {
    "exact": {"vi": "chính xác", "en": "exact"},
    "approximately": {"vi": "khoảng", "en": "approximately"},
    "nearly": {"vi": "gần", "en": "nearly"},
    "more_than": {"vi": "hơn", "en": "more than"},
    "less_than": {"vi": "dưới", "en": "less than"},
    "at_least": {"vi": "từ … trở lên", "en": "at least"},
    "estimate": {"vi": "ước tính", "en": "estimate"},
    "projected": {"vi": "dự kiến", "en": "projected"},
    "target": {"vi": "mục tiêu", "en": "target"},
}

QUALIFIER_MEANINGS: Final[Words] = {
    "exact": {
        "vi": "Bài báo nêu con số, không kèm từ ước lượng.",
        "en": "The article states the figure without a hedge.",
    },
    "approximately": {
        "vi": "Bài báo viết “khoảng”: con số đã được làm tròn.",
        "en": "The article says “about”: a rounded figure.",
    },
    "nearly": {
        "vi": "Bài báo viết “gần”: giá trị thực thấp hơn con số một chút.",
        "en": "The article says “nearly”: the true value is a little below the figure.",
    },
    "more_than": {
        "vi": "Bài báo viết “hơn” hoặc “trên”: giá trị thực cao hơn con số.",
        "en": "The article says “more than”: the true value is above the figure.",
    },
    "less_than": {
        "vi": "Bài báo viết “dưới” hoặc “chưa đến”: giá trị thực thấp hơn con số.",
        "en": "The article says “less than”: the true value is below the figure.",
    },
    "at_least": {
        "vi": "Bài báo nêu một mức tối thiểu (“từ … trở lên”, “hai con số”): giá trị thực bằng "
        "hoặc cao hơn con số.",
        "en": "The article states a floor (“or more”, “double-digit”): the true value is the "
        "figure or above.",
    },
    "estimate": {
        "vi": "Bài báo viết “ước” hoặc “ước đạt”: số ước tính, chưa phải số chính thức.",
        "en": "The article says “estimated”: not yet an official figure.",
    },
    "projected": {
        "vi": "Bài báo viết “dự kiến”: con số dự báo, chưa xảy ra.",
        "en": "The article says “expected”: a forecast, not yet a result.",
    },
    "target": {
        "vi": "Bài báo viết “mục tiêu” hoặc “phấn đấu”: con số cần đạt, không phải kết quả.",
        "en": "The article names it a target: a goal, not a result.",
    },
}

QUALIFIER_MARKS: Final[Words] = {
    "exact": {"vi": "chấm tròn đặc", "en": "filled circle"},
    "approximately": {"vi": "vòng tròn rỗng", "en": "hollow circle"},
    "nearly": {"vi": "vòng tròn rỗng", "en": "hollow circle"},
    "more_than": {"vi": "tam giác hướng lên", "en": "triangle pointing up"},
    "less_than": {"vi": "tam giác hướng xuống", "en": "triangle pointing down"},
    "at_least": {"vi": "tam giác hướng lên", "en": "triangle pointing up"},
    "estimate": {"vi": "hình thoi rỗng", "en": "hollow diamond"},
    "projected": {"vi": "hình vuông rỗng, nối bằng nét đứt", "en": "hollow square, joined by a dashed line"},
    "target": {"vi": "ngôi sao, nối bằng nét đứt", "en": "star, joined by a dashed line"},
}

PERIOD_KINDS: Final[Words] = {
    "year": {"vi": "cả năm", "en": "a year"},
    "part_year": {"vi": "một phần của năm", "en": "part of a year"},
    "multi_year": {"vi": "nhiều năm gộp lại", "en": "several years together"},
    "as_of": {"vi": "tính đến một ngày", "en": "as of a date"},
    "to_date": {"vi": "cộng dồn đến một ngày", "en": "a total to a date"},
}

THEMES: Final[Words] = {
    "investment": {"vi": "Đầu tư", "en": "Investment"},
    "tourism": {"vi": "Du lịch", "en": "Tourism"},
    "diplomacy": {"vi": "Đối tác & ngoại giao", "en": "Partners & diplomacy"},
    "economy": {"vi": "Kinh tế & thương mại", "en": "Economy & trade"},
}

KINDS: Final[dict[str, Words]] = {
    "qualifier": QUALIFIERS,
    "qualifier_meaning": QUALIFIER_MEANINGS,
    "qualifier_mark": QUALIFIER_MARKS,
    "period_kind": PERIOD_KINDS,
    "theme": THEMES,
}


def label(kind: str, code: str, lang: str) -> str:
    """Return the ``lang`` words for ``code`` of ``kind`` ('qualifier', 'period_kind', 'theme', ...)."""
    check_lang(lang)
    if kind not in KINDS:
        raise KeyError(f"expected a kind of label among {', '.join(KINDS)}, found {kind!r}")
    words = KINDS[kind]
    if code not in words:
        raise KeyError(f"expected a {kind} code among {', '.join(words)}, found {code!r}")
    return words[code][lang]


def qualifier_label(codes: str | Iterable[str], lang: str) -> str:
    """Name a figure's qualifiers, given as the table's 'approximately;estimate' or as codes."""
    parts = codes.split(";") if isinstance(codes, str) else list(codes)
    return ", ".join(label("qualifier", code, lang) for code in parts if code)


def definition_name(text: str) -> str:
    """Return a definition's short name: its first clause, before a bracketed gloss, a ';' or the end
    of its first sentence, without a trailing comma or colon; the whole text when that is empty."""
    whole = text.strip()
    return _CLAUSE_END.split(whole, maxsplit=1)[0].rstrip(" .,:") or whole
