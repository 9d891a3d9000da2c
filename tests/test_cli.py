"""The curators' command line, run as a person runs it: a subprocess, its output and exit status."""

import contextlib
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from indicators import ROOT
from indicators.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line in this process (fast), capturing what a terminal would show."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return subprocess.CompletedProcess(args, status, out.getvalue(), err.getvalue())


def test_the_module_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "indicators", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("result: ok")


def test_check_passes_on_the_real_data_with_full_coverage() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "result: ok" in result.stdout
    assert result.stdout.count("coverage ") == 5
    assert all(
        line.split(": ")[1].startswith("100%")
        for line in result.stdout.splitlines()
        if line.startswith("coverage ")
    )


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("broken-*.yaml")))
def test_check_fails_cleanly_on_each_broken_fixture(name: str) -> None:
    result = run("check", str(FIXTURES / name))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{name}:" in result.stdout
    assert "problem(s)" in result.stdout


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x02",
        b"\xff\xfe\x00a",
        b"- just\n- a list\n",
        b"version: 2\n",
        b"sources: 5\nindicators: {}\nobservations: x\nversion: 1\n",
        b"[" * 10_000,
        b"a: " + b"x" * 100,
    ],
    ids=[
        "empty",
        "control-bytes",
        "utf16-bom",
        "a-list",
        "version-2",
        "wrong-section-types",
        "deep-nesting",
        "one-key",
    ],
)
def test_check_never_prints_a_traceback(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.strip()


def test_check_on_a_missing_file(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    assert "cannot read the file: No such file or directory" in result.stdout


def test_scan_lists_numbers_with_their_claims() -> None:
    result = run("scan", "data/sources/002_edea8bff8a7faee0.txt", "--json")
    assert result.returncode == 0, result.stderr
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    fdi = next(m for m in mentions if m["text"].startswith("2.067"))
    assert fdi["value"] == 2067000000
    assert fdi["unit"] == "USD"
    assert fdi["claimed_by"]
    text = (ROOT / "data/sources/002_edea8bff8a7faee0.txt").read_text(encoding="utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_scan_reads_a_text_it_has_never_seen(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    path.write_text(
        "Năm 2023, Hà Nội đón gần 24,1 triệu lượt khách và thu hút hơn 1,2 tỷ USD.", encoding="utf-8"
    )
    result = run("scan", str(path), "--json")
    assert result.returncode == 0, result.stderr
    by_text = {m["text"]: m for m in map(json.loads, result.stdout.splitlines())}
    visitors = next(m for t, m in by_text.items() if t.startswith("24,1"))
    assert (visitors["value"], visitors["unit"], visitors["hedges"]) == (24100000, "visits", ["nearly"])
    money = next(m for t, m in by_text.items() if t.startswith("1,2"))
    assert (money["value"], money["unit"], money["hedges"]) == (1200000000, "USD", ["more_than"])


def test_scan_of_a_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x89PNG\xff\x00")
    result = run("scan", str(path))
    assert result.returncode == 1
    assert "expected UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_carries_every_observation_with_quote_and_source(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"table.{fmt}"
    result = run("export", "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text))) if fmt == "csv" else json.loads(text)
    assert len(rows) >= 40
    assert all(row["quote"] and row["source_file"] and row["source_id"] for row in rows)
    fdi = next(row for row in rows if "8,67 tỷ USD" in row["quote"])
    assert float(fdi["value"]) == 8670000000


def test_usage_errors_exit_2_without_traceback() -> None:
    result = run("export", "--format", "xml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_export_numbers_are_exact_in_both_formats(tmp_path: Path) -> None:
    for fmt in ("csv", "json"):
        result = run("export", "--format", fmt, "--out", str(tmp_path / f"t.{fmt}"))
        assert result.returncode == 0, result.stderr
    text = (tmp_path / "t.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    budget = next(row for row in rows if row["obs_id"] == "budget-revenue-2024-daidien")
    assert budget["value"] == "500000000000000"
    records = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    budget = next(row for row in records if row["obs_id"] == "budget-revenue-2024-daidien")
    assert (budget["value"], budget["qualifier"]) == (500000000000000, ["approximately", "estimate"])


def test_a_datapackage_needs_a_directory(tmp_path: Path) -> None:
    result = run("export", "--format", "datapackage")
    assert (result.returncode, result.stdout) == (2, "")
    assert "needs --out DIR" in result.stderr
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    result = run("export", "--format", "datapackage", "--out", str(afile))
    assert result.returncode == 1
    assert "expected a directory for --out, found a file" in result.stderr
    assert afile.read_text(encoding="utf-8") == "x"


def test_draft_writes_yaml_that_check_holds_back_until_reviewed(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    result = run(
        "draft", "data/sources/000_83efd10d3bcf04ee.txt", "--source", "2025-12-30-x", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert '    figure: "4,29 tỷ USD"\n' in text and '  - source: "2025-12-30-x"\n' in text
    assert '    published: "2025-12-30"\n    published_basis: stated\n' in text
    curated = (ROOT / "data" / "indicators.yaml").read_text(encoding="utf-8")
    indicators = curated.partition("\nindicators:\n")[2].partition("\nobservations:\n")[0]
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "000_83efd10d3bcf04ee.txt").write_bytes(
        (ROOT / "data/sources/000_83efd10d3bcf04ee.txt").read_bytes()
    )
    dataset = tmp_path / "data.yaml"
    dataset.write_text(f"version: 1\nindicators:\n{indicators}\n{text}", encoding="utf-8")
    checked = run("check", str(dataset))
    assert checked.returncode == 1
    problems = [line for line in checked.stdout.splitlines() if line.startswith(str(dataset))]
    assert problems and all("review: draft item not reviewed: " in line for line in problems)
    assert "coverage 000_83efd10d3bcf04ee.txt: 100%" in checked.stdout


def test_draft_json_is_one_record_per_line(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    path.write_text("Năm 2023, Hà Nội đón gần 24,1 triệu lượt khách.", encoding="utf-8")
    result = run("draft", str(path), "--source", "new", "--published", "2024-01-05", "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["record"] for r in records] == ["source", "observation", "dismissed"]
    assert (records[0]["published"], records[0]["published_basis"]) == ("2024-01-05", "inferred")
    assert {k: records[1][k] for k in ("indicator", "period", "value", "qualifier", "figure")} == {
        "indicator": "visitors",
        "period": "2023",
        "value": 24100000,
        "qualifier": "nearly",
        "figure": "gần 24,1 triệu lượt",
    }


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("draft", "missing.txt", "--source", "x"), 1, "No such file or directory: missing.txt"),
        (
            ("draft", "data/sources/000_83efd10d3bcf04ee.txt", "--source", "Bài_mới"),
            2,
            "expected lowercase ASCII words joined by hyphens",
        ),
        (
            ("draft", "data/sources/000_83efd10d3bcf04ee.txt", "--source", "x", "--published", "2024-13-01"),
            2,
            "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            (
                "draft",
                "data/sources/000_83efd10d3bcf04ee.txt",
                "--source",
                "x",
                "--data",
                "tests/fixtures/broken-syntax-error.yaml",
            ),
            1,
            "expected valid YAML",
        ),
    ],
)
def test_draft_errors_are_sentences(args: tuple[str, ...], status: int, message: str) -> None:
    result = run(*args)
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr
