"""The records a draft is made of: a source, proposed indicators, observations and dismissals.

Each drafted item may carry ``review``: what the curator has to decide before the item can be
published. ``python -m indicators check`` refuses a file that still holds one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Bilingual:
    """A text in both languages, as the dataset's {vi, en} fields hold it."""

    vi: str
    en: str


@dataclass(frozen=True)
class DraftSource:
    """The article's ``sources`` entry."""

    id: str
    file: str
    title: Bilingual
    headline: str | None
    publisher: str | None
    author: str | None
    published: str | None
    published_basis: str | None
    published_note: Bilingual | None
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftIndicator:
    """A new indicator proposed for figures no existing indicator's terms name."""

    id: str
    name: Bilingual
    unit: str | None
    theme: str
    definition: Bilingual
    terms: tuple[str, ...]
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftObservation:
    """One figure of the article, as the dataset's ``observations`` entry."""

    id: str
    indicator: str
    period: str | None
    value: Decimal
    qualifier: tuple[str, ...]
    definition: str | None
    source: str
    quote: str
    figure: str
    reading: Bilingual | None
    out_of: Decimal | None
    start: int  # where the figure stands in the article
    end: int
    review: tuple[str, ...] = ()
    note: Bilingual | None = None  # why the period is what it is, where the sentence does not say


@dataclass(frozen=True)
class DraftDismissal:
    """A number of the article that is not a figure, with why."""

    source: str
    text: str
    reason: str
    start: int  # where its first occurrence stands in the article
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """Everything drafted from one article."""

    source: DraftSource
    indicators: tuple[DraftIndicator, ...]
    observations: tuple[DraftObservation, ...]
    dismissed: tuple[DraftDismissal, ...]

    @property
    def reviews(self) -> int:
        """How many drafted items still wait for the curator's decision."""
        items: list[DraftSource | DraftIndicator | DraftObservation | DraftDismissal] = [
            self.source,
            *self.indicators,
            *self.observations,
            *self.dismissed,
        ]
        return sum(1 for item in items if item.review)
