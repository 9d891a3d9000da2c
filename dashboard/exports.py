"""The data page's downloads: the tidy table's rows, every column, quotes and sources included."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def table_csv(rows: pd.DataFrame) -> bytes:
    """Return the rows as UTF-8 CSV with a byte-order mark, so spreadsheets read Vietnamese."""
    return rows.to_csv(index=False).encode("utf-8-sig")


def table_json(rows: pd.DataFrame) -> bytes:
    """Return the rows as a JSON array of records, Vietnamese kept as written."""
    return rows.to_json(orient="records", force_ascii=False, indent=2).encode("utf-8")
