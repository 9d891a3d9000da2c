"""Keep the server's long-lived objects out of the garbage collector's way.

After every script run Streamlit calls ``gc.collect()`` (``runner.postScriptGC``). A full
collection walks every object the server holds: Streamlit's, Plotly's and the dashboard's modules
and the shared catalogue, holding the interpreter lock while the page's last messages wait to be
sent (docs/performance.md gives what it cost).

:func:`freeze_long_lived` runs at the start of each script run. When modules were imported since
it last ran (the first run, the first indicator page with Plotly, the first data page with pandas), it
calls :func:`gc.freeze`: what is alive then (modules, caches, the catalogue) moves to the
collector's permanent generation and is no longer walked. Earlier runs' garbage is already gone by
then (the post-run collection took it). What freezing costs: cyclic garbage of a run that was still
going on in another session at that moment is not collected until the process ends; that happens
once per new set of modules, a handful of times per server.
"""

from __future__ import annotations

import gc
import sys
import threading

_LOCK = threading.Lock()
_modules_when_frozen = 0


def freeze_long_lived() -> bool:
    """Freeze what is alive now if modules were imported since the last freeze; say if it did."""
    global _modules_when_frozen
    if len(sys.modules) == _modules_when_frozen:
        return False
    with _LOCK:
        count = len(sys.modules)
        if count == _modules_when_frozen:
            return False
        gc.freeze()
        _modules_when_frozen = count
        return True
