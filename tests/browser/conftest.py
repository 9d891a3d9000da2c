"""Fixtures of the real-browser tests: one app server and one Chromium for the session, a new context per tab.

Outside CI the tests skip, saying why, when the playwright package or a Chromium is missing; under
``CI=true`` they fail instead, so a green CI run always drove a real browser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.browser.harness import DESKTOP, AppServer, Tab, browser_problem, in_ci, launch

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext


@pytest.fixture(scope="session")
def _browser_available() -> None:
    problem = browser_problem()
    if problem is None:
        return
    if in_ci():
        pytest.fail(f"CI=true and the browser tests cannot run: {problem}")
    pytest.skip(f"browser tests skipped: {problem}")


@pytest.fixture(scope="session")
def app_server(_browser_available: None) -> Iterator[AppServer]:
    """The dashboard on the real dataset, started once for the session."""
    server = AppServer().start()
    try:
        server.wait_healthy()
        yield server
    finally:
        server.stop()


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


OpenTab = Callable[..., Tab]


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
