"""A figure in words: value, period, qualifier, date and change, in both languages."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from dashboard.wording import (
    change,
    change_sentence,
    chart_name,
    date_text,
    definition_name,
    period_text,
    qualifier_full,
    qualifier_text,
    results_only,
    targets,
    value_text,
)
from indicators.model import Text
from indicators.periods import Period
from indicators.view import ObservationView
from tests.factories import make_view


def view(**fields: Any) -> ObservationView:
    """One figure's view (:func:`tests.factories.make_view`): FDI in 2019, all foreign investment."""
    defaults: dict[str, Any] = {
        "value": 8670000000.0,
        "definition": "all-foreign",
        "definition_vi": "Tổng vốn đầu tư nước ngoài (“vốn đầu tư nước ngoài”); bài không nói rõ.",
        "definition_en": "All foreign investment (“vốn đầu tư nước ngoài”); the article does not say.",
        "source_published": "2020-10",
    }
    return make_view(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("fields", "lang", "expected"),
    [
        ({}, "vi", "8,67 tỷ USD"),
        ({}, "en", "US$8.67 billion"),
        ({"value": 23.0, "out_of": 24.0, "unit": "targets"}, "vi", "23/24 chỉ tiêu"),
        ({"value": 2.0, "unit": "rank"}, "en", "2nd"),
        ({"value": 6.52, "unit": "percent"}, "vi", "6,52%"),
    ],
)
def test_value_text(fields: dict[str, Any], lang: str, expected: str) -> None:
    assert value_text(view(**fields), lang) == expected


@pytest.mark.parametrize("value", [Decimal("8670000000"), Decimal("8670000000.00"), Decimal("8.67E+9")])
def test_value_text_reads_the_value_however_its_decimal_is_written(value: Decimal) -> None:
    assert value_text(view(value=value), "vi") == "8,67 tỷ USD"


@pytest.mark.parametrize(
    ("period", "lang", "expected"),
    [
        ("2019", "vi", "2019"),
        ("2020-01/2020-09", "vi", "9 tháng đầu năm 2020"),
        ("2020-01/2020-09", "en", "first 9 months of 2020"),
        ("2016/2020", "en", "2016–2020"),
        ("2020-11-06", "vi", "đến 06/11/2020"),
        ("", "en", "no period stated"),
        ("", "vi", "bài không nêu kỳ"),
    ],
)
def test_period_text(period: str, lang: str, expected: str) -> None:
    assert period_text(Period.parse(period) if period else None, lang) == expected


@pytest.mark.parametrize(
    ("codes", "lang", "hedge", "full"),
    [
        ("exact", "vi", "", "chính xác"),
        ("approximately", "vi", "khoảng", "khoảng"),
        ("approximately;estimate", "en", "approximately, estimate", "approximately, estimate"),
    ],
)
def test_qualifier_words(codes: str, lang: str, hedge: str, full: str) -> None:
    assert qualifier_text(view(qualifier=codes), lang) == hedge
    assert qualifier_full(view(qualifier=codes), lang) == full


@pytest.mark.parametrize(
    ("published", "lang", "expected"),
    [
        ("2020-11-06", "vi", "06/11/2020"),
        ("2020-11-06", "en", "6 Nov 2020"),
        ("2020-10", "vi", "tháng 10/2020"),
        ("2020-10", "en", "Oct 2020"),
        ("2025", "en", "2025"),
    ],
)
def test_date_text(published: str, lang: str, expected: str) -> None:
    assert date_text(published, lang) == expected


@pytest.mark.parametrize(
    ("old", "new", "unit", "lang", "expected"),
    [
        (29_000_000.0, 33_700_000.0, "visits", "vi", ("up", "+16,2%")),
        (8.67e9, 4.29e9, "USD", "en", ("down", "−50.5%")),
        (5.0, 2.0, "rank", "vi", ("up", "lên 3 bậc")),
        (1.0, 2.0, "rank", "en", ("down", "down 1 in rank")),
        (6.27, 6.52, "percent", "vi", ("up", "+0,25 điểm phần trăm")),
        (58.0, 58.0, "cities", "en", ("same", "")),
    ],
)
def test_change(old: float, new: float, unit: str, lang: str, expected: tuple[str, str]) -> None:
    assert change(view(value=new, unit=unit), view(value=old, unit=unit), lang) == expected


def test_definition_name_keeps_the_words_before_brackets_and_semicolons() -> None:
    assert definition_name("Registered FDI capital (“vốn FDI đăng ký”).") == "Registered FDI capital"
    assert (
        definition_name("Có mối quan hệ hữu nghị, hợp tác với Hà Nội (“…”).")
        == "Có mối quan hệ hữu nghị, hợp tác với Hà Nội"
    )
    assert (
        definition_name("Đã thiết lập quan hệ hữu nghị với Hà Nội; gồm cả địa phương")
        == "Đã thiết lập quan hệ hữu nghị với Hà Nội"
    )


def test_change_sentence_compares_the_same_definition() -> None:
    views = [
        view(),
        view(obs_id="fdi-2020", period="2020", value=9.0e9),
    ]
    assert change_sentence(views, "vi") == ("up", "▲ +3,8% · trước đó: 8,67 tỷ USD, 2019")


