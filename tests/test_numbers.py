"""Reading and formatting Vietnamese and English numbers (indicators.numbers)."""

from __future__ import annotations

import dataclasses
import doctest
import itertools
import pickle
import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import numbers
from indicators.numbers import (
    HEDGES,
    UNITS,
    Quantity,
    QuantitySpan,
    find_quantities,
    format_number,
    format_value,
    hedge_words_in,
    hedges_not_in,
    parse_number,
    read_quantity,
    scale_label,
)

D = Decimal


def test_module_examples() -> None:
    result = doctest.testmod(numbers, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_units_are_consistent() -> None:
    kinds = {"money", "percent", "count", "rank", "multiple", "rate"}
    for code, unit in UNITS.items():
        assert unit.code == code
        assert unit.kind in kinds
        assert unit.vi_label
        assert unit.en_label
    required = {"USD", "VND", "percent", "visits", "visits_per_year", "countries", "cities",
                "agreements", "delegations", "projects", "events", "establishments", "targets",
                "rank", "times"}
    assert required <= set(UNITS)


# --- parse_number -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
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
])
def test_parse_number(text: str, lang: str, expected: str) -> None:
    assert parse_number(text, lang) == D(expected)


@pytest.mark.parametrize(("text", "lang"), [
    ("", "vi"), ("   ", "vi"), ("abc", "vi"), ("1..2", "vi"), ("8,6,7", "vi"), ("1,234.5", "vi"),
    ("12.34.5", "vi"), (".5", "vi"), ("5.", "vi"), ("1.234,5", "en"), ("8.6.7", "en"),
    ("hai ba", "vi"), ("mươi", "vi"), ("five", "en"),
])
def test_parse_number_rejects(text: str, lang: str) -> None:
    with pytest.raises(ValueError, match=r"found|cannot read") as error:
        parse_number(text, lang)
    assert repr(text) in str(error.value)


def test_parse_number_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        parse_number("1", "fr")


# --- Vietnamese number words --------------------------------------------------------------------

@pytest.mark.parametrize(("words", "expected"), [
    ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("sáu", 6), ("bảy", 7), ("tám", 8),
    ("chín", 9), ("mười", 10), ("mười một", 11), ("mười lăm", 15), ("mười tư", 14),
    ("hai mươi", 20), ("hai mươi mốt", 21), ("hai mươi tư", 24), ("hai mươi lăm", 25),
    ("ba mươi nhăm", 35), ("năm mươi", 50), ("một trăm", 100), ("trăm", 100),
    ("một trăm linh năm", 105), ("hai trăm lẻ một", 201), ("ba trăm mười", 310),
    ("chín trăm chín mươi chín", 999), ("ngàn", 1000), ("một nghìn", 1000),
    ("hai nghìn không", None), ("hai nghìn linh năm", 2005), ("năm nghìn", 5000),
    ("mười hai nghìn", 12000), ("ba triệu", 3_000_000), ("hai tỷ ba trăm triệu", 2_300_000_000),
    ("một nghìn tỷ", 10**12), ("hai chục", 20), ("chục", 10),
])
def test_number_words(words: str, expected: int | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_number(words)
    else:
        assert parse_number(words) == expected


@pytest.mark.parametrize(("phrase", "value", "unit"), [
    ("mười năm", 10, "years"),  # ten years: "năm" after "mười" is the year word
    ("hai mươi năm", 20, "years"),
    ("một trăm năm", 100, "years"),
    ("hai nghìn năm", 2000, "years"),
    ("ngàn năm văn hiến", 1000, "years"),
    ("hai năm 2018-2019", 2, "years"),
    ("năm mươi năm", 50, "years"),
])
def test_nam_is_the_year_word_unless_a_number_needs_it(phrase: str, value: int, unit: str) -> None:
    quantity = read_quantity(phrase)
    assert (quantity.value, quantity.unit) == (D(value), unit)


# --- read_quantity ------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "value", "unit", "hedges", "out_of"), [
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
])
def test_read_quantity_vi(phrase: str, value: str, unit: str | None, hedges: tuple[str, ...],
                          out_of: str | None) -> None:
    expected = Quantity(D(value), unit, hedges, None if out_of is None else D(out_of))
    assert read_quantity(phrase) == expected


