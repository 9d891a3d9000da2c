"""An article as HTML built from escaped pieces, with each quote the dataset takes marked; and its
metadata (:func:`metadata_html`), where only an http(s) address becomes a link.

The text is cut at every quote and figure boundary; each piece is escaped on its own and only
the pieces inside a quote are wrapped in ``<mark>``. Nothing from the article becomes markup::

    <div class="article" lang="vi"><p>Đến nay, …
    <span class="quote-label" id="q-fdi-2019" lang="">FDI · 2019</span><mark class="quote">vốn …
    đạt </mark><mark class="quote"><strong>8,67 tỷ USD</strong></mark> …</p></div>

Each line of the article is a paragraph; the text is also cut at every newline, so a quote that
runs over two lines is marked on each, and no element ever crosses a paragraph boundary.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from dashboard import wording
from dashboard.i18n import t
from indicators.model import Source, is_web_address


@dataclass(frozen=True)
class QuoteMark:
    """One observation's quote in an article: its spans (article offsets) and its label."""

    obs_id: str
    start: int
    end: int
    figure_start: int
    figure_end: int
    label: str


def article_name(source: Source, lang: str) -> tuple[str, str]:
    """Return how the article is named, and that name's language: its headline (Vietnamese) if
    known, else its title in ``lang`` (which the curators gave it)."""
    return (source.headline, "vi") if source.headline else (source.title.get(lang), lang)


def anchor_id(obs_id: str) -> str:
    """The element id of a quote's label, which a link scrolls to."""
    return "q-" + "".join(char if char.isalnum() or char == "-" else "-" for char in obs_id)


_LABEL = Markup('<span class="{}" id="{}" lang="">{}</span>')
_MARK = Markup('<mark class="{}">{}</mark>')
_FIGURE = Markup("<strong>{}</strong>")
_CURRENT_FIGURE = Markup('<strong class="figure current">{}</strong>')
_PARAGRAPH_BREAK = Markup("</p><p>")


def article_html(text: str, quotes: Iterable[QuoteMark], current: str | None = None) -> Markup:
    """Return the article as escaped HTML with every quote in ``<mark>``, ``current`` emphasised.

    Where one quote holds several figures, only the ``current`` observation's own figure is
    ``<strong class="figure current">``; the others stay plain ``<strong>``.
    """
    marks = sorted((m for m in quotes if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, m.end))
    cuts = {0, len(text)}
    cuts.update(index for index, char in enumerate(text) if char == "\n")
    cuts.update(index + 1 for index, char in enumerate(text) if char == "\n")
    for mark in marks:
        cuts.update((mark.start, mark.end))
        if mark.start <= mark.figure_start < mark.figure_end <= mark.end:
            cuts.update((mark.figure_start, mark.figure_end))
    points = sorted(cuts)
    starting: dict[int, list[QuoteMark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    out: list[Markup] = []
    for left, right in itertools.pairwise(points):
        for mark in starting.get(left, ()):
            classes = "quote-label current" if mark.obs_id == current else "quote-label"
            out.append(_LABEL.format(classes, anchor_id(mark.obs_id), mark.label))
        if text[left:right] == "\n":
            out.append(_PARAGRAPH_BREAK)
            continue
        piece = escape(text[left:right])
        covering = [m for m in marks if m.start <= left and right <= m.end]
        if not covering:
            out.append(piece)
            continue
        in_figure = [m for m in covering if m.figure_start <= left and right <= m.figure_end]
        is_current = any(m.obs_id == current for m in covering)
        names = ["quote"]
        if is_current:
            names.append("current")
        if len(covering) > 1:
            names.append("overlap")
        if any(m.obs_id == current for m in in_figure):  # the figure the page was opened for
            piece = _CURRENT_FIGURE.format(piece)
        elif in_figure:
            piece = _FIGURE.format(piece)
        out.append(_MARK.format(" ".join(names), piece))
    return Markup('<div class="article" lang="vi"><p>{}</p></div>').format(Markup("").join(out))


def address_markup(url: str | None, lang: str) -> Markup:
    """Return the original's address as a link (only an http or https one), or 'address not recorded'."""
    if url and is_web_address(url):
        return Markup('<a href="{0}" rel="noopener noreferrer nofollow" target="_blank">{0}</a>').format(url)
    if url:  # never a link: the model refuses such an address, so this is a second guard
        return Markup("{}").format(url)
    return Markup('<span class="hi-muted">{}</span>').format(t(lang, "source_url_none"))


def metadata_html(source: Source, lang: str) -> Markup:
    """Return the article's metadata as escaped HTML: headline, publisher, author, date (and how it is
    known), the original's address and when it was read, and the stored copy's file."""
    date = wording.date_text(source.published, lang)
    basis = t(lang, "source_date_inferred" if source.published_basis == "inferred" else "source_date_stated")
    rows: list[tuple[str, str | Markup, str]] = []
    if source.headline:
        rows.append((t(lang, "source_headline"), source.headline, "vi"))
    else:
        rows.append((t(lang, "source_headline"), t(lang, "source_no_headline"), ""))
    rows += [
        (t(lang, "source_publisher"), source.publisher or t(lang, "source_unnamed_publisher"), ""),
        (t(lang, "source_author"), source.author or t(lang, "source_unnamed_author"), ""),
        (t(lang, "source_published"), f"{date} · {basis}", ""),
    ]
    if source.published_note:
        rows.append(("", source.published_note.get(lang), ""))
    rows.append((t(lang, "source_url"), address_markup(source.url, lang), ""))
    if source.accessed:
        rows.append((t(lang, "source_accessed"), wording.date_text(source.accessed, lang), ""))
    rows.append((t(lang, "source_file"), source.file, ""))
    item = Markup("<dt>{}</dt><dd{}>{}</dd>")
    items = Markup("").join(
        item.format(name, Markup(' lang="{}"').format(code) if code else "", value)
        for name, value, code in rows
    )
    return Markup('<dl class="hi-dl">{}</dl>').format(items)