def test_change_sentence_says_why_when_the_definition_changed() -> None:
    views = [
        view(),
        view(
            obs_id="fdi-2025",
            period="2025",
            value=4.29e9,
            definition="fdi",
            definition_en="FDI attracted, without saying whether registered (…).",
        ),
    ]
    kind, sentence = change_sentence(views, "en")
    assert kind == "reason"
    assert sentence == (
        "No change shown: the earlier figures use another definition (“All foreign "
        "investment”), and whether the two compare is not known."
    )


def test_change_sentence_with_one_period_or_another_kind_of_period() -> None:
    assert change_sentence([view()], "en") == (
        "reason",
        "Only one period reported so far: nothing to compare with.",
    )
    views = [
        view(period="2016/2020", obs_id="a"),
        view(period="2024", obs_id="b"),
    ]
    assert change_sentence(views, "vi") == (
        "reason",
        "Không so sánh: con số trước đó thuộc kỳ khác loại (2016–2020, nay là 2024).",
    )


@pytest.mark.parametrize(
    ("old", "new", "lang", "expected"),
    [
        # Visitors: "gần 29 triệu" in 2019, 33.7 million in 2025.
        (("29000000", "nearly"), ("33700000", "exact"), "vi", ("up", "hơn +16,2%")),
        (("29000000", "nearly"), ("33700000", "exact"), "en", ("up", "more than +16.2%")),
        (("100", "exact"), ("97", "approximately"), "en", ("down", "about −3.0%")),
        (("60", "exact"), ("65", "more_than"), "en", ("up", "more than +8.3%")),
        (("70", "exact"), ("65", "more_than"), "en", ("none", "")),
        (("5", "exact"), ("2", "approximately"), "vi", ("up", "lên khoảng 3 bậc")),
    ],
)
def test_change_carries_the_hedges_of_both_figures(
    old: tuple[str, str], new: tuple[str, str], lang: str, expected: tuple[str, str]
) -> None:
    unit = "rank" if old[0] == "5" else "visits"
    before = view(value=Decimal(old[0]), qualifier=old[1], unit=unit)
    after = view(value=Decimal(new[0]), qualifier=new[1], unit=unit)
    assert change(after, before, lang) == expected


def test_change_sentence_says_when_hedges_allow_a_rise_and_a_fall() -> None:
    views = [
        view(value=70.0, unit="delegations"),
        view(
            obs_id="d-2020",
            period="2020",
            value=65.0,
            qualifier="more_than",
            unit="delegations",
        ),
    ]
    assert change_sentence(views, "en") == (
        "reason",
        "No change shown: with their hedges, the figures "
        "allow a rise as well as a fall (before: 70 "
        "delegations, 2019).",
    )


def test_a_doubted_figure_is_neither_end_of_a_change() -> None:
    later: dict[str, Any] = {
        "obs_id": "fdi-2020",
        "period": "2020",
        "value": 9.0e9,
    }
    views = [view(), view(**later, doubt_en="fits exports", doubt_vi="x")]
    assert change_sentence(views, "en") == (
        "reason",
        "Only one period reported so far: nothing to compare with.",
    )
    views = [view(doubt_en="fits exports", doubt_vi="x"), view(**later)]
    assert change_sentence(views, "en")[0] == "reason"


def test_results_only_leaves_targets_out_unless_they_are_all_there_is() -> None:
    views = [view(obs_id="a"), view(obs_id="b", qualifier="target")]
    assert [v.id for v in results_only(views)] == ["a"]
    assert [v.id for v in results_only([view(obs_id="b", qualifier="target")])] == ["b"]
    assert [v.id for v in targets(views)] == ["b"]
    assert results_only(iter(views)) == results_only(views) and targets(iter(views)) == targets(views)


def test_a_charts_name_says_its_years_its_figures_and_its_latest_result() -> None:
    views = [
        view(),
        view(
            obs_id="fdi-2025",
            period="2025",
            value=4290000000.0,
            qualifier="approximately",
            source_published="2025-12-30",
        ),
        view(
            obs_id="fdi-2030",
            period="2030",
            value=9000000000.0,
            qualifier="target",
        ),
        view(obs_id="fdi-none", period=""),
    ]
    assert chart_name("FDI", views, "en") == (
        "Chart of FDI, 2019–2030, 3 figure(s); latest: about US$4.29 billion (2025)."
    )
    assert chart_name("FDI", views, "vi") == (
        "Biểu đồ FDI, 2019–2030, 3 con số; mới nhất: khoảng 4,29 tỷ USD (2025)."
    )
    assert chart_name("FDI", [view()], "en") == (
        "Chart of FDI, 2019, 1 figure(s); latest: US$8.67 billion (2019)."
    )
    with pytest.raises(ValueError, match="dated figures"):
        chart_name("FDI", [views[-1]], "en")


def test_a_charts_name_says_the_latest_figure_even_read_from_words_or_in_doubt() -> None:
    earlier = view(
        obs_id="r-2024",
        period="2024",
        value=5.0,
        unit="rank",
        figure="đứng thứ 5",
    )
    worded = view(
        obs_id="r-2025",
        period="2025",
        value=2.0,
        unit="rank",
        figure="đứng thứ hai",
        reading_vi="x",
        reading_en="read as 2nd",
    )
    name = chart_name("Rank", [earlier, worded], "en")
    assert "latest: “đứng thứ hai” (read as 2nd) (2025)" in name
    doubted = replace(worded, reading=None, doubt=Text(vi="x", en="y"))
    assert "latest: 2nd (? in doubt) (2025)" in chart_name("Rank", [earlier, doubted], "en")