@pytest.mark.parametrize(("phrase", "value", "unit", "hedges", "out_of"), [
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
])
def test_read_quantity_en(phrase: str, value: str, unit: str | None, hedges: tuple[str, ...],
                          out_of: str | None) -> None:
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


# --- hedges -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("trên thế giới", set()),
    ("hơn nữa", set()),
    ("mạnh mẽ hơn trong bối cảnh mới", set()),
    ("gần đây là Mạng lưới", set()),
    ("nước ngoài, hiệp ước, mong ước", set()),
    ("khoảng cách giữa hai bên", set()),
    ("trên 100 dự án", {"more_than"}),
    ("hơn 3.000 cơ sở", {"more_than"}),
    ("gần 29 triệu lượt khách", {"nearly"}),
    ("khoảng 250 lượt/năm", {"approximately"}),
    ("Lũy kế ước đạt 25 tỷ USD", {"estimate"}),
    ("ước 5 tỷ đồng", {"estimate"}),
    ("Tổng thu ngân sách ước tính đạt 120,5% dự toán, cụ thể là khoảng 500.000 tỷ VND",
     {"estimate", "approximately"}),
    ("Tốc độ tăng trưởng dự kiến đạt 6,52%", {"projected"}),
    ("Hà Nội đặt mục tiêu là thủ đô văn hiến", {"target"}),
    ("phấn đấu đến năm 2045", {"target"}),
    ("xếp thứ 5 trên 63 tỉnh", set()),
    ("xấp xỉ", {"approximately"}),
    ("Năm 2023, Hà Nội ước đón 24,1 triệu lượt khách", {"estimate"}),
    ("ước mơ của người dân, điều ước", set()),
    ("dự kiến vượt 600 nghìn tỷ đồng", {"projected", "more_than"}),
    ("dự báo tăng 7%", {"projected"}),
    ("theo kế hoạch, thu ngân sách đạt 400 nghìn tỷ", {"target"}),
    ("tăng trưởng từ 10% trở lên", {"at_least"}),
    ("ít nhất 5 dự án", {"at_least"}),
    ("dưới 5% và chưa đến 3 dự án", {"less_than"}),
])
def test_hedge_words_in(text: str, expected: set[str]) -> None:
    assert hedge_words_in(text) == expected
    assert expected <= set(HEDGES)
    assert hedges_not_in(text, set(HEDGES)) == set(HEDGES) - expected


def test_hedge_words_in_english() -> None:
    assert hedge_words_in("over the years, about the city", "en") == set()
    assert hedge_words_in("about 500 projects, an estimated US$3 billion", "en") == {
        "approximately", "estimate"}


# Words, numbers and marks that make the readers' hard cases when put together at random.
_PIECES = [
    *" " * 6, "  ", "\n", ",", ".", "/", "%", "(", "Hà Nội", "theo", "tăng",
    *(f"{word} " for word in ("khoảng", "khoảng chừng", "chừng", "xấp xỉ", "trên dưới", "gần", "hơn",
                              "trên", "ước", "ước đạt", "ước tính", "dự kiến", "mục tiêu", "phấn đấu",
                              "đạt", "là", "cụ thể là", "được", "với", "có", "lên tới", "đến", "ở mức",
                              "con số", "hàng", "Hơn", "Khoảng")),
    "5", "23", "2019", "8,67", "2.067", "108.900", "1.2.3", "8,6,7", "1.234,5", "12.34.5", "0123",
    "23/24", "5/3/2023", "10/2020", "2016-2020", "09:32", "C40", "XVII",
    "tỷ", "triệu", "nghìn", "trăm", "chục", "USD", "đồng", "lượt khách", "chỉ tiêu", "dự án", "người",
    "năm", "lần", "quốc gia", "thành phố và tỉnh", "phần trăm", "điểm phần trăm",
    "một", "hai", "ba", "Ba", "mươi", "lăm", "tư", "mười", "thứ", "gấp", "đôi", "đầu tiên", "khóa",
    "một số", "nửa", "số",
]


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=16),
       codes=st.sets(st.sampled_from(HEDGES)), near=st.integers(0, 80))
