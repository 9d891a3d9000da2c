"""WCAG 2.1 AA in a real Chromium: axe-core on every page, in both languages, on a desktop and a phone;
the document's language and title; focus a keyboard user can see; links a screen reader tells apart;
the chart's name; and the small things readers hit (history entries, the menu's links, an unknown
address).

axe-core runs with its default rules (WCAG 2.0–2.2 A and AA and its best practices, such as heading
levels that skip), from the ``axe-playwright-python`` package, not a hand-written subset.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from dashboard.i18n import t
from dashboard.navigation import PAGES
from dashboard.wording import chart_name
from indicators.view import ObservationView
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import PHONE, Tab

pytestmark = pytest.mark.browser

DESKTOP_WIDE: dict[str, Any] = {"viewport": {"width": 1400, "height": 900}}
OBS = "fdi-2019-doingoai"
SOURCE = "2020-10-doi-ngoai-hoi-nhap"  # the article of OBS


def views() -> list[tuple[str, bool]]:
    """Return every view to check (path without ``lang``, whether it draws a chart): the overview,
    indicators with several points, one point, a target and an unknown id, with and without
    ``obs``; articles with and without ``obs``; the index of all indicators, the data and about
    pages."""
    other_source = next(key for key in curated().sources if key != SOURCE)
    return [
        ("/?", True),
        ("/indicator?id=fdi", True),
        (f"/indicator?id=fdi&obs={OBS}", True),
        ("/indicator?id=grdp", True),
        ("/indicator?id=growth&obs=growth-target-quyche", True),
        ("/indicator?id=fdi-rank", True),
        ("/indicator?id=no-such-indicator", False),
        (f"/source?id={other_source}", False),
        (f"/source?id={SOURCE}&obs={OBS}", False),
        ("/indicators?", False),
        ("/data?", False),
        ("/about?", False),
    ]


def axe_violations(tab: Tab) -> list[str]:
    """Run axe-core on the page; return one line per violation: rule, impact, where and why."""
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    results = Axe().run(tab.page)
    found = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            checks = node.get("any") or node.get("all") or node.get("none") or [{}]
            found.append(
                f"{violation['id']} ({violation['impact']}) at {' '.join(node['target'])}: "
                f"{checks[0].get('message', '')[:160]}"
            )
    return found


def document_language(tab: Tab) -> str:
    return str(tab.page.evaluate("() => document.documentElement.lang"))


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_axe_finds_no_violation_on_any_page_in_either_language(open_tab: OpenTab, screen: str) -> None:
    tab = open_tab(**(DESKTOP_WIDE if screen == "desktop" else PHONE))
    problems: list[str] = []
    titles: dict[str, str] = {}
    for path, charts in views():
        tab.goto(f"{path}&lang=vi".replace("?&", "?"), charts=charts)
        for lang in ("vi", "en"):
            if lang == "en":
                tab.switch_language("en", charts=charts)
            where = f"{screen} {path} {lang}"
            problems += [f"{where}: {line}" for line in axe_violations(tab)]
            if document_language(tab) != lang:
                problems.append(f"{where}: <html lang={document_language(tab)!r}>")
            titles[where] = tab.page.title()
    # Must NOT happen: an axe violation, a page in the wrong language, or two pages with one title.
    assert problems == []
    for lang in ("vi", "en"):
        mine = {where: title for where, title in titles.items() if where.endswith(f" {lang}")}
        pages = {title for where, title in mine.items() if "no-such" not in where and "obs=" not in where}
        assert len(pages) == len([where for where in mine if "no-such" not in where and "obs=" not in where])
        not_found = next(title for where, title in mine.items() if "no-such" in where)
        assert not_found.startswith(t(lang, "not_found_title")), not_found
    assert tab.exceptions() == [] and tab.errors == []


# The style of the element that has the focus, and the colour around it, where its outline is drawn:
# its ancestors' backgrounds, nearest first, down to the first opaque one.
_FOCUSED = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (!window.__hiSeen) { window.__hiSeen = new WeakSet(); }
  const again = window.__hiSeen.has(el);
  window.__hiSeen.add(el);
  const style = getComputedStyle(el);
  const backs = [];
  for (let p = el.parentElement; p; p = p.parentElement) {
    const colour = getComputedStyle(p).backgroundColor;
    if (!colour || colour === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(colour)) continue;
    backs.push(colour);
    if (!colour.startsWith('rgba')) break;
  }
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), role: el.getAttribute('role') || '', again,
          name: (el.getAttribute('aria-label') || el.innerText || '').trim().slice(0, 60),
          outline: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0,
          colour: style.outlineColor, backs, shown: box.width > 0 && box.height > 0};
}
"""


