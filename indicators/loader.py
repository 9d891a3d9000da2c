"""Read the dataset's YAML strictly, remembering the line of every value.

The loader builds plain Python values from PyYAML's event stream (the C parser when present) and
refuses what YAML would otherwise guess at or hide:

* anchors, aliases and tags (``&a``, ``*a``, ``!!python/object``): the data is plain text;
* duplicate keys, non-text keys and several documents in one file;
* YAML 1.1 surprises in plain scalars: ``NO`` or ``on`` as booleans, ``12:30`` as a number of
  minutes, ``0123`` as octal, ``1_000``, ``.inf``; these must be quoted;
* files larger than :data:`MAX_BYTES`, nesting deeper than :data:`MAX_DEPTH`, text that is not UTF-8.

Plain numbers become ``int`` or :class:`~decimal.Decimal` (never ``float``), so ``8.67`` stays
exactly 8.67. Every problem is a :class:`~indicators.problems.Problem` with its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from indicators.problems import Problem, shown

MAX_BYTES = 5_000_000
MAX_DEPTH = 24

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SPECIAL = re.compile(r"^(?:[-+.0-9~]|(?i:y|yes|n|no|on|off|true|false|null)$|$)")
_NULL = re.compile(r"^(?:~|null|Null|NULL)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_DECIMAL = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_YAML11_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_YAML11_NUMBER = re.compile(
    r"^[-+]?(?:0[0-7]+|0o[0-7]+|0x[0-9a-fA-F]+|0b[01]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|\.(?:inf|Inf|INF|nan|NaN|NAN)|[-+]\.(?:inf|Inf|INF))$"
)

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """A YAML document as plain values, with the line of each value by its path.

    Lines are only needed to locate a problem, so a document read from ``text`` reads them from
    it again when first asked for (``lines``), rather than recording them for every value.
    """

    data: Any
    text: str | None = field(default=None, repr=False)
    _lines: dict[Path_, int] | None = field(default=None, repr=False)

    @property
    def lines(self) -> dict[Path_, int]:
        """The line of each value by its path (a mapping's value has the line of its key)."""
        if self._lines is None:
            self._lines = _build(self.text, lines=True).lines if self.text is not None else {}
        return self._lines

    def line_of(self, path: Path_) -> int | None:
        """Return the line of the value at ``path``, or of its nearest enclosing value."""
        for end in range(len(path), -1, -1):
            if (line := self.lines.get(path[:end])) is not None:
                return line
        return None


class YamlError(Exception):
    """A YAML text the loader refuses, with its location."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def read_document(path: Path, display: str | None = None) -> tuple[Document | None, list[Problem]]:
    """Read a YAML file into a :class:`Document`, or return the problems that prevent it."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                Problem(
                    name,
                    None,
                    None,
                    None,
                    f"expected a file of at most {MAX_BYTES:,} bytes, found {size:,} bytes",
                )
            ]
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(name, None, None, None, f"cannot read the file: {error.strerror}")]
    return parse_document(raw, name)


