"""The records' rules: strict fields, qualifiers, periods, ids."""

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from indicators.model import Qualifier
from indicators.periods import PeriodKind
from tests.factories import make_indicator, make_observation, make_source


def errors(factory: Any, **overrides: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        factory(**overrides)
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in info.value.errors()]


def test_a_valid_observation() -> None:
    observation = make_observation(qualifier=["approximately", "estimate"], value=8.67)
    assert observation.value == Decimal("8.67")
    assert observation.qualifier == (Qualifier.APPROXIMATELY, Qualifier.ESTIMATE)
    assert observation.period is not None and observation.period.kind is PeriodKind.YEAR
    assert not observation.is_exact


def test_integer_year_is_a_period() -> None:
    period = make_observation(period=2019).period
    assert period is not None and period.text == "2019"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"id": "FDI 2019"}, "id", "String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'"),
        ({"id": "fdi-ü"}, "id", "String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'"),
        ({"value": "8,67"}, "value", "Value error, a number"),
        ({"value": True}, "value", "Value error, a number"),
        (
            {"qualifier": ["exact", "nearly"]},
            "qualifier",
            "Value error, 'exact' alone, or hedges without 'exact'",
        ),
        ({"qualifier": []}, "qualifier", "Value error, at least one qualifier"),
        ({"qualifier": ["nearly", "nearly"]}, "qualifier", "Value error, each qualifier once"),
        (
            {"qualifier": "roughly"},
            "qualifier.0",
            "Input should be 'exact', 'approximately', "
            "'nearly', 'more_than', 'less_than', 'at_least', 'estimate', 'projected' or 'target'",
        ),
        (
            {"period": "đến nay"},
            "period",
            "Value error, a period such as '2019', "
            "'2020-01/2020-09', '2016/2020', '2020-11-06', '../2020' or '2016/2020-11-06'",
        ),
        ({"period": ...}, "period", "Field required"),
        ({"quote": ""}, "quote", "String should have at least 1 character"),
        ({"quote": 5}, "quote", "Input should be a valid string"),
        ({"confidence": "high"}, "confidence", "Extra inputs are not permitted"),
        ({"source": ...}, "source", "Field required"),
    ],
)
def test_observation_errors(overrides: dict[str, Any], field: str, message: str) -> None:
    assert (field, message) in errors(make_observation, **overrides)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"published": "06/11/2020"}, "published"),
        ({"published": "2020-02-30"}, "published"),
        ({"published_basis": "guessed"}, "published_basis"),
        ({"file": "../../etc/passwd"}, "file"),
        ({"file": "/etc/passwd.txt"}, "file"),
        ({"file": "sub/dir.txt"}, "file"),
        ({"title": {"vi": "Bài"}}, "title.en"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "data:text/html,<script>alert(1)</script>"}, "url"),
        ({"url": "ftp://example.org/a.txt"}, "url"),
        ({"url": "//example.org/a"}, "url"),
        ({"url": "https://"}, "url"),
        ({"url": "https://example.org/a b"}, "url"),
        ({"url": 'https://example.org/"><img src=x onerror=alert(1)>'}, "url"),
        ({"url": "https://user:pass@example.org/"}, "url"),
        ({"url": "https://example.org:0/"}, "url"),
        ({"url": 42}, "url"),
        ({"accessed": "15/01/2026"}, "accessed"),
        ({"accessed": "2026-01"}, "accessed"),
        ({"accessed": "2026-02-30"}, "accessed"),
        ({"accessed": "2020-11-05"}, "accessed"),  # before the article's date, 2020-11-06
    ],
)
def test_source_errors(overrides: dict[str, Any], field: str) -> None:
    assert field in [loc for loc, _ in errors(make_source, **overrides)]


@pytest.mark.parametrize(
    ("url", "accessed"),
    [
        ("https://thethaovanhoa.vn/tiep-tuc-nang-cao-uy-tin.htm", "2026-01-15"),
        ("http://example.org/bai-viet?id=1&trang=2#doan-3", "2020-11-06"),
        (None, None),
    ],
)
def test_source_address_and_access_day(url: str | None, accessed: str | None) -> None:
    source = make_source(url=url, accessed=accessed)
    assert (source.url, source.accessed) == (url, accessed)


@pytest.mark.parametrize("published", ["2020", "2020-10", "2020-11-06"])
def test_partial_publication_dates(published: str) -> None:
    assert make_source(published=published).published == published


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"theme": "sport"}, "theme"), ({"headline": "yes"}, "headline"), ({"unit": 5}, "unit")],
)
def test_indicator_errors(overrides: dict[str, Any], field: str) -> None:
    assert field in [loc for loc, _ in errors(make_indicator, **overrides)]
