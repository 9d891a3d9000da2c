"""The shared look of every page: styles, the header with the language switch, the not-found
and invalid-data views and the footer."""

from __future__ import annotations

import json

import streamlit as st

from dashboard import navigation
from dashboard.data import Catalogue
from dashboard.escaping import escape_html, escape_markdown, shorten
from dashboard.i18n import t
from dashboard.state import language_switch
from indicators.languages import check_lang

STYLE = """
<style>
[data-testid="stMainBlockContainer"] { max-width: 1180px; padding-top: 4rem; }
h1, h2, h3 { letter-spacing: -0.01em; }
[data-testid="stHeading"] h1 { padding-top: .2rem; }
/* A section's heading is an h2 (st.header: no level skipped under the h1) at a subheading's size. */
[data-testid="stMain"] [data-testid="stHeading"] h2 { font-size: 1.5rem; font-weight: 600;
  line-height: 1.2; padding: .75rem 0 .5rem 0; }
/* Captions at 5.8:1 on white: Streamlit fades them (opacity .6) to 4.0:1, under WCAG's 4.5:1. */
[data-testid="stCaptionContainer"] { color: #5b6770; opacity: 1; }
/* Code in one ink: the highlighter's light blue reaches 2.8:1 on the code block's grey. */
[data-testid="stCode"] code .token { color: inherit !important; }
/* Keyboard focus: a 2px ring in the primary colour (7.9:1 on white, 7.4:1 on the code grey) on every
   link, button and control, whether Streamlit draws its own or not. */
a:focus-visible, button:focus-visible, [role="radio"]:focus-visible, [role="tab"]:focus-visible,
[role="button"]:focus-visible, summary:focus-visible, input:focus-visible {
  outline: 2px solid #0b5563 !important; outline-offset: 2px; }
.st-key-hi-header { position: fixed; top: .55rem; right: 1rem; z-index: 999991; width: auto; }
/* On a phone the menu slides in from the left under the switch: hide the switch while it is open,
   so that it never covers the menu's close button. */
body:has([data-testid="stSidebar"][data-collapsed="false"]) .st-key-hi-header { visibility: hidden; }
@media (max-width: 640px) { [data-testid="stHeading"] h1 { font-size: 2rem; line-height: 1.2; } }
[data-testid="stPageLink"] a, [data-testid="stPageLink"] a * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; height: auto !important; }
.hi-kicker { color: #0b5563; font-size: .8rem; font-weight: 600; letter-spacing: .08em;
  text-transform: uppercase; margin: 0 0 .2rem 0; }
.hi-lead { font-size: 1.12rem; line-height: 1.6; color: #1f2933; max-width: 72ch; margin: 0; }
.hi-note { border-left: 3px solid #b7c4cc; padding: .35rem 0 .35rem .9rem; color: #44525c;
  max-width: 72ch; line-height: 1.55; margin: 0; }
.hi-muted { color: #5b6770; font-size: .9rem; line-height: 1.5; margin: 0; }
.hi-intro > p + p { margin-top: 1rem; }
.hi-card-quote { font-size: .88rem; margin: .35rem 0 0 0; line-height: 1.45; }
.hi-card-quote a { color: #0b5563; text-decoration: underline; text-underline-offset: .15em;
  text-decoration-color: #9fbcc1; }
.hi-card-quote a::before { content: "❝"; display: inline-block; margin-right: .3rem;
  text-decoration: none; }
.hi-card-quote a:hover { text-decoration-color: currentColor; }
.hi-theme { font-size: 1.05rem; font-weight: 650; color: #1f2933; margin: 0;
  padding-bottom: .3rem; border-bottom: 1px solid #d9dee2; }
.hi-card-name { font-weight: 600; color: #1f2933; line-height: 1.35; margin: 0 0 .35rem 0;
  overflow-wrap: anywhere; }
.hi-card-value { font-size: 1.85rem; font-weight: 650; color: #0b3d45; line-height: 1.15;
  margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.hi-card-meta { color: #44525c; font-size: .9rem; margin: .25rem 0 0 0; line-height: 1.45; }
.hi-table { border-collapse: collapse; width: 100%; font-size: .92rem; line-height: 1.45; margin: .3rem 0; }
.hi-table th { text-align: left; font-weight: 600; color: #44525c; border-bottom: 2px solid #d9dee2;
  padding: .35rem .6rem .35rem 0; }
.hi-table td { border-bottom: 1px solid #e4e7ea; padding: .4rem .6rem .4rem 0; vertical-align: top;
  color: #1f2933; overflow-wrap: anywhere; }
.hi-scroll { overflow-x: auto; max-width: 100%; }
.hi-obs { min-width: 760px; }
.hi-obs td.nowrap { white-space: nowrap; }
.hi-obs td.quote { min-width: 18rem; }
.hi-obs td.qualifier { min-width: 5.5rem; }
@media (max-width: 640px) {
  .hi-obs { min-width: 0; }
  .hi-obs thead { display: none; }
  .hi-obs tr { display: block; padding: .6rem 0; border-bottom: 1px solid #d9dee2; }
  .hi-obs td { display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); gap: .6rem; border: 0;
    padding: .15rem 0; min-width: 0 !important; white-space: normal !important; }
  .hi-obs td::before { content: attr(data-label); color: #5b6770; font-size: .8rem; }
  .hi-obs tr.current { background: #fff6dc; box-shadow: inset 3px 0 0 #0b5563; padding-left: .6rem; }
}
.hi-obs td.quote strong { background: #ffe8a3; font-weight: 650; padding: 0 .1rem; }
.hi-obs a { color: #0b5563; }
@media (min-width: 641px) {
  .hi-obs tr.current td { background: #fff6dc; }
  .hi-obs tr.current td:first-child { box-shadow: inset 3px 0 0 #0b5563; padding-left: .5rem; }
}
.hi-spark { display: block; width: 100%; height: 56px; margin: .6rem 0 0 0; overflow: visible; }
.hi-chip { display: inline-block; font-size: .75rem; line-height: 1.2; padding: .12rem .45rem;
  border-radius: .6rem; background: #eef3f4; color: #0b5563; border: 1px solid #d3e1e3;
  margin-right: .25rem; white-space: nowrap; }
.hi-chip.hedge { background: #fff6e0; color: #7a5300; border-color: #f0dfb0; }
.hi-change { font-size: .88rem; margin: .45rem 0 0 0; line-height: 1.45; color: #1f2933; }
.hi-change.up::first-letter { color: #1d6b3a; }
.hi-change.down::first-letter { color: #9b2c2c; }
.hi-reason { font-size: .85rem; margin: .45rem 0 0 0; line-height: 1.45; color: #5b6770;
  font-style: italic; }
.hi-quote { margin: .3rem 0 .6rem 0; padding: .6rem .9rem; border-left: 3px solid #0b5563;
  background: #f6f8f9; font-size: 1rem; line-height: 1.6; color: #1f2933; overflow-wrap: anywhere; }
.hi-quote strong { background: #ffe8a3; font-weight: 650; padding: 0 .1rem; }
.hi-dl { display: grid; grid-template-columns: max-content minmax(0, 72ch); gap: .3rem .9rem; margin: .2rem 0;
  padding: 0;
  font-size: .93rem; line-height: 1.45; }
.hi-dl dt { color: #5b6770; margin: 0; padding: 0; }
.hi-dl dd { margin: 0; padding: 0; color: #1f2933; overflow-wrap: anywhere; }
[data-testid="stHtml"] .hi-dl { padding: 0; margin-left: 0; }
[data-testid="stHtml"] .hi-list { padding: 0 0 0 1.2rem; margin-left: 0; }
.hi-list { margin: .2rem 0 .4rem 0; line-height: 1.5; color: #1f2933; max-width: 80ch; }
.hi-list li { margin: 0 0 .2rem 0; padding: 0; }
@media (max-width: 640px) { .hi-dl { grid-template-columns: 1fr; gap: .05rem; }
  .hi-dl dd { margin-bottom: .45rem; } .hi-card-value { font-size: 1.6rem; } }
.article { font-size: 1.02rem; line-height: 1.75; color: #1f2933; max-width: 75ch;
  overflow-wrap: anywhere; }
.article p { margin: 0 0 .85rem 0; }
.article p:empty { display: none; }
.article mark.quote { background: #fdf0c2; color: inherit; padding: .05rem 0; border-radius: 2px; }
.article mark.quote.overlap { background: #f9e08a; }
.article mark.quote.current { background: #ffd23f; box-shadow: inset 0 -2px 0 #0b5563; }
.article mark.quote strong { font-weight: 650; }
.article mark.quote strong.figure.current { background: #0b5563; color: #ffffff; padding: .05rem .2rem;
  border-radius: 3px; font-weight: 700; }
.hi-doubt { border-left: 3px solid #b3261e; background: #fdf1f0; color: #5c1a14; padding: .35rem .6rem;
  margin: .4rem 0; font-size: .9rem; }
.article .quote-label { display: inline-block; font-size: .68rem; line-height: 1.25; font-weight: 600;
  padding: .05rem .4rem; margin: 0 .3rem 0 .1rem; border-radius: .5rem; background: #e3eef0;
  color: #0b5563; vertical-align: .15em; white-space: normal; scroll-margin-top: 40vh; }
.article .quote-label.current { background: #0b5563; color: #ffffff; }
.hi-problem { border: 1px solid #ecc8c5; background: #fdf6f5; border-radius: .4rem;
  padding: .55rem .8rem; margin: 0 0 .5rem 0; overflow-wrap: anywhere; }
.hi-problem .where { font-family: "Source Code Pro", ui-monospace, monospace; font-size: .82rem;
  color: #7b2d26; }
.hi-problem .what { margin: .2rem 0 0 0; color: #1f2933; }
.hi-footer { color: #5b6770; font-size: .82rem; border-top: 1px solid #d9dee2;
  padding-top: .7rem; margin-top: 1.2rem; }
/* The index of every indicator: the same columns in every group's table. */
.hi-index { table-layout: fixed; }
.hi-index th:nth-child(1) { width: 46%; } .hi-index th:nth-child(2) { width: 28%; }
.hi-index th:nth-child(3) { width: 15%; }
.hi-index a { color: #0b5563; font-weight: 600; }
@media (max-width: 640px) { .hi-index th:nth-child(1) { width: 40%; } }
/* The link to the view: a quiet, one-line code block with Streamlit's copy button. */
.hi-share { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; }
.hi-copy-link { font: inherit; font-size: .85rem; color: #0b5563; background: #ffffff;
  border: 1px solid #b7c4cc; border-radius: .4rem; padding: .2rem .6rem; cursor: pointer; }
.hi-copy-link:hover { border-color: #0b5563; }
.hi-copy-status { color: #44525c; font-size: .85rem; }
/* A shared link to a figure opens with its panel in the first screen of a phone. */
@media (max-width: 640px) {
  .st-key-figure-chosen [data-testid="stHorizontalBlock"] { flex-direction: column-reverse; }
}
</style>
"""


