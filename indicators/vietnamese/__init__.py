"""Read and write Vietnamese (and English) numbers with their scale words, units and hedge words.

Values are :class:`~decimal.Decimal` in base units (USD, not billions), never floats::

    >>> from decimal import Decimal
    >>> from indicators.vietnamese import format_value, read_quantity
    >>> read_quantity("khoảng 500.000 tỷ VND")
    Quantity(value=Decimal('500000000000000'), unit='VND', hedges=('approximately',), out_of=None)
    >>> format_value(Decimal("2067000000"), "USD", "vi"), format_value(8.67e9, "USD", "en")
    ('2,067 tỷ USD', 'US$8.67 billion')

What reading and writing agree on: ``read_quantity(format_value(v, unit, lang), lang)`` gives back
``v`` and ``unit``, in both languages. The modules, each one concept:

* :mod:`~indicators.vietnamese.numerals`: digits with the language's separators, Roman numerals;
* :mod:`~indicators.vietnamese.words`: Vietnamese number words ("hai mươi lăm");
* :mod:`~indicators.vietnamese.units`: the unit codes, their labels and the words naming them;
* :mod:`~indicators.vietnamese.hedges`: hedge words ("khoảng", "hơn", "dự kiến") as qualifier codes;
* :mod:`~indicators.vietnamese.ordinals`: "thứ hai", "lần thứ XVII", "đầu tiên", "2nd";
* :mod:`~indicators.vietnamese.spans`: a quantity a phrase states, and where a text states it;
* :mod:`~indicators.vietnamese.candidates`: every reading of a number a text allows;
* :mod:`~indicators.vietnamese.find`: every quantity, ordinal and fraction of a text;
* :mod:`~indicators.vietnamese.read`: one figure as a curator writes it, and its hedges;
* :mod:`~indicators.vietnamese.formatting`: a value as a reader expects it.

Public names are imported on first use, so ``indicators.model`` can name the units cheaply.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_LAZY = {
    "HEDGES": "hedges",
    "UNITS": "units",
    "Quantity": "spans",
    "QuantitySpan": "spans",
    "Unit": "units",
    "UnitCode": "units",
    "UnitKind": "units",
    "find_quantities": "find",
    "format_number": "formatting",
    "format_value": "formatting",
    "hedges_not_in": "read",
    "parse_number": "read",
    "read_quantity": "read",
    "scale_label": "formatting",
}

if TYPE_CHECKING:
    from indicators.vietnamese.find import Quantity, QuantitySpan, find_quantities
    from indicators.vietnamese.formatting import format_number, format_value, scale_label
    from indicators.vietnamese.hedges import HEDGES
    from indicators.vietnamese.read import hedges_not_in, parse_number, read_quantity
    from indicators.vietnamese.units import UNITS, Unit, UnitCode, UnitKind


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "HEDGES",
    "UNITS",
    "Quantity",
    "QuantitySpan",
    "Unit",
    "UnitCode",
    "UnitKind",
    "find_quantities",
    "format_number",
    "format_value",
    "hedges_not_in",
    "parse_number",
    "read_quantity",
    "scale_label",
]
