"""The words a chart writes from the data: a series' name, a period, wrapped and HTML-escaped.

Plotly renders a subset of HTML in legends and hover labels, so every text from the data passes
through :func:`wrapped` or :func:`legend_text`, which escape it line by line.
"""

from __future__ import annotations

import html
import textwrap
from typing import Final

from indicators.labels import definition_name
from indicators.periods import Period

SERIES_NAME_WIDTH: Final = 36
HOVER_WIDTH: Final = 42


def series_name(text: str) -> str:
    """Name a definition in the legend: its short name (:func:`indicators.labels.definition_name`)
    in at most two short lines ('All foreign investment (“vốn …”); the article …' -> 'All foreign
    investment'). The hover shows the short name whole."""
    name = definition_name(text)
    lines = textwrap.wrap(name, SERIES_NAME_WIDTH, max_lines=2, placeholder="…")
    return "\n".join(lines) or name


def period_label(text: str, lang: str) -> str:
    """Return a period as a reader reads it: '2019', 'first 9 months of 2020', '2016–2020'."""
    return Period.parse(text).label(lang)


def wrapped(text: str, width: int) -> str:
    """Return ``text`` escaped, in lines of at most ``width`` characters joined by '<br>'."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or html.escape(text)


def legend_text(name: str) -> str:
    """Return a name whose lines are split by newlines as escaped lines joined by '<br>'."""
    return "<br>".join(html.escape(line) for line in name.split("\n"))
