"""Drafting whole articles (indicators.draft.drafting): the five articles of the dataset, whose
curated entries are the truth, and a report the code has never seen (tests/draft_corpus.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from indicators import DATA_FILE, SOURCES_DIR
from indicators.check import check_file
from indicators.draft import Draft, draft_article, to_yaml
from indicators.model import Dataset, Indicator
from indicators.scan import find_mentions
from indicators.text import normalise_plain
from tests.draft_corpus import ARTICLE, LABELS, PUBLISHED, SECOND_ARTICLE, SECOND_LABELS, SOURCE, Label

CORPUS = [(ARTICLE, LABELS), (SECOND_ARTICLE, SECOND_LABELS)]

AGREEMENT = 0.9


def _curated() -> Dataset:
    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None and result.ok, [str(p) for p in result.problems]
    return result.dataset


def _draft(dataset: Dataset, source_id: str) -> Draft:
    """The draft of a curated source, given its date only where the curator inferred it."""
    source = next(source for source in dataset.sources if source.id == source_id)
    text = (SOURCES_DIR / source.file).read_text(encoding="utf-8")
    published = source.published if source.published_basis == "inferred" else None
    return draft_article(text, source.id, source.file, dataset.indicators, published)


def test_drafting_the_five_articles_reproduces_the_curated_dataset() -> None:
    dataset = _curated()
    drafts = {source.id: _draft(dataset, source.id) for source in dataset.sources}
    missing, misses, agreeing = [], [], 0
    for observation in dataset.observations:
        proposed = [
            o
            for o in drafts[observation.source].observations
            if o.value == observation.value
            and normalise_plain(o.figure) == normalise_plain(observation.figure or "")
        ]
        if not proposed:
            missing.append(observation.id)
            continue
        qualifier = {q.value for q in observation.qualifier}
        period = observation.period.text if observation.period else None
        if any(set(o.qualifier) == qualifier and o.period == period for o in proposed):
            agreeing += 1
        else:
            misses.append(
                f"{observation.id}: curated {period} {sorted(qualifier)}, drafted "
                + ", ".join(f"{o.period} {list(o.qualifier)}" for o in proposed)
            )
    print(f"\nagreement on qualifier and period: {agreeing}/{len(dataset.observations)}")
    print("\n".join(misses))
    assert len(dataset.observations) >= 40
    assert missing == []
    assert agreeing >= AGREEMENT * len(dataset.observations)


def test_the_drafted_sources_read_their_date_lines() -> None:
    dataset = _curated()
    for source in dataset.sources:
        draft = _draft(dataset, source.id)
        assert draft.source.published == source.published
        if source.published_basis == "stated":
            assert draft.source.published_basis == "stated"
            assert draft.source.headline == source.headline


def _merged(tmp_path: Path, draft: Draft, text: str, file: str) -> Path:
    """A dataset of the curated indicators and the draft, beside its article."""
    curated = DATA_FILE.read_text(encoding="utf-8")
    indicators = "indicators:\n" + curated.partition("\nindicators:\n")[2].partition("\nobservations:\n")[0]
    # Headlines are chosen over the whole dataset: one article need not hold each one's latest result.
    indicators = indicators.replace("\n    headline: true\n", "\n")
    drafted = to_yaml(draft)
    proposed = ""
    if "\nindicators:\n" in drafted:
        head, _, rest = drafted.partition("\nindicators:\n")
        proposed, _, tail = rest.partition("\nobservations:\n")
        drafted = f"{head}\nobservations:\n{tail}"
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / file).write_text(text, encoding="utf-8")
    path = tmp_path / "drafted.yaml"
    path.write_text(f"version: 1\n{indicators}\n{proposed}\n{drafted}", encoding="utf-8")
    return path


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_a_drafted_article_passes_the_check_but_for_its_review_notes(tmp_path: Path, number: str) -> None:
    dataset = _curated()
    source = next(source for source in dataset.sources if source.file.startswith(number))
    draft = _draft(dataset, source.id)
    text = (SOURCES_DIR / source.file).read_text(encoding="utf-8")
    result = check_file(_merged(tmp_path, draft, text, source.file))
    reviewed = {draft.source.id} if draft.source.review else set()
    reviewed |= {item.id for item in draft.indicators if item.review}
    reviewed |= {item.id for item in draft.observations if item.review}
    unexpected = [
        str(p)
        for p in result.problems
        if "draft item not reviewed" not in p.message and p.record not in reviewed
    ]
    assert unexpected == []
    assert sum("draft item not reviewed" in p.message for p in result.problems) == draft.reviews
    assert [(c.percent, c.total > 0) for c in result.coverage] == [(100.0, True)]


def test_a_reviewed_draft_passes_the_check(tmp_path: Path) -> None:
    """Once the curator has decided every review note (here: deleted them), the check passes."""
    dataset = _curated()
    draft = _draft(dataset, "2025-12-30-ngang-tam-thu-do")
    text = (SOURCES_DIR / "000_83efd10d3bcf04ee.txt").read_text(encoding="utf-8")
    path = _merged(tmp_path, draft, text, "000_83efd10d3bcf04ee.txt")
    lines = path.read_text(encoding="utf-8").split("\n")
    kept, skipping = [], False
    for line in lines:
        if line.strip() == "review:":
            skipping = True
            continue
        if skipping and line.startswith("      - "):
            continue
        skipping = False
        kept.append(line)
    path.write_text("\n".join(kept), encoding="utf-8")
    result = check_file(path)
    assert [str(p) for p in result.problems] == []
    assert result.dataset is not None and len(result.dataset.observations) == 9


# --- a report never seen --------------------------------------------------------------------------


def _indicators() -> tuple[Indicator, ...]:
    return _curated().indicators


@pytest.mark.parametrize(("article", "labels"), CORPUS, ids=["first", "second"])
def test_an_unseen_report_gets_every_value_and_nearly_every_qualifier_and_period(
    article: str, labels: tuple[Label, ...]
) -> None:
    draft = draft_article(article, SOURCE, "new.txt", _indicators())
    proposed = {o.figure: o for o in draft.observations}
    assert sorted(proposed) == sorted(label.figure for label in labels)  # no number taken wrongly
    assert [proposed[label.figure].value for label in labels] == [label.value for label in labels]
    misses = []
    for label in labels:
        drafted = proposed[label.figure]
        if (frozenset(drafted.qualifier), drafted.period) != (label.qualifier, label.period):
            misses.append(
                f"{label.figure}: labelled {label.period} {sorted(label.qualifier)}, drafted "
                f"{drafted.period} {list(drafted.qualifier)}"
            )
    print("\n".join(misses))
    assert len(misses) <= len(labels) // 10


@pytest.mark.parametrize("article", [ARTICLE, SECOND_ARTICLE], ids=["first", "second"])
def test_an_unseen_report_dismisses_every_other_number(article: str) -> None:
    draft = draft_article(article, SOURCE, "new.txt", _indicators())
    figures = [(o.start, o.end) for o in draft.observations]
    others = {
        m.text
        for m in find_mentions(article)
        if not any(start < m.end and m.start < end for start, end in figures)
    }
    assert len(others) >= 10
    assert {d.text for d in draft.dismissed} == others
    assert all(d.reason for d in draft.dismissed)


def test_an_unseen_report_s_source_entry() -> None:
    source = draft_article(ARTICLE, SOURCE, "new.txt", _indicators()).source
    assert (source.headline, source.author, source.published, source.published_basis) == (
        "Hà Nội: kinh tế đối ngoại tiếp tục khởi sắc",
        "Minh Anh",
        PUBLISHED,
        "stated",
    )
    assert source.review == ("title: give the English title",)


def test_an_article_with_no_date_waits_for_one() -> None:
    text = "Năm 2023, thành phố đón 24,1 triệu lượt khách, trong đó có 4,1 triệu lượt khách quốc tế."
    source = draft_article(text, "s", "s.txt", _indicators()).source
    assert source.published is None and source.published_basis is None
    assert any(note.startswith("published:") for note in source.review)
    dated = draft_article(text, "s", "s.txt", _indicators(), "2024-01-05").source
    assert (dated.published, dated.published_basis) == ("2024-01-05", "inferred")
    assert any(note.startswith("published_note:") for note in dated.review)


def test_a_figure_no_indicator_names_gets_a_proposed_indicator() -> None:
    text = "Năm 2024, các doanh nghiệp nước ngoài có 336 lượt góp vốn, mua cổ phần."
    draft = draft_article(text, "s", "s.txt", _indicators(), "2025")
    (observation,) = draft.observations
    (indicator,) = draft.indicators
    assert (observation.indicator, observation.value, observation.period) == (
        indicator.id,
        Decimal(336),
        "2024",
    )
    assert (indicator.unit, indicator.terms) == ("times", ("góp vốn",))
    assert indicator.review and observation.review


def test_a_long_article_is_drafted_whole() -> None:
    """Every number of a 10,000-character article is either a figure or dismissed (bench.draft
    times the same drafting)."""
    from bench.draft import article

    text = article()
    draft = draft_article(text, "long", "long.txt", _indicators(), "2025-12-30")
    figures = [(o.start, o.end) for o in draft.observations]
    dismissed = {d.text for d in draft.dismissed}
    mentions = find_mentions(text)
    assert len(text) == 10_000 and len(mentions) > 40
    assert all(any(s < m.end and m.start < e for s, e in figures) or m.text in dismissed for m in mentions)
