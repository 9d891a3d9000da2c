"""The real-browser tests use the session's fixtures in ``tests/conftest.py``: one app server and
one Chromium for the session, a new context per tab (``open_tab``).

Outside CI the tests skip, saying why, when the playwright package or a Chromium is missing; under
``CI=true`` they fail instead, so a green CI run always drove a real browser.
"""

from __future__ import annotations

from tests.browser.harness import OpenTab

__all__ = ["OpenTab"]
