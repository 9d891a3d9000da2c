"""The contract between the check and the app: what the check accepts, every page shows; what it
refuses, every page refuses with the check's own problem list.

Hypothesis edits the real dataset (:mod:`tests.mutations`: units, periods, values, qualifiers,
definitions, references, text with markup and control characters, sections, headline flags),
writes it beside a copy of the real articles and checks it with :func:`check_file`. Then the app
(``app.py`` through ``AppTest``, pointed at the file by ``$INDICATORS_DATA``) opens pages on it:

* accepted: the page raises nothing and shows its own view, never the invalid-data view nor, for
  an id the dataset has, "not found";
* refused: the page is the invalid-data view, listing exactly the check's problems, in order.

The suite run draws, for each of ``CONTRACT_EXAMPLES`` (default 300) datasets, one to three pages
among the overview, the indicators index, each indicator and each article (sometimes at one of its
figures), the data page and the about page, in either language, with a fixed seed. The long run,
``CONTRACT_RUN=long`` (3,000 datasets unless ``CONTRACT_EXAMPLES`` says otherwise, a new seed
each time), opens every page in both languages for every dataset; README's Tests section gives
the command.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

import indicators
from dashboard import data as app_data
from dashboard.i18n import STRINGS
from dashboard.navigation import PAGES
from indicators.check import CheckResult, check_file
from tests.mutations import Data, Mutation, datasets

APP = Path(__file__).resolve().parent.parent / "app.py"
LONG = os.environ.get("CONTRACT_RUN", "").strip() == "long"
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "") or (3000 if LONG else 300))
LANGS = ("vi", "en")
INVALID_TITLES = {STRINGS[lang]["invalid_title"] for lang in LANGS}
NOT_FOUND_TITLES = {STRINGS[lang]["not_found_title"] for lang in LANGS}


class View(NamedTuple):
    """A page opened in a language with these URL parameters."""

    page: str
    lang: str
    params: dict[str, str]


def real_dataset() -> Data:
    """The real dataset, parsed as plain data."""
    with indicators.DATA_FILE.open(encoding="utf-8") as file:
        loaded = yaml.safe_load(file)
    assert isinstance(loaded, dict)
    return loaded


BASE = real_dataset()


class QuotingDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Write every string in double quotes, as a careful curator does: "09:32" stays text."""


QuotingDumper.add_representer(
    str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"')
)


