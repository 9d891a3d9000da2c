"""Writing a value as a reader expects it (indicators.vietnamese.formatting)."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest

from indicators.vietnamese import formatting
from indicators.vietnamese.formatting import format_number, format_value, scale_label

D = Decimal


def test_module_examples() -> None:
    result = doctest.testmod(formatting, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("value", "unit", "vi", "en"),
    [
        (D("8670000000"), "USD", "8,67 tỷ USD", "US$8.67 billion"),
        (D("2067000000"), "USD", "2,067 tỷ USD", "US$2.067 billion"),
        (D("4290000000"), "USD", "4,29 tỷ USD", "US$4.29 billion"),
        (D("500"), "USD", "500 USD", "US$500"),
        (D("500000000000000"), "VND", "500 nghìn tỷ đồng", "VND 500 trillion"),
        (D("33700000"), "visits", "33,7 triệu lượt", "33.7 million visits"),
        (D("1"), "visits", "1 lượt", "1 visit"),
        (D("6.52"), "percent", "6,52%", "6.52%"),
        (D("0.5"), "percentage_points", "0,5 điểm phần trăm", "0.5 percentage points"),
        (D("2"), "rank", "thứ 2", "2nd"),
        (D("11"), "rank", "thứ 11", "11th"),
        (D("23"), "rank", "thứ 23", "23rd"),
        (D("3.9"), "times", "gấp 3,9 lần", "3.9×"),
        (D("58"), "cities", "58 địa phương", "58 localities"),
        (D("117"), "countries", "117 quốc gia", "117 countries"),
        (D("3000"), "establishments", "3.000 cơ sở lưu trú", "3,000 establishments"),
        (D("250"), "visits_per_year", "250 lượt/năm", "250 visits/year"),
        (D("32"), "agreements", "32 thỏa thuận", "32 agreements"),
        (D("17"), "delegations", "17 đoàn", "17 delegations"),
        (D("1"), "people", "1 người", "1 person"),
        (8.67e9, "USD", "8,67 tỷ USD", "US$8.67 billion"),
        (58, "cities", "58 địa phương", "58 localities"),
    ],
)
def test_format_value(value: Decimal | float | int, unit: str, vi: str, en: str) -> None:
    assert format_value(value, unit, "vi") == vi
    assert format_value(value, unit, "en") == en


def test_floats_lose_their_binary_noise() -> None:
    assert format_value(78.30000000000001, "USD", "vi") == "78,3 USD"
    assert format_value(0.1 + 0.2, "percent", "en") == "0.3%"
    assert format_number(8.67e9 / 1e9, "vi") == "8,67"
    assert format_value(8670000000.0, "USD", "en") == "US$8.67 billion"


def test_format_value_fraction() -> None:
    assert format_value(D(23), "targets", "vi", out_of=D(24)) == "23/24 chỉ tiêu"
    assert format_value(D(23), "targets", "en", out_of=D(24)) == "23 of 24 targets"
    with pytest.raises(ValueError, match="count unit"):
        format_value(D(1), "USD", "vi", out_of=D(2))


def test_format_value_rejects() -> None:
    with pytest.raises(ValueError, match="'km'"):
        format_value(1, "km", "vi")
    with pytest.raises(ValueError, match="whole number"):
        format_value(D("2.5"), "rank", "en")
    with pytest.raises(ValueError, match="finite"):
        format_value(float("nan"), "USD", "en")
    with pytest.raises(ValueError, match="'de'"):
        format_value(1, "USD", "de")


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (3302, "vi", None, "3.302"),
        (D("8.67"), "vi", None, "8,67"),
        (1234567, "vi", None, "1.234.567"),
        (3302, "en", None, "3,302"),
        (8.67, "en", None, "8.67"),
        (D("1234.5"), "vi", 2, "1.234,50"),
        (D("2.345"), "en", 2, "2.35"),
        (D("0"), "vi", None, "0"),
        (D("-1234.5"), "en", None, "-1,234.5"),
        (D("1E+3"), "en", None, "1,000"),
        (D("100.000"), "vi", None, "100"),
        (D("0.000001"), "en", None, "0.000001"),
    ],
)
def test_format_number(value: Decimal | float | int, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(value, lang, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("value", "lang", "divisor", "word"),
    [
        (D("8670000000"), "vi", D("1e9"), "tỷ"),
        (8.67e9, "en", D("1e9"), "billion"),
        (D("5e14"), "vi", D("1e12"), "nghìn tỷ"),
        (33_700_000, "en", D("1e6"), "million"),
        (3000, "vi", D(1), ""),
    ],
)
def test_scale_label(value: Decimal | float | int, lang: str, divisor: Decimal, word: str) -> None:
    assert scale_label(value, lang) == (divisor, word)
