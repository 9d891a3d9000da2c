"""What the indicator page says beside and under its chart, as escaped ``Markup``: the chosen
figure's panel (or the card of an indicator with one figure), the figure's doubt, and the
indicator's meaning.

A panel reads, in this order::

    <p class="hi-kicker">Selected figure</p>
    <p class="hi-card-value">US$8.67 billion</p>
    <p class="hi-card-meta"><span class="hi-chip">2019</span></p>
    <p class="hi-doubt">…</p>                          (a figure in doubt)
    <p class="hi-card-meta">Definition: …</p>           (an indicator with several definitions)
    <p class="hi-muted" style="margin-top:.6rem">The quote states: FDI, 2019</p>   (English only)
    <blockquote class="hi-quote" lang="vi">… <strong>8,67 tỷ USD</strong> …</blockquote>
    <p class="hi-muted">Read as: …</p>  <p class="hi-muted">Note: …</p>   (where the figure has them)
    <dl class="hi-dl" style="margin-top:.6rem"><dt>Source</dt><dd lang="vi">…</dd> … </dl>

Every value from the data is escaped by the templates; only the quote (built by
:func:`dashboard.citation.quote_html`) arrives as ``Markup``.
"""

from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from dashboard import blocks, wording
from dashboard.article import article_name
from dashboard.citation import quote_html
from dashboard.i18n import t
from indicators.model import Indicator, Source
from indicators.view import ObservationView

_DOUBT = Markup('<p class="hi-doubt"><strong>? {}</strong>: {}</p>')
_VALUE = Markup('<p class="hi-card-value">{}</p>')
_CHIPS = Markup('<p class="hi-card-meta"><span class="hi-chip">{}</span></p>')
_DEFINITION = Markup('<p class="hi-card-meta">{}: {}</p>')
_STATES = Markup('<p class="hi-muted" style="margin-top:.6rem">{}: {}</p>')
_QUOTE = Markup('<blockquote class="hi-quote" lang="vi">{}</blockquote>')
_SOURCE = Markup(
    '<dl class="hi-dl" style="margin-top:.6rem"><dt>{}</dt><dd lang="{}">{}</dd>'
    "<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{} · {}</dd></dl>"
)


def figure_quote(view: ObservationView, texts: Mapping[str, str]) -> Markup:
    """Return the quote as the article writes it (escaped HTML), its figure in bold; the curated
    quote, unmarked, where the article's text (in ``texts``, by source id) is not at hand."""
    text = texts.get(view.source.id, "")
    if view.quote_span is None or view.figure_span is None or not text:
        return quote_html(view.quote, None, None)
    start, end = view.quote_span
    return quote_html(text[start:end], view.figure_span[0] - start, view.figure_span[1] - start)


def doubt_html(view: ObservationView, lang: str) -> Markup:
    """Return the figure's doubt as an escaped paragraph, empty when nothing is doubted."""
    doubt = wording.doubt_text(view, lang)
    return _DOUBT.format(t(lang, "doubt_label"), doubt) if doubt else Markup("")


def empty_panel_html(lang: str) -> Markup:
    """Return the panel before a figure is chosen: its title and how to choose one."""
    return blocks.kicker(t(lang, "panel_title")) + blocks.paragraph(t(lang, "panel_empty"), "hi-muted")


def _source_html(source: Source, lang: str) -> Markup:
    """Return the figure's article, publisher and date (and how the date is known)."""
    name, name_lang = article_name(source, lang)
    basis = t(lang, "source_date_inferred" if source.published_basis == "inferred" else "source_date_stated")
    publisher = source.publisher or t(lang, "source_unnamed_publisher")
    return _SOURCE.format(
        t(lang, "panel_source"),
        name_lang,
        name,
        t(lang, "source_publisher"),
        publisher,
        t(lang, "source_published"),
        wording.date_text(source.published, lang),
        basis,
    )


def _remarks_html(view: ObservationView, lang: str) -> Markup:
    """Return how a value in words was read, the figure's note and the other articles agreeing."""
    parts = []
    if view.reading:
        parts.append(blocks.labelled(t(lang, "panel_reading"), view.reading.get(lang)))
    if view.note:
        parts.append(blocks.labelled(t(lang, "panel_note"), view.note.get(lang)))
    if view.agrees_with:
        ids = ", ".join(view.agrees_with)
        parts.append(blocks.paragraph(t(lang, "panel_agrees", ids=ids), "hi-muted"))
    return Markup("").join(parts)


def panel_html(view: ObservationView, texts: Mapping[str, str], lang: str, *, only: bool = False) -> Markup:
    """Return the chosen figure's panel (or, ``only``, a one-figure indicator's card): value, period,
    doubt, definition, quote (from the article in ``texts``), remarks, source."""
    indicator = view.indicator
    period = wording.period_text(view.period, lang)
    parts = [
        blocks.kicker(t(lang, "panel_only" if only else "panel_title")),
        _VALUE.format(wording.value_text(view, lang)),
        _CHIPS.format(period),
        doubt_html(view, lang),
    ]
    if indicator.definitions and view.definition:
        parts.append(
            _DEFINITION.format(
                t(lang, "panel_definition"), wording.definition_name(view.definition_text(lang))
            )
        )
    if lang == "en":
        parts.append(_STATES.format(t(lang, "panel_states"), f"{indicator.name.en}, {period}"))
    parts.append(_QUOTE.format(figure_quote(view, texts)))
    parts.append(_remarks_html(view, lang))
    parts.append(_source_html(view.source, lang))
    return Markup("").join(parts)


_CITATION = Markup(
    '<div class="hi-citation-box"><pre class="hi-citation">{}</pre>'
    '<div class="hi-share"><button type="button" class="hi-copy-link" data-copy="pre" '
    'data-done="{}">{}</button><span class="hi-copy-status" role="status" aria-live="polite">'
    "</span></div></div>"
)


def citation_html(citation: str, lang: str) -> Markup:
    """Return the citation line to copy, with its "Copy citation" button (the page's copy script)."""
    return _CITATION.format(citation, t(lang, "cite_copied"), t(lang, "cite_copy"))


def cite_heading_html(lang: str) -> Markup:
    """Return the heading of the citation to copy, under the panel's link to the article."""
    return blocks.kicker(t(lang, "panel_cite"), ".4rem")


def definitions_html(indicator: Indicator, lang: str) -> Markup:
    """Return the indicator's definitions (the variants reports use), headed, or nothing."""
    if not indicator.definitions:
        return Markup("")
    return blocks.kicker(t(lang, "indicator_definitions"), ".6rem") + blocks.bullets(
        text.get(lang) for text in indicator.definitions.values()
    )


def notes_html(indicator: Indicator, lang: str) -> Markup:
    """Return the indicator's notes, headed, or nothing."""
    if not indicator.notes:
        return Markup("")
    return blocks.kicker(t(lang, "indicator_notes"), ".6rem") + blocks.paragraph(
        indicator.notes.get(lang), "hi-note"
    )
