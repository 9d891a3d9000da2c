"""Which numbers of an article are figures, and why each other one is not.

A figure is a quantity or fraction with a unit ("58 thủ đô", "23/24 chỉ tiêu"), a rank
("đứng thứ hai"), a report's idiom ("dẫn đầu cả nước" = rank 1, "hai con số" = 10 %), or a count
of something no unit names ("336 lượt góp vốn", for the curator to name). The figure as written
in the dataset keeps a bound hedge before it ("hơn 20 sự kiện") and only the head of its unit
("58 thủ đô" of "58 thủ đô, thành phố và địa phương"). Everything else is dismissed with a
reason: dates, times, years, document numbers, durations ("70 năm"), ordinals of congresses
("lần thứ XVII"), "một" as the article "a"::

    >>> text = "Năm 2019, thành phố đón gần 29 triệu lượt khách, đại hội lần thứ XVII."
    >>> found = classify(text, find_mentions(text))
    >>> [(f.text, f.value) for f in found.figures]
    [('gần 29 triệu lượt', Decimal('29000000'))]
    >>> [(d.mention.text, d.reason) for d in found.dismissed]
    [('2019', 'year'), ('thứ XVII', "ordinal of a congress or an event ('lần thứ …')")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from indicators.draft.records import Bilingual
from indicators.scan import Mention, find_mentions
from indicators.vietnamese.numerals import lowercase
from indicators.vietnamese.read import parse_number

__all__ = ["Classified", "Figure", "NonFigure", "classify", "find_mentions"]

_BOUND = ("approximately", "nearly", "more_than", "less_than", "at_least")
_BOUND_WORDS = re.compile(
    r"(?<!\w)(?:khoảng|gần|hơn|trên\s+dưới|trên|dưới|chưa\s+(?:đến|tới)|xấp\s+xỉ"
    r"|ít\s+nhất|tối\s+thiểu|vượt)\s+$"
)
_UNIT_HEAD = {
    "cities": re.compile(r"^.*?(?:thủ\s+đô|thành\s+phố|địa\s+phương|tỉnh|đô\s+thị)(?!\w)", re.I | re.S),
    "countries": re.compile(r"^.*?(?:quốc\s+gia|vùng\s+lãnh\s+thổ|nước)(?!\w)", re.I | re.S),
    "visits": re.compile(r"^.*?lượt(?!\w)(?!\s*/)", re.I | re.S),
}
_RANK_CUE = re.compile(r"(?<!\w)(?:đứng|xếp\s+hạng|xếp|hạng|vị\s+trí)\s+$")
_EVENT_CUE = re.compile(r"(?<!\w)lần\s+$")
_QUARTER = re.compile(r"(?<!\w)quý\s+$")
_TERM_CUE = re.compile(r"(?<!\w)(?:khóa|khoá|nhiệm\s+kỳ)\s+$")
_OUT_OF_RANK = re.compile(r"(?<!\w)thứ\s+\S+\s+trên\s+$")
_LEADS = re.compile(
    r"(?<!\w)(?:năm\s+thứ\s+(\w+)\s+liên\s+tiếp\s+)?(?:dẫn|đứng)(?:\s+[^\s,.;]+){0,3}?"
    r"\s+đầu\s+(?:cả\s+nước|toàn\s+quốc)(?!\w)"
)
_DOUBLE_DIGIT = re.compile(r"(?<!\w)hai\s+con\s+số(?!\w)")
_NOUN_AFTER = re.compile(r"[^\S\n]+([^\W\d_][\w]*)")
_ZONE = re.compile(r"^(?:GMT|UTC)[+-]\d+$")
_DOCUMENT = re.compile(r"^\d+[/-][A-ZĐ]")
_FRACTION = re.compile(r"[\d.]+/[\d.]+")
_CLAUSE_BREAK = re.compile(r"[.,;:](?:\s|$)|[()\n]")
_TIME_WORDS = {"years": "năm", "months": "tháng", "days": "ngày"}


@dataclass(frozen=True)
class Figure:
    """A figure: its span as the dataset writes it, what it reads as, and how far it reaches."""

    start: int
    end: int
    text: str
    reach: int  # the end of the whole mention, which a quote should hold
    value: Decimal
    unit: str | None
    out_of: Decimal | None
    hedges: tuple[str, ...]
    reading: Bilingual | None = None
    years_running: int | None = None  # "năm thứ hai liên tiếp": held this many years to its period
    each_year: bool = False  # "liên tiếp dẫn đầu … 2018-2019": one observation per year
    noun: str = ""  # the words after the number, to name a new indicator


@dataclass(frozen=True)
class NonFigure:
    """A number that is no figure, and why (``reason`` "year" is worded later, in context)."""

    mention: Mention
    reason: str
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Classified:
    """An article's numbers, sorted into figures and the rest."""

    figures: tuple[Figure, ...]
    dismissed: tuple[NonFigure, ...]


