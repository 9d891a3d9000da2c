"""Draft an article's dataset entries: its source, an observation per figure, a dismissal per
other number, and a new indicator for figures no existing one's terms name.

What the program cannot decide is left to the curator as a ``review`` note on the item.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from indicators.draft.article import Article
from indicators.draft.figures import Figure, NonFigure, classify
from indicators.draft.layout import Sentence, clause_end, clause_start, read_header, sentences
from indicators.draft.layout import with_published as _with_published
from indicators.draft.periods import ArticleDate, Place
from indicators.draft.qualifiers import governing_hedges, qualifiers
from indicators.draft.records import (
    Bilingual,
    Draft,
    DraftDismissal,
    DraftIndicator,
    DraftObservation,
    DraftSource,
)
from indicators.draft.timing import each_year, figure_period, year_note
from indicators.draft.vocabulary import Naming, Where, name_figure, vocabularies
from indicators.loader import read_document
from indicators.model import Indicator
from indicators.problems import Problem, shown
from indicators.scan import find_mentions
from indicators.vietnamese.numerals import lowercase

_AT_LEAST_AFTER = re.compile(r"\s*trở\s+lên(?!\w)")
_THEMES = {
    "USD": "economy",
    "VND": "economy",
    "percent": "economy",
    "percentage_points": "economy",
    "times": "economy",
    "targets": "economy",
    "visits": "tourism",
    "establishments": "tourism",
    "countries": "investment",
    "projects": "investment",
    "cities": "diplomacy",
    "delegations": "diplomacy",
    "agreements": "diplomacy",
    "events": "diplomacy",
    "visits_per_year": "diplomacy",
    "rank": "investment",
}


def read_indicators(path: Path, display: str) -> tuple[list[Indicator], list[Problem]]:
    """The indicators of the dataset at ``path`` (and their terms), with any problem reading them."""
    document, problems = read_document(path, display)
    if document is None:
        return [], problems
    items = document.data.get("indicators") if isinstance(document.data, dict) else None
    if not isinstance(items, list):
        return [], [Problem(display, None, None, "indicators", "expected a list of indicators, found none")]
    indicators = []
    for index, item in enumerate(items):
        try:
            indicators.append(Indicator.model_validate(item))
        except ValidationError as error:
            detail = error.errors()[0]
            where = ".".join(str(part) for part in detail["loc"]) or None
            label = str(item.get("id")) if isinstance(item, dict) else f"indicators #{index + 1}"
            problems.append(
                Problem(
                    display,
                    document.line_of(("indicators", index)),
                    label,
                    where,
                    f"expected {detail['msg']}, found {shown(detail.get('input'))}",
                )
            )
    return indicators, problems


def draft_article(
    text: str, source_id: str, file: str, indicators: Sequence[Indicator], published: str | None = None
) -> Draft:
    """Draft the dataset entries of one article; ``published`` is used where the text has no
    date line."""
    stated = read_header(text)
    header = _with_published(stated, published, text)
    article = Article(
        text,
        lowercase(text),
        source_id,
        header,
        ArticleDate(header.published, header.event_day),
        sentences(text),
        vocabularies(indicators),
    )
    mentions = find_mentions(text)
    classified = classify(text, mentions, header.date_line, article.lower)
    observations: list[DraftObservation] = []
    for figure in classified.figures:
        observations.extend(_observe(article, figure))
    dismissed = _dismissals(article, classified.dismissed, observations)
    source = _source(article, file, stated.published is not None)
    return Draft(source, tuple(article.new_indicators.values()), tuple(observations), dismissed)


def _observe(article: Article, figure: Figure) -> list[DraftObservation]:
    text, lower = article.text, article.lower
    index = article.sentence_at(figure.start)
    sentence = article.sentences[index]
    place = Place(
        figure.start,
        figure.reach,
        clause_start(text, sentence, figure.start),
        clause_end(text, sentence, figure.reach),
    )
    codes = qualifiers(text, sentence.start, figure.start, figure.reach, figure.hedges, lower)
    choice = figure_period(article, index, figure, place, "target" in codes)
    earlier = tuple((s.start, s.end) for s in article.sentences[:index] if s.paragraph == sentence.paragraph)
    where = Where(figure.start, figure.reach, place.clause_end, (sentence.start, sentence.end), earlier)
    naming = name_figure(article.vocabulary, lower, figure.unit, where)
    review = list(choice.review)
    if naming is None:
        naming = _propose(article, figure)
    review.extend(naming.review)
    quote = _quote(article, sentence, figure, naming, codes)
    periods = each_year(figure, choice.period)
    if len(periods) > 1:
        review.append(
            f"period: one observation for each year of {periods[0]}-{periods[-1]}: the text "
            "says the rank held in each; keep those the article supports"
        )
    observations = []
    for period in periods:
        observations.append(
            DraftObservation(
                _identifier(article, naming.indicator, period),
                naming.indicator,
                period,
                figure.value,
                codes,
                naming.definition,
                article.source,
                quote,
                figure.text,
                figure.reading,
                figure.out_of,
                figure.start,
                figure.end,
                tuple(dict.fromkeys(review)),
                year_note(period, text[sentence.start : sentence.end]),
            )
        )
    return observations


def _quote(
    article: Article, sentence: Sentence, figure: Figure, naming: Naming, codes: tuple[str, ...]
) -> str:
    """The shortest fragment of the sentence holding the figure, the words naming its subject and
    definition, and its hedge words."""
    text = article.text
    starts, ends = [figure.start], [figure.reach]
    for start, end in (naming.span, naming.definition_span or naming.span):
        if sentence.start <= start and end <= sentence.end and end > start:
            starts.append(start)
            ends.append(end)
    starts.extend(
        at for code, at in governing_hedges(article.lower, sentence.start, figure.start) if code in codes
    )
    if "at_least" in codes and (after := _AT_LEAST_AFTER.match(article.lower, figure.reach)):
        ends.append(after.end())
    begin = clause_start(text, sentence, min(starts))
    earlier = text.find(figure.text, begin, figure.start)
    if earlier != -1:  # the check finds a figure at its first place in the quote
        begin = figure.start
    return text[begin : max(ends)].strip(" ,;:")


def _propose(article: Article, figure: Figure) -> Naming:
    """A new indicator for a figure no existing indicator's terms name."""
    words = figure.noun or (figure.unit or "figure")
    key = f"new-{_ascii_slug(' '.join(words.split()[:3]))}"[:64].rstrip("-")
    if key not in article.new_indicators:
        unit = figure.unit
        review = [
            "indicator: a new one is proposed, as no indicator's terms name this figure; name "
            "it, or use an existing indicator and add the words to its terms"
        ]
        if unit is None:
            review.append(f"unit: none read from '{figure.text}'; give a unit code")
        name = Bilingual(words, f"(English name of “{words}”)")
        article.new_indicators[key] = DraftIndicator(
            key, name, unit, _THEMES.get(unit or "", "economy"), name, (words,), tuple(review)
        )
    return Naming(key, (figure.start, figure.start), None, None, ("indicator: proposed new; see its entry",))


