"""The dataset's records: sources, indicators, observations and dismissed mentions.

The YAML file (``data/indicators.yaml``) has this shape::

    version: 1
    sources:
      - id: 2020-11-06-uy-tin-vi-the          # lowercase ASCII, digits and hyphens
        file: 001_9ae9ce370a3e1f56.txt        # a file name inside data/sources/
        headline: "Tiếp tục nâng cao uy tín, ..."   # verbatim, when the text has one
        title: {vi: "...", en: "..."}         # always: the curator's short title
        publisher: Thethaovanhoa.vn           # only where the text names it
        author: Quỳnh Dương                   # only where the text names it
        published: "2020-11-06"               # YYYY, YYYY-MM or YYYY-MM-DD
        published_basis: stated               # stated | inferred
        published_note: {vi: "...", en: "..."}   # required when inferred: from what
        url: "https://..."                    # the original's address (http or https), if recorded
        accessed: "2026-01-15"                # when that address was read (YYYY-MM-DD)
    indicators:
      - id: fdi
        name: {vi: "...", en: "..."}
        unit: USD                             # USD | VND | percent | visits | … (UnitCode)
        theme: investment                     # investment | tourism | diplomacy | economy
        definition: {vi: "...", en: "..."}
        definitions:                          # the meanings reports use, when they differ
          registered: {vi: "...", en: "..."}
        notes: {vi: "...", en: "..."}
        headline: true                        # shown on the overview page
        one_definition: true                  # every article uses this same definition
        terms: ["vốn FDI", "thu hút FDI"]     # Vietnamese words that name it: the draft matches them
    observations:
      - id: fdi-2019
        indicator: fdi
        period: "2019"          # 2019 | 2020-01/2020-09 | 2016/2020 | 2020-11-06 (state at a date)
                                # | ../2020 (state, day unknown) | 2016/2020-11-06 (total to a date)
                                # | null (the article states no period)
        value: 8670000000       # in the indicator's unit, base units (USD, not billions)
        qualifier: exact        # or a list: [approximately, estimate]
        definition: all-foreign # a key of the indicator's definitions, when one applies
        source: 2020-10-doi-ngoai-hoi-nhap
        quote: "vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 8,67 tỷ USD"
        figure: "8,67 tỷ USD"   # the part of the quote that states the value
        reading: {vi: "...", en: "..."}       # how a worded value was read (no digits)
        out_of: 24              # the denominator of a fraction such as 23/24
        doubt: {vi: "...", en: "..."}         # what is doubted in the article's figure, and why
    dismissed:
      - source: 2020-11-06-uy-tin-vi-the
        text: "13/10/2020"      # a number mention as `python -m indicators scan` prints it
        reason: date of the closing session
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from indicators.periods import Period
from indicators.vietnamese.units import UnitCode

Identifier = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=64),
]
NonEmptyText = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=20_000)]
StrictBool = Annotated[bool, Strict()]

PeriodField = Annotated[
    Period,
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "pattern": (
                r"^(?:\d{4}(?:-\d{2}/\d{4}-\d{2}|/\d{4}|-\d{2}-\d{2})?"
                r"|\.\./\d{4}(?:-\d{2})?|\d{4}(?:-\d{2}-\d{2})?/\d{4}-\d{2}-\d{2})$"
            ),
            "description": (
                "2019 | 2020-01/2020-09 | 2016/2020 | 2020-11-06 (a state at a date) | ../2020 "
                "(a state at a day known to the year) | 2016/2020-11-06 (a total to a date)"
            ),
        }
    ),
]
Number = Annotated[Decimal, WithJsonSchema({"type": "number", "minimum": 0})]
PUBLISHED_PATTERN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
DAY_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WebAddress = Annotated[
    str,
    Strict(),
    StringConstraints(max_length=2_000),
    WithJsonSchema(
        {
            "type": "string",
            "format": "uri",
            "pattern": "^https?://[^\\s]+$",
            "maxLength": 2_000,
            "description": "the original article's address (http or https)",
        }
    ),
]
Day = Annotated[
    str,
    Strict(),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": DAY_PATTERN.pattern,
            "description": "a day as YYYY-MM-DD",
        }
    ),
]


class Qualifier(StrEnum):
    """How exactly an article states a figure, read from its hedge words."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"  # khoảng
    NEARLY = "nearly"  # gần
    MORE_THAN = "more_than"  # hơn, trên, vượt
    LESS_THAN = "less_than"  # dưới, chưa đến
    AT_LEAST = "at_least"  # từ ... trở lên, ít nhất; "hai con số" read as 10 % or more
    ESTIMATE = "estimate"  # ước, ước đạt, ước tính
    PROJECTED = "projected"  # dự kiến
    TARGET = "target"  # mục tiêu, phấn đấu


