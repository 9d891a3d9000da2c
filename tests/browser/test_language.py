"""The language switch, used as a person would: words and number formats change, the view stays."""

from __future__ import annotations

import re

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import Tab

pytestmark = pytest.mark.browser

PANEL = ".st-key-obs-panel"


def y_ticks(tab: Tab) -> list[str]:
    """Return the y-axis tick labels of the indicator chart."""
    texts = tab.page.locator("[data-testid=stPlotlyChart] .ytick text").all_text_contents()
    return [text.strip() for text in texts if text.strip()]


def test_switching_language_changes_words_and_numbers_and_keeps_the_view(open_tab: OpenTab) -> None:
    data = curated()
    tab = open_tab().goto("/indicator?id=fdi&obs=fdi-2019-doingoai&lang=vi", charts=True)
    page = tab.page
    panel = page.locator(PANEL)
    assert page.locator("h1").inner_text() == data.indicators["fdi"]["name"]["vi"]
    assert panel.locator(".hi-card-value").inner_text() == "8,67 tỷ USD"
    assert t("vi", "panel_title").upper() in panel.inner_text().upper()
    vi_ticks = y_ticks(tab)
    assert any(re.fullmatch(r"\d+,\d+", tick) for tick in vi_ticks), vi_ticks  # 7,5: a decimal comma
    assert t("vi", "nav_overview") in page.locator(".hi-bar > .hi-menu").inner_text()
    tab.shoot("indicator-vi-desktop")

    tab.switch_language("en", charts=True)
    assert page.locator("h1").inner_text() == data.indicators["fdi"]["name"]["en"]
    assert t("en", "nav_overview") in page.locator(".hi-bar > .hi-menu").inner_text()
    assert panel.locator(".hi-card-value").inner_text() == "US$8.67 billion"
    assert t("en", "panel_title").upper() in panel.inner_text().upper()
    en_ticks = y_ticks(tab)
    assert any(re.fullmatch(r"\d+\.\d+", tick) for tick in en_ticks), en_ticks  # 7.5: a decimal point
    assert not any(re.fullmatch(r"\d+,\d+", tick) for tick in en_ticks), en_ticks
    # The quote stays as the article wrote it, in Vietnamese.
    assert "8,67 tỷ USD" in panel.locator("blockquote").inner_text()

    # Must NOT happen: the switch dropping the rest of the URL (the indicator or the open figure).
    assert tab.query() == {"id": ["fdi"], "obs": ["fdi-2019-doingoai"], "lang": ["en"]}

    assert tab.exceptions() == []
    assert tab.errors == []
