"""A load test on a running dashboard: ``python -m bench.load [--sessions 20] [--url URL]``.

Each of ``--sessions`` concurrent browser contexts (at most 50) opens the overview, an indicator,
an article, the data table and the about page, then clicks a point on the indicator page and
waits for its quote panel. Every page must render (script finished, no skeleton, a chart drawn
where one belongs) with no Streamlit exception, no error alert and no JavaScript error. The
95th-percentile page time is reported. Without ``--url`` it starts its own server on a free
127.0.0.1 port; a given ``--url`` must be on the loopback interface. Every wait has a limit and
the whole run stops after ``--limit`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bench import harness

MAX_SESSIONS = 50
PAGE_TIMEOUT_MS = 120_000


@dataclass
class Visit:
    """One page a session opened: how long until it rendered, and what went wrong."""

    session: int
    path: str
    seconds: float
    errors: list[str] = field(default_factory=list)


def plan(data: Path | None) -> tuple[list[tuple[str, bool]], str]:
    """Return the pages each session opens (path, has a chart) and the indicator to click on."""
    dataset = harness.checked_dataset(data)
    indicator = harness.click_indicator(dataset)
    source = dataset.sources[0].id
    pages = [
        ("/", True),
        (f"/indicator?id={indicator}", True),
        (f"/source?id={source}", False),
        ("/data", False),
        ("/about", False),
    ]
    return pages, indicator


async def settle(page: Any, chart: bool) -> None:
    """Wait until the page has rendered (and drawn its chart, if it has one)."""
    if chart:
        await page.wait_for_function(
            harness.DRAWN_JS, arg=harness.MARKERS, timeout=PAGE_TIMEOUT_MS, polling=20
        )
    else:
        await page.wait_for_function(harness.SETTLED_JS, timeout=PAGE_TIMEOUT_MS, polling=20)


async def session(
    browser: Any, url: str, number: int, pages: list[tuple[str, bool]], indicator: str, visits: list[Visit]
) -> None:
    """Open every page in one browser context, then click a point and wait for the quote panel."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    script_errors: list[str] = []
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: script_errors.append(str(error)))
        order = pages[number % len(pages) :] + pages[: number % len(pages)]  # not all on one page at once
        for path, chart in order:
            started = time.perf_counter()
            visit = Visit(number, path, 0.0)
            try:
                await page.goto(url + path, wait_until="commit", timeout=PAGE_TIMEOUT_MS)
                await settle(page, chart)
            except Exception as error:  # a time-out is this test's finding, not a crash
                visit.errors.append(f"not rendered: {type(error).__name__}: {str(error)[:200]}")
            visit.seconds = time.perf_counter() - started
            if shown := await page.locator(harness.ERRORS).count():
                visit.errors.append(f"{shown} error element(s) on the page")
            visit.errors += script_errors
            script_errors.clear()
            visits.append(visit)
        visits.append(await click(page, url, number, indicator))
    finally:
        await context.close()


async def click(page: Any, url: str, number: int, indicator: str) -> Visit:
    """Click the first visible point on the indicator page and time the quote panel."""
    path = f"/indicator?id={indicator}#click"
    visit = Visit(number, path, 0.0)
    try:
        await page.goto(f"{url}/indicator?id={indicator}", wait_until="commit", timeout=PAGE_TIMEOUT_MS)
        await settle(page, True)
        points = page.locator(harness.POINTS)
        for index in range(await points.count()):
            box = await points.nth(index).bounding_box()
            if box and box["width"] > 0 and box["height"] > 0:
                started = time.perf_counter()
                await points.nth(index).click(force=True)
                await page.wait_for_function(
                    harness.PANEL_JS, arg=harness.PANEL_QUOTE, timeout=PAGE_TIMEOUT_MS, polling=10
                )
                visit.seconds = time.perf_counter() - started
                break
        else:
            visit.errors.append("no visible point to click")
    except Exception as error:  # reported as this session's error
        visit.errors.append(f"click: {type(error).__name__}: {str(error)[:200]}")
    return visit


