"""Check a dataset file end to end and collect every problem in one run.

``check_file`` reads the YAML strictly (:mod:`indicators.loader`), validates each record against
the model (:mod:`indicators.model`) with its line, resolves references, reads the articles from
the ``sources`` folder beside the YAML, proves every observation (:mod:`indicators.provenance`)
and measures coverage (:mod:`indicators.coverage`). Nothing raises: problems are returned.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from indicators.coverage import SourceCoverage, coverage
from indicators.loader import Document, read_document
from indicators.model import Dataset, Dismissal, Indicator, Observation, Source
from indicators.problems import Problem, shown
from indicators.provenance import Article, Evidence, check_observation, check_sources
from indicators.rules import breaches, sentence_bounds, sentence_of
from indicators.scan import Mention, find_mentions
from indicators.text import normalise

MAX_SOURCE_BYTES = 2_000_000
_SECTIONS = ("sources", "indicators", "observations", "dismissed")
Model = TypeVar("Model", bound=BaseModel)
_REQUIRED = ("version", "sources", "indicators", "observations")


@dataclass
class CheckResult:
    """What a check found: the dataset (when it could be built), texts, evidence and problems."""

    path: Path
    dataset: Dataset | None
    problems: list[Problem]
    texts: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    coverage: list[SourceCoverage] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the dataset has no problem at all."""
        return self.dataset is not None and not self.problems


def check_file(path: Path, *, display: str | None = None, with_coverage: bool = True) -> CheckResult:
    """Check the dataset at ``path`` and its articles in ``path.parent / 'sources'``."""
    name = display or str(path)
    document, problems = read_document(path, name)
    if document is None:
        return CheckResult(path, None, problems)
    return _Checker(path, name, document).run(with_coverage)


