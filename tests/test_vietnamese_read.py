"""Reading a figure as a curator writes it (indicators.vietnamese.read, .numerals, .words)."""

from __future__ import annotations

import doctest
import unicodedata
from decimal import Decimal
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import indicators.vietnamese
from indicators.vietnamese import numerals, ordinals, read, words
from indicators.vietnamese.find import Quantity
from indicators.vietnamese.formatting import format_number, format_value
from indicators.vietnamese.read import parse_number, read_quantity
from indicators.vietnamese.units import UNITS

D = Decimal


@pytest.mark.parametrize("module", [indicators.vietnamese, numerals, ordinals, read, words])
def test_module_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


# --- parse_number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("3.302", "vi", "3302"),
        ("8,67", "vi", "8.67"),
        ("500.000", "vi", "500000"),
        ("2.067", "vi", "2067"),
        ("1.234,5", "vi", "1234.5"),
        ("1.234.567", "vi", "1234567"),
        ("3,302", "vi", "3.302"),  # a comma is the decimal mark, whatever follows it
        ("0,5", "vi", "0.5"),
        ("2019", "vi", "2019"),
        ("1.5", "vi", "1.5"),  # a lone "." not followed by three digits is read as a decimal mark
        (" 120,5 ", "vi", "120.5"),
        ("8.67", "en", "8.67"),
        ("3,302", "en", "3302"),
        ("1,234,567.25", "en", "1234567.25"),
        ("500", "en", "500"),
        ("mười", "vi", "10"),
        ("hai mươi lăm", "vi", "25"),
        ("một trăm linh năm", "vi", "105"),
        ("năm", "vi", "5"),
        ("Hai Mươi Mốt", "vi", "21"),
    ],
)
def test_parse_number(text: str, lang: str, expected: str) -> None:
    assert parse_number(text, lang) == D(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("", "vi"),
        ("   ", "vi"),
        ("abc", "vi"),
        ("1..2", "vi"),
        ("8,6,7", "vi"),
        ("1,234.5", "vi"),
        ("12.34.5", "vi"),
        (".5", "vi"),
        ("5.", "vi"),
        ("1.234,5", "en"),
        ("8.6.7", "en"),
        ("hai ba", "vi"),
        ("mươi", "vi"),
        ("five", "en"),
    ],
)
def test_parse_number_rejects(text: str, lang: str) -> None:
    with pytest.raises(ValueError, match=r"found|cannot read") as error:
        parse_number(text, lang)
    assert repr(text) in str(error.value)


def test_parse_number_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        parse_number("1", "fr")


# --- Vietnamese number words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
        ("mười", 10),
        ("mười một", 11),
        ("mười lăm", 15),
        ("mười tư", 14),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("hai mươi lăm", 25),
        ("ba mươi nhăm", 35),
        ("năm mươi", 50),
        ("một trăm", 100),
        ("trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm lẻ một", 201),
        ("ba trăm mười", 310),
        ("chín trăm chín mươi chín", 999),
        ("ngàn", 1000),
        ("một nghìn", 1000),
        ("hai nghìn không", None),
        ("hai nghìn linh năm", 2005),
        ("năm nghìn", 5000),
        ("mười hai nghìn", 12000),
        ("ba triệu", 3_000_000),
        ("hai tỷ ba trăm triệu", 2_300_000_000),
        ("một nghìn tỷ", 10**12),
        ("hai chục", 20),
        ("chục", 10),
    ],
)
def test_number_words(words: str, expected: int | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_number(words)
    else:
        assert parse_number(words) == expected


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("mười năm", 10, "years"),  # ten years: "năm" after "mười" is the year word
        ("hai mươi năm", 20, "years"),
        ("một trăm năm", 100, "years"),
        ("hai nghìn năm", 2000, "years"),
        ("ngàn năm văn hiến", 1000, "years"),
        ("hai năm 2018-2019", 2, "years"),
        ("năm mươi năm", 50, "years"),
    ],
)
def test_nam_is_the_year_word_unless_a_number_needs_it(phrase: str, value: int, unit: str) -> None:
    quantity = read_quantity(phrase)
    assert (quantity.value, quantity.unit) == (D(value), unit)


