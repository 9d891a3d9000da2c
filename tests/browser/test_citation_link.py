"""A figure's citation carries its permanent link, built from the address the browser shows, and that
link opens the same figure."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OpenTab
from tests.browser.curated import curated

pytestmark = pytest.mark.browser


def test_the_citation_links_back_to_its_figure(open_tab: OpenTab) -> None:
    data = curated()
    obs_id, obs = next((key, obs) for key, obs in data.observations.items() if obs["figure"] == "8,67 tỷ USD")
    tab = open_tab().goto(f"/indicator?id={obs['indicator']}&obs={obs_id}&lang=en", charts=True)
    citation = tab.page.locator(".st-key-obs-panel pre.hi-citation").inner_text()
    link = f"{tab.base}/indicator?id={obs['indicator']}&obs={obs_id}"
    expected = (
        rf", address not recorded, via .*\(obs {re.escape(obs_id)}\), "
        rf"{re.escape(link)} \(accessed \d{{1,2}} \w{{3}} \d{{4}}\)$"
    )
    assert re.search(expected, citation.strip()), citation

    other = open_tab().goto(link.removeprefix(tab.base), charts=True)  # as pasted by a reader
    assert obs["figure"] in other.page.locator("[data-testid=stMain] blockquote").first.inner_text()
    assert other.query()["obs"] == [obs_id]
    assert tab.errors == [] and other.errors == []
