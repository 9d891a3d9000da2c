"""The whole check on the real dataset and on a table of broken files, each with its exact message."""

import os
from pathlib import Path

import pytest

from indicators import DATA_FILE
from indicators.check import check_file

FIXTURES = Path(__file__).parent / "fixtures"


def messages(name: str) -> list[str]:
    result = check_file(FIXTURES / name, display=name)
    assert not result.ok
    return [str(problem) for problem in result.problems]


def test_the_real_dataset_is_valid_and_fully_covered() -> None:
    result = check_file(DATA_FILE)
    assert [str(p) for p in result.problems] == []
    assert result.dataset is not None
    assert len(result.dataset.sources) == 5
    assert len(result.dataset.observations) >= 40
    assert len(result.evidence) == len(result.dataset.observations)
    assert [item.percent for item in result.coverage] == [100.0] * 5
    assert all(item.total > 0 for item in result.coverage)


def test_the_valid_fixture_passes_so_each_broken_one_fails_for_its_own_reason() -> None:
    result = check_file(FIXTURES / "valid.yaml")
    assert [str(p) for p in result.problems] == []
    assert result.ok
    assert [(c.total, c.claimed, c.dismissed) for c in result.coverage] == [(7, 3, 4)]


# Each broken fixture and the located message the check gives for it.
BROKEN: list[tuple[str, str]] = [
    (
        "broken-syntax-error.yaml",
        "broken-syntax-error.yaml:8: expected valid YAML, found a syntax "
        "error: while parsing a flow mapping did not find expected ',' or '}' (it starts on line 7)",
    ),
    (
        "broken-duplicate-key.yaml",
        "broken-duplicate-key.yaml:32: expected each key once, found 'period' again (first on line 30)",
    ),
    (
        "broken-alias.yaml",
        "broken-alias.yaml:33: expected plain data, found the anchor &src: "
        "anchors and aliases are not allowed",
    ),
    (
        "broken-python-tag.yaml",
        "broken-python-tag.yaml:38: expected plain data, found the tag "
        "tag:yaml.org,2002:python/object/apply:os.system: tags are not allowed",
    ),
    (
        "broken-yaml11-boolean.yaml",
        "broken-yaml11-boolean.yaml:16: expected an unambiguous "
        "value, found yes: YAML readers disagree on it, write it in quotes ('yes')",
    ),
    (
        "broken-unknown-field.yaml",
        "broken-unknown-field.yaml:46 [fdi-2023] confidence: expected "
        "a known field, found an unknown field (value 'high')",
    ),
    (
        "broken-unknown-unit.yaml",
        "broken-unknown-unit.yaml:19 [international-visitors] unit: expected "
        "'USD', 'VND', 'percent', 'percentage_points', 'visits', 'visits_per_year', 'countries', "
        "'cities', 'agreements', 'delegations', 'projects', 'events', 'establishments', 'targets', "
        "'people', 'years', 'months', 'days', 'rank' or 'times', found 'visitz'",
    ),
    (
        "broken-wrong-type.yaml",
        "broken-wrong-type.yaml:38 [international-visitors-2023] value: expected a number, found '4,1 triệu'",
    ),
    (
        "broken-quote-not-in-source.yaml",
        "broken-quote-not-in-source.yaml:48 [fdi-2023] quote: "
        'expected a passage of mini.txt, found a quote that is not in it (closest: "Vốn FDI đăng '
        'ký đạt 2.915 triệu USD")',
    ),
    (
        "broken-value-not-in-quote.yaml",
        "broken-value-not-in-quote.yaml:45 [fdi-2023] value: "
        "expected 2915000000 as the quote says ('2.915 triệu USD'), found 2951000000",
    ),
    (
        "broken-wrong-qualifier.yaml",
        "broken-wrong-qualifier.yaml:32 [visitors-2023] qualifier: "
        "expected approximately (the hedge before the figure), found exact",
    ),
    (
        "broken-unknown-source.yaml",
        "broken-unknown-source.yaml:40 [international-visitors-2023] "
        "source: expected a known source id, found 'mini-2025'",
    ),
    (
        "broken-duplicate-id.yaml",
        "broken-duplicate-id.yaml:42 [visitors-2023] id: expected a "
        "unique id, found 'visitors-2023' again (first on line 28)",
    ),
    (
        "broken-no-observations.yaml",
        "broken-no-observations.yaml:27 observations: expected at least one observation, found none",
    ),
    # The rules of indicators.rules, each broken once in a copy of valid-two-articles.yaml.
    (
        "broken-missing-definition.yaml",
        "broken-missing-definition.yaml:49 [visitors-2024] definition: "
        "expected the definition this article uses: visitors has figures from 2 articles (or "
        "one_definition: true on the indicator), found none",
    ),
    (
        "broken-year-not-stated.yaml",
        "broken-year-not-stated.yaml:59 [fdi-2024] period: expected the "
        "year 2024 in the quote's sentence, or a note saying why the figure is read as that year, found "
        "neither",
    ),
    (
        "broken-to-date-as-year.yaml",
        "broken-to-date-as-year.yaml:67 [partner-cities-2025-01-03] period: "
        "expected a state as of the article's date or a total to it (the quote says 'Đến nay'), found "
        "'2024'",
    ),
    (
        "broken-doubted-headline.yaml",
        "broken-doubted-headline.yaml:16 [visitors] headline: expected a "
        "latest figure that is not in doubt, found visitors-2023 (doubted)",
    ),
    (
        "broken-draft-not-reviewed.yaml",
        "broken-draft-not-reviewed.yaml:49 [fdi-2023] review: draft item "
        "not reviewed: 'period: none in its paragraph; 2023 carried from an earlier one'",
    ),
]


