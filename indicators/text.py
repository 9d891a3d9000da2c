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
from difflib import SequenceMatcher

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> tuple[str, list[int]]:
    """Return ``text`` in NFC with whitespace runs collapsed to one space, and an offset map."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _SPACE.finditer(text + " "):
        _append_nfc(text[position : match.start()], position, out, offsets)
        if match.start() < len(text):
            out.append(" ")
            offsets.append(match.start())
        position = match.end()
    return "".join(out), offsets


def _append_nfc(chunk: str, base: int, out: list[str], offsets: list[int]) -> None:
    if unicodedata.is_normalized("NFC", chunk):
        out.append(chunk)
        offsets.extend(range(base, base + len(chunk)))
        return
    # Normalise one grapheme cluster at a time so each output character maps to its origin.
    start = 0
    for index in range(1, len(chunk) + 1):
        if index == len(chunk) or unicodedata.combining(chunk[index]) == 0:
            piece = unicodedata.normalize("NFC", chunk[start:index])
            out.append(piece)
            offsets.extend([base + start] * len(piece))
            start = index


def normalise_plain(text: str) -> str:
    """Return ``text`` in NFC with whitespace runs collapsed to one space and trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Return the span of the first occurrence of ``quote`` in ``text``, in original offsets."""
    spans = locate_all(text, quote)
    return spans[0] if spans else None


def locate_all(text: str, quote: str, *, normalised: tuple[str, list[int]] | None = None
               ) -> list[tuple[int, int]]:
    """Return every span of ``quote`` in ``text`` after normalisation, in original offsets."""
    haystack, offsets = normalised or normalise(text)
    needle = normalise_plain(quote)
    if not needle:
        return []
    spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        spans.append((offsets[start], offsets[end - 1] + 1))
        start = haystack.find(needle, start + 1)
    return spans


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