class _Checker:
    def __init__(self, path: Path, name: str, document: Document) -> None:
        self.path = path
        self.name = name
        self.document = document
        self.problems: list[Problem] = []
        self.indexes: dict[tuple[str, str], int] = {}
        self.refused: dict[tuple[str, str], int] = {}  # records with an id that failed validation
        self.mentions: dict[str, list[Mention]] = {}

    def problem(
        self, where: tuple[str | int, ...], record: str | None, field_: str | None, message: str
    ) -> None:
        self.problems.append(Problem(self.name, self.document.line_of(where), record, field_, message))

    def run(self, with_coverage: bool) -> CheckResult:
        records = self._records()
        if records is None:
            return CheckResult(self.path, None, self.problems)
        sources, indicators, observations, dismissed = records
        if not observations and not any(p.field == "observations" for p in self.problems):
            self.problem(
                ("observations",), None, "observations", "expected at least one observation, found none"
            )
        dataset = Dataset.model_construct(
            version=1,
            sources=tuple(sources),
            indicators=tuple(indicators),
            observations=tuple(observations),
            dismissed=tuple(dismissed),
        )
        texts = self._texts(dataset)
        self.mentions = {source_id: find_mentions(text) for source_id, text in texts.items()}
        articles = {
            source_id: Article(text, normalise(text), self.mentions[source_id])
            for source_id, text in texts.items()
        }
        check_sources(
            dataset,
            texts,
            self._source_reporter,
            {
                source_id: article.normalised[0].strip()
                for source_id, article in articles.items()
                if unicodedata.is_normalized("NFC", texts[source_id])
            },
        )
        evidence = self._provenance(dataset, texts, articles)
        bounds = {source_id: sentence_bounds(text) for source_id, text in texts.items()}
        sentences = {
            obs.id: sentence_of(texts[obs.source], evidence[obs.id].quote_span, bounds[obs.source])
            for obs in dataset.observations
            if obs.id in evidence
        }
        for breach in breaches(dataset, sentences):
            index = self.indexes[(breach.section, breach.record)]
            self.problem((breach.section, index, breach.field), breach.record, breach.field, breach.message)
        result = CheckResult(self.path, dataset, self.problems, texts, evidence)
        if with_coverage:
            result.coverage = coverage(dataset, texts, evidence, self.mentions)
            self._coverage_problems(dataset, texts, result.coverage)
        self.problems.sort(key=lambda p: (p.file != self.name, p.file, p.line or 0, str(p)))
        return result

    def _records(self) -> tuple[list[Source], list[Indicator], list[Observation], list[Dismissal]] | None:
        data = self.document.data
        if not isinstance(data, dict):
            self.problem(
                (),
                None,
                None,
                f"expected a mapping with version, sources, indicators and observations, found {_kind(data)}",
            )
            return None
        for key in data:
            if key not in (*_SECTIONS, "version"):
                self.problem(
                    (key,),
                    None,
                    key,
                    "expected one of version, sources, indicators, "
                    f"observations, dismissed, found an unknown section '{key}'",
                )
        for key in _REQUIRED:
            if key not in data:
                self.problem((), None, key, "expected this section, found none")
        if "version" in data and data["version"] != 1:
            self.problem(("version",), None, "version", f"expected 1, found {shown(data['version'])}")
        return (
            list(self._section("sources", Source, data.get("sources", []))),
            list(self._section("indicators", Indicator, data.get("indicators", []))),
            list(self._section("observations", Observation, data.get("observations", []))),
            list(self._section("dismissed", Dismissal, data.get("dismissed", []))),
        )

    def _section(self, section: str, model: type[Model], items: object) -> Iterator[Model]:
        if items is None:
            items = []
        if not isinstance(items, list):
            self.problem((section,), None, section, f"expected a list, found {_kind(items)}")
            return
        indexes = self.indexes
        seen: dict[str, int] | None = {} if section != "dismissed" else None  # ids, to be unique
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                self.problem(
                    (section, index),
                    _label(section, index, item),
                    None,
                    f"expected a mapping, found {_kind(item)}",
                )
                continue
            if seen is not None and isinstance(record_id := item.get("id"), str):
                if record_id in seen:
                    first = self.document.line_of((section, seen[record_id], "id"))
                    self.problem(
                        (section, index, "id"),
                        record_id,
                        "id",
                        f"expected a unique id, found '{record_id}' again (first on line {first})",
                    )
                else:
                    seen[record_id] = index
            if "review" in item:  # a drafted item the curator has not decided yet
                self.problem(
                    (section, index, "review"),
                    _label(section, index, item),
                    "review",
                    f"draft item not reviewed: {shown(_review(item['review']))}",
                )
                item = {key: value for key, value in item.items() if key != "review"}
            try:
                record = model.model_validate(item)
            except ValidationError as error:
                label = _label(section, index, item)
                if isinstance(record_id := item.get("id"), str):
                    self.refused.setdefault((section, record_id), index)
                for detail in error.errors():
                    loc = tuple(detail["loc"])
                    self.problem((section, index, *loc), label, _field(loc), _message(detail))
                continue
            record_id = getattr(record, "id", None)  # a dismissal has none: its place names it
            indexes[(section, f"#{index}" if record_id is None else record_id)] = index
            yield record

    def _texts(self, dataset: Dataset) -> dict[str, str]:
        folder = (self.path.parent / "sources").resolve()
        texts: dict[str, str] = {}
        files: dict[str, str] = {}
        for source in dataset.sources:
            where = ("sources", self.indexes[("sources", source.id)], "file")
            if source.file in files:
                self.problem(
                    where,
                    source.id,
                    "file",
                    f"expected a file of its own, found "
                    f"'{source.file}' (already the file of {files[source.file]})",
                )
                continue
            files[source.file] = source.id
            candidate = folder / source.file  # a name without "/": the model checks it
            if _regular_file(candidate):  # no link: it resolves to itself, inside the folder
                resolved = candidate
            else:
                try:
                    resolved = candidate.resolve(strict=True)
                except (OSError, RuntimeError):
                    self.problem(
                        where,
                        source.id,
                        "file",
                        f"expected a file in {folder.name}/, found no file '{source.file}'",
                    )
                    continue
                if resolved.parent != folder or not resolved.is_file():
                    self.problem(
                        where,
                        source.id,
                        "file",
                        f"expected a regular file inside "
                        f"{folder.name}/, found '{source.file}' leading elsewhere",
                    )
                    continue
            try:
                raw = resolved.read_bytes()[: MAX_SOURCE_BYTES + 1]
                if len(raw) > MAX_SOURCE_BYTES:
                    self.problem(
                        where,
                        source.id,
                        "file",
                        f"expected an article of at most {MAX_SOURCE_BYTES:,} bytes, found a larger file",
                    )
                    continue
                texts[source.id] = raw.decode("utf-8")
            except OSError as error:
                self.problem(where, source.id, "file", f"expected a readable file, found: {error.strerror}")
            except UnicodeDecodeError as error:
                self.problem(
                    where,
                    source.id,
                    "file",
                    f"expected UTF-8 text, found the byte {raw[error.start]:#04x} at offset {error.start}",
                )
        return texts

    def _source_reporter(self, source: Source, field_: str, message: str) -> None:
        index = self.indexes[("sources", source.id)]
        self.problem(("sources", index, field_), source.id, field_, message)

    def _observation_reporter(self, observation: Observation, field_: str, message: str) -> None:
        index = self.indexes[("observations", observation.id)]
        reference = {"indicator": observation.indicator, "source": observation.source}.get(field_)
        refused = self.refused.get((f"{field_}s", reference)) if reference is not None else None
        if refused is not None:  # the record exists but has problems of its own: point at them
            line = self.document.line_of((f"{field_}s", refused))
            message = (
                f"expected a valid {field_}, found '{reference}', which has problems of its own (line {line})"
            )
        self.problem(("observations", index, field_), observation.id, field_, message)

    def _provenance(
        self, dataset: Dataset, texts: dict[str, str], articles: dict[str, Article]
    ) -> dict[str, Evidence]:
        indicators = {indicator.id: indicator for indicator in dataset.indicators}
        sources = {source.id: source for source in dataset.sources}
        evidence: dict[str, Evidence] = {}
        report = self._observation_reporter
        for observation in dataset.observations:
            found = check_observation(
                observation,
                indicators.get(observation.indicator),
                sources.get(observation.source),
                texts.get(observation.source),
                report,
                articles.get(observation.source),
            )
            if found is not None:
                evidence[observation.id] = found
        return evidence

    def _coverage_problems(
        self, dataset: Dataset, texts: dict[str, str], results: list[SourceCoverage]
    ) -> None:
        known = {source.id for source in dataset.sources}
        for index, dismissal in enumerate(dataset.dismissed):
            if dismissal.source not in known:
                self.problem(
                    ("dismissed", index, "source"),
                    f"dismissed #{index + 1}",
                    "source",
                    f"expected a known source id, found '{dismissal.source}'",
                )
        folder = Path(self.name).parent / "sources"
        for result in results:
            for index in result.unused_dismissals:
                self.problem(
                    ("dismissed", index, "text"),
                    f"dismissed #{index + 1}",
                    "text",
                    f"expected a number mention of {result.file}, found "
                    f"'{dataset.dismissed[index].text}', which matches none",
                )
            text = texts[result.source_id]
            for claim in result.claims:
                if not claim.explained:
                    start = claim.mention.start
                    line = text.count("\n", 0, start) + 1
                    column = start - (text.rfind("\n", 0, start) + 1) + 1
                    self.problems.append(
                        Problem(
                            str(folder / result.file),
                            line,
                            result.source_id,
                            None,
                            f"column {column}: the number '{claim.mention.text}' is neither claimed "
                            "by an observation nor dismissed",
                        )
                    )


