"""What each element of a page costs the browser: ``python -m bench.ablate PATH [--drop RULE ...]``.

The same page is served by several dashboard servers side by side, each with one kind of element
left out (``$BENCH_DROP``, read by :mod:`bench.timed_server`, which then patches Streamlit's
functions before the app runs), beside the full page and the baseline app. Reloads go round the
servers in turn (full, each variant, baseline, full, ...), so all meet the same moment's load; the
medians and each variant's difference from the full page are printed. A rule names one kind of
element (see :data:`RULES`); ``a+b`` leaves out both.

Leaving an element out is an experiment only: the page may lose a function or its look.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench import harness

VARIABLE = "BENCH_DROP"


def _html_has(*needles: str) -> Callable[[tuple[Any, ...], dict[str, Any]], bool]:
    def match(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
        body = str(args[0] if args else kwargs.get("body", ""))
        return any(needle in body for needle in needles)

    return match


def _key_is(*keys: str) -> Callable[[tuple[Any, ...], dict[str, Any]], bool]:
    return lambda args, kwargs: kwargs.get("key") in keys


def _always(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    return True


# rule: (Streamlit function, which calls it drops). A dropped call draws nothing (a container
# function gives a plain container instead, so what is inside still shows).
RULES: dict[str, tuple[str, Callable[[tuple[Any, ...], dict[str, Any]], bool]]] = {
    "selectbox": ("selectbox", _always),
    "image_format": ("segmented_control", _key_is("image-format")),
    "lang_switch": ("html", _html_has("hi-langs")),
    "expander": ("expander", _always),
    "obs_table": ("html", _html_has("hi-obs")),
    "index_table": ("html", _html_has("hi-index")),
    "qualifier_table": ("html", _html_has("hi-qualifiers")),
    "article": ("html", _html_has('class="article"')),
    "share": ("html", _html_has("hi-copy-link")),
    "footer": ("html", _html_has("hi-footer")),
    "style": ("html", _html_has("<style>")),
    "tap": ("html", _html_has("__hiTap")),
    "page_link": ("page_link", _always),
    "dataframe": ("dataframe", _always),
    "multiselect": ("multiselect", _always),
    "toggle": ("toggle", _always),
    "download": ("download_button", _always),
    "button": ("button", _always),
    "caption": ("caption", _always),
    "markdown": ("markdown", _always),
    "plotly": ("plotly_chart", _always),
    "columns": ("columns", _always),
    "picker": ("html", _html_has("hi-picker")),
    "meaning": ("html", _html_has("hi-folded")),
    "chart_notes": ("html", _html_has("hi-image")),
    "title": ("title", _always),
    "header": ("header", _always),
}


def _no_automargin(figure: Any) -> None:
    for axis in ("xaxis", "yaxis", "xaxis2", "yaxis2"):
        if getattr(figure.layout, axis, None) is not None:
            figure.layout[axis].automargin = False
    figure.layout.margin = {"l": 60, "r": 12, "t": 112, "b": 80}


def _single_plot(figure: Any) -> None:
    figure.data = [trace for trace in figure.data if getattr(trace, "xaxis", None) in (None, "x")]
    figure.layout.xaxis2 = None
    figure.layout.yaxis2 = None


def _bare(figure: Any) -> None:
    """One marker trace of the same points on a default layout, as the baseline draws."""
    xs = [x for trace in figure.data for x in (trace.x or ())]
    ys = [y for trace in figure.data for y in (trace.y or ())]
    custom = [row for trace in figure.data for row in (trace.customdata or [None] * len(trace.x or ()))]
    figure.data = []
    figure.layout = {}
    figure.add_scatter(x=xs, y=ys, customdata=custom, mode="markers")


FIGURE_RULES: dict[str, Callable[[Any], None]] = {
    "fig_bare": _bare,
    "fig_automargin": _no_automargin,
    "fig_legend": lambda figure: figure.update_layout(showlegend=False),
    "fig_annotations": lambda figure: figure.update_layout(annotations=[]),
    "fig_shapes": lambda figure: figure.update_layout(shapes=[]),
    "fig_minor": lambda figure: figure.update_xaxes(minor=None),
    "fig_title": lambda figure: figure.update_layout(title=None),
    "fig_single": _single_plot,
}


# Rules that change how the page is drawn rather than leave an element out.
EXTRA_RULES = ("modebar", "nav", "icons", "root:URL_PATH")


def install(spec: str) -> None:
    """Patch Streamlit so that the calls the rules in ``spec`` (``a+b``) name draw nothing."""
    import streamlit as st

    rules = [rule for rule in spec.split("+") if rule]
    by_function: dict[str, list[Callable[[tuple[Any, ...], dict[str, Any]], bool]]] = {}
    for rule in rules:
        if rule in RULES:
            function, match = RULES[rule]
            by_function.setdefault(function, []).append(match)
    for function, matches in by_function.items():
        setattr(st, function, _dropping(function, getattr(st, function), matches))
    root = next((rule.split(":", 1)[1] for rule in rules if rule.startswith("root:")), None)
    if root is not None:  # the page at url_path ROOT served at "/" (the default page) instead
        _wrap(st, "Page", lambda kwargs: {**kwargs, "default": kwargs.get("url_path") == root})
    if "icons" in rules:  # no Material icon on the menu's pages or the page links
        _wrap(st, "Page", lambda kwargs: {**kwargs, "icon": None})
        _wrap(st, "page_link", lambda kwargs: {**kwargs, "icon": None})
    if "nav" in rules:  # the page menu hidden, as when the app is embedded
        _wrap(st, "navigation", lambda kwargs: {**kwargs, "position": "hidden"})
    modebar = "modebar" in rules
    figure_changes = [FIGURE_RULES[rule] for rule in rules if rule in FIGURE_RULES]
    if modebar or figure_changes:
        chart = st.plotly_chart

        def plotly_chart(*args: Any, **kwargs: Any) -> Any:
            if modebar:
                kwargs["config"] = {**(kwargs.get("config") or {}), "displayModeBar": False}
            figure = args[0] if args else kwargs.pop("figure_or_data")
            for change in figure_changes:
                change(figure)
            return chart(figure, *args[1:], **kwargs)

        st.plotly_chart = plotly_chart


def _wrap(module: Any, name: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Replace ``module.name`` by a function that calls it with its keyword arguments changed."""
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        return original(*args, **change(kwargs))

    setattr(module, name, wrapped)


