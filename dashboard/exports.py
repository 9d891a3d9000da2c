"""The data page's downloads: the rows shown as CSV or JSON, and the whole dataset as a Data Package.

Each file is built from the figures' views and their exact values
(:mod:`indicators.export`), only when a reader asks for it. File names say the filter::

    hanoi-indicators_theme-investment_year-2019-2020.csv
    hanoi-indicators_all.json
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from indicators.datapackage import package_files, package_zip
from indicators.export import export_records, to_csv, to_json
from indicators.model import Dataset
from indicators.view import ObservationView

BASE_NAME = "hanoi-indicators"
MAX_VALUES_NAMED = 3
_UNSAFE = re.compile(r"[^a-z0-9]+")


def table_csv(views: Iterable[ObservationView]) -> bytes:
    """Return the figures as UTF-8 CSV with a byte-order mark, so spreadsheets read Vietnamese."""
    return to_csv(export_records(views)).encode("utf-8-sig")


def table_json(views: Iterable[ObservationView]) -> bytes:
    """Return the figures as a JSON array of records, numbers exact and Vietnamese kept as written."""
    return to_json(export_records(views)).encode("utf-8")


def datapackage_zip(dataset: Dataset, views: Iterable[ObservationView]) -> bytes:
    """Return the Data Package of ``views`` (datapackage.json and the CSV) as a zip archive."""
    return package_zip(package_files(dataset, views))


def export_name(chosen: Mapping[str, Sequence[str]]) -> str:
    """Return a file name (without extension) that says the filter: 'hanoi-indicators_year-2019'.

    Only letters, digits and hyphens reach the name; a filter of many values is named by their count.
    """
    parts = [BASE_NAME]
    for name, values in chosen.items():
        kept = [_safe(value) for value in values if _safe(value)]
        if not kept:
            continue
        if len(kept) > MAX_VALUES_NAMED:
            parts.append(f"{_safe(name)}-{len(kept)}-values")
        else:
            parts.append("-".join([_safe(name), *kept]))
    return "_".join(parts) if len(parts) > 1 else f"{BASE_NAME}_all"


def _safe(text: str) -> str:
    return _UNSAFE.sub("-", str(text).lower()).strip("-")[:40]