def behind(layers: list[str]) -> str:
    """Return the colour that CSS backgrounds, nearest first, make together over white."""
    red, green, blue = 255.0, 255.0, 255.0
    for layer in reversed(layers):
        channels = _channels(layer)
        alpha = channels[3] if len(channels) > 3 else 1.0
        red, green, blue = (
            alpha * new + (1 - alpha) * old for new, old in zip(channels[:3], (red, green, blue), strict=True)
        )
    return f"rgb({red}, {green}, {blue})"


def _channels(colour: str) -> tuple[float, ...]:
    return tuple(float(part) for part in re.findall(r"[\d.]+", colour))


def _luminance(colour: str) -> float:
    red, green, blue = (c / 255 for c in _channels(colour)[:3])
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two opaque CSS colours ('rgb(…)')."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21.0)
    assert contrast("rgb(118, 118, 118)", "rgb(255, 255, 255)") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    "path",
    [
        "/?lang=en",
        f"/indicator?id=fdi&obs={OBS}&lang=vi",
        f"/source?id={SOURCE}&obs={OBS}&lang=en",
        "/indicators?lang=vi",
        "/data?lang=vi",
        "/about?lang=en",
    ],
)
def test_keyboard_focus_is_visible_on_every_link_and_button(open_tab: OpenTab, path: str) -> None:
    tab = open_tab().goto(path, charts=path.startswith(("/?", "/indicator?")))
    seen, faint = 0, []
    for _ in range(120):
        tab.page.keyboard.press("Tab")
        focused = tab.page.evaluate(_FOCUSED)
        if focused is None or not focused["shown"] or focused["again"]:
            continue
        if focused["tag"] not in ("a", "button") and focused["role"] not in ("button", "radio", "link"):
            continue
        seen += 1
        visible = (
            focused["outline"] not in ("none", "hidden")
            and focused["width"] >= 2
            and contrast(focused["colour"], behind(focused["backs"])) >= 3
        )
        if not visible:
            faint.append(focused)
    assert seen >= 5, f"the keyboard reached only {seen} links and buttons"
    # Must NOT happen: a link or button whose focus a keyboard user cannot see (under 3:1).
    assert faint == []


# Each link's name as a screen reader reads it: its aria-label, else its text without hidden icons.
_LINKS = """
() => Array.from(document.querySelectorAll('[data-testid=stMain] a[href]')).map((a) => {
  const copy = a.cloneNode(true);
  copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
  const name = (a.getAttribute('aria-label') || copy.textContent || '').replace(/\\s+/g, ' ').trim();
  return [name, a.getAttribute('href')];
})
"""


@pytest.mark.parametrize(
    "path",
    [
        "/?lang=vi",
        "/?lang=en",
        "/indicator?id=fdi&lang=en",
        "/indicator?id=fdi-rank&lang=vi",
        f"/source?id={SOURCE}&lang=en",
    ],
)
def test_links_that_lead_to_different_places_have_different_names(open_tab: OpenTab, path: str) -> None:
    tab = open_tab().goto(path, charts=not path.startswith("/source"))
    targets: dict[str, set[str]] = {}
    for name, href in tab.page.evaluate(_LINKS):
        targets.setdefault(name, set()).add(re.sub(r"^https?://[^/]+", "", href))
    assert len(targets) >= 3, targets
    # Must NOT happen: one name for links that lead to different places ("Details", ten times).
    assert {name: hrefs for name, hrefs in targets.items() if len(hrefs) > 1} == {}
    assert "" not in targets, "a link with no name"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_chart_is_named_with_what_it_shows_and_its_latest_value(open_tab: OpenTab, lang: str) -> None:
    tab = open_tab().goto(f"/indicator?id=fdi&lang={lang}", charts=True)
    chart = tab.page.locator("[data-testid=stPlotlyChart]")
    name = chart.get_attribute("aria-label") or ""
    assert chart.get_attribute("role") == "figure"
    rows = [view for view in _views() if view.indicator.id == "fdi"]
    assert name == chart_name(curated().indicators["fdi"]["name"][lang], rows, lang)
    latest = {"vi": "4,29 tỷ USD (2025)", "en": "US$4.29 billion (2025)"}[lang]
    assert latest in name and "2016–2025" in name, name


def _views() -> tuple[ObservationView, ...]:
    from indicators.check import check_file
    from indicators.view import observation_views
    from tests.browser.curated import data_file

    checked = check_file(data_file())
    assert checked.dataset is not None
    return observation_views(checked.dataset, checked.evidence, checked.texts)


