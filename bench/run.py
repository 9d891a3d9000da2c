"""The dashboard against a bare Streamlit baseline, side by side in one run: ``python -m bench.run``.

For each of ``--rounds`` rounds (at least 3) the two apps are measured one after the other,
dashboard then baseline (A B A B ...), each on a fresh server on a free 127.0.0.1 port:

* **cold start**: from launching ``streamlit run`` to the first page fully drawn in a new
  Chromium context (connected, script notRunning, no skeleton, and every chart drawn: the
  baseline's Plotly chart with a marker on screen, the dashboard overview's sparkline images
  loaded);
* **warm load**: both apps' servers running side by side, one page open on each; reloads
  alternate dashboard, baseline, dashboard, ... (``--reloads``, 15 each per round) until the page
  is drawn again; a round's figure is the median of its reloads;
* **warm load of every page**: the same, for each of the dashboard's pages in turn (the overview,
  all indicators, an indicator with and without a chosen figure, a one-figure indicator's card,
  an article, the data, the method) against the baseline's page, ``--page-reloads`` each (7 by
  default); a page is drawn when its script has finished and each chart on it is drawn;
* **point click** (dashboard only): on ``/indicator?id=fdi`` (or, in a dataset without fdi,
  the indicator with most figures) a click on a point
  (``click(force=True)``) until the quote panel shows (``.st-key-obs-panel .hi-quote``);
* **RSS, 10 sessions**: the server's resident memory (with its children) while 10 browser
  sessions have the first page open; then (dashboard) again after one of them opened an
  indicator page for the click (Plotly comes into the server), and after it opened the data page,
  whose table brings pandas and numpy.

Outside the browser, in this process: **load and validate** (the dashboard's
``check_file`` + the observations' views against the baseline's ``yaml.load`` with ``CSafeLoader``) and the
**indicator page rerun** (the whole page's script run with a point selected, via AppTest, timed
around the script thread). Both apps run under :mod:`bench.timed_server`, which logs each script
run's server time, so a click's fragment rerun is timed on the real server too. One overview run
is profiled with cProfile. The Markdown table is
printed and the JSON goes to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import harness

DASHBOARD = "app.py"
BASELINE = "bench/baseline_app.py"
APPS = (("dashboard", DASHBOARD), ("baseline", BASELINE))
RESULTS = Path(__file__).resolve().parent / "results"
WARM_RELOADS = 15
PAGE_RELOADS = 7
SESSIONS = 10
CLICK_INDICATOR = "fdi"
TARGET_RATIO = 1.2
TARGET_CLICK_MS = 150.0

METRICS = (  # key, label, unit, target for the ratio or the value
    ("cold_start_s", "cold start (launch → chart drawn)", "s"),
    ("warm_load_s", "warm load (reload → chart drawn)", "s"),
    ("click_ms", "point click → quote panel (browser)", "ms"),
    ("click_server_ms", "point click: server time (fragment rerun)", "ms"),
    ("page_rerun_ms", "indicator page rerun with a selection (AppTest)", "ms"),
    ("rss_1_session_mib", "server RSS with 1 session", "MiB"),
    ("rss_mib", f"server RSS with {SESSIONS} sessions on the first page", "MiB"),
    ("rss_after_click_mib", f"server RSS, {SESSIONS} sessions, after an indicator page and a click", "MiB"),
    ("rss_after_data_mib", f"server RSS, {SESSIONS} sessions, after the data page (a table)", "MiB"),
    ("load_validate_ms", "load and validate the data", "ms"),
)


def wait_drawn(page: Any) -> None:
    """Wait until the page shows a drawn Plotly chart and its script has finished."""
    page.wait_for_function(harness.DRAWN_JS, arg=harness.MARKERS, timeout=harness.DRAW_TIMEOUT_MS, polling=10)


def measure_browser(
    browser: Any, script: str, data: Path | None, log_dir: Path, *, click: str | None
) -> dict[str, float]:
    """Start ``script`` on a fresh server and measure cold start, a click and memory."""
    server = harness.start(script, data, log_dir)
    result: dict[str, float] = {"healthy_s": server.healthy_after}
    contexts: list[Any] = []
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.goto(server.url, wait_until="commit")
        wait_drawn(page)
        result["cold_start_s"] = time.perf_counter() - server.started
        first_runs = server.runs()
        result["cold_server_ms"] = sum(run["ms"] for run in first_runs)
        result["rss_1_session_mib"] = harness.rss_bytes(server.process.pid) / 2**20
        pages = [page]
        for _ in range(SESSIONS - 1):
            session = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(session)
            pages.append(session.new_page())
        for session_page in pages[1:]:
            session_page.goto(server.url, wait_until="commit")
        for session_page in pages[1:]:
            wait_drawn(session_page)
        time.sleep(0.5)
        result["rss_mib"] = harness.rss_bytes(server.process.pid) / 2**20
        if click:  # the indicator page brings Plotly into the server; the data page, pandas and numpy
            result["click_ms"], result["click_server_ms"] = click_to_panel(page, server, click)
            time.sleep(0.5)
            result["rss_after_click_mib"] = harness.rss_bytes(server.process.pid) / 2**20
            page.goto(f"{server.url}/data", wait_until="commit")
            page.wait_for_function(harness.SETTLED_JS, timeout=harness.DRAW_TIMEOUT_MS, polling=10)
            time.sleep(0.5)
            result["rss_after_data_mib"] = harness.rss_bytes(server.process.pid) / 2**20
    finally:
        for context in contexts:
            context.close()
        harness.stop(server)
    return result


def measure_warm(browser: Any, data: Path | None, log_dir: Path, reloads: int) -> dict[str, float]:
    """Run both apps side by side and reload each ``reloads`` times, alternately; return the medians.

    Both servers are up at once, each with one page open (its first load is not counted), and the
    reloads alternate dashboard, baseline, dashboard, ... so both meet the same moment's load.
    """
    servers = {name: harness.start(script, data, log_dir) for name, script in APPS}
    contexts: list[Any] = []
    times: dict[str, list[float]] = {name: [] for name in servers}
    try:
        pages = {}
        for name, server in servers.items():
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(context)
            pages[name] = context.new_page()
            pages[name].goto(server.url, wait_until="commit")
            wait_drawn(pages[name])
        for _ in range(reloads):
            for name, page in pages.items():
                started = time.perf_counter()
                page.reload(wait_until="commit")
                wait_drawn(page)
                times[name].append(time.perf_counter() - started)
    finally:
        for context in contexts:
            context.close()
        for server in servers.values():
            harness.stop(server)
    return {name: statistics.median(values) for name, values in times.items()}


def page_paths(dataset: Any, indicator: str) -> dict[str, str]:
    """Return the dashboard's pages to time, by name: one view of each page, and both kinds of
    indicator view (a chart with and without a chosen figure, and a one-figure card)."""
    counts: dict[str, int] = {}
    for obs in dataset.observations:
        counts[obs.indicator] = counts.get(obs.indicator, 0) + 1
    chosen = next(obs for obs in dataset.observations if obs.indicator == indicator)
    single = next((key for key, count in counts.items() if count == 1), indicator)
    return {
        "overview": "/",
        "all indicators": "/indicators",
        "indicator": f"/indicator?id={indicator}",
        "indicator, figure chosen": f"/indicator?id={indicator}&obs={chosen.id}",
        "one-figure card": f"/indicator?id={single}",
        "article": f"/source?id={chosen.source}",
        "data": "/data",
        "method": "/about",
    }


def measure_pages(
    browser: Any, data: Path | None, log_dir: Path, reloads: int, paths: dict[str, str]
) -> dict[str, dict[str, float]]:
    """Reload each dashboard page and the baseline's page alternately; return each pair's medians."""
    servers = {name: harness.start(script, data, log_dir) for name, script in APPS}
    contexts: list[Any] = []
    result: dict[str, dict[str, float]] = {}
    try:
        pages = {}
        for name in servers:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            contexts.append(context)
            pages[name] = context.new_page()
        pages["baseline"].goto(servers["baseline"].url, wait_until="commit")
        wait_drawn(pages["baseline"])
        for label, path in paths.items():
            pages["dashboard"].goto(servers["dashboard"].url + path, wait_until="commit")
            wait_page(pages["dashboard"])
            times: dict[str, list[float]] = {name: [] for name in pages}
            for _ in range(reloads):
                for name, page in pages.items():
                    started = time.perf_counter()
                    page.reload(wait_until="commit")
                    (wait_page if name == "dashboard" else wait_drawn)(page)
                    times[name].append(time.perf_counter() - started)
            result[label] = {name: statistics.median(values) for name, values in times.items()}
    finally:
        for context in contexts:
            context.close()
        for server in servers.values():
            harness.stop(server)
    return result


def wait_page(page: Any) -> None:
    """Wait until a dashboard page is drawn: its script finished, a title shown, each chart drawn."""
    page.wait_for_function(
        harness.PAGE_DRAWN_JS, arg=harness.MARKERS, timeout=harness.DRAW_TIMEOUT_MS, polling=10
    )


def click_to_panel(page: Any, server: harness.Server, indicator: str) -> tuple[float, float]:
    """Open the indicator page, click a point; return the ms until the panel shows and the server's ms."""
    page.goto(f"{server.url}/indicator?id={indicator}", wait_until="commit")
    wait_drawn(page)
    if page.locator(harness.PANEL_QUOTE).count():
        raise RuntimeError("the quote panel shows before any click")
    points = page.locator(harness.POINTS)
    target = None
    for index in range(points.count()):
        box = points.nth(index).bounding_box()
        if box and box["width"] > 0 and box["height"] > 0:
            target = points.nth(index)
            break
    if target is None:
        raise RuntimeError("no visible point to click on the indicator page")
    before = len(server.runs_after(0, wait_s=0.5))
    started = time.perf_counter()
    target.click(force=True)
    page.wait_for_function(
        harness.PANEL_JS, arg=harness.PANEL_QUOTE, timeout=harness.DRAW_TIMEOUT_MS, polling=5
    )
    browser_ms = (time.perf_counter() - started) * 1000
    runs = server.runs_after(before)
    if not runs:
        raise RuntimeError("the click made the server run no script")
    return browser_ms, sum(run["ms"] for run in runs)


