"""From a point on a chart to its quote in the article, and the links of both views pasted elsewhere.

A click on a plotly marker selects that observation: the panel beside the chart shows its quote;
the panel's link opens the article with every quote marked, that one emphasised and in view. The
two URLs, pasted into a new browser context (no session, no history), open the same views. An
overview card's quote link does the same for the card's figure.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from dashboard.i18n import t
from dashboard.wording import date_text
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import SCREENS, Tab, click_point, plain, point_ids, settle

pytestmark = pytest.mark.browser

PANEL = ".st-key-obs-panel"
PANEL_SOURCE_LINK = f"{PANEL} [data-testid=stPageLink] a[href*='source']"
HEIGHT = 720  # short enough that the quote starts below the first screen

_IN_VIEW = """(id) => {
    const label = document.getElementById(id);
    if (!label) { return false; }
    const parts = [label, ...label.closest(".article").querySelectorAll("mark.quote.current")];
    return parts.every(el => { const r = el.getBoundingClientRect();
                               return r.top >= 0 && r.bottom <= window.innerHeight; });
}"""


def check_quote_in_view(tab: Tab, obs: dict[str, Any]) -> list[str]:
    """The article emphasises ``obs``'s quote among the others and shows it on screen; return its text."""
    page = tab.page
    current = page.locator(".article mark.quote.current")
    assert plain("".join(current.all_inner_texts())) == plain(obs["quote"])
    others = page.locator(".article mark.quote:not(.current)")
    assert others.count() >= 1, "the article should mark the other quotes too"
    background = "el => getComputedStyle(el).backgroundColor"
    assert current.first.evaluate(background) != others.first.evaluate(background)
    assert page.locator(f".article .quote-label.current#q-{obs['id']}").count() == 1
    page.wait_for_function(_IN_VIEW, arg=f"q-{obs['id']}")
    for index in range(current.count()):
        box = current.nth(index).bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT, box
    return [plain(text) for text in current.all_inner_texts()]


def test_point_to_quote_to_article_and_the_same_views_from_pasted_links(open_tab: OpenTab) -> None:
    data = curated()
    obs = data.observations["fdi-2019-doingoai"]
    tab = open_tab(viewport={"width": 1280, "height": HEIGHT}).goto("/indicator?id=fdi&lang=en", charts=True)
    page = tab.page
    assert "obs" not in tab.query()
    assert page.locator(f"{PANEL} blockquote").count() == 0
    drawn = {point["id"] for point in point_ids(tab) if point["id"]}
    assert drawn == {item["id"] for item in data.of_indicator("fdi")}, "one marker per observation"

    assert page.locator(".hi-obs tr.current").count() == 0
    click_point(tab, obs["id"])
    # The table under the chart marks the clicked figure's row, and only it.
    marked = page.locator(".hi-obs tr.current").evaluate_all("rows => rows.map(r => r.id)")
    assert marked == [f"row-{obs['id']}"]
    quote = page.locator(f"{PANEL} blockquote.hi-quote")
    assert plain(quote.inner_text()) == plain(obs["quote"])
    assert plain(obs["figure"]) in plain(quote.locator("strong").inner_text())
    assert tab.query()["id"] == ["fdi"]
    indicator_url, heading = page.url, page.locator("h1").inner_text()
    panel_text = page.locator(PANEL).inner_text()
    tab.shoot("indicator-en-desktop")

    tab.follow(page.locator(PANEL_SOURCE_LINK), r"/source\?")
    assert tab.query()["id"] == [obs["source"]] and tab.query()["obs"] == [obs["id"]]
    assert page.locator("h1").inner_text() == data.sources[obs["source"]]["title"]["en"]
    current = check_quote_in_view(tab, obs)
    # Must NOT happen: the article opening at its top with the quote out of sight.
    scrolled = page.evaluate("document.querySelector('[data-testid=stMain]').scrollTop")
    assert scrolled > 0, "the quote was on the first screen, so this test did not prove the scrolling"
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / "source-en-desktop-quote-in-view.png"))
    source_url, source_heading = page.url, page.locator("h1").inner_text()

    pasted = open_tab(viewport={"width": 1280, "height": HEIGHT})  # a new context: only the URL
    pasted.goto(indicator_url.removeprefix(pasted.base), charts=True)
    assert pasted.page.url == indicator_url
    assert pasted.page.locator("h1").inner_text() == heading == data.indicators["fdi"]["name"]["en"]
    # Must NOT happen: a pasted link losing its selection (an empty panel).
    assert pasted.page.locator(PANEL).inner_text() == panel_text
    pasted.goto(source_url.removeprefix(pasted.base))
    assert pasted.page.url == source_url
    assert pasted.page.locator("h1").inner_text() == source_heading
    assert check_quote_in_view(pasted, obs) == current

    assert tab.exceptions() == [] and pasted.exceptions() == []
    assert tab.errors == [] and pasted.errors == []


def test_an_overview_cards_quote_link_opens_the_article_at_that_figures_quote(open_tab: OpenTab) -> None:
    data = curated()
    tab = open_tab(viewport={"width": 1280, "height": HEIGHT}).goto("/?lang=vi", charts=True)
    page = tab.page
    cards = page.locator("[class*='st-key-card-']")
    links = page.locator("[class*='st-key-card-'] .hi-card-quote a")
    assert links.count() == cards.count() == len(data.headline_ids()), "one quote link per card"
    link = page.locator(".st-key-card-fdi .hi-card-quote a")
    label, shown_value = link.inner_text(), page.locator(".st-key-card-fdi .hi-card-value").inner_text()

    link.click()  # a plain anchor: the browser loads the article's URL as a new page
    page.wait_for_url(re.compile(r"/source\?"))
    settle(page, after_runs=0)
    obs = data.observations[tab.query()["obs"][0]]
    source = data.sources[obs["source"]]
    assert tab.query()["id"] == [obs["source"]] and tab.query()["lang"] == ["vi"]
    assert page.locator("h1").inner_text() == source["title"]["vi"]
    # The link led to the quote of the very figure the card shows, and named its article's date.
    assert obs["indicator"] == "fdi" and shown_value == obs["figure"]
    assert plain(label) == plain(t("vi", "card_quote", date=date_text(str(source["published"]), "vi")))
    check_quote_in_view(tab, obs)
    assert tab.exceptions() == [] and tab.errors == []
