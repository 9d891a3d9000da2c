"""The overview in a real Chromium compares only what the articles support.

Each card's figure, and the earlier figure its change names ("before: …"), are found among the
dataset's rows by their words; the two must share a definition, neither may be in doubt or read
from words, and no doubted figure may show anywhere on the page.
"""

from __future__ import annotations

import re

import pytest

from dashboard.i18n import t
from dashboard.wording import period_text, value_text
from indicators.check import check_file
from indicators.view import ObservationView, observation_views
from tests.browser.conftest import OpenTab
from tests.browser.curated import data_file

pytestmark = pytest.mark.browser


def rows_by_indicator() -> dict[str, list[ObservationView]]:
    result = check_file(data_file())
    assert result.ok and result.dataset is not None, [str(p) for p in result.problems]
    grouped: dict[str, list[ObservationView]] = {}
    for view in observation_views(result.dataset, result.evidence, result.texts):
        grouped.setdefault(view.indicator.id, []).append(view)
    return grouped


def find(rows: list[ObservationView], value: str, period: str | None, lang: str) -> ObservationView:
    """Return the one figure whose value (and period, when given) reads as the page shows it."""
    matches = [
        row
        for row in rows
        if value_text(row, lang) == value and (period is None or period_text(row.period, lang) == period)
    ]
    assert len(matches) == 1, (value, period, [r.id for r in matches])
    return matches[0]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_cards_compare_one_definition_and_show_no_doubted_figure(open_tab: OpenTab, lang: str) -> None:
    grouped = rows_by_indicator()
    doubted = {value_text(row, lang) for rows in grouped.values() for row in rows if row.doubted}
    assert doubted, "the dataset holds doubted figures: the test would prove nothing without them"
    tab = open_tab().goto(f"/?lang={lang}")
    page = tab.page
    cards = page.locator("[class*='st-key-card-']")
    assert cards.count() >= 6
    before = re.escape(t(lang, "card_change", arrow="@", change="@", value="@", period="@")).replace(
        "@", "(.+)"
    )  # "(.+) (.+) · before: (.+), (.+)"
    compared = 0
    for index in range(cards.count()):
        card = cards.nth(index)
        indicator_id = re.sub(r".*\bst-key-card-(\S+).*", r"\1", card.get_attribute("class") or "")
        rows = grouped[indicator_id]
        shown = card.locator(".hi-card-value").inner_text().strip()
        period = card.locator(".hi-chip").first.inner_text().strip()
        latest = find(rows, shown, period, lang)
        assert not latest.doubted and not latest.worded, (indicator_id, shown)
        changes = card.locator(".hi-change")
        if changes.count():
            match = re.fullmatch(before, changes.inner_text().strip())
            assert match, changes.inner_text()
            previous = find(rows, match[3], match[4], lang)
            assert previous.definition == latest.definition, (indicator_id, previous.id)
            assert not previous.doubted and not previous.worded
            compared += 1
    assert compared >= 3
    text = page.locator("[data-testid=stMain]").inner_text()
    # Must NOT happen: a doubted figure on the overview, a change across definitions, a bare hedge.
    assert [value for value in doubted if value in text] == []
    partners = page.locator(".st-key-card-partner-cities")
    assert partners.locator(".hi-change").count() == 0
    assert t(lang, "reason_definition", previous="@").split("@")[0] in partners.inner_text()
    visitors = page.locator(".st-key-card-visitors .hi-change").inner_text()
    assert ("more than +16.2%" if lang == "en" else "hơn +16,2%") in visitors
    assert tab.exceptions() == [] and tab.errors == []
