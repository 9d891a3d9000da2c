"""Overview: the headline indicators by theme, each with its latest figure, change and trend.

What a card says depends only on the data and the language, so the cards are worked out once
per data file and language (:meth:`dashboard.data.Catalogue.memo`) and a rerun only sends them.
A card is two elements: its HTML, whose link to the quote in the article is a plain anchor, and a
page link to the indicator. Every element costs the browser time on each visit; page links the
most (with two page links per card, a warm reload took about 7 % longer).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import data, layout, navigation, state, wording
from dashboard.data import Catalogue
from dashboard.escaping import escape_html
from dashboard.i18n import t
from dashboard.wording import Row
from indicators.charts import sparkline
from indicators.compare import latest_comparable
from indicators.model import Indicator, Theme

CARDS_PER_ROW = 3


@dataclass(frozen=True)
class Card:
    """One headline indicator's card, worked out: its HTML (escaped, with the link to its quote)."""

    indicator_id: str
    name: str
    body: str


def change_html(rows: list[Row], lang: str) -> str:
    """Return the card's change (or why there is none) as escaped HTML."""
    kind, sentence = wording.change_sentence(rows, lang)
    css = "hi-reason" if kind == "reason" else f"hi-change {kind}"
    return f'<p class="{css}">{escape_html(sentence)}</p>'


def target_html(all_rows: list[Row], lang: str) -> str:
    """Return a line naming the latest target, when the card shows a result instead."""
    goals = wording.targets(all_rows)
    if not goals or len(goals) == len(all_rows):
        return ""
    goal = sorted(goals, key=lambda row: (row["period_end"], row["period_start"]))[-1]
    text = t(lang, "card_target", period=wording.period_text(goal["period"], lang),
             value=wording.value_text(goal, lang))
    return f'<p class="hi-card-meta">{escape_html(text)}</p>'


def card_of(indicator: Indicator, all_rows: list[Row], lang: str) -> Card:
    """Work out one headline indicator's card: latest value, period, qualifier, change and trend.

    The latest figure is the latest dated result that is neither doubted nor read from words
    (``python -m indicators check`` refuses a headline indicator whose latest result is either);
    its hedge words stand in the value itself. A target ('mục tiêu') is named on a line of its own.
    """
    rows = wording.results_only(all_rows)
    latest = latest_comparable(rows)[0]
    chips = [f'<span class="hi-chip">{escape_html(wording.period_text(latest["period"], lang))}</span>']
    meta = ""
    if indicator.definitions and latest["definition"]:
        meta = (f'<p class="hi-card-meta">'
                f'{escape_html(wording.definition_name(latest[f"definition_{lang}"]))}</p>')
    where = navigation.href("source", lang, id=str(latest["source_id"]), obs=str(latest["obs_id"]))
    cited = t(lang, "card_quote", date=wording.date_text(str(latest["source_published"]), lang))
    # Named for a screen reader by its indicator too: several cards may cite one article's date.
    named = t(lang, "card_quote_of", date=wording.date_text(str(latest["source_published"]), lang),
              name=indicator.name.get(lang))
    quote = (f'<p class="hi-card-quote"><a href="{escape_html(where)}" aria-label="{escape_html(named)}">'
             f'{escape_html(cited)}</a></p>')
    trend = sparkline(rows)
    drawn = trend.img(t(lang, "card_trend", name=indicator.name.get(lang))) if trend is not None else ""
    body = (
        f'<p class="hi-card-name">{escape_html(indicator.name.get(lang))}</p>'
        f'<p class="hi-card-value">{escape_html(wording.value_text(latest, lang))}</p>'
        f'<p class="hi-card-meta">{"".join(chips)}</p>{meta}{quote}'
        f"{change_html(rows, lang)}{target_html(all_rows, lang)}{drawn}"
    )
    return Card(indicator.id, indicator.name.get(lang), body)


def cards_by_theme(catalogue: Catalogue, lang: str) -> list[tuple[Theme, list[Card]]]:
    """Return the headline cards grouped by theme, in the themes' order (worked out once)."""

    def build() -> list[tuple[Theme, list[Card]]]:
        groups = []
        for theme in Theme:
            members = [indicator for indicator in catalogue.indicators.values()
                       if indicator.headline and indicator.theme is theme
                       and catalogue.by_indicator.get(indicator.id)]
            if members:
                groups.append((theme, [card_of(indicator, catalogue.by_indicator[indicator.id], lang)
                                       for indicator in members]))
        return groups

    return catalogue.memo(("overview", lang), build)


def show_card(item: Card, lang: str) -> None:
    """Show a worked-out card and its link to the indicator page, named after the indicator."""
    with st.container(border=True, key=f"card-{item.indicator_id}", height="stretch"):
        st.html(item.body)
        navigation.link("indicator", t(lang, "card_details", name=item.name), lang,
                        icon=":material/show_chart:", id=item.indicator_id)


def main() -> None:
    """Show the overview page."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:  # the entry point shows the invalid-data view instead
        return
    layout.kicker(t(lang, "overview_kicker"))
    st.title(t(lang, "app_title"), anchor=False)
    navigation.share("overview", lang)
    counts = t(lang, "overview_counts", observations=len(catalogue.rows or []),
               indicators=len(catalogue.indicators), sources=len(catalogue.sources))
    st.html(f'<div class="hi-intro"><p class="hi-lead">{escape_html(t(lang, "overview_lead"))}</p>'
            f'<p class="hi-note">{escape_html(t(lang, "overview_caveat"))}</p>'
            f'<p class="hi-muted">{escape_html(counts)}</p></div>')
    for theme, cards in cards_by_theme(catalogue, lang):
        st.html(f'<h2 class="hi-theme">{escape_html(wording.theme_text(theme.value, lang))}</h2>')
        for start in range(0, len(cards), CARDS_PER_ROW):
            columns = st.columns(CARDS_PER_ROW, gap="medium")
            for column, item in zip(columns, cards[start : start + CARDS_PER_ROW], strict=False):
                with column:
                    show_card(item, lang)


main()