def _regular_file(path: Path) -> bool:
    """Whether ``path`` is a regular file itself (not a link to one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _label(section: str, index: int, item: object) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]:
        return str(item["id"])[:64]
    return f"{section} #{index + 1}"


def _review(notes: object) -> str:
    """What a draft's ``review`` asks, as one line."""
    return "; ".join(map(str, notes)) if isinstance(notes, list) else str(notes)


def _field(loc: tuple[int | str, ...]) -> str | None:
    return ".".join(str(part) for part in loc) if loc else None


def _kind(value: object) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "a boolean", type(None): "nothing"}
    return names.get(type(value), f"a {type(value).__name__}") + (
        f" {shown(value)}" if isinstance(value, str | int) and not isinstance(value, bool) else ""
    )


def _message(detail: Mapping[str, object]) -> str:
    kind = detail["type"]
    found = detail.get("input")
    if kind == "missing":
        return "expected a value, found none"
    if kind == "extra_forbidden":
        return f"expected a known field, found an unknown field (value {shown(found)})"
    message = str(detail["msg"])
    for prefix in ("Value error, ", "Input should be "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    message = message.replace("String should match pattern", "text matching")
    message = message.replace("String should have at least", "text of at least")
    message = message.replace("String should have at most", "text of at most")
    return f"expected {message}, found {shown(found)}"
