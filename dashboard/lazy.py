"""pandas, imported only by the data page (its table and downloads), without breaking charts.

The overview, the indicators, the articles and the about page never need pandas (nor numpy), and
a server that does not import them uses about half the memory. The first data page imports pandas
in its script thread, which takes about half a second. Plotly looks for pandas and numpy in
``sys.modules`` without importing them; a chart built in another session during that half second
would find a half-initialised pandas module and fail ("partially initialized module 'pandas' has
no attribute 'Series'"). So pandas is imported only through :func:`pandas`, and chart work runs
inside :func:`plotting`: both hold one lock until pandas is fully imported, after which neither
waits.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

_LOCK = threading.RLock()
_ready = False


def pandas() -> ModuleType:
    """Return the pandas module, importing it first if no session has yet (never during a chart)."""
    global _ready
    if not _ready:
        with _LOCK:
            import pandas as module  # noqa: F401 (the one place the dashboard imports pandas at run time)

            _ready = True
    return sys.modules["pandas"]


@contextmanager
def plotting() -> Iterator[None]:
    """Hold off any import of pandas while the block builds or sends a Plotly figure."""
    if _ready:
        yield
        return
    with _LOCK:
        yield
