"""Markup in the data is shown as written in a real Chromium and never runs.

A second server reads a valid dataset (``tests/markup_data.py``) whose headline, titles, an
indicator's name and notes, a quote and a note all carry a script, an image with a handler,
Markdown bold, LaTeX and a javascript: link. Every page is opened in both languages: no dialog
opens, no element is made from the data, and where the quote is shown it reads as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.i18n import t
from indicators.check import check_file
from tests.appserver import AppServer, running
from tests.browser.conftest import OpenTab
from tests.browser.harness import Tab
from tests.markup_data import MARKUP, write_markup_dataset

pytestmark = pytest.mark.browser

# (path, whether the quote is shown as text on the page)
PAGES = [
    ("/?lang=vi", False),
    ("/indicator?id=fdi&obs=fdi-2023&lang=en", True),
    ("/indicator?id=fdi&obs=fdi-2023&lang=vi", True),
    ("/source?id=mini-2024&obs=fdi-2023&lang=vi", True),
    ("/source?id=mini-2024&lang=en", True),
    ("/data?lang=en&table=1", False),
    ("/about?lang=vi", False),
]

# Whatever the data's markup would have made had it been read as HTML, Markdown or LaTeX (the
# source page has a script of its own, which scrolls to the quote: only the data's is looked for).
_MADE_FROM_DATA = """
() => Array.from(document.querySelectorAll(
  '[data-testid=stMain] img[src=x], [onerror], a[href^="javascript:"], [data-testid=stMain] .katex'))
  .concat(Array.from(document.querySelectorAll('script'))
          .filter((el) => el.textContent.includes('alert(')))
  .concat(Array.from(document.querySelectorAll('[data-testid=stMain] strong, [data-testid=stMain] b'))
          .filter((el) => el.textContent.trim() === 'đậm'))
  .map((el) => el.outerHTML.slice(0, 120))
"""


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """The dashboard reading the markup dataset."""
    path: Path = write_markup_dataset(tmp_path_factory.mktemp("markup-data"))
    result = check_file(path)
    assert result.ok, [str(problem) for problem in result.problems]  # else every page shows problems
    with running(env={"INDICATORS_DATA": str(path)}) as server:
        yield server


def made_from_data(tab: Tab) -> list[str]:
    """Return the elements the data's markup made, if any."""
    return list(tab.page.evaluate(_MADE_FROM_DATA))


def test_markup_in_the_data_is_shown_as_written_and_runs_nothing(
    open_tab: OpenTab, markup_server: AppServer
) -> None:
    tab = open_tab(base=markup_server.url)
    for path, quote_shown in PAGES:
        tab.goto(path, charts="/indicator" in path)
        lang = path[-2:]
        assert t(lang, "invalid_title") not in tab.main_text(), f"{path}: the data was refused"
        assert made_from_data(tab) == [], path
        if quote_shown:
            assert MARKUP in tab.main_text(), f"{path}: the quote does not read as written"
        assert tab.dialogs == [], f"{path}: a script from the data ran"
        assert tab.exceptions() == [], path
        assert tab.errors == [], path
    tab.shoot("markup-source-en-desktop")
    assert "Traceback" not in markup_server.log()