def _dropping(
    function: str,
    original: Callable[..., Any],
    matches: list[Callable[[tuple[Any, ...], dict[str, Any]], bool]],
) -> Callable[..., Any]:
    import streamlit as st

    def patched(*args: Any, **kwargs: Any) -> Any:
        if not any(match(args, kwargs) for match in matches):
            return original(*args, **kwargs)
        if function == "expander":
            return st.container()
        if function == "columns":
            count = args[0] if args else kwargs.get("spec", 2)
            return [st.container() for _ in range(count if isinstance(count, int) else len(count))]
        if function in ("selectbox", "segmented_control"):
            return kwargs.get("default")
        if function == "multiselect":
            return []
        return None

    return patched


@contextlib.contextmanager
def _dropped(spec: str) -> Iterator[None]:
    before = os.environ.get(VARIABLE)
    os.environ[VARIABLE] = spec
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(VARIABLE, None)
        else:
            os.environ[VARIABLE] = before


def measure(
    browser: Any,
    path: str,
    variants: list[str],
    reloads: int,
    log_dir: Path | None = None,
    viewport: dict[str, int] | None = None,
    cpu_times: dict[str, list[float]] | None = None,
    parts: dict[str, dict[str, list[float]]] | None = None,
    others: dict[str, Path] | None = None,
) -> dict[str, list[float]]:
    """Reload ``path`` on one server per variant ("" is the full page) and the baseline, in turn."""
    servers: dict[str, harness.Server] = {}
    contexts: list[Any] = []
    times: dict[str, list[float]] = {}
    cpu = cpu_times if cpu_times is not None else {}
    split = parts if parts is not None else {}
    try:
        for variant in variants:
            with _dropped(variant):
                servers[variant or "full"] = harness.start("app.py", None, log_dir)
        for name, root in (others or {}).items():
            servers[name] = harness.start("app.py", None, log_dir, root=root)
        servers["baseline"] = harness.start("bench/baseline_app.py", None, log_dir)
        pages = {}
        sessions = {}
        for name, server in servers.items():
            context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
            contexts.append(context)
            pages[name] = context.new_page()
            sessions[name] = context.new_cdp_session(pages[name])
            sessions[name].send("Performance.enable", {"timeDomain": "threadTicks"})
            where = "/" if name == "baseline" else path
            if name.startswith("root:"):  # the same view at the root of the address
                where = "/?" + path.split("?", 1)[1] if "?" in path else "/"
            pages[name].goto(server.url + where, wait_until="commit")
            _wait(pages[name], name)
            times[name] = []
            cpu[name] = []
        for _ in range(reloads):
            for name, page in pages.items():
                started = time.perf_counter()
                page.reload(wait_until="commit")
                _wait(page, name)
                times[name].append(time.perf_counter() - started)
                cpu[name].append(
                    _task_seconds(sessions[name], split.setdefault(name, {}))
                )  # the counter restarts per document
    finally:
        for context in contexts:
            context.close()
        for server in servers.values():
            harness.stop(server)
    return times


