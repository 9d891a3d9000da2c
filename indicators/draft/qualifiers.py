"""The qualifier of a drafted figure: its own hedge words, and those that govern its clause.

The scanner reads the hedges right before a number ("khoảng", "dự kiến vượt"). A report also
hedges a whole clause from its head or before its verb: "phấn đấu đón khoảng 26,5 triệu lượt"
is a target, "Mục tiêu đến năm 2030, kim ngạch đạt 25 tỷ USD" too, and "ước tính đạt 120,5% dự
toán, cụ thể là khoảng 500.000 tỷ" an estimate for both figures::

    >>> text = "Năm 2024, Hà Nội phấn đấu đón khoảng 26,5 triệu lượt khách"
    >>> qualifiers(text, 0, text.index("26,5"), text.index(" khách"), ("approximately",))
    ('approximately', 'target')

"so với", ";", "trong khi", "còn" and "nhưng" end a clause's hedge: in "dự kiến đạt 6,52% so với
6,27% cùng kỳ năm trước" the second figure is exact.
"""

from __future__ import annotations

import re

from indicators.model import Qualifier
from indicators.vietnamese.hedges import hedge_words
from indicators.vietnamese.numerals import lowercase

CLAUSE_HEDGES = frozenset({"estimate", "projected", "target"})
_ORDER = {qualifier.value: index for index, qualifier in enumerate(Qualifier)}
_RESET = re.compile(r"so\s+với|;|(?<!\w)(?:trong\s+khi|còn|nhưng)(?!\w)")
# "vượt kế hoạch", "thực hiện mục tiêu này": words that name a plan or goal without hedging.
_NOT_BEFORE = re.compile(r"(?:vượt|so\s+với|hoàn\s+thành|thực\s+hiện|đạt|các|những)\s+$")
_NOT_AFTER = re.compile(r"\s+(?:này|đó|trên|của|chung)(?!\w)")
_AT_LEAST_AFTER = re.compile(r"\s*trở\s+lên(?!\w)")


def qualifiers(
    text: str, sentence_start: int, start: int, end: int, hedges: tuple[str, ...], lower: str | None = None
) -> tuple[str, ...]:
    """The qualifier codes of a figure at ``start:end`` whose own hedges are ``hedges``."""
    lower = lowercase(text) if lower is None else lower
    codes = set(hedges) | {code for code, _ in governing_hedges(lower, sentence_start, start)}
    if _AT_LEAST_AFTER.match(lower, end):
        codes.add("at_least")
    return tuple(sorted(codes, key=_ORDER.__getitem__)) or ("exact",)


def governing_hedges(lower: str, sentence_start: int, position: int) -> tuple[tuple[str, int], ...]:
    """Clause hedges (estimate, projected, target) before ``position`` in its sentence, each with
    where its word starts."""
    head = sentence_start
    for reset in _RESET.finditer(lower, sentence_start, position):
        head = reset.end()
    codes: list[tuple[str, int]] = []
    for word in hedge_words(lower, "vi", head, position):
        if word.code not in CLAUSE_HEDGES or any(word.code == seen for seen, _ in codes):
            continue
        if _NOT_BEFORE.search(lower, max(head, word.start - 14), word.start) or _NOT_AFTER.match(
            lower, word.end
        ):
            continue
        codes.append((word.code, word.start))
    return tuple(codes)
