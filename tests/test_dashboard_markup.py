"""The dashboard builds HTML only from MarkupSafe templates, so a value is escaped unless marked safe.

Read from the source of every module under ``dashboard/``: HTML put together any other way (an
f-string, ``%``, ``str.format`` or ``+`` on a string holding a tag) is refused, and so is every
``Markup(...)`` of anything but a literal, except the few listed here with the reason each is safe.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TypeGuard

import pytest

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard"
TAG = re.compile(r"<[A-Za-z/!]")

# (module, the expression as ast.unparse writes it): why what it marks safe cannot carry markup.
MARKED_SAFE = {
    ("dashboard/layout.py", "Markup(STYLE_SHEET)"): "the style sheet, a file of the repository",
    (
        "dashboard/layout.py",
        "Markup(_DOCUMENT % json.dumps(words, ensure_ascii=False).replace('<', '\\\\u003c'))",
    ): "a known language and the dashboard's own words, as JSON whose < is escaped",
    ("dashboard/menus.py", "Markup(FILTER_SCRIPT)"): "the filter form's script, a file of the repository",
    ("dashboard/touch.py", "Markup(CHART_SCRIPT)"): "the chart's scripts, a file of the repository",
    (
        "dashboard/layout.py",
        "Markup(navigation.COPY_SCRIPT)",
    ): "the copy-link script, a file of the repository",
    (
        "dashboard/pages/source.py",
        "Markup(_SCROLL % json.dumps(anchor_id(current)))",
    ): "an anchor id (letters, digits and hyphens) as JSON",
    (
        "dashboard/cards.py",
        "Markup(trend.img(t(lang, 'card_trend', name=indicator.name.get(lang))))",
    ): "the sparkline draws numbers only and escapes its alt text (indicators/charts/sparkline.py)",
}


def _is_markup_call(node: ast.AST) -> TypeGuard[ast.Call]:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Markup"


def _tag_strings(tree: ast.Module) -> set[str]:
    """Return the module-level names bound to a string literal holding a tag (``_SCROLL = "<script>…"``)."""
    names: set[str] = set()
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and TAG.search(node.value.value)
        ):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


def _holds_tag(node: ast.AST, tag_names: set[str]) -> bool:
    """Whether ``node`` is a plain string holding a tag: a literal, or a module name bound to one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(TAG.search(node.value))
    return isinstance(node, ast.Name) and node.id in tag_names


def html_by_hand(source: str) -> list[str]:
    """Return every expression of ``source`` that builds HTML outside a MarkupSafe template."""
    tree = ast.parse(source)
    tag_names = _tag_strings(tree)
    # What a Markup(...) call wraps is judged with the call (found, unless it is a literal).
    wrapped = {
        id(argument)
        for node in ast.walk(tree)
        if _is_markup_call(node)
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in wrapped:
            continue
        if isinstance(node, ast.JoinedStr):
            literal = "".join(str(part.value) for part in node.values if isinstance(part, ast.Constant))
            if TAG.search(literal) and any(isinstance(part, ast.FormattedValue) for part in node.values):
                found.append(ast.unparse(node))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            if _holds_tag(node.left, tag_names) or (
                isinstance(node.op, ast.Add) and _holds_tag(node.right, tag_names)
            ):
                found.append(ast.unparse(node))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and _holds_tag(node.func.value, tag_names)
        ):
            found.append(ast.unparse(node))
        elif _is_markup_call(node):
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if not all(isinstance(argument, ast.Constant) for argument in arguments):
                found.append(ast.unparse(node))
    return found


def dashboard_findings() -> dict[tuple[str, str], None]:
    findings: dict[tuple[str, str], None] = {}
    for path in sorted(DASHBOARD.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        for expression in html_by_hand(path.read_text(encoding="utf-8")):
            findings[(module, expression)] = None
    return findings


@pytest.mark.parametrize(
    "source",
    [
        "html = f'<p>{text}</p>'",
        'html = f"<a href=\\"{where}\\">x</a>"',
        "html = '<strong>' + escape(text) + '</strong>'",
        "html = escape(text) + '</p>'",
        "html = '<td>%s</td>' % text",
        "html = '<li>{}</li>'.format(text)",
        "ROW = '<tr>{}</tr>'\nhtml = ROW.format(text)",
        "SCRIPT = '<script>%s</script>'\nhtml = SCRIPT % data",
        "html = Markup(text)",
        "html = Markup(f'<p>{text}</p>')",
        "html = Markup('<p>' + text + '</p>')",
    ],
)
def test_html_by_hand_is_found(source: str) -> None:
    assert html_by_hand(source), source


@pytest.mark.parametrize(
    "source",
    [
        "html = Markup('<p class=\"x\">{}</p>').format(text)",
        "ROW = Markup('<tr>{}</tr>')\nhtml = ROW.format(text)",
        "html = Markup('').join(Markup('<li>{}</li>').format(item) for item in items)",
        "html = Markup('<b>{}</b>').format(a) + Markup('<i>{}</i>').format(b)",
        "text = f'{name} · {period}'",
        "where = f'{base}/indicator?{query}'",
        "comparison = a < b",
    ],
)
def test_templates_and_plain_text_pass(source: str) -> None:
    assert html_by_hand(source) == [], source


def test_no_dashboard_module_builds_html_by_hand() -> None:
    modules = list(DASHBOARD.rglob("*.py"))
    assert len(modules) > 20, "the check read the dashboard's modules"
    unexplained = [finding for finding in dashboard_findings() if finding not in MARKED_SAFE]
    assert unexplained == [], "build HTML with Markup templates (or explain here why it is safe)"


def test_every_exception_is_still_needed() -> None:
    stale = [entry for entry in MARKED_SAFE if entry not in dashboard_findings()]
    assert stale == [], "remove these from MARKED_SAFE"


def test_no_dashboard_module_escapes_html_by_itself() -> None:
    """Escaping is MarkupSafe's: a module importing ``html`` would be escaping one value at a time."""
    importing = [
        path.relative_to(ROOT).as_posix()
        for path in DASHBOARD.rglob("*.py")
        if re.search(r"^\s*(import html\b|from html\b)", path.read_text(encoding="utf-8"), re.M)
    ]
    assert importing == []
