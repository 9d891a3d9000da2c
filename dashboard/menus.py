"""Plain HTML in place of Streamlit widgets where a widget only leads somewhere or folds something:
a menu of links (the indicators, the articles), a folded section and the chart's image buttons.

Each is one ``st.html`` element the browser draws as it is, where a widget is a React component
(and a selectbox, a segmented control or an expander, some of the costliest to draw on each page
load). A link loads its page afresh, with the language and the ids in its address as ever; a
``<details>`` folds and unfolds without a round trip to the server. Every value is escaped by
MarkupSafe's templates unless it is already ``Markup``::

    picker("Go to another indicator", "Indicators", [("Investment", [("./indicator?id=fdi&lang=en",
           "FDI", True)])])
    <details class="hi-picker"><summary>Go to another indicator</summary>
      <nav aria-label="Indicators"><ul><li><span class="hi-picker-group">Investment</span>
        <ul><li><a href="./indicator?id=fdi&amp;lang=en" aria-current="page">FDI</a></li></ul>
      </li></ul></nav></details>
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

# A link of a menu: where it leads, its text, and whether it is the page shown.
Item = tuple[str, str, bool]
# A group of links under a name ("" for links without a group).
Group = tuple[str, Sequence[Item]]

_PICKER = Markup(
    '<details class="hi-picker"><summary>{summary}</summary>'
    '<nav aria-label="{label}"><ul class="hi-picker-groups">{groups}</ul></nav></details>'
)
_GROUP = Markup('<li><span class="hi-picker-group">{}</span><ul>{}</ul></li>')
_LINK = Markup('<li><a href="{}">{}</a></li>')
_CURRENT = Markup('<li><a href="{}" aria-current="page">{}</a></li>')
_FOLDED = Markup(
    '<details class="hi-folded"><summary>{}</summary><div class="hi-folded-body">{}</div></details>'
)
_IMAGE_BUTTONS = Markup('<p class="hi-image"><span>{}</span>{}</p>')
_IMAGE_BUTTON = Markup(
    '<button type="button" class="hi-image-button" data-format="{}" aria-label="{}">{}</button>'
)


def picker(summary: str, label: str, groups: Sequence[Group]) -> Markup:
    """Return a folded menu of links: ``summary`` opens it, ``label`` names its navigation for a
    screen reader; the page shown is marked ``aria-current``."""

    def links(items: Sequence[Item]) -> Markup:
        return Markup("").join(
            (_CURRENT if current else _LINK).format(href, text) for href, text, current in items
        )

    return _PICKER.format(
        summary=summary,
        label=label,
        groups=Markup("").join(
            _GROUP.format(name, links(items)) if name else links(items) for name, items in groups
        ),
    )


def folded(summary: str, body: Markup) -> Markup:
    """Return ``body`` folded under ``summary`` (a ``<details>``: a click or Enter unfolds it)."""
    return _FOLDED.format(summary, body)


def image_buttons(label: str, formats: Sequence[tuple[str, str]]) -> Markup:
    """Return the chart's download buttons, one per ``(format, spoken name)``: each makes the chart's
    own camera button download the image in that format (``assets/chart.js``)."""
    buttons = Markup("").join(_IMAGE_BUTTON.format(code, name, code.upper()) for code, name in formats)
    return _IMAGE_BUTTONS.format(label, buttons)
