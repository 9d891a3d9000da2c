"""The Data page's downloads, fetched through the browser: the CSV and JSON of the rows shown, named
after the filter and with exact numbers, and the Data Package zip, which ``frictionless`` validates."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import Tab
from tests.test_datapackage import errors, validate

pytestmark = pytest.mark.browser


def download(tab: Tab, key: str, label: str) -> tuple[str, bytes]:
    """Click the download button ``key`` as a person would; return the file's name and bytes."""
    button = tab.page.locator(f".st-key-{key}").get_by_role("button", name=label)
    with tab.page.expect_download() as info:
        button.click()
    path = info.value.path()
    return info.value.suggested_filename, Path(path).read_bytes()


def curated_value(obs: dict[str, Any]) -> Decimal:
    return Decimal(str(obs["value"]))


def test_csv_download_holds_every_observation_with_quote_and_source(open_tab: OpenTab) -> None:
    data = curated()
    tab = open_tab().goto("/data?lang=en")
    name, raw = download(tab, "download-csv", t("en", "download_csv"))
    assert name == "hanoi-indicators_all.csv"

    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read the Vietnamese"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    by_id = {row["obs_id"]: row for row in rows}
    assert len(rows) == len(data.observations) == len(by_id)
    assert set(by_id) == set(data.observations)
    # Must NOT happen: a row whose quote or source differs from the curated file (lost, cut or re-encoded).
    differing = [
        obs_id
        for obs_id, obs in data.observations.items()
        if (by_id[obs_id]["quote"], by_id[obs_id]["source_id"], by_id[obs_id]["figure"])
        != (obs["quote"], obs["source"], obs["figure"])
    ]
    assert differing == []
    # Must NOT happen: a value written as a float ('3000.0') or with an exponent ('5E+14').
    inexact = [
        (obs_id, row["value"])
        for obs_id, row in by_id.items()
        if Decimal(row["value"]) != curated_value(data.observations[obs_id])
        or row["value"].endswith(".0")
        or "e" in row["value"].lower()
    ]
    assert inexact == []
    for row in rows:
        source = data.sources[row["source_id"]]
        assert row["source_file"] == source["file"]
        assert row["source_title_vi"] == source["title"]["vi"]
        recorded = (source.get("url", ""), source.get("accessed", ""))
        assert (row["source_url"], row["source_accessed"]) == recorded
    assert tab.exceptions() == []
    assert tab.errors == []


def test_filtered_downloads_are_named_after_the_filter_and_hold_exact_numbers(open_tab: OpenTab) -> None:
    data = curated()
    tab = open_tab().goto("/data?lang=en&theme=investment&year=2019&year=2020")
    csv_name, csv_raw = download(tab, "download-csv", t("en", "download_csv"))
    json_name, json_raw = download(tab, "download-json", t("en", "download_json"))
    assert csv_name == "hanoi-indicators_theme-investment_year-2019-2020.csv"
    assert json_name == "hanoi-indicators_theme-investment_year-2019-2020.json"

    rows = list(csv.DictReader(io.StringIO(csv_raw.decode("utf-8-sig"), newline="")))
    records = json.loads(json_raw.decode("utf-8"), parse_float=Decimal)
    assert rows and [row["obs_id"] for row in rows] == [record["obs_id"] for record in records]
    assert {(row["theme"], row["year"]) for row in rows} <= {("investment", "2019"), ("investment", "2020")}
    for record in records:
        obs = data.observations[record["obs_id"]]
        assert isinstance(record["value"], int | Decimal) and record["value"] == curated_value(obs)
        qualifier = obs["qualifier"] if isinstance(obs["qualifier"], list) else [obs["qualifier"]]
        assert record["qualifier"] == qualifier, "a list in JSON, as curated"
    assert b"E+" not in json_raw and b"e+" not in json_raw
    assert tab.exceptions() == []
    assert tab.errors == []


def test_the_data_package_zip_passes_frictionless_validate(open_tab: OpenTab, tmp_path: Path) -> None:
    data = curated()
    tab = open_tab().goto("/data?lang=vi&theme=tourism")  # the package is the whole dataset, filter or not
    name, raw = download(tab, "download-zip", t("vi", "download_zip"))
    assert name == "hanoi-indicators-datapackage.zip"
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert archive.namelist() == ["datapackage.json", "observations.csv"]
        archive.extractall(tmp_path)
    report = validate(tmp_path / "datapackage.json")
    assert report["valid"], errors(report)
    assert report["tasks"][0]["stats"]["rows"] == len(data.observations) > 0
    described = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert len(described["sources"]) == len(data.sources)
    assert described["licenses"] and described["title"]
    assert tab.errors == []


def test_the_data_and_method_tabs_have_their_own_titles(open_tab: OpenTab) -> None:
    tab = open_tab().goto("/data?lang=en")
    tab.page.wait_for_function("() => document.title.startsWith('All data')")
    data_title = tab.page.title()
    tab.goto("/about?lang=en")
    tab.page.wait_for_function("() => document.title.startsWith('About')")
    titles = (data_title, tab.page.title())
    assert titles == ("All data · Hanoi integration", "About & method · Hanoi integration")
