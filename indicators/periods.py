"""Reporting periods: a year, part of a year, a span of years, or a state at a date.

Written in the YAML as ISO 8601 text::

    "2019"              a calendar year
    "2020-01/2020-09"   part of a year: the first nine months of 2020
    "2016/2020"         several years together (2016 to 2020, cumulative or averaged)
    "2020-11-06"        a state at a date ("đến nay", "hiện có": as of the article's date)
    "../2020"           a state at a date known only to the year (or "../2020-11", to the month):
                        "đến nay" in an article whose day of publication is not known
    "2016/2020-11-06"   a total from the start of 2016 to a date ("từ năm 2016 đến nay" in an
                        article of 6 November 2020); the start may be a date too

An observation may also state no period at all (``None``): a target "tăng trưởng hai con số"
with no year is not given one. Years run from 1900 to 2100: a year outside is a typo, and a chart
could not draw it with room either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

# Written out, not strftime's %b, which follows the C library's locale where one is set.
MONTHS_EN: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_YEAR = re.compile(r"^(\d{4})$")
_MONTHS = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_AS_OF_WITHIN = re.compile(r"^\.\./(\d{4})(?:-(\d{2}))?$")
_TO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})-(\d{2}))?/(\d{4})-(\d{2})-(\d{2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2100


class PeriodKind(StrEnum):
    """What kind of span a figure covers."""

    YEAR = "year"
    PART_YEAR = "part_year"
    MULTI_YEAR = "multi_year"
    AS_OF = "as_of"
    TO_DATE = "to_date"


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period, from its first to its last day."""

    start: date
    end: date
    kind: PeriodKind
    text: str

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period such as '2019', '2020-01/2020-09', '2016/2020' or '2020-11-06'."""
        try:
            period = cls._parse(text.strip())
            if period.start.year < FIRST_YEAR or period.end.year > LAST_YEAR:
                raise ValueError(f"years from {FIRST_YEAR} to {LAST_YEAR}")
            return period
        except ValueError as error:
            raise ValueError(
                "a period such as '2019', '2020-01/2020-09', '2016/2020', '2020-11-06', '../2020' or "
                "'2016/2020-11-06'" + (f" ({error})" if str(error) else "")
            ) from None

    @classmethod
    def _parse(cls, text: str) -> Period:
        if match := _YEAR.match(text):
            year = int(match[1])
            return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR, text)
        if match := _MONTHS.match(text):
            y1, m1, y2, m2 = (int(group) for group in match.groups())
            if y1 != y2 or m1 > m2:
                raise ValueError("months of one year, in order")
            if (m1, m2) == (1, 12):
                raise ValueError("a whole year is written '2020'")
            return cls(date(y1, m1, 1), _month_end(y2, m2), PeriodKind.PART_YEAR, text)
        if match := _YEARS.match(text):
            y1, y2 = int(match[1]), int(match[2])
            if y1 >= y2:
                raise ValueError("the first year before the last")
            return cls(date(y1, 1, 1), date(y2, 12, 31), PeriodKind.MULTI_YEAR, text)
        if match := _DATE.match(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return cls(day, day, PeriodKind.AS_OF, text)
        if match := _AS_OF_WITHIN.match(text):
            year, month = int(match[1]), match[2]
            if month is None:
                return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.AS_OF, text)
            return cls(date(year, int(month), 1), _month_end(year, int(month)), PeriodKind.AS_OF, text)
        if match := _TO_DATE.match(text):
            first = date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
            last = date(int(match[4]), int(match[5]), int(match[6]))
            if first >= last:
                raise ValueError("the first day before the last")
            return cls(first, last, PeriodKind.TO_DATE, text)
        raise ValueError("")

    @property
    def exact_day(self) -> bool:
        """Whether a state "as of" a date knows its day ('2020-11-06', not '../2020')."""
        return self.kind is not PeriodKind.AS_OF or self.start == self.end

    @property
    def year(self) -> int:
        """The year the period ends in, where a chart places it."""
        return self.end.year

    def label(self, lang: str) -> str:
        """Describe the period for a reader: '2019', '9 tháng 2020', '2016–2020', 'đến 06/11/2020'."""
        months = self.end.month - self.start.month + 1
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind is PeriodKind.PART_YEAR:
            if months == 1:
                return date_label(f"{self.start.year}-{self.start.month:02d}", lang)
            if self.start.month == 1:
                return (
                    f"first {months} months of {self.start.year}"
                    if lang == "en"
                    else f"{months} tháng đầu năm {self.start.year}"
                )
            return (
                f"{self.start:%m/%Y}–{self.end:%m/%Y}"
                if lang != "en"
                else f"{MONTHS_EN[self.start.month - 1]} {self.start.year}–"
                f"{MONTHS_EN[self.end.month - 1]} {self.end.year}"
            )
        if self.kind is PeriodKind.MULTI_YEAR:
            return f"{self.start.year}–{self.end.year}"
        if self.kind is PeriodKind.TO_DATE:
            first = (
                str(self.start.year)
                if (self.start.month, self.start.day) == (1, 1)
                else date_label(self.start.isoformat(), lang)
            )
            last = date_label(self.end.isoformat(), lang)
            return f"{first} to {last}" if lang == "en" else f"từ {first} đến {last}"
        if not self.exact_day:
            within = date_label(self.text.removeprefix("../"), lang)
            return f"as of a day in {within}" if lang == "en" else f"đến một ngày trong {within}"
        day = self.start
        if lang == "en":
            return f"as of {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        return f"đến {day:%d/%m/%Y}"

    def __str__(self) -> str:
        return self.text


def date_label(text: str, lang: str) -> str:
    """Return a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date for a reader: '06/11/2020' or '6 Nov 2020',
    'tháng 10/2020' or 'Oct 2020'; any other text as it is."""
    parts = str(text).split("-")
    try:
        numbers = [int(part) for part in parts]
        date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
    except (ValueError, IndexError):
        return str(text)
    if len(numbers) == 3:
        year, month, day = numbers
        return f"{day} {MONTHS_EN[month - 1]} {year}" if lang == "en" else f"{day:02d}/{month:02d}/{year}"
    if len(numbers) == 2:
        year, month = numbers
        return f"{MONTHS_EN[month - 1]} {year}" if lang == "en" else f"tháng {month}/{year}"
    return str(text)


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1).fromordinal(date(year, month + 1, 1).toordinal() - 1)