# --- read_quantity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "hedges", "out_of"),
    [
        ("2.067 triệu USD", "2067000000", "USD", (), None),
        ("8,67 tỷ USD", "8670000000", "USD", (), None),
        ("4,29 tỷ USD", "4290000000", "USD", (), None),
        ("19,4 tỷ USD", "19400000000", "USD", (), None),
        ("25 tỷ USD vốn đầu tư trực tiếp (FDI)", "25000000000", "USD", (), None),
        ("ước đạt 3,28 tỷ USD", "3280000000", "USD", ("estimate",), None),
        ("khoảng 58 tỷ USD", "58000000000", "USD", ("approximately",), None),
        ("khoảng 500.000 tỷ VND", "500000000000000", "VND", ("approximately",), None),
        ("cụ thể là khoảng 500.000 tỷ VND", "500000000000000", "VND", ("approximately",), None),
        ("500 nghìn tỷ đồng", "500000000000000", "VND", (), None),
        ("2 tỉ đồng", "2000000000", "VND", (), None),
        ("5 triệu VNĐ", "5000000", "VND", (), None),
        ("100 đô la Mỹ", "100", "USD", (), None),
        ("33,7 triệu lượt khách", "33700000", "visits", (), None),
        ("7,2 triệu lượt khách quốc tế", "7200000", "visits", (), None),
        ("gần 29 triệu lượt khách", "29000000", "visits", ("nearly",), None),
        ("7,1 triệu lượt", "7100000", "visits", (), None),
        ("khoảng 250 lượt/năm", "250", "visits_per_year", ("approximately",), None),
        ("hơn 3.000 cơ sở lưu trú", "3000", "establishments", ("more_than",), None),
        ("hơn 100 thủ đô, thành phố", "100", "cities", ("more_than",), None),
        ("58 thủ đô, thành phố và địa phương", "58", "cities", (), None),
        ("61 thủ đô, thành phố", "61", "cities", (), None),
        ("117 quốc gia và vùng lãnh thổ", "117", "countries", (), None),
        ("97 quốc gia và vùng lãnh thổ", "97", "countries", (), None),
        ("32 thỏa thuận quốc tế", "32", "agreements", (), None),
        ("12 thoả thuận", "12", "agreements", (), None),
        ("17 đoàn ngoại giao", "17", "delegations", (), None),
        ("hơn 65 đoàn khách quốc tế", "65", "delegations", ("more_than",), None),
        ("11 dự án ODA", "11", "projects", (), None),
        ("hơn 20 sự kiện văn hóa quốc tế", "20", "events", ("more_than",), None),
        ("6,52%", "6.52", "percent", (), None),
        ("dự kiến đạt 6,52%", "6.52", "percent", ("projected",), None),
        ("120,5% dự toán", "120.5", "percent", (), None),
        ("ước tính đạt 120,5% dự toán", "120.5", "percent", ("estimate",), None),
        ("12,8% về vốn", "12.8", "percent", (), None),
        ("5 phần trăm", "5", "percent", (), None),
        ("0,3 điểm phần trăm", "0.3", "percentage_points", (), None),
        ("23/24 chỉ tiêu", "23", "targets", (), "24"),
        ("6 chỉ tiêu vượt kế hoạch", "6", "targets", (), None),
        ("đứng thứ hai", "2", "rank", (), None),
        ("thứ 5 cả nước", "5", "rank", (), None),
        ("đứng thứ 5 cả nước", "5", "rank", (), None),
        ("thứ nhất", "1", "rank", (), None),
        ("thứ tư", "4", "rank", (), None),
        ("thứ năm", "5", "rank", (), None),
        ("lần thứ XVII", "17", "rank", (), None),
        ("đầu tiên", "1", "rank", (), None),
        ("gấp 3,9 lần", "3.9", "times", (), None),
        ("gấp đôi", "2", "times", (), None),
        ("gấp ba lần", "3", "times", (), None),
        ("hơn 30 năm", "30", "years", ("more_than",), None),
        ("9 tháng", "9", "months", (), None),
        ("mười", "10", None, (), None),
        ("hai mươi lăm", "25", None, (), None),
        ("hàng trăm dự án", "100", "projects", ("more_than",), None),
        ("xấp xỉ 2 tỷ USD", "2000000000", "USD", ("approximately",), None),
        ("trên 2.000 người", "2000", "people", ("more_than",), None),
        ("mục tiêu đạt 10%", "10", "percent", ("target",), None),
        ("phấn đấu đạt 8%", "8", "percent", ("target",), None),
        ("dự kiến khoảng 1 triệu lượt", "1000000", "visits", ("projected", "approximately"), None),
        ("năm 2019 đạt 8,67 tỷ USD", "2019", None, (), None),  # the first number of the phrase
    ],
)
def test_read_quantity_vi(
    phrase: str, value: str, unit: str | None, hedges: tuple[str, ...], out_of: str | None
) -> None:
    expected = Quantity(D(value), unit, hedges, None if out_of is None else D(out_of))
    assert read_quantity(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "hedges", "out_of"),
    [
        ("US$8.67 billion", "8670000000", "USD", (), None),
        ("$2.067 billion", "2067000000", "USD", (), None),
        ("8.67 billion USD", "8670000000", "USD", (), None),
        ("VND 500 trillion", "500000000000000", "VND", (), None),
        ("about VND 500 trillion", "500000000000000", "VND", ("approximately",), None),
        ("an estimated US$3.28 billion", "3280000000", "USD", ("estimate",), None),
        ("6.52%", "6.52", "percent", (), None),
        ("33.7 million visits", "33700000", "visits", (), None),
        ("nearly 29 million visitors", "29000000", "visits", ("nearly",), None),
        ("more than 3,000 establishments", "3000", "establishments", ("more_than",), None),
        ("over 100 cities", "100", "cities", ("more_than",), None),
        ("117 countries and territories", "117", "countries", (), None),
        ("2nd", "2", "rank", (), None),
        ("1st", "1", "rank", (), None),
        ("3rd", "3", "rank", (), None),
        ("5th", "5", "rank", (), None),
        ("second", "2", "rank", (), None),
        ("3.9 times", "3.9", "times", (), None),
        ("3.9×", "3.9", "times", (), None),
        ("3.9x", "3.9", "times", (), None),
        ("23 of 24 targets", "23", "targets", (), "24"),
        ("23/24 targets", "23", "targets", (), "24"),
        ("250 visits/year", "250", "visits_per_year", (), None),
        ("expected to reach 6.52%", "6.52", "percent", ("projected",), None),
    ],
)
def test_read_quantity_en(
    phrase: str, value: str, unit: str | None, hedges: tuple[str, ...], out_of: str | None
) -> None:
    expected = Quantity(D(value), unit, hedges, None if out_of is None else D(out_of))
    assert read_quantity(phrase, "en") == expected