@contextmanager
def script_runs(profile: cProfile.Profile | None = None) -> Iterator[list[float]]:
    """Time (and optionally profile) every AppTest script run inside its own thread."""
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    original = LocalScriptRunner._run_script_thread
    times: list[float] = []

    def timed(self: Any) -> None:
        started = time.perf_counter()
        if profile is not None:
            profile.enable()
        try:
            original(self)
        finally:
            if profile is not None:
                profile.disable()
            times.append(time.perf_counter() - started)

    LocalScriptRunner._run_script_thread = timed  # type: ignore[method-assign]
    try:
        yield times
    finally:
        LocalScriptRunner._run_script_thread = original  # type: ignore[method-assign]


def app_test(data: Path | None) -> Any:
    """Return an AppTest of the dashboard on ``data`` (or the real data)."""
    from streamlit.testing.v1 import AppTest

    if data is not None:
        os.environ["INDICATORS_DATA"] = str(data)
    return AppTest.from_file(str(harness.ROOT / DASHBOARD), default_timeout=120)


def page_rerun_ms(data: Path | None, indicator: str, rounds: int) -> list[float]:
    """Return the milliseconds of a whole indicator-page script run with a point selected (AppTest)."""
    import streamlit as st

    from dashboard import data as dashboard_data

    st.cache_data.clear()
    dashboard_data.clear()
    at = app_test(data)
    at.switch_page("dashboard/pages/indicator.py")
    at.query_params["id"] = indicator
    at.run()
    if at.exception:
        raise RuntimeError(f"the indicator page failed: {at.exception[0].message}")
    spec = json.loads(next(e for e in at.get("plotly_chart")).proto.spec)
    obs_ids = [
        row[0]
        for trace in spec["data"]
        for row in (trace.get("customdata") or [])
        if isinstance(row, list) and row
    ]
    if not obs_ids:
        raise RuntimeError("the indicator chart has no point carrying an observation id")
    times = []
    for index in range(rounds):
        obs = obs_ids[index % len(obs_ids)]
        at.session_state[f"chart-{indicator}"] = {
            "selection": {
                "points": [{"curve_number": 0, "point_index": 0, "customdata": [obs]}],
                "point_indices": [0],
                "box": [],
                "lasso": [],
            }
        }
        with script_runs() as runs:
            at.run()
        if at.exception:
            raise RuntimeError(f"the click rerun failed: {at.exception[0].message}")
        if at.query_params.get("obs") not in ([obs], obs):
            raise RuntimeError(f"the click did not select {obs}: {dict(at.query_params)}")
        times.append(runs[-1] * 1000)
    return times


