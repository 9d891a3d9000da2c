"""About & method: curation and checks, qualifiers and their marks, breaks, citing, the articles."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, layout, navigation, state, wording
from dashboard.escaping import escape_markdown
from dashboard.i18n import t
from indicators.labels import QUALIFIERS, label


def main() -> None:
    """Show the about page (the Markdown here is the dashboard's own text, never data)."""
    lang = state.language()
    catalogue = data.load()
    with st.container(width=880):
        sections(lang, catalogue)


def sections(lang: str, catalogue: data.Catalogue) -> None:
    """Show the method's sections, then the articles."""
    layout.kicker(t(lang, "nav_about"))
    st.title(t(lang, "about_title"), anchor=False)
    for section in ("what", "checks"):
        st.subheader(t(lang, f"about_{section}_title"), anchor=False)
        st.markdown(t(lang, f"about_{section}"))
    st.code("python -m indicators check", language="bash")

    st.subheader(t(lang, "about_qualifiers_title"), anchor=False)
    st.markdown(t(lang, "about_qualifiers"))
    # A static table wraps its cells on a phone; st.table reads Markdown, so every cell is escaped.
    qualifiers = pd.DataFrame({
        t(lang, column): [escape_markdown(label(kind, code, lang)) for code in QUALIFIERS]
        for column, kind in (("about_col_qualifier", "qualifier"), ("about_col_meaning", "qualifier_meaning"),
                             ("about_col_mark", "qualifier_mark"))
    })
    st.table(qualifiers, hide_index=True)

    for section in ("breaks", "cite"):
        st.subheader(t(lang, f"about_{section}_title"), anchor=False)
        st.markdown(t(lang, f"about_{section}"))

    st.subheader(t(lang, "about_sources_title"), anchor=False)
    sources = sorted(catalogue.sources.values(), key=lambda s: s.published)
    for source in sources:
        inferred = source.published_basis == "inferred"
        basis = t(lang, "source_date_inferred" if inferred else "source_date_stated")
        navigation.link("source", source.title.get(lang), lang, icon=":material/article:", id=source.id)
        details = f"{wording.date_text(source.published, lang)} · {basis}"
        if source.published_note:
            details += f" — {source.published_note.get(lang)}"
        layout.paragraph(details, "hi-muted")


main()
