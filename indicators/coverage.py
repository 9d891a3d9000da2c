"""Coverage: every number in every article is claimed by an observation or dismissed with a reason.

A mention (see :mod:`indicators.scan`) is *claimed* when it overlaps the figure of an observation
taken from that article, and *dismissed* when a ``dismissed`` entry of the same source has its
exact text. Coverage below 100 % is a problem, and so is a dismissal that matches nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.model import Dataset
from indicators.provenance import Evidence
from indicators.scan import Mention, find_mentions


@dataclass(frozen=True)
class Claim:
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


def coverage(dataset: Dataset, texts: dict[str, str], evidence: dict[str, Evidence]
             ) -> list[SourceCoverage]:
    """Account for every number mention of every article whose text was read."""
    results = []
    for source in dataset.sources:
        text = texts.get(source.id)
        if text is None:
            continue
        figures = [
            (evidence[observation.id].figure_span, observation.id)
            for observation in dataset.observations
            if observation.source == source.id and observation.id in evidence
        ]
        dismissals = [
            (index, dismissal) for index, dismissal in enumerate(dataset.dismissed)
            if dismissal.source == source.id
        ]
        used: set[int] = set()
        claims = []
        for mention in find_mentions(text):
            owners = tuple(
                obs_id for (start, end), obs_id in figures
                if start < mention.end and mention.start < end
            )
            reason = None
            for index, dismissal in dismissals:
                if dismissal.text == mention.text:
                    used.add(index)
                    reason = reason or dismissal.reason
            claims.append(Claim(mention, owners, reason))
        unused = tuple(index for index, _ in dismissals if index not in used)
        results.append(SourceCoverage(source.id, source.file, tuple(claims), unused))
    return results
