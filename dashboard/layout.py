"""The shared look of every page: styles, the header with the language switch, the not-found
and invalid-data views and the footer."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st
from markupsafe import Markup

from dashboard import blocks, navigation
from dashboard.data import Catalogue
from dashboard.escaping import escape_markdown, shorten
from dashboard.i18n import t
from dashboard.state import language_switch
from indicators.languages import check_lang

# The style sheet, read once; sent as it always was, in a <style> element of its own (which
# Streamlit puts in the event container, taking no space on the page).
STYLE_SHEET = (Path(__file__).parent / "assets" / "style.css").read_text(encoding="utf-8")
STYLE = Markup("\n<style>\n{}</style>\n").format(Markup(STYLE_SHEET))


# The page's language on <html lang> (Streamlit's index.html says "en" whatever the page is), and the
# language switch's links kept in step with the address. Streamlit's own "Page not found" notice (an
# unknown address) is in English only: its words are put in the page's language. The notice comes
# when it will, so an observer keeps them marked.
_DOCUMENT = """<script>
(function (words) {
  window.__hiWords = words;
  var mark = function () {
    var words = window.__hiWords, lang = words.lang;
    if (document.documentElement.lang !== lang) { document.documentElement.lang = lang; }
    // The language switch's links: this view (the address as it is now) in each language.
    Array.prototype.forEach.call(document.querySelectorAll(".hi-langs a[hreflang]"), function (link) {
      var url = new URL(window.location.href);
      url.searchParams.set("lang", link.getAttribute("hreflang"));
      var wanted = url.pathname + url.search;
      if (link.getAttribute("href") !== wanted) { link.setAttribute("href", wanted); }
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
    // At most once a frame: drawing a page (a chart most of all) changes the document in many
    // small steps, and marking after each would read the whole document each time.
    var queued = false;
    window.__hiMarker = new MutationObserver(function () {
      if (queued) { return; }
      queued = true;
      window.requestAnimationFrame(function () { queued = false; mark(); });
    });
    window.__hiMarker.observe(document.body, {childList: true, subtree: true, attributes: true,
                                              attributeFilter: ["href"]});
    // A language link followed at once after the address changed: mark first.
    document.addEventListener("click", function (event) {
      if (event.target && event.target.closest && event.target.closest(".hi-langs a")) { mark(); }
    }, true);
  }
})(%s);
</script>"""
STREAMLIT_NOT_FOUND = "Page not found"  # the title of Streamlit's notice, as its frontend writes it


def document_script(lang: str) -> Markup:
    """Return the script that puts ``lang`` on ``<html lang>`` and the menu's links, and the words of
    Streamlit's "Page not found" notice in ``lang``.

    Only a known language and the dashboard's own words reach it, written as JSON whose ``<`` is
    escaped, so that nothing can close the script element.
    """
    check_lang(lang)
    words = {
        "lang": lang,
        "english": STREAMLIT_NOT_FOUND,
        "title": t(lang, "page_not_found_title"),
        "message": t(lang, "page_not_found"),
        "close": t(lang, "close"),
    }
    return Markup(_DOCUMENT % json.dumps(words, ensure_ascii=False).replace("<", "\\u003c"))


def apply_style() -> None:
    """Add the dashboard's style sheet (no layout space: Streamlit sends it to the event container)."""
    st.html(STYLE)


def header(lang: str, menu: Markup | None) -> None:
    """Show the menu (None: no menu) and the language switch at the top of the page, as one element."""
    with st.container(key="hi-header"):
        st.html(Markup('<div class="hi-bar">{}{}</div>').format(menu or "", language_switch(lang)))


def kicker(text: str) -> None:
    """Show a small label above a page title."""
    st.html(blocks.kicker(text))


def paragraph(text: str, css_class: str = "hi-lead") -> None:
    """Show a paragraph of plain text (escaped) in one of the dashboard's text styles."""
    st.html(blocks.paragraph(text, css_class))


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
    st.html(blocks.problems_html(problems) or Markup("<p></p>"))
    section(t(lang, "invalid_fix_title"))
    paragraph(t(lang, "invalid_fix"), "hi-note")
    st.code("python -m indicators check", language="bash")
    with st.expander(t(lang, "col_problem")):
        st.code("\n".join(str(problem) for problem in problems), language=None, wrap_lines=True)


def footer(lang: str) -> None:
    """Show the closing line (what the figures are and are not), mark the document's language, and
    make the page's "Copy link" and "Copy citation" buttons work: the page's one element with
    scripts (each ``st.html`` element costs the browser time on every page load)."""
    st.html(
        Markup('<p class="hi-footer">{}</p>{}<script>{}</script>').format(
            t(lang, "footer"), document_script(lang), Markup(navigation.COPY_SCRIPT)
        ),
        unsafe_allow_javascript=True,
    )
