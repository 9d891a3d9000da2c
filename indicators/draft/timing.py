"""Which period a drafted figure is for: its sentence's period words, a yearly rate's span, the
period its paragraph carries, or the one the article's lead reports on."""

from __future__ import annotations

import re

from indicators.draft.article import Article
from indicators.draft.figures import Figure
from indicators.draft.layout import Sentence
from indicators.draft.periods import Choice, Cue, Place, choose_period, is_span
from indicators.draft.records import Bilingual
from indicators.periods import Period

_RATE_AFTER = re.compile(r"\s*(?:/\s*năm|mỗi\s+năm|một\s+năm)(?!\w)")


def year_note(period: str | None, sentence: str) -> Bilingual | None:
    """Say where a year comes from when the figure's sentence does not name it (the check asks)."""
    if period is None or not period.isdigit() or period in sentence:
        return None
    return Bilingual(
        f"Câu không ghi năm; đọc là năm {period} theo đoạn văn chứa câu.",
        f"The sentence names no year; read as {period} from its paragraph.",
    )


def figure_period(article: Article, index: int, figure: Figure, place: Place, target: bool) -> Choice:
    sentence = article.sentences[index]
    cues = article.cues_of(index)
    rate = figure.unit == "visits_per_year" or _RATE_AFTER.match(article.lower, figure.reach)
    if rate:
        spans = [cue for cue in cues if cue.kind == "period" and not cue.comparison and is_span(cue.period)]
        if spans:
            return Choice(spans[-1].period)
        for earlier in range(index - 1, -1, -1):
            spans = [
                c
                for c in article.cues_of(earlier)
                if c.kind == "period" and not c.comparison and is_span(c.period)
            ]
            if spans:
                return Choice(
                    spans[-1].period,
                    (
                        f"period: a yearly rate, read as the average over "
                        f"{spans[-1].period} stated earlier in the article",
                    ),
                )
    carried = _carried(article, index, sentence)
    choice = choose_period(cues, place, article.now, carried, target=target)
    if choice.period is not None:
        aside = any(cue.aside for cue in cues if cue.period == choice.period)
        if not _is_previous(cues, place) and not aside:
            # "cùng kỳ năm trước" and "Riêng tháng 11" are no periods to carry on
            article.carried.append((figure.start, sentence.paragraph, choice.period))
        return choice
    if choice.review:
        return choice
    if (reported := _reporting_period(article)) is not None:
        return Choice(
            reported,
            (
                f"period: none in its paragraph; {reported}, the period the article "
                "reports on, stated in its lead",
            ),
        )
    if article.carried:
        period = article.carried[-1][2]
        return Choice(period, (f"period: none in its paragraph; {period} carried from an earlier one",))
    return Choice(None, ("period: none stated; give one, or keep null",))


def _reporting_period(article: Article) -> str | None:
    """The period a report's lead paragraph says it covers ("tình hình 11 tháng năm 2025")."""
    lead = next(
        (
            index
            for index, sentence in enumerate(article.sentences)
            if article.header.date_line is None or sentence.start > article.header.date_line[1]
        ),
        None,
    )
    if lead is None:
        return None
    for cue in article.cues_of(lead):
        if cue.kind == "period" and not (cue.comparison or cue.aside or cue.term):
            return cue.period
    return None


def _is_previous(cues: list[Cue], place: Place) -> bool:
    return any(cue.kind == "previous_year" and 0 <= cue.start - place.end <= 4 for cue in cues)


def _carried(article: Article, index: int, sentence: Sentence) -> str | None:
    """The period the paragraph carries into sentence ``index``: the latest of its earlier figures'
    periods and its earlier sentences' period words."""
    latest: tuple[int, str] | None = None
    for position, paragraph, period in article.carried:
        if paragraph == sentence.paragraph and position < sentence.start:
            latest = (position, period)
    for earlier in range(index - 1, -1, -1):
        before = article.sentences[earlier]
        if before.paragraph != sentence.paragraph:
            break
        usable = [
            c
            for c in article.cues_of(earlier)
            if c.kind == "period" and not (c.comparison or c.aside or c.term)
        ]
        if usable and (latest is None or usable[-1].start > latest[0]):
            latest = (usable[-1].start, usable[-1].period or "")
            break
    return latest[1] if latest else None


def each_year(figure: Figure, period: str | None) -> list[str | None]:
    if period is None:
        return [None]
    if figure.years_running:
        last = Period.parse(period).year
        return [str(year) for year in range(last - figure.years_running + 1, last + 1)]
    if figure.each_year and is_span(period):
        first, last = (int(year) for year in period.split("/"))
        return [str(year) for year in range(first, last + 1)]
    return [period]
