"""The units figures are counted in (indicators.vietnamese.units)."""

from __future__ import annotations

import doctest

from indicators.vietnamese import units
from indicators.vietnamese.units import UNITS, UnitCode, UnitKind


def test_module_examples() -> None:
    result = doctest.testmod(units, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_units_are_consistent() -> None:
    kinds = {"money", "percent", "count", "rank", "multiple", "rate"}
    assert set(UnitKind) == kinds
    assert list(UNITS) == list(UnitCode)  # every code has its unit, in the enum's order
    for code, unit in UNITS.items():
        assert unit.code == code
        assert unit.kind in kinds
        assert unit.vi_label
        assert unit.en_label
    required = {
        "USD",
        "VND",
        "percent",
        "visits",
        "visits_per_year",
        "countries",
        "cities",
        "agreements",
        "delegations",
        "projects",
        "events",
        "establishments",
        "targets",
        "rank",
        "times",
    }
    assert required <= set(UNITS)


def test_a_plain_string_finds_its_unit() -> None:
    assert UNITS["USD"] is UNITS[UnitCode.USD]
    assert UNITS["visits"].en_one == "visit"
