"""The dataset as the pages read it: checked once per change of the file, then looked up by id.

The data file is ``indicators.DATA_FILE``, or the file named by the environment variable
``INDICATORS_DATA`` (the tests point it at a broken copy). :func:`load` is cached on the file's
path, modification time and size, so an edit is picked up on the next run and nothing is read
twice otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

import indicators

if TYPE_CHECKING:
    import pandas as pd

    from indicators.model import Dataset, Indicator, Observation, Source
    from indicators.provenance import Evidence

ENVIRONMENT_VARIABLE = "INDICATORS_DATA"
_SESSION_COPY = "_catalogue"


@dataclass(frozen=True)
class ProblemRow:
    """A checker's problem, split into the parts the invalid-data view shows."""

    file: str
    line: int | None
    record: str | None
    field: str | None
    message: str
    text: str


@dataclass
class Catalogue:
    """The checked dataset: its problems, or its records by id and the tidy table."""

    path: Path
    problems: list[ProblemRow] = field(default_factory=list)
    dataset: Dataset | None = None
    table: pd.DataFrame | None = None
    texts: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    observations: dict[str, Observation] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the pages can be shown: a dataset, a table and no problem."""
        return not self.problems and self.dataset is not None and self.table is not None


def data_path() -> Path:
    """Return the data file: ``$INDICATORS_DATA`` when set, else ``indicators.DATA_FILE``."""
    override = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(override) if override else indicators.DATA_FILE


def load() -> Catalogue:
    """Return the catalogue of the current data file (cached per path, mtime and size).

    ``st.cache_data`` hands each call a fresh copy (it unpickles); a session keeps the copy it
    got for the same file version, so the entry point, the page and its fragment share one.
    """
    path = data_path()
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (str(path), -1, -1)
    remembered = st.session_state.get(_SESSION_COPY)
    if isinstance(remembered, tuple) and remembered[0] == key:
        return remembered[1]  # type: ignore[no-any-return]
    catalogue = _load(*key)
    st.session_state[_SESSION_COPY] = (key, catalogue)
    return catalogue


@st.cache_data(show_spinner=False, max_entries=4)
def _load(path_text: str, mtime_ns: int, size: int) -> Catalogue:
    """Check the file and build the table; the arguments after the path only key the cache."""
    from indicators.check import check_file
    from indicators.table import observations_table

    path = Path(path_text)
    result = check_file(path, display=_display_name(path))
    problems = [ProblemRow(p.file, p.line, p.record, p.field, p.message, str(p)) for p in result.problems]
    catalogue = Catalogue(path=path, problems=problems)
    dataset = result.dataset
    if dataset is None:
        if not problems:
            problems.append(ProblemRow(str(path), None, None, None, "expected a dataset, found none",
                                       f"{path}: expected a dataset, found none"))
        return catalogue
    catalogue.dataset = dataset
    catalogue.texts = dict(result.texts)
    catalogue.evidence = dict(result.evidence)
    catalogue.indicators = {indicator.id: indicator for indicator in dataset.indicators}
    catalogue.sources = {source.id: source for source in dataset.sources}
    catalogue.observations = {obs.id: obs for obs in dataset.observations}
    if not problems:
        catalogue.table = observations_table(dataset, result.evidence, result.texts)
    return catalogue


def _display_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
