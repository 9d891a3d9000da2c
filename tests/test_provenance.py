"""Each observation proven from its article: quote, figure, value, unit and qualifier."""

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.model import Dataset
from indicators.provenance import Evidence, check_observation, check_sources
from indicators.scan import Mention, find_mentions
from indicators.text import normalise_plain
from indicators.vietnamese.read import read_quantity
from tests.factories import make_indicator, make_observation, make_source

TEXT = (
    "Vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 8,67 tỷ USD, cao nhất. "
    "Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27% cùng kỳ năm trước. "
    "Tổng thu ngân sách ước tính đạt 120,5% dự toán, cụ thể là khoảng 500.000 tỷ VND. "
    "Thành phố đứng thứ hai cả nước, đã hoàn thành 23/24 chỉ tiêu."
)
FDI_QUOTE = "Vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 8,67 tỷ USD"
GROWTH = make_indicator(id="growth", unit="percent", theme="economy")
BUDGET = make_indicator(id="budget", unit="VND", theme="economy")
RANK = make_indicator(id="rank", unit="rank")
TARGETS = make_indicator(id="targets", unit="targets", theme="economy")


def check(indicator: Any = None, text: str = TEXT, **overrides: Any) -> tuple[list[str], Evidence | None]:
    found: list[str] = []
    observation = make_observation(**{"quote": FDI_QUOTE, **overrides})
    evidence = check_observation(
        observation,
        indicator or make_indicator(),
        make_source(),
        text,
        lambda obs, field, message: found.append(f"{field}: {message}"),
    )
    return found, evidence


def test_a_proven_observation_locates_quote_and_figure() -> None:
    problems, evidence = check()
    assert problems == []
    assert evidence is not None
    assert TEXT[slice(*evidence.quote_span)] == FDI_QUOTE
    assert TEXT[slice(*evidence.figure_span)] == "8,67 tỷ USD"


@pytest.mark.parametrize(
    ("indicator", "overrides", "expected"),
    [
        (
            None,
            {"value": 867000000},
            "value: expected 8670000000 as the quote says ('8,67 tỷ USD'), found 867000000",
        ),
        (
            None,
            {"quote": "năm 2019 đạt 8,76 tỷ USD"},
            "quote: expected a passage of s.txt, found a "
            'quote that is not in it (closest: "năm 2019 đạt 8,67 tỷ USD")',
        ),
        (None, {"figure": "8,76 tỷ USD"}, "figure: expected a part of the quote, found '8,76 tỷ USD'"),
        (
            None,
            {"qualifier": "estimate"},
            "qualifier: expected only hedges the quote states, found estimate with no such word in the quote",
        ),
        (
            GROWTH,
            {"quote": "Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27%", "figure": "6,52%", "value": 6.52},
            "qualifier: expected projected (the hedge before the figure), found exact",
        ),
        (
            GROWTH,
            {"quote": "Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27%", "value": 6.52},
            "figure: expected the part of the quote that states the value, found 2 numbers in the quote "
            "('6,52%', '6,27%'): name it in 'figure'",
        ),
        (
            GROWTH,
            {"quote": FDI_QUOTE},
            "figure: expected a figure in percent (the unit of growth), found '8,67 tỷ USD' in USD",
        ),
        (
            RANK,
            {"quote": "Thành phố đứng thứ hai cả nước", "figure": "đứng thứ hai", "value": 2},
            "reading: expected how the words 'đứng thứ hai' were read as 2, found none",
        ),
        (
            TARGETS,
            {"quote": "đã hoàn thành 23/24 chỉ tiêu", "figure": "23/24", "value": 23},
            "out_of: expected 24 as the quote says ('23/24'), found none",
        ),
        (
            make_indicator(definitions={"registered": {"vi": "đăng ký", "en": "registered"}}),
            {},
            "definition: expected one of registered (the indicator has several definitions), found none",
        ),
        (
            None,
            {"definition": "registered"},
            "definition: expected one of none (the indicator has one definition), found 'registered'",
        ),
        # A figure read from words is not read again: its value must still be one its unit can show.
        (
            RANK,
            {
                "quote": "Thành phố đứng thứ hai cả nước",
                "figure": "đứng thứ hai",
                "value": 1.5,
                "reading": {"vi": "thứ hai", "en": "second"},
            },
            "value: expected a whole number of at least 1 for a rank (the unit of rank), found 1.5",
        ),
        (
            RANK,
            {
                "quote": "Thành phố đứng thứ hai cả nước",
                "figure": "đứng thứ hai",
                "value": 0,
                "reading": {"vi": "thứ hai", "en": "second"},
            },
            "value: expected a whole number of at least 1 for a rank (the unit of rank), found 0",
        ),
        (
            RANK,
            {
                "quote": "Thành phố đứng thứ hai cả nước",
                "figure": "đứng thứ hai",
                "value": 2,
                "out_of": 63,
                "reading": {"vi": "thứ hai", "en": "second"},
            },
            "out_of: expected no out_of: rank is counted in rank, not in a count of things, found 63",
        ),
    ],
)
def test_each_way_an_observation_can_be_wrong(
    indicator: Any, overrides: dict[str, Any], expected: str
) -> None:
    problems, _ = check(indicator, **overrides)
    assert expected in problems


