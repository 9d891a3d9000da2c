"""Find quotes in article text after Unicode NFC and whitespace normalisation only.

``normalise`` returns the normalised text and, for each of its characters, the offset of the
character it came from, so a quote found in the normalised text maps back to a span of the
original article, which the app highlights::

    >>> locate("Hà  Nội\\nđón 7,1 triệu lượt", "Nội đón")
    (4, 11)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

_SPACE = re.compile(r"\s+")
# A whitespace run other than a lone space: what normalising replaces. It starts with the class,
# so that the engine skips ahead to the next whitespace character.
_NOT_ONE_SPACE = re.compile(r"\s(?:\s+|(?<=[^\S ]))")


class Offsets:
    """Map each character of a normalised text to the offset of its origin in the original text.

    Stored as breakpoints (where the mapping stops being a plain shift), so building it costs one
    entry per whitespace run rather than one per character.
    """

    def __init__(self, starts: list[int], origins: list[int], length: int) -> None:
        self._starts = starts
        self._origins = origins
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._starts, index) - 1
        return self._origins[k] + index - self._starts[k]


def normalise(text: str) -> tuple[str, Offsets]:
    """Return ``text`` in NFC with whitespace runs collapsed to one space, and an offset map."""
    if not unicodedata.is_normalized("NFC", text):
        return _normalise_per_character(text)
    pieces: list[str] = []  # the text between the runs replaced
    starts, origins = [0], [0]
    position = removed = 0
    for match in _NOT_ONE_SPACE.finditer(text):
        start = match.start()
        pieces.append(text[position:start])
        position = match.end()
        if position - start > 1:  # a lone whitespace character keeps the offsets
            removed += position - start - 1
            starts.append(position - removed)
            origins.append(position)
    pieces.append(text[position:])
    normal = " ".join(pieces)
    return normal, Offsets(starts, origins, len(normal))


def _normalise_per_character(text: str) -> tuple[str, Offsets]:
    """``normalise`` of a text not in NFC: the offset of each character is kept one by one."""
    nfc = to_nfc(text)
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _SPACE.finditer(nfc.text + " "):
        out.append(nfc.text[position : match.start()])
        offsets.extend(nfc.starts[position : match.start()])
        if match.start() < len(nfc.text):
            out.append(" ")
            offsets.append(nfc.starts[match.start()])
        position = match.end()
    normal = "".join(out)
    return normal, Offsets(list(range(len(offsets))), offsets, len(offsets))


class Nfc(NamedTuple):
    """A text in NFC, and for each of its characters the span of the original it came from."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]


def to_nfc(text: str) -> Nfc:
    """``text`` in NFC, each character mapped to the span of the original it was composed from.

    The text is normalised one grapheme cluster (a character and the combining marks after it)
    at a time, so that each character of the result has one origin.
    """
    if unicodedata.is_normalized("NFC", text):
        return Nfc(text, range(len(text)), range(1, len(text) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cluster = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            piece = unicodedata.normalize("NFC", text[cluster:index])
            out.append(piece)
            starts.extend([cluster] * len(piece))
            ends.extend([index] * len(piece))
            cluster = index
    return Nfc("".join(out), starts, ends)


def inside_word(text: str, position: int) -> bool:
    """Whether the character before ``position`` is a word character (so no word starts there)."""
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def normalise_plain(text: str) -> str:
    """Return ``text`` in NFC with whitespace runs collapsed to one space and trimmed."""
    if (  # already so: printable text holds no whitespace but the space (a quote, a figure)
        text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and unicodedata.is_normalized("NFC", text)
    ):
        return text
    return " ".join(unicodedata.normalize("NFC", text).split())  # split() reads spaces as \s does


def locate(text: str, quote: str, *, normalised: tuple[str, Offsets] | None = None) -> tuple[int, int] | None:
    """Return the span of the first occurrence of ``quote`` in ``text``, in original offsets."""
    haystack, offsets = normalised or normalise(text)
    needle = normalise_plain(quote)
    if not needle:
        return None
    start = haystack.find(needle)
    if start == -1:
        return None
    return offsets[start], offsets[start + len(needle) - 1] + 1


def closest(text: str, quote: str) -> str:
    """Return the passage of ``text`` most like ``quote``, to show beside a quote not found."""
    haystack = normalise_plain(text)
    needle = normalise_plain(quote)
    if not haystack or not needle:
        return ""
    width = len(needle)
    best, best_ratio = "", -1.0
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    starts = [0, *(match.end() for match in _SPACE.finditer(haystack))]
    for start in starts:
        window = haystack[start : start + width]
        matcher.set_seq1(window)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        if (ratio := matcher.ratio()) > best_ratio:
            best, best_ratio = window, ratio
    return best
