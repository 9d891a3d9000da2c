"""Small HTML blocks the pages share, as escaped ``Markup``: a kicker, a paragraph in one of the
dashboard's text styles, a bulleted list and the invalid data's problems.

Every value is escaped by MarkupSafe's templates unless it is already ``Markup``::

    kicker("Đầu tư")                        <p class="hi-kicker">Đầu tư</p>
    paragraph("<b>x</b>", "hi-note")        <p class="hi-note">&lt;b&gt;x&lt;/b&gt;</p>
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

from indicators.problems import Problem

_KICKER = Markup('<p class="hi-kicker">{}</p>')
_KICKER_SPACED = Markup('<p class="hi-kicker" style="margin-top:{}">{}</p>')


_COMMAND = Markup('<pre class="hi-command"><code>{}</code></pre>')


def command(text: str) -> Markup:
    """Return a shell command to type, as a plain code block (no highlighter to load)."""
    return _COMMAND.format(text)


def kicker(text: str, margin_top: str | None = None) -> Markup:
    """Return a small label (above a title, or heading a block ``margin_top`` below the last)."""
    return _KICKER.format(text) if margin_top is None else _KICKER_SPACED.format(margin_top, text)


def paragraph(text: str | Markup, css_class: str = "hi-lead") -> Markup:
    """Return a paragraph of text in one of the dashboard's text styles (hi-lead, hi-note, hi-muted…)."""
    return Markup('<p class="{}">{}</p>').format(css_class, text)


def labelled(label: str, text: str, css_class: str = "hi-muted") -> Markup:
    """Return a paragraph 'label: text', such as 'Note: …'."""
    return Markup('<p class="{}">{}: {}</p>').format(css_class, label, text)


def bullets(items: Iterable[str]) -> Markup:
    """Return a bulleted list of plain texts."""
    return Markup('<ul class="hi-list">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(item) for item in items)
    )


def problem_place(problem: Problem) -> str:
    """Return where a problem is, as the checker names it: 'file:line [record] field'."""
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    if problem.record:
        where += f" [{problem.record}]"
    if problem.field:
        where += f" {problem.field}"
    return where


def problems_html(problems: Iterable[Problem]) -> Markup:
    """Return each problem as a box: where it is, then what was expected and found."""
    item = Markup('<div class="hi-problem"><div class="where">{}</div><p class="what">{}</p></div>')
    return Markup("").join(item.format(problem_place(problem), problem.message) for problem in problems)
