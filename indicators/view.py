"""The observations as the pages and charts read them: one typed, immutable view per observation.

A view joins an observation with its indicator, its source and where its quote stands in the
article, so that nothing downstream looks anything up or parses text again::

    view.period.kind        PeriodKind.YEAR            (None: the article states no period)
    view.value              Decimal('8670000000')      (exact, as the curator wrote it)
    view.qualifiers         (Qualifier.EXACT,)
    view.meaning.en         'FDI attracted (components not stated)'
    view.source.published   '2020-10'

:func:`observation_views` builds them once per loaded file, in the table's order: by indicator,
period (a figure with no period first) and id. The tidy table (:mod:`indicators.table`) is made
from them where a table or a download needs one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from indicators.model import Dataset, Indicator, Observation, Qualifier, Source, Text
from indicators.periods import Period, PeriodKind
from indicators.provenance import Evidence

__all__ = ["ObservationView", "observation_views", "report_order"]


@dataclass(frozen=True, slots=True)
class ObservationView:
    """One observation with everything a reader is shown about it."""

    id: str
    indicator: Indicator
    period: Period | None
    value: Decimal
    qualifiers: tuple[Qualifier, ...]
    source: Source
    quote: str
    figure: str  # the part of the quote that states the value, as the article writes it
    definition: str | None = None  # the key of the indicator's definition, when it has several
    meaning: Text | None = None  # what that definition means (the indicator's own when None)
    out_of: Decimal | None = None
    reading: Text | None = None  # how a value in words was read
    note: Text | None = None
    doubt: Text | None = None  # what is doubted in the article's figure, and why
    quote_span: tuple[int, int] | None = None  # where the quote stands in the article's text
    figure_span: tuple[int, int] | None = None
    agrees_with: tuple[str, ...] = ()  # other articles' observations of the same value and period

    @property
    def kind(self) -> PeriodKind | None:
        """The kind of period, None when the article states none."""
        return self.period.kind if self.period is not None else None

    @property
    def exact(self) -> bool:
        """Whether the article states the figure without a hedge."""
        return self.qualifiers == (Qualifier.EXACT,)

    @property
    def doubted(self) -> bool:
        """Whether the dataset doubts the article's figure."""
        return self.doubt is not None

    @property
    def worded(self) -> bool:
        """Whether the article gives the figure in words, read as a number ('hai con số')."""
        return self.reading is not None

    @property
    def target(self) -> bool:
        """Whether the figure is a target ('mục tiêu', 'phấn đấu'), not a result."""
        return Qualifier.TARGET in self.qualifiers

    @property
    def unit(self) -> str:
        """The indicator's unit code ('USD', 'percent', ...)."""
        return self.indicator.unit.value

    def definition_text(self, lang: str) -> str:
        """Return what the figure's definition means, in ``lang``."""
        return (self.meaning or self.indicator.definition).get(lang)


def report_order(view: ObservationView) -> tuple[date, date, str, str]:
    """Order dated views by period (end, then start), then by publication and id."""
    if view.period is None:
        raise ValueError(f"expected an observation with a period, found {view.id!r} with none")
    return (view.period.end, view.period.start, view.source.published, view.id)


def observation_views(
    dataset: Dataset,
    evidence: Mapping[str, Evidence] | None = None,
    texts: Mapping[str, str] | None = None,
) -> tuple[ObservationView, ...]:
    """Return one view per observation, sorted by indicator, period and id.

    ``evidence`` (where each quote stands, from the check) and the articles' ``texts`` give the
    quote's place and, for an observation that names no ``figure``, the figure as written.
    """
    indicators = {indicator.id: indicator for indicator in dataset.indicators}
    sources = {source.id: source for source in dataset.sources}
    evidence = evidence or {}
    texts = texts or {}
    agreeing = _agreeing(dataset.observations)
    views = [
        _view(obs, indicators[obs.indicator], sources[obs.source], evidence.get(obs.id), texts, agreeing)
        for obs in dataset.observations
    ]
    return tuple(sorted(views, key=_table_order))


def _view(
    obs: Observation,
    indicator: Indicator,
    source: Source,
    found: Evidence | None,
    texts: Mapping[str, str],
    agreeing: Mapping[str, tuple[str, ...]],
) -> ObservationView:
    figure = obs.figure or ""
    if not figure and found is not None and obs.source in texts:
        figure = texts[obs.source][found.figure_span[0] : found.figure_span[1]]
    return ObservationView(
        id=obs.id,
        indicator=indicator,
        period=obs.period,
        value=Decimal(obs.value),
        qualifiers=obs.qualifier,
        source=source,
        quote=obs.quote,
        figure=figure,
        definition=obs.definition,
        meaning=indicator.definitions.get(obs.definition) if obs.definition else None,
        out_of=Decimal(obs.out_of) if obs.out_of is not None else None,
        reading=obs.reading,
        note=obs.note,
        doubt=obs.doubt,
        quote_span=found.quote_span if found else None,
        figure_span=found.figure_span if found else None,
        agrees_with=agreeing.get(obs.id, ()),
    )


def _table_order(view: ObservationView) -> tuple[str, date, date, str]:
    period = view.period
    if period is None:  # a figure with no period stated comes first
        return (view.indicator.id, date.min, date.min, view.id)
    return (view.indicator.id, period.start, period.end, view.id)


def _agreeing(observations: Iterable[Observation]) -> dict[str, tuple[str, ...]]:
    groups: dict[tuple[str, str | None, str, object], list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.period is not None:  # two figures with no period stated may be for any two periods
            groups[(obs.indicator, obs.definition, obs.period.text, obs.value)].append(obs)
    agreeing: dict[str, tuple[str, ...]] = {}
    for group in groups.values():
        for obs in group:
            others = tuple(other.id for other in group if other.source != obs.source)
            if others:
                agreeing[obs.id] = others
    return agreeing
