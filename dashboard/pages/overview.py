"""Overview: the headline indicators by theme, each with its latest figure, change and trend."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, layout, navigation, state, wording
from dashboard.escaping import escape_html
from dashboard.i18n import t
from indicators.charts import latest_comparable, sparkline_figure
from indicators.model import Indicator, Theme

CARDS_PER_ROW = 3


def change_html(rows: pd.DataFrame, lang: str) -> str:
    """Return the card's change (or why there is none) as escaped HTML."""
    kind, sentence = wording.change_sentence(rows, lang)
    css = "hi-reason" if kind == "reason" else f"hi-change {kind}"
    return f'<p class="{css}">{escape_html(sentence)}</p>'


def target_html(all_rows: pd.DataFrame, lang: str) -> str:
    """Return a line naming the latest target, when the card shows a result instead."""
    goals = wording.targets(all_rows)
    if goals.empty or len(goals) == len(all_rows):
        return ""
    goal = goals.sort_values(["period_end", "period_start"]).iloc[-1]
    text = t(lang, "card_target", period=wording.period_text(goal["period"], lang),
             value=wording.value_text(goal, lang))
    return f'<p class="hi-card-meta">{escape_html(text)}</p>'


def card(indicator: Indicator, all_rows: pd.DataFrame, lang: str) -> None:
    """Show one headline indicator: latest value, period, qualifier, change, trend and links.

    The latest figure is the latest result; a target ('mục tiêu') is named on a line of its own.
    """
    rows = wording.results_only(all_rows)
    latest: Any = latest_comparable(rows)[0]
    chips = [f'<span class="hi-chip">{escape_html(wording.period_text(latest["period"], lang))}</span>']
    hedge = wording.qualifier_text(latest["qualifier"], lang)
    if hedge:
        chips.append(f'<span class="hi-chip hedge">{escape_html(hedge)}</span>')
    meta = ""
    if indicator.definitions and latest["definition"]:
        meta = (f'<p class="hi-card-meta">'
                f'{escape_html(wording.definition_name(latest[f"definition_{lang}"]))}</p>')
    with st.container(border=True, key=f"card-{indicator.id}", height="stretch"):
        st.html(
            f'<p class="hi-card-name">{escape_html(indicator.name.get(lang))}</p>'
            f'<p class="hi-card-value">{escape_html(wording.value_text(latest, lang))}</p>'
            f'<p class="hi-card-meta">{"".join(chips)}</p>{meta}'
            f"{change_html(rows, lang)}{target_html(all_rows, lang)}"
        )
        figure = sparkline_figure(rows, lang)
        if figure is not None:
            st.plotly_chart(figure, key=f"spark-{indicator.id}", width="stretch", theme=None,
                            config={"staticPlot": True, "displayModeBar": False},
                            alt=t(lang, "card_trend", name=indicator.name.get(lang)))
        with st.container(horizontal=True, gap="medium"):
            navigation.link("indicator", t(lang, "card_details"), lang, icon=":material/show_chart:",
                            id=indicator.id)
            navigation.link("source", t(lang, "card_quote"), lang, icon=":material/format_quote:",
                            id=str(latest["source_id"]), obs=str(latest["obs_id"]))


def main() -> None:
    """Show the overview page."""
    lang = state.language()
    catalogue = data.load()
    table = catalogue.table
    if table is None:  # the entry point shows the invalid-data view instead
        return
    layout.kicker(t(lang, "overview_kicker"))
    st.title(t(lang, "app_title"), anchor=False)
    layout.paragraph(t(lang, "overview_lead"))
    layout.paragraph(t(lang, "overview_caveat"), "hi-note")
    layout.paragraph(t(lang, "overview_counts", observations=len(table), indicators=len(catalogue.indicators),
                       sources=len(catalogue.sources)), "hi-muted")
    headline = [indicator for indicator in catalogue.indicators.values() if indicator.headline]
    for theme in Theme:
        members = [indicator for indicator in headline if indicator.theme is theme]
        members = [indicator for indicator in members if (table["indicator_id"] == indicator.id).any()]
        if not members:
            continue
        st.html(f'<h2 class="hi-theme">{escape_html(wording.theme_text(theme.value, lang))}</h2>')
        for start in range(0, len(members), CARDS_PER_ROW):
            columns = st.columns(CARDS_PER_ROW, gap="medium")
            for column, indicator in zip(columns, members[start : start + CARDS_PER_ROW], strict=False):
                with column:
                    card(indicator, table[table["indicator_id"] == indicator.id], lang)


main()