# The page's language on <html lang> (Streamlit's index.html says "en" whatever the page is), and on
# the menu's links, which Streamlit builds without the page's parameters: a link opened in a new tab
# or copied keeps the language. Streamlit's own "Page not found" notice (an unknown address) is in
# English only: its words are put in the page's language. The menu is redrawn on every rerun and the
# notice comes when it will, so an observer keeps them marked.
_DOCUMENT = """<script>
(function (words) {
  window.__hiWords = words;
  var mark = function () {
    var words = window.__hiWords, lang = words.lang;
    if (document.documentElement.lang !== lang) { document.documentElement.lang = lang; }
    var links = document.querySelectorAll("a[data-testid=stTopNavLink], a[data-testid=stSidebarNavLink]");
    Array.prototype.forEach.call(links, function (link) {
      var href = link.getAttribute("href");
      if (!href) { return; }
      var url = new URL(href, window.location.href);
      if (url.origin !== window.location.origin || url.searchParams.get("lang") === lang) { return; }
      url.searchParams.set("lang", lang);
      link.setAttribute("href", url.pathname + url.search);
    });
    Array.prototype.forEach.call(document.querySelectorAll("[role=dialog]"), function (dialog) {
      var title = dialog.querySelector("h2");
      if (!title || dialog.getAttribute("data-hi-lang") === lang
          || [words.english, words.title].indexOf(title.textContent.trim()) < 0) { return; }
      dialog.setAttribute("data-hi-lang", lang);
      dialog.setAttribute("lang", lang);
      title.textContent = words.title;
      var message = title.nextElementSibling;
      if (message) { message.textContent = words.message; }
      var close = dialog.querySelector("button[aria-label]");
      if (close) { close.setAttribute("aria-label", words.close); }
    });
  };
  mark();
  if (!window.__hiMarker) {
    window.__hiMarker = new MutationObserver(mark);
    window.__hiMarker.observe(document.body, {childList: true, subtree: true, attributes: true,
                                              attributeFilter: ["href"]});
  }
})(%s);
</script>"""
STREAMLIT_NOT_FOUND = "Page not found"  # the title of Streamlit's notice, as its frontend writes it


