"""The Frictionless Data Package: every column described, and ``frictionless validate`` passes on it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from indicators import DATA_FILE
from indicators.check import CheckResult, check_file
from indicators.datapackage import (
    DESCRIPTOR,
    FIELDS,
    TABLE_FILE,
    UndescribedColumn,
    descriptor,
    package_files,
    package_zip,
    table_schema,
)
from indicators.model import Dataset
from indicators.table import COLUMNS
from indicators.view import observation_views
from tests.factories import make_source
from tests.test_cli import run


@pytest.fixture(scope="module")
def checked() -> CheckResult:
    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None and result.ok
    return result


def validate(descriptor_path: Path) -> dict[str, Any]:
    """Run ``frictionless validate --json`` as a person would, and return its report."""
    import sys

    program = Path(sys.executable).with_name("frictionless")
    done = subprocess.run(
        [str(program), "validate", "--json", str(descriptor_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip(), done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["valid"] == (done.returncode == 0)
    return report


def errors(report: dict[str, Any]) -> list[str]:
    return [error["type"] for task in report["tasks"] for error in task["errors"]]


def test_every_column_of_the_table_is_described() -> None:
    assert list(FIELDS) == list(COLUMNS), "describe each column of indicators.table.COLUMNS, in order"
    assert all(len(field.description) > 15 for field in FIELDS.values())


def test_a_column_without_a_description_is_an_error() -> None:
    with pytest.raises(UndescribedColumn, match="found none for: a_new_column"):
        table_schema((*COLUMNS, "a_new_column"))


def test_the_schema_types_the_columns(checked: CheckResult) -> None:
    fields = {field["name"]: field for field in table_schema()["fields"]}  # type: ignore[attr-defined]
    assert list(fields) == list(COLUMNS)
    assert (fields["value"]["type"], fields["year"]["type"], fields["exact"]["type"]) == (
        "number",
        "integer",
        "boolean",
    )
    assert fields["period_start"]["type"] == "date"
    assert fields["obs_id"]["constraints"] == {"required": True, "unique": True}


def test_the_descriptor_names_title_licence_and_every_source(checked: CheckResult) -> None:
    assert checked.dataset is not None
    described = descriptor(checked.dataset, b"obs_id\n")
    assert described["title"] and described["licenses"]
    sources = described["sources"]
    assert isinstance(sources, list) and len(sources) == len(checked.dataset.sources) == 5
    # No article has a recorded address: no source may claim one.
    assert all(set(source) == {"title"} for source in sources)


def test_a_recorded_address_becomes_the_sources_path(checked: CheckResult) -> None:
    assert checked.dataset is not None
    first = checked.dataset.sources[0]
    linked = make_source(
        **{
            **first.model_dump(exclude_none=True),
            "url": "https://example.org/bai-viet",
            "accessed": "2026-01-15",
        }
    )
    dataset = Dataset.model_validate(
        {**checked.dataset.model_dump(), "sources": (linked, *checked.dataset.sources[1:])}
    )
    sources = descriptor(dataset, b"")["sources"]
    assert isinstance(sources, list)
    assert sources[0]["path"] == "https://example.org/bai-viet"
    table = package_files(dataset, observation_views(dataset))[TABLE_FILE].decode()
    rows = [row for row in csv.DictReader(io.StringIO(table)) if row["source_id"] == first.id]
    assert rows and {(row["source_url"], row["source_accessed"]) for row in rows} == {
        ("https://example.org/bai-viet", "2026-01-15")
    }


def test_the_exported_package_passes_frictionless_validate(tmp_path: Path, checked: CheckResult) -> None:
    assert checked.dataset is not None
    result = run("export", "--format", "datapackage", "--out", str(tmp_path / "package"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "package").iterdir()) == sorted([DESCRIPTOR, TABLE_FILE])
    report = validate(tmp_path / "package" / DESCRIPTOR)
    assert report["valid"], errors(report)
    assert report["stats"]["tasks"] == 1
    assert report["tasks"][0]["stats"]["rows"] == len(checked.dataset.observations) > 0


def test_validation_catches_a_changed_value(tmp_path: Path) -> None:
    """The check above can fail: a value that is not a number (and a changed file) is caught."""
    assert run("export", "--format", "datapackage", "--out", str(tmp_path)).returncode == 0
    table = tmp_path / TABLE_FILE
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
    rows[1][COLUMNS.index("value")] = "about 3000"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    table.write_text(out.getvalue(), encoding="utf-8")
    report = validate(tmp_path / DESCRIPTOR)
    assert not report["valid"]
    assert "type-error" in errors(report) and "hash-count" in errors(report)


def test_the_zip_holds_the_descriptor_and_the_table(checked: CheckResult) -> None:
    assert checked.dataset is not None
    files = package_files(
        checked.dataset, observation_views(checked.dataset, checked.evidence, checked.texts)
    )
    archive = package_zip(files)
    assert archive == package_zip(files), "the same data gives the same bytes"
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        assert opened.namelist() == [DESCRIPTOR, TABLE_FILE]
        assert {name: opened.read(name) for name in opened.namelist()} == files
    described = json.loads(files[DESCRIPTOR])
    assert described["resources"][0]["bytes"] == len(files[TABLE_FILE])
