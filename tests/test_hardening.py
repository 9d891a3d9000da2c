"""Hostile data and hostile URLs: every one gets a clear, located answer, never a traceback.

The data files are under ``tests/fixtures/hostile/`` (or made in ``tmp_path`` when large or a
symlink). Each is checked twice, as the app does (:func:`check_file`) and as a curator does
(``python -m indicators check PATH`` in a subprocess with a time limit and a memory cap).
The URL tests run every page through ``AppTest`` with random and crafted query parameters.
"""

from __future__ import annotations

import builtins
import functools
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.data import clear as forget_catalogues
from dashboard.data import data_path
from dashboard.i18n import STRINGS
from dashboard.navigation import PAGES
from indicators import ROOT
from indicators.check import check_file
from indicators.loader import MAX_BYTES, MAX_DEPTH
from tests.markup_data import write_markup_dataset

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CLI_SECONDS = 60
CLI_MEMORY_CAP = 2 * 1024**3  # address space; a bomb that expands dies here instead of the machine
CLI_MAX_RSS = 300 * 1024**2
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class Run:
    """One finished command: its exit status, output, peak memory and wall time."""

    returncode: int
    stdout: str
    stderr: str
    max_rss: int
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_check(path: Path, cwd: Path = ROOT) -> Run:
    """Run ``python -m indicators check PATH`` with a time limit, and measure its peak memory."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CLI_MEMORY_CAP, CLI_MEMORY_CAP))

    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "indicators", "check", str(path)],
            cwd=cwd,
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            preexec_fn=limit,
        )
        killer = threading.Timer(CLI_SECONDS, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        stdout.seek(0)
        stderr.seek(0)
        text_out = stdout.read().decode("utf-8", errors="replace")
        text_err = stderr.read().decode("utf-8", errors="replace")
    assert seconds < CLI_SECONDS, f"check of {path.name} hung and was killed after {CLI_SECONDS} s"
    return Run(process.returncode, text_out, text_err, usage.ru_maxrss * 1024, seconds)


@functools.cache
def run_fixture(name: str) -> Run:
    """Run the check on one hostile fixture once per test session (several tests read the run)."""
    return run_check(HOSTILE / name)


def messages(path: Path) -> list[str]:
    result = check_file(path, display=path.name)
    assert not result.ok
    assert result.problems, "a refused file must say why"
    return [str(problem) for problem in result.problems]


# (file under tests/fixtures/hostile, a message it must give, pinned with its line)
HOSTILE_FILES = [
    (
        "alias-bomb.yaml",
        "alias-bomb.yaml:3: expected plain data, found the anchor &a0: anchors and aliases are not allowed",
    ),
    ("deep-nesting.yaml", f"deep-nesting.yaml:18: expected at most {MAX_DEPTH} levels of nesting"),
    ("binary.yaml", "binary.yaml:1: expected UTF-8 text, found the byte 0x89 that is not UTF-8"),
    ("utf16.yaml", "utf16.yaml:1: expected UTF-8 text, found the byte 0xff that is not UTF-8"),
    ("latin1.yaml", "latin1.yaml:7: expected UTF-8 text, found the byte 0xe0 that is not UTF-8"),
    ("cp1258.yaml", "cp1258.yaml:7: expected UTF-8 text, found the byte 0xe0 that is not UTF-8"),
    (
        "quote-control-raw.yaml",
        "quote-control-raw.yaml:49: expected text, found the control character '\\x1b'",
    ),
    (
        "quote-markup.yaml",
        "quote-markup.yaml:49 [fdi-2023] quote: expected a passage of mini.txt, found "
        "a quote that is not in it",
    ),
    (
        "quote-control-escaped.yaml",
        "quote-control-escaped.yaml:49 [fdi-2023] quote: expected a passage "
        "of mini.txt, found a quote that is not in it",
    ),
    ("source-parent-path.yaml", "source-parent-path.yaml:6 [mini-2024] file: expected text matching"),
    ("source-absolute-path.yaml", "source-absolute-path.yaml:6 [mini-2024] file: expected text matching"),
    (
        "source-dot-dot.yaml",
        "source-dot-dot.yaml:6 [mini-2024] file: expected a file in sources/, found no file '..txt'",
    ),
    (
        "unknown-keys.yaml",
        "unknown-keys.yaml:4 settings: expected one of version, sources, indicators, "
        "observations, dismissed, found an unknown section 'settings'",
    ),
    (
        "unknown-keys.yaml",
        "unknown-keys.yaml:12 [mini-2024] link: expected a known field, found an "
        "unknown field (value 'http://127.0.0.1/')",
    ),
    (
        "unknown-keys.yaml",
        "unknown-keys.yaml:13 [mini-2024] url: expected an http:// or https:// address "
        "with a host and no spaces, found 'javascript:alert(1)'",
    ),
    (
        "yaml11-no.yaml",
        "yaml11-no.yaml:17: expected an unambiguous value, found no: YAML readers "
        "disagree on it, write it in quotes ('no')",
    ),
    (
        "yaml11-on.yaml",
        "yaml11-on.yaml:17: expected an unambiguous value, found on: YAML readers "
        "disagree on it, write it in quotes ('on')",
    ),
    (
        "yaml11-sexagesimal.yaml",
        "yaml11-sexagesimal.yaml:31: expected an unambiguous value, found "
        "12:30: YAML readers disagree on it, write it in quotes ('12:30')",
    ),
    (
        "yaml11-octal.yaml",
        "yaml11-octal.yaml:39: expected an unambiguous value, found 0123: YAML "
        "readers disagree on it, write it in quotes ('0123')",
    ),
]


def test_every_hostile_fixture_is_in_the_table() -> None:
    assert {name for name, _ in HOSTILE_FILES} == {path.name for path in HOSTILE.glob("*.yaml")}


def test_the_hostile_fixtures_differ_from_a_valid_dataset_only_by_their_breakage(tmp_path: Path) -> None:
    # Each fixture is valid.yaml with one thing broken, next to a copy of its article: the same
    # file with the article beside it passes, so a refusal is the breakage's doing.
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((HOSTILE / "sources" / "mini.txt").read_bytes())
    (tmp_path / "twin.yaml").write_bytes((Path(__file__).parent / "fixtures" / "valid.yaml").read_bytes())
    result = check_file(tmp_path / "twin.yaml")
    assert result.ok, [str(problem) for problem in result.problems]


@pytest.mark.parametrize(("name", "message"), HOSTILE_FILES)
def test_check_file_gives_a_located_message(name: str, message: str) -> None:
    found = messages(HOSTILE / name)
    assert any(line.startswith(message) for line in found), found


@pytest.mark.parametrize("name", sorted({name for name, _ in HOSTILE_FILES}))
def test_cli_fails_cleanly_fast_and_small(name: str) -> None:
    run = run_fixture(name)
    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output
    assert f"{name}:" in run.stdout
    assert re.search(rf"{re.escape(name)}:\d+", run.stdout), "the message names a line"
    assert run.max_rss < CLI_MAX_RSS, f"{run.max_rss / 2**20:.0f} MiB"


@pytest.mark.parametrize("name", sorted({name for name, _ in HOSTILE_FILES}))
def test_cli_output_holds_no_control_characters(name: str) -> None:
    # A terminal obeys ESC sequences: a value from the data must be shown escaped, never raw.
    run = run_fixture(name)
    assert not CONTROL.findall(run.output), [line for line in run.output.splitlines() if CONTROL.search(line)]


def test_a_50_megabyte_file_is_refused_by_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(50 * 1024):
            stream.write(line)
    assert big.stat().st_size >= 50 * 1024**2
    expected = f"big.yaml: expected a file of at most {MAX_BYTES:,} bytes, found {big.stat().st_size:,} bytes"
    assert messages(big) == [expected]
    run = run_check(big)
    assert run.returncode == 1
    assert expected in run.stdout
    assert "Traceback" not in run.output
    assert run.max_rss < CLI_MAX_RSS, "the file must be refused before it is read"
    assert run.seconds < 10


def test_a_symlink_to_etc_passwd_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").symlink_to("/etc/passwd")
    data = tmp_path / "d.yaml"
    data.write_bytes((Path(__file__).parent / "fixtures" / "valid.yaml").read_bytes())
    result = check_file(data, display="d.yaml")
    assert "mini-2024" not in result.texts, "the text behind the link was read"
    assert (
        "d.yaml:5 [mini-2024] file: expected a regular file inside sources/, found 'mini.txt' "
        "leading elsewhere" in [str(problem) for problem in result.problems]
    )
    run = run_check(data)
    assert run.returncode == 1
    assert "leading elsewhere" in run.stdout
    assert "root:" not in run.output


@pytest.mark.parametrize(
    "payload",
    [
        "**bold** _it_ [link](javascript:alert(document.cookie)) # heading",
        "<script>alert(document.cookie)</script><img src=x onerror=alert(document.domain)>",
        "$\\frac{a}{b}$ and $$x^y$$",
        "\u202eRTL override\u202c and zero\u200bwidth",
    ],
)
def test_markup_in_the_data_is_stored_as_plain_text(tmp_path: Path, payload: str) -> None:
    # A valid dataset whose article and quote hold markup: the checker keeps it verbatim, so the
    # app receives it as text (what it shows is tested below with AppTest).
    (tmp_path / "sources").mkdir()
    text = (HOSTILE / "sources" / "mini.txt").read_text(encoding="utf-8")
    text = text.replace("Vốn FDI đăng ký", f"{payload} Vốn FDI đăng ký")
    (tmp_path / "sources" / "mini.txt").write_text(text, encoding="utf-8")
    source = (Path(__file__).parent / "fixtures" / "valid.yaml").read_text(encoding="utf-8")
    quoted = payload.replace("\\", "\\\\").replace('"', '\\"')
    source = source.replace(
        "quote: Vốn FDI đăng ký đạt 2.915 triệu USD", f'quote: "{quoted} Vốn FDI đăng ký đạt 2.915 triệu USD"'
    )
    (tmp_path / "d.yaml").write_text(source, encoding="utf-8")
    result = check_file(tmp_path / "d.yaml")
    assert result.ok, [str(problem) for problem in result.problems]
    assert result.dataset is not None
    quote = next(obs.quote for obs in result.dataset.observations if obs.id == "fdi-2023")
    assert quote.startswith(payload)


# ---------------------------------------------------------------------------------------------
# Hostile URLs: every page through AppTest, with random and crafted query parameters.
# ---------------------------------------------------------------------------------------------

APP = ROOT / "app.py"
EXAMPLES_PER_PAGE = 30
PARAMETERS = ("id", "obs", "lang", "theme", "indicator", "source", "year")
CRAFTED = (
    "../app.py",
    "../../../../etc/passwd",
    "/etc/passwd",
    "file:///etc/passwd",
    "data/indicators.yaml",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "**bold** [x](javascript:alert(1))",
    "$\\frac{1}{0}$",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "x" * 5000,
    "",
    " ",
    "\x00",
    "fdi\x00",
    "\x00../app.py",
    "%00",
    "%2e%2e%2f",
    "\u202eevil",
    "Hà Nội",
    "🙂" * 50,
    "\ufeff",
    "\r\nSet-Cookie: a=b",
    "NaN",
    "-1",
    "0",
    "2019",
    "99999999999999999999",
    "vi",
    "en",
    "fr",
    "VI",
    "fdi",
    "FDI",
    "fdi ",
    "investment",
)
HOSTILE_MARKUP = [value for value in CRAFTED if "<" in value]


def known_ids() -> dict[str, set[str]]:
    """Return the ids the app knows, from the same data file it reads (empty if it is invalid)."""
    result = check_file(data_path())
    dataset = result.dataset if result.ok else None
    if dataset is None:
        return {"indicator": set(), "source": set(), "obs": set()}
    return {
        "indicator": {i.id for i in dataset.indicators},
        "source": {s.id for s in dataset.sources},
        "obs": {o.id for o in dataset.observations},
    }


KNOWN = known_ids()
DATA_OK = bool(KNOWN["indicator"])
values = st.one_of(
    st.sampled_from(CRAFTED),
    st.text(max_size=40),
    st.sampled_from(sorted(KNOWN["indicator"] | KNOWN["source"]) or ["fdi"]),
)
query = st.dictionaries(
    keys=st.one_of(st.sampled_from(PARAMETERS), st.sampled_from(("page", "zz", "", "id\x00"))),
    values=st.one_of(values, st.lists(values, min_size=1, max_size=3)),
    max_size=4,
)


def page_test(page: str, params: Mapping[str, str | list[str]]) -> Any:
    """Run one page of the app with ``params`` in its URL and return the finished AppTest."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=180)  # a busy shared machine is slow
    if page != "overview":
        at.switch_page(PAGES[page].script)
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def last(value: str | list[str] | None) -> str | None:
    return value[-1] if isinstance(value, list) else value


