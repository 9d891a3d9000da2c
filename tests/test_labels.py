"""Labels: every code of the dataset has words in both languages."""

from enum import StrEnum

import pytest

from indicators.labels import KINDS, definition_name, label, qualifier_label
from indicators.languages import LANGS
from indicators.model import Qualifier, Theme
from indicators.periods import PeriodKind

ENUM_KINDS: list[tuple[str, type[StrEnum]]] = [
    ("qualifier", Qualifier),
    ("qualifier_meaning", Qualifier),
    ("qualifier_mark", Qualifier),
    ("period_kind", PeriodKind),
    ("theme", Theme),
]


@pytest.mark.parametrize(("kind", "enum"), ENUM_KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_enum_member_has_words(kind: str, enum: type[StrEnum], lang: str) -> None:
    for member in enum:
        words = label(kind, member.value, lang)
        assert words.strip() == words
        assert words, f"{kind} {member.value} has no {lang} words"


@pytest.mark.parametrize(("kind", "enum"), ENUM_KINDS)
def test_no_code_without_a_member(kind: str, enum: type[StrEnum]) -> None:
    assert set(KINDS[kind]) == {member.value for member in enum}


@pytest.mark.parametrize("kind", KINDS)
def test_both_languages_differ_where_they_should(kind: str) -> None:
    for code, words in KINDS[kind].items():
        assert set(words) == set(LANGS), f"{kind} {code}"
    names = [words["vi"] for words in KINDS[kind].values()]
    if kind != "qualifier_mark":  # approximately and nearly share their mark on purpose
        assert len(set(names)) == len(names), f"two {kind} codes share a Vietnamese name"


@pytest.mark.parametrize(
    ("kind", "code", "lang", "expected"),
    [
        ("qualifier", "exact", "en", "exact"),
        ("qualifier", "approximately", "vi", "khoảng"),
        ("qualifier", "nearly", "vi", "gần"),
        ("qualifier", "more_than", "vi", "hơn"),
        ("qualifier", "more_than", "en", "more than"),
        ("qualifier", "estimate", "vi", "ước tính"),
        ("qualifier", "projected", "vi", "dự kiến"),
        ("qualifier", "target", "vi", "mục tiêu"),
        ("theme", "investment", "vi", "Đầu tư"),
        ("theme", "tourism", "vi", "Du lịch"),
        ("theme", "diplomacy", "vi", "Đối tác & ngoại giao"),
        ("theme", "economy", "vi", "Kinh tế & thương mại"),
        ("theme", "economy", "en", "Economy & trade"),
        ("period_kind", "part_year", "en", "part of a year"),
        ("qualifier_mark", "approximately", "en", "hollow circle"),
    ],
)
def test_words(kind: str, code: str, lang: str, expected: str) -> None:
    assert label(kind, code, lang) == expected


@pytest.mark.parametrize(
    ("codes", "lang", "expected"),
    [
        ("approximately;estimate", "vi", "khoảng, ước tính"),
        ("exact", "en", "exact"),
        (["more_than", "projected"], "en", "more than, projected"),
        ("", "vi", ""),
    ],
)
def test_qualifier_label(codes: str | list[str], lang: str, expected: str) -> None:
    assert qualifier_label(codes, lang) == expected


@pytest.mark.parametrize(
    ("kind", "code", "lang", "error", "message"),
    [
        ("qualifier", "exact", "fr", ValueError, "expected a language among vi, en, found 'fr'"),
        ("colour", "exact", "vi", KeyError, "expected a kind of label among qualifier"),
        ("qualifier", "roughly", "vi", KeyError, "expected a qualifier code among exact, approximately"),
    ],
)
def test_unknown_codes_are_errors(
    kind: str, code: str, lang: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        label(kind, code, lang)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Registered FDI", "Registered FDI"),
        ("Registered FDI capital (“vốn FDI đăng ký”).", "Registered FDI capital"),
        (
            "All foreign investment (“vốn (FDI)”); the article does not say what it includes.",
            "All foreign investment",
        ),
        (
            "Đã thiết lập quan hệ hữu nghị với Hà Nội; gồm cả địa phương",
            "Đã thiết lập quan hệ hữu nghị với Hà Nội",
        ),
        ("Có mối quan hệ hữu nghị, hợp tác với Hà Nội (“…”).", "Có mối quan hệ hữu nghị, hợp tác với Hà Nội"),
        (
            "International agreements Hanoi has signed. Each counted once.",
            "International agreements Hanoi has signed",
        ),
        ("Số dự án ODA tại thời điểm báo cáo.", "Số dự án ODA tại thời điểm báo cáo"),
        ("Growth of 8.67 percent or more", "Growth of 8.67 percent or more"),
        ("Visitors, international and domestic:\t(in the year)", "Visitors, international and domestic"),
        (
            "  Aid projects of non-governmental organisations  ",
            "Aid projects of non-governmental organisations",
        ),
        (" (only a gloss)", "(only a gloss)"),
        ("A & B <i>", "A & B <i>"),  # escaping is for whoever writes it into markup
        ("", ""),
    ],
)
def test_a_definitions_short_name_is_its_first_clause(text: str, name: str) -> None:
    assert definition_name(text) == name