PARTS = ("ScriptDuration", "LayoutDuration", "RecalcStyleDuration")


def _task_seconds(session: Any, parts: dict[str, list[float]] | None = None) -> float:
    """Return the renderer's main-thread busy time so far (CDP ``TaskDuration``, thread time), and
    add its script, layout and style parts to ``parts``."""
    metrics = {
        item["name"]: float(item["value"]) for item in session.send("Performance.getMetrics")["metrics"]
    }
    for name in PARTS:
        if parts is not None:
            parts.setdefault(name, []).append(metrics.get(name, 0.0))
    return metrics["TaskDuration"]


def _wait(page: Any, name: str) -> None:
    script = harness.DRAWN_JS if name == "baseline" else harness.PAGE_DRAWN_JS
    page.wait_for_function(script, arg=harness.MARKERS, timeout=harness.DRAW_TIMEOUT_MS, polling=10)


def main(argv: list[str] | None = None) -> int:
    """Measure one page with each rule's elements left out, beside the full page and the baseline."""
    parser = argparse.ArgumentParser(prog="python -m bench.ablate", description=__doc__.split("\n")[0])
    parser.add_argument("path", help="the page, such as '/indicator?id=fdi'")
    parser.add_argument(
        "--drop",
        action="append",
        default=[],
        help="rules ('a+b': both): " + ", ".join([*RULES, *FIGURE_RULES, *EXTRA_RULES]),
    )
    parser.add_argument("--reloads", type=int, default=9)
    parser.add_argument(
        "--against", type=Path, action="append", default=[], help="another checkout's full page to time too"
    )
    parser.add_argument("--phone", action="store_true", help="a 390 px wide screen")
    args = parser.parse_args(argv)
    for spec in args.drop:
        unknown = [
            rule
            for rule in spec.split("+")
            if rule not in {*RULES, *FIGURE_RULES, *EXTRA_RULES} and not rule.startswith("root:")
        ]
        if unknown:
            parser.error(f"unknown rule(s): {unknown}")
    from playwright.sync_api import sync_playwright

    viewport = {"width": 390, "height": 844} if args.phone else None
    print(f"load average at start: {os.getloadavg()[0]:.2f}", flush=True)
    with sync_playwright() as playwright:
        browser = harness.launch_browser(playwright)
        try:
            cpu: dict[str, list[float]] = {}
            split: dict[str, dict[str, list[float]]] = {}
            times = measure(
                browser,
                args.path,
                ["", *args.drop],
                args.reloads,
                viewport=viewport,
                cpu_times=cpu,
                parts=split,
                others={str(root): root.resolve() for root in args.against},
            )
        finally:
            browser.close()
    full = statistics.median(times["full"])
    base = statistics.median(times["baseline"])
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    print(f"{args.path}: {args.reloads} reloads each, in turn")
    full_cpu = statistics.median(cpu["full"])
    print(
        "| variant | median s | min–max | vs full (ms) | / baseline | main thread ms | vs full (ms) "
        "| script / layout / style ms |"
    )
    print("|:--|--:|--:|--:|--:|--:|--:|--:|")
    for name, values in times.items():
        median = statistics.median(values)
        busy = statistics.median(cpu[name])
        print(
            f"| {name} | {median:.3f} | {min(values):.3f}–{max(values):.3f} | "
            f"{(median - full) * 1000:+.0f} | {median / base:.2f}× | {busy * 1000:.0f} | "
            f"{(busy - full_cpu) * 1000:+.0f} | "
            + " / ".join(f"{statistics.median(split[name][part]) * 1000:.0f}" for part in PARTS)
            + " |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
