"""Find every quantity, ordinal and fraction in a text, with the hedge words before each::

    >>> [(q.start, q.end, q.kind, q.value, q.unit, q.hedges)
    ...  for q in find_quantities("Hà Nội đón khoảng 24,1 triệu lượt khách, đứng thứ hai")]
    [(18, 39, 'quantity', Decimal('24100000'), 'visits', ('approximately',)),
     (46, 53, 'ordinal', Decimal('2'), 'rank', ())]

A quantity's span covers its number, scale words and unit; the hedge words before it stay
outside. Where readings overlap (:mod:`~indicators.vietnamese.candidates` lists them), the one
starting first wins, and the longest of those starting at one place.
"""

from __future__ import annotations

from operator import attrgetter

from indicators.languages import check_lang
from indicators.vietnamese.candidates import WordRun, en_candidates, vi_candidates, word_number
from indicators.vietnamese.numerals import lowercase
from indicators.vietnamese.spans import Quantity, QuantitySpan

__all__ = ["Quantity", "QuantitySpan", "find_quantities"]

_START = attrgetter("start")
_END = attrgetter("end")


def find_quantities(
    text: str, lang: str = "vi", *, strict: bool = False, lower: str | None = None
) -> tuple[QuantitySpan, ...]:
    """Every quantity, ordinal and fraction in NFC ``text``, sorted and non-overlapping.

    With ``strict``, a run of digits and separators that is no number raises ``ValueError``;
    otherwise it is skipped. ``lower`` is ``text`` lowercased character for character
    (:func:`~indicators.vietnamese.numerals.lowercase`), when the caller has it.
    """
    check_lang(lang)
    if lower is None:
        lower = lowercase(text)  # searching lowercased text is much faster than re.IGNORECASE
    if lang == "vi":
        candidates = vi_candidates(text, lower, strict=strict)
    else:
        candidates = en_candidates(text, lower, strict=strict)
    return _chosen(text, candidates)


def _chosen(text: str, candidates: list[QuantitySpan | WordRun]) -> tuple[QuantitySpan, ...]:
    """Keep the earliest, then longest, candidates that do not overlap; number words are read once
    chosen, and skipped if they are no number."""
    candidates.sort(key=_END, reverse=True)  # the longest first among those starting at one place,
    candidates.sort(key=_START)  # once sorted by start (a sort keeps the order of equal keys)
    chosen: list[QuantitySpan] = []
    reached = 0
    for candidate in candidates:
        if candidate.start < reached:
            continue
        if isinstance(candidate, WordRun):
            found = word_number(text, candidate)
            if found is None:
                continue
            candidate = found
        chosen.append(candidate)
        reached = candidate.end
    return tuple(chosen)
