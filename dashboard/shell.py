"""The app around every page: the menu, the data check, the page the URL names, header and footer.

``app.py`` calls :func:`run` on every script run. The modules a page uses (:mod:`dashboard.layout`,
:mod:`dashboard.navigation`) never import this one, so nothing imports in a circle.
"""

from __future__ import annotations

import streamlit as st

from dashboard import collector, data, layout, state
from dashboard.i18n import t
from dashboard.navigation import PAGES, embedded, menu

# The tab's icon: an emoji, which the browser draws itself. A Material icon would be fetched from a
# font host, and an image file makes Streamlit import numpy and PIL (some 20 MiB per server).
ICON = "📊"


def run() -> None:
    """Build the navigation, check the data, and run the current page (or the invalid-data view)."""
    collector.freeze_long_lived()
    lang = state.language()
    st.set_page_config(page_title=t(lang, "app_title"), page_icon=ICON, layout="wide")
    layout.apply_style()
    pages = [
        st.Page(
            spec.script,
            title=t(lang, spec.title_key),
            icon=spec.icon,
            url_path=spec.url_path,
            default=name == "overview",
        )
        for name, spec in PAGES.items()
    ]
    # The menu is the dashboard's own (:func:`dashboard.navigation.menu`), a row of plain links drawn
    # with the language switch: Streamlit's menu bar costs the browser time on every page load.
    # Embedded in another page (``?embed=true``), the view stands alone: no menu.
    current = st.navigation(pages, position="hidden")
    layout.header(lang, None if embedded() else menu(lang, current.url_path))
    catalogue = data.load()
    if catalogue.ok:
        current.run()
    else:
        layout.invalid_data(lang, catalogue)
    layout.footer(lang)
