"""Overview: the headline indicators by theme, each with its latest figure, change and trend.

What a card says depends only on the data and the language, so the cards
(:mod:`dashboard.cards`) are worked out once per data file and language and a rerun only sends them.
A card is two elements: its HTML, whose link to the quote in the article is a plain anchor, and a
page link to the indicator. Every element costs the browser time on each visit, page links the
most (docs/performance.md), so a card has one.
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, layout, navigation, state
from dashboard.cards import Card, cards_by_theme, intro_html, theme_heading
from dashboard.i18n import t

CARDS_PER_ROW = 3


def show_card(item: Card, lang: str) -> None:
    """Show a worked-out card and its link to the indicator page, named after the indicator."""
    with st.container(border=True, key=f"card-{item.indicator_id}", height="stretch"):
        st.html(item.body)
        navigation.link(
            "indicator",
            t(lang, "card_details", name=item.name),
            lang,
            icon=":material/show_chart:",
            id=item.indicator_id,
        )


def main() -> None:
    """Show the overview page."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:  # the entry point shows the invalid-data view instead
        return
    layout.kicker(t(lang, "overview_kicker"))
    st.title(t(lang, "app_title"), anchor=False)
    navigation.share("overview", lang)
    st.html(intro_html(lang, len(catalogue.views or ()), len(catalogue.indicators), len(catalogue.sources)))
    for theme, cards in cards_by_theme(catalogue, lang):
        st.html(theme_heading(theme, lang))
        for start in range(0, len(cards), CARDS_PER_ROW):
            columns = st.columns(CARDS_PER_ROW, gap="medium")
            for column, item in zip(columns, cards[start : start + CARDS_PER_ROW], strict=False):
                with column:
                    show_card(item, lang)


main()
