"""Streamlit Community Cloud can install and run the dashboard as this repository stands.

Cloud installs the first dependency file it finds (``uv.lock``, ``Pipfile``, ``environment.yml``,
``requirements.txt``, then a ``pyproject.toml`` with a build section), reads only the root
``.streamlit/config.toml`` and runs ``streamlit run app.py``. These tests check the files, run the
app from another working directory, and run it from a virtual environment holding nothing but
``requirements.txt``. That environment (``tests/cloud_env.py``) is built once per machine, per
``requirements.txt`` and per Python under ``~/.cache/hanoi-indicators/``; when it is not there
yet, its build starts in the background as the session starts and this module runs last.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.appserver import APP, ROOT, AppServer, fetch, running
from tests.browser.harness import OpenTab, Tab
from tests.cloud_env import REQUIREMENTS, clean_environment

PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==(?P<version>[0-9][^\s;#]*)$")
LOCAL_PACKAGES = {"app", "dashboard", "indicators", "tests", "bench"}
APP_TITLE = "Hà Nội hội nhập quốc tế qua các con số"  # the overview's heading in Vietnamese


def requirement_lines() -> list[str]:
    """Return requirements.txt's requirements, comments and blank lines left out."""
    lines = [line.split("#", 1)[0].strip() for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]


