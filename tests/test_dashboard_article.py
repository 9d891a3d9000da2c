"""An article's HTML is built from escaped pieces; only quotes become <mark>."""

from __future__ import annotations

import re

import pytest

from dashboard.article import QuoteMark, address_markup, anchor_id, article_html
from dashboard.citation import app_base, citation_line, figure_link, quote_html

TEXT = "Mở đầu <b>đậm</b>.\nVốn năm 2019 đạt 8,67 tỷ USD, cao nhất. Kết <script>alert(1)</script>"


def mark(obs_id: str, quote: str, figure: str, label: str = "FDI") -> QuoteMark:
    start = TEXT.index(quote)
    figure_start = TEXT.index(figure, start)
    return QuoteMark(obs_id, start, start + len(quote), figure_start, figure_start + len(figure), label)


def test_article_text_is_escaped_and_quotes_marked() -> None:
    html = article_html(TEXT, [mark("fdi-2019", "Vốn năm 2019 đạt 8,67 tỷ USD", "8,67 tỷ USD")])
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;đậm&lt;/b&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark class="quote"><strong>8,67 tỷ USD</strong></mark>' in html
    label = '<span class="quote-label" id="q-fdi-2019" lang="">FDI</span>'
    assert label + '<mark class="quote">Vốn năm 2019' in html
    text = re.sub(r"<[^>]+>", "", html.replace('lang="">FDI<', 'lang=""><').replace("</p><p>", "\n"))
    assert text.replace("&lt;", "<").replace("&gt;", ">") == TEXT
    assert html.startswith('<div class="article" lang="vi"><p>Mở đầu') and html.endswith("</p></div>")


def test_current_quote_is_emphasised_and_labels_are_escaped() -> None:
    marks = [
        mark("fdi-2019", "Vốn năm 2019 đạt 8,67 tỷ USD", "8,67 tỷ USD", label="<i>FDI</i>"),
        mark("other", "cao nhất", "cao"),
    ]
    html = article_html(TEXT, marks, current="fdi-2019")
    assert '<span class="quote-label current" id="q-fdi-2019" lang="">&lt;i&gt;FDI&lt;/i&gt;</span>' in html
    assert '<mark class="quote current">' in html
    assert html.count('class="quote-label') == 2


def test_overlapping_quotes_share_their_common_part() -> None:
    first = mark("a", "Vốn năm 2019 đạt 8,67 tỷ USD", "8,67 tỷ USD")
    second = mark("b", "8,67 tỷ USD, cao nhất", "8,67 tỷ USD")
    html = article_html(TEXT, [first, second])
    assert '<mark class="quote overlap"><strong>8,67 tỷ USD</strong></mark>' in html


def test_marks_outside_the_text_are_ignored() -> None:
    html = article_html("ngắn", [QuoteMark("x", 2, 99, 2, 3, "X")])
    assert "<mark" not in html and "ngắn" in html


def test_anchor_ids_keep_only_safe_characters() -> None:
    assert anchor_id("fdi-2019") == "q-fdi-2019"
    assert anchor_id('x"><script>') == "q-x---script-"


def test_citation_line_reads_like_a_reference() -> None:
    line = citation_line(
        "vốn  đầu tư\nđạt 8,67 tỷ USD", "Hà Nội mở rộng đối ngoại", None, "Oct 2020", "fdi-2019-doingoai"
    )
    assert line == (
        "“vốn đầu tư đạt 8,67 tỷ USD” — Hà Nội mở rộng đối ngoại, unnamed publisher, Oct 2020, "
        "via Hanoi integration indicators (obs fdi-2019-doingoai)"
    )


def test_quote_html_emphasises_the_figure_and_escapes_the_rest() -> None:
    assert quote_html("a <b> 8,67 tỷ USD", 6, 17) == "a &lt;b&gt; <strong>8,67 tỷ USD</strong>"
    assert quote_html("<x>", None, None) == "&lt;x&gt;"
    assert quote_html("abc", 2, 9) == "abc"


