"""The data page's filters and downloads, and the links between pages."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from dashboard.exports import export_name, pick_rows, table_csv, table_json
from dashboard.filters import by_name, filter_rows
from dashboard.navigation import PAGES, href
from indicators import DATA_FILE
from indicators.check import check_file
from indicators.table import COLUMNS, observation_rows

TABLE = pd.DataFrame({
    "obs_id": ["a", "b", "c"], "theme": ["investment", "tourism", "investment"],
    "indicator_id": ["fdi", "visitors", "fdi"], "source_id": ["s1", "s1", "s2"], "year": [2019, 2025, 2025],
    "quote": ["đạt 8,67 tỷ USD", "33,7 triệu lượt khách", "4,29 tỷ USD, \"thứ hai\""],
})


def test_empty_filters_keep_every_row() -> None:
    assert list(filter_rows(TABLE, {"theme": [], "year": []})["obs_id"]) == ["a", "b", "c"]


def test_filters_combine_with_and_and_values_with_or() -> None:
    assert list(filter_rows(TABLE, {"theme": ["investment"], "year": ["2025"]})["obs_id"]) == ["c"]
    assert list(filter_rows(TABLE, {"year": ["2019", "2025"], "source": ["s1"]})["obs_id"]) == ["a", "b"]
    assert filter_rows(TABLE, {"indicator": ["nothing"]}).empty


def test_downloads_keep_every_column_and_vietnamese_text() -> None:
    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None
    observations = {obs.id: obs for obs in result.dataset.observations}
    rows = observation_rows(result.dataset, result.evidence, result.texts)
    chosen = pick_rows(rows, ["fdi-2019-doingoai", "budget-revenue-2024-daidien", "no-such-id"])
    assert [row["obs_id"] for row in chosen] == ["fdi-2019-doingoai", "budget-revenue-2024-daidien"]
    data = table_csv(chosen, observations)
    assert data.startswith("\ufeff".encode())
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [list(record) for record in records] == [list(COLUMNS)] * 2
    assert [record["value"] for record in records] == ["8670000000", "500000000000000"]
    assert records[0]["quote"] == observations["fdi-2019-doingoai"].quote
    text = table_json(chosen, observations).decode("utf-8")
    assert "đạt 8,67 tỷ USD" in text
    assert [record["value"] for record in json.loads(text)] == [8670000000, 500000000000000]


@pytest.mark.parametrize(("chosen", "name"), [
    ({}, "hanoi-indicators_all"),
    ({"theme": [], "year": []}, "hanoi-indicators_all"),
    ({"theme": ["investment"], "year": ["2019", "2020"]}, "hanoi-indicators_theme-investment_year-2019-2020"),
    ({"indicator": ["fdi", "visitors", "gdp", "exports"]}, "hanoi-indicators_indicator-4-values"),
    ({"source": ["../../etc/passwd"], "year": ["<script>"]},
     "hanoi-indicators_source-etc-passwd_year-script"),
    ({"source": ["///"]}, "hanoi-indicators_all"),
])
def test_file_names_say_the_filter_in_safe_characters(chosen: dict[str, list[str]], name: str) -> None:
    assert export_name(chosen) == name


def test_indicators_are_ordered_by_name_as_a_reader_looks_them_up() -> None:
    names = {"a": "Vốn đầu tư", "b": "Đoàn khách", "c": "Du lịch", "d": "Cơ sở lưu trú", "e": "du khách"}
    assert by_name(names, names.__getitem__) == ["d", "b", "e", "c", "a"]  # Đ files with D


def test_links_are_relative_carry_the_language_and_encode_values() -> None:
    assert href("source", "vi", id="s1", obs="a") == "./source?id=s1&obs=a&lang=vi"
    assert href("indicator", "en", id="fdi", obs=None) == "./indicator?id=fdi&lang=en"
    assert href("source", "en", id="x&y=<z>") == "./source?id=x%26y%3D%3Cz%3E&lang=en"


def test_each_page_file_is_named_like_its_url_path() -> None:
    for name, spec in PAGES.items():
        assert spec.script == f"dashboard/pages/{spec.url_path}.py"
        assert name == spec.url_path