def html_bodies(at: Any) -> list[str]:
    return [element.proto.body for element in at.get("html")]


def all_text(at: Any) -> str:
    parts = html_bodies(at)
    for kind in ("markdown", "caption", "warning", "info", "error", "title", "subheader", "header"):
        parts += [str(element.value) for element in at.get(kind)]
    return "\n".join(parts)


def assert_friendly(page: str, params: dict[str, str | list[str]], at: Any) -> None:
    """No exception, a heading a person can read, and the hostile value never shown as markup."""
    assert not at.exception, [e.message for e in at.exception]
    headings = [e.value for e in at.title] + [e.value for e in at.subheader]
    assert headings, f"{page} shows no heading for {params!r}"
    text = all_text(at)
    for payload in HOSTILE_MARKUP:
        if any(payload in (v if isinstance(v, list) else [v]) for v in params.values()):
            assert payload not in text, f"{payload!r} reached the page unescaped"
    assert "x" * 300 not in text, "a 5,000-character value is shown whole"
    assert "\x00" not in text
    if not DATA_OK:
        assert any(
            e.value in (STRINGS["vi"]["invalid_title"], STRINGS["en"]["invalid_title"]) for e in at.title
        )
        return
    wanted = last(params.get("id"))
    if page in ("indicator", "source") and wanted is not None and wanted not in KNOWN[page]:
        not_found = {STRINGS[lang]["not_found_title"] for lang in STRINGS}
        assert not_found & {e.value for e in at.title}, f"{page}?id={wanted!r} is not called not found"
        assert at.warning, f"{page}?id={wanted!r} gives no message"


