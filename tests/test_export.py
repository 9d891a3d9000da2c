"""The tidy table as files: exact numbers from the model, qualifiers as lists in JSON, empty cells."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from indicators import DATA_FILE
from indicators.check import CheckResult, check_file
from indicators.export import Cell, csv_cell, export_records, to_csv, to_json
from indicators.model import Observation
from indicators.table import COLUMNS
from indicators.vietnamese.numerals import plain_number
from indicators.view import ObservationView, observation_views
from tests.factories import make_view


@pytest.fixture(scope="module")
def checked() -> CheckResult:
    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None and result.ok
    return result


@pytest.fixture(scope="module")
def observations(checked: CheckResult) -> dict[str, Observation]:
    assert checked.dataset is not None
    return {obs.id: obs for obs in checked.dataset.observations}


@pytest.fixture(scope="module")
def views(checked: CheckResult) -> tuple[ObservationView, ...]:
    assert checked.dataset is not None
    return observation_views(checked.dataset, checked.evidence, checked.texts)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("3000"), "3000"),
        (Decimal("3000.0"), "3000"),
        (Decimal("5E+14"), "500000000000000"),
        (Decimal("8.670"), "8.67"),
        (Decimal("0.25"), "0.25"),
        (Decimal("0"), "0"),
    ],
)
def test_numbers_are_written_in_full(value: Decimal, text: str) -> None:
    assert plain_number(value) == text


def test_a_number_that_is_not_finite_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        plain_number(Decimal("NaN"))


def test_every_value_in_the_csv_is_the_models_exact_number(
    views: tuple[ObservationView, ...], observations: dict[str, Observation]
) -> None:
    records = list(csv.DictReader(io.StringIO(to_csv(export_records(views)))))
    assert len(records) == len(observations) > 0
    for record in records:
        obs = observations[record["obs_id"]]
        assert Decimal(record["value"]) == obs.value
        assert record["value"] == plain_number(obs.value)
        assert not record["value"].endswith(".0") and "E" not in record["value"].upper()
        assert record["qualifier"] == ";".join(q.value for q in obs.qualifier)
        assert record["exact"] in {"true", "false"}
    budget = next(r for r in records if r["obs_id"] == "budget-revenue-2024-daidien")
    assert (budget["value"], budget["qualifier"]) == ("500000000000000", "approximately;estimate")


def test_json_numbers_are_exact_and_qualifiers_are_lists(
    views: tuple[ObservationView, ...], observations: dict[str, Observation]
) -> None:
    text = to_json(export_records(views))
    assert '"value": 500000000000000,' in text
    assert "E+" not in text and "e+" not in text
    records = json.loads(text, parse_float=Decimal)
    assert [r["obs_id"] for r in records] == [view.id for view in views]
    for record in records:
        obs = observations[record["obs_id"]]
        assert isinstance(record["value"], int | Decimal) and record["value"] == obs.value
        assert record["qualifier"] == [q.value for q in obs.qualifier]
        assert isinstance(record["exact"], bool)
        assert list(record) == list(COLUMNS)


def test_a_value_curated_as_a_decimal_number_loses_no_digit_and_gains_none() -> None:
    view = make_view(value=Decimal("3000.0"), qualifier="approximately;estimate", out_of=24, unit="targets")
    record = export_records([view])[0]
    assert to_csv([record]).splitlines()[1].split(",")[COLUMNS.index("value")] == "3000"
    parsed = json.loads(to_json([record]))[0]
    assert (parsed["value"], parsed["out_of"]) == (3000, 24)
    assert parsed["qualifier"] == ["approximately", "estimate"]
    assert '"value": 3000,' in to_json([record])


def test_no_period_is_an_empty_cell_and_null_in_json() -> None:
    record = export_records([make_view(period=None)])[0]
    cells = next(csv.DictReader(io.StringIO(to_csv([record]))))
    empty = ("period", "period_kind", "period_start", "period_end", "year", "out_of")
    assert [cells[name] for name in empty] == [""] * len(empty)
    parsed = json.loads(to_json([record]))[0]
    assert [parsed[name] for name in empty] == [None] * len(empty)
    assert (parsed["quote_start"], parsed["quote_end"]) == (-1, -1), "no place in the article known"
    assert cells["value"] == "8670000000"


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (Decimal("2.067E+9"), "2067000000"),
        (("approximately", "estimate"), "approximately;estimate"),
        (-1, "-1"),
        ("gần 29 triệu", "gần 29 triệu"),
    ],
)
def test_csv_cells(cell: Cell, text: str) -> None:
    assert csv_cell(cell) == text


def test_no_records_is_an_empty_array_and_a_header() -> None:
    assert json.loads(to_json([])) == []
    assert to_csv([]).splitlines() == [",".join(COLUMNS)]
