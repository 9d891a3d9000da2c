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
from pathlib import Path

from markupsafe import Markup

FILTER_SCRIPT = (Path(__file__).parent / "assets" / "filters.js").read_text(encoding="utf-8")

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


_FORM = Markup(
    '<form class="hi-filters" method="get" action="{action}" data-lang="{lang}">'
    '<div class="hi-filter-row">{filters}</div>{kept}'
    '<div class="hi-filter-actions"><button type="submit" class="hi-apply">{apply}</button>{clear}</div>'
    "</form><script>{script}</script>"
)
_FILTER = Markup(
    '<details class="hi-filter"><summary>{label}: <span class="hi-filter-chosen">{chosen}</span></summary>'
    '<fieldset><legend class="hi-hidden">{label}</legend>{boxes}</fieldset></details>'
)
_BOX = Markup('<label><input type="checkbox" name="{}" value="{}"{}> <span>{}</span></label>')
_CHECKED = Markup(" checked")
_KEPT = Markup('<input type="hidden" name="{}" value="{}">')
_CLEAR = Markup('<a class="hi-clear" href="{}">{}</a>')

# A filter of the form: its parameter, its label, and its options (value, text, whether chosen).
Filter = tuple[str, str, Sequence[tuple[str, str, bool]]]


def filter_form(
    action: str,
    lang: str,
    filters: Sequence[Filter],
    *,
    apply: str,
    everything: str,
    kept: Sequence[tuple[str, str]] = (),
    clear: tuple[str, str] | None = None,
) -> Markup:
    """Return a form of checkbox lists, one folded list per filter, whose "apply" button loads
    ``action`` with every chosen value as a repeated parameter (``theme=a&theme=b``) and ``lang``
    (the sanitiser drops a field named ``lang``, so ``assets/filters.js`` adds it), with the
    ``kept`` parameters; ``clear`` is a link (address, text) that drops every filter. A summary
    says what is chosen (``everything`` when nothing is)."""
    parts = []
    for name, label, options in filters:
        chosen = [text for _, text, on in options if on]
        boxes = Markup("").join(
            _BOX.format(name, value, _CHECKED if on else "", text) for value, text, on in options
        )
        parts.append(
            _FILTER.format(label=label, chosen=", ".join(chosen) if chosen else everything, boxes=boxes)
        )
    return _FORM.format(
        action=action,
        lang=lang,
        filters=Markup("").join(parts),
        kept=Markup("").join(_KEPT.format(name, value) for name, value in kept),
        apply=apply,
        clear=_CLEAR.format(*clear) if clear else "",
        # The dashboard's own file, marked safe as it is: nothing from the data or the URL reaches it.
        script=Markup(FILTER_SCRIPT),
    )


def image_buttons(label: str, formats: Sequence[tuple[str, str]]) -> Markup:
    """Return the chart's download buttons, one per ``(format, spoken name)``: each makes the chart's
    own camera button download the image in that format (``assets/chart.js``)."""
    buttons = Markup("").join(_IMAGE_BUTTON.format(code, name, code.upper()) for code, name in formats)
    return _IMAGE_BUTTONS.format(label, buttons)
