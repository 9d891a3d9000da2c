"""The rules that keep comparisons, headlines and periods to what the articles support."""

from __future__ import annotations

from typing import Any

import pytest

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.model import Dataset, Indicator, Observation, Source
from indicators.rules import Breach, breaches, latest_result, sentence_of
from tests.factories import make_indicator, make_observation, make_source


def source(**overrides: Any) -> Source:
    return make_source(**{"id": "a", "file": "a.txt", "published": "2024-12-11", **overrides})


def indicator(**overrides: Any) -> Indicator:
    return make_indicator(**overrides)


def observation(**overrides: Any) -> Observation:
    figure = {
        "id": "fdi-2024",
        "period": "2024",
        "value": 2067000000,
        "source": "a",
        "quote": "Năm 2024, thành phố thu hút được 2.067 triệu USD vốn FDI",
    }
    return make_observation(**{**figure, **overrides})


def found(
    *observations: Observation, indicators: tuple[Indicator, ...] = (), sources: tuple[Source, ...] = ()
) -> list[Breach]:
    dataset = Dataset.model_construct(
        version=1,
        sources=sources or (source(), source(id="b", file="b.txt", published="2025")),
        indicators=indicators or (indicator(),),
        observations=observations,
        dismissed=(),
    )
    return list(breaches(dataset, {obs.id: obs.quote for obs in observations}))


def test_the_real_dataset_keeps_every_rule() -> None:
    result = check_file(DATA_FILE)
    assert result.dataset is not None and len(result.dataset.observations) > 40
    sentences = {
        obs.id: sentence_of(result.texts[obs.source], result.evidence[obs.id].quote_span)
        for obs in result.dataset.observations
    }
    assert list(breaches(result.dataset, sentences)) == []


def test_figures_from_two_articles_name_their_definitions_unless_there_is_one() -> None:
    two = (
        observation(),
        observation(id="fdi-2025", period="2025", source="b", quote="Năm 2025, Hà Nội đạt 4,29 tỷ USD"),
    )
    assert [b.record for b in found(*two)] == ["fdi-2024", "fdi-2025"]
    assert found(*two, indicators=(indicator(one_definition=True),)) == []
    assert found(two[0]) == [], "one article: its figures share its definition"


def test_one_definition_contradicts_named_definitions() -> None:
    named = {"registered": {"vi": "đăng ký", "en": "registered"}}
    claimed = indicator(one_definition=True, definitions=named)
    assert [
        (b.record, b.field) for b in found(observation(definition="registered"), indicators=(claimed,))
    ] == [("fdi", "one_definition")]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"doubt": {"vi": "x", "en": "x"}},
            "expected a latest figure that is not in doubt, found fdi-2025 (doubted)",
        ),
        (
            {"reading": {"vi": "x", "en": "x"}, "figure": "hai con số"},
            "expected a latest figure stated in numbers, found fdi-2025 (read from the words 'hai con số')",
        ),
    ],
)
def test_a_headline_shows_no_doubted_or_worded_latest_figure(overrides: dict[str, Any], message: str) -> None:
    latest = observation(id="fdi-2025", period="2025", quote="Năm 2025, Hà Nội đạt 4,29 tỷ USD", **overrides)
    headline = (indicator(headline=True),)
    assert [b.message for b in found(observation(), latest, indicators=headline)] == [message]
    assert found(observation(), latest) == [], "off the overview, a doubted figure is allowed"


def test_the_latest_result_leaves_out_targets_and_figures_with_no_period() -> None:
    target = observation(id="t", period="2030", qualifier="target", quote="mục tiêu năm 2030")
    undated = observation(id="u", period=None)
    plain = observation()
    sources = {"a": source()}
    assert latest_result([plain, target, undated], sources) == plain
    assert latest_result([target, undated], sources) is None


@pytest.mark.parametrize(
    ("period", "published", "note", "expected"),
    [
        (
            "2020",
            "2020-11-06",
            {"vi": "x", "en": "x"},
            "expected a state as of the article's date or a total "
            "to it (the quote says 'Đến nay'), found '2020'",
        ),
        ("2020-11-06", "2020-11-06", None, None),
        ("../2020", "2020", None, None),
        (
            "2020-11-06",
            "2020",
            None,
            "expected no more precision than the article's date ('2020'), as "
            "'../2020', or a note saying where the day comes from, found '2020-11-06'",
        ),
        ("2020-11-06", "2020", {"vi": "x", "en": "x"}, None),
        ("2016/2020-11-06", "2020-11-06", None, None),
    ],
)
def test_a_to_date_figure_is_a_state_or_a_total_no_more_precise_than_its_article(
    period: str, published: str, note: dict[str, str] | None, expected: str | None
) -> None:
    obs = observation(
        period=period, quote="Đến nay, Hà Nội đã có quan hệ hợp tác với hơn 100 thủ đô", note=note
    )
    messages = [b.message for b in found(obs, sources=(source(published=published),))]
    assert messages == ([expected] if expected else [])


def test_a_year_is_in_the_sentence_or_explained() -> None:
    silent = observation(quote="Vốn FDI đăng ký đạt 2.067 triệu USD")
    assert [b.field for b in found(silent)] == ["period"]
    assert found(silent.model_copy(update={"note": observation(note={"vi": "x", "en": "x"}).note})) == []
    dataset = Dataset.model_construct(
        version=1, sources=(source(),), indicators=(indicator(),), observations=(silent,), dismissed=()
    )
    sentence = "Trong năm 2024, vốn FDI đăng ký đạt 2.067 triệu USD."
    assert list(breaches(dataset, {silent.id: sentence})) == []
    assert list(breaches(dataset, {})) == [], "no sentence (the quote was not found): nothing to judge"


@pytest.mark.parametrize(
    ("text", "span", "sentence"),
    [
        ("Một. Vốn đạt 2.067 triệu USD. Ba.", (9, 28), "Vốn đạt 2.067 triệu USD."),
        ("Năm 2024, vốn đạt 2,5 tỷ USD\nDòng sau.", (10, 28), "Năm 2024, vốn đạt 2,5 tỷ USD\n"),
        ("Không có dấu chấm", (0, 5), "Không có dấu chấm"),
    ],
)
def test_sentence_of_reads_to_the_sentence_marks_around_a_span(
    text: str, span: tuple[int, int], sentence: str
) -> None:
    assert sentence_of(text, span).strip() == sentence.strip()
