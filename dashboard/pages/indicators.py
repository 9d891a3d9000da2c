"""All indicators: every indicator by theme, with its latest figure and how many figures it has.

The overview shows the headline indicators only; this index lists them all, so a reader can reach
any of them. A plain table a group (:func:`dashboard.tables.index_html`), under its heading: each name
links to the indicator's page.
"""

from __future__ import annotations

import streamlit as st
from markupsafe import Markup

from dashboard import data, layout, navigation, state, wording
from dashboard.i18n import t
from dashboard.tables import index_html
from indicators.model import Theme

_GROUP = Markup('<h2 class="hi-section">{}</h2>{}')


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
    # Every group's heading (h2, under the page's h1) and table in one element: each element costs
    # the browser time on every page load.
    st.html(
        Markup("").join(
            _GROUP.format(wording.theme_text(theme.value, lang), index_html(catalogue, theme, lang))
            for theme in Theme
            if any(item.theme is theme for item in catalogue.indicators.values())
        )
    )


main()