def document_script(lang: str) -> str:
    """Return the script that puts ``lang`` on ``<html lang>`` and the menu's links, and the words of
    Streamlit's "Page not found" notice in ``lang``.

    Only a known language and the dashboard's own words reach it, written as JSON whose ``<`` is
    escaped, so that nothing can close the script element.
    """
    check_lang(lang)
    words = {"lang": lang, "english": STREAMLIT_NOT_FOUND, "title": t(lang, "page_not_found_title"),
             "message": t(lang, "page_not_found"), "close": t(lang, "close")}
    return _DOCUMENT % json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")


def apply_style() -> None:
    """Add the dashboard's style sheet (no layout space: Streamlit sends it to the event container)."""
    st.html(STYLE)


def header(lang: str) -> None:
    """Show the language switch at the top right of the page."""
    with st.container(horizontal=True, horizontal_alignment="right", key="hi-header"):
        language_switch(lang)


def kicker(text: str) -> None:
    """Show a small label above a page title."""
    st.html(f'<p class="hi-kicker">{escape_html(text)}</p>')


def paragraph(text: str, css_class: str = "hi-lead") -> None:
    """Show a paragraph of plain text (escaped) in one of the dashboard's text styles."""
    st.html(f'<p class="{css_class}">{escape_html(text)}</p>')


