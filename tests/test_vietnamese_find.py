"""Finding every quantity, ordinal and fraction of a text (indicators.vietnamese.find)."""

from __future__ import annotations

import doctest
import itertools
import pickle
from decimal import Decimal
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.vietnamese import candidates, find
from indicators.vietnamese.find import Quantity, QuantitySpan, find_quantities
from indicators.vietnamese.read import read_quantity

D = Decimal


@pytest.mark.parametrize("module", [find, candidates])
def test_module_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_found_quantities_are_named_records() -> None:
    [span] = find_quantities("khoảng 23/24 chỉ tiêu")
    assert span == QuantitySpan(7, 21, "fraction", D(23), "targets", ("approximately",), D(24))
    assert span.quantity == Quantity(D(23), "targets", ("approximately",), D(24))
    assert span.quantity == read_quantity("khoảng 23/24 chỉ tiêu")
    assert pickle.loads(pickle.dumps(span)) == span
    with pytest.raises(AttributeError):
        span.value = D(1)  # type: ignore[misc]
    assert read_quantity("gần 3 tỷ USD") == Quantity(D(3_000_000_000), "USD", ("nearly",))


def test_strict_reading_refuses_a_numeral_that_is_no_number() -> None:
    assert find_quantities("có 8,6,7 dự án") == ()
    with pytest.raises(ValueError, match="8,6,7"):
        find_quantities("có 8,6,7 dự án", strict=True)
    with pytest.raises(ValueError, match="'fr'"):
        find_quantities("5", "fr")


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                *"0123456789.,/%-: ahimnstuyđôơưàáảãạăâếệốờ",
                "thứ ",
                "gấp ",
                "hơn ",
                "tỷ ",
                "năm ",
                "hai ",
                "mươi ",
                "lần",
            ]
        ),
        max_size=30,
    )
)
def test_find_quantities_never_fails_on_noise(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = find_quantities(text)
    for previous, span in itertools.pairwise(spans):
        assert previous.end <= span.start
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
