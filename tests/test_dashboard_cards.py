"""An overview card says its indicator's latest figure, its quote's link and its trend, escaped."""

from __future__ import annotations

import dataclasses

import pytest
from markupsafe import escape

from dashboard.cards import card_of, cards_by_theme, intro_html, target_html, theme_heading
from dashboard.data import Catalogue
from dashboard.i18n import t
from dashboard.wording import change_sentence, results_only
from indicators.model import Qualifier, Text, Theme
from indicators.periods import Period
from tests.factories import make_indicator
from tests.markup_data import HOSTILE, MARKUP, assert_inert, elements


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_card_with_markup_in_its_name_shows_it_as_text(marked: Catalogue, lang: str) -> None:
    indicator = marked.indicators["fdi"]
    assert MARKUP in indicator.name.get(lang)
    card = card_of(indicator, marked.by_indicator["fdi"], lang)
    assert_inert(card.body)
    assert f'<p class="hi-card-name">{escape(indicator.name.get(lang))}</p>' in card.body
    assert "**đậm** $x^y$" in card.body  # Markdown and LaTeX mean nothing in HTML: shown as written
    (link,) = [attributes for tag, attributes in elements(card.body) if tag == "a"]
    assert link["href"] == f"./source?id=mini-2024&obs=fdi-2023&lang={lang}"
    assert MARKUP in str(link["aria-label"])  # named after the indicator, read back as written
    assert card.name == indicator.name.get(lang) and card.indicator_id == "fdi"


def test_a_card_reads_name_value_period_quote_change_trend_in_order(real: Catalogue) -> None:
    indicator = make_indicator(id="fdi", name={"vi": HOSTILE, "en": HOSTILE})
    card = card_of(indicator, real.by_indicator["fdi"], "en")
    assert_inert(card.body)
    found = elements(card.body)
    classes = [attributes.get("class") for tag, attributes in found if tag in ("p", "img")]
    kind, sentence = change_sentence(results_only(real.by_indicator["fdi"]), "en")
    change = "hi-reason" if kind == "reason" else f"hi-change {kind}"
    assert classes == ["hi-card-name", "hi-card-value", "hi-card-meta", "hi-card-quote", change, "hi-spark"]
    assert f'<p class="{change}">{escape(sentence)}</p>' in card.body
    (image,) = [attributes for tag, attributes in found if tag == "img"]
    assert image["alt"] == t("en", "card_trend", name=HOSTILE)  # escaped, and read back as written
    assert card.body.count(str(escape(HOSTILE))) == 2, "the name and the link's name"


def test_a_card_names_its_definition_only_where_the_indicator_has_several(real: Catalogue) -> None:
    fdi = real.by_indicator["fdi"]
    assert real.indicators["fdi"].definitions
    with_definition = card_of(real.indicators["fdi"], fdi, "en").body
    without = card_of(make_indicator(id="fdi"), fdi, "en").body

    def meta(html: str) -> int:
        return [attributes.get("class") for _, attributes in elements(html)].count("hi-card-meta")

    assert meta(with_definition) == meta(without) + 1


def test_a_card_names_the_latest_target_beside_the_results(real: Catalogue) -> None:
    rows = real.by_indicator["fdi"]
    assert target_html(rows, "en") == ""
    goal = dataclasses.replace(
        rows[-1],
        qualifiers=(Qualifier.TARGET,),
        period=Period.parse("2030"),
        note=Text(vi=HOSTILE, en=HOSTILE),
    )
    line = target_html([*rows, goal], "en")
    assert line.startswith('<p class="hi-card-meta">') and "2030" in line
    assert target_html([goal], "en") == "", "a card of targets only shows the target itself"


def test_the_cards_are_grouped_by_theme_and_worked_out_once(real: Catalogue) -> None:
    groups = cards_by_theme(real, "vi")
    assert [theme for theme, _ in groups] == [theme for theme in Theme if theme in {t for t, _ in groups}]
    headline = {i.id for i in real.indicators.values() if i.headline and real.by_indicator.get(i.id)}
    assert {card.indicator_id for _, cards in groups for card in cards} == headline
    assert cards_by_theme(real, "vi") is groups


def test_the_introduction_and_a_themes_heading() -> None:
    html = intro_html("en", 80, 40, 5)
    assert [attributes.get("class") for _, attributes in elements(html)] == [
        "hi-intro",
        "hi-lead",
        "hi-note",
        "hi-muted",
    ]
    assert "80" in html and "These are not official statistics." in html
    assert theme_heading(Theme.DIPLOMACY, "en") == '<h2 class="hi-theme">Partners &amp; diplomacy</h2>'
