"""A reader's shortest path to a quote, in a real Chromium: where a browser is the only honest judge.

- A shared link to a figure opens with that figure's panel in the first screen, on a desktop
  (1400 × 900) and on a phone (390 × 844).
- On a touch screen one real tap on a point selects it (no first tap that only opens a tooltip).
- By keyboard alone, the table under the chart leads to each figure's panel.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.i18n import t
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import PHONE, point_ids, runs, settle

pytestmark = pytest.mark.browser

OBS = "fdi-2019-doingoai"
WIDE = {"viewport": {"width": 1400, "height": 900}}


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_a_shared_figure_opens_with_its_panel_in_the_first_screen(open_tab: OpenTab, screen: str) -> None:
    options = WIDE if screen == "desktop" else PHONE
    tab = open_tab(**options).goto(f"/indicator?id=fdi&obs={OBS}&lang=en", charts=True)
    height = options["viewport"]["height"]
    for part in (".st-key-obs-panel .hi-card-value", ".st-key-obs-panel .hi-quote"):
        box = tab.page.locator(part).bounding_box()
        assert box is not None, part
        # Must NOT happen: the figure or its quote below the first screen (the reader would scroll).
        assert box["y"] >= 0 and box["y"] + min(box["height"], 60) <= height, (screen, part, box)
    assert tab.page.locator(".st-key-obs-panel .hi-card-value").inner_text() == "US$8.67 billion"
    tab.shoot(f"indicator-shared-en-{screen}")
    assert tab.exceptions() == [] and tab.errors == []


def test_one_tap_on_a_phone_selects_a_point(open_tab: OpenTab) -> None:
    tab = open_tab(**PHONE).goto("/indicator?id=visitors&lang=en", charts=True)
    page = tab.page
    index, target = next((i, point) for i, point in enumerate(point_ids(tab)) if point["width"] > 0)
    marker = page.locator("[data-testid=stPlotlyChart] .scatterlayer .trace .points path").nth(index)
    marker.scroll_into_view_if_needed()
    before = runs(page)
    # A real touch (the context has touch), not a mouse click; force: the chart's drag layer lies
    # over its markers and takes the finger, as on a phone.
    marker.tap(force=True)
    page.wait_for_url(re.compile(rf"[?&]obs={re.escape(target['id'])}(&|$)"), timeout=20_000)
    settle(page, charts=True, after_runs=before)
    assert tab.query()["obs"] == [target["id"]]
    value = page.locator(".st-key-obs-panel .hi-card-value").inner_text()
    assert value in ("nearly 29 million visits", "33.7 million visits")
    # On a touch screen the tooltip is not drawn over the chart: the panel shows the figure.
    hover = page.locator(".js-plotly-plot .hoverlayer")
    assert hover.evaluate("el => getComputedStyle(el).display") == "none"
    assert tab.exceptions() == [] and tab.errors == []


def test_the_keyboard_reaches_every_figure_through_the_table(open_tab: OpenTab) -> None:
    tab = open_tab(**WIDE).goto("/indicator?id=fdi&lang=en", charts=True)
    page = tab.page
    cites = page.locator(".hi-obs a[aria-label^='Cite the ']")
    count = cites.count()
    assert count >= 5, "one link a figure"
    names = cites.evaluate_all("links => links.map(a => a.getAttribute('aria-label'))")
    assert len(set(names)) == count, "each link is named after its own figure"
    wanted = cites.nth(1).get_attribute("href") or ""
    obs = re.search(r"obs=([^&]+)", wanted)
    assert obs
    # Tab through the page until the focus is on that link, then press Enter.
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement && document.activeElement.getAttribute('href')")
        if focused == wanted:
            break
    else:
        pytest.fail("the keyboard never reached the table's cite link")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"[?&]obs={re.escape(obs[1])}(&|$)"), timeout=20_000)
    settle(page, charts=True, after_runs=0)
    panel = page.locator(".st-key-obs-panel")
    assert panel.locator(".hi-quote").count() == 1
    shown = panel.inner_text()
    assert t("en", "panel_cite").casefold() in shown.casefold()  # the kicker is drawn in capitals
    assert f"obs={obs[1]}" in shown, "the citation is the chosen figure's"
    assert tab.exceptions() == [] and tab.errors == []


def test_a_view_embeds_with_streamlits_embed_option(open_tab: OpenTab) -> None:
    tab = open_tab(**WIDE).goto("/indicator?id=fdi&lang=en&embed=true", charts=True)
    page = tab.page
    assert page.locator(".hi-menu, .hi-menu-small, [data-testid=stTopNavLink]").count() == 0, (
        "embedded: no menu"
    )
    assert page.locator("h1").inner_text() == "Foreign direct investment attracted"
    assert page.locator("[data-testid=stPlotlyChart]").count() == 1
    assert tab.exceptions() == [] and tab.errors == []


def test_copy_link_copies_the_views_address(open_tab: OpenTab) -> None:
    tab = open_tab(**WIDE, permissions=["clipboard-read", "clipboard-write"]).goto(
        f"/indicator?id=fdi&obs={OBS}&lang=vi", charts=True
    )
    page = tab.page
    page.locator(".hi-share > button.hi-copy-link:not([data-copy])").click()
    page.wait_for_function("() => document.querySelector('.hi-copy-status').textContent.length > 0")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.url and f"obs={OBS}" in copied and "lang=vi" in copied
    assert page.locator(".hi-copy-status").first.inner_text() == t("vi", "share_copied")
    assert tab.exceptions() == [] and tab.errors == []


def test_copy_citation_copies_the_figures_citation_line(open_tab: OpenTab) -> None:
    tab = open_tab(**WIDE, permissions=["clipboard-read", "clipboard-write"]).goto(
        f"/indicator?id=fdi&obs={OBS}&lang=en", charts=True
    )
    page = tab.page
    box = page.locator(".st-key-obs-panel .hi-citation-box")
    box.locator("button.hi-copy-link").click()
    page.wait_for_function("() => document.querySelector('.hi-citation-box .hi-copy-status').textContent")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == box.locator("pre.hi-citation").inner_text()
    assert copied.startswith("“") and f"(obs {OBS})" in copied
    assert tab.exceptions() == [] and tab.errors == []


@pytest.mark.parametrize("image", ["png", "svg"])
def test_the_buttons_under_the_chart_download_it_as_an_image(open_tab: OpenTab, image: str) -> None:
    tab = open_tab(**WIDE).goto("/indicator?id=fdi&lang=en", charts=True)
    button = tab.page.get_by_role("button", name=t("en", "chart_download_as", format=image.upper()))
    with tab.page.expect_download(timeout=30_000) as info:
        button.click()
    assert info.value.suggested_filename == f"hanoi-fdi-en.{image}"
    content = Path(info.value.path()).read_bytes()
    if image == "svg":
        assert content.lstrip().startswith(b"<svg") and b"Foreign direct investment attracted" in content
    else:
        assert content.startswith(b"\x89PNG")
    # The chart's camera button makes a PNG again afterwards.
    assert (
        tab.page.evaluate(
            "() => document.querySelector('.js-plotly-plot')._context.toImageButtonOptions.format"
        )
        == "png"
    )
    assert tab.exceptions() == [] and tab.errors == []


def test_the_keyboard_unfolds_the_indicators_meaning(open_tab: OpenTab) -> None:
    tab = open_tab(**WIDE).goto("/indicator?id=fdi&lang=vi", charts=True)
    page = tab.page
    summary = page.locator(".hi-folded summary")
    assert summary.inner_text() == t("vi", "indicator_meaning")
    body = page.locator(".hi-folded .hi-folded-body")
    assert body.is_hidden()
    for _ in range(80):
        page.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the keyboard never reached the indicator's meaning")
    page.keyboard.press("Enter")
    assert body.is_visible()
    assert curated().indicators["fdi"]["definition"]["vi"][:40] in body.inner_text()
    assert tab.exceptions() == [] and tab.errors == []
