"""Problems a curator can act on: where, which record, which field, what was expected and found.

Every check returns a list of :class:`Problem` rather than raising, so one run reports them all;
the edge (command line or app) decides how to show them::

    data/indicators.yaml:142 [fdi-2019] value: expected 8670000000, found 867000000
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_FOUND_LIMIT = 80


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the dataset, located as precisely as the input allows."""

    file: str
    line: int | None
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.record:
            parts.append(f"[{self.record}]")
        head = " ".join(parts)
        line = f"{head} {self.field}: {self.message}" if self.field else f"{head}: {self.message}"
        return _printable(line)  # a value from the data must not drive the reader's terminal


def display_name(path: Path) -> str:
    """Return how problems name a file: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def shown(value: object) -> str:
    """Render a found value for a message: short, on one line, control characters escaped."""
    text = value if isinstance(value, str) else repr(value)
    text = _printable(text)
    if len(text) > _FOUND_LIMIT:
        text = text[: _FOUND_LIMIT - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text


def _printable(text: str) -> str:
    """Write control and other unprintable characters as escapes such as '\\x1b'."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