@pytest.mark.parametrize("phrase", ["", "abc", "1..2", "8,6,7", "dẫn đầu cả nước", "hơn nữa"])
def test_read_quantity_rejects(phrase: str) -> None:
    with pytest.raises(ValueError) as error:
        read_quantity(phrase)
    assert repr(phrase) in str(error.value)


def test_read_quantity_normalises_unicode() -> None:
    decomposed = unicodedata.normalize("NFD", "khoảng 12 thoả thuận")
    assert read_quantity(decomposed) == Quantity(D(12), "agreements", ("approximately",))
    assert read_quantity(unicodedata.normalize("NFD", "2 tỉ đồng")).value == D(2_000_000_000)


def test_values_are_exact() -> None:
    quantity = read_quantity("0,1 tỷ USD")
    assert quantity.value == D("100000000")
    assert str(read_quantity("8,67 tỷ USD").value) == "8670000000"
    assert str(read_quantity("6,520%").value) == "6.52"


# --- round trip ---------------------------------------------------------------------------------

_VALUES = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(min_value=0, max_value=10**15 - 1),
    st.integers(min_value=-8, max_value=3),
) | st.decimals(min_value=0, max_value=10**15, places=4, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(value=_VALUES, unit=st.sampled_from(sorted(UNITS)), lang=st.sampled_from(["vi", "en"]))
def test_round_trip(value: Decimal, unit: str, lang: str) -> None:
    if UNITS[unit].kind == "rank":
        value = value.to_integral_value()
    text = format_value(value, unit, lang)
    quantity = read_quantity(text, lang)
    assert (quantity.value, quantity.unit, quantity.out_of) == (value, unit, None), text


@settings(max_examples=200, deadline=None)
@given(
    part=st.integers(min_value=0, max_value=10**7),
    whole=st.integers(min_value=1, max_value=10**7),
    unit=st.sampled_from(sorted(code for code, u in UNITS.items() if u.kind == "count")),
    lang=st.sampled_from(["vi", "en"]),
)
def test_round_trip_fraction(part: int, whole: int, unit: str, lang: str) -> None:
    text = format_value(D(part), unit, lang, out_of=D(whole))
    assert read_quantity(text, lang) == Quantity(D(part), unit, (), D(whole)), text


@settings(max_examples=200, deadline=None)
@given(value=_VALUES, lang=st.sampled_from(["vi", "en"]))
def test_format_number_round_trip(value: Decimal, lang: str) -> None:
    assert parse_number(format_number(value, lang), lang) == value