async def run(
    url: str, sessions: int, pages: list[tuple[str, bool]], indicator: str, limit: float
) -> tuple[list[Visit], float]:
    """Run the sessions concurrently in one headless Chromium; return the visits and the wall time."""
    from playwright.async_api import async_playwright

    visits: list[Visit] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=harness.CHROMIUM, args=harness.CHROMIUM_ARGS, headless=True
        )
        started = time.perf_counter()
        try:
            await asyncio.wait_for(
                asyncio.gather(
                    *(session(browser, url, number, pages, indicator, visits) for number in range(sessions))
                ),
                timeout=limit,
            )
        except TimeoutError:
            visits.append(Visit(-1, "(run)", limit, [f"the run did not finish within {limit:.0f} s"]))
        finally:
            await browser.close()
    return visits, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """Return the nearest-rank percentile (share in 0-1) of the values."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def main(argv: list[str] | None = None) -> int:
    """Run the load test; exit 1 if a page failed to render or showed an error."""
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sessions", type=int, default=20, help=f"concurrent contexts (at most {MAX_SESSIONS})"
    )
    parser.add_argument("--url", help="a running dashboard on 127.0.0.1 (default: start one)")
    parser.add_argument("--data", type=Path, help="a dataset file (default: the real data)")
    parser.add_argument(
        "--limit", type=float, default=600.0, help="stop the whole run after this many seconds"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= MAX_SESSIONS:
        parser.error(f"--sessions must be between 1 and {MAX_SESSIONS}")
    if args.url and urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("--url must be on this machine's loopback interface (127.0.0.1)")
    pages, indicator = plan(args.data)
    server = None if args.url else harness.start("app.py", args.data)
    url = args.url.rstrip("/") if args.url else server.url if server else ""
    try:
        visits, wall = asyncio.run(run(url, args.sessions, pages, indicator, args.limit))
        rss = harness.rss_bytes(server.process.pid) / 2**20 if server else None
        server_ms = sorted(run["ms"] for run in server.runs()) if server else []
    finally:
        if server:
            harness.stop(server)
    page_times = [v.seconds for v in visits if not v.path.endswith("#click") and not v.errors]
    click_times = [v.seconds for v in visits if v.path.endswith("#click") and not v.errors]
    failed = [v for v in visits if v.errors]
    expected = args.sessions * (len(pages) + 1)
    report = {
        "when": datetime.now(UTC).strftime("%Y%m%d-%H%M%S"),
        "machine": harness.machine(),
        "sessions": args.sessions,
        "visits": len(visits),
        "expected_visits": expected,
        "failed": len(failed),
        "wall_s": wall,
        "server_rss_mib_after": rss,
        "page_s": {
            "p50": statistics.median(page_times) if page_times else None,
            "p95": percentile(page_times, 0.95) if page_times else None,
            "max": max(page_times, default=None),
        },
        "click_s": {
            "p50": statistics.median(click_times) if click_times else None,
            "p95": percentile(click_times, 0.95) if click_times else None,
        },
        # The server's own time per script run (pages and click reruns), from bench.timed_server.
        "server_run_ms": {
            "runs": len(server_ms),
            "p50": statistics.median(server_ms) if server_ms else None,
            "p95": percentile(server_ms, 0.95) if server_ms else None,
            "max": max(server_ms, default=None),
        },
        "by_page": {
            path: statistics.median([v.seconds for v in visits if v.path == path and not v.errors] or [0])
            for path in dict.fromkeys(v.path for v in visits)
        },
        "errors": [{"session": v.session, "path": v.path, "errors": v.errors} for v in failed][:50],
    }
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"load-{report['when']}.json").write_text(
        json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    print(
        f"{args.sessions} concurrent sessions, {len(visits)}/{expected} visits in {wall:.1f} s, "
        f"{len(failed)} with errors"
    )
    if page_times:
        print(
            f"page time: median {report['page_s']['p50']:.2f} s, 95th percentile "
            f"{report['page_s']['p95']:.2f} s, max {report['page_s']['max']:.2f} s"
        )
    if click_times:
        print(
            f"click → quote panel: median {report['click_s']['p50']:.2f} s, 95th percentile "
            f"{report['click_s']['p95']:.2f} s"
        )
    if server_ms:
        times = report["server_run_ms"]
        print(
            f"server time per script run ({len(server_ms)} runs): median {times['p50']:.0f} ms, "
            f"95th percentile {times['p95']:.0f} ms, max {times['max']:.0f} ms"
        )
    for path, seconds in report["by_page"].items():
        print(f"  median {seconds:6.2f} s  {path}")
    for item in report["errors"][:10]:
        print(f"  error: session {item['session']} {item['path']}: {'; '.join(item['errors'])[:300]}")
    ok = not failed and len(visits) == expected
    print("result: ok" if ok else "result: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
