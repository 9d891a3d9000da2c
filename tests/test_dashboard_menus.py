"""The plain HTML that stands in for widgets: menus of links, a folded section, the chart's buttons."""

from __future__ import annotations

from markupsafe import Markup

from dashboard import menus
from dashboard.layout import STYLE_SHEET


def test_a_menu_escapes_its_words_and_marks_only_the_page_shown() -> None:
    html = menus.picker(
        "<b>Go</b>",
        'Indicators "all"',
        [
            (
                "Invest & trade",
                [("./indicator?id=a&lang=en", "<i>A</i>", True), ("./indicator?id=b", "B", False)],
            )
        ],
    )
    assert html.startswith('<details class="hi-picker"><summary>&lt;b&gt;Go&lt;/b&gt;</summary>')
    assert '<nav aria-label="Indicators &#34;all&#34;">' in html
    assert '<span class="hi-picker-group">Invest &amp; trade</span>' in html
    assert '<a href="./indicator?id=a&amp;lang=en" aria-current="page">&lt;i&gt;A&lt;/i&gt;</a>' in html
    assert '<a href="./indicator?id=b">B</a>' in html
    assert html.count("aria-current") == 1


def test_a_menu_without_groups_is_one_list() -> None:
    html = menus.picker("Go", "Articles", [("", [("./source?id=x", "X", False)])])
    assert 'hi-picker-group"' not in html and "<span" not in html
    assert '<ul class="hi-picker-groups"><li><a href="./source?id=x">X</a></li></ul>' in html


def test_a_folded_section_escapes_its_summary_and_keeps_its_markup() -> None:
    html = menus.folded("<What>", Markup("<p>body</p>"))
    assert html == (
        '<details class="hi-folded"><summary>&lt;What&gt;</summary>'
        '<div class="hi-folded-body"><p>body</p></div></details>'
    )


def test_the_image_buttons_name_their_format() -> None:
    html = menus.image_buttons("Download:", [("png", "Download as PNG"), ("svg", "Download as SVG")])
    assert (
        '<button type="button" class="hi-image-button" data-format="svg" aria-label="Download as SVG">SVG'
        in html
    )
    assert html.startswith('<p class="hi-image"><span>Download:</span>')


def test_the_style_sheet_holds_no_angle_bracket() -> None:
    # The browser's sanitiser drops a style element whose text looks like markup (a "<" before a
    # letter or "/", even in a comment): the whole style sheet would be lost.
    assert "<" not in STYLE_SHEET