def hardening_settings(test: Any) -> Any:
    return settings(
        max_examples=EXAMPLES_PER_PAGE,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )(test)


@pytest.mark.parametrize("page", list(PAGES))
@hardening_settings
@given(params=query)
def test_random_and_crafted_parameters_on_every_page(page: str, params: dict[str, str | list[str]]) -> None:
    assert_friendly(page, params, page_test(page, params))


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize(
    "value", ["../app.py", "<script>alert(1)</script>", "x" * 5000, "", "\x00", "Hà Nội 🙂"]
)
def test_each_crafted_value_in_every_parameter(page: str, value: str) -> None:
    # The crafted values all at once, in every parameter: the examples above may not meet each.
    params: dict[str, str | list[str]] = dict.fromkeys(PARAMETERS, value)
    assert_friendly(page, params, page_test(page, params))


# ---------------------------------------------------------------------------------------------
# Files: a URL parameter never makes the app open a file, and the app never writes to the repo.
# ---------------------------------------------------------------------------------------------

PATH_PARAMS: dict[str, str | list[str]] = {
    "id": "../../../../etc/passwd",
    "obs": "../app.py",
    "source": "/etc/passwd",
    "indicator": "data/indicators.yaml",
    "theme": "file:///etc/passwd",
    "year": "\x00../app.py",
    "lang": "../.streamlit/config.toml",
}
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    "artifacts",
    "results",
    "node_modules",
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@dataclass
class Opened:
    """A file an app run opened: its resolved path and whether it could write."""

    path: str
    writes: bool