def test_a_quote_over_two_lines_is_marked_on_each_and_never_crosses_a_paragraph() -> None:
    text = "Dòng một có số 5\nvà dòng hai."
    html = article_html(text, [QuoteMark("x", 9, 24, 15, 16, "X")])
    assert '<mark class="quote">có số </mark><mark class="quote"><strong>5</strong></mark></p><p>' in html
    assert '<p><mark class="quote">và dòng</mark> hai.</p>' in html


def test_citation_line_names_the_dataset_in_the_reader_language() -> None:
    line = citation_line(
        "đạt 8,67 tỷ USD",
        "Hà Nội mở rộng đối ngoại",
        "Báo Hà Nội mới",
        "10/2020",
        "fdi-2019",
        via="qua bộ số liệu X (mã fdi-2019)",
    )
    assert line == (
        "“đạt 8,67 tỷ USD” — Hà Nội mở rộng đối ngoại, Báo Hà Nội mới, 10/2020, "
        "qua bộ số liệu X (mã fdi-2019)"
    )


def test_citation_line_carries_the_address_and_the_permanent_link() -> None:
    line = citation_line(
        "đạt 8,67 tỷ USD",
        "Hà Nội mở rộng đối ngoại",
        None,
        "10/2020",
        "fdi-2019",
        address="address not recorded",
        link="https://x.streamlit.app/indicator?id=fdi&obs=fdi-2019 (accessed 3 Dec 2026)",
    )
    assert line == (
        "“đạt 8,67 tỷ USD” — Hà Nội mở rộng đối ngoại, unnamed publisher, 10/2020, "
        "address not recorded, via Hanoi integration indicators (obs fdi-2019), "
        "https://x.streamlit.app/indicator?id=fdi&obs=fdi-2019 (accessed 3 Dec 2026)"
    )


@pytest.mark.parametrize(
    ("page_url", "base"),
    [
        ("https://hanoi.streamlit.app/indicator", "https://hanoi.streamlit.app"),
        ("https://hanoi.streamlit.app/", "https://hanoi.streamlit.app"),
        ("https://hanoi.streamlit.app", "https://hanoi.streamlit.app"),
        ("http://localhost:8501/data", "http://localhost:8501"),
        ("http://host.example/apps/hanoi/source", "http://host.example/apps/hanoi"),
        ("http://host.example/apps/hanoi", "http://host.example/apps/hanoi"),
        ("javascript:alert(1)//indicator", None),
        ("file:///etc/passwd", None),
        ('https://x.example/"><script>', None),
        ("", None),
        (None, None),
    ],
)
def test_the_apps_address_comes_from_the_pages(page_url: str | None, base: str | None) -> None:
    assert app_base(page_url, ["overview", "indicator", "source", "data", "about"]) == base


def test_a_figures_permanent_link_encodes_its_ids() -> None:
    assert figure_link("https://h.app", "fdi", "fdi-2019") == "https://h.app/indicator?id=fdi&obs=fdi-2019"
    assert figure_link(None, "a&b", "<x>") == "/indicator?id=a%26b&obs=%3Cx%3E"


@pytest.mark.parametrize(
    ("url", "markup"),
    [
        (
            "https://example.org/bai?id=1&p=2",
            '<a href="https://example.org/bai?id=1&amp;p=2" rel="noopener noreferrer nofollow" '
            'target="_blank">'
            "https://example.org/bai?id=1&amp;p=2</a>",
        ),
        ("javascript:alert(1)", "javascript:alert(1)"),
        (
            'https://x.example/"><img src=x onerror=alert(1)>',
            "https://x.example/&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
        ),
        (None, '<span class="hi-muted">address not recorded</span>'),
    ],
)
def test_only_an_http_address_becomes_a_link(url: str | None, markup: str) -> None:
    assert str(address_markup(url, "en")) == markup
