"""A broken dataset: the app shows the checker's located problems instead of figures, and no traceback.

A second server reads a copy of the dataset (``$INDICATORS_DATA``) whose 2019 FDI quote no longer
matches its article.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.i18n import t
from tests.appserver import AppServer, running
from tests.browser.conftest import OpenTab
from tests.browser.curated import data_file

pytestmark = pytest.mark.browser

RECORD = "fdi-2019-doingoai"
QUOTE = "vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 8,67 tỷ USD"
ALTERED = "vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 9,99 tỷ USD"


@pytest.fixture(scope="module")
def broken_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """Copy the dataset and its articles, alter one quote; return the copy and the quote's line."""
    folder = tmp_path_factory.mktemp("broken-data")
    original = data_file()
    shutil.copytree(original.parent / "sources", folder / "sources")
    text = original.read_text(encoding="utf-8")
    assert text.count(f'quote: "{QUOTE}"') == 1, "the test alters this quote; pick another if it changed"
    altered = text.replace(f'quote: "{QUOTE}"', f'quote: "{ALTERED}"')
    copy = folder / "indicators.yaml"
    copy.write_text(altered, encoding="utf-8")
    line = altered[: altered.index(f'quote: "{ALTERED}"')].count("\n") + 1
    return copy, line


@pytest.fixture(scope="module")
def broken_server(broken_copy: tuple[Path, int]) -> Iterator[AppServer]:
    """The dashboard reading the broken copy."""
    with running(env={"INDICATORS_DATA": str(broken_copy[0])}) as server:
        yield server


def test_broken_dataset_shows_the_located_problem(
    open_tab: OpenTab, broken_server: AppServer, broken_copy: tuple[Path, int]
) -> None:
    copy, line = broken_copy
    tab = open_tab(base=broken_server.url).goto("/indicator?id=fdi&lang=en")
    page = tab.page
    for lang in ("en", "vi"):
        if lang == "vi":
            tab.switch_language("vi")
        assert page.locator("h1").inner_text() == t(lang, "invalid_title")
        where = [text.strip() for text in page.locator(".hi-problem .where").all_inner_texts()]
        assert f"{copy}:{line} [{RECORD}] quote" in where
        what = page.locator(".hi-problem", has_text=f"[{RECORD}] quote").locator(".what").inner_text()
        assert "expected" in what and "found" in what and QUOTE in what  # the closest passage of the article
        assert page.locator("[data-testid=stPlotlyChart], [class*='st-key-card-']").count() == 0
        tab.shoot(f"invalid-{lang}-desktop")

        # Must NOT happen: a traceback, an exception element, or a console error.
        assert "Traceback" not in page.locator("body").inner_text()
        assert tab.exceptions() == []
        assert tab.errors == []
    assert "Traceback" not in broken_server.log()