def section(text: str) -> None:
    """Show a section's heading: an h2 under the page's h1, so no heading level is skipped."""
    st.header(text, anchor=False)


def not_found(lang: str, message_key: str, value: str | None) -> None:
    """Say that a link's id matches nothing, show it safely, and offer the way back."""
    st.set_page_config(page_title=f"{t(lang, 'not_found_title')} · {t(lang, 'app_short')}")
    st.title(t(lang, "not_found_title"), anchor=False)
    shown = shorten(value or "")
    message = t(lang, "not_found_empty") if not shown.strip() else t(lang, message_key, value=shown)
    st.warning(escape_markdown(message), icon=":material/search_off:")
    st.caption(t(lang, "not_found_hint"))
    navigation.link("overview", t(lang, "back_overview"), lang, icon=":material/arrow_back:")


def invalid_data(lang: str, catalogue: Catalogue) -> None:
    """Show the checker's problems, located and escaped, and how to fix them."""
    problems = catalogue.problems
    kicker(t(lang, "app_title"))
    st.title(t(lang, "invalid_title"), anchor=False)
    paragraph(t(lang, "invalid_lead", count=len(problems), file=str(catalogue.path)))
    items = []
    for problem in problems:
        where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
        if problem.record:
            where += f" [{problem.record}]"
        if problem.field:
            where += f" {problem.field}"
        items.append(f'<div class="hi-problem"><div class="where">{escape_html(where)}</div>'
                     f'<p class="what">{escape_html(problem.message)}</p></div>')
    st.html("".join(items) or "<p></p>")
    section(t(lang, "invalid_fix_title"))
    paragraph(t(lang, "invalid_fix"), "hi-note")
    st.code("python -m indicators check", language="bash")
    with st.expander(t(lang, "col_problem")):
        st.code("\n".join(str(problem) for problem in problems), language=None, wrap_lines=True)


def footer(lang: str) -> None:
    """Show the closing line (what the figures are and are not) and mark the document's language."""
    st.html(f'<p class="hi-footer">{escape_html(t(lang, "footer"))}</p>{document_script(lang)}',
            unsafe_allow_javascript=True)
