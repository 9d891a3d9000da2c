"""The data work grows linearly: 10× the observations costs at most ~11× the time.

Synthetic datasets of 1,000 and 10,000 observations (``bench.synth``) are checked, loaded and
turned into the heaviest page's table and figures; each step is timed as the best of 3, in CPU
seconds of this process, so that other jobs on a shared machine do not count (on an idle machine
the single-threaded work takes as long on the wall clock). The 100,000-observation point is
measured by ``python -m bench.scale`` (docs/performance.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import scale, synth
from indicators.check import check_file

GROWTH_LIMIT = 11.0
TEN_THOUSAND_LIMIT_S = 1.0
GIVE_UP_S = 2.0  # a longer step is timed once: one run is an upper bound, so no test can pass by it


@pytest.fixture(scope="module")
def timings(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict[str, float]]:
    folder = tmp_path_factory.mktemp("scale")
    return {
        size: scale.measure(synth.write(size, folder / str(size)), give_up_s=GIVE_UP_S)
        for size in (1_000, 10_000)
    }


def test_the_generated_dataset_passes_the_check_with_full_coverage(tmp_path: Path) -> None:
    path = synth.write(120, tmp_path)
    result = check_file(path)
    assert [str(problem) for problem in result.problems] == []
    assert result.dataset is not None
    assert len(result.dataset.observations) == 120
    assert len(result.evidence) == 120
    assert [item.percent for item in result.coverage] == [100.0] * 3
    assert [item.claimed for item in result.coverage] == [50, 50, 20]
    assert all(item.dismissed > 0 for item in result.coverage)


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    first = synth.write(60, tmp_path / "a").read_bytes()
    second = synth.write(60, tmp_path / "b").read_bytes()
    assert first == second
    assert (tmp_path / "a" / "sources" / "synth_00001.txt").read_bytes() == (
        tmp_path / "b" / "sources" / "synth_00001.txt"
    ).read_bytes()


@pytest.mark.parametrize("step", ["check", "load", "page"])
def test_ten_times_the_data_costs_at_most_eleven_times_the_time(
    timings: dict[int, dict[str, float]], step: str
) -> None:
    small, large = timings[1_000][step], timings[10_000][step]
    assert large / small <= GROWTH_LIMIT, (
        f"{step}: 1,000 observations {small:.3f} s, 10,000 {large:.3f} s ({large / small:.1f}×)"
    )


@pytest.mark.parametrize("step", ["check", "load"])
def test_ten_thousand_observations_check_and_load_within_a_second(
    timings: dict[int, dict[str, float]], step: str
) -> None:
    seconds = timings[10_000][step]
    assert seconds < TEN_THOUSAND_LIMIT_S, f"{step} of 10,000 observations took {seconds:.3f} s"
