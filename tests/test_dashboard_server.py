"""How the dashboard runs on the server: the collector freeze and Streamlit's "magic" turned off."""

from __future__ import annotations

import ast
import gc
import sys
import tomllib
import types
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import collector

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = [ROOT / "app.py", *sorted((ROOT / "dashboard" / "pages").glob("*.py"))]


@pytest.fixture
def thawed() -> Iterator[None]:
    """Start from nothing frozen, and leave nothing frozen by the test."""
    gc.unfreeze()
    saved = collector._modules_when_frozen
    collector._modules_when_frozen = 0
    yield
    gc.unfreeze()
    collector._modules_when_frozen = saved


class Node:
    """An object the collector tracks and a weak reference can follow."""

    other: object = None


def garbage_cycle() -> weakref.ref[Node]:
    """Make two objects that refer to each other and nothing else does; return a weak reference."""
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_freeze_moves_what_is_alive_out_of_the_collectors_way(thawed: None) -> None:
    before = garbage_cycle()  # unreachable already, but only the collector can free a cycle
    assert collector.freeze_long_lived() is True
    gc.collect()
    assert before() is not None, "a frozen object was walked and freed by the collection"
    gc.unfreeze()
    gc.collect()
    assert before() is None


def test_every_page_run_freezes_first(thawed: None) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert gc.get_freeze_count() > 0, "the run did not freeze what it found alive"


def test_freeze_happens_again_only_after_new_modules_were_imported(thawed: None) -> None:
    assert collector.freeze_long_lived() is True
    assert collector.freeze_long_lived() is False, "nothing was imported since"
    name = "tests._freeze_probe_module"
    sys.modules[name] = types.ModuleType(name)
    try:
        assert collector.freeze_long_lived() is True
        assert collector.freeze_long_lived() is False
    finally:
        del sys.modules[name]


def test_garbage_made_after_a_freeze_is_still_collected(thawed: None) -> None:
    collector.freeze_long_lived()
    after = garbage_cycle()
    gc.collect()
    assert after() is None, "a cycle made after the freeze must still be freed"


def test_streamlit_magic_is_off_and_no_page_needs_it() -> None:
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert settings["runner"]["magicEnabled"] is False
    # Magic draws every expression statement that is neither a call nor a docstring; with it off,
    # such a statement would silently draw nothing. None may exist.
    for script in SCRIPTS:
        tree = ast.parse(script.read_text(encoding="utf-8"), str(script))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        drawn = [
            f"{script.name}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr)
            and not isinstance(node.value, ast.Call | ast.Await)
            and id(node.value) not in docstrings
        ]
        assert drawn == [], f"magic would draw these expressions: {drawn}"
    assert len(SCRIPTS) == 7
