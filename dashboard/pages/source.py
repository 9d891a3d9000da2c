"""Source: one article's metadata and full text, every quote the dataset takes marked.

URL: ``/source?id=<source id>&obs=<observation id>&lang=vi|en``. The quote named by ``obs`` is
emphasised and scrolled into view.
"""

from __future__ import annotations

import json

import streamlit as st
from markupsafe import Markup

from dashboard import data, layout, menus, navigation, state, wording
from dashboard.article import QuoteMark, anchor_id, article_html, metadata_html
from dashboard.data import Catalogue
from dashboard.escaping import escape_markdown, shorten
from dashboard.i18n import t
from indicators.model import Source

_SCROLL = """<script>
(function () {
  var id = %s, tries = 0;
  var timer = setInterval(function () {
    var label = document.getElementById(id);
    if (label || ++tries > 60) {
      clearInterval(timer);
      if (!label) { return; }
      var marks = label.closest(".article").querySelectorAll("mark.quote.current");
      var parts = [label].concat(Array.prototype.slice.call(marks));
      var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      var middle = parts[Math.floor(parts.length / 2)];
      middle.scrollIntoView({block: "center", behavior: still ? "auto" : "smooth"});
    }
  }, 100);
})();
</script>"""


def ordered_sources(catalogue: Catalogue) -> list[str]:
    """Return source ids, newest article first."""
    return [s.id for s in sorted(catalogue.sources.values(), key=lambda s: (s.published, s.id), reverse=True)]


def quote_marks(catalogue: Catalogue, source_id: str, lang: str) -> list[QuoteMark]:
    """Return the marks of every observation quoted from the source, labelled with its indicator."""
    marks = []
    for view in catalogue.views or ():
        if view.source.id != source_id or view.quote_span is None or view.figure_span is None:
            continue
        label = f"{view.indicator.name.get(lang)} · {wording.period_text(view.period, lang)}"
        marks.append(QuoteMark(view.id, *view.quote_span, *view.figure_span, label=label))
    return sorted(marks, key=lambda mark: (mark.start, mark.end))


def source_menu(catalogue: Catalogue, order: list[str], current: str | None, lang: str) -> Markup:
    """Return the menu of every article, newest first, each a link to its page, the one shown marked."""
    items = [
        (
            navigation.href("source", lang, id=source_id),
            f"{wording.date_text(catalogue.sources[source_id].published, lang)} · "
            f"{catalogue.sources[source_id].title.get(lang)}",
            source_id == current,
        )
        for source_id in order
    ]
    return menus.picker(t(lang, "source_other"), t(lang, "source_list"), [("", items)])


def metadata(source: Source, lang: str) -> None:
    """Show the article's metadata (:func:`metadata_html`)."""
    st.html(metadata_html(source, lang))


def figures_list(catalogue: Catalogue, marks: list[QuoteMark], lang: str) -> None:
    """List the figures taken from the article, each linking to its indicator page."""
    layout.section(t(lang, "source_figures"))
    if not marks or not catalogue.ok:
        layout.paragraph(t(lang, "source_figures_none"), "hi-muted")
        return
    for mark in marks:
        view = catalogue.by_id[mark.obs_id]
        value = wording.value_text(view, lang)  # with its hedge words
        doubt = f" · ? {t(lang, 'doubt_label')}" if view.doubted else ""
        text = f"{view.indicator.name.get(lang)} · {wording.period_text(view.period, lang)} · {value}{doubt}"
        navigation.link(
            "indicator", text, lang, icon=":material/show_chart:", id=view.indicator.id, obs=view.id
        )


def main() -> None:
    """Show the source page."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:
        return
    order = ordered_sources(catalogue)
    raw = state.param("id")
    if raw is None and order:
        named = catalogue.observations.get(state.param("obs") or "")
        raw = named.source if named is not None else order[0]
        state.set_param("id", raw)

    st.html(source_menu(catalogue, order, raw, lang))
    if raw not in catalogue.sources:
        layout.not_found(lang, "not_found_source", raw)
        return
    source = catalogue.sources[str(raw)]
    marks = quote_marks(catalogue, source.id, lang)
    wanted = state.param("obs")
    current = wanted if wanted in {mark.obs_id for mark in marks} else None
    st.set_page_config(page_title=f"{source.title.get(lang)} · {t(lang, 'app_short')}")
    layout.kicker(t(lang, "nav_source"))
    st.title(escape_markdown(source.title.get(lang)), anchor=False)
    navigation.share("source", lang, id=source.id, obs=current)
    metadata(source, lang)
    if wanted is not None and current is None:
        layout.paragraph(t(lang, "not_found_obs", value=shorten(wanted)), "hi-note")
    if current is not None:
        chosen = catalogue.by_id[current]
        layout.paragraph(
            t(
                lang,
                "source_current",
                name=chosen.indicator.name.get(lang),
                period=wording.period_text(chosen.period, lang),
            ),
            "hi-note",
        )
        navigation.link(
            "indicator",
            t(lang, "source_open_chart"),
            lang,
            icon=":material/show_chart:",
            id=chosen.indicator.id,
            obs=current,
        )
    layout.section(t(lang, "source_text"))
    layout.paragraph(t(lang, "source_stored_copy", file=source.file), "hi-note")
    st.caption(t(lang, "source_legend"))
    st.html(article_html(catalogue.texts.get(source.id, ""), marks, current))
    if current is not None:
        # Only an anchor id (letters, digits and hyphens) written as JSON reaches the script.
        st.html(Markup(_SCROLL % json.dumps(anchor_id(current))), unsafe_allow_javascript=True)
    figures_list(catalogue, marks, lang)


main()
