"""A figure and a change in words that keep their hedges: "hơn 65 đoàn", "more than +16.2%".

Wherever a value is printed (chart labels and hover, cards, panels, tables, citations) it goes
through :func:`hedged_value`, so "hơn 65" is never shown as a bare 65::

    hedged_value("65 đoàn", ["more_than"], "vi")                  -> "hơn 65 đoàn"
    hedged_value("US$58 billion", ["approximately"], "en")        -> "about US$58 billion"
    hedged_value("VND 500 trillion", ["approximately", "estimate"], "en")
                                                                  -> "est. about VND 500 trillion"
    worded_value("hai con số", "10%", ["target", "at_least"], "en")
                                                                  -> "“hai con số” (read as at least 10%)"

A change (:class:`indicators.compare.Change`) is said by :func:`change_words`: "hơn +16,2%",
"about −3.0%", "up 3 in rank", "+0.25 percentage points".
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from indicators.compare import Change
from indicators.vietnamese.formatting import format_number, format_value

# Words before the amount, the status first ("ước", "dự kiến", "mục tiêu"), then the bound.
STATUS: Final[dict[str, dict[str, str]]] = {
    "estimate": {"vi": "ước", "en": "est."},
    "projected": {"vi": "dự kiến", "en": "projected"},
    "target": {"vi": "mục tiêu", "en": "target"},
}
BOUND: Final[dict[str, dict[str, str]]] = {
    "approximately": {"vi": "khoảng", "en": "about"},
    "nearly": {"vi": "gần", "en": "nearly"},
    "more_than": {"vi": "hơn", "en": "more than"},
    "less_than": {"vi": "dưới", "en": "less than"},
    "at_least": {"vi": "ít nhất", "en": "at least"},
}
CHANGE_BOUND: Final[dict[str, dict[str, str]]] = {
    "exact": {"vi": "", "en": ""},
    "about": {"vi": "khoảng ", "en": "about "},
    "more_than": {"vi": "hơn ", "en": "more than "},
    "less_than": {"vi": "dưới ", "en": "less than "},
    "at_least": {"vi": "ít nhất ", "en": "at least "},
}
READ_AS: Final = {"vi": "đọc là", "en": "read as"}


def hedge_prefix(qualifiers: Iterable[str], lang: str) -> str:
    """Return the words that go before a figure's amount ('ước khoảng', 'more than'), or ''."""
    codes = set(qualifiers)
    words = [STATUS[code][lang] for code in STATUS if code in codes]
    words += [BOUND[code][lang] for code in BOUND if code in codes]
    return " ".join(words)


def hedged_value(value_text: str, qualifiers: Iterable[str], lang: str) -> str:
    """Return a formatted value with its hedge words before it: 'hơn 65 đoàn', 'about US$58 billion'."""
    prefix = hedge_prefix(qualifiers, lang)
    return f"{prefix} {value_text}" if prefix else value_text


def worded_value(figure: str, value_text: str, qualifiers: Iterable[str], lang: str) -> str:
    """Return a figure written in words as its words with their reading: '“hai con số” (read as at
    least 10%)'."""
    reading = hedged_value(value_text, [code for code in qualifiers if code in BOUND], lang)
    return f"“{figure}” ({READ_AS[lang]} {reading})"


def change_words(found: Change, lang: str) -> str:
    """Say a change as a reader expects it: 'hơn +16,2%', 'about −3.0%', 'up 3 in rank'."""
    bound = CHANGE_BOUND.get(found.wording, {}).get(lang, "")
    if found.measure == "places":
        places = _amount(found, lang, 0)
        if lang == "vi":
            return f"{'lên' if found.direction == 'up' else 'xuống'} {bound}{places} bậc"
        return f"{'up' if found.direction == 'up' else 'down'} {bound}{places} in rank"
    sign = "+" if found.direction == "up" else "−" if found.direction == "down" else "±"
    decimals = 1 if found.measure == "percent" else 2
    if found.measure == "percent":
        amount = f"{sign}{_amount(found, lang, decimals)}%"
    else:
        amount = sign + format_value(found.amount, "percentage_points", lang)
    if found.wording == "between" and found.upper is not None:
        upper = (
            f"{sign}{format_number(found.upper, lang, decimals=decimals)}%"
            if found.measure == "percent"
            else sign + format_value(found.upper, "percentage_points", lang)
        )
        return f"từ {amount} đến {upper}" if lang == "vi" else f"between {amount} and {upper}"
    return f"{bound}{amount}"


def _amount(found: Change, lang: str, decimals: int) -> str:
    if found.measure == "places":
        return format_number(found.amount, lang)
    return format_number(Decimal(found.amount), lang, decimals=decimals)
