"""A valid dataset whose text carries markup of every kind the app must show as written.

The headline, the titles, an indicator's name and notes, an observation's quote and note all
hold :data:`MARKUP`: a script, an image with a handler, Markdown bold, LaTeX and a javascript:
link. The article holds it too, so the quote is still found there and the dataset passes the check.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
MARKUP = (
    "<script>alert(document.cookie)</script> <img src=x onerror=alert(document.domain)> "
    "**đậm** $x^y$ [liên kết](javascript:alert(document.domain))"
)


def write_markup_dataset(folder: Path) -> Path:
    """Write the dataset and its article into ``folder``; return the dataset's path."""
    (folder / "sources").mkdir(parents=True)
    article = (FIXTURES / "hostile" / "sources" / "mini.txt").read_text(encoding="utf-8")
    article = article.replace("Du lịch và đầu tư Hà Nội năm 2023\n", f"{MARKUP} Du lịch\n", 1)
    article = article.replace("Vốn FDI đăng ký", f"{MARKUP} Vốn FDI đăng ký")
    (folder / "sources" / "mini.txt").write_text(article, encoding="utf-8")
    quoted = '"' + MARKUP.replace("\\", "\\\\").replace('"', '\\"')
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    for old, new in (
        ("headline: Du lịch và đầu tư Hà Nội năm 2023", f'headline: {quoted} Du lịch"'),
        (
            "title: {vi: Du lịch và đầu tư Hà Nội năm 2023, en: Hanoi tourism and investment in 2023}",
            f'title: {{vi: {quoted} Bài", en: {quoted} Article"}}',
        ),
        (
            "name: {vi: Vốn FDI, en: FDI}",
            f'name: {{vi: {quoted} FDI", en: {quoted} FDI"}}\n'
            f'    notes: {{vi: {quoted} ghi chú", en: {quoted} notes"}}',
        ),
        (
            "quote: Vốn FDI đăng ký đạt 2.915 triệu USD",
            f'quote: {quoted} Vốn FDI đăng ký đạt 2.915 triệu USD"\n'
            f'    note: {{vi: {quoted} ghi chú", en: {quoted} note"}}',
        ),
    ):
        assert old in text, old
        text = text.replace(old, new)
    path = folder / "markup.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# MARKUP, and the quotes that would end an attribute's value and add a handler.
HOSTILE = MARKUP + " \" onerror=\"alert(1)\" ' onclick='alert(2)'"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Return the elements ``html`` makes, as a browser's parser reads them: (tag, attributes)."""
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.found


def assert_inert(html: str) -> None:
    """Assert that ``html`` makes no script, no image but a sparkline, no handler and no javascript: link."""
    for tag, attributes in elements(html):
        assert tag != "script", html
        assert tag != "img" or attributes.get("class") == "hi-spark", html
        assert not [name for name in attributes if name.startswith("on")], (tag, attributes)
        values = [(value or "").strip().lower() for value in attributes.values()]
        links = [value for value in values if value.startswith("javascript:")]
        assert not links, (tag, attributes)
