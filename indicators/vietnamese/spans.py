"""What a number phrase states (:class:`Quantity`), and where a text states it (:class:`QuantitySpan`).

:mod:`~indicators.vietnamese.find` finds them; :mod:`~indicators.vietnamese.candidates` reads them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Quantity(NamedTuple):
    """A number as a phrase states it: value in base units, unit code, hedges and denominator."""

    value: Decimal
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None


class QuantitySpan(NamedTuple):
    """A quantity, ordinal or fraction found in a text, with its span."""

    start: int
    end: int
    kind: str  # quantity | ordinal | fraction
    value: Decimal
    unit: str | None
    hedges: tuple[str, ...] = ()
    out_of: Decimal | None = None

    @property
    def quantity(self) -> Quantity:
        """What the span states, without where."""
        return Quantity(self.value, self.unit, self.hedges, self.out_of)
