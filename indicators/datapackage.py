"""The dataset as a Frictionless Data Package: ``datapackage.json`` and the tidy table as CSV.

::

    DIR/datapackage.json    title, description, licence, the five articles as sources, and one
                            resource with a Table Schema describing every column
    DIR/observations.csv    the tidy table (:mod:`indicators.export`), one row per observation

The Table Schema is built from :data:`indicators.table.COLUMNS`: a column without an entry in
:data:`FIELDS` is an error (:class:`UndescribedColumn`), so a column added to the table cannot
reach a package undescribed. ``frictionless validate DIR/datapackage.json`` passes on the result.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from indicators.export import export_records, to_csv
from indicators.model import Dataset, Qualifier, Source, Theme
from indicators.periods import PeriodKind
from indicators.table import COLUMNS
from indicators.view import ObservationView

DESCRIPTOR = "datapackage.json"
TABLE_FILE = "observations.csv"
NAME = "hanoi-integration-indicators"
TITLE = "Hanoi integration indicators"
DESCRIPTION = (
    "Figures on Hanoi's international integration (foreign investment, partner capitals and cities, "
    "visitors, delegations, trade, growth, budget) as five Vietnamese news articles (2020-2025) state "
    "them: one row per figure, with its period, its hedge, its source article and a verbatim quote "
    "that proves it. Values are in the indicator's base unit (USD, not millions). The articles' "
    "original addresses are not recorded unless a source gives one; the quotes are checked against "
    "the copies kept with the dataset."
)
# The repository states no licence of its own, and the quotes come from copyrighted news articles:
# say so rather than claim an open licence. Change this when the project chooses one.
LICENSES = (
    {
        "name": "other-closed",
        "title": "No open licence: figures and short quotes from copyrighted news articles, "
        "for checking and citation",
    },
)


@dataclass(frozen=True)
class Field:
    """How a column of the tidy table is typed and described in the Table Schema."""

    type: str
    description: str
    format: str | None = None
    enum: tuple[str, ...] = ()


class UndescribedColumn(ValueError):
    """A column of the tidy table has no entry in :data:`FIELDS`."""


_TEXT = "string"
FIELDS: dict[str, Field] = {
    "obs_id": Field(_TEXT, "The observation's id, unique in the dataset."),
    "indicator_id": Field(_TEXT, "The indicator's id (lowercase ASCII, as in the dashboard's URLs)."),
    "indicator_vi": Field(_TEXT, "The indicator's name in Vietnamese."),
    "indicator_en": Field(_TEXT, "The indicator's name in English."),
    "theme": Field(_TEXT, "The indicator's theme.", enum=tuple(theme.value for theme in Theme)),
    "unit": Field(_TEXT, "The unit of value, a code such as USD, visits, count or percent."),
    "period": Field(
        _TEXT,
        "The period as curated: 2019, 2020-01/2020-09, 2016/2020, 2020-11-06 (as of a "
        "day), ../2020 (as of a day known to the year), 2016/2020-11-06 (a total to a "
        "day); empty when the article states none.",
    ),
    "period_kind": Field(_TEXT, "What span the period is.", enum=tuple(kind.value for kind in PeriodKind)),
    "period_start": Field("date", "The period's first day; empty when the article states no period."),
    "period_end": Field("date", "The period's last day; empty when the article states no period."),
    "year": Field("integer", "The year the period ends in; empty when the article states no period."),
    "value": Field(
        "number",
        "The value in the indicator's base unit (USD, not millions), exactly as "
        "curated from the article's figure.",
    ),
    "out_of": Field("number", "The denominator of a fraction such as 23/24 (the 24); empty otherwise."),
    "qualifier": Field(
        _TEXT,
        "How exactly the article states the figure: one or more of "
        + ", ".join(q.value for q in Qualifier)
        + ", joined by ';'.",
    ),
    "exact": Field("boolean", "True when the article states the figure without a hedge."),
    "definition": Field(
        _TEXT,
        "The key of the indicator's definition the article uses; empty when the "
        "indicator has one definition.",
    ),
    "definition_vi": Field(_TEXT, "What that definition means, in Vietnamese."),
    "definition_en": Field(_TEXT, "What that definition means, in English."),
    "figure": Field(_TEXT, "The figure as the article writes it, such as '2.067 triệu USD'."),
    "reading_vi": Field(_TEXT, "How a figure written in words was read, in Vietnamese; empty for numerals."),
    "reading_en": Field(_TEXT, "How a figure written in words was read, in English; empty for numerals."),
    "source_id": Field(_TEXT, "The source article's id."),
    "source_file": Field(_TEXT, "The file in data/sources/ holding the stored copy of the article."),
    "source_title_vi": Field(_TEXT, "The article's title in Vietnamese (the curator's short title)."),
    "source_title_en": Field(_TEXT, "The article's title in English."),
    "source_headline": Field(_TEXT, "The article's headline, verbatim, when its text has one."),
    "source_publisher": Field(_TEXT, "The publisher, where the article names it."),
    "source_author": Field(_TEXT, "The author, where the article names one."),
    "source_published": Field(_TEXT, "The article's date as YYYY, YYYY-MM or YYYY-MM-DD."),
    "source_published_basis": Field(
        _TEXT, "Whether the article states its date or it was inferred.", enum=("stated", "inferred")
    ),
    "quote": Field(_TEXT, "The verbatim quote from the article that states the figure."),
    "quote_start": Field("integer", "Where the quote starts in the stored article (characters)."),
    "quote_end": Field("integer", "Where the quote ends in the stored article (characters)."),
    "agrees_with": Field(
        _TEXT,
        "Ids of observations from other articles that state the same value for "
        "the same indicator, definition and period, joined by ';'.",
    ),
    "note_vi": Field(_TEXT, "The curator's note, in Vietnamese."),
    "note_en": Field(_TEXT, "The curator's note, in English."),
    "doubt_vi": Field(
        _TEXT,
        "What is doubted in the article's figure, and on what evidence, in Vietnamese; "
        "empty when nothing is.",
    ),
    "doubt_en": Field(
        _TEXT,
        "What is doubted in the article's figure, and on what evidence, in English; empty when nothing is.",
    ),
    "source_url": Field(
        _TEXT, "The original article's address (http or https); empty when not recorded.", format="uri"
    ),
    "source_accessed": Field("date", "The day that address was read; empty when not recorded."),
}


def table_schema(columns: Sequence[str] = COLUMNS) -> dict[str, object]:
    """Return the tidy table's Table Schema; raise :class:`UndescribedColumn` for a column without one."""
    missing = [name for name in columns if name not in FIELDS]
    if missing:
        raise UndescribedColumn(
            f"expected a description in indicators.datapackage.FIELDS for every column "
            f"of the table, found none for: {', '.join(missing)}"
        )
    return {
        "fields": [_field(name, FIELDS[name]) for name in columns],
        "primaryKey": ["obs_id"],
        "missingValues": [""],
    }


