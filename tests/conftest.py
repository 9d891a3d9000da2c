"""What the whole session shares: the app server, the browser, and the Cloud environment's build.

``app_server`` is the dashboard started once, from an empty directory, for the browser tests and
the Cloud readiness tests. ``browser`` is one headless Chromium, ``open_tab`` a tab in a new
context. Outside CI a test that needs the browser skips, saying why, when the playwright package
or a Chromium is missing; under ``CI=true`` it fails instead, so a green CI run always drove a real
browser.

The environment holding only ``requirements.txt`` (``tests/cloud_env.py``) takes a minute or more
to build on a new machine: once the tests are collected, if one of them needs it and it is not
cached, its build starts in the background, and the module of those tests runs last.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests import cloud_env
from tests.appserver import AppServer, running
from tests.browser.harness import DESKTOP, OpenTab, Tab, browser_problem, in_ci, launch

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext

    from dashboard.data import Catalogue

CLOUD_FIXTURE = "cloud_venv"


# --- AppTest: scan the installed packages for Streamlit components once ------------------------


def pytest_configure(config: pytest.Config) -> None:
    """Scan the installed distributions for Streamlit components once per session, not per AppTest.

    Every ``AppTest`` run starts a runtime whose component manager reads the metadata of every
    installed distribution (about 0.1 s of a 0.15 s overview run). The packages do not change while
    the tests run, so the first scan's result stands for the session; a real server scans once
    at start anyway.
    """
    import functools

    from streamlit.components.v2 import manifest_scanner

    scan = manifest_scanner.scan_component_manifests
    if not isinstance(scan, functools._lru_cache_wrapper):
        manifest_scanner.scan_component_manifests = functools.cache(scan)


_BUILD = pytest.StashKey[cloud_env.Build]()


# --- the Cloud environment, built beside the session --------------------------------------------


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the modules that need the Cloud environment last, so that its build has the most time."""
    waiting = {item.path for item in items if CLOUD_FIXTURE in getattr(item, "fixturenames", ())}
    items[:] = [item for item in items if item.path not in waiting] + [
        item for item in items if item.path in waiting
    ]


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start building the Cloud environment if a selected test needs it and it is not cached."""
    if session.config.option.collectonly:
        return
    if not any(CLOUD_FIXTURE in getattr(item, "fixturenames", ()) for item in session.items):
        return
    if cloud_env.is_ready(cloud_env.cache_entry()):
        return
    session.config.stash[_BUILD] = cloud_env.Build.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """End a build no test waited for (the session stopped early) and remove its log."""
    build = session.config.stash.get(_BUILD, None)
    if build is not None:
        build.close()


@pytest.fixture(scope="session")
def cloud_venv(pytestconfig: pytest.Config) -> Path:
    """The virtual environment holding only requirements.txt: waits for its build (or builds it now)."""
    build = pytestconfig.stash.get(_BUILD, None)
    if build is None:
        entry = cloud_env.cache_entry()
        if cloud_env.is_ready(entry):
            cloud_env.touch(entry)
            return entry
        build = pytestconfig.stash[_BUILD] = cloud_env.Build.start()
    try:
        entry = build.wait()
    except cloud_env.BuildFailed as error:
        problem = str(error)
    else:
        cloud_env.touch(entry)  # in use: kept when another entry's build removes stale ones
        return entry
    pytest.fail(problem, pytrace=False)


# --- the app and the browser ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """The dashboard on the real dataset, started once for the session from an empty directory.

    ``streamlit run /abs/path/app.py`` from elsewhere than the repository, as a host may start it:
    every page the tests see is served without the repository as the working directory.
    """
    with running(cwd=tmp_path_factory.mktemp("elsewhere")) as server:
        yield server


@pytest.fixture(scope="session")
def _browser_available() -> None:
    problem = browser_problem()
    if problem is None:
        return
    if in_ci():
        pytest.fail(f"CI=true and the browser tests cannot run: {problem}")
    pytest.skip(f"browser tests skipped: {problem}")


@pytest.fixture(scope="session")
def browser(_browser_available: None) -> Iterator[Browser]:
    """One headless Chromium for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def open_tab(browser: Browser, app_server: AppServer) -> Iterator[OpenTab]:
    """Open tabs, each in a new browser context (no shared cookies, storage or session state).

    ``open_tab()`` is a desktop window 1280 × 900; ``open_tab(**PHONE)`` a 390 px phone;
    ``open_tab(base=url)`` a tab on another server.
    """
    contexts: list[BrowserContext] = []

    def open_one(base: str | None = None, **options: Any) -> Tab:
        settings = {**DESKTOP, "accept_downloads": True, **options}
        context = browser.new_context(**settings)
        contexts.append(context)
        return Tab.open(context, base or app_server.url)

    yield open_one
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def real() -> Catalogue:
    """The catalogue the pages read, of the real dataset."""
    from indicators import DATA_FILE
    from tests.factories import make_catalogue

    return make_catalogue(DATA_FILE)


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The catalogue of a valid dataset with markup and control characters in every text field."""
    from tests.factories import make_catalogue
    from tests.markup_data import write_markup_dataset

    return make_catalogue(write_markup_dataset(Path(tmp_path_factory.mktemp("markup"))))