def classify(
    text: str, mentions: Sequence[Mention], date_line: tuple[int, int] | None = None, lower: str | None = None
) -> Classified:
    """Sort every mention of ``text`` into figures and dismissed numbers."""
    lower = lowercase(text) if lower is None else lower
    figures = _idioms(text, lower)
    figures.sort(key=lambda figure: figure.start)
    dismissed: list[NonFigure] = []
    for mention in mentions:
        if any(f.start < mention.end and mention.start < f.end for f in figures):
            continue  # inside an idiom's figure
        sorted_out = _sort_out(text, lower, mention, date_line)
        if isinstance(sorted_out, Figure):
            figures.append(sorted_out)
        else:
            dismissed.append(sorted_out)
    figures.sort(key=lambda figure: figure.start)
    return Classified(tuple(figures), tuple(dismissed))


def _idioms(text: str, lower: str) -> list[Figure]:
    found = []
    for match in _LEADS.finditer(lower):
        words = text[match.start() : match.end()]
        running = parse_number(match[1]) if match[1] else None
        found.append(
            Figure(
                start=match.start(),
                end=match.end(),
                text=words,
                reach=match.end(),
                value=Decimal(1),
                unit="rank",
                out_of=None,
                hedges=(),
                reading=Bilingual(
                    f"“{words}” được đọc là hạng 1", f"“{words}” read as rank 1 (first in the country)"
                ),
                years_running=int(running) if running is not None else None,
                each_year=running is None
                and "liên tiếp" in lower[max(0, match.start() - 40) : match.end() + 60],
            )
        )
    for match in _DOUBLE_DIGIT.finditer(lower):
        words = text[match.start() : match.end()]
        found.append(
            Figure(
                start=match.start(),
                end=match.end(),
                text=words,
                reach=match.end(),
                value=Decimal(10),
                unit="percent",
                out_of=None,
                hedges=("at_least",),  # ten is the floor the words allow
                reading=Bilingual(
                    f"“{words}” được đọc là từ 10% trở lên; giá trị 10 là mức tối thiểu",
                    f"“{words}” (double-digit) read as 10 % or more; the value 10 is the floor",
                ),
            )
        )
    return found


def _sort_out(
    text: str, lower: str, mention: Mention, date_line: tuple[int, int] | None
) -> Figure | NonFigure:
    before = lower[max(0, mention.start - 30) : mention.start]
    if mention.kind == "ordinal":
        return _ordinal(text, mention, before)
    if mention.kind not in ("quantity", "fraction"):
        on_date_line = date_line is not None and date_line[0] <= mention.start < date_line[1]
        return NonFigure(mention, _structured_reason(mention, before, on_date_line))
    if _OUT_OF_RANK.search(before):
        return NonFigure(mention, "how many were ranked ('thứ … trên …')")
    if mention.unit in _TIME_WORDS:
        return NonFigure(mention, _duration_reason(lower, mention, before))
    if not any(char.isdigit() for char in mention.text):
        if mention.value == 1:
            return NonFigure(mention, "'một' as the article 'a', not a count")
        if mention.unit is None:
            return NonFigure(mention, f"a number word in a phrase ('{_phrase(text, mention)}'), not a figure")
    if mention.unit is None and mention.kind == "quantity" and not _NOUN_AFTER.match(text, mention.end):
        return NonFigure(mention, "a number with no unit", ("is this a figure? it has no unit",))
    return _figure(text, lower, mention)


