"""About & method: curation and checks, qualifiers and their marks, breaks, citing, the articles."""

from __future__ import annotations

import streamlit as st
from markupsafe import Markup

from dashboard import blocks, data, layout, navigation, state, wording
from dashboard.i18n import t
from dashboard.tables import qualifier_table


def main() -> None:
    """Show the about page (the Markdown here is the dashboard's own text, never data)."""
    lang = state.language()
    catalogue = data.load()
    st.set_page_config(page_title=f"{t(lang, 'about_title')} · {t(lang, 'app_short')}")
    with st.container(width=880):
        sections(lang, catalogue)


def sections(lang: str, catalogue: data.Catalogue) -> None:
    """Show the method's sections, then the articles."""
    layout.kicker(t(lang, "nav_about"))
    st.title(t(lang, "about_title"), anchor=False)
    navigation.share("about", lang)
    for section in ("what", "checks"):
        layout.section(t(lang, f"about_{section}_title"))
        st.markdown(t(lang, f"about_{section}"))
    st.html(blocks.command("python -m indicators check"))

    layout.section(t(lang, "about_qualifiers_title"))
    st.markdown(t(lang, "about_qualifiers"))
    st.html(qualifier_table(lang))

    for section in ("breaks", "changes", "doubts", "cite"):
        layout.section(t(lang, f"about_{section}_title"))
        st.markdown(t(lang, f"about_{section}"))

    layout.section(t(lang, "about_sources_title"))
    st.html(sources_html(catalogue, lang))


_SOURCE = Markup('<li><a href="{}">{}</a><p class="hi-muted">{}</p></li>')


def sources_html(catalogue: data.Catalogue, lang: str) -> Markup:
    """Return the articles, oldest first: each a link to its page, with its date and how the date
    is known. One element with plain links: a page link each cost the browser more to draw."""
    items = []
    for source in sorted(catalogue.sources.values(), key=lambda s: s.published):
        inferred = source.published_basis == "inferred"
        basis = t(lang, "source_date_inferred" if inferred else "source_date_stated")
        details = f"{wording.date_text(source.published, lang)} · {basis}"
        if source.published_note:
            details += f" — {source.published_note.get(lang)}"
        items.append(
            _SOURCE.format(navigation.href("source", lang, id=source.id), source.title.get(lang), details)
        )
    return Markup('<ul class="hi-sources">{}</ul>').format(Markup("").join(items))


main()
