"""The curator's draft: a new article's dataset entries, written by the program for review.

``python -m indicators draft FILE --source ID`` reads an article and writes, in the YAML of
``data/indicators.yaml``: the ``sources`` entry (headline, author, the date of a line such as
"Xuân Sơn 09:32 | 30/12/2025"), one observation per figure (value, figure, the shortest quote
naming its subject, qualifier, period, indicator, definition) and one ``dismissed`` entry per other
number, with its reason. What the program cannot decide carries ``review``, which ``check``
refuses until the curator has decided it::

    observations:
      - id: foreign-delegations-hosted-2024-dai-dien
        indicator: foreign-delegations-hosted
        period: "2024"
        value: 65
        qualifier: more_than
        source: 2024-12-11-truong-co-quan-dai-dien
        quote: tiếp đón và trao đổi về các dự án hợp tác song phương với hơn 65 đoàn khách quốc tế
        figure: hơn 65 đoàn
        review:
          - "period: none in its paragraph; 2024 carried from an earlier one"

Modules: :mod:`~indicators.draft.layout` (header and sentences), :mod:`~indicators.draft.figures`
(figures and dismissed numbers), :mod:`~indicators.draft.qualifiers`,
:mod:`~indicators.draft.periods`, :mod:`~indicators.draft.vocabulary` (indicators by their
terms), :mod:`~indicators.draft.drafting` (all together) and :mod:`~indicators.draft.output`
(YAML and JSON).
"""

from indicators.draft.drafting import draft_article, read_indicators
from indicators.draft.output import to_json_lines, to_yaml
from indicators.draft.records import (
    Bilingual,
    Draft,
    DraftDismissal,
    DraftIndicator,
    DraftObservation,
    DraftSource,
)

__all__ = [
    "Bilingual",
    "Draft",
    "DraftDismissal",
    "DraftIndicator",
    "DraftObservation",
    "DraftSource",
    "draft_article",
    "read_indicators",
    "to_json_lines",
    "to_yaml",
]
