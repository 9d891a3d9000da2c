"""The curators' command line.

::

    python -m indicators check [PATH]                  validate a dataset, exit 1 on any problem
    python -m indicators scan FILE [--json]            list every number mention in a text
    python -m indicators draft FILE --source ID [--published YYYY-MM-DD] [--data PATH] [--out PATH]
                               [--json]                draft an article's entries for review
    python -m indicators export --format csv|json [--out PATH]   the tidy table with quotes
    python -m indicators export --format datapackage --out DIR   a Frictionless Data Package
    python -m indicators schema [--out PATH]           write the JSON Schema of the YAML

No command prints a traceback: a problem is reported as text, with exit status 1 (2 for usage).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from indicators import DATA_FILE
from indicators.check import CheckResult, check_file
from indicators.coverage import SourceCoverage
from indicators.export import export_records, to_csv, to_json
from indicators.model import Dataset, Source
from indicators.problems import display_name
from indicators.scan import Mention, find_mentions
from indicators.vietnamese.numerals import plain_number
from indicators.view import ObservationView, observation_views

MAX_SCAN_BYTES = 5_000_000


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command and return the process exit status."""
    stdout = out or sys.stdout
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        status: int = args.run(args, stdout)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: a curator sees a sentence, never a traceback
        print(f"error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m indicators", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate a dataset and its provenance")
    check.add_argument("path", nargs="?", type=Path, default=DATA_FILE, help="the YAML file")
    check.set_defaults(run=_check)

    scan = commands.add_parser("scan", help="list every number mention in a text file")
    scan.add_argument("file", type=Path, help="a UTF-8 text file, such as an article")
    scan.add_argument("--json", action="store_true", help="one JSON object per line")
    scan.add_argument("--data", type=Path, default=DATA_FILE, help="dataset whose claims to show")
    scan.set_defaults(run=_scan)

    draft = commands.add_parser(
        "draft", help="draft a new article's sources, observations and dismissed entries, for review"
    )
    draft.add_argument("file", type=Path, help="the article as UTF-8 text")
    draft.add_argument("--source", required=True, type=_source_id, help="the new source's id")
    draft.add_argument(
        "--published", type=_published, help="YYYY, YYYY-MM or YYYY-MM-DD, where the text has no date line"
    )
    draft.add_argument("--data", type=Path, default=DATA_FILE, help="dataset whose indicators to use")
    draft.add_argument("--out", type=Path, help="output file (default: standard output)")
    draft.add_argument("--json", action="store_true", help="one JSON record per line")
    draft.set_defaults(run=_draft)

    export = commands.add_parser("export", help="write the tidy table of observations")
    export.add_argument("--format", choices=("csv", "json", "datapackage"), required=True)
    export.add_argument(
        "--out",
        type=Path,
        help="output file (default: standard output); for datapackage, the directory to write (required)",
    )
    export.add_argument("--data", type=Path, default=DATA_FILE, help="the YAML file")
    export.set_defaults(run=_export)

    schema = commands.add_parser("schema", help="write the JSON Schema of the dataset")
    schema.add_argument("--out", type=Path, help="output file (default: standard output)")
    schema.set_defaults(run=_schema)
    return parser


def _check(args: argparse.Namespace, out: TextIO) -> int:
    result = check_file(args.path, display=display_name(args.path))
    for problem in result.problems:
        print(problem, file=out)
    print(_summary(result), file=out)
    return 0 if result.ok else 1


def _summary(result: CheckResult) -> str:
    dataset = result.dataset
    if dataset is None:
        return f"\n{len(result.problems)} problem(s): the file could not be read as a dataset."
    lines = [
        "",
        f"sources: {len(dataset.sources)}   indicators: {len(dataset.indicators)}   "
        f"observations: {len(dataset.observations)}   dismissed numbers: {len(dataset.dismissed)}",
    ]
    lines.extend(_coverage_line(item) for item in result.coverage)
    verdict = "ok" if result.ok else f"{len(result.problems)} problem(s)"
    lines.append(f"result: {verdict}")
    return "\n".join(lines)


def _coverage_line(item: SourceCoverage) -> str:
    return (
        f"coverage {item.file}: {item.percent:.0f}% of {item.total} numbers "
        f"({item.claimed} claimed, {item.dismissed} dismissed)"
    )


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_SCAN_BYTES:
        raise ValueError(f"expected a text of at most {MAX_SCAN_BYTES:,} bytes, found {size:,}")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{path}: expected UTF-8 text, found the byte {raw[error.start]:#04x} at offset {error.start}"
        ) from None


def _article_text(path: Path) -> str | None:
    """Return an article's text, or None after saying on standard error why it cannot be read."""
    try:
        return _read_text(path)
    except (OSError, ValueError) as error:
        print(f"error: {getattr(error, 'strerror', None) or error}: {path}", file=sys.stderr)
        return None


def _scan(args: argparse.Namespace, out: TextIO) -> int:
    text = _article_text(args.file)
    if text is None:
        return 1
    claims = _claims_for(args.file, args.data)
    for mention in find_mentions(text):
        owners, dismissal = claims.get((mention.start, mention.end), ((), None))
        if args.json:
            print(json.dumps(_mention_json(mention, owners, dismissal), ensure_ascii=False), file=out)
        else:
            claimed = ", ".join(owners) or (f"dismissed: {dismissal}" if dismissal else "-")
            value = "" if mention.value is None else plain_number(mention.value)
            print(
                f"{mention.start:>6}-{mention.end:<6} {mention.kind:<10} {value:>18} "
                f"{mention.unit or '':<14} {','.join(mention.hedges) or '':<14} "
                f"{mention.text!r}  {claimed}",
                file=out,
            )
    return 0


def _claims_for(file: Path, data: Path) -> dict[tuple[int, int], tuple[tuple[str, ...], str | None]]:
    if not data.is_file():
        return {}
    result = check_file(data)
    if result.dataset is None:
        return {}
    try:
        target = file.resolve()
    except OSError:
        return {}
    sources_dir = data.resolve().parent / "sources"
    for item in result.coverage:
        if sources_dir / item.file == target:
            return {
                (claim.mention.start, claim.mention.end): (claim.observations, claim.dismissal)
                for claim in item.claims
            }
    return {}


def _mention_json(mention: Mention, owners: tuple[str, ...], dismissal: str | None) -> dict[str, object]:
    return {
        "text": mention.text,
        "value": None if mention.value is None else _number(mention.value),
        "unit": mention.unit,
        "start": mention.start,
        "end": mention.end,
        "kind": mention.kind,
        "hedges": list(mention.hedges),
        "out_of": None if mention.out_of is None else _number(mention.out_of),
        "claimed_by": list(owners),
        "dismissed": dismissal,
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _source_id(text: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text) or len(text) > 64:
        raise argparse.ArgumentTypeError(f"expected lowercase ASCII words joined by hyphens, found {text!r}")
    return text


def _published(text: str) -> str:
    try:
        Source.model_validate(
            {
                "id": "s",
                "file": "s.txt",
                "title": {"vi": "-", "en": "-"},
                "published": text,
                "published_basis": "inferred",
            }
        )
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {text!r}"
        ) from None
    return text


def _draft(args: argparse.Namespace, out: TextIO) -> int:
    from indicators.draft import draft_article, read_indicators, to_json_lines, to_yaml

    text = _article_text(args.file)
    if text is None:
        return 1
    indicators, problems = read_indicators(args.data, display_name(args.data))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            "error: the dataset's indicators have problems; run `python -m indicators check`", file=sys.stderr
        )
        return 1
    draft = draft_article(text, args.source, args.file.name, indicators, args.published)
    payload = "".join(line + "\n" for line in to_json_lines(draft)) if args.json else to_yaml(draft)
    return _write(payload, args.out, out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    result = check_file(args.data, display=display_name(args.data), with_coverage=False)
    if not result.ok or result.dataset is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print("error: the dataset has problems; run `python -m indicators check`", file=sys.stderr)
        return 1
    views = observation_views(result.dataset, result.evidence, result.texts)
    if args.format == "datapackage":
        return _write_package(result.dataset, views, args.out)
    records = export_records(views)
    payload = to_csv(records) if args.format == "csv" else to_json(records)
    return _write(payload, args.out, out)


def _write_package(dataset: Dataset, views: tuple[ObservationView, ...], directory: Path | None) -> int:
    from indicators.datapackage import DESCRIPTOR, package_files, write_package

    if directory is None:
        print("error: --format datapackage needs --out DIR, the directory to write", file=sys.stderr)
        return 2
    if directory.exists() and not directory.is_dir():
        print(f"error: expected a directory for --out, found a file: {directory}", file=sys.stderr)
        return 1
    try:
        write_package(package_files(dataset, views), directory)
    except OSError as error:
        print(f"error: cannot write {directory}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {directory / DESCRIPTOR}", file=sys.stderr)
    return 0


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from indicators.schema import schema_text

    return _write(schema_text(), args.out, out)


def _write(payload: str, path: Path | None, out: TextIO) -> int:
    if path is None:
        out.write(payload)
        return 0
    try:
        path.write_text(payload, encoding="utf-8")
    except OSError as error:
        print(f"error: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 1
    return 0
