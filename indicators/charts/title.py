"""The figure's own title: the indicator's name, then its unit and sources in small grey type, so
that an image of the chart (Plotly's camera button, drawn in the browser) says what it shows and
where its figures come from::

    Registered FDI
    US$ billion
    Source: Thethaovanhoa.vn; Hanoi's foreign relations and international… · Hanoi integration
    indicators

An article is named by its publisher where the dataset records one, else by its title, shortened.
Every text is HTML-escaped line by line, as everywhere in the chart; lines are wrapped to what a
phone's chart (about 360 px wide) holds, and :attr:`Title.height` is the room they take above the
plot, so the figure grows by it and the plot keeps its size.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from indicators.charts import plotly_types
from indicators.charts.names import wrapped
from indicators.charts.style import INK, KEY_COLOUR, WORDS
from indicators.view import ObservationView

TITLE_SIZE: Final = 14
SUBTITLE_SIZE: Final = 11
TITLE_WIDTH: Final = 40  # characters of a TITLE_SIZE line that fit a phone's chart
SUBTITLE_WIDTH: Final = 52  # of a SUBTITLE_SIZE line
SOURCE_WIDTH: Final = 36  # an article's title longer than this is shortened with "…"
# Plotly sets a title's lines (and a subtitle's) 1.3 em apart.
TITLE_LINE_PX: Final = round(1.3 * TITLE_SIZE)
SUBTITLE_LINE_PX: Final = round(1.3 * SUBTITLE_SIZE)
TITLE_TOP_PX: Final = 8  # from the top of the figure to the title
TITLE_GAP_PX: Final = 4  # between the title and its subtitle, beyond their lines
# plotly.js 3 draws the first line of a title (or subtitle) of several lines about 10 px higher
# than a title of one line, above the figure's top at TITLE_TOP_PX (measured in Chromium).
SEVERAL_LINES_RISE_PX: Final = 10


@dataclass(frozen=True)
class Title:
    """Plotly's ``layout.title`` for a figure, and the pixels it takes above the plot."""

    layout: plotly_types.Title
    height: int


def source_names(views: Sequence[ObservationView], lang: str) -> list[str]:
    """Name each article the figures come from once, earliest first: its publisher, else its title."""
    names: dict[str, None] = {}
    articles = {view.source.id: view.source for view in views}
    for source in sorted(articles.values(), key=lambda source: (source.published, source.id)):
        publisher = (source.publisher or "").strip()
        title = source.title.get(lang).strip()
        names.setdefault(publisher or textwrap.shorten(title, SOURCE_WIDTH, placeholder="…"), None)
    return list(names)


def figure_title(views: Sequence[ObservationView], unit_words: str, lang: str) -> Title:
    """Return the title of one indicator's figure: its name, then its unit (``unit_words``, the y
    axis's title), its articles and the dataset's name."""
    name = views[0].indicator.name.get(lang)
    credit = f"{WORDS['source'][lang]}: {'; '.join(source_names(views, lang))} · {WORDS['dataset'][lang]}"
    text = wrapped(name, TITLE_WIDTH)
    subtitle = f"{wrapped(unit_words, SUBTITLE_WIDTH)}<br>{wrapped(credit, SUBTITLE_WIDTH)}"
    title_lines, subtitle_lines = text.count("<br>") + 1, subtitle.count("<br>") + 1
    height = TITLE_TOP_PX + title_lines * TITLE_LINE_PX + TITLE_GAP_PX + subtitle_lines * SUBTITLE_LINE_PX
    return Title(
        {
            "text": text,
            "font": {"size": TITLE_SIZE, "color": INK},
            "subtitle": {"text": subtitle, "font": {"size": SUBTITLE_SIZE, "color": KEY_COLOUR}},
            "x": 0,
            "xref": "container",
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": TITLE_TOP_PX + (SEVERAL_LINES_RISE_PX if title_lines > 1 else 0), "l": 8},
        },
        height,
    )