@functools.cache
def _real_functions() -> tuple[Any, Any, Any]:
    return builtins.open, Path.open, os.open


def _resolved(file: Any) -> str:
    if isinstance(file, int):
        return f"<fd {file}>"
    try:
        return os.path.realpath(os.fsdecode(os.fspath(file)))
    except (TypeError, ValueError):
        return repr(file)


def watch_files(monkeypatch: pytest.MonkeyPatch) -> list[Opened]:
    """Record every file opened through open(), Path.open() (read_bytes, read_text) and os.open()."""
    real_open, real_path_open, real_os_open = _real_functions()
    log: list[Opened] = []

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        log.append(Opened(_resolved(file), any(flag in mode for flag in "wax+")))
        return real_open(file, mode, *args, **kwargs)

    def path_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        log.append(Opened(_resolved(self), any(flag in mode for flag in "wax+")))
        return real_path_open(self, mode, *args, **kwargs)

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        log.append(Opened(_resolved(path), bool(flags & _WRITE_FLAGS)))
        return int(real_os_open(path, flags, *args, **kwargs))

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr("io.open", open_)
    monkeypatch.setattr(Path, "open", path_open)
    monkeypatch.setattr(os, "open", os_open)
    return log


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Return every repository file's (mtime_ns, size), skipping tool caches and virtualenvs."""
    files: dict[str, tuple[int, int]] = {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in names:
            path = os.path.join(folder, name)
            try:
                stat = os.lstat(path)
            except OSError:
                continue
            files[os.path.relpath(path, root)] = (stat.st_mtime_ns, stat.st_size)
    return files


def test_url_parameters_make_the_app_open_no_new_file(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_catalogues()
    data_folder = str(data_path().resolve().parent)
    plain: dict[str, set[str]] = {}
    hostile: dict[str, set[str]] = {}
    with monkeypatch.context() as patch:
        log = watch_files(patch)
        for page in PAGES:
            del log[:]
            assert not page_test(page, {}).exception
            plain[page] = {entry.path for entry in log}
            del log[:]
            at = page_test(page, PATH_PARAMS)
            assert_friendly(page, PATH_PARAMS, at)
            hostile[page] = {entry.path for entry in log}
    first = next(iter(PAGES))
    assert str(data_path().resolve()) in plain[first], "the watch missed the data file: it is not watching"
    for page in PAGES:
        new = {path for path in hostile[page] - plain[page] if not path.startswith(data_folder + os.sep)}
        assert not new, f"{page}: parameters made the app open {sorted(new)}"
        assert not any("passwd" in path for path in hostile[page])


def test_running_every_page_opens_no_repository_file_for_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_catalogues()
    with monkeypatch.context() as patch:
        log = watch_files(patch)
        for page in PAGES:
            for params in ({}, PATH_PARAMS, {"lang": "en"}):
                at = page_test(page, params)
                assert not at.exception, [e.message for e in at.exception]
    assert str(data_path().resolve()) in {entry.path for entry in log}, "the watch is not watching"
    root = str(ROOT) + os.sep
    written = sorted(
        {
            entry.path
            for entry in log
            if entry.writes
            and entry.path.startswith(root)
            and not set(Path(entry.path).relative_to(ROOT).parts) & SKIPPED_DIRS
        }
    )
    assert written == [], f"the app opened repository files for writing: {written}"


# Runs every page of a private copy of the app, in a process of its own (so writes made below
# Python's open(), by C code or subprocesses, still show in the copy's files).
PAGES_RUNNER = """
import sys
from streamlit.testing.v1 import AppTest
from dashboard.navigation import PAGES
failures = []
for page, spec in PAGES.items():
    for params in ({}, {"id": "../../etc/passwd", "obs": "../app.py", "year": "2019"}, {"lang": "en"}):
        at = AppTest.from_file("app.py", default_timeout=120)
        if page != "overview":
            at.switch_page(spec.script)
        for name, value in params.items():
            at.query_params[name] = value
        at.run()
        failures += [f"{page} {params}: {e.message}" for e in at.exception]
        if not at.title and not at.subheader:
            failures.append(f"{page} {params}: nothing shown")
print(f"ran {len(PAGES) * 3} pages")
sys.exit("\\n".join(failures) or 0)
"""
APP_PARTS = ("app.py", "dashboard", "indicators", "data", ".streamlit", "requirements.txt")


def test_running_every_page_writes_nothing_into_data_or_the_repository(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "repo"
    copy.mkdir()
    for part in APP_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, copy / part)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(copy)}
    env.pop("INDICATORS_DATA", None)
    before = snapshot(copy)
    assert "data/indicators.yaml" in before
    result = subprocess.run(
        [sys.executable, "-c", PAGES_RUNNER],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    after = snapshot(copy)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert f"ran {len(PAGES) * 3} pages" in result.stdout
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert changed == [], f"running the pages changed or created: {changed}"


# ---------------------------------------------------------------------------------------------
# Markup in valid data: every page shows it as written (never Markdown, HTML or LaTeX).
# ---------------------------------------------------------------------------------------------

MARKDOWN_KINDS = (
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "warning",
    "info",
    "error",
    "success",
)


@pytest.fixture
def markup_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A valid dataset whose headline, titles, indicator name and notes, quote and note carry markup."""
    path = write_markup_dataset(tmp_path)
    result = check_file(path)
    assert result.ok, [str(problem) for problem in result.problems]
    monkeypatch.setenv("INDICATORS_DATA", str(path))
    forget_catalogues()
    yield path
    forget_catalogues()


@pytest.mark.parametrize(
    ("page", "params", "quote_shown"),
    [
        ("overview", {}, False),
        ("indicator", {"id": "fdi", "obs": "fdi-2023"}, True),
        ("indicator", {"id": "fdi", "lang": "en"}, False),
        ("source", {"id": "mini-2024", "obs": "fdi-2023"}, True),
        ("source", {"id": "mini-2024", "lang": "en"}, True),
        ("data", {}, False),
        ("about", {}, False),
    ],
)
def test_markup_in_the_data_is_shown_as_written_on_every_page(
    markup_dataset: Path, page: str, params: dict[str, str], quote_shown: bool
) -> None:
    at = page_test(page, params)
    assert not at.exception, [e.message for e in at.exception]
    html_text = "\n".join(html_bodies(at))
    assert "<script>alert" not in html_text and "<img src=x" not in html_text
    if quote_shown:
        escaped = (
            "&lt;script&gt;alert(document.cookie)&lt;/script&gt; "
            "&lt;img src=x onerror=alert(document.domain)&gt; **đậm**"
        )
        assert escaped in html_text, "the quote is missing"
    for kind in MARKDOWN_KINDS:
        for element in at.get(kind):
            value = str(element.value)
            # In a Markdown-read element the data must arrive backslash-escaped.
            assert "**đậm**" not in value, f"{kind} renders the data's ** as bold: {value[:120]!r}"
            assert "$x^y$" not in value, f"{kind} renders the data's $...$ as LaTeX: {value[:120]!r}"
            assert "](javascript:" not in value, f"{kind} renders the data's link: {value[:120]!r}"
