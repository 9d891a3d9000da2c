"""The dataset as the pages read it: checked once per change of the file, then looked up by id.

The data file is ``indicators.DATA_FILE``, or the file named by the environment variable
``INDICATORS_DATA`` (the tests point it at a broken copy). :func:`load` is cached on the file's
path, modification time and size, so an edit is picked up on the next run and nothing is read
twice otherwise.

One :class:`Catalogue` per file version is shared by every session (``st.cache_resource``): the
pages only read it. It keeps the tidy table's rows as plain dicts; the pandas table is built the
first time a page asks for it (a table or a download), so the overview never imports pandas.
Work that depends only on the data and the language is kept with :meth:`Catalogue.memo`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

import indicators
from indicators.problems import Problem

if TYPE_CHECKING:
    import pandas as pd

    from indicators.model import Dataset, Indicator, Observation, Source
    from indicators.provenance import Evidence

ENVIRONMENT_VARIABLE = "INDICATORS_DATA"
T = TypeVar("T")


@dataclass(eq=False)
class Catalogue:
    """The checked dataset: its problems, or its records by id and the tidy table's rows."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    dataset: Dataset | None = None
    rows: list[dict[str, Any]] | None = None
    texts: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    observations: dict[str, Observation] = field(default_factory=dict)
    by_indicator: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the pages can be shown: a dataset, its rows and no problem."""
        return not self.problems and self.dataset is not None and self.rows is not None

    @property
    def table(self) -> pd.DataFrame | None:
        """The tidy table (pandas), built on first use; None when the data is invalid."""
        if self.rows is None:
            return None
        from dashboard import lazy
        from indicators.table import frame

        lazy.pandas()  # imported here, not inside indicators.table, so no chart sees it half-done
        return self.memo("table", lambda: frame(self.rows or []))

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        """Return ``build()``, computed once per catalogue and ``key`` (callers must not change it)."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if key not in self._memo:
                self._memo[key] = build()
            return self._memo[key]  # type: ignore[no-any-return]


def data_path() -> Path:
    """Return the data file: ``$INDICATORS_DATA`` when set, else ``indicators.DATA_FILE``."""
    override = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(override) if override else indicators.DATA_FILE


def load() -> Catalogue:
    """Return the catalogue of the current data file (cached per path, mtime and size)."""
    path = data_path()
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (str(path), -1, -1)
    return _load(*key)


def clear() -> None:
    """Forget every loaded catalogue (the tests switch data files and language defaults)."""
    _load.clear()


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(path_text: str, mtime_ns: int, size: int) -> Catalogue:
    """Check the file and build the rows; the arguments after the path only key the cache."""
    from indicators.check import check_file
    from indicators.table import observation_rows

    path = Path(path_text)
    result = check_file(path, display=_display_name(path))
    problems = list(result.problems)
    catalogue = Catalogue(path=path, problems=problems)
    dataset = result.dataset
    if dataset is None:
        if not problems:
            problems.append(Problem(str(path), None, None, None, "expected a dataset, found none"))
        return catalogue
    catalogue.dataset = dataset
    catalogue.texts = dict(result.texts)
    catalogue.evidence = dict(result.evidence)
    catalogue.indicators = {indicator.id: indicator for indicator in dataset.indicators}
    catalogue.sources = {source.id: source for source in dataset.sources}
    catalogue.observations = {obs.id: obs for obs in dataset.observations}
    if not problems:
        catalogue.rows = observation_rows(dataset, result.evidence, result.texts)
        for row in catalogue.rows:
            catalogue.by_indicator.setdefault(str(row["indicator_id"]), []).append(row)
    return catalogue


def _display_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