def profile_overview(data: Path | None, out: Path) -> dict[str, Any]:
    """Profile one cold and one warm script run of the overview; return the top functions."""
    import streamlit as st

    from dashboard import data as dashboard_data

    st.cache_data.clear()
    dashboard_data.clear()
    report: dict[str, Any] = {}
    for label in ("cold", "warm"):
        profile = cProfile.Profile()
        at = app_test(data)
        with script_runs(profile) as runs:
            at.run()
        if at.exception:
            raise RuntimeError(f"the overview failed: {at.exception[0].message}")
        profile.dump_stats(out / f"overview-{label}.prof")
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(25)
        (out / f"overview-{label}.txt").write_text(text.getvalue(), encoding="utf-8")
        report[label] = {"script_ms": runs[-1] * 1000, "top": _top(profile)}
    return report


def _top(profile: cProfile.Profile, count: int = 12) -> list[dict[str, Any]]:
    stats = pstats.Stats(profile)
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = file.replace(str(harness.ROOT) + "/", "")
        if "site-packages/" in where:
            where = where.split("site-packages/", 1)[1]
        rows.append(
            {
                "function": f"{where}:{line}({name})",
                "calls": calls,
                "own_ms": own * 1000,
                "cumulative_ms": cumulative * 1000,
            }
        )
    rows.sort(key=lambda row: row["cumulative_ms"], reverse=True)
    # Leave out the wrappers that hold the whole run (script runner, exec, app.py, shell.run).
    whole = rows[0]["cumulative_ms"] if rows else 0.0
    return [row for row in rows if row["cumulative_ms"] < 0.9 * whole][:count]


