"""The data page's filters and downloads, the links between pages, and the HTML tables: an
indicator's figures, the index of indicators and the qualifiers."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Sequence

import pytest
from markupsafe import escape

from dashboard import wording
from dashboard.data import Catalogue
from dashboard.exports import export_name, table_csv, table_json
from dashboard.filters import by_name, filter_views
from dashboard.i18n import t
from dashboard.navigation import PAGES, href
from dashboard.tables import article_link, cite_link, index_html, observations_table, qualifier_table
from indicators import DATA_FILE
from indicators.check import check_file
from indicators.labels import QUALIFIERS, label
from indicators.model import Text, Theme
from indicators.table import COLUMNS
from indicators.view import ObservationView, observation_views
from tests.factories import make_indicator, make_view
from tests.markup_data import HOSTILE, MARKUP, assert_inert, elements

VIEWS = (
    make_view(obs_id="a", indicator_id="fdi", source_id="s1", period="2019"),
    make_view(obs_id="b", indicator_id="visitors", theme="tourism", source_id="s1", period="2025"),
    make_view(obs_id="c", indicator_id="fdi", source_id="s2", period="2025-01/2025-06"),
    make_view(obs_id="d", indicator_id="fdi", source_id="s2", period=None),
)


def ids(views: Sequence[ObservationView]) -> list[str]:
    return [view.id for view in views]


def test_empty_filters_keep_every_figure() -> None:
    assert ids(filter_views(VIEWS, {"theme": [], "year": []})) == ["a", "b", "c", "d"]


def test_filters_combine_with_and_and_values_with_or() -> None:
    assert ids(filter_views(VIEWS, {"theme": ["investment"], "year": ["2025"]})) == ["c"]
    assert ids(filter_views(VIEWS, {"year": ["2019", "2025"], "source": ["s1"]})) == ["a", "b"]
    assert filter_views(VIEWS, {"indicator": ["nothing"]}) == []
    assert ids(filter_views(VIEWS, {"year": [""]})) == [], "a figure with no period has no year to choose"
    assert ids(filter_views(VIEWS, {"unknown": ["x"]})) == ["a", "b", "c", "d"], "only known filters apply"


def test_downloads_keep_every_column_and_vietnamese_text() -> None:
    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None
    observations = {obs.id: obs for obs in result.dataset.observations}
    by_id = {view.id: view for view in observation_views(result.dataset, result.evidence, result.texts)}
    chosen = [by_id["fdi-2019-doingoai"], by_id["budget-revenue-2024-daidien"]]
    data = table_csv(chosen)
    assert data.startswith("\ufeff".encode())
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [list(record) for record in records] == [list(COLUMNS)] * 2
    assert [record["value"] for record in records] == ["8670000000", "500000000000000"]
    assert records[0]["quote"] == observations["fdi-2019-doingoai"].quote
    text = table_json(chosen).decode("utf-8")
    assert "đạt 8,67 tỷ USD" in text
    assert [record["value"] for record in json.loads(text)] == [8670000000, 500000000000000]


@pytest.mark.parametrize(
    ("chosen", "name"),
    [
        ({}, "hanoi-indicators_all"),
        ({"theme": [], "year": []}, "hanoi-indicators_all"),
        (
            {"theme": ["investment"], "year": ["2019", "2020"]},
            "hanoi-indicators_theme-investment_year-2019-2020",
        ),
        ({"indicator": ["fdi", "visitors", "gdp", "exports"]}, "hanoi-indicators_indicator-4-values"),
        (
            {"source": ["../../etc/passwd"], "year": ["<script>"]},
            "hanoi-indicators_source-etc-passwd_year-script",
        ),
        ({"source": ["///"]}, "hanoi-indicators_all"),
    ],
)
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


# --- the HTML tables (dashboard/tables.py) ------------------------------------------------------


def test_the_figures_table_has_a_row_per_figure_and_marks_the_chosen_one(real: Catalogue) -> None:
    rows = real.by_indicator["fdi"]
    chosen = rows[1].id
    html = observations_table(rows, real.indicators["fdi"], real.texts, "vi", chosen)
    found = elements(html)
    row_ids = [f"row-{row.id}" for row in rows]
    assert [a["id"] for tag, a in found if tag == "tr" and a.get("id")] == row_ids
    assert [a["id"] for tag, a in found if tag == "tr" and a.get("aria-current")] == [f"row-{chosen}"]
    labels = [a["data-label"] for tag, a in found if tag == "td"]
    assert len(labels) == 7 * len(rows), "period, value, definition, qualifier, quote, article, cite"
    quotes = [a.get("lang") for tag, a in found if tag == "td" and a.get("class") == "quote"]
    assert quotes == ["vi"] * len(rows)
    links = [a["href"] for tag, a in found if tag == "a"]
    assert links[1::2] == [href("indicator", "vi", id="fdi", obs=row.id) for row in rows]
    assert links[::2] == [href("source", "vi", id=row.source.id, obs=row.id) for row in rows]
    assert observations_table(rows, make_indicator(id="fdi"), real.texts, "vi").count("<th ") == 6


def test_the_figures_table_shows_markup_as_text(marked: Catalogue) -> None:
    (row,) = marked.by_indicator["fdi"]
    doubted = dataclasses.replace(row, doubt=Text(vi=HOSTILE, en=HOSTILE))
    html = observations_table([doubted], marked.indicators["fdi"], marked.texts, "en")
    assert_inert(html)
    assert f"{escape(MARKUP)} Vốn FDI đăng ký đạt <strong>2.915 triệu USD</strong>" in html
    assert f": {escape(HOSTILE)}</p>" in html, "the doubt"
    assert "**đậm** $x^y$" in html
    odd_id = dataclasses.replace(row, id='x" onclick="alert(1)')
    odd = observations_table([odd_id], marked.indicators["fdi"], marked.texts, "en")
    assert_inert(odd)
    (tr,) = [a for tag, a in elements(odd) if tag == "tr" and a.get("id")]
    assert tr == {"id": 'row-x" onclick="alert(1)'}


def test_a_rows_links_are_named_after_its_figure(real: Catalogue) -> None:
    row = real.by_indicator["fdi"][0]
    words = {
        "period": wording.period_text(row.period, "en"),
        "value": wording.value_text(row, "en"),
        "date": wording.date_text(row.source.published, "en"),
    }
    hostile = '" onmouseover="x'
    for link, key, text in (
        (cite_link(hostile, row, "en"), "table_cite", "col_cite"),
        (article_link(hostile, row, "en"), "open_article_of", "panel_open_article"),
    ):
        ((tag, attributes),) = elements(link)
        assert (tag, attributes) == ("a", {"href": hostile, "aria-label": t("en", key, **words)})
        assert link.endswith(f">{escape(t('en', text))}</a>")


def test_the_index_links_every_indicator_of_a_theme(marked: Catalogue) -> None:
    html = index_html(marked, Theme.INVESTMENT, "en")
    assert_inert(html)
    (link,) = [a for tag, a in elements(html) if tag == "a"]
    assert link == {"href": "./indicator?id=fdi&lang=en"}
    assert f">{escape(marked.indicators['fdi'].name.en)}</a>" in html
    assert index_html(marked, Theme.DIPLOMACY, "en").count("<tr>") == 1, "a header row only"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_qualifier_table_has_a_row_per_qualifier(lang: str) -> None:
    html = qualifier_table(lang)
    rows = [tag for tag, _ in elements(html) if tag == "tr"]
    assert len(rows) == len(QUALIFIERS) + 1
    assert all(f"<td>{escape(label('qualifier_meaning', code, lang))}</td>" in html for code in QUALIFIERS)