def test_hedges_not_in_agrees_with_hedge_words_in(pieces: list[str], codes: set[str],
                                                  near: int) -> None:
    text = "".join(pieces)
    expected = codes - hedge_words_in(text)
    assert hedges_not_in(text, codes) == expected, text
    assert hedges_not_in(text, codes, near=near) == expected, (text, near)
    for match in re.finditer(r"[0-9]", text):  # where a figure may start
        assert hedges_not_in(text, codes, near=match.start()) == expected, (text, match.start())


def test_no_hedge_or_filler_word_stands_inside_a_quantity() -> None:
    """What ``hedges_not_in`` relies on: a hedge read before a numeral is the numeral's own.

    The word right before a hedged number ends a hedge or filler phrase; no quantity can hold such
    a word and go on past it, so none found earlier covers the number.
    """
    ends = set(numbers._PHRASES["vi"])
    in_quantities = {*numbers._NUMBER_WORDS, *numbers._SCALE_WORD_EXP, "thứ", "gấp", "lần", "đôi",
                     "rưỡi", "đầu", "tiên", "nửa", "hàng"}
    assert not ends & in_quantities
    for _, pattern in numbers._VI_UNIT_WORDS:
        words = re.findall(r"[^\W\d_]+", _without_lookaheads(pattern).lower())
        assert not ends & set(words[:-1]), pattern  # "tiêu" ends "chỉ tiêu": the quantity ends too


def _without_lookaheads(pattern: str) -> str:
    """``pattern`` without its negative look-aheads: the words they name are never matched."""
    out, depth, skipping = [], 0, 0
    index = 0
    while index < len(pattern):
        if pattern.startswith("(?!", index) and not skipping:
            skipping, depth, index = 1, 1, index + 3
            continue
        char = pattern[index]
        if skipping:
            depth += (char == "(") - (char == ")")
            skipping = int(depth > 0)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def test_look_aheads_are_left_out_of_a_unit_s_words() -> None:
    assert _without_lookaheads(r"lượt(?!\s+(?!(?:trong|và)\b)x)|khách") == "lượt|khách"