def parse_document(raw: bytes, name: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML bytes into a :class:`Document`, or return the problems that prevent it."""
    if len(raw) > MAX_BYTES:
        message = f"expected at most {MAX_BYTES:,} bytes, found {len(raw):,} bytes"
        return None, [Problem(name, None, None, None, message)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"expected UTF-8 text, found the byte {raw[error.start]:#04x} that is not UTF-8"
        return None, [Problem(name, raw[: error.start].count(b"\n") + 1, None, None, message)]
    if (bad := _first_control_character(text)) is not None:
        line = text.count("\n", 0, bad) + 1
        message = f"expected text, found the control character {shown(text[bad])}"
        return None, [Problem(name, line, None, None, message)]
    try:
        return _build(text), []
    except YamlError as error:
        return None, [Problem(name, error.line, None, None, error.message)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = mark.line + 1 if mark is not None else None
        what = " ".join(part for part in (error.context, error.problem) if part)
        if error.context_mark is not None and error.context_mark.line + 1 != at:
            what += f" (it starts on line {error.context_mark.line + 1})"
        return None, [Problem(name, at, None, None, f"expected valid YAML, found a syntax error: {what}")]
    except yaml.YAMLError as error:
        return None, [Problem(name, None, None, None, f"expected valid YAML, found: {error}")]


def _first_control_character(text: str) -> int | None:
    match = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", text)
    return match.start() if match else None


def _build(text: str, *, lines: bool = False) -> Document:
    """Build the document from the parser's events; with ``lines``, record every value's line.

    Without ``lines`` a duplicate key, whose message names the line of its first occurrence,
    has the text read again with them.
    """
    parser = _Loader(text)
    try:
        return _document(parser.get_event, text, {} if lines else None)
    except _FirstLineNeeded:
        return _build(text, lines=True)  # raises the duplicate key's YamlError
    finally:
        parser.dispose()


def _document(next_event: Callable[[], Any], text: str, lines: dict[Path_, int] | None) -> Document:
    next_event()  # StreamStart
    start = next_event()
    if isinstance(start, yaml.StreamEndEvent):
        raise YamlError(
            1, "expected a mapping with version, sources, indicators and observations, found an empty file"
        )
    data = _Builder(next_event, lines).node(next_event(), (), 0)
    end = next_event()
    if not isinstance(end, yaml.DocumentEndEvent):  # pragma: no cover - the parser guarantees it
        raise YamlError(_line(end), "expected the end of the document")
    after = next_event()
    if isinstance(after, yaml.DocumentStartEvent):
        raise YamlError(_line(after), "expected one YAML document, found a second one")
    return Document(data, text, lines)


def _line(event: Any) -> int:
    return int(event.start_mark.line) + 1


class _FirstLineNeeded(Exception):
    """A duplicate key met while reading without lines: its message needs the first one's line."""


# A plain scalar starting with one of these is text: only a digit, a sign, ".", "~" or the first
# letter of y, yes, n, no, on, off, true, false or null starts anything else.
_TEXT_START = frozenset("abcdeghijklmpqrsuvwxzABCDEGHIJKLMPQRSUVWXZ")
_SPECIAL_WORDS = frozenset(("y", "yes", "n", "no", "on", "off", "true", "false", "null"))
_SCALAR = yaml.ScalarEvent
_SEQUENCE = yaml.SequenceStartEvent
_SEQUENCE_END = yaml.SequenceEndEvent
_MAPPING_END = yaml.MappingEndEvent


class _Builder:
    """Plain values from the events of one document, and each value's line if ``lines`` is given.

    A file of 10,000 observations has some 180,000 events, so the common case, a scalar with
    neither anchor nor tag, is read where it is met; anything else goes through :meth:`node`,
    which refuses what is not plain data. Without ``lines``, paths are not built either.
    """

    def __init__(self, next_event: Callable[[], Any], lines: dict[Path_, int] | None) -> None:
        self.next_event = next_event
        self.lines = lines

    def node(self, event: Any, path: Path_, depth: int) -> Any:
        kind = type(event)
        if kind is yaml.AliasEvent:
            raise YamlError(
                _line(event),
                f"expected plain data, found the alias *{event.anchor}: "
                "anchors and aliases are not allowed, write the value out",
            )
        if event.anchor is not None:
            raise YamlError(
                _line(event),
                f"expected plain data, found the anchor &{event.anchor}: anchors and aliases are not allowed",
            )
        if event.tag is not None and event.tag != "!":
            raise YamlError(
                _line(event), f"expected plain data, found the tag {event.tag}: tags are not allowed"
            )
        if self.lines is not None:
            self.lines[path] = event.start_mark.line + 1
        if kind is _SCALAR:
            return _scalar(event)
        if depth >= MAX_DEPTH:
            raise YamlError(_line(event), f"expected at most {MAX_DEPTH} levels of nesting")
        if kind is _SEQUENCE:
            return self.sequence(path, depth + 1)
        return self.mapping(path, depth + 1)

    def sequence(self, path: Path_, depth: int) -> list[Any]:
        next_event, lines = self.next_event, self.lines
        items: list[Any] = []
        while (kind := type(event := next_event())) is not _SEQUENCE_END:
            item_path = path if lines is None else (*path, len(items))
            if kind is _SCALAR and event.anchor is None and event.tag is None:
                if lines is not None:
                    lines[item_path] = event.start_mark.line + 1
                items.append(event.value if event.style else _plain(event))
            else:
                items.append(self.node(event, item_path, depth))
        return items

    def mapping(self, path: Path_, depth: int) -> dict[str, Any]:
        next_event, lines = self.next_event, self.lines
        mapping: dict[str, Any] = {}
        while (kind := type(key_event := next_event())) is not _MAPPING_END:
            if kind is not _SCALAR or key_event.anchor or key_event.tag:
                raise YamlError(_line(key_event), "expected a plain text key")
            key = key_event.value
            key_path = path if lines is None else (*path, key)
            if key in mapping:
                if lines is None:
                    raise _FirstLineNeeded
                raise YamlError(
                    _line(key_event),
                    f"expected each key once, found '{key}' again (first on line {lines.get(key_path)})",
                )
            event = next_event()
            if type(event) is _SCALAR and event.anchor is None and event.tag is None:
                mapping[key] = event.value if event.style else _plain(event)
            else:
                mapping[key] = self.node(event, key_path, depth)
            if lines is not None:
                lines[key_path] = key_event.start_mark.line + 1  # a value's line is its key's
        return mapping


def _plain(event: Any) -> Any:
    """What :func:`_scalar` reads a plain scalar as, the commonest cases found first."""
    value: str = event.value
    if value[:1] in _TEXT_START:
        return value
    if value.isascii():
        if value.isdigit() and (value[0] != "0" or value == "0"):
            return int(value)  # as _INT reads it: no YAML 1.1 octal, no sign, no separator
        if value[:1].isalpha() and value.lower() not in _SPECIAL_WORDS:
            return value  # ASCII words: only those words, in any case, may be more than text
    return _scalar(event)


def _scalar(event: Any) -> Any:
    value: str = event.value
    if event.style or not _SPECIAL.match(value):  # quoted, block or plain words: text
        return value
    if value == "" or _NULL.match(value):
        return None
    if _BOOL.match(value):
        return value.lower() == "true"
    if _YAML11_BOOL.match(value) or _YAML11_NUMBER.match(value):
        raise YamlError(
            _line(event),
            f"expected an unambiguous value, found {value}: "
            f"YAML readers disagree on it, write it in quotes ('{value}')",
        )
    if _INT.match(value):
        return int(value)
    if _DECIMAL.match(value):
        return Decimal(value)
    return value
