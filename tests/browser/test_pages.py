"""Every page in a real Chromium, in Vietnamese and English: it renders, in its language, without errors.

A page is opened once by URL; the other pages and languages are reached as a person would, from
the menu and the language switch (a reload costs this machine seconds of CPU, a rerun much less).
Each view is saved as ``artifacts/screens/<page>-<lang>-desktop.png``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import Tab, cut_off_text

pytestmark = pytest.mark.browser

NAV_KEYS = ("nav_overview", "nav_indicators", "nav_indicator", "nav_source", "nav_data", "nav_about")
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
RAW_NUMBER = re.compile(r"(?<![\w.,])\d{7,}(?![\w.,])")  # 4290000000: a value shown in base units


def other(lang: str) -> str:
    """Return the other language."""
    return "en" if lang == "vi" else "vi"


def nav_labels(tab: Tab) -> list[str]:
    """Return the menu's labels."""
    return [text.strip() for text in tab.page.locator(".hi-bar > .hi-menu a").all_inner_texts()]


def assert_in_language(tab: Tab, lang: str) -> None:
    """The menu, the language switch and the URL say ``lang``."""
    assert nav_labels(tab) == [t(lang, key) for key in NAV_KEYS]
    checked = tab.page.locator(".hi-langs a[aria-current=true]").inner_text()
    assert checked.strip() == LANGUAGE_NAMES[lang]
    assert tab.query().get("lang") == [lang]


def test_overview_shows_every_headline_card_with_its_sparkline(open_tab: OpenTab) -> None:
    tab = open_tab().goto("/?lang=vi", charts=True)
    page = tab.page
    for lang in ("vi", "en"):
        if lang == "en":
            tab.switch_language("en", charts=True)
        assert page.locator("h1").all_inner_texts() == [t(lang, "app_title")]
        assert_in_language(tab, lang)
        shown = [
            re.sub(r".*\bst-key-card-(\S+).*", r"\1", cls)
            for cls in page.locator("[class*='st-key-card-']").evaluate_all(
                "els => els.map(e => e.className)"
            )
        ]
        assert sorted(shown) == sorted(curated().headline_ids())
        values = page.locator("[class*='st-key-card-'] .hi-card-value").all_inner_texts()
        assert len(values) == len(shown) and all(value.strip() for value in values)
        assert [value for value in values if RAW_NUMBER.search(value)] == []
        sparklines = page.locator("[class*='st-key-card-'] img.hi-spark")
        assert sparklines.count() >= 1
        for index in range(sparklines.count()):
            box = sparklines.nth(index).bounding_box()
            assert box is not None and box["height"] >= 40 and box["width"] >= 150, box
            drawn = sparklines.nth(index).evaluate("img => img.complete && img.naturalWidth > 0")
            assert drawn, f"sparkline {index} is not drawn"
            alt = sparklines.nth(index).get_attribute("alt") or ""
            assert alt.startswith(t(lang, "card_trend", name="")), alt
        assert page.locator("[data-testid=stPlotlyChart]").count() == 0, "the trends are SVG images"
        assert cut_off_text(page) == []
        tab.shoot(f"overview-{lang}-desktop")

    # Must NOT happen: an exception on the page, or an error in the browser's console.
    assert tab.exceptions() == []
    assert tab.errors == []


def test_every_page_in_both_languages_from_the_menu(open_tab: OpenTab) -> None:
    data = curated()
    newest = sorted(data.sources.values(), key=lambda s: (str(s["published"]), s["id"]))[-1]
    titles: dict[str, Callable[[str], str]] = {
        "data": lambda lang: t(lang, "data_title"),
        "about": lambda lang: t(lang, "about_title"),
        "source": lambda lang: newest["title"][lang],  # the menu opens the newest article
    }
    tab = open_tab().goto("/data?lang=vi")
    lang = "vi"
    for name, nav_key in (("data", "nav_data"), ("about", "nav_about"), ("source", "nav_source")):
        if name != "data":
            tab.menu(t(lang, nav_key), name)
        for step in range(2):
            if step:
                lang = other(lang)
                tab.switch_language(lang)
            assert tab.page.locator("h1").first.inner_text() == titles[name](lang), (name, lang)
            assert_in_language(tab, lang)
            assert cut_off_text(tab.page) == [], (name, lang)
            tab.shoot(f"{name}-{lang}-desktop")
            # Must NOT happen: an exception on the page, or an error in the browser's console.
            assert tab.exceptions() == [], (name, lang)
            assert tab.errors == [], (name, lang)
