"""The period of a drafted figure, read from the words of its sentence.

A sentence's period words are *cues*: "năm 2023" -> ``2023``; "6 tháng đầu năm 2023" ->
``2023-01/2023-06``; "tháng 4/2024" -> ``2024-04/2024-04``; "quý II/2024"; "giai đoạn 2021-2023"
-> ``2021/2023``; "đến năm 2030" -> ``2030``; "đến nay", "hiện có" -> as of the article's day
(``2025-12-29``, or ``../2020`` when only its year is known); "từ năm 2016 đến nay" ->
``2016/2020-11-06``; "tính đến hết tháng 5/2024" -> ``2024-05-31`` ("đến tháng 5/2024": ``../2024-05``);
"cùng kỳ năm trước" right after a figure -> the year before::

    >>> now = ArticleDate("2020-11-06", None)
    >>> text = "Từ năm 2016 đến nay, thành phố thu hút 25 tỷ USD"
    >>> [(cue.kind, cue.period) for cue in find_cues(text, 0, len(text))]
    [('since', '2016')]
    >>> choose_period(find_cues(text, 0, len(text)), Place(39, 48, 21, 48), now, None).period
    '2016/2020-11-06'

A cue right after "so với" or "gấp … lần" is a comparison's base, not the figure's period.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from indicators.periods import Period
from indicators.vietnamese.numerals import lowercase

_Y = r"((?:1[89]|2[01])\d{2})"
_B, _E = r"(?<!\w)", r"(?!\w)"
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Cue:
    """Words of a sentence that state a period, or how to find one."""

    start: int
    end: int
    kind: str  # period | as_of | since | this_year_months | previous_year | weak_as_of
    period: str | None  # the ISO period (kind "period"), the first year ("since"), or months
    comparison: bool = False
    aside: bool = False  # "Riêng tháng 11/2025, …": for its own sentence, not carried further
    term: bool = False  # "nhiệm kỳ 2024-2027": a term of office, not what a whole report covers


@dataclass(frozen=True)
class Place:
    """Where a figure and its clause stand in the text."""

    start: int
    end: int
    clause_start: int
    clause_end: int


@dataclass(frozen=True)
class ArticleDate:
    """What "now" is in an article: its publication date (YYYY, YYYY-MM or YYYY-MM-DD) and the
    day of the event its lead reports, if any."""

    published: str | None
    event_day: date | None

    @property
    def day(self) -> date | None:
        """The day "đến nay" means, when it is known."""
        if self.event_day is not None:
            return self.event_day
        if self.published is not None and len(self.published) == 10:
            return date.fromisoformat(self.published)
        return None

    @property
    def year(self) -> int | None:
        """The article's year, when known."""
        return int(self.published[:4]) if self.published else None

    def as_of(self) -> Choice:
        """A state as of the article's day, at the precision known."""
        if self.day is not None:
            return Choice(self.day.isoformat())
        if self.published is not None:
            return Choice(f"../{self.published}")
        return Choice(None, ("period: 'đến nay' means the article's day, which is not known",))

    def since(self, year: int) -> Choice:
        """A total from the start of ``year`` to the article's day."""
        if self.day is not None and date(year, 1, 1) < self.day:
            return Choice(f"{year}/{self.day.isoformat()}")
        if self.year is not None and self.year > year:
            return Choice(
                f"{year}/{self.year}",
                (f"period: 'từ {year} đến nay' runs to a day of {self.year} the text does not state",),
            )
        return Choice(None, (f"period: 'từ {year} đến nay' runs to the article's day, which is not known",))


@dataclass(frozen=True)
class Choice:
    """A period chosen for a figure (None: none found) and what the curator should check."""

    period: str | None
    review: tuple[str, ...] = ()


def _months(first: int, last: int, year: int) -> str | None:
    if not 1 <= first <= last <= 12:
        return None
    if (first, last) == (1, 12):
        return str(year)
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _month_end(year: int, month: int) -> str | None:
    """The last day of a month: "đến hết tháng 5/2024" is a state on 2024-05-31."""
    if not 1 <= month <= 12:
        return None
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1).isoformat()


def _range(first: str, last: str) -> str | None:
    return f"{first}/{last}" if int(first) < int(last) <= int(first) + 30 else None


def _quarter(number: str, year: str) -> str | None:
    quarter = _ROMAN_QUARTERS.get(number) or int(number)
    return _months(3 * quarter - 2, 3 * quarter, int(year))


