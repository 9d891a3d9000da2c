"""pandas comes in only through ``dashboard.lazy``, and never while another session draws a chart."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Four threads draw and serialise the FDI chart without pause (as concurrent sessions would) while
# the main thread imports pandas, as the first page with a table does. Plotly looks pandas up in
# sys.modules; without the lock a thread finds it half-initialised and fails.
STRESS = """
import sys, threading, time
from dashboard import lazy
from indicators import DATA_FILE
from indicators.charts import indicator_figure
from indicators.check import check_file
from indicators.view import observation_views

result = check_file(DATA_FILE, with_coverage=False)
rows = [v for v in observation_views(result.dataset, result.evidence, result.texts)
        if v.indicator.id == "fdi"]
assert rows and "pandas" not in sys.modules and "numpy" not in sys.modules
errors, drawn, stop = [], [0], threading.Event()

def draw():
    while not stop.is_set():
        try:
            with lazy.plotting():
                indicator_figure(rows, "en").to_json()
            drawn[0] += 1
        except Exception as error:
            errors.append(repr(error))
            return
        time.sleep(0.001)

threads = [threading.Thread(target=draw) for _ in range(4)]
for thread in threads:
    thread.start()
time.sleep(0.2)
lazy.pandas()
time.sleep(0.2)
stop.set()
for thread in threads:
    thread.join()
print(drawn[0], len(errors), errors[:1])
"""


def test_importing_pandas_never_breaks_a_chart_drawn_meanwhile() -> None:
    done = subprocess.run(
        [sys.executable, "-c", STRESS], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    drawn, failed, first = done.stdout.split(maxsplit=2)
    assert int(drawn) >= 8, "the threads drew too few charts to meet the import"
    assert int(failed) == 0, first


def test_the_dashboard_imports_pandas_only_through_lazy() -> None:
    found = []
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        if path.name == "lazy.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            # Allowed only for type hints: in an ``if TYPE_CHECKING:`` block.
            hint = line.startswith("    ") and "TYPE_CHECKING" in lines[number - 2]
            if re.match(r"\s*(import pandas|from pandas\b)", line) and not hint:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