def write(dataset: object, folder: Path) -> Path:
    """Write ``dataset`` as YAML beside the copied articles."""
    path = folder / "indicators.yaml"
    path.write_text(
        yaml.dump(dataset, Dumper=QuotingDumper, allow_unicode=True, sort_keys=False, width=10_000),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder with a copy of the real articles (the check refuses links that lead elsewhere)."""
    where = tmp_path_factory.mktemp("contract")
    shutil.copytree(indicators.DATA_FILE.parent / "sources", where / "sources")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(app_data.ENVIRONMENT_VARIABLE, str(where / "indicators.yaml"))
        yield where
    app_data.clear()


def open_view(view: View) -> AppTest:
    """Run the app on one page, in one language, with these URL parameters."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in {**view.params, "lang": view.lang}.items():
        at.query_params[key] = value
    if view.page != "overview":
        at.switch_page(PAGES[view.page].script)
    return at.run()


Figures = dict[str, dict[str, list[str]]]  # page ('indicator', 'source') -> id -> its figures


def ids(result: CheckResult, dataset: Data) -> Figures:
    """The indicators and the articles a page can be opened on, each with its figures' ids."""
    if result.dataset is not None:
        figures: Figures = {
            "indicator": {i.id: [] for i in result.dataset.indicators},
            "source": {s.id: [] for s in result.dataset.sources},
        }
        for obs in result.dataset.observations:
            figures["indicator"].setdefault(obs.indicator, []).append(obs.id)
            figures["source"].setdefault(obs.source, []).append(obs.id)
        return figures
    named = {
        section: [str(item.get("id")) for item in dataset.get(section) or [] if isinstance(item, dict)]
        for section in ("indicators", "sources")
        if isinstance(dataset.get(section), list)
    }
    return {
        "indicator": {record: [] for record in named.get("indicators", [])[:3] or ["fdi"]},
        "source": {record: [] for record in named.get("sources", [])[:3] or ["x"]},
    }


def view_of(page: str, lang: str, record: str, obs: str | None) -> View:
    return View(page, lang, {"id": record, **({"obs": obs} if obs else {})})


def every_view(figures: Figures, draw: Any) -> list[View]:
    """Every page in both languages; each indicator and article at none or one of its figures."""
    views: list[View] = []
    for lang in LANGS:
        views += [View(page, lang, {}) for page in ("overview", "indicators", "data", "about")]
        views += [
            view_of(page, lang, record, draw(st.sampled_from([None, *observations])))
            for page in ("indicator", "source")
            for record, observations in figures[page].items()
        ]
    return views


def some_views(figures: Figures) -> st.SearchStrategy[list[View]]:
    """One to three pages in either language; an indicator or article sometimes at one of its figures."""
    fixed = st.sampled_from(("overview", "indicators", "data", "about"))
    views: list[st.SearchStrategy[View]] = [st.builds(View, fixed, st.sampled_from(LANGS), st.just({}))]
    for page in ("indicator", "indicator", "source"):  # an indicator page in two draws of four
        if figures[page]:
            views.append(
                st.one_of(
                    [
                        st.builds(
                            view_of,
                            st.just(page),
                            st.sampled_from(LANGS),
                            st.just(record),
                            st.sampled_from([None, *observations]),
                        )
                        for record, observations in sorted(figures[page].items())
                    ]
                )
            )
    return st.lists(st.one_of(views), min_size=1, max_size=3)


def assert_shown(at: AppTest, view: View) -> None:
    """An accepted dataset: no exception, and the page's own view."""
    assert not at.exception, [e.value for e in at.exception]
    titles = {str(title.value) for title in at.title}
    assert not titles & INVALID_TITLES, f"{view} shows the invalid-data view on an accepted dataset"
    assert not titles & NOT_FOUND_TITLES, f"{view} says 'not found' for an id the dataset has"


def assert_refused(at: AppTest, view: View, result: CheckResult) -> None:
    """A refused dataset: no exception, the invalid-data view, and the check's problems in order."""
    assert not at.exception, [e.value for e in at.exception]
    assert {str(title.value) for title in at.title} & INVALID_TITLES, f"{view} shows no invalid-data view"
    listed = "\n".join(str(problem) for problem in result.problems)
    assert listed, "a refused dataset must say why"
    assert listed in [str(code.value) for code in at.code], f"{view} does not list the check's problems"


def test_the_real_dataset_written_back_is_accepted(folder: Path) -> None:
    # The base of every mutation: a change of YAML layout alone must not be a refusal.
    result = check_file(write(BASE, folder))
    assert result.ok, [str(problem) for problem in result.problems[:5]]


def test_the_check_and_the_app_agree_on_mutated_datasets(folder: Path) -> None:
    seen: Counter[str] = Counter()
    started = time.perf_counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not LONG,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(mutation=datasets(BASE), choose=st.data())
    def agree(mutation: Mutation, choose: st.DataObject) -> None:
        dataset = mutation.dataset
        result = check_file(write(dataset, folder))
        app_data.clear()
        verdict = "accepted" if result.ok else "refused"
        event(verdict)
        figures = ids(result, dataset)
        views = every_view(figures, choose.draw) if LONG else choose.draw(some_views(figures))
        for view in views:
            note(f"page {view}")
            at = open_view(view)
            if result.ok:
                assert_shown(at, view)
            else:
                assert_refused(at, view, result)
        seen[verdict] += 1
        seen["pages"] += len(views)

    agree()
    print(
        f"\ncontract: {seen['accepted']} accepted and {seen['refused']} refused datasets, "
        f"{seen['pages']} pages, {time.perf_counter() - started:.1f} s"
    )
    # A run that met only one side of the contract proves nothing about the other.
    assert seen["accepted"] >= EXAMPLES // 5, seen
    assert seen["refused"] >= EXAMPLES // 5, seen
