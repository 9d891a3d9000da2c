"""The dataset as the pages read it: checked once per change of the file, then looked up by id.

The data file is ``indicators.DATA_FILE``, or the file named by the environment variable
``INDICATORS_DATA`` (the tests point it at a broken copy). :func:`load` is cached on the file's
path, modification time and size, so an edit is picked up on the next run and nothing is read
twice otherwise.

One :class:`Catalogue` per file version is shared by every session (``st.cache_resource``): the
pages only read it. It holds one typed view per observation (:mod:`indicators.view`), built once;
no page needs the pandas table, so pandas is imported only for the Data page's grid. Work that
depends only on the data and the language is kept with :meth:`Catalogue.memo`.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import streamlit as st

import indicators
from indicators.problems import Problem, display_name

if TYPE_CHECKING:
    from indicators.check import CheckResult
    from indicators.model import Dataset, Indicator, Observation, Source
    from indicators.provenance import Evidence
    from indicators.view import ObservationView

ENVIRONMENT_VARIABLE = "INDICATORS_DATA"
RECENT = 64  # how many results Catalogue.recent keeps
T = TypeVar("T")


@dataclass(eq=False)
class Catalogue:
    """The checked dataset: its problems, or its records by id and one view per observation."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    dataset: Dataset | None = None
    views: tuple[ObservationView, ...] | None = None
    texts: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    observations: dict[str, Observation] = field(default_factory=dict)
    by_id: dict[str, ObservationView] = field(default_factory=dict)
    by_indicator: dict[str, tuple[ObservationView, ...]] = field(default_factory=dict)
    _memo: dict[Hashable, object] = field(default_factory=dict, repr=False)
    _recent: OrderedDict[Hashable, object] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the pages can be shown: a dataset, its views and no problem."""
        return not self.problems and self.dataset is not None and self.views is not None

    def memo(self, key: Hashable, build: Callable[[], T]) -> T:
        """Return ``build()``, computed once per catalogue and ``key`` (callers must not change it)."""
        try:
            return cast(T, self._memo[key])
        except KeyError:
            pass
        with self._lock:
            if key not in self._memo:
                self._memo[key] = build()
            return cast(T, self._memo[key])

    def recent(self, key: Hashable, build: Callable[[], T]) -> T:
        """Return ``build()``, kept for the :data:`RECENT` keys last asked for (work whose keys are
        many, such as a chart with each of its points chosen)."""
        with self._lock:
            if key in self._recent:
                self._recent.move_to_end(key)
                return cast(T, self._recent[key])
        value = build()
        with self._lock:
            self._recent[key] = value
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return value


def catalogue_of(path: Path, result: CheckResult) -> Catalogue:
    """Return the catalogue of a checked file: its problems, its records and, when it has no
    problem, one view per observation, grouped by indicator."""
    from indicators.view import observation_views

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
        views = observation_views(dataset, result.evidence, result.texts)
        catalogue.views = views
        catalogue.by_id = {view.id: view for view in views}
        groups: dict[str, list[ObservationView]] = {}
        for view in views:
            groups.setdefault(view.indicator.id, []).append(view)
        catalogue.by_indicator = {key: tuple(members) for key, members in groups.items()}
    return catalogue


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
    """Check the file and build its views; the arguments after the path only key the cache."""
    from indicators.check import check_file

    path = Path(path_text)
    return catalogue_of(path, check_file(path, display=display_name(path)))
