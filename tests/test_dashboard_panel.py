"""A chosen figure's panel and the indicator's meaning: every text from the data escaped, in order."""

from __future__ import annotations

import dataclasses

import pytest
from markupsafe import escape

from dashboard.data import Catalogue
from dashboard.i18n import t
from dashboard.panel import (
    cite_heading_html,
    definitions_html,
    doubt_html,
    empty_panel_html,
    figure_quote,
    notes_html,
    panel_html,
)
from indicators.model import Text
from indicators.view import ObservationView
from tests.factories import make_indicator, make_view
from tests.markup_data import HOSTILE, MARKUP, assert_inert, elements


def hostile_view(view: ObservationView) -> ObservationView:
    """The figure with hostile text in every remark the panel shows."""
    hostile = Text(vi=HOSTILE, en=HOSTILE)
    return dataclasses.replace(view, reading=hostile, note=hostile, doubt=hostile, agrees_with=(HOSTILE,))


def test_the_quote_shows_its_figure_in_bold_and_markup_as_text(marked: Catalogue) -> None:
    (row,) = marked.by_indicator["fdi"]
    quote = figure_quote(row, marked.texts)
    assert quote == f"{escape(MARKUP)} Vốn FDI đăng ký đạt <strong>2.915 triệu USD</strong>"
    assert figure_quote(row, {}) == escape(row.quote), "the curated quote, unmarked"
    unplaced = dataclasses.replace(row, quote_span=None, figure_span=None)
    assert figure_quote(unplaced, marked.texts) == escape(row.quote), "no place in the article known"


def test_a_panel_with_markup_everywhere_makes_no_element_of_it(marked: Catalogue) -> None:
    (row,) = marked.by_indicator["fdi"]
    html = panel_html(hostile_view(row), marked.texts, "en")
    assert_inert(html)
    escaped = str(escape(HOSTILE))
    assert f'<p class="hi-muted">{t("en", "panel_reading")}: {escaped}</p>' in html
    assert f'<p class="hi-muted">{t("en", "panel_note")}: {escaped}</p>' in html
    assert f'<p class="hi-doubt"><strong>? {t("en", "doubt_label")}</strong>: {escaped}</p>' in html
    assert str(escape(marked.sources["mini-2024"].headline)) in html, "the article's headline"
    assert "**đậm** $x^y$" in html


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_panel_reads_value_period_quote_then_source(real: Catalogue, lang: str) -> None:
    row = next(row for row in real.by_indicator["fdi"] if row.figure == "8,67 tỷ USD")
    found = elements(panel_html(row, real.texts, lang))
    order = [attributes.get("class") or tag for tag, attributes in found if tag in ("p", "blockquote", "dl")]
    states = ["hi-muted"] if lang == "en" else []  # 'The quote states: …' for a reader of the translation
    given = [remark for remark in (row.reading, row.note, row.agrees_with) if remark]
    remarks = ["hi-muted"] * len(given)
    assert order[:3] == ["hi-kicker", "hi-card-value", "hi-card-meta"]
    assert order[3:] == ["hi-card-meta", *states, "hi-quote", *remarks, "hi-dl"], "definition, quote, article"
    (quote,) = [attributes for tag, attributes in found if tag == "blockquote"]
    assert quote["lang"] == "vi"


def test_the_doubt_and_the_empty_panel() -> None:
    assert doubt_html(make_view(), "en") == ""
    assert doubt_html(make_view(doubt_en="<b>x</b>"), "en") == (
        f'<p class="hi-doubt"><strong>? {t("en", "doubt_label")}</strong>: &lt;b&gt;x&lt;/b&gt;</p>'
    )
    assert empty_panel_html("en") == (
        f'<p class="hi-kicker">{t("en", "panel_title")}</p><p class="hi-muted">{t("en", "panel_empty")}</p>'
    )
    cite = t("vi", "panel_cite")
    assert cite_heading_html("vi") == f'<p class="hi-kicker" style="margin-top:.4rem">{cite}</p>'


def test_the_meaning_escapes_definitions_and_notes() -> None:
    indicator = make_indicator(
        definitions={"a": {"vi": HOSTILE, "en": HOSTILE}, "b": {"vi": "b", "en": "b"}},
        notes={"vi": HOSTILE, "en": HOSTILE},
    )
    definitions, notes = definitions_html(indicator, "en"), notes_html(indicator, "en")
    assert_inert(definitions + notes)
    assert [tag for tag, _ in elements(definitions)] == ["p", "ul", "li", "li"]
    assert f"<li>{escape(HOSTILE)}</li>" in definitions
    assert f'<p class="hi-note">{escape(HOSTILE)}</p>' in notes
    assert definitions_html(make_indicator(), "en") == "" and notes_html(make_indicator(), "en") == ""
