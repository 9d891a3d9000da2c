"""``streamlit run`` with every script run timed: ``python -m bench.timed_server run APP [options]``.

Each finished script run (a whole page, or only a fragment after a click) appends one JSON line
to the file named by ``$BENCH_RUN_LOG``: when it started, how long it took on the server, and
whether it was a fragment rerun. ``bench.run`` starts both apps this way, so the dashboard's
click-to-panel time can be split into server time and the rest (network, browser, drawing).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

from streamlit.runtime.scriptrunner import script_runner

LOG_VARIABLE = "BENCH_RUN_LOG"
_original = script_runner.ScriptRunner._run_script
_lock = threading.Lock()


def _timed(self: Any, rerun_data: Any) -> None:
    started = time.time()
    clock = time.perf_counter()
    try:
        _original(self, rerun_data)
    finally:
        record = {
            "started": started,
            "ms": (time.perf_counter() - clock) * 1000,
            "fragment": bool(getattr(rerun_data, "fragment_id_queue", None)),
            "page": getattr(rerun_data, "page_script_hash", None),
        }
        if path := os.environ.get(LOG_VARIABLE):
            with _lock, open(path, "a", encoding="utf-8") as log:  # noqa: PTH123 - one line per run
                log.write(json.dumps(record) + "\n")


def main() -> None:
    """Patch the script runner, then hand the command line to Streamlit's own ``streamlit``."""
    script_runner.ScriptRunner._run_script = _timed  # type: ignore[method-assign]
    if drop := os.environ.get("BENCH_DROP"):  # an experiment of bench.ablate: leave elements out
        from bench.ablate import install

        install(drop)
    from streamlit.web.cli import main as streamlit_main

    sys.argv = ["streamlit", *sys.argv[1:]]
    streamlit_main(prog_name="streamlit")


if __name__ == "__main__":
    main()
