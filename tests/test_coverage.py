"""Coverage: every number of every article claimed by an observation or dismissed with a reason."""

from pathlib import Path

from indicators import DATA_FILE
from indicators.check import check_file

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
    assert (article.total, article.claimed, article.dismissed, article.percent) == (6, 3, 3, 100.0)


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
