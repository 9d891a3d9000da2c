"""The data page's filters: theme, indicator, source and year, each a list of chosen codes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from dashboard import lazy

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = {"theme": "theme", "indicator": "indicator_id", "source": "source_id", "year": "year"}


def filter_rows(table: pd.DataFrame, chosen: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """Keep the rows matching every non-empty filter (any of its values); an empty filter keeps all."""
    keep = lazy.pandas().Series(True, index=table.index)
    for name, values in chosen.items():
        if values and name in COLUMNS:
            keep &= table[COLUMNS[name]].astype(str).isin([str(value) for value in values])
    kept: pd.DataFrame = table[keep]
    return kept


def name_key(name: str) -> tuple[str, str]:
    """Order names as a reader looks them up: letters before accents ('Đối tác' beside 'Doanh thu')."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in plain if not unicodedata.combining(char)).casefold(), name


def by_name(codes: Iterable[str], name_of: Callable[[str], str]) -> list[str]:
    """Return ``codes`` ordered by their names (:func:`name_key`)."""
    return sorted(codes, key=lambda code: name_key(name_of(code)))
