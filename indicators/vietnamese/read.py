"""Read a figure as a curator writes it: a bare number, or a phrase with scale, unit and hedges::

>>> parse_number("2.067"), parse_number("8,67"), parse_number("8.67", "en")
(Decimal('2067'), Decimal('8.67'), Decimal('8.67'))
>>> read_quantity("khoảng 500.000 tỷ VND")
Quantity(value=Decimal('500000000000000'), unit='VND', hedges=('approximately',), out_of=None)
>>> read_quantity("23/24 chỉ tiêu")
Quantity(value=Decimal('23'), unit='targets', hedges=(), out_of=Decimal('24'))
>>> read_quantity("đứng thứ hai").value, read_quantity("hai mươi lăm").value
(Decimal('2'), Decimal('25'))
>>> sorted(hedges_not_in("ước đạt hơn 3.000 cơ sở trên thế giới", {"estimate", "nearly"}))
['nearly']
"""

from __future__ import annotations

import re
from decimal import Decimal

from indicators.languages import check_lang
from indicators.text import normalise_plain
from indicators.vietnamese.find import Quantity, find_quantities
from indicators.vietnamese.hedges import hedge_words, hedges_before
from indicators.vietnamese.numerals import NUMERAL, VI_GROUPED, lowercase, numeral_value
from indicators.vietnamese.words import words_value

# A numeral right after whitespace (it starts with a digit so the engine can skip ahead to one).
_NUMERAL_AFTER_SPACE = re.compile(r"[0-9](?<=\s[0-9])(?:[0-9.,]*[0-9])?")


def parse_number(text: str, lang: str = "vi") -> Decimal:
    """Read a bare number: digits with the language's separators, or Vietnamese number words."""
    check_lang(lang)
    clean = normalise_plain(text)
    if not clean:
        raise ValueError(f"expected a number, found an empty text {text!r}")
    if NUMERAL.fullmatch(clean):
        return numeral_value(clean, lang, text)
    if lang == "vi":
        value = words_value(clean.lower().split(), lone_ok=True)
        if value is not None:
            return Decimal(value)
    example = "3.302 or 8,67" if lang == "vi" else "3,302 or 8.67"
    raise ValueError(f"expected a number such as {example}, found {text!r}")


def read_quantity(text: str, lang: str = "vi") -> Quantity:
    """Read the first number of a phrase with its scale, unit, hedges and denominator."""
    check_lang(lang)
    found = find_quantities(normalise_plain(text), lang, strict=True)
    if not found:
        raise ValueError(f"expected a phrase holding a number, found {text!r}")
    return found[0].quantity


def hedges_not_in(text: str, codes: set[str], lang: str = "vi", *, near: int | None = None) -> set[str]:
    """The qualifier codes of ``codes`` for which ``text`` holds no hedge word.

    A hedge word is one that hedges wherever it stands ("ước tính", "dự kiến"), or one before a
    quantity of the text ("hơn 100"). The text is read only as far as it needs: the hedges
    before the numeral at ``near`` (where the caller expects the figure), then the hedge words
    read anywhere, then those before each numeral that follows a space, and the whole text's
    quantities only if a code is still missing. A hedge read before such a numeral is one the
    whole reading finds there too: the numeral starts a quantity (when it reads as a number), and
    no quantity found earlier can reach over the hedge or filler word right before it, since none
    of those words is a number, scale or unit word (tests/test_vietnamese_hedges.py checks this).
    """
    check_lang(lang)
    missing = set(codes)
    if not missing:
        return missing
    clean = normalise_plain(text)
    if (
        near is not None
        and lang == "vi"
        and clean == text
        and (numeral := _NUMERAL_AFTER_SPACE.match(text, near)) is not None
    ):
        missing.difference_update(_numeral_hedges(text, numeral))
        if not missing:
            return missing
    lower = lowercase(clean)
    missing.difference_update(word.code for word in hedge_words(lower, lang))
    if missing and lang == "vi":
        for match in _NUMERAL_AFTER_SPACE.finditer(clean):
            missing.difference_update(_numeral_hedges(clean, match))
            if not missing:
                break
    if missing:
        for span in find_quantities(clean, lang, lower=lower):
            missing.difference_update(span.hedges)
    return missing


def _numeral_hedges(text: str, numeral: re.Match[str]) -> tuple[str, ...]:
    """The hedges of the quantity a numeral after a space starts (none if it reads as no number)."""
    digits = numeral.group()
    if not (  # the common forms read; the others are tried
        digits.isdigit() or ("." not in digits and digits.count(",") == 1) or VI_GROUPED.fullmatch(digits)
    ):
        try:
            numeral_value(digits, "vi")
        except ValueError:
            return ()  # no quantity starts here
    return hedges_before(text, numeral.start(), "vi")
