"""The overview's cards, as escaped ``Markup``: one headline indicator's latest figure, its period,
change and trend, with a link to its quote in the article; and the page's introduction.

A card's HTML reads::

    <p class="hi-card-name">Foreign direct investment attracted</p>
    <p class="hi-card-value">US$4.29 billion</p>
    <p class="hi-card-meta"><span class="hi-chip">2025</span></p>
    <p class="hi-card-meta">registered capital</p>                  (an indicator with definitions)
    <p class="hi-card-quote"><a href="./source?id=…&amp;obs=…&amp;lang=en" aria-label="…">Quote in …</a></p>
    <p class="hi-change up">…</p>  or  <p class="hi-reason">…</p>
    <p class="hi-card-meta">Target …</p>                            (when a target is named)
    <img class="hi-spark" src="data:image/svg+xml,…" alt="…">      (a trend of two or more figures)

What a card says depends only on the data and the language, so :func:`cards_by_theme` works the
cards out once per data file and language (:meth:`dashboard.data.Catalogue.memo`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from dashboard import blocks, wording
from dashboard.i18n import t
from dashboard.urls import href
from indicators.charts import sparkline
from indicators.compare import latest_comparable
from indicators.model import Indicator, Theme
from indicators.view import ObservationView, report_order

if TYPE_CHECKING:
    from dashboard.data import Catalogue

_NAME = Markup('<p class="hi-card-name">{}</p>')
_VALUE = Markup('<p class="hi-card-value">{}</p>')
_CHIPS = Markup('<p class="hi-card-meta"><span class="hi-chip">{}</span></p>')
_QUOTE = Markup('<p class="hi-card-quote"><a href="{}" aria-label="{}">{}</a></p>')


@dataclass(frozen=True)
class Card:
    """One headline indicator's card, worked out: its HTML (escaped, with the link to its quote)."""

    indicator_id: str
    name: str
    body: Markup


def change_html(views: Sequence[ObservationView], lang: str) -> Markup:
    """Return the card's change (or why there is none) as escaped HTML."""
    kind, sentence = wording.change_sentence(views, lang)
    return blocks.paragraph(sentence, "hi-reason" if kind == "reason" else f"hi-change {kind}")


def target_html(every: Sequence[ObservationView], lang: str) -> Markup:
    """Return a line naming the latest target, when the card shows a result instead."""
    goals = wording.targets(every)
    if not goals or len(goals) == len(every):
        return Markup("")
    goal = max(goals, key=report_order)
    text = t(
        lang,
        "card_target",
        period=wording.period_text(goal.period, lang),
        value=wording.value_text(goal, lang),
    )
    return blocks.paragraph(text, "hi-card-meta")


def quote_link(latest: ObservationView, indicator: Indicator, lang: str) -> Markup:
    """Return the link to the figure's quote in its article, named for a screen reader by the
    indicator too (several cards may cite one article's date)."""
    where = href("source", lang, id=latest.source.id, obs=latest.id)
    date = wording.date_text(latest.source.published, lang)
    return _QUOTE.format(
        where,
        t(lang, "card_quote_of", date=date, name=indicator.name.get(lang)),
        t(lang, "card_quote", date=date),
    )


def trend_html(views: Sequence[ObservationView], indicator: Indicator, lang: str) -> Markup:
    """Return the card's tiny trend as an image, or nothing with fewer than two comparable figures."""
    trend = sparkline(views)
    if trend is None:
        return Markup("")
    # Sparkline.img draws numbers only and escapes its alt text and its data: address itself.
    return Markup(trend.img(t(lang, "card_trend", name=indicator.name.get(lang))))


def card_of(indicator: Indicator, every: Sequence[ObservationView], lang: str) -> Card:
    """Work out one headline indicator's card: latest value, period, qualifier, change and trend.

    The latest figure is the latest dated result that is neither doubted nor read from words
    (``python -m indicators check`` refuses a headline indicator whose latest result is either);
    its hedge words stand in the value itself. A target ('mục tiêu') is named on a line of its own.
    """
    results = wording.results_only(every)
    latest = latest_comparable(results)[0]
    parts = [
        _NAME.format(indicator.name.get(lang)),
        _VALUE.format(wording.value_text(latest, lang)),
        _CHIPS.format(wording.period_text(latest.period, lang)),
    ]
    if indicator.definitions and latest.definition:
        parts.append(blocks.paragraph(wording.definition_name(latest.definition_text(lang)), "hi-card-meta"))
    parts += [
        quote_link(latest, indicator, lang),
        change_html(results, lang),
        target_html(every, lang),
        trend_html(results, indicator, lang),
    ]
    return Card(indicator.id, indicator.name.get(lang), Markup("").join(parts))


def cards_by_theme(catalogue: Catalogue, lang: str) -> list[tuple[Theme, list[Card]]]:
    """Return the headline cards grouped by theme, in the themes' order (worked out once)."""

    def build() -> list[tuple[Theme, list[Card]]]:
        groups = []
        for theme in Theme:
            members = [
                indicator
                for indicator in catalogue.indicators.values()
                if indicator.headline
                and indicator.theme is theme
                and catalogue.by_indicator.get(indicator.id)
            ]
            if members:
                groups.append(
                    (
                        theme,
                        [
                            card_of(indicator, catalogue.by_indicator[indicator.id], lang)
                            for indicator in members
                        ],
                    )
                )
        return groups

    return catalogue.memo(("overview", lang), build)


def intro_html(lang: str, observations: int, indicators: int, sources: int) -> Markup:
    """Return the overview's introduction: what the figures are, what they are not, and how many."""
    counts = t(lang, "overview_counts", observations=observations, indicators=indicators, sources=sources)
    return Markup('<div class="hi-intro">{}</div>').format(
        blocks.paragraph(t(lang, "overview_lead"), "hi-lead")
        + blocks.paragraph(t(lang, "overview_caveat"), "hi-note")
        + blocks.paragraph(counts, "hi-muted")
    )


def theme_heading(theme: Theme, lang: str) -> Markup:
    """Return a theme's heading over its cards."""
    return Markup('<h2 class="hi-theme">{}</h2>').format(wording.theme_text(theme.value, lang))
