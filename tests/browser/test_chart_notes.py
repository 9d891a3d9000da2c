"""A chart's notes leave every point in view: no note ("definition changes", a panel's title)
covers a marker, on a desktop or a phone, in either language.

The charts drawn are those of the indicators whose figures use more than one definition, read
from the data file; their notes stand beside points that can be close to them in time.
"""

from __future__ import annotations

from typing import Any

import pytest

from indicators.charts import WORDS
from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import DESKTOP, PHONE, Tab

pytestmark = pytest.mark.browser

# The screen boxes of every annotation's text and of every drawn marker, in each chart.
_BOXES = """
() => {
  const box = (el) => { const r = el.getBoundingClientRect();
                        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  return Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]')).map((chart) => ({
    notes: Array.from(chart.querySelectorAll('.annotation')).map((note) => ({
      text: note.textContent, box: box(note.querySelector('.annotation-text') || note)})),
    points: Array.from(chart.querySelectorAll('.scatterlayer .trace .points path')).map(box)
      .filter((b) => b.right > b.left && b.bottom > b.top),
  }));
}
"""


def changing_definitions() -> list[str]:
    """Return the indicators with figures under more than one definition."""
    data = curated()
    return [
        key for key in data.indicators if len({obs.get("definition") for obs in data.of_indicator(key)}) > 1
    ]


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Return the area two screen boxes share, in square pixels."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return max(0.0, width) * max(0.0, height)


def covered(tab: Tab, lang: str) -> tuple[int, list[str]]:
    """Return how many "definition changes" notes are drawn, and each note that covers a marker."""
    charts: list[dict[str, Any]] = tab.page.evaluate(_BOXES)
    changes = sum(
        note["text"] == WORDS["definition_changes"][lang] for chart in charts for note in chart["notes"]
    )
    found = [
        f"'{note['text']}' over a marker at {point}"
        for chart in charts
        for note in chart["notes"]
        for point in chart["points"]
        if overlap(note["box"], point) > 2
    ]
    return changes, found


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_no_note_covers_a_point(open_tab: OpenTab, device: str) -> None:
    indicators = changing_definitions()
    assert indicators, "the data has no indicator with two definitions: nothing would be checked"
    tab = open_tab(**(PHONE if device == "phone" else DESKTOP))
    for indicator in indicators:
        tab.goto(f"/indicator?id={indicator}&lang=vi", charts=True)
        for lang in ("vi", "en"):
            if lang == "en":
                tab.switch_language("en", charts=True)
            changes, found = covered(tab, lang)
            assert changes >= 1, f"{indicator} ({lang}, {device}): no definition change is marked"
            assert found == [], f"{indicator} ({lang}, {device}): {found}"
            tab.shoot(f"notes-{indicator}-{lang}-{device}")
