"""The data page's filters and downloads, and the links between pages."""

from __future__ import annotations

import io
import json

import pandas as pd

from dashboard.exports import table_csv, table_json
from dashboard.filters import filter_rows
from dashboard.navigation import PAGES, href

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
    csv = table_csv(TABLE)
    assert csv.startswith("\ufeff".encode())
    assert pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig").equals(TABLE)
    records = json.loads(table_json(TABLE).decode("utf-8"))
    assert records[0] == TABLE.iloc[0].to_dict() | {"year": 2019}
    assert "đạt 8,67 tỷ USD" in table_json(TABLE).decode("utf-8")


def test_links_are_relative_carry_the_language_and_encode_values() -> None:
    assert href("source", "vi", id="s1", obs="a") == "./source?id=s1&obs=a&lang=vi"
    assert href("indicator", "en", id="fdi", obs=None) == "./indicator?id=fdi&lang=en"
    assert href("source", "en", id="x&y=<z>") == "./source?id=x%26y%3D%3Cz%3E&lang=en"


def test_each_page_file_is_named_like_its_url_path() -> None:
    for name, spec in PAGES.items():
        assert spec.script == f"dashboard/pages/{spec.url_path}.py"
        assert name == spec.url_path
