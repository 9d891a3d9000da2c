"""Start a Streamlit app on a free loopback port, drive it in headless Chromium, read its memory.

Shared by ``bench.run`` (the side-by-side benchmark) and ``bench.load`` (the load test). The
server only ever listens on 127.0.0.1, and every wait has a time limit.
"""

from __future__ import annotations

import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
START_TIMEOUT_S = 60.0
DRAW_TIMEOUT_MS = 180_000  # ten sessions on a busy 2-core machine can take a minute

MARKERS = ".scatterlayer .trace .points path"  # a Plotly chart's markers, inside the chart
POINTS = f"[data-testid=stPlotlyChart] {MARKERS}"
PANEL_QUOTE = ".st-key-obs-panel .hi-quote"
ERRORS = "[data-testid=stException], [data-testid=stAlertContentError]"

# True once the page is connected, its script has finished, no skeleton is left, and every chart
# on it is drawn, at least one: each Plotly chart has a marker with a size on screen (a plotly page
# says notRunning before the chart is drawn), each sparkline image (the overview's cards) is
# loaded and has a size. The argument is ``MARKERS``.
DRAWN_JS = """(markers) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid=stSkeleton]')) return false;
  const sized = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; };
  const charts = Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'));
  const sparks = Array.from(document.querySelectorAll('img.hi-spark'));
  if (charts.length + sparks.length === 0) return false;
  const drawn = (chart) => Array.from(chart.querySelectorAll(markers)).some(sized);
  return charts.every(drawn) && sparks.every((img) => img.complete && img.naturalWidth > 0 && sized(img));
}"""

# True once a dashboard page is drawn: connected, its script finished, no skeleton, a title shown
# and every chart on it (there may be none) drawn, each sparkline loaded. The argument is ``MARKERS``.
PAGE_DRAWN_JS = """(markers) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid=stSkeleton]') || !document.querySelector('h1')) return false;
  const sized = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; };
  const drawn = (chart) => Array.from(chart.querySelectorAll(markers)).some(sized);
  return Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]')).every(drawn)
    && Array.from(document.querySelectorAll('img.hi-spark')).every((img) => img.complete && sized(img));
}"""

# True once the page is connected and its script has finished (pages without a chart).
SETTLED_JS = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  return !!app && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid=stSkeleton]');
}"""

PANEL_JS = """(selector) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const quote = document.querySelector(selector);
  return !!quote && quote.getBoundingClientRect().height > 0;
}"""


def checked_dataset(data: Path | None) -> Any:
    """Return the dataset the app will show (the real one without ``data``); exit if it is invalid."""
    from indicators import DATA_FILE
    from indicators.check import check_file

    result = check_file(data or DATA_FILE)
    if not result.ok or result.dataset is None:
        raise SystemExit(
            f"{data or DATA_FILE} does not pass the check ({len(result.problems)} problem(s)): "
            "the dashboard would show only the invalid-data view"
        )
    return result.dataset


def click_indicator(dataset: Any, preferred: str = "fdi") -> str:
    """Return the indicator a click is measured on: ``preferred``, else the one with most figures."""
    counts: dict[str, int] = {}
    for obs in dataset.observations:
        counts[obs.indicator] = counts.get(obs.indicator, 0) + 1
    return preferred if preferred in counts else max(counts, key=counts.__getitem__)


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """A running ``streamlit run`` process and where it listens."""

    script: str
    process: subprocess.Popen[bytes]
    port: int
    started: float
    healthy_after: float = 0.0
    log: Path | None = field(default=None)
    run_log: Path | None = field(default=None)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def runs(self) -> list[dict[str, Any]]:
        """Return the script runs the server has timed so far (see :mod:`bench.timed_server`)."""
        if self.run_log is None or not self.run_log.exists():
            return []
        lines = self.run_log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def runs_after(self, count: int, wait_s: float = 3.0) -> list[dict[str, Any]]:
        """Return the runs logged after the first ``count``, waiting briefly for one to appear."""
        deadline = time.perf_counter() + wait_s
        while True:
            runs = self.runs()[count:]
            if runs or time.perf_counter() > deadline:
                return runs
            time.sleep(0.02)


def start(script: str, data: Path | None = None, log_dir: Path | None = None, root: Path = ROOT) -> Server:
    """Launch ``streamlit run SCRIPT`` (timed) headless on a free port and wait for its health
    (from ``root``: another checkout of the project can be measured beside this one)."""
    port = free_port()
    env = dict(os.environ)
    if data is not None:
        env["INDICATORS_DATA"] = str(data)
    log = (log_dir / f"{Path(script).stem}-{port}.log") if log_dir else None
    run_log = (log_dir or Path(tempfile.gettempdir())) / f"{Path(script).stem}-{port}.runs.jsonl"
    env["BENCH_RUN_LOG"] = str(run_log)
    output = log.open("wb") if log else subprocess.DEVNULL
    # bench.timed_server is `streamlit run` with each script run's server time logged.
    if root != ROOT:  # that checkout's own app, run by this checkout's timed server
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    command = [
        sys.executable,
        "-m",
        "bench.timed_server",
        "run",
        script,
        "--server.headless=true",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    server = Server(script, process, port, started, log=log, run_log=run_log)
    deadline = started + START_TIMEOUT_S
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{script} exited with {process.returncode} before it was healthy")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=1) as answer:
                if answer.read().strip() == b"ok":
                    server.healthy_after = time.perf_counter() - started
                    return server
        except OSError:
            pass
        time.sleep(0.02)
    stop(server)
    raise RuntimeError(f"{script} was not healthy after {START_TIMEOUT_S:.0f} s")


def stop(server: Server) -> None:
    """Stop the server this harness started (by its process id) and wait for it."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


def rss_bytes(pid: int) -> int:
    """Return the resident memory of ``pid`` and all its descendants (VmRSS from /proc)."""
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        psutil = None
    if psutil is not None:
        parent = psutil.Process(pid)
        return int(sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)]))
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def launch_browser(playwright: Any) -> Any:
    """Launch Debian's headless Chromium through Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def machine(browser_version: str | None = None) -> dict[str, Any]:
    """Describe this machine: CPU, cores, memory and the versions that matter."""
    import plotly
    import streamlit

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "plotly": plotly.__version__,
        "chromium": browser_version,
        "load_average": os.getloadavg(),
    }
