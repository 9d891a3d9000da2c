"""What the whole session shares: the app server and the browser.

``app_server`` is the dashboard started once, from an empty directory, for the browser tests and
the Cloud readiness tests. ``browser`` is one headless Chromium, ``open_tab`` a tab in a new
context. Outside CI a test that needs the browser skips, saying why, when the playwright package
or a Chromium is missing; under ``CI=true`` it fails instead, so a green CI run always drove a real
browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.appserver import AppServer, running
from tests.browser.harness import DESKTOP, OpenTab, Tab, browser_problem, in_ci, launch

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext

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
