"""Links with hostile or broken parameters get a friendly message: no exception, no script, no dialog."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from dashboard.i18n import LANGS, t
from dashboard.layout import document_script
from dashboard.menus import FILTER_SCRIPT
from dashboard.navigation import COPY_SCRIPT
from dashboard.touch import CHART_SCRIPT
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import Tab

pytestmark = pytest.mark.browser

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(2)>'
LONG = "x" * 5000
WARNING = "[data-testid=stAlertContentWarning] [data-testid=stMarkdownContainer]"

# (page, id value, message key): links whose id matches nothing.
UNKNOWN_IDS = [
    ("indicator", "../app.py", "not_found_indicator"),
    ("source", SCRIPT, "not_found_source"),
    ("indicator", LONG, "not_found_indicator"),
    ("source", "", "not_found_empty"),
]


# The scripts the dashboard writes itself, word for word: on every page its language and its "Copy
# link" button, and beside a chart the scripts that let one tap select a point and the buttons under
# it download the image.
OWN_SCRIPTS = [
    *(document_script(lang).removeprefix("<script>").removesuffix("</script>") for lang in LANGS),
    CHART_SCRIPT,
    FILTER_SCRIPT,
    COPY_SCRIPT,
]


def injected(tab: Tab) -> list[str]:
    """Return every element a hostile value could have created: scripts (but the dashboard's own,
    word for word), or elements with handlers."""
    return list(
        tab.page.evaluate(
            """(own) => Array.from(document.querySelectorAll(
        '[data-testid=stMain] script, [data-testid=stMain] img[src=x], [onerror]'))
        .filter((el) => !(el.tagName === 'SCRIPT' && own.includes(el.textContent)))
        .map((el) => el.outerHTML.slice(0, 120))""",
            OWN_SCRIPTS,
        )
    )


def check_calm(tab: Tab, path: str) -> None:
    """The page shows no exception, holds no element made from the URL and logged no console error."""
    assert tab.exceptions() == [], path
    assert injected(tab) == [], path
    assert tab.errors == [], path


def test_hostile_ids_obs_filters_and_language_get_a_friendly_message(open_tab: OpenTab) -> None:
    tab = open_tab(locale="vi-VN")
    for page_name, value, key in UNKNOWN_IDS:
        path = f"/{page_name}?id={quote(value, safe='')}&lang=en"
        tab.goto(path)
        warning = tab.page.locator(WARNING)
        assert warning.count() == 1, path
        text = warning.inner_text().strip()
        if key == "not_found_empty":
            assert text == t("en", key), path
        else:
            assert text.startswith(t("en", key, value="")[:20]), (path, text)
            assert value[:40] in text, (path, text)  # shown as written, never run
            assert len(text) < 200, (path, len(text))  # a 5,000-character id is cut short
        assert tab.page.get_by_text(t("en", "not_found_title"), exact=True).count() == 1, path
        assert tab.page.locator("[data-testid=stPageLink] a[href*='lang=en']").count() >= 1, path
        check_calm(tab, path)
        if value == SCRIPT:
            tab.shoot("source-en-desktop-not-found")

    for path, expected in [
        (f"/indicator?id=fdi&obs={quote(IMAGE)}&lang=en", t("en", "obs_not_in_indicator", value=IMAGE)),
        (
            f"/data?year={quote(SCRIPT)}&indicator={quote(IMAGE)}&lang=en",
            t("en", "filter_ignored", values=f"{IMAGE}, {SCRIPT}"),
        ),  # in the order of the filters
    ]:
        tab.goto(path, charts=path.startswith("/indicator"))
        assert expected in tab.main_text(), path
        check_calm(tab, path)

    # An unknown language falls back to the browser's (this context's locale is vi-VN), keeping the rest.
    tab.goto("/indicator?id=fdi&lang=xx", charts=True)
    assert tab.query() == {"id": ["fdi"], "lang": ["vi"]}
    assert tab.page.locator("h1").inner_text() == curated().indicators["fdi"]["name"]["vi"]
    check_calm(tab, "lang=xx")

    # Must NOT happen: a dialog opened by a script from the URL.
    assert tab.dialogs == []