def _identifier(article: Article, indicator: str, period: str | None) -> str:
    tag = "-".join([part for part in article.source.split("-") if not part.isdigit()][-2:]) or article.source
    stem = f"{indicator}-{_ascii_slug(period or 'undated')}-{tag}"[:60].rstrip("-")
    candidate, number = stem, 2
    while candidate in article.ids:
        candidate, number = f"{stem}-{number}", number + 1
    article.ids.add(candidate)
    return candidate


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "x"


def _dismissals(
    article: Article, dismissed: Sequence[NonFigure], observations: Sequence[DraftObservation]
) -> tuple[DraftDismissal, ...]:
    """One dismissal per distinct text, its reasons joined."""
    by_text: dict[str, tuple[int, list[str], list[str]]] = {}
    figure_sentences = {article.sentence_at(obs.start) for obs in observations}
    for item in dismissed:
        mention = item.mention
        reason = item.reason
        if reason == "year":
            reason = _year_reason(article, mention.start, mention.end, figure_sentences)
        _, reasons, reviews = by_text.setdefault(mention.text, (mention.start, [], []))
        if reason not in reasons:
            reasons.append(reason)
        reviews.extend(r for r in item.review if r not in reviews)
    return tuple(
        DraftDismissal(article.source, text, "; ".join(reasons), start, tuple(reviews))
        for text, (start, reasons, reviews) in sorted(by_text.items(), key=lambda kv: kv[1][0])
    )


def _year_reason(article: Article, start: int, end: int, figure_sentences: set[int]) -> str:
    before = article.text[max(0, start - 20) : start]
    word = re.search(r"(\w+)\W*$", before)
    previous = word.group(1) if word else ""
    if previous[:1].isupper() and previous.lower() not in ("năm", "từ", "đến", "trong"):
        return "a year in a name"
    if re.search(r"(?:đến|tới|vào)\s+năm\s+$", article.lower[max(0, start - 20) : start]):
        return "a target or horizon year"
    if article.sentence_at(start) in figure_sentences:
        return "the period of the figures beside it"
    return "a year, not a figure"


def _source(article: Article, file: str, stated: bool) -> DraftSource:
    header = article.header
    review = []
    first = article.sentences[0] if article.sentences else None
    title_vi = header.headline or (_shortened(article.text[first.start : first.end]) if first else file)
    if header.headline is None:
        review.append("title: the text has no headline line; write a short title")
    review.append("title: give the English title")
    basis: str | None = None
    note: Bilingual | None = None
    if stated:
        basis = "stated"
    elif header.published is not None:
        basis = "inferred"
        note = Bilingual("(ghi rõ ngày được suy ra từ đâu)", "(say from what the date was inferred)")
        review.append("published_note: say from what the date was inferred")
    else:
        review.append(
            "published: the text states no date; give it (--published), with "
            "published_basis: inferred and a published_note"
        )
    return DraftSource(
        article.source,
        file,
        Bilingual(title_vi, title_vi),
        header.headline,
        header.publisher,
        header.author,
        header.published,
        basis,
        note,
        tuple(review),
    )


def _shortened(sentence: str, limit: int = 120) -> str:
    """The first words of a sentence, at most ``limit`` characters, for a title to rewrite."""
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