def _read_in_full(text: str) -> Quantity | str:
    """``read_quantity`` from all the quantities of the text, or the message it raises."""
    try:
        found = numbers._quantities(numbers._clean(text), "vi", True)
    except ValueError as error:
        return str(error)
    if not found:
        return f"expected a phrase holding a number, found {text!r}"
    _, _, _, value, unit, hedges, out_of = found[0]
    return Quantity(value, unit, hedges, out_of)


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_read_quantity_agrees_with_the_whole_reading(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        read: Quantity | str = read_quantity(text)
    except ValueError as error:
        read = str(error)
    assert read == _read_in_full(text), text


def test_hedges_keep_text_order() -> None:
    assert read_quantity("ước khoảng 5 tỷ đồng").hedges == ("estimate", "approximately")


@pytest.mark.parametrize(("text", "start", "unit", "hedges"), [
    ("khoảng" + " " * 30 + "5 tỷ USD", 36, "USD", ("approximately",)),
    ("khoảng" + " " * 130 + "5 tỷ USD", 136, "USD", ()),  # beyond the 120 characters read
    ("thơn" + " " * 36 + "5", 40, None, ()),  # "hơn" only as the end of a longer word
    ("Hơn " * 12 + "5", 48, None, ("more_than",)),
    ("x" * 40 + " khoảng 5", 48, None, ("approximately",)),
    ("xxkhoảng 5", 9, None, ()),
    ("hàng" + " " * 40 + "trăm người", 44, "people", ("more_than",)),
    ("theo kế hoạch, mục tiêu phấn đấu đạt được ở mức khoảng chừng 5 tỷ USD", 61, "USD",
     ("target", "approximately")),
    ("thứ 5 trên 63 tỉnh", 0, "rank", ()),
    ("gấp" + " " * 9 + "3", 0, "times", ()),  # "gấp" starts at most 12 characters before
    ("gấp" + " " * 10 + "3", 13, None, ()),
])
def test_hedges_and_multiples_far_before_a_number(text: str, start: int, unit: str | None,
                                                   hedges: tuple[str, ...]) -> None:
    span = find_quantities(text)[0]
    assert (span.start, span.quantity.unit, span.quantity.hedges) == (start, unit, hedges)


def test_found_quantities_are_as_their_constructors_build_them() -> None:
    [span] = find_quantities("khoảng 23/24 chỉ tiêu")
    built = QuantitySpan(span.start, span.end, span.kind, Quantity(
        span.quantity.value, span.quantity.unit, span.quantity.hedges, span.quantity.out_of))
    assert span == built
    assert (repr(span), hash(span), vars(span)) == (repr(built), hash(built), vars(built))
    assert vars(span.quantity) == vars(built.quantity)
    assert pickle.loads(pickle.dumps(span)) == span
    assert dataclasses.replace(span) == span
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.quantity.value = D(1)  # type: ignore[misc]
    assert read_quantity("gần 3 tỷ USD") == Quantity(D(3_000_000_000), "USD", ("nearly",))


# --- formatting ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "unit", "vi", "en"), [
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
])
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


@pytest.mark.parametrize(("value", "lang", "decimals", "expected"), [
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
])
def test_format_number(value: Decimal | float | int, lang: str, decimals: int | None,
                       expected: str) -> None:
    assert format_number(value, lang, decimals=decimals) == expected


@pytest.mark.parametrize(("value", "lang", "divisor", "word"), [
    (D("8670000000"), "vi", D("1e9"), "tỷ"),
    (8.67e9, "en", D("1e9"), "billion"),
    (D("5e14"), "vi", D("1e12"), "nghìn tỷ"),
    (33_700_000, "en", D("1e6"), "million"),
    (3000, "vi", D(1), ""),
])
def test_scale_label(value: Decimal | float | int, lang: str, divisor: Decimal, word: str) -> None:
    assert scale_label(value, lang) == (divisor, word)


# --- round trip ---------------------------------------------------------------------------------

_VALUES = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(min_value=0, max_value=10**15 - 1), st.integers(min_value=-8, max_value=3),
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
@given(part=st.integers(min_value=0, max_value=10**7),
       whole=st.integers(min_value=1, max_value=10**7),
       unit=st.sampled_from(sorted(code for code, u in UNITS.items() if u.kind == "count")),
       lang=st.sampled_from(["vi", "en"]))
def test_round_trip_fraction(part: int, whole: int, unit: str, lang: str) -> None:
    text = format_value(D(part), unit, lang, out_of=D(whole))
    assert read_quantity(text, lang) == Quantity(D(part), unit, (), D(whole)), text


@settings(max_examples=200, deadline=None)
@given(value=_VALUES, lang=st.sampled_from(["vi", "en"]))
def test_format_number_round_trip(value: Decimal, lang: str) -> None:
    assert parse_number(format_number(value, lang), lang) == value


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from([*"0123456789.,/%-: ahimnstuyđôơưàáảãạăâếệốờ", "thứ ",
                                         "gấp ", "hơn ", "tỷ ", "năm ", "hai ", "mươi ", "lần"]),
                      max_size=30))
def test_find_quantities_never_fails_on_noise(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = find_quantities(text)
    for previous, span in itertools.pairwise(spans):
        assert previous.end <= span.start
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
