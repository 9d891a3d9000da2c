"""Coverage: every number of every article claimed by an observation or dismissed with a reason."""

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.coverage import Claim, coverage
from indicators.model import Dataset
from indicators.provenance import Evidence
from tests.factories import make_indicator, make_observation, make_source

FIXTURES = Path(__file__).parent / "fixtures"


def test_each_mention_of_the_fixture_is_accounted_for() -> None:
    result = check_file(FIXTURES / "valid.yaml")
    (article,) = result.coverage
    accounted = {claim.mention.text: (claim.observations, claim.dismissal) for claim in article.claims}
    assert accounted == {
        "2023": ((), "the reporting year, named in the headline and the text"),
        "05/01/2024": ((), "the date of the article"),
        "24,1 triệu lượt khách": (("visitors-2023",), None),
        "4,1 triệu lượt khách": (("international-visitors-2023",), None),
        "2.915 triệu USD": (("fdi-2023",), None),
    }
    assert (article.total, article.claimed, article.dismissed, article.percent) == (7, 3, 4, 100.0)


def test_real_articles_are_fully_covered_and_have_numbers() -> None:
    result = check_file(DATA_FILE)
    assert len(result.coverage) == 5
    for article in result.coverage:
        assert article.total >= 5, article.file
        assert article.claimed >= 1, article.file
        assert article.percent == 100.0, article.file


def test_famous_figures_are_claimed_by_their_observations() -> None:
    result = check_file(DATA_FILE)
    claims = {(a.file, c.mention.text): c.observations for a in result.coverage for c in a.claims}
    assert claims[("002_edea8bff8a7faee0.txt", "2.067 triệu USD")] == ("fdi-2024-daidien",)
    assert claims[("000_83efd10d3bcf04ee.txt", "4,29 tỷ USD")] == ("fdi-2025-ngangtam",)
    assert claims[("004_789472c1320f9bd2.txt", "8,67 tỷ USD")] == ("fdi-2019-doingoai",)


TEXT = "Năm 2023 đạt 5 tỷ USD và 7 tỷ USD, hơn 9 dự án, ngày 05/01/2024."


def _dataset(spans: list[tuple[int, int]]) -> tuple[Dataset, dict[str, Evidence]]:
    observations = [make_observation(id=f"o{index}") for index in range(len(spans))]
    dataset = Dataset.model_validate(
        {
            "version": 1,
            "sources": [make_source()],
            "indicators": [make_indicator()],
            "observations": observations,
            "dismissed": [{"source": "s", "text": "05/01/2024", "reason": "the date of the article"}],
        }
    )
    return dataset, {f"o{index}": Evidence((0, len(TEXT)), span) for index, span in enumerate(spans)}


def test_a_mention_is_claimed_by_every_figure_it_overlaps() -> None:
    # o0 covers both amounts, o1 the second one only, o2 the year; nothing claims "9 dự án".
    dataset, evidence = _dataset([(13, 33), (29, 33), (4, 8)])
    (article,) = coverage(dataset, {"s": TEXT}, evidence)
    accounted = {claim.mention.text: (claim.observations, claim.dismissal) for claim in article.claims}
    assert accounted == {
        "2023": (("o2",), None),
        "5 tỷ USD": (("o0",), None),
        "7 tỷ USD": (("o0", "o1"), None),
        "9 dự án": ((), None),
        "05/01/2024": ((), "the date of the article"),
    }


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, len(TEXT))), max_size=8))
def test_owners_are_the_figures_overlapping_each_mention(spans: list[tuple[int, int]]) -> None:
    spans = [(start, min(len(TEXT), start + length)) for start, length in spans]
    dataset, evidence = _dataset(spans)
    (article,) = coverage(dataset, {"s": TEXT}, evidence)
    ordered = sorted((start, end, f"o{index}") for index, (start, end) in enumerate(spans))
    for claim in article.claims:
        mention = claim.mention
        assert claim.observations == tuple(
            obs_id for start, end, obs_id in ordered if start < mention.end and mention.start < end
        )


def test_claims_are_named_records() -> None:
    dataset, evidence = _dataset([(13, 33)])
    (article,) = coverage(dataset, {"s": TEXT}, evidence)
    for claim in article.claims:
        built = Claim(claim.mention, claim.observations, claim.dismissal)
        assert claim == built
        assert (repr(claim), hash(claim)) == (repr(built), hash(built))
        assert claim.explained == bool(claim.observations or claim.dismissal)
        assert pickle.loads(pickle.dumps(claim)) == claim