_Build = Callable[[re.Match[str]], tuple[str, str | None]]
_PATTERNS: tuple[tuple[re.Pattern[str], _Build], ...] = tuple(
    (re.compile(_B + pattern + _E), build)
    for pattern, build in (
        (rf"từ\s+(?:năm\s+)?{_Y}\s+(?:đến|tới)\s+nay", lambda m: ("since", m[1])),
        (
            rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})/{_Y}",
            lambda m: ("period", _iso(m[3], m[2], m[1])),
        ),
        (
            rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+tháng\s+(\d{{1,2}})(?:\s*/\s*|\s+năm\s+){_Y}",
            lambda m: ("period", _month_end(int(m[2]), int(m[1]))),
        ),
        (
            rf"(?:tính\s+)?(?:đến|tới)\s+tháng\s+(\d{{1,2}})(?:\s*/\s*|\s+năm\s+){_Y}",
            lambda m: ("period", f"../{m[2]}-{int(m[1]):02d}" if 1 <= int(m[1]) <= 12 else None),
        ),
        (rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+{_Y}", lambda m: ("period", f"{m[1]}-12-31")),
        (
            rf"(\d{{1,2}})\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?{_Y}",
            lambda m: ("period", _months(1, int(m[1]), int(m[2]))),
        ),
        (r"(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+nay", lambda m: ("this_year_months", m[1])),
        (rf"nửa\s+đầu\s+năm\s+{_Y}", lambda m: ("period", _months(1, 6, int(m[1])))),
        (rf"quý\s+(iv|i{{1,3}}|[1-4])(?:\s*/\s*|\s+năm\s+){_Y}", lambda m: ("period", _quarter(m[1], m[2]))),
        (
            rf"tháng\s+(\d{{1,2}})(?:\s*[/-]\s*|\s+năm\s+){_Y}",
            lambda m: ("period", _months(int(m[1]), int(m[1]), int(m[2]))),
        ),
        (
            rf"(?:từ\s+)?(?:năm\s+)?{_Y}\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?{_Y}",
            lambda m: ("period", _range(m[1], m[2])),
        ),
        (rf"năm\s+{_Y}", lambda m: ("period", m[1])),
        (r"năm\s+nay", lambda m: ("this_year_months", "12")),
        (r"(?:cùng\s+kỳ\s+)?năm\s+(?:trước|ngoái)", lambda m: ("previous_year", None)),
        (r"(?:tính\s+)?(?:đến|tới)\s+nay|hiện\s+(?:nay|có|tại|còn)", lambda m: ("as_of", None)),
        (r"đang", lambda m: ("weak_as_of", None)),
    )
)
_COMPARISON = re.compile(r"so\s+với|gấp(?:\s+\S+){1,2}?\s+lần|bằng")
_COMPARISON_REACH = 30
_ASIDE = re.compile(r"(?<!\w)riêng\s+(?:trong\s+)?$")
_TERM = re.compile(r"(?<!\w)(?:nhiệm\s+kỳ|khóa|khoá)\s+$")


def find_cues(text: str, start: int, end: int, lower: str | None = None) -> list[Cue]:
    """The period cues of ``text[start:end]``, in order and not overlapping."""
    lower = lowercase(text) if lower is None else lower
    found: list[tuple[int, int, str, str | None]] = []
    for pattern, build in _PATTERNS:
        for match in pattern.finditer(lower, start, end):
            kind, period = build(match)
            if period is not None or kind not in ("period", "since"):
                found.append((match.start(), match.end(), kind, period))
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    cues: list[Cue] = []
    reached = start
    for cue_start, cue_end, kind, period in found:
        if cue_start < reached:
            continue
        reached = cue_end
        before = lower[max(start, cue_start - 12) : cue_start]
        cues.append(
            Cue(
                cue_start,
                cue_end,
                kind,
                period,
                _is_comparison(lower, start, cue_start),
                _ASIDE.search(before) is not None,
                _TERM.search(before) is not None,
            )
        )
    return cues


def _is_comparison(lower: str, sentence_start: int, position: int) -> bool:
    window = lower[max(sentence_start, position - _COMPARISON_REACH) : position]
    marks = list(_COMPARISON.finditer(window))
    return bool(marks) and not re.search(r"[,;]", window[marks[-1].end() :])


def choose_period(
    cues: Sequence[Cue], place: Place, now: ArticleDate, carried: str | None, *, target: bool = False
) -> Choice:
    """The period of a figure at ``place`` from its sentence's cues, else the one carried."""
    for cue in cues:
        if cue.kind == "previous_year" and 0 <= cue.start - place.end <= 4:
            base = choose_period([c for c in cues if c is not cue], place, now, carried, target=target)
            if base.period is None:
                return Choice(None, ("period: 'năm trước' of a year the text does not state",))
            return Choice(str(Period.parse(base.period).year - 1), base.review)
    usable = [cue for cue in cues if not cue.comparison and cue.kind not in ("previous_year", "weak_as_of")]
    inside = [cue for cue in usable if place.clause_start <= cue.start and cue.end <= place.clause_end]
    if inside:
        return _resolve(min(inside, key=lambda cue: _distance(cue, place)), now)
    before = [cue for cue in usable if cue.end <= place.start]
    if before:
        return _resolve(before[-1], now)
    after = [cue for cue in usable if cue.start >= place.end]
    if after:
        return _resolve(after[0], now)
    if target:
        return Choice(None, ("period: a target with no year stated; give one, or keep null",))
    if any(cue.kind == "weak_as_of" for cue in cues):
        return now.as_of()
    return Choice(carried)


def _distance(cue: Cue, place: Place) -> tuple[int, int]:
    if cue.end <= place.start:
        return place.start - cue.end, 0
    return cue.start - place.end, 1


def _resolve(cue: Cue, now: ArticleDate) -> Choice:
    if cue.kind == "as_of":
        return now.as_of()
    if cue.kind == "since" and cue.period is not None:
        return now.since(int(cue.period))
    if cue.kind == "this_year_months" and cue.period is not None:
        if now.year is None:
            return Choice(None, ("period: 'năm nay' is the article's year, which is not known",))
        return Choice(_months(1, int(cue.period), now.year) or str(now.year))
    return Choice(cue.period)


def is_span(period: str | None) -> bool:
    """Whether a period covers several whole years ("2016/2020")."""
    return period is not None and re.fullmatch(r"\d{4}/\d{4}", period) is not None
