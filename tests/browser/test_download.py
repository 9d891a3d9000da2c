"""The Data page's CSV, downloaded through the browser, holds every observation with its quote and source."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated

pytestmark = pytest.mark.browser


def test_csv_download_holds_every_observation_with_quote_and_source(open_tab: OpenTab) -> None:
    data = curated()
    tab = open_tab().goto("/data?lang=en")
    button = tab.page.locator(".st-key-download-csv").get_by_role("button", name=t("en", "download_csv"))
    with tab.page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "hanoi-indicators.csv"
    raw = download.path().read_bytes()

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
    for row in rows:
        source = data.sources[row["source_id"]]
        assert row["source_file"] == source["file"]
        assert row["source_title_vi"] == source["title"]["vi"]
    assert tab.exceptions() == []
    assert tab.errors == []
