"""Coverage: every number in every article is claimed by an observation or dismissed with a reason.

A mention (see :mod:`indicators.scan`) is *claimed* when it overlaps the figure of an observation
taken from that article, and *dismissed* when a ``dismissed`` entry of the same source has its
exact text. Coverage below 100 % is a problem, and so is a dismissal that matches nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from indicators.model import Dataset
from indicators.provenance import Evidence
from indicators.scan import Mention, find_mentions


class Claim(NamedTuple):
    """A number mention in an article and what accounts for it."""

    mention: Mention
    observations: tuple[str, ...] = ()
    dismissal: str | None = None

    @property
    def explained(self) -> bool:
        """Whether an observation claims the mention or a dismissal covers it."""
        return bool(self.observations) or self.dismissal is not None


@dataclass(frozen=True)
class SourceCoverage:
    """How many of one article's numbers the dataset accounts for."""

    source_id: str
    file: str
    claims: tuple[Claim, ...]
    unused_dismissals: tuple[int, ...] = field(default=())

    @property
    def total(self) -> int:
        """Number of mentions in the article."""
        return len(self.claims)

    @property
    def claimed(self) -> int:
        """Mentions claimed by observations."""
        return sum(1 for claim in self.claims if claim.observations)

    @property
    def dismissed(self) -> int:
        """Mentions dismissed with a reason and claimed by no observation."""
        return sum(1 for claim in self.claims if claim.dismissal and not claim.observations)

    @property
    def percent(self) -> float:
        """Share of mentions explained, 0-100 (an article with no numbers is fully covered)."""
        explained = sum(1 for claim in self.claims if claim.explained)
        return 100.0 * explained / self.total if self.total else 100.0


def coverage(
    dataset: Dataset,
    texts: dict[str, str],
    evidence: dict[str, Evidence],
    mentions: dict[str, list[Mention]] | None = None,
) -> list[SourceCoverage]:
    """Account for every number mention of every article whose text was read.

    ``mentions`` holds each article's mentions when the caller has already scanned them.
    """
    mentions = mentions or {}
    figures: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for observation in dataset.observations:
        if (found := evidence.get(observation.id)) is not None:
            figures[observation.source].append((*found.figure_span, observation.id))
    dismissals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, dismissal in enumerate(dataset.dismissed):
        dismissals[dismissal.source][dismissal.text].append(index)
    results = []
    for source in dataset.sources:
        text = texts.get(source.id)
        if text is None:
            continue
        spans = sorted(figures.get(source.id, ()))
        starts = [start for start, _, _ in spans]
        reach = list(accumulate((end for _, end, _ in spans), max))  # the furthest end so far
        by_text = dismissals.get(source.id, {})
        used: set[int] = set()
        claims = []
        for mention in mentions.get(source.id) or find_mentions(text):
            # The figures that may overlap the mention: from the first that reaches past its
            # start (none before it does) to the last that starts before its end.
            low, high = bisect_right(reach, mention.start), bisect_left(starts, mention.end)
            if low >= high:
                owners: tuple[str, ...] = ()
            elif high - low == 1:  # the common case: one figure
                owners = (spans[low][2],) if mention.start < spans[low][1] else ()
            else:
                owners = tuple(obs_id for _, end, obs_id in spans[low:high] if mention.start < end)
            indexes = by_text.get(mention.text)
            if indexes:
                used.update(indexes)
                reason = dataset.dismissed[indexes[0]].reason
            else:
                reason = None
            claims.append(Claim(mention, owners, reason))
        every = [index for indexes in by_text.values() for index in indexes]
        unused = tuple(sorted(index for index in every if index not in used))
        results.append(SourceCoverage(source.id, source.file, tuple(claims), unused))
    return results
