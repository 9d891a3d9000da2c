"""A draft written out (indicators.draft.output): YAML the dataset's strict reader takes, and JSON."""

from __future__ import annotations

import json
from decimal import Decimal

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.draft import Draft, draft_article, to_json_lines, to_yaml
from indicators.loader import parse_document

TEXT = """\
Hà Nội đón khách quốc tế tăng mạnh

Minh Anh 08:15 | 05/12/2025
Năm 2024, Hà Nội ước đón khoảng 26,5 triệu lượt khách, trong đó có 6,1 triệu lượt khách quốc tế. \
Tăng trưởng đạt 6,52% so với 6,27% cùng kỳ năm trước. Thành phố đặt mục tiêu tăng trưởng hai con số. \
Các doanh nghiệp có 336 lượt góp vốn.
"""


def _draft() -> Draft:
    dataset = check_file(DATA_FILE, with_coverage=False).dataset
    assert dataset is not None
    return draft_article(TEXT, "2025-12-05-khach", "new.txt", dataset.indicators)


def test_the_yaml_is_read_back_by_the_dataset_s_strict_reader() -> None:
    draft = _draft()
    document, problems = parse_document(to_yaml(draft).encode(), "draft.yaml")
    assert problems == [] and document is not None
    data = document.data
    assert isinstance(data, dict)
    assert [o["figure"] for o in data["observations"]] == [o.figure for o in draft.observations]
    values = {o["figure"]: o["value"] for o in data["observations"]}
    assert values["khoảng 26,5 triệu lượt"] == 26_500_000
    assert values["6,52%"] == Decimal("6.52")
    by_figure = {o["figure"]: o for o in data["observations"]}
    assert by_figure["khoảng 26,5 triệu lượt"]["qualifier"] == ["approximately", "estimate"]
    assert by_figure["6,27%"]["qualifier"] == "exact" and by_figure["6,27%"]["period"] == "2023"
    assert by_figure["hai con số"]["period"] is None  # kept, as "the article states no period"
    assert by_figure["hai con số"]["reading"]["en"].startswith("“hai con số”")
    assert by_figure["hai con số"]["qualifier"] == ["at_least", "target"], "ten is the floor, and a goal"
    assert by_figure["336 lượt"]["review"]
    assert data["indicators"][0]["id"] == by_figure["336 lượt"]["indicator"]
    assert data["sources"][0]["published"] == "2025-12-05"
    assert {d["text"] for d in data["dismissed"]} >= {"08:15", "05/12/2025", "2024"}


def test_the_yaml_says_how_many_items_wait_for_review() -> None:
    draft = _draft()
    text = to_yaml(draft)
    assert text.startswith(f"# Draft of new.txt: {len(draft.observations)} observations")
    assert f"{draft.reviews} items to review" in text
    assert text.count("    review:\n") == draft.reviews > 0


def test_the_json_records_are_the_same_draft() -> None:
    draft = _draft()
    records = [json.loads(line) for line in to_json_lines(draft)]
    kinds = [record["record"] for record in records]
    assert kinds == (
        ["source"]
        + ["indicator"] * len(draft.indicators)
        + ["observation"] * len(draft.observations)
        + ["dismissed"] * len(draft.dismissed)
    )
    observations = [r for r in records if r["record"] == "observation"]
    assert [(r["figure"], r["value"], r["start"]) for r in observations] == [
        (o.figure, int(o.value) if o.value == int(o.value) else float(o.value), o.start)
        for o in draft.observations
    ]
    assert all(TEXT[r["start"] : r["end"]] == r["figure"] for r in observations)
