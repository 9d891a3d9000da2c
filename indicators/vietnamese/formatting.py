"""Write a value as a reader of either language expects it::

>>> format_value(Decimal("2067000000"), "USD", "vi"), format_value(8.67e9, "USD", "en")
('2,067 tỷ USD', 'US$8.67 billion')
>>> format_value(23, "targets", "en", out_of=Decimal(24)), format_number(1234567, "vi")
('23 of 24 targets', '1.234.567')
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from indicators.languages import check_lang
from indicators.vietnamese.numerals import EXACT, SEPARATORS, to_decimal
from indicators.vietnamese.units import UNITS, UnitKind

_SCALES = {
    "vi": ((12, "nghìn tỷ"), (9, "tỷ"), (6, "triệu")),
    "en": ((12, "trillion"), (9, "billion"), (6, "million")),
}


def scale_label(value: Decimal | float | int, lang: str) -> tuple[Decimal, str]:
    """The divisor and scale word for showing ``value`` (8.67e9 -> 1e9, "tỷ"/"billion")."""
    check_lang(lang)
    magnitude = abs(to_decimal(value))
    for exp, word in _SCALES[lang]:
        if magnitude >= Decimal(10) ** exp:
            return Decimal(10) ** exp, word
    return Decimal(1), ""


def format_number(value: Decimal | float | int, lang: str, *, decimals: int | None = None) -> str:
    """A bare number with the language's separators: vi "1.234,5", en "1,234.5"."""
    check_lang(lang)
    number = to_decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, EXACT)
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    group, mark = SEPARATORS[lang]
    grouped = group.join(whole[max(0, i - 3) : i] for i in range(len(whole), 0, -3)[::-1])
    sign = "-" if number < 0 else ""
    return sign + grouped + (mark + fraction if fraction else "")


def format_value(value: Decimal | float | int, unit: str, lang: str, *, out_of: Decimal | None = None) -> str:
    """A value with its scale word and unit as a reader expects it: "8,67 tỷ USD", "2nd"."""
    check_lang(lang)
    if unit not in UNITS:
        raise ValueError(f"expected a unit among {', '.join(UNITS)}, found {unit!r}")
    info = UNITS[unit]
    number = to_decimal(value)
    plain = format_number(number, lang)
    if info.kind == UnitKind.RANK:
        if number != number.to_integral_value():
            raise ValueError(f"expected a whole number for a rank, found {plain}")
        return f"thứ {plain}" if lang == "vi" else plain + _en_ordinal_suffix(int(number))
    if info.kind == UnitKind.MULTIPLE:
        return f"gấp {plain} lần" if lang == "vi" else f"{plain}×"
    if unit == "percent":
        return f"{plain}%"
    if out_of is not None:
        if info.kind != UnitKind.COUNT:
            raise ValueError(f"expected a count unit for a fraction, found {unit!r}")
        whole = format_number(out_of, lang)
        return f"{plain}/{whole} {info.vi_label}" if lang == "vi" else f"{plain} of {whole} {info.en_label}"
    divisor, word = scale_label(number, lang) if unit != "percentage_points" else (Decimal(1), "")
    scaled = format_number(number.scaleb(-divisor.adjusted(), EXACT), lang)
    amount = f"{scaled} {word}" if word else scaled
    if unit == "USD":
        return f"{amount} USD" if lang == "vi" else f"US${amount}"
    if unit == "VND":
        return f"{amount} đồng" if lang == "vi" else f"VND {amount}"
    if lang == "vi":
        return f"{amount} {info.vi_label}"
    label = info.en_one if info.en_one is not None and number == 1 and not word else info.en_label
    return f"{amount} {label}"


def _en_ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