class Theme(StrEnum):
    """The overview's groups of indicators."""

    INVESTMENT = "investment"
    TOURISM = "tourism"
    DIPLOMACY = "diplomacy"
    ECONOMY = "economy"


# What a number and a period may be read from, built once: a union written in a call is built anew
# at every call, for each of 10,000 figures.
_NUMBER_INPUT = int | float | Decimal | None
_PERIOD_INPUT = str | int


class Record(BaseModel):
    """A strict record: unknown fields are errors, and text and flags are not coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Text(Record):
    """A text in both languages."""

    vi: NonEmptyText
    en: NonEmptyText

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ('vi' or 'en')."""
        return self.en if lang == "en" else self.vi


class Source(Record):
    """An article kept byte-identical in ``data/sources/``."""

    id: Identifier
    file: Annotated[str, Strict(), StringConstraints(pattern=r"^[A-Za-z0-9_.-]+\.txt$", max_length=128)]
    title: Text
    headline: NonEmptyText | None = None
    publisher: NonEmptyText | None = None
    author: NonEmptyText | None = None
    published: Annotated[str, Strict()]
    published_basis: Literal["stated", "inferred"]
    published_note: Text | None = None
    url: WebAddress | None = None
    accessed: Day | None = None

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str | None) -> str | None:
        if value is not None and not is_web_address(value):
            raise ValueError("an http:// or https:// address with a host and no spaces")
        return value

    @field_validator("accessed")
    @classmethod
    def _accessed_is_a_day(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if not DAY_PATTERN.match(value):
            raise ValueError("a day as YYYY-MM-DD")
        date.fromisoformat(value)
        published = info.data.get("published")
        if isinstance(published, str) and value[: len(published)] < published:
            raise ValueError(f"a day on or after the article's date ({published})")
        return value

    @field_validator("published")
    @classmethod
    def _published_is_partial_iso_date(cls, value: str) -> str:
        if not PUBLISHED_PATTERN.match(value):
            raise ValueError("a date as YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(part) for part in value.split("-")]
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return value


class Indicator(Record):
    """A measured quantity, such as foreign direct investment in a year."""

    id: Identifier
    name: Text
    unit: UnitCode
    theme: Theme
    definition: Text
    definitions: dict[Identifier, Text] = Field(default_factory=dict)
    notes: Text | None = None
    headline: StrictBool = False
    one_definition: StrictBool = False
    terms: tuple[Annotated[str, Strict(), StringConstraints(min_length=2, max_length=200)], ...] = ()


class Observation(Record):
    """One figure as one article states it, with the quote that proves it."""

    id: Identifier
    indicator: Identifier
    period: PeriodField | None
    value: Number
    qualifier: tuple[Qualifier, ...]
    source: Identifier
    quote: NonEmptyText
    figure: NonEmptyText | None = None
    definition: Identifier | None = None
    reading: Text | None = None
    out_of: Number | None = None
    note: Text | None = None
    doubt: Text | None = None

    @field_validator("value", "out_of", mode="before")
    @classmethod
    def _number_not_bool(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, _NUMBER_INPUT):
            raise ValueError("a number")
        return Decimal(str(value)) if isinstance(value, float) else value

    @field_validator("qualifier", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else value

    @field_validator("qualifier")
    @classmethod
    def _exact_alone(cls, value: tuple[Qualifier, ...]) -> tuple[Qualifier, ...]:
        if not value:
            raise ValueError("at least one qualifier")
        if Qualifier.EXACT in value and len(value) > 1:
            raise ValueError("'exact' alone, or hedges without 'exact'")
        if len(set(value)) != len(value):
            raise ValueError("each qualifier once")
        return value

    @field_validator("period", mode="before")
    @classmethod
    def _parse_period(cls, value: object) -> object:
        if value is None:
            return None
        if isinstance(value, bool):
            raise ValueError("a period such as '2019'")
        return _period(str(value)) if isinstance(value, _PERIOD_INPUT) else value

    @property
    def is_exact(self) -> bool:
        """Whether the article states the figure without a hedge."""
        return self.qualifier == (Qualifier.EXACT,)


def is_web_address(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) address with a host, and nothing a page could misread."""
    if any(char.isspace() or not char.isprintable() for char in text) or any(c in text for c in "<>\"'`\\"):
        return False
    try:
        parts = urlsplit(text)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and port_ok and not parts.username


@lru_cache(maxsize=1024)
def _period(text: str) -> Period:
    """``Period.parse``, remembered: a dataset states the same few periods again and again."""
    return Period.parse(text)


class Dismissal(Record):
    """A number in an article that is not an indicator's figure, and why."""

    source: Identifier
    text: NonEmptyText
    reason: NonEmptyText


class Dataset(Record):
    """The whole curated dataset."""

    version: Literal[1]
    sources: tuple[Source, ...]
    indicators: tuple[Indicator, ...]
    observations: tuple[Observation, ...]
    dismissed: tuple[Dismissal, ...] = ()
