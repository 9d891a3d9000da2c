"""Hedge words and the qualifiers they say (indicators.vietnamese.hedges, read.hedges_not_in)."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.text import normalise_plain
from indicators.vietnamese import hedges
from indicators.vietnamese.find import find_quantities
from indicators.vietnamese.hedges import HEDGES, PHRASES, hedge_words
from indicators.vietnamese.numerals import lowercase
from indicators.vietnamese.read import hedges_not_in, read_quantity
from indicators.vietnamese.units import VI_UNIT_WORDS
from indicators.vietnamese.words import NUMBER_WORDS, SCALE_WORD_EXP


def test_module_examples() -> None:
    result = doctest.testmod(hedges, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def hedge_words_in(text: str, lang: str = "vi") -> set[str]:
    """Every hedge of ``text``, read in full: the words hedging anywhere, and those before each
    quantity (what ``hedges_not_in`` answers, without its shortcuts)."""
    clean = normalise_plain(text)
    found = {word.code for word in hedge_words(lowercase(clean), lang)}
    return found | {code for span in find_quantities(clean, lang) for code in span.hedges}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
        (
            "Tổng thu ngân sách ước tính đạt 120,5% dự toán, cụ thể là khoảng 500.000 tỷ VND",
            {"estimate", "approximately"},
        ),
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
    ],
)
def test_hedge_words_in(text: str, expected: set[str]) -> None:
    assert hedge_words_in(text) == expected
    assert expected <= set(HEDGES)
    assert hedges_not_in(text, set(HEDGES)) == set(HEDGES) - expected


def test_hedge_words_in_english() -> None:
    assert hedge_words_in("over the years, about the city", "en") == set()
    assert hedge_words_in("about 500 projects, an estimated US$3 billion", "en") == {
        "approximately",
        "estimate",
    }


# Words, numbers and marks that make the readers' hard cases when put together at random.
_PIECES = [
    *" " * 6,
    "  ",
    "\n",
    ",",
    ".",
    "/",
    "%",
    "(",
    "Hà Nội",
    "theo",
    "tăng",
    *(
        f"{word} "
        for word in (
            "khoảng",
            "khoảng chừng",
            "chừng",
            "xấp xỉ",
            "trên dưới",
            "gần",
            "hơn",
            "trên",
            "ước",
            "ước đạt",
            "ước tính",
            "dự kiến",
            "mục tiêu",
            "phấn đấu",
            "đạt",
            "là",
            "cụ thể là",
            "được",
            "với",
            "có",
            "lên tới",
            "đến",
            "ở mức",
            "con số",
            "hàng",
            "Hơn",
            "Khoảng",
        )
    ),
    "5",
    "23",
    "2019",
    "8,67",
    "2.067",
    "108.900",
    "1.2.3",
    "8,6,7",
    "1.234,5",
    "12.34.5",
    "0123",
    "23/24",
    "5/3/2023",
    "10/2020",
    "2016-2020",
    "09:32",
    "C40",
    "XVII",
    "tỷ",
    "triệu",
    "nghìn",
    "trăm",
    "chục",
    "USD",
    "đồng",
    "lượt khách",
    "chỉ tiêu",
    "dự án",
    "người",
    "năm",
    "lần",
    "quốc gia",
    "thành phố và tỉnh",
    "phần trăm",
    "điểm phần trăm",
    "một",
    "hai",
    "ba",
    "Ba",
    "mươi",
    "lăm",
    "tư",
    "mười",
    "thứ",
    "gấp",
    "đôi",
    "đầu tiên",
    "khóa",
    "một số",
    "nửa",
    "số",
]


@settings(max_examples=600, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=16),
    codes=st.sets(st.sampled_from(HEDGES)),
    near=st.integers(0, 80),
)
def test_hedges_not_in_agrees_with_hedge_words_in(pieces: list[str], codes: set[str], near: int) -> None:
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
    ends = set(PHRASES["vi"])
    in_quantities = {
        *NUMBER_WORDS,
        *SCALE_WORD_EXP,
        "thứ",
        "gấp",
        "lần",
        "đôi",
        "rưỡi",
        "đầu",
        "tiên",
        "nửa",
        "hàng",
    }
    assert not ends & in_quantities
    for _, pattern in VI_UNIT_WORDS:
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


def test_hedges_keep_text_order() -> None:
    assert read_quantity("ước khoảng 5 tỷ đồng").hedges == ("estimate", "approximately")


@pytest.mark.parametrize(
    ("text", "start", "unit", "hedges"),
    [
        ("khoảng" + " " * 30 + "5 tỷ USD", 36, "USD", ("approximately",)),
        ("khoảng" + " " * 130 + "5 tỷ USD", 136, "USD", ()),  # beyond the 120 characters read
        ("thơn" + " " * 36 + "5", 40, None, ()),  # "hơn" only as the end of a longer word
        ("Hơn " * 12 + "5", 48, None, ("more_than",)),
        ("x" * 40 + " khoảng 5", 48, None, ("approximately",)),
        ("xxkhoảng 5", 9, None, ()),
        ("hàng" + " " * 40 + "trăm người", 44, "people", ("more_than",)),
        (
            "theo kế hoạch, mục tiêu phấn đấu đạt được ở mức khoảng chừng 5 tỷ USD",
            61,
            "USD",
            ("target", "approximately"),
        ),
        ("thứ 5 trên 63 tỉnh", 0, "rank", ()),
        ("gấp" + " " * 9 + "3", 0, "times", ()),  # "gấp" starts at most 12 characters before
        ("gấp" + " " * 10 + "3", 13, None, ()),
    ],
)
def test_hedges_and_multiples_far_before_a_number(
    text: str, start: int, unit: str | None, hedges: tuple[str, ...]
) -> None:
    span = find_quantities(text)[0]
    assert (span.start, span.quantity.unit, span.quantity.hedges) == (start, unit, hedges)
