"""On a phone, a chart's value labels (written beside one or two points) are whole and apart:
none runs past the chart's edge, over the value axis's numbers or into another label.

Each indicator with one or two figures is drawn in English, whose labels are the longer
("7.1 million visits", "250 visits/year"), at 390 px.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import OpenTab
from tests.browser.curated import curated
from tests.browser.harness import PHONE

pytestmark = pytest.mark.browser

# The screen boxes of the chart, of each value label and of each number on the value axis.
_BOXES = """
() => {
  const box = (el) => { const r = el.getBoundingClientRect();
                        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const chart = document.querySelector('[data-testid=stPlotlyChart] .main-svg');
  const root = chart.closest('[data-testid=stPlotlyChart]');
  return {
    chart: box(chart),
    labels: Array.from(root.querySelectorAll('.scatterlayer .textpoint text'))
      .map((text) => ({text: text.textContent, box: box(text)})),
    ticks: Array.from(root.querySelectorAll('.ytick text')).map((text) => box(text)),
  };
}
"""


def labelled_indicators() -> list[str]:
    """Return the indicators charted with two figures (their charts write each value; one figure is
    a card, not a chart)."""
    data = curated()
    return [
        key
        for key in data.indicators
        if len([obs for obs in data.of_indicator(key) if obs.get("period") is not None]) == 2
    ]


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Return the area two screen boxes share, in square pixels."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return max(0.0, width) * max(0.0, height)


def test_value_labels_are_whole_and_apart_on_a_phone(open_tab: OpenTab) -> None:
    indicators = labelled_indicators()
    assert len(indicators) >= 3, f"expected several indicators charted with two figures, found {indicators}"
    tab = open_tab(**PHONE)
    for indicator in indicators:
        tab.goto(f"/indicator?id={indicator}&lang=en", charts=True)
        found: dict[str, Any] = tab.page.evaluate(_BOXES)
        chart, labels = found["chart"], found["labels"]
        assert labels, f"{indicator}: no value is written beside its point"
        for label in labels:
            box = label["box"]
            assert chart["left"] <= box["left"] and box["right"] <= chart["right"], (
                f"{indicator}: '{label['text']}' runs past the chart's edge ({box} in {chart})"
            )
            assert not [tick for tick in found["ticks"] if overlap(box, tick) > 1], (
                f"{indicator}: '{label['text']}' runs over the value axis's numbers"
            )
        for index, label in enumerate(labels):
            for other in labels[index + 1 :]:
                assert overlap(label["box"], other["box"]) <= 1, (
                    f"{indicator}: '{label['text']}' and '{other['text']}' run into each other"
                )
    tab.shoot("labels-last-en-phone")