def canonical(name: str) -> str:
    """Return a distribution name as pip compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_distributions() -> dict[str, set[str]]:
    """Return the distributions the app's code imports (anywhere in a file), with the files importing each."""
    found: dict[str, set[str]] = {}
    owners = importlib.metadata.packages_distributions()
    files = [APP, *sorted((ROOT / "dashboard").rglob("*.py")), *sorted((ROOT / "indicators").rglob("*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in LOCAL_PACKAGES or top == "__future__":
                    continue
                for distribution in owners.get(top, [top]):
                    found.setdefault(canonical(distribution), set()).add(str(path.relative_to(ROOT)))
    return found


# --- the files Cloud reads -------------------------------------------------------------------


def test_requirements_pin_every_line_and_include_streamlit() -> None:
    lines = requirement_lines()
    unpinned = [line for line in lines if not PIN.match(line)]
    assert unpinned == [], "every requirement is pinned with ==, so Cloud installs what the tests ran"
    names = [canonical(PIN.match(line)["name"]) for line in lines]  # type: ignore[index]
    assert "streamlit" in names
    assert len(names) == len(set(names)), "a requirement is listed twice"


def test_requirements_cover_every_package_the_app_imports() -> None:
    listed = {canonical(PIN.match(line)["name"]) for line in requirement_lines()}  # type: ignore[index]
    imported = imported_distributions()
    assert imported, "the scan found no import at all; it is looking in the wrong place"
    missing = {name: sorted(files) for name, files in imported.items() if name not in listed}
    assert missing == {}, "imported by the app but not in requirements.txt"


def test_no_other_dependency_file_changes_what_cloud_installs() -> None:
    for name in ("uv.lock", "Pipfile", "Pipfile.lock", "environment.yml", "environment.yaml", "poetry.lock"):
        assert not (ROOT / name).exists(), f"{name} at the root would replace requirements.txt on Cloud"
    pyproject = ROOT / "pyproject.toml"
    if pyproject.exists():
        settings = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        assert "build-system" not in settings, "a [build-system] makes Cloud install the project itself"
        assert "poetry" not in settings.get("tool", {}), "a [tool.poetry] makes Cloud use Poetry"
        assert "dependencies" not in settings.get("project", {}), (
            "[project] dependencies compete with requirements"
        )


def test_streamlit_config_is_at_the_root_and_has_a_theme() -> None:
    config = ROOT / ".streamlit" / "config.toml"
    assert config.is_file(), "Cloud reads only the root .streamlit/config.toml"
    settings = tomllib.loads(config.read_text(encoding="utf-8"))
    theme = settings.get("theme", {})
    assert theme.get("base") in {"light", "dark"}
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", str(theme.get("primaryColor", "")))


# --- from any working directory --------------------------------------------------------------


@pytest.fixture(scope="module")
def server_elsewhere(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppServer]:
    """``streamlit run /abs/path/app.py`` started from an empty temporary directory.

    The session's ``app_server`` is one, unless ``$INDICATORS_DATA`` points the app at its data:
    then a server of its own, without that variable, shows that the app finds its data alone.
    """
    if "INDICATORS_DATA" not in os.environ:
        yield request.getfixturevalue("app_server")
        return
    with running(cwd=tmp_path_factory.mktemp("elsewhere"), drop_env=("INDICATORS_DATA",)) as server:
        yield server


def test_app_serves_from_another_working_directory(server_elsewhere: AppServer) -> None:
    assert server_elsewhere.cwd.resolve() != ROOT and ROOT not in server_elsewhere.cwd.resolve().parents
    assert list(server_elsewhere.cwd.iterdir()) == [], "the working directory holds nothing of the app"
    assert "INDICATORS_DATA" not in server_elsewhere.environment
    assert fetch(f"{server_elsewhere.url}/_stcore/health") == "ok"
    assert '<div id="root">' in fetch(f"{server_elsewhere.url}/")
    assert "Traceback" not in server_elsewhere.log()


def heading(tab: Tab) -> str:
    """Return the page's first heading, or "" when it has none."""
    first = tab.page.locator("h1")
    return first.first.inner_text().strip() if first.count() else ""


@pytest.mark.browser
def test_overview_renders_from_another_working_directory(
    server_elsewhere: AppServer, open_tab: OpenTab
) -> None:
    tab = open_tab(base=server_elsewhere.url).goto("/?lang=vi")
    assert heading(tab) == APP_TITLE
    # Must NOT happen: a page that only works from the repository root (a path built from the cwd).
    assert tab.exceptions() == []
    assert tab.errors == []
    assert "Traceback" not in server_elsewhere.log()


# --- from a fresh virtual environment --------------------------------------------------------


@pytest.fixture(scope="module")
def venv_python(cloud_venv: Path) -> Path:
    """The Python of the requirements-only environment (``cloud_venv`` is in ``tests/conftest.py``)."""
    return cloud_venv / "bin" / "python"


def run_in(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the environment's Python from the repository root, with nothing of this one leaking in."""
    environment = clean_environment()
    environment.pop("INDICATORS_DATA", None)
    return subprocess.run(
        [str(python), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        check=False,
    )


# Every distribution installed in the environment: name, version and requirements, as JSON.
INSTALLED = """
import importlib.metadata, json
rows = [[d.metadata["Name"], d.version, d.requires or []] for d in importlib.metadata.distributions()]
print(json.dumps(rows))
"""


def required_closure(pins: list[Requirement], installed: dict[str, list[str]]) -> set[str]:
    """Return the distributions the pins need, directly or through one another (markers, extras applied)."""
    needed: set[str] = set()
    queue = [(canonical(pin.name), set(pin.extras)) for pin in pins]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        name, extras = queue.pop()
        if (name, frozenset(extras)) in seen:
            continue
        seen.add((name, frozenset(extras)))
        needed.add(name)
        for line in installed.get(name, []):
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in {"", *extras}):
                queue.append((canonical(requirement.name), set(requirement.extras)))
    return needed


def test_fresh_environment_holds_only_the_requirements(venv_python: Path) -> None:
    listed = run_in(venv_python, "-c", INSTALLED)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    rows = json.loads(listed.stdout)
    versions = {canonical(name): version for name, version, _ in rows}
    requires = {canonical(name): needs for name, _, needs in rows}
    assert len(versions) == len(rows), "a distribution is installed twice"
    pins = [Requirement(line) for line in requirement_lines()]
    # Each pin is installed at its pinned version.
    assert {canonical(p.name): versions.get(canonical(p.name)) for p in pins} == {
        canonical(p.name): str(p.specifier).removeprefix("==") for p in pins
    }
    # Must NOT happen: anything installed that requirements.txt does not bring (pip, a dev tool).
    assert set(versions) - required_closure(pins, requires) == set(), "installed but not required"
    assert not set(versions) & {"pip", "pytest", "playwright", "hypothesis", "ruff", "mypy"}
    checked = run_in(venv_python, "-m", "indicators", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_fresh_environment_runs_every_page_script(venv_python: Path) -> None:
    script = """
from streamlit.testing.v1 import AppTest
pages = [None, ("dashboard/pages/indicator.py", {"id": "fdi", "obs": "fdi-2019-doingoai"}),
         ("dashboard/pages/source.py", {}), ("dashboard/pages/data.py", {}), ("dashboard/pages/about.py", {})]
for page in pages:
    at = AppTest.from_file("app.py", default_timeout=120)
    if page:
        for key, value in page[1].items():
            at.query_params[key] = value
        at.switch_page(page[0])
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, f"{page}: no title"
    print(page[0] if page else "overview", "ok:", at.title[0].value)
"""
    result = run_in(venv_python, "-c", script)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(" ok: ") == 5


@pytest.fixture(scope="module")
def venv_server(venv_python: Path) -> Iterator[AppServer]:
    """``streamlit run app.py`` from the requirements-only environment, at the repository root."""
    dropped = ("VIRTUAL_ENV", "PYTHONPATH", "INDICATORS_DATA")
    with running(python=str(venv_python), drop_env=dropped) as server:
        yield server


def test_fresh_environment_serves_the_app(venv_server: AppServer) -> None:
    assert fetch(f"{venv_server.url}/_stcore/health") == "ok"
    assert '<div id="root">' in fetch(f"{venv_server.url}/")


@pytest.mark.browser
def test_fresh_environment_renders_a_chart_page(venv_server: AppServer, open_tab: OpenTab) -> None:
    tab = open_tab(base=venv_server.url).goto("/indicator?id=fdi&obs=fdi-2019-doingoai&lang=en", charts=True)
    assert heading(tab) == "Foreign direct investment attracted"
    # Must NOT happen: a page that needs something requirements.txt does not install.
    assert tab.exceptions() == []
    assert tab.errors == []
    assert "Traceback" not in venv_server.log()