def _field(name: str, field: Field) -> dict[str, object]:
    described: dict[str, object] = {"name": name, "type": field.type, "description": field.description}
    if field.format:
        described["format"] = field.format
    constraints: dict[str, object] = {}
    if name == "obs_id":
        constraints.update(required=True, unique=True)
    if field.enum:
        constraints["enum"] = list(field.enum)
    if constraints:
        described["constraints"] = constraints
    return described


def _source(source: Source) -> dict[str, str]:
    name = source.headline or source.title.vi
    described = {"title": f"{name} ({source.publisher or 'publisher not named'}, {source.published})"}
    if source.url:
        described["path"] = source.url
    return described


def descriptor(dataset: Dataset, table_csv: bytes) -> dict[str, object]:
    """Return ``datapackage.json`` for the dataset whose table is ``table_csv`` (its size and hash)."""
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "licenses": [dict(licence) for licence in LICENSES],
        "sources": [_source(source) for source in dataset.sources],
        "keywords": [
            "Hanoi",
            "Vietnam",
            "international integration",
            "foreign direct investment",
            "tourism",
            "provenance",
        ],
        "resources": [
            {
                "name": "observations",
                "path": TABLE_FILE,
                "profile": "tabular-data-resource",
                "title": "Observations",
                "description": "One row per figure an article states, with its quote and source.",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(table_csv),
                "hash": "sha256:" + hashlib.sha256(table_csv).hexdigest(),
                "schema": table_schema(),
            }
        ],
    }


def package_files(dataset: Dataset, views: Iterable[ObservationView]) -> dict[str, bytes]:
    """Return the package's files by name: the descriptor and the CSV of ``views``."""
    table = to_csv(export_records(views)).encode("utf-8")
    text = json.dumps(descriptor(dataset, table), ensure_ascii=False, indent=2) + "\n"
    return {DESCRIPTOR: text.encode("utf-8"), TABLE_FILE: table}


def package_zip(files: Mapping[str, bytes]) -> bytes:
    """Return the package's files as a zip archive (names at its top level)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            entry = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # the same bytes every time
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def write_package(files: Mapping[str, bytes], directory: Path) -> list[Path]:
    """Write the package's files into ``directory`` (created if needed); return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in files.items():
        path = directory / name
        path.write_bytes(content)
        written.append(path)
    return written
