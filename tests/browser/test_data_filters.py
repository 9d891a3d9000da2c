"""The data page's filters, in a real Chromium: a form of checkbox lists that a mouse or a keyboard
fills in, whose button loads the page with the values chosen and the page's language; and the data
grid, drawn when asked for."""

from __future__ import annotations

import re

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated

pytestmark = pytest.mark.browser


def test_the_filters_apply_by_keyboard_and_keep_the_language(open_tab: OpenTab) -> None:
    tab = open_tab().goto("/data?lang=en")
    page = tab.page
    before = page.evaluate("() => history.length")
    year = page.locator(".hi-filter", has=page.locator("input[name=year]"))
    summary = year.locator("summary")
    for _ in range(60):  # Tab to the year filter, as a keyboard user would
        page.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the keyboard never reached the year filter")
    page.keyboard.press("Enter")
    box = year.locator("input[value='2019']")
    for _ in range(20):
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the keyboard never reached the year 2019")
    page.keyboard.press("Space")
    assert box.is_checked()
    year.locator("input[value='2025']").check()  # and one with the mouse
    page.get_by_role("button", name=t("en", "filters_apply")).click()
    page.wait_for_url(re.compile(r"[?&]year=2025"))
    tab.settle()
    assert tab.query() == {"year": ["2019", "2025"], "lang": ["en"]}
    assert page.evaluate("() => history.length") == before + 1
    count = page.locator("[data-testid=stCaptionContainer]", has_text=" figures").first.inner_text()
    shown, total = (int(number) for number in re.findall(r"\d+", count)[:2])
    assert 0 < shown < total == len(curated().observations), count
    assert page.locator(".hi-filter input[name=year]:checked").count() == 2
    assert page.locator("html").get_attribute("lang") == "en"
    assert tab.exceptions() == [] and tab.errors == []


def test_the_grid_is_drawn_when_asked_for_and_stays_with_the_filters(open_tab: OpenTab) -> None:
    tab = open_tab().goto("/data?lang=vi&theme=investment")
    page = tab.page
    assert page.locator("[data-testid=stDataFrame]").count() == 0
    page.locator(".st-key-data-table-shown label").click()
    page.wait_for_url(re.compile(r"[?&]table=1(&|$)"))
    tab.settle()
    page.locator("[data-testid=stDataFrame]").wait_for()
    assert tab.query()["theme"] == ["investment"]
    # A filter applied with the grid shown keeps it shown.
    page.locator(".hi-filter", has=page.locator("input[name=theme]")).locator("summary").click()
    page.locator(".hi-filter input[name=theme][value=tourism]").check()
    page.get_by_role("button", name=t("vi", "filters_apply")).click()
    page.wait_for_url(re.compile(r"[?&]theme=tourism"))
    tab.settle()
    assert tab.query() == {"theme": ["investment", "tourism"], "table": ["1"], "lang": ["vi"]}
    page.locator("[data-testid=stDataFrame]").wait_for()
    assert tab.exceptions() == [] and tab.errors == []
