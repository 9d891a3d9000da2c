"""The tidy table: one row per observation with its source and quote."""

from typing import Any, cast

import pandas as pd
import pytest

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.table import COLUMNS, observations_table


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    result = check_file(DATA_FILE)
    assert result.dataset is not None
    return observations_table(result.dataset, result.evidence, result.texts)


def test_one_row_per_observation_with_every_column(table: pd.DataFrame) -> None:
    result = check_file(DATA_FILE)
    assert result.dataset is not None
    assert len(table) == len(result.dataset.observations) > 0
    assert tuple(table.columns) == COLUMNS
    assert table["obs_id"].is_unique


def test_every_row_carries_source_and_a_quote_found_in_it(table: pd.DataFrame) -> None:
    result = check_file(DATA_FILE)
    rows = cast(list[dict[str, Any]], table.to_dict("records"))
    for row in rows:
        text = result.texts[row["source_id"]]
        assert 0 <= row["quote_start"] < row["quote_end"] <= len(text)
        assert row["figure"] in row["quote"]
        assert row["source_file"].endswith(".txt")


@pytest.mark.parametrize(
    ("obs_id", "value", "figure", "qualifier", "kind"),
    [
        ("fdi-2024-daidien", 2_067_000_000, "2.067 triệu USD", "exact", "year"),
        ("fdi-2019-doingoai", 8_670_000_000, "8,67 tỷ USD", "exact", "year"),
        ("fdi-2025-ngangtam", 4_290_000_000, "4,29 tỷ USD", "exact", "year"),
        ("fdi-2020-01-2020-09-doingoai", 3_280_000_000, "3,28 tỷ USD", "estimate", "part_year"),
        ("budget-revenue-2024-daidien", 5e14, "khoảng 500.000 tỷ VND", "approximately;estimate", "year"),
        ("visitors-2019-ttvh", 29_000_000, "gần 29 triệu lượt", "nearly", "year"),
    ],
)
def test_famous_figures(
    table: pd.DataFrame, obs_id: str, value: float, figure: str, qualifier: str, kind: str
) -> None:
    row = table.set_index("obs_id").loc[obs_id]
    assert (row["value"], row["figure"], row["qualifier"], row["period_kind"]) == (
        value,
        figure,
        qualifier,
        kind,
    )


def test_a_figure_with_no_period_has_empty_period_cells(table: pd.DataFrame) -> None:
    undated = table[table["period"].isna()]
    assert len(undated) > 0, "the real dataset has a figure with no period stated (the growth target)"
    assert undated[["period_kind", "period_start", "period_end"]].isna().all().all()
    assert undated["year"].isna().all()


def test_figures_reported_twice_show_that_they_agree(table: pd.DataFrame) -> None:
    rows = table.set_index("obs_id")
    assert rows.loc["fdi-rank-2019-ttvh", "agrees_with"] == "fdi-rank-2019-doingoai"
    assert rows.loc["fdi-rank-2019-doingoai", "agrees_with"] == "fdi-rank-2019-ttvh"
    assert rows.loc["fdi-2024-daidien", "agrees_with"] == ""
    # 25 billion USD for 2016-2020 (an estimate) and from 2016 to 6 Nov 2020: other periods.
    assert rows.loc["fdi-2016-2020-ttvh", "agrees_with"] == ""
    assert rows.loc["fdi-2016-2020-doingoai", "agrees_with"] == ""


def test_agreement_joins_only_one_definition_and_period() -> None:
    result = check_file(DATA_FILE)
    assert result.dataset is not None
    changed = tuple(
        obs.model_copy(update={"definition": "registered"}) if obs.id == "fdi-rank-2019-ttvh" else obs
        for obs in result.dataset.observations
    )
    dataset = result.dataset.model_copy(update={"observations": changed})
    rows = observations_table(dataset, result.evidence, result.texts).set_index("obs_id")
    assert rows.loc["fdi-rank-2019-ttvh", "agrees_with"] == ""
    assert rows.loc["fdi-rank-2019-doingoai", "agrees_with"] == ""
    assert rows.loc["fdi-rank-2018-ttvh", "agrees_with"] == "fdi-rank-2018-doingoai"


def test_source_address_and_access_day_close_the_table(table: pd.DataFrame) -> None:
    assert COLUMNS[-2:] == ("source_url", "source_accessed")
    # None of the five articles has a recorded address: the cells stay empty, never invented.
    assert set(table["source_url"]) == {""} and set(table["source_accessed"]) == {""}
