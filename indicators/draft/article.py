"""What drafting one article reads and keeps track of: its text, sentences, vocabulary and the
periods its paragraphs carry."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from indicators.draft.layout import Header, Sentence
from indicators.draft.periods import ArticleDate, Cue, find_cues
from indicators.draft.records import DraftIndicator
from indicators.draft.vocabulary import Vocabulary


@dataclass
class Article:
    """What drafting one article reads and keeps track of."""

    text: str
    lower: str
    source: str
    header: Header
    now: ArticleDate
    sentences: list[Sentence]
    vocabulary: tuple[Vocabulary, ...]
    cues: dict[int, list[Cue]] = field(default_factory=dict)
    carried: list[tuple[int, int, str]] = field(default_factory=list)  # position, paragraph, period
    ids: set[str] = field(default_factory=set)
    new_indicators: dict[str, DraftIndicator] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # where each sentence starts

    def sentence_at(self, position: int) -> int:
        if len(self.starts) != len(self.sentences):
            self.starts = [sentence.start for sentence in self.sentences]
        return max(0, bisect_right(self.starts, position) - 1)

    def cues_of(self, index: int) -> list[Cue]:
        if index not in self.cues:
            sentence = self.sentences[index]
            self.cues[index] = find_cues(self.text, sentence.start, sentence.end, self.lower)
        return self.cues[index]