def test_the_menu_links_and_the_document_keep_the_language(open_tab: OpenTab) -> None:
    tab = open_tab().goto("/about?lang=vi")
    page = tab.page
    menu = ".hi-bar > .hi-menu a"
    for lang in ("vi", "en"):
        if lang == "en":
            tab.switch_language("en")
        hrefs = page.locator(menu).evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert len(hrefs) == len(PAGES), hrefs
        assert all(re.search(rf"[?&]lang={lang}(&|$)", href) for href in hrefs), hrefs
        current = page.locator(f"{menu}[aria-current=page]")
        assert current.count() == 1 and current.inner_text() == t(lang, "nav_about")
        assert document_language(tab) == lang
    # A link from the menu, opened as a new page (a new tab, a copied link), keeps the language.
    data = page.locator(menu, has_text=t("en", "nav_data")).get_attribute("href") or ""
    other = open_tab().goto(data.removeprefix("."))
    assert other.query().get("lang") == ["en"]
    assert other.page.locator("h1").inner_text() == t("en", "data_title")
    assert tab.errors == [] and other.errors == []


def test_changing_the_indicator_adds_one_history_entry_and_back_returns(open_tab: OpenTab) -> None:
    tab = open_tab().goto(f"/indicator?id=fdi&obs={OBS}&lang=en", charts=True)
    page = tab.page
    before = page.evaluate("() => history.length")
    grdp = curated().indicators["grdp"]["name"]["en"]
    page.locator(".hi-picker summary").click()  # the menu of every indicator unfolds
    page.locator(".hi-picker nav").get_by_role("link", name=grdp, exact=True).click()
    page.wait_for_url(re.compile(r"[?&]id=grdp(&|$)"))
    tab.settle(charts=True)
    assert tab.query() == {"id": ["grdp"], "lang": ["en"]}
    # Must NOT happen: a second entry, such as one naming the new indicator with the old figure.
    assert page.evaluate("() => history.length") == before + 1
    page.go_back()
    page.wait_for_url(re.compile(r"[?&]id=fdi(&|$)"))
    tab.settle(charts=True)
    assert tab.query() == {"id": ["fdi"], "obs": [OBS], "lang": ["en"]}
    assert page.locator("h1").inner_text() == curated().indicators["fdi"]["name"]["en"]
    assert tab.exceptions() == [] and tab.errors == []


@pytest.mark.parametrize(
    ("path", "name"), [("/indicator?id=fdi&lang=vi", "grdp"), (f"/source?id={SOURCE}&lang=en", "")]
)
def test_the_keyboard_opens_the_menu_and_follows_a_link(open_tab: OpenTab, path: str, name: str) -> None:
    tab = open_tab().goto(path, charts=path.startswith("/indicator"))
    page = tab.page
    summary = page.locator(".hi-picker summary")
    for _ in range(40):  # Tab until the menu's summary has the focus
        page.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the keyboard never reached the menu")
    assert page.locator(".hi-picker nav").is_hidden()
    page.keyboard.press("Enter")
    assert page.locator(".hi-picker nav").is_visible()
    links = page.locator(".hi-picker nav a")
    current = page.locator(".hi-picker nav a[aria-current=page]")
    assert current.count() == 1 and links.count() >= 5
    other = f"a[href*='id={name}&']" if name else "a:not([aria-current])"
    target = page.locator(f".hi-picker nav {other}").first
    wanted = target.get_attribute("href") or ""
    for _ in range(60):  # on through the links, to the wanted one
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('href')") == wanted:
            break
    else:
        pytest.fail(f"the keyboard never reached {wanted}")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(wanted.removeprefix(".")).replace("\\&", "&")))
    tab.settle(charts=path.startswith("/indicator"))
    assert page.locator(".hi-picker nav a[aria-current=page]").get_attribute("href") == wanted
    assert tab.exceptions() == [] and tab.errors == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_unknown_address_is_announced_in_the_page_language(open_tab: OpenTab, lang: str) -> None:
    tab = open_tab().goto(f"/no-such-page?lang={lang}", charts=True)
    dialog = tab.page.locator("[role=dialog]")
    dialog.wait_for()
    tab.page.wait_for_function(
        "() => document.querySelector('[role=dialog][data-hi-lang]') !== null", timeout=5_000
    )
    assert dialog.locator("h2").inner_text() == t(lang, "page_not_found_title")
    assert t(lang, "page_not_found") in dialog.inner_text()
    assert dialog.get_attribute("lang") == lang
    # Must NOT happen: Streamlit's English words left in a Vietnamese page.
    assert "does not seem to exist" not in dialog.inner_text()
    assert dialog.locator("button").first.get_attribute("aria-label") == t(lang, "close")
    assert tab.page.locator("h1").inner_text() == t(lang, "app_title")  # the overview, in its language
