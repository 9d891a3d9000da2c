"""The shared HTML blocks escape what they are given: a kicker, a paragraph, a list, the problems."""

from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from dashboard.blocks import bullets, kicker, labelled, paragraph, problem_place, problems_html
from indicators.problems import Problem
from tests.markup_data import HOSTILE, assert_inert, elements


def test_a_kicker_and_a_paragraph_escape_their_text() -> None:
    assert kicker("<b>x</b>") == '<p class="hi-kicker">&lt;b&gt;x&lt;/b&gt;</p>'
    assert kicker("Trích dẫn", ".4rem") == '<p class="hi-kicker" style="margin-top:.4rem">Trích dẫn</p>'
    assert paragraph('" onerror="x', "hi-note") == '<p class="hi-note">&#34; onerror=&#34;x</p>'
    assert labelled("Note", "**đậm** $x$") == '<p class="hi-muted">Note: **đậm** $x$</p>'


def test_markup_passes_as_it_is_and_text_is_escaped_once() -> None:
    assert paragraph(Markup("<strong>8,67</strong>")) == '<p class="hi-lead"><strong>8,67</strong></p>'
    assert paragraph("&amp;") == '<p class="hi-lead">&amp;amp;</p>'


@pytest.mark.parametrize("text", [HOSTILE, "<script>alert(1)</script>", "**x** $y$ [a](javascript:b)"])
def test_hostile_text_stays_text(text: str) -> None:
    for html in (
        kicker(text),
        kicker(text, ".6rem"),
        paragraph(text, "hi-muted"),
        labelled(text, text),
        bullets([text, "a"]),
    ):
        assert_inert(html)
        assert str(escape(text)) in html
    assert [tag for tag, _ in elements(bullets([text, "a"]))] == ["ul", "li", "li"]


def test_the_problems_say_where_and_what_escaped() -> None:
    problems = [
        Problem("data/x.yaml", 12, "<b>fdi</b>", "value", HOSTILE),
        Problem("data/x.yaml", None, None, None, "expected a dataset, found none"),
    ]
    assert problem_place(problems[0]) == "data/x.yaml:12 [<b>fdi</b>] value"
    html = problems_html(problems)
    assert_inert(html)
    assert '<div class="where">data/x.yaml:12 [&lt;b&gt;fdi&lt;/b&gt;] value</div>' in html
    assert f'<p class="what">{escape(HOSTILE)}</p>' in html
    assert '<div class="where">data/x.yaml</div><p class="what">expected a dataset, found none</p>' in html
    assert html.count('<div class="hi-problem">') == 2
    assert problems_html([]) == ""
