"""The tidy table as files: CSV and JSON whose numbers are the dataset's own, exactly.

Values come from the model's ``Decimal`` values, never through a float, so a value is written as
the curator wrote it::

    obs_id,indicator_id,...,value,out_of,qualifier,exact,...
    budget-revenue-2024-daidien,budget-revenue,...,500000000000000,,approximately;estimate,false,...

In JSON the same row reads ``"value": 500000000000000, "qualifier": ["approximately", "estimate"]``.
A missing value (no ``out_of``, no period) is an empty CSV cell and ``null`` in JSON.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from indicators.model import Observation
from indicators.table import COLUMNS
from indicators.vietnamese.numerals import plain_number

Cell = str | int | bool | Decimal | tuple[str, ...] | None
Record = dict[str, Cell]


def export_records(
    rows: Iterable[Mapping[str, object]], observations: Mapping[str, Observation]
) -> list[Record]:
    """Return the table's rows for a file: exact values and qualifiers from each row's observation."""
    records = []
    for row in rows:
        obs = observations[str(row["obs_id"])]
        record: Record = {name: _cell(row.get(name)) for name in COLUMNS}
        record["value"] = obs.value
        record["out_of"] = obs.out_of
        record["qualifier"] = tuple(qualifier.value for qualifier in obs.qualifier)
        records.append(record)
    return records


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | bool | int | Decimal):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else Decimal(repr(value))
    if isinstance(value, tuple | list):
        return tuple(str(item) for item in value)
    raise TypeError(f"expected text, a number, a flag or nothing in the table, found {type(value).__name__}")


def csv_cell(value: Cell) -> str:
    """Write one cell as CSV text: 'true'/'false', numbers in full, lists joined by ';', None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain_number(value)
    if isinstance(value, tuple):
        return ";".join(value)
    return str(value)


def to_csv(records: Sequence[Record], columns: Sequence[str] = COLUMNS) -> str:
    """Return the records as CSV text with a header row (lines end with '\\n')."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_cell(record.get(name)) for name in columns])
    return out.getvalue()


def to_json(records: Sequence[Record]) -> str:
    """Return the records as a JSON array of objects, numbers exact and Vietnamese as written."""
    if not records:
        return "[]\n"
    objects = []
    for record in records:
        members = ",\n".join(f"    {json.dumps(name)}: {_json_value(cell)}" for name, cell in record.items())
        objects.append("  {\n" + members + "\n  }")
    return "[\n" + ",\n".join(objects) + "\n]\n"


def _json_value(value: Cell) -> str:
    if isinstance(value, Decimal):
        return plain_number(value)  # a JSON number, written in full
    if isinstance(value, tuple):
        return "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)