def load_validate_ms(data: Path | None, rounds: int) -> tuple[list[float], list[float]]:
    """Return the milliseconds of the dashboard's and the baseline's data loading, per round."""
    import yaml

    from indicators import DATA_FILE
    from indicators.check import check_file
    from indicators.view import observation_views

    path = data or DATA_FILE

    def dashboard() -> None:  # what the app's dashboard.data._load does
        result = check_file(path)
        if not result.ok or result.dataset is None:
            raise RuntimeError(f"{path} does not pass the check: {result.problems[:1]}")
        observation_views(result.dataset, result.evidence, result.texts)

    def baseline() -> None:
        with path.open("rb") as stream:
            records = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["observations"]
        [float(r["value"]) for r in records]

    return _timed(dashboard, rounds), _timed(baseline, rounds)


def _timed(step: Callable[[], None], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(values: list[float]) -> dict[str, float]:
    """Return the median, minimum and maximum of the values."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def markdown(results: dict[str, Any]) -> str:
    """Return the results table: median (min–max) per app, the ratio and the target."""
    lines = [
        "| measure | dashboard median (min–max) | baseline median (min–max) | dashboard / baseline "
        "| target | met |",
        "|:--|--:|--:|--:|:--|:--|",
    ]
    for key, label, unit in METRICS:
        ours = results["dashboard"].get(key)
        theirs = results["baseline"].get(key)
        if ours is None:
            continue
        ratio = ours["median"] / theirs["median"] if theirs else None
        if key in ("rss_after_click_mib", "rss_after_data_mib"):  # the baseline has no other page
            base = results["baseline"].get("rss_mib")
            ratio = ours["median"] / base["median"] if base else None
            target = "(Plotly loaded)" if key == "rss_after_click_mib" else "(pandas and numpy loaded)"
            met = "—"
        elif key == "click_ms":
            target, met = "(browser view of the click)", "—"
        elif key in ("click_server_ms", "page_rerun_ms"):
            target, met = f"< {TARGET_CLICK_MS:.0f} ms", "yes" if ours["median"] < TARGET_CLICK_MS else "no"
        elif key == "load_validate_ms":
            target, met = "(explains cold start)", "—"
        else:
            met = "yes" if ratio is not None and ratio <= TARGET_RATIO else "no"
            target = f"≤ {TARGET_RATIO}× baseline"
        lines.append(
            f"| {label} | {_cell(ours, unit)} | {_cell(theirs, unit) if theirs else '—'} | "
            f"{f'{ratio:.2f}×' if ratio is not None else '—'} | {target} | {met} |"
        )
    return "\n".join(lines)


def pages_markdown(pages: dict[str, Any]) -> str:
    """Return the warm load of every page against the baseline's: medians of the rounds' medians."""
    lines = [
        "| page (warm load) | dashboard median (min–max) | baseline median (min–max) | ratio | target "
        "| met |",
        "|:--|--:|--:|--:|:--|:--|",
    ]
    for label, item in pages.items():
        ratio = item["dashboard"]["median"] / item["baseline"]["median"]
        lines.append(
            f"| {label} (`{item['path']}`) | {_cell(item['dashboard'], 's')} | "
            f"{_cell(item['baseline'], 's')} | {ratio:.2f}× | ≤ {TARGET_RATIO}× baseline | "
            f"{'yes' if ratio <= TARGET_RATIO else 'no'} |"
        )
    return "\n".join(lines)


def _cell(item: dict[str, float], unit: str) -> str:
    digits = 2 if unit == "s" else 0
    return f"{item['median']:.{digits}f} {unit} ({item['min']:.{digits}f}–{item['max']:.{digits}f})"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of A B (at least 3)")
    parser.add_argument(
        "--reloads",
        type=int,
        default=WARM_RELOADS,
        help=f"warm reloads per app and round (default {WARM_RELOADS})",
    )
    parser.add_argument(
        "--page-reloads",
        type=int,
        default=PAGE_RELOADS,
        help=f"warm reloads of each page per app and round (default {PAGE_RELOADS}; 0 skips them)",
    )
    parser.add_argument("--data", type=Path, help="a dataset file for both apps (default: the real data)")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile of the overview")
    args = parser.parse_args(argv)
    if args.rounds < 3:
        parser.error("--rounds must be at least 3")
    from playwright.sync_api import sync_playwright
    from streamlit.logger import set_log_level

    set_log_level("error")
    logging.disable(logging.WARNING)  # AppTest in this process warns about its bare mode on every run

    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    run_dir = RESULTS / stamp
    run_dir.mkdir()
    data = args.data.resolve() if args.data else None
    dataset = harness.checked_dataset(data)
    indicator = harness.click_indicator(dataset, CLICK_INDICATOR)
    paths = page_paths(dataset, indicator)
    raw: dict[str, dict[str, list[float]]] = {"dashboard": {}, "baseline": {}}
    by_page: dict[str, dict[str, list[float]]] = {label: {"dashboard": [], "baseline": []} for label in paths}
    with sync_playwright() as playwright:
        browser = harness.launch_browser(playwright)
        info = harness.machine(browser.version)
        print(
            f"# bench.run {stamp}: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB, "
            f"Python {info['python']}, Streamlit {info['streamlit']}, Chromium {info['chromium']}",
            flush=True,
        )
        try:
            for round_ in range(args.rounds):
                for name, script in APPS:
                    target = indicator if name == "dashboard" else None
                    measured = measure_browser(browser, script, data, run_dir, click=target)
                    for key, value in measured.items():
                        raw[name].setdefault(key, []).append(value)
                    print(
                        f"round {round_ + 1} {name}: "
                        + ", ".join(f"{key} {value:.3f}" for key, value in measured.items()),
                        flush=True,
                    )
                warm = measure_warm(browser, data, run_dir, args.reloads)
                for name, value in warm.items():
                    raw[name].setdefault("warm_load_s", []).append(value)
                print(
                    f"round {round_ + 1} warm load, median of {args.reloads} reloads each, alternating: "
                    + ", ".join(f"{name} {value:.3f}" for name, value in warm.items()),
                    flush=True,
                )
                if args.page_reloads:
                    timed = measure_pages(browser, data, run_dir, args.page_reloads, paths)
                    for label, pair in timed.items():
                        for name, value in pair.items():
                            by_page[label][name].append(value)
                        print(
                            f"round {round_ + 1} warm load of {label}: dashboard {pair['dashboard']:.3f}, "
                            f"baseline {pair['baseline']:.3f}",
                            flush=True,
                        )
        finally:
            browser.close()
    ours, theirs = load_validate_ms(data, max(args.rounds, 5))
    raw["dashboard"]["load_validate_ms"], raw["baseline"]["load_validate_ms"] = ours, theirs
    raw["dashboard"]["page_rerun_ms"] = page_rerun_ms(data, indicator, max(args.rounds, 5))
    profile = None if args.no_profile else profile_overview(data, run_dir)
    results: dict[str, Any] = {
        "when": stamp,
        "machine": info,
        "rounds": args.rounds,
        "data": str(data or "data/indicators.yaml"),
        "click_indicator": indicator,
        "order": "A B alternating: dashboard then baseline in each round; warm reloads alternate "
        "A B A B on two servers running side by side",
        "dashboard": {key: summary(values) for key, values in raw["dashboard"].items()},
        "baseline": {key: summary(values) for key, values in raw["baseline"].items()},
        "raw": raw,
        "profile": profile,
        "load_average_end": os.getloadavg(),
        "pages": {
            label: {"path": paths[label], **{name: summary(values) for name, values in pair.items()}}
            for label, pair in by_page.items()
            if pair["dashboard"]
        },
    }
    table = markdown(results) + ("\n\n" + pages_markdown(results["pages"]) if results["pages"] else "")
    results["table"] = table
    (RESULTS / f"run-{stamp}.json").write_text(
        json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    print()
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB RAM, {info['os']}; "
        f"Python {info['python']}, Streamlit {info['streamlit']}, Plotly {info['plotly']}, "
        f"Chromium {info['chromium']}; load average (1 min) at start {info['load_average'][0]:.2f}, "
        f"at end {results['load_average_end'][0]:.2f}"
    )
    print()
    print(table)
    if profile:
        print()
        for label in ("cold", "warm"):
            print(
                f"Overview script run ({label} cache): {profile[label]['script_ms']:.0f} ms; "
                "top by cumulative time:"
            )
            for row in profile[label]["top"][:8]:
                print(f"  {row['cumulative_ms']:8.1f} ms  {row['calls']:>7} calls  {row['function']}")
    print(f"\nJSON: {RESULTS / f'run-{stamp}.json'}; logs and profiles: {run_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
