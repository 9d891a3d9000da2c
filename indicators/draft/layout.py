"""How an article is laid out: its header (headline, author, date line) and its sentences.

Offsets are those of the text as given. A paragraph is a line; a sentence ends at ".", "!", "?"
or "…" before a capital letter, a digit or an opening quote; a clause ends at ",", ";", ":" or a
bracket::

    >>> text = "Hà Nội đón khách\\n\\nXuân Sơn 09:32 | 30/12/2025\\nNăm 2025, đón 7 triệu lượt. Hết."
    >>> header = read_header(text)
    >>> header.headline, header.author, header.published
    ('Hà Nội đón khách', 'Xuân Sơn', '2025-12-30')
    >>> [text[s.start : s.end] for s in sentences(text)][-2:]
    ['Năm 2025, đón 7 triệu lượt.', 'Hết.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_SENTENCE_END = re.compile(r"(?:\./\.|[.!?…]+)[\"”’»)]*(?=\s)")
_ABBREVIATIONS = frozenset({"tp", "ts", "pgs", "gs", "ths", "q", "p", "tt", "th", "v.v"})
_OPENING = '"“‘«('
_CLAUSE_MARK = re.compile(r"[,;:()]|\s[-–—]\s")
_DATE_LINE = re.compile(
    r"^(?P<lead>[^\d|\n]*?)[\s,|]*(?:(?P<time>\d{1,2}:\d{2})\s*\|?\s*)?"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"(?:\s+\d{1,2}:\d{2})?(?:\s+(?:GMT|UTC)\s*[+-]\s*\d{1,2})?\s*$"
)
_WEEKDAY = re.compile(r"^(?:thứ\s+\S+|chủ\s+nhật)\s*,?$", re.IGNORECASE)
_PUBLISHER = re.compile(r"^\((?P<name>[\w.-]+\.(?:vn|com|net|org))\)")
_LEAD_DATE = re.compile(
    r"^(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"
    r"(?![\d/])",
    re.IGNORECASE,
)
_LEAD_REACH = timedelta(days=7)  # an event this long before publication dates the article's "đến nay"


@dataclass(frozen=True)
class Sentence:
    """A sentence's span, its paragraph (line) and the span of that paragraph."""

    start: int
    end: int
    paragraph: int
    paragraph_start: int


@dataclass(frozen=True)
class Header:
    """What the top of an article says about it."""

    headline: str | None
    author: str | None
    publisher: str | None
    published: str | None  # YYYY-MM-DD, from a date line such as "Xuân Sơn 09:32 | 30/12/2025"
    date_line: tuple[int, int] | None  # the date line's span
    event_day: date | None  # "Ngày 29/12, ...": the day the lead paragraph reports


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text``, in order, without the quotes and spaces around it."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start = 0
        for end in _sentence_ends(line):
            _add(found, line, offset, start, end, number)
            start = end
        _add(found, line, offset, start, len(line), number)
        offset += len(line) + 1
    return found


def _sentence_ends(line: str) -> list[int]:
    ends = []
    for match in _SENTENCE_END.finditer(line):
        rest = line[match.end() :].lstrip()
        first = rest.lstrip(_OPENING)[:1]
        if not first or not (first.isupper() or first.isdigit()):
            continue
        word = re.search(r"(\S+?)[.!?…]*$", line[: match.start() + 1])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and line[match.start()] == ".":
            continue
        ends.append(match.end())
    return ends


def _add(found: list[Sentence], line: str, offset: int, start: int, end: int, number: int) -> None:
    piece = line[start:end]
    stripped = piece.strip().strip(_OPENING + '"”’»').strip()
    if not any(char.isalnum() for char in stripped):
        return
    begin = start + piece.index(stripped)
    found.append(Sentence(offset + begin, offset + begin + len(stripped), number, offset))


def clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` starts (after its comma, colon or bracket)."""
    start = sentence.start
    for match in _CLAUSE_MARK.finditer(text, sentence.start, position):
        start = match.end()
    while start < position and (text[start].isspace() or text[start] in _OPENING):
        start += 1
    return start


def clause_end(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` ends (before its comma, colon or bracket)."""
    match = _CLAUSE_MARK.search(text, position, sentence.end)
    return match.start() if match else sentence.end


def read_header(text: str) -> Header:
    """The headline, author, publisher, date line and lead event day of an article."""
    lines = text.split("\n")
    headline = author = publisher = published = None
    date_line: tuple[int, int] | None = None
    offset = 0
    body_from = 0
    for number, line in enumerate(lines[:8]):
        stripped = line.strip()
        if (match := _DATE_LINE.match(stripped)) and len(stripped) <= 80:
            day = _date(int(match["year"]), int(match["month"]), int(match["day"]))
            if day is not None:
                published = day.isoformat()
                start = offset + line.index(stripped)
                date_line = (start, start + len(stripped))
                lead = match["lead"].strip(" ,|")
                if lead and not _WEEKDAY.match(lead) and _is_name(lead):
                    author = lead
                body_from = number + 1
                break
        offset += len(line) + 1
    first = next((line.strip() for line in lines[: body_from or 3] if any(c.isalpha() for c in line)), "")
    if _is_headline(first) and (date_line is None or first not in text[date_line[0] : date_line[1]]):
        headline = first  # the first line with letters, when it reads as a title
    body = [line.strip() for line in lines[body_from:] if len(line.split()) >= 8]
    for line in body[:3]:
        if match := _PUBLISHER.match(line):
            publisher = match["name"]
            break
    event_day = _event_day(body[0] if body else "", published)
    return Header(headline, author, publisher, published, date_line, event_day)


def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words)


def _is_headline(line: str) -> bool:
    return (
        any(char.isalpha() for char in line)
        and len(line) <= 200
        and len(line.split()) >= 3
        and line[-1] not in ".!?:…;,"
    )


def _event_day(lead: str, published: str | None) -> date | None:
    """The day a lead paragraph opens with ("Ngày 29/12, ..."), if it is just before publication."""
    match = _LEAD_DATE.match(lead)
    if match is None or published is None or len(published) != 10:
        return None
    day_published = date.fromisoformat(published)
    year = int(match.group(3)) if match.group(3) else day_published.year
    day = _date(year, int(match.group(2)), int(match.group(1)))
    if day is None or not day_published - _LEAD_REACH <= day <= day_published:
        return None
    return day


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def with_published(header: Header, published: str | None, text: str) -> Header:
    """``header`` with a publication date given by the curator, where the text states none."""
    if header.published is not None or published is None:
        return header
    body = [line.strip() for line in text.split("\n") if len(line.split()) >= 8]
    return Header(
        header.headline,
        header.author,
        header.publisher,
        published,
        header.date_line,
        _event_day(body[0] if body else "", published),
    )
