"""A figure in words: value, period, qualifier, date and change, in both languages."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
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


def row(**overrides: Any) -> dict[str, Any]:
    """A row of the tidy table with the columns the wording reads."""
    fields: dict[str, Any] = {
        "obs_id": "fdi-2019",
        "indicator_id": "fdi",
        "unit": "USD",
        "value": 8670000000.0,
        "out_of": None,
        "period": "2019",
        "period_kind": "year",
        "period_start": "2019-01-01",
        "period_end": "2019-12-31",
        "qualifier": "exact",
        "definition": "all-foreign",
        "definition_vi": "Tổng vốn đầu tư nước ngoài (“vốn đầu tư nước ngoài”); bài không nói rõ.",
        "definition_en": "All foreign investment (“vốn đầu tư nước ngoài”); the article does not say.",
        "source_published": "2020-10",
        "figure": "8,67 tỷ USD",
        "reading_vi": "",
        "reading_en": "",
        "doubt_vi": "",
        "doubt_en": "",
    }
    fields.update(overrides)
    return fields


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
    assert value_text(row(**fields), lang) == expected


def test_value_text_reads_numpy_values_from_a_dataframe() -> None:
    frame = pd.DataFrame([row()])
    assert value_text(frame.iloc[0], "vi") == "8,67 tỷ USD"


@pytest.mark.parametrize(
    ("period", "lang", "expected"),
    [
        ("2019", "vi", "2019"),
        ("2020-01/2020-09", "vi", "9 tháng đầu năm 2020"),
        ("2020-01/2020-09", "en", "first 9 months of 2020"),
        ("2016/2020", "en", "2016–2020"),
        ("2020-11-06", "vi", "đến 06/11/2020"),
        ("not a period", "en", "not a period"),
    ],
)
def test_period_text(period: str, lang: str, expected: str) -> None:
    assert period_text(period, lang) == expected


@pytest.mark.parametrize(
    ("codes", "lang", "hedge", "full"),
    [
        ("exact", "vi", "", "chính xác"),
        ("approximately", "vi", "khoảng", "khoảng"),
        ("approximately;estimate", "en", "approximately, estimate", "approximately, estimate"),
    ],
)
def test_qualifier_words(codes: str, lang: str, hedge: str, full: str) -> None:
    assert qualifier_text(codes, lang) == hedge
    assert qualifier_full(codes, lang) == full


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
    assert change(row(value=new, unit=unit), row(value=old, unit=unit), lang) == expected


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


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def test_change_sentence_compares_the_same_definition() -> None:
    rows = frame(
        row(),
        row(
            obs_id="fdi-2020", period="2020", period_start="2020-01-01", period_end="2020-12-31", value=9.0e9
        ),
    )
    assert change_sentence(rows, "vi") == ("up", "▲ +3,8% · trước đó: 8,67 tỷ USD, 2019")


def test_change_sentence_says_why_when_the_definition_changed() -> None:
    rows = frame(
        row(),
        row(
            obs_id="fdi-2025",
            period="2025",
            period_start="2025-01-01",
            period_end="2025-12-31",
            value=4.29e9,
            definition="fdi",
            definition_en="FDI attracted, without saying whether registered (…).",
        ),
    )
    kind, sentence = change_sentence(rows, "en")
    assert kind == "reason"
    assert sentence == (
        "No change shown: the earlier figures use another definition (“All foreign "
        "investment”), and whether the two compare is not known."
    )


def test_change_sentence_with_one_period_or_another_kind_of_period() -> None:
    assert change_sentence(frame(row()), "en") == (
        "reason",
        "Only one period reported so far: nothing to compare with.",
    )
    rows = frame(
        row(
            period="2016/2020",
            period_kind="multi_year",
            period_start="2016-01-01",
            period_end="2020-12-31",
            obs_id="a",
        ),
        row(period="2024", period_start="2024-01-01", period_end="2024-12-31", obs_id="b"),
    )
    assert change_sentence(rows, "vi") == (
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
    before = row(value=float(old[0]), qualifier=old[1], unit=unit)
    after = row(value=float(new[0]), qualifier=new[1], unit=unit)
    assert change(after, before, lang) == expected


def test_change_sentence_says_when_hedges_allow_a_rise_and_a_fall() -> None:
    rows = frame(
        row(value=70.0, unit="delegations"),
        row(
            obs_id="d-2020",
            period="2020",
            period_start="2020-01-01",
            period_end="2020-12-31",
            value=65.0,
            qualifier="more_than",
            unit="delegations",
        ),
    )
    assert change_sentence(rows, "en") == (
        "reason",
        "No change shown: with their hedges, the figures "
        "allow a rise as well as a fall (before: 70 "
        "delegations, 2019).",
    )


def test_a_doubted_figure_is_neither_end_of_a_change() -> None:
    later: dict[str, Any] = {
        "obs_id": "fdi-2020",
        "period": "2020",
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "value": 9.0e9,
    }
    rows = frame(row(), row(**later, doubt_en="fits exports", doubt_vi="x"))
    assert change_sentence(rows, "en") == (
        "reason",
        "Only one period reported so far: nothing to compare with.",
    )
    rows = frame(row(doubt_en="fits exports", doubt_vi="x"), row(**later))
    assert change_sentence(rows, "en")[0] == "reason"


def test_results_only_leaves_targets_out_unless_they_are_all_there_is() -> None:
    rows = frame(row(obs_id="a"), row(obs_id="b", qualifier="target"))
    assert [r["obs_id"] for r in results_only(rows)] == ["a"]
    assert [r["obs_id"] for r in results_only(frame(row(obs_id="b", qualifier="target")))] == ["b"]
    assert [r["obs_id"] for r in targets(rows)] == ["b"]
    plain = cast(list[dict[str, Any]], rows.to_dict("records"))
    assert results_only(plain) == results_only(rows) and targets(plain) == targets(rows)


def test_a_charts_name_says_its_years_its_figures_and_its_latest_result() -> None:
    rows = [
        row(),
        row(
            obs_id="fdi-2025",
            period="2025",
            period_start="2025-01-01",
            period_end="2025-12-31",
            value=4290000000.0,
            qualifier="approximately",
            source_published="2025-12-30",
        ),
        row(
            obs_id="fdi-2030",
            period="2030",
            period_start="2030-01-01",
            period_end="2030-12-31",
            value=9000000000.0,
            qualifier="target",
        ),
        row(obs_id="fdi-none", period="", period_kind="", period_start="", period_end=""),
    ]
    assert chart_name("FDI", rows, "en") == (
        "Chart of FDI, 2019–2030, 3 figure(s); latest: about US$4.29 billion (2025)."
    )
    assert chart_name("FDI", rows, "vi") == (
        "Biểu đồ FDI, 2019–2030, 3 con số; mới nhất: khoảng 4,29 tỷ USD (2025)."
    )
    assert chart_name("FDI", [row()], "en") == (
        "Chart of FDI, 2019, 1 figure(s); latest: US$8.67 billion (2019)."
    )
    with pytest.raises(ValueError, match="dated figures"):
        chart_name("FDI", [rows[-1]], "en")


def test_a_charts_name_says_the_latest_figure_even_read_from_words_or_in_doubt() -> None:
    earlier = row(
        obs_id="r-2024",
        period="2024",
        period_start="2024-01-01",
        period_end="2024-12-31",
        value=5.0,
        unit="rank",
        figure="đứng thứ 5",
    )
    worded = row(
        obs_id="r-2025",
        period="2025",
        period_start="2025-01-01",
        period_end="2025-12-31",
        value=2.0,
        unit="rank",
        figure="đứng thứ hai",
        reading_vi="x",
        reading_en="read as 2nd",
    )
    name = chart_name("Rank", [earlier, worded], "en")
    assert "latest: “đứng thứ hai” (read as 2nd) (2025)" in name
    doubted = {**worded, "reading_vi": "", "reading_en": "", "doubt_vi": "x", "doubt_en": "y"}
    assert "latest: 2nd (? in doubt) (2025)" in chart_name("Rank", [earlier, doubted], "en")