def test_the_valid_two_article_fixture_passes_so_each_rule_fixture_fails_for_its_own_reason() -> None:
    result = check_file(FIXTURES / "valid-two-articles.yaml")
    assert [str(p) for p in result.problems] == []
    assert result.ok and len(result.dataset.sources if result.dataset else ()) == 2


@pytest.mark.parametrize(("name", "message"), BROKEN)
def test_broken_fixture_gives_its_located_message(name: str, message: str) -> None:
    assert message in messages(name)


def test_every_broken_fixture_is_in_the_table() -> None:
    tested = {name for name, _ in BROKEN}
    assert tested == {path.name for path in FIXTURES.glob("broken-*.yaml")}


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    text = text.replace("value: 2915000000", "value: 2951000000")
    text = text.replace("qualifier: approximately", "qualifier: exact")
    text = text.replace(
        "theme: tourism\n    definition: {vi: Lượt khách quốc tế",
        "theme: sport\n    definition: {vi: Lượt khách quốc tế",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert any("[fdi-2023] value:" in m for m in found)
    assert any("[visitors-2023] qualifier:" in m for m in found)
    assert any("[international-visitors] theme:" in m for m in found)


@pytest.mark.parametrize("relative", [True, False])
def test_a_source_file_leading_outside_sources_is_refused(tmp_path: Path, relative: bool) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    target = os.path.relpath("/etc/passwd", sources) if relative else "/etc/passwd"
    (sources / "mini.txt").symlink_to(target)
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert found == [
        "d.yaml:5 [mini-2024] file: expected a regular file inside sources/, found "
        "'mini.txt' leading elsewhere"
    ]


def test_an_unexplained_number_is_located_in_its_article(tmp_path: Path) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  - source: mini-2024\n    text: 05/01/2024\n    reason: the date of the article\n", ""
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert (
        "sources/mini.txt:3 [mini-2024]: column 14: the number '05/01/2024' is neither claimed "
        "by an observation nor dismissed" in found
    )


def test_a_stale_dismissal_is_a_problem(tmp_path: Path) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8") + (
        "  - source: mini-2024\n    text: '1999'\n    reason: not there\n"
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert (
        "d.yaml:57 [dismissed #3] text: expected a number mention of mini.txt, found '1999', "
        "which matches none" in found
    )


def test_a_draft_item_under_review_is_the_only_problem_and_every_one_is_reported(tmp_path: Path) -> None:
    """A reviewed item is otherwise checked as any other: the note is the one problem it has."""
    text = (FIXTURES / "broken-draft-not-reviewed.yaml").read_text(encoding="utf-8")
    reason = "    reason: the date of the article\n"
    text = text.replace(reason, reason + '    review: ["is it the date of the article?"]\n')
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "draft.yaml").write_text(text, encoding="utf-8")
    result = check_file(tmp_path / "draft.yaml")
    assert [(p.record, p.field, p.message.split(":")[0]) for p in result.problems] == [
        ("fdi-2023", "review", "draft item not reviewed"),
        ("dismissed #2", "review", "draft item not reviewed"),
    ]
    assert result.dataset is not None and len(result.dataset.observations) == 3


def test_a_length_limit_is_said_in_the_checks_words(tmp_path: Path) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    text = text.replace("name: {vi: Lượt khách, en: Visitors}", "name: {vi: '', en: Visitors}")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert any("name.vi: expected text of at least 1 character, found ''" in m for m in found), found
    assert not any("String should" in m for m in found), found


def test_a_figure_of_a_refused_indicator_points_at_the_indicators_own_problem() -> None:
    found = messages("broken-unknown-unit.yaml")
    assert found[1:] == [
        "broken-unknown-unit.yaml:36 [international-visitors-2023] indicator: expected a valid "
        "indicator, found 'international-visitors', which has problems of its own (line 17)"
    ]
    assert found[0].startswith("broken-unknown-unit.yaml:19 [international-visitors] unit:")


def test_a_figure_of_an_unknown_indicator_still_says_so(tmp_path: Path) -> None:
    text = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_bytes((FIXTURES / "sources" / "mini.txt").read_bytes())
    (tmp_path / "d.yaml").write_text(text.replace("indicator: fdi", "indicator: fdx", 1), encoding="utf-8")
    found = [str(p) for p in check_file(tmp_path / "d.yaml", display="d.yaml").problems]
    assert any("indicator: expected a known indicator id, found 'fdx'" in m for m in found), found