def _structured_reason(mention: Mention, before: str, on_date_line: bool) -> str:
    """Why a date, time, code, year or year range is no figure ("year" is worded in context)."""
    if mention.kind in ("date", "time"):
        what = "date" if mention.kind == "date" else "time"
        return f"{what} of publication" if on_date_line else f"a {what}"
    if mention.kind == "year":
        return "year"
    if mention.kind == "year_range":
        return "a term of office" if _TERM_CUE.search(before) else "the years of a period"
    if _QUARTER.search(before):
        return "a quarter of the year, the period of a figure"
    if _ZONE.match(mention.text):
        return "time zone of the publication time"
    if _DOCUMENT.match(mention.text):
        return "document number"
    return f"a name holding a number ('{mention.text}')"


def _ordinal(text: str, mention: Mention, before: str) -> Figure | NonFigure:
    if mention.text.lower() == "đầu tiên":
        return NonFigure(mention, "'đầu tiên': the first, not a figure")
    if _QUARTER.search(before):
        return NonFigure(mention, "a quarter of the year, the period of a figure")
    if _EVENT_CUE.search(before):
        return NonFigure(mention, "ordinal of a congress or an event ('lần thứ …')")
    if _TERM_CUE.search(before):
        return NonFigure(mention, "term of a party committee ('khóa …')")
    if cue := _RANK_CUE.search(before):
        start = mention.start - (len(before) - cue.start())
        words = text[start : mention.end]
        reading = None
        if not any(char.isdigit() for char in words):
            reading = Bilingual(
                f"“{words}” được đọc là hạng {mention.value}", f"“{words}” read as rank {mention.value}"
            )
        return Figure(
            start,
            mention.end,
            words,
            mention.end,
            mention.value or Decimal(0),
            "rank",
            None,
            mention.hedges,
            reading,
        )
    return NonFigure(mention, f"an ordinal ('{mention.text}')", ("a rank to record as a figure?",))


def _duration_reason(lower: str, mention: Mention, before: str) -> str:
    after = lower[mention.end : mention.end + 20]
    if mention.unit == "months" and re.match(r"\s+(?:đầu\s+)?(?:năm|/)", after):
        return "the months of a period, read as the figure's period"
    if re.match(r"\s+(?:qua|vừa\s+qua)(?!\w)", after):
        return "the years looked back on, not a figure"
    if re.search(r"kỷ\s+niệm\s+$", before):
        return "an anniversary"
    if re.search(r"tầm\s+nhìn\s+$", before):
        return "the horizon of a plan or vision"
    if re.match(r"\s+(?:\d{4}|năm\s+\d{4})", after):
        return "the number of years of a period"
    return "a duration, not a figure"


def _phrase(text: str, mention: Mention) -> str:
    following = _NOUN_AFTER.match(text, mention.end)
    return text[mention.start : following.end() if following else mention.end]


def _figure(text: str, lower: str, mention: Mention) -> Figure:
    start, end = mention.start, mention.end
    if mention.kind == "fraction" and (numerals := _FRACTION.match(mention.text)):
        end = start + numerals.end()  # "23/24" of "23/24 chỉ tiêu"
    elif (head := _UNIT_HEAD.get(mention.unit or "")) and (match := head.match(mention.text)):
        end = start + match.end()
    if set(mention.hedges) & set(_BOUND) and (bound := _BOUND_WORDS.search(lower, max(0, start - 16), start)):
        start = bound.start()
    words = text[start:end]
    reading = None
    if not any(char.isdigit() for char in words):
        reading = Bilingual(f"“{words}” được đọc là {mention.value}", f"“{words}” read as {mention.value}")
    noun = _noun(text, start, mention.end if mention.unit is None else end)
    return Figure(
        start,
        end,
        words,
        mention.end,
        mention.value or Decimal(0),
        mention.unit,
        mention.out_of,
        mention.hedges,
        reading,
        noun=noun,
    )


def _noun(text: str, start: int, end: int) -> str:
    """The words after a figure in its clause, or else those before it: a name for a new indicator."""
    after = _CLAUSE_BREAK.split(text[end : end + 60], maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+", after)[:3]
    if not words:
        before = _CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
        words = re.findall(r"[^\W\d_]+", before)[:4]
    return " ".join(words)
