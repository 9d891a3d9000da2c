"""The cached Cloud environment (tests/cloud_env.py): keyed by what it is built from, published
only once complete, and never left half-built.

The builds here run no pip: ``cloud_env._run`` is replaced by a stand-in that makes what
``venv`` would (a ``bin/python``) and fails where a test says pip fails.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import cloud_env


@pytest.fixture
def requirements(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A requirements.txt of the test's own, in place of the project's."""
    path = tmp_path / "requirements.txt"
    path.write_text("streamlit==1.67.0\n", encoding="utf-8")
    monkeypatch.setattr(cloud_env, "REQUIREMENTS", path)
    monkeypatch.setattr(cloud_env, "CACHE", tmp_path / "cache")
    return path


def fake_run(fail_on: str | None = None) -> Callable[[list[str]], None]:
    """Return a stand-in for ``_run``: ``venv`` makes ``bin/python``; a command holding
    ``fail_on`` exits with status 1, as ``_run`` does when a command fails."""

    def run(command: list[str]) -> None:
        if fail_on is not None and fail_on in command:
            raise SystemExit(1)
        if "venv" in command:
            python = Path(command[-1]) / "bin" / "python"
            python.parent.mkdir(parents=True)
            python.write_text("", encoding="utf-8")

    return run


def leftovers(entry: Path) -> list[str]:
    """Return what bears the entry's name in the cache, besides the entry and its lock."""
    return sorted(
        path.name
        for path in entry.parent.glob(f"{entry.name}.*")
        if path.name != f"{entry.name}.lock" and path.resolve() != entry.resolve()
    )


def test_the_entry_changes_with_the_requirements_and_the_layout(
    requirements: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cloud_env.cache_entry()
    assert first == cloud_env.cache_entry(), "the same inputs give the same entry"
    requirements.write_text("streamlit==1.67.1\n", encoding="utf-8")
    second = cloud_env.cache_entry()
    monkeypatch.setattr(cloud_env, "LAYOUT", "another-layout")
    third = cloud_env.cache_entry()
    assert len({first, second, third}) == 3
    assert all(entry.parent == cloud_env.CACHE for entry in (first, second, third))


def test_a_build_is_published_once_complete(requirements: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cloud_env, "_run", fake_run())
    entry = cloud_env.cache_entry()
    assert not cloud_env.is_ready(entry)
    cloud_env.build(entry)
    assert cloud_env.is_ready(entry)
    assert entry.is_symlink(), "published by renaming a link onto the entry's name"
    complete = (entry / cloud_env.COMPLETE).read_text(encoding="utf-8")
    assert requirements.read_text(encoding="utf-8") in complete
    assert leftovers(entry) == []
    monkeypatch.setattr(cloud_env, "_run", fake_run(fail_on="venv"))
    cloud_env.build(entry)  # ready: nothing runs again (a new venv would fail here)
    assert cloud_env.is_ready(entry)


def test_a_failed_build_leaves_nothing_behind(requirements: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cloud_env, "_run", fake_run(fail_on="install"))
    entry = cloud_env.cache_entry()
    with pytest.raises(SystemExit):
        cloud_env.build(entry)
    assert not entry.exists() and not entry.is_symlink()
    assert leftovers(entry) == []


def test_what_an_interrupted_build_left_is_removed(
    requirements: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = cloud_env.cache_entry()
    half = entry.parent / f"{entry.name}.abc123"  # a build folder never completed
    (half / "bin").mkdir(parents=True)
    (half / "bin" / "python").write_text("", encoding="utf-8")
    entry.symlink_to(half.name)  # linked without its COMPLETE mark: not ready
    assert not cloud_env.is_ready(entry)
    monkeypatch.setattr(cloud_env, "_run", fake_run())
    cloud_env.build(entry)
    assert cloud_env.is_ready(entry)
    assert not half.exists()
    assert leftovers(entry) == []


def test_the_build_environment_forgets_this_python_s_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in cloud_env.CLEAN_ENV:
        monkeypatch.setenv(name, "/somewhere")
    monkeypatch.setenv("HANOI_KEEP", "kept")
    clean = cloud_env.clean_environment()
    assert not set(cloud_env.CLEAN_ENV) & set(clean)
    assert clean["HANOI_KEEP"] == "kept"


def test_entries_unused_for_a_week_are_removed_after_a_build(requirements: Path) -> None:
    keep = cloud_env.cache_entry()
    cache = keep.parent
    cache.mkdir(parents=True)
    now = 1_000_000_000.0
    day = 86_400.0

    def entry(name: str, last_used_days_ago: float) -> Path:
        folder = cache / f"{name}.x1y2"
        (folder / "bin").mkdir(parents=True)
        (cache / name).symlink_to(folder.name)
        lock = cache / f"{name}.lock"
        lock.touch()
        stamp = now - last_used_days_ago * day
        os.utime(lock, (stamp, stamp))
        return cache / name

    old = entry("cloud-venv-0000000000000001", cloud_env.STALE_DAYS + 1)
    recent = entry("cloud-venv-0000000000000002", cloud_env.STALE_DAYS - 1)
    in_use = entry("cloud-venv-0000000000000003", cloud_env.STALE_DAYS + 1)
    with open(f"{in_use}.lock") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another session holds it: left alone
        removed = cloud_env.remove_stale(keep, now=now)
    assert removed == [old]
    assert sorted(path.name for path in cache.iterdir()) == sorted(
        f"{path.name}{suffix}" for path in (recent, in_use) for suffix in ("", ".lock", ".x1y2")
    )


def test_a_session_using_an_entry_marks_it_used(requirements: Path) -> None:
    entry = cloud_env.cache_entry()
    entry.parent.mkdir(parents=True)
    lock = Path(f"{entry}.lock")
    lock.touch()
    os.utime(lock, (0, 0))
    cloud_env.touch(entry)
    assert time.time() - lock.stat().st_mtime < 60