@pytest.mark.parametrize(
    ("indicator", "overrides"),
    [
        (
            GROWTH,
            {
                "quote": "Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27% cùng kỳ năm trước",
                "figure": "6,27%",
                "value": 6.27,
                "period": "2023",
            },
        ),
        (GROWTH, {"quote": "Tốc độ tăng trưởng dự kiến đạt 6,52%", "value": 6.52, "qualifier": "projected"}),
        (
            BUDGET,
            {
                "quote": "Tổng thu ngân sách ước tính đạt 120,5% dự toán, cụ thể là khoảng 500.000 tỷ VND",
                "figure": "khoảng 500.000 tỷ VND",
                "value": 500_000_000_000_000,
                "qualifier": ["approximately", "estimate"],
            },
        ),
        (
            RANK,
            {
                "quote": "Thành phố đứng thứ hai cả nước",
                "figure": "đứng thứ hai",
                "value": 2,
                "reading": {"vi": "thứ hai = 2", "en": "second = 2"},
            },
        ),
        (TARGETS, {"quote": "đã hoàn thành 23/24 chỉ tiêu", "figure": "23/24", "value": 23, "out_of": 24}),
    ],
)
def test_observations_the_articles_support(indicator: Any, overrides: dict[str, Any]) -> None:
    problems, evidence = check(indicator, **overrides)
    assert problems == []
    assert evidence is not None


def test_unknown_source_stops_before_the_text() -> None:
    found: list[str] = []
    evidence = check_observation(
        make_observation(),
        make_indicator(),
        None,
        None,
        lambda obs, field, message: found.append(f"{field}: {message}"),
    )
    assert evidence is None
    assert found == ["source: expected a known source id, found 's'"]


# --- a figure the scanner read as one number is not read again ----------------------------------

_ARTICLES = sorted((Path(__file__).parent.parent / "data" / "sources").glob("*.txt"))
_WORDS = [
    *" " * 6,
    "\n",
    ",",
    ".",
    "/",
    "%",
    "(",
    "Năm",
    "đạt",
    "khoảng ",
    "hơn ",
    "gần ",
    "thứ ",
    "gấp ",
    "lần",
    "5",
    "23",
    "2019",
    "8,67",
    "2.067",
    "108.900",
    "1.2.3",
    "23/24",
    "5/3/2023",
    "2016-2020",
    "C40",
    "tỷ",
    "triệu",
    "nghìn",
    "trăm",
    "USD",
    "đồng",
    "lượt khách",
    "chỉ tiêu",
    "dự án",
    "nước",
    "nước ngoài",
    "người",
    "năm",
    "phần trăm",
    "hai",
    "mươi",
    "x",
    "×",
]


def _value_mentions(text: str) -> list[Mention]:
    return [
        m
        for m in find_mentions(text)
        if m.kind in {"quantity", "ordinal", "fraction"}
        and any(char.isdigit() for char in m.text)
        and m.text == normalise_plain(m.text)
    ]


def _reads_alike(mention: Mention) -> None:
    quantity = read_quantity(mention.text)
    assert (quantity.value, quantity.unit, quantity.out_of) == (
        mention.value,
        mention.unit,
        mention.out_of,
    ), mention


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda path: path.name[:3])
def test_a_mention_reads_alone_as_the_scanner_read_it_in_the_article(path: Path) -> None:
    mentions = _value_mentions(path.read_text(encoding="utf-8"))
    assert mentions
    for mention in mentions:
        _reads_alike(mention)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_WORDS), max_size=20))
def test_a_mention_reads_alone_as_the_scanner_read_it(pieces: list[str]) -> None:
    for mention in _value_mentions("".join(pieces)):
        _reads_alike(mention)


def test_a_figure_named_in_the_observation_is_read_from_its_mention_too() -> None:
    problems, evidence = check(
        BUDGET,
        quote="cụ thể là khoảng 500.000 tỷ VND",
        figure="500.000 tỷ VND",
        value=500_000_000_000_000,
        qualifier="approximately",
    )
    assert problems == []
    assert evidence is not None
    problems, _ = check(
        BUDGET,
        quote="cụ thể là khoảng 500.000 tỷ VND",
        figure="500.000 tỷ VND",
        value=5,
        qualifier="approximately",
    )
    assert problems == ["value: expected 500000000000000 as the quote says ('500.000 tỷ VND'), found 5"]


@pytest.mark.parametrize("given_normal", [False, True])
def test_a_source_names_only_what_its_text_says(given_normal: bool) -> None:
    sources = (
        make_source(headline="Vốn đầu tư\n nước ngoài của  Hà Nội", publisher="Báo Hà Nội Mới"),
        make_source(id="t", file="t.txt", author="Thành phố đứng thứ hai", published_basis="inferred"),
    )
    dataset = Dataset.model_construct(version=1, sources=sources, indicators=(), observations=())
    texts = {"s": TEXT, "t": TEXT}
    found: list[str] = []
    normal = {source_id: normalise_plain(text) for source_id, text in texts.items()}
    check_sources(
        dataset,
        texts,
        lambda source, field, message: found.append(f"{source.id} {field}: {message}"),
        normal if given_normal else None,
    )
    assert found == [
        "s publisher: expected text that occurs in s.txt, found 'Báo Hà Nội Mới'",
        "t published_note: expected how the date was inferred, found none",
    ]
