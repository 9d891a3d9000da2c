"""How the data work grows with the dataset: check, load and the heaviest page's data work.

Times are the best of 3 runs in CPU seconds of this process (see :func:`best_of`); the wall-clock
times are printed beside them.

The three measured steps, each a plain function of a dataset file:

* **check**: :func:`indicators.check.check_file`, everything the app does before showing a page
  (read, validate, prove every quote, coverage);
* **load**: the strict reader and the model's validation of the whole file
  (:func:`indicators.loader.read_document` + ``Dataset.model_validate``);
* **page**: the observations' views (:func:`indicators.view.observation_views`) and one figure
  per indicator (:func:`indicators.charts.indicator_figure`), from an already checked dataset.

``python -m bench.scale`` prints the table for 1,000, 10,000 and 100,000 observations.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import synth
from indicators import loader
from indicators.check import CheckResult, check_file
from indicators.model import Dataset

SIZES = (1_000, 10_000, 100_000)


def best_of(
    step: Callable[[], Any],
    rounds: int = 3,
    give_up_s: float | None = None,
    clock: Callable[[], float] = time.process_time,
) -> float:
    """Return the shortest time of ``rounds`` runs of ``step``, in seconds (caches emptied, GC off).

    The clock is this process's CPU time by default: the work is single-threaded, so on an idle
    machine it equals the wall time, and on a machine shared with other engineers' test runs
    their jobs do not count. With ``give_up_s``, a run longer than that ends the repeats: it is
    already far past any bound the tests set, and repeating it would only make the suite slow.
    """
    times: list[float] = []
    for _ in range(rounds):
        if give_up_s is not None and times and times[-1] > give_up_s:
            break
        clear_caches()
        gc.collect()
        gc.disable()
        try:
            started = clock()
            step()
            times.append(clock() - started)
        finally:
            gc.enable()
    return min(times)


def clear_caches() -> None:
    """Empty the package's ``lru_cache``s, so every timed run starts as the app's first one does.

    Without this, the best of 3 runs of a small dataset is a run whose articles' scans are all
    still cached from the run before (the caches hold 64 texts), while a large one never is.
    """
    for name, module in list(sys.modules.items()):
        if name == "indicators" or name.startswith("indicators."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def check(path: Path) -> CheckResult:
    """Check the dataset end to end, as the app does before it shows a page."""
    result = check_file(path)
    if not result.ok:
        raise RuntimeError(f"{path}: {len(result.problems)} problem(s), first: {result.problems[0]}")
    return result


def load(path: Path) -> Dataset:
    """Read the file strictly and validate it against the model, without provenance."""
    document, problems = loader.read_document(path)
    if document is None:
        raise RuntimeError(f"{path}: {problems[0]}")
    return Dataset.model_validate(document.data)


def page(result: CheckResult) -> int:
    """Build the views and every indicator's figure; return how many figures were built."""
    from indicators.charts import indicator_figure
    from indicators.view import ObservationView, observation_views

    assert result.dataset is not None
    groups: dict[str, list[ObservationView]] = {}
    for view in observation_views(result.dataset, result.evidence, result.texts):
        groups.setdefault(view.indicator.id, []).append(view)
    for views in groups.values():
        indicator_figure(views, "vi")
    return len(groups)


@contextmanager
def size_limit(limit: int) -> Iterator[None]:
    """Raise the loader's MAX_BYTES for one measurement (100,000 observations are ~30 MB)."""
    saved = loader.MAX_BYTES
    loader.MAX_BYTES = max(saved, limit)
    try:
        yield
    finally:
        loader.MAX_BYTES = saved


def measure(
    path: Path, rounds: int = 3, give_up_s: float | None = None, *, wall: bool = False
) -> dict[str, float]:
    """Return the best-of-``rounds`` CPU seconds of check, load and page work for one dataset file.

    With ``wall``, the wall-clock times are measured too (``check_wall`` ...), after the CPU ones.
    """
    with size_limit(path.stat().st_size + 1):
        result = check(path)
        steps: dict[str, Callable[[], Any]] = {
            "check": lambda: check(path),
            "load": lambda: load(path),
            "page": lambda: page(result),
        }
        times = {name: best_of(step, rounds, give_up_s) for name, step in steps.items()}
        if wall:
            times |= {
                f"{name}_wall": best_of(step, rounds, give_up_s, time.perf_counter)
                for name, step in steps.items()
            }
        return {
            **times,
            "bytes": float(path.stat().st_size),
            "observations": float(len(result.dataset.observations) if result.dataset else 0),
            "fits_max_bytes": float(path.stat().st_size <= loader.MAX_BYTES),
        }


def run(
    sizes: tuple[int, ...] = SIZES,
    rounds: int = 3,
    folder: Path | None = None,
    give_up_s: float | None = None,
) -> dict[int, dict[str, float]]:
    """Generate each size and measure it; return the seconds by size."""
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as scratch:
        base = folder or Path(scratch)
        for size in sizes:
            path = synth.write(size, base / f"synth-{size}")
            results[size] = measure(path, rounds, give_up_s, wall=True)
            print(
                f"  {size:>7,} observations: "
                + ", ".join(
                    f"{key} {value:.3f} s"
                    for key, value in results[size].items()
                    if key in ("check", "load", "page")
                ),
                flush=True,
            )
    return results


def markdown(results: dict[int, dict[str, float]]) -> str:
    """Return the results as a Markdown table with the growth from each size to the next."""
    lines = [
        "| observations | YAML size | check (s) | load (s) | page data work (s) | growth ×10 data "
        "(check / load / page) | wall: check / load / page (s) |",
        "|---:|---:|---:|---:|---:|:--|:--|",
    ]
    previous: dict[str, float] | None = None
    for size, row in results.items():
        growth = (
            ""
            if previous is None
            else " / ".join(f"{row[key] / previous[key]:.1f}×" for key in ("check", "load", "page"))
        )
        note = "" if row["fits_max_bytes"] else " (over MAX_BYTES)"
        walls = " / ".join(
            f"{row[f'{key}_wall']:.3f}" for key in ("check", "load", "page") if f"{key}_wall" in row
        )
        lines.append(
            f"| {size:,} | {row['bytes'] / 2**20:.1f} MiB{note} | {row['check']:.3f} | "
            f"{row['load']:.3f} | {row['page']:.3f} | {growth} | {walls} |"
        )
        previous = row
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure the sizes named on the command line (default 1k, 10k, 100k) and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--give-up",
        type=float,
        default=30.0,
        help="measure a step once if a run takes longer than this (seconds)",
    )
    args = parser.parse_args(argv)
    print(markdown(run(tuple(args.sizes), args.rounds, give_up_s=args.give_up)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
