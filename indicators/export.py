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
from collections.abc import Iterable, Sequence
from decimal import Decimal

from indicators.table import COLUMNS, table_row
from indicators.vietnamese.numerals import plain_number
from indicators.view import ObservationView

Cell = str | int | bool | Decimal | tuple[str, ...] | None
Record = dict[str, Cell]


def export_records(views: Iterable[ObservationView]) -> list[Record]:
    """Return the views as the table's records for a file: exact values, qualifiers as a list."""
    records = []
    for view in views:
        exported: Record = dict(table_row(view))
        exported["qualifier"] = tuple(qualifier.value for qualifier in view.qualifiers)
        records.append(exported)
    return records


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
