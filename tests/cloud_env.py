"""The virtual environment Streamlit Community Cloud would build: requirements.txt and nothing else.

It is built once per machine, per ``requirements.txt`` and per Python under
``~/.cache/hanoi-indicators/`` by this file run as a script, in the background while the rest of
the test session runs (``tests/conftest.py`` starts it once the collected tests need it). A build
goes into a new folder beside the cache entry and is published, once pip has installed and checked
it, by renaming a link onto the entry's name: an interrupted or failed build is never reused, and
is removed by the next build. A lock keeps two sessions from building the same entry at once.
Entries of other requirements or Pythons that no session has used for :data:`STALE_DAYS` days
are removed after a build.

The environment is made without pip (``venv --without-pip``) and filled by this Python's pip
(``pip --python``), so it holds exactly the requirements and what they depend on.

Standard library only: it runs as a script, outside the test session.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "requirements.txt"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hanoi-indicators"
COMPLETE = ".complete"  # written into a build once pip has installed and checked it
BUILD_TIMEOUT = 1200.0  # seconds, from the start of the build
LAYOUT = "without-pip"  # part of the key: a change of how the environment is built builds a new one
CLEAN_ENV = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
STALE_DAYS = 7  # an entry no session has used for this long is removed after a build


def base_python() -> str:
    """Return the interpreter this virtual environment was made from (the one to make another with)."""
    return str(getattr(sys, "_base_executable", sys.executable))


def cache_entry() -> Path:
    """Return where the environment for this requirements.txt and this Python lives."""
    digest = hashlib.sha256()
    for part in (REQUIREMENTS.read_bytes(), sys.version.encode(), base_python().encode(), LAYOUT.encode()):
        digest.update(len(part).to_bytes(8, "big") + part)
    return CACHE / f"cloud-venv-{digest.hexdigest()[:16]}"


def is_ready(entry: Path) -> bool:
    """Whether ``entry`` is a complete build (only complete builds are ever linked there)."""
    return (entry / COMPLETE).is_file() and (entry / "bin" / "python").exists()


def clean_environment() -> dict[str, str]:
    """Return this process's environment without what would make a child Python use this one's packages."""
    return {name: value for name, value in os.environ.items() if name not in CLEAN_ENV}


# --- the build, run as a script ------------------------------------------------------------------


def _run(command: list[str]) -> None:
    """Run ``command`` with its output going to this script's; exit with its status if it fails."""
    print("+", " ".join(command), flush=True)
    status = subprocess.run(command, env=clean_environment(), check=False).returncode
    if status != 0:
        print(f"failed with exit status {status}", flush=True)
        raise SystemExit(status)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def build(entry: Path) -> None:
    """Build the environment for ``entry`` unless it is there; publish it only once it is complete."""
    if is_ready(entry):
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    with Path(f"{entry}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_ready(entry):  # built by another session while this one waited
            print(f"{entry} was built meanwhile", flush=True)
            return
        # Whatever else bears this entry's name is what an interrupted or failed build left: the
        # lock is held, so no build is using it, and no complete build is linked (is_ready said so).
        for leftover in [entry, *entry.parent.glob(f"{entry.name}.*")]:
            if leftover.name != f"{entry.name}.lock":
                _remove(leftover)
        folder = Path(tempfile.mkdtemp(prefix=f"{entry.name}.", dir=entry.parent))
        try:
            folder.chmod(0o755)
            python = folder / "bin" / "python"
            _run([base_python(), "-m", "venv", "--without-pip", str(folder)])
            pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
            _run([*pip, "install", "--quiet", "--no-input", "-r", str(REQUIREMENTS)])
            _run([*pip, "check"])
            (folder / COMPLETE).write_text(
                f"# {sys.version}\n{REQUIREMENTS.read_text(encoding='utf-8')}", encoding="utf-8"
            )
            link = entry.parent / f"{entry.name}.link"
            link.symlink_to(folder.name)
            link.replace(entry)  # a rename: the entry appears complete or not at all
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        print(f"built {entry} -> {folder.name}", flush=True)
    for stale in remove_stale(entry):
        print(f"removed {stale}, unused for {STALE_DAYS} days or more", flush=True)


def remove_stale(keep: Path, now: float | None = None) -> list[Path]:
    """Remove the cache's other entries whose lock file no session has touched for STALE_DAYS.

    A session touches an entry's lock each time it uses the entry (:func:`touch`); an entry whose
    lock another process holds is left alone.
    """
    now = time.time() if now is None else now
    removed = []
    for lock_path in sorted(keep.parent.glob("cloud-venv-*.lock")):
        name = lock_path.name.removesuffix(".lock")
        # Housekeeping only: an entry that vanishes or resists meanwhile is left as it is.
        with contextlib.suppress(OSError):
            if name == keep.name or now - lock_path.stat().st_mtime < STALE_DAYS * 86400:
                continue
            with lock_path.open("a") as lock:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # being built or used right now
                for path in [keep.parent / name, *keep.parent.glob(f"{name}.*")]:
                    if path != lock_path:
                        _remove(path)
                lock_path.unlink()
            removed.append(keep.parent / name)
    return removed


def touch(entry: Path) -> None:
    """Mark ``entry`` as used now, so that :func:`remove_stale` keeps it."""
    Path(f"{entry}.lock").touch()


def main(argv: list[str]) -> int:
    """``python tests/cloud_env.py ENTRY``: build ENTRY (the path :func:`cache_entry` gives)."""
    [entry] = argv
    with contextlib.suppress(OSError):
        os.nice(10)  # the test session it runs beside comes first
    build(Path(entry))
    return 0


# --- the test session's side -------------------------------------------------------------------


class BuildFailed(Exception):
    """The build exited with an error or did not finish in time; the message holds its output."""


@dataclass
class Build:
    """A build running in the background, its output (pip's included) going to a log file."""

    entry: Path
    process: subprocess.Popen[bytes]
    log_path: Path
    started: float

    @classmethod
    def start(cls) -> Build:
        """Start building the environment for this requirements.txt and Python."""
        entry = cache_entry()
        handle, name = tempfile.mkstemp(prefix="cloud-venv-build-", suffix=".log")
        with os.fdopen(handle, "wb") as log:
            process = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), str(entry)],
                cwd=ROOT,
                env=clean_environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        return cls(entry, process, Path(name), time.monotonic())

    def output(self) -> str:
        """Return what the build printed so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def wait(self) -> Path:
        """Wait for the build and return the environment; raise :class:`BuildFailed` with its output."""
        remaining = BUILD_TIMEOUT - (time.monotonic() - self.started)
        try:
            status = self.process.wait(timeout=max(remaining, 0.0))
        except subprocess.TimeoutExpired:
            self.stop()
            raise BuildFailed(
                f"building {self.entry} took more than {BUILD_TIMEOUT:.0f} s; its output:\n{self.output()}"
            ) from None
        if status != 0 or not is_ready(self.entry):
            raise BuildFailed(
                f"building {self.entry} with requirements.txt failed (exit status {status}); "
                f"its output:\n{self.output()}"
            )
        return self.entry

    def stop(self) -> None:
        """End the build if it still runs (what it built so far is removed by the next build)."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def close(self) -> None:
        """Stop the build and remove its log."""
        self.stop()
        self.log_path.unlink(missing_ok=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
