"""Numerals: digits with the language's separators, Roman numerals, and exact decimals.

Vietnamese groups thousands with "." and marks decimals with ","; English does the reverse::

    >>> numeral_value("2.067", "vi"), numeral_value("8,67", "vi"), numeral_value("8.67", "en")
    (Decimal('2067'), Decimal('8.67'), Decimal('8.67'))
    >>> roman_value("XVII"), roman_value("IIII")
    (17, None)
"""

from __future__ import annotations

import re
from decimal import Context, Decimal

EXACT = Context(prec=100)
"""The context of every scaling: wide enough that no figure is ever rounded."""
HUGE = 10**100
"""A whole number this large has more digits than :data:`EXACT` holds."""
NUMERAL = re.compile(r"[0-9](?:[0-9.,]*[0-9])?")
VI_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")  # "108.900": thousands, the Vietnamese way
SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (grouping, decimal mark)

_FLOAT_DIGITS = Context(prec=15)
_ONE = Decimal(1)
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def numeral_value(numeral: str, lang: str, original: str | None = None) -> Decimal:
    """Read digits and separators as ``lang`` writes them ("2.067" in Vietnamese is 2067).

    A lone separator not followed by exactly three digits is read as a decimal mark ("1.5").
    ``original`` is the text named in the error message (``numeral`` by default).
    """
    group, mark = SEPARATORS[lang]
    problem = f"cannot read {original if original is not None else numeral!r} as a number"
    if numeral.count(mark) > 1:
        raise ValueError(f"{problem}: more than one decimal mark {mark!r}")
    whole, _, fraction = numeral.partition(mark)
    if group in fraction:
        raise ValueError(f"{problem}: {group!r} after the decimal mark {mark!r}")
    groups = whole.split(group)
    if any(not part for part in groups):
        raise ValueError(f"{problem}: separators must stand between digits")
    if len(groups) > 1:
        grouped = 1 <= len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:])
        if grouped:
            whole = "".join(groups)
        elif len(groups) == 2 and not fraction:
            whole, fraction = groups
        else:
            raise ValueError(f"{problem}: groups of three digits expected after {group!r}")
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def roman_value(numeral: str) -> int | None:
    """Value of an upper-case Roman numeral ("XVII" -> 17), or None if it is not a valid one."""
    if not numeral or not _ROMAN_VALID.fullmatch(numeral):
        return None
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_DIGITS[char]
        following = _ROMAN_DIGITS[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def to_decimal(value: Decimal | float | int) -> Decimal:
    """``value`` as a finite Decimal; a float keeps its 15 reliable significant digits."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, found {value}")
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"expected a finite number, found {value}")
        # Beyond 15 significant digits a float holds binary noise (0.1 + 0.2).
        return _FLOAT_DIGITS.create_decimal_from_float(value)
    return Decimal(value)


def plain_number(value: Decimal) -> str:
    """Write a number in full, without exponent or trailing zeros ('5E+14' -> '500000000000000')."""
    if not value.is_finite():
        raise ValueError(f"expected a finite number, found {value}")
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def canonical(value: Decimal) -> Decimal:
    """``value`` without exponent noise: 2.067E+9 -> 2067000000, 6.520 -> 6.52."""
    if value == value.to_integral_value():
        return value.quantize(_ONE, context=EXACT)
    return value.normalize(EXACT)


def whole(number: int) -> Decimal:
    """``Decimal(number)``, canonical (as :func:`canonical` makes it, failing where it fails)."""
    return Decimal(number) if number < HUGE else canonical(Decimal(number))


def lowercase(text: str) -> str:
    """``text`` in lower case, character for character, so offsets stay the same."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)
