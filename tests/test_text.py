"""Finding quotes after NFC and whitespace normalisation, with spans in the original text."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.text import closest, inside_word, locate, normalise, normalise_plain, to_nfc


@pytest.mark.parametrize(
    ("text", "quote", "span"),
    [
        ("Hà  Nội\nđón 7,1 triệu lượt", "Nội đón", (4, 11)),
        ("a\u00a0b c", "a b", (0, 3)),
        ("Hà Nội", "Hà Nội ", (0, 6)),
        ("Hà Nội", "Hà Nọi", None),
        ("abc", "", None),
    ],
)
def test_locate(text: str, quote: str, span: tuple[int, int] | None) -> None:
    assert locate(text, quote) == span


def test_decomposed_text_matches_a_precomposed_quote() -> None:
    text = unicodedata.normalize("NFD", "thu hút 4,29 tỷ USD")
    span = locate(text, "4,29 tỷ USD")
    assert span is not None
    assert unicodedata.normalize("NFC", text[span[0] : span[1]]) == "4,29 tỷ USD"


@pytest.mark.parametrize(
    "text", ["Hà Nội", unicodedata.normalize("NFD", "Hà  Nội đạt"), "a\u0301\u0323b", ""]
)
def test_nfc_maps_each_character_to_the_cluster_it_came_from(text: str) -> None:
    normal, starts, ends = to_nfc(text)
    assert normal == unicodedata.normalize("NFC", text)
    assert len(starts) == len(ends) == len(normal)
    for index, char in enumerate(normal):
        assert char in unicodedata.normalize("NFC", text[starts[index] : ends[index]])


@pytest.mark.parametrize(
    ("text", "position", "inside"),
    [
        ("đầu tư", 0, False),
        ("đầu tư", 4, False),
        ("đầu tư", 5, True),
        ("x_1", 2, True),
        ("(5", 1, False),
    ],
)
def test_inside_word(text: str, position: int, inside: bool) -> None:
    assert inside_word(text, position) is inside


@pytest.mark.parametrize("text", ["a \t\n b\u0301c  d", "  Hà\n\nNội  đón ", "x", ""])
def test_offsets_map_every_normalised_character(text: str) -> None:
    normal, offsets = normalise(text)
    assert normal == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    mapped = [offsets[i] for i in range(len(offsets))]
    assert len(mapped) == len(normal)
    assert mapped == sorted(mapped)
    for index, char in enumerate(normal):
        origin = text[mapped[index]]
        if char == " ":
            assert origin.isspace()
        else:  # a precomposed character maps to the base letter it was composed from
            assert origin in (char, unicodedata.normalize("NFD", char)[0])


def test_normalise_plain_trims_and_collapses() -> None:
    assert normalise_plain("  Hà\n\nNội  ") == "Hà Nội"


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from([" ", "\t", "\n", "\r", "\xa0", "\u2028", "\x1c", "a", "\u0301", "ộ", "."]),
        max_size=12,
    )
)
def test_whitespace_is_collapsed_as_the_regex_does(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert normalise(text)[0] == re.sub(r"\s+", " ", nfc)
    assert normalise_plain(text) == re.sub(r"\s+", " ", nfc).strip()


def test_locate_gives_the_first_span_with_or_without_the_normalised_text() -> None:
    text = "Đạt  hơn 100,\nhơn 100 nữa"
    assert locate(text, "hơn 100") == (5, 12)
    assert locate(text, "hơn 100", normalised=normalise(text)) == (5, 12)
    assert locate(text, "100 nữa") == (18, 25)


def test_closest_points_at_the_near_miss() -> None:
    text = "Khác. Vốn đầu tư nước ngoài năm 2019 đạt 8,67 tỷ USD, cao nhất. Khác nữa."
    assert closest(text, "năm 2019 đạt 8,76 tỷ USD") == "năm 2019 đạt 8,67 tỷ USD"
