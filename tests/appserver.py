"""The dashboard as a server for the tests: ``streamlit run`` as Streamlit Community Cloud runs it.

``AppServer`` starts ``python -m streamlit run <app>`` (headless, no file watcher) on a free
loopback port with its output in a log file, and waits for ``/_stcore/health``; ``running(...)``
does both and stops it after. The browser tests and the Cloud readiness tests share this.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
HEALTH_TIMEOUT = 60.0


def free_port() -> int:
    """Return a TCP port nobody listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class AppServer:
    """``python -m streamlit run <app>`` on a free port, its output kept in a log file."""

    python: str = sys.executable
    app: Path = APP
    cwd: Path = ROOT
    env: dict[str, str] = field(default_factory=dict)
    drop_env: tuple[str, ...] = ()
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    environment: dict[str, str] = field(default_factory=dict)  # what the server was started with

    @property
    def url(self) -> str:
        """The server's base URL, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> AppServer:
        """Start the server (without waiting for it: see :meth:`wait_healthy`)."""
        self.port = self.port or free_port()
        handle, name = tempfile.mkstemp(prefix="streamlit-", suffix=".log")
        self.log_path = Path(name)
        command = [
            self.python,
            "-m",
            "streamlit",
            "run",
            str(self.app),
            "--server.headless=true",
            "--server.address=127.0.0.1",
            f"--server.port={self.port}",
            "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none",
        ]
        environment = {**os.environ, "PYTHONUNBUFFERED": "1", **self.env}
        for name in self.drop_env:
            environment.pop(name, None)
        self.environment = environment
        with os.fdopen(handle, "wb") as log:
            self.process = subprocess.Popen(
                command,
                cwd=self.cwd,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        return self

    def log(self) -> str:
        """Return what the server printed so far."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT) -> AppServer:
        """Wait until ``/_stcore/health`` answers ``ok``; fail with the server's output if it does not."""
        assert self.process is not None, "start() the server first"
        deadline = time.monotonic() + timeout
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {self.process.returncode} before answering "
                    f"/_stcore/health; its output:\n{self.log()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    body = response.read().decode()
                if body.strip() == "ok":
                    return self
                last_error = f"answered {body!r}"
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                last_error = str(error)
            time.sleep(0.05)
        raise RuntimeError(
            f"streamlit did not answer ok on {self.url}/_stcore/health within {timeout:.0f} s "
            f"({last_error}); its output:\n{self.log()}"
        )

    def stop(self) -> None:
        """Stop the server and remove its log.

        The process group is killed outright: a test server keeps nothing worth a graceful exit,
        its output is already in the log (unbuffered), and Streamlit's own shutdown takes most of
        a second.
        """
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)


@contextlib.contextmanager
def running(**options: Any) -> Iterator[AppServer]:
    """Start ``AppServer(**options)``, wait until it is healthy, and stop it after."""
    server = AppServer(**options).start()
    try:
        server.wait_healthy()
        yield server
    finally:
        server.stop()


def fetch(url: str, timeout: float = 10) -> str:
    """Return the body of ``url`` as text."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return str(response.read().decode("utf-8", errors="replace"))
