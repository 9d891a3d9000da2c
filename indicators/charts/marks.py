"""A figure's marker: its shape says what kind of figure it is, its fill whether the amount is hedged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from indicators.charts.points import Point

_SHAPES: Final = (
    ("target", "star"),
    ("projected", "square"),
    ("estimate", "diamond"),
    ("more_than", "triangle-up"),
    ("at_least", "triangle-up"),
    ("less_than", "triangle-down"),
)
_HOLLOW: Final = frozenset({"approximately", "nearly", "estimate", "projected"})
# The hedges the legend's key names, in the order it names them.
KEY_ORDER: Final = (
    "approximately",
    "nearly",
    "more_than",
    "at_least",
    "less_than",
    "estimate",
    "projected",
    "target",
)


def marker_symbol(qualifiers: Iterable[str]) -> str:
    """Return the plotly marker symbol for a figure's qualifier codes.

    The shape comes from the strongest of target (star), projected (square), estimate
    (diamond) and more_than (triangle-up), else a circle; it is hollow ("-open") when the amount
    is hedged (approximately, nearly, estimate, projected).
    """
    codes = {code for code in qualifiers if code}
    shape = next((symbol for code, symbol in _SHAPES if code in codes), "circle")
    return f"{shape}-open" if codes & _HOLLOW else shape


def point_symbol(point: Point) -> str:
    """A doubted figure is a hollow circle with a dot, whatever its hedges (the "?" beside it says why)."""
    return "circle-open-dot" if point.doubted else marker_symbol(point.qualifiers)


def key_rank(point: Point) -> list[int]:
    """Return the places of a point's hedges in the key's order."""
    return [KEY_ORDER.index(code) for code in point.qualifiers if code in KEY_ORDER]
