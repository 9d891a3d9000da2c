"""All indicators: every indicator by theme, with its latest figure and how many figures it has.

The overview shows the headline indicators only; this index lists them all, so a reader can reach
any of them. A plain table (:func:`dashboard.tables.index_html`): each name links to the indicator's page.
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, layout, navigation, state, wording
from dashboard.i18n import t
from dashboard.tables import index_html
from indicators.model import Theme


def main() -> None:
    """Show the index of every indicator."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:
        return
    st.set_page_config(page_title=f"{t(lang, 'index_title')} · {t(lang, 'app_short')}")
    layout.kicker(t(lang, "nav_indicators"))
    st.title(t(lang, "index_title"), anchor=False)
    navigation.share("indicators", lang)
    layout.paragraph(t(lang, "index_lead"))
    for theme in Theme:
        if any(item.theme is theme for item in catalogue.indicators.values()):
            layout.section(wording.theme_text(theme.value, lang))
            st.html(index_html(catalogue, theme, lang))


main()
