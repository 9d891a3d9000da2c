"""The change between two hedged figures: worded from intervals, and true for every value they allow."""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.compare import Change, Interval, Measure, change, interval

SHAPES = ("exact", "approximately", "nearly", "more_than", "at_least", "less_than", "estimate", "projected")
TINY = Decimal("1e-9")


def samples(value: Decimal, codes: tuple[str, ...]) -> list[Decimal]:
    """Values a figure with these qualifiers allows: at and near its ends, and far beyond them."""
    if "more_than" in codes:
        return [value + TINY, value * Decimal("1.001"), value * 2, value * 1000, value * 10**15]
    if "at_least" in codes:
        return [value, value * Decimal("1.5"), value * 1000, value * 10**15]
    if "less_than" in codes:
        return [value - TINY, value * Decimal("0.999"), value / 2, TINY]
    if "nearly" in codes:  # just under the value: nominally the value, and never at it
        return [value - TINY]
    return [value]  # exact, or "about": its words are about its nominal value


def true_change(new: Decimal, old: Decimal, measure: Measure) -> Decimal:
    if measure == "places":
        return old - new
    if measure == "points":
        return new - old
    return (new / old - 1) * 100


def holds(claim: Change, truth: Decimal) -> bool:
    """Whether a true change agrees with what the words claim of it."""
    sign = 1 if truth > 0 else -1 if truth < 0 else 0
    if claim.direction == "same":
        return claim.amount == 0 and (sign == 0 or claim.wording == "about")
    if sign != (1 if claim.direction == "up" else -1):
        return False
    size = abs(truth)
    places = Decimal(1).scaleb(-{"percent": 1, "points": 2, "places": 0}[claim.measure])
    if claim.wording in ("exact", "about"):
        return size.quantize(places, rounding=ROUND_HALF_EVEN) == claim.amount
    if claim.wording == "more_than":
        return size > claim.amount
    if claim.wording == "at_least":
        return size >= claim.amount
    if claim.wording == "less_than":
        return size < claim.amount
    assert claim.wording == "between" and claim.upper is not None
    return claim.amount <= size <= claim.upper


@pytest.mark.parametrize(
    ("new", "new_codes", "old", "old_codes", "measure", "expected"),
    [
        # Visitors: 33.7 million in 2025 against "gần 29 triệu" in 2019.
        ("33700000", ("exact",), "29000000", ("nearly",), "percent", ("up", "more_than", "16.2")),
        ("7200000", ("exact",), "7100000", ("exact",), "percent", ("up", "exact", "1.4")),
        ("4290000000", ("exact",), "8670000000", ("exact",), "percent", ("down", "exact", "50.5")),
        ("97", ("approximately",), "100", ("exact",), "percent", ("down", "about", "3.0")),
        ("65", ("more_than",), "60", ("exact",), "percent", ("up", "more_than", "8.3")),
        ("65", ("more_than",), "70", ("exact",), "percent", None),  # a rise or a fall
        ("65", ("more_than",), "60", ("more_than",), "percent", None),  # unbounded both ways
        ("50", ("less_than",), "60", ("exact",), "percent", ("down", "more_than", "16.6")),
        ("50", ("exact",), "60", ("less_than",), "percent", None),
        ("120", ("at_least",), "100", ("exact",), "percent", ("up", "at_least", "20.0")),
        ("100", ("exact",), "100", ("exact",), "percent", ("same", "exact", "0.0")),
        ("100", ("nearly",), "100", ("exact",), "percent", ("same", "about", "0.0")),
        ("100", ("more_than",), "100", ("exact",), "percent", None),  # "more than +0 %" says nothing
        ("6.52", ("projected",), "6.27", ("exact",), "points", ("up", "about", "0.25")),
        ("2", ("exact",), "5", ("exact",), "places", ("up", "exact", "3")),
        ("5", ("exact",), "1", ("exact",), "places", ("down", "exact", "4")),
        ("10", ("exact",), "0", ("exact",), "percent", None),  # no percentage of nothing
    ],
)
def test_change_words(
    new: str,
    new_codes: tuple[str, ...],
    old: str,
    old_codes: tuple[str, ...],
    measure: Measure,
    expected: tuple[str, str, str] | None,
) -> None:
    found = change(interval(Decimal(new), new_codes), interval(Decimal(old), old_codes), measure)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.direction, found.wording, str(found.amount)) == expected


def test_nearly_is_just_below_and_more_than_above() -> None:
    assert interval(Decimal(29), ["nearly"]).high.strict
    assert interval(Decimal(29), ["nearly"]).low.about
    assert interval(Decimal(65), ["more_than"]).high.value is None
    assert interval(Decimal(58), ["approximately", "estimate"]) == Interval(
        interval(Decimal(58), ["approximately"]).low, interval(Decimal(58), ["estimate"]).high
    )


def check_against_brute_force(
    new: Decimal, new_codes: tuple[str, ...], old: Decimal, old_codes: tuple[str, ...], measure: Measure
) -> None:
    claim = change(interval(new, new_codes), interval(old, old_codes), measure)
    truths = [
        true_change(n, o, measure) for n, o in product(samples(new, new_codes), samples(old, old_codes))
    ]
    if claim is None:
        # Nothing is said only when the figures allow a rise and a fall, when a percentage would
        # start from zero, or when the change's size is known only to be above zero.
        places = Decimal(1).scaleb(-{"percent": 1, "points": 2, "places": 0}[measure])
        smallest = min(abs(t) for t in truths)
        assert (
            min(truths) <= 0 <= max(truths)
            or (measure == "percent" and old == 0)
            or smallest.quantize(places, rounding=ROUND_FLOOR) == 0
        ), f"nothing said of {truths[:4]}"
        return
    if claim.wording == "about":  # "about" speaks of the figures as stated, which are rounded
        truths = [true_change(new, old, measure)]
    failures = [t for t in truths if not holds(claim, t)]
    assert not failures, f"{claim} is not true of {failures[:3]}"


def test_every_qualifier_pair_against_brute_force() -> None:
    values = [Decimal(v) for v in ("1", "29", "33.7", "100", "120", "2067")]
    for new_code, old_code, measure in product(SHAPES, SHAPES, ("percent", "points", "places")):
        for new, old in product(values, values):
            check_against_brute_force(new, (new_code,), old, (old_code,), measure)  # type: ignore[arg-type]


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2)
qualifiers = st.sampled_from(
    [(code,) for code in SHAPES]
    + [("approximately", "estimate"), ("more_than", "projected"), ("nearly", "estimate")]
)


@settings(max_examples=400, deadline=None)
@given(amounts, qualifiers, amounts, qualifiers, st.sampled_from(["percent", "points", "places"]))
def test_change_is_true_of_every_value_the_figures_allow(
    new: Decimal, new_codes: tuple[str, ...], old: Decimal, old_codes: tuple[str, ...], measure: Measure
) -> None:
    check_against_brute_force(new, new_codes, old, old_codes, measure)
