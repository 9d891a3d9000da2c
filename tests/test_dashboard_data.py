"""The catalogue the pages share: work kept once per file (memo), or for the keys last asked (recent)."""

from __future__ import annotations

from pathlib import Path

from dashboard import data
from dashboard.data import RECENT, Catalogue
from indicators import DATA_FILE
from tests.factories import make_catalogue


def test_recent_builds_once_per_key_and_forgets_the_oldest() -> None:
    catalogue = Catalogue(path=Path("x.yaml"))
    built: list[int] = []

    def build(key: int) -> list[int]:
        built.append(key)
        return [key]

    first = catalogue.recent(0, lambda: build(0))
    assert catalogue.recent(0, lambda: build(0)) is first and built == [0]
    for key in range(1, RECENT + 1):
        catalogue.recent(key, lambda key=key: build(key))  # type: ignore[misc]
    assert catalogue.recent(RECENT, lambda: build(-1)) == [RECENT], "the newest is kept"
    catalogue.recent(0, lambda: build(0))
    assert built.count(0) == 2, "the oldest was forgotten, so it is built again"


def test_recent_keeps_what_was_just_used() -> None:
    catalogue = Catalogue(path=Path("x.yaml"))
    catalogue.recent("a", lambda: "a")
    for key in range(RECENT - 1):
        catalogue.recent(key, lambda: "x")
        catalogue.recent("a", lambda: "rebuilt")  # used again: it stays the newest
    catalogue.recent("last", lambda: "x")
    assert catalogue.recent("a", lambda: "rebuilt") == "a"


def test_the_catalogue_groups_views_by_indicator_in_the_tables_order() -> None:
    catalogue = make_catalogue(DATA_FILE)
    assert catalogue.ok and catalogue.views
    assert sum(len(views) for views in catalogue.by_indicator.values()) == len(catalogue.views)
    assert set(catalogue.by_id) == set(catalogue.observations)
    for indicator_id, views in catalogue.by_indicator.items():
        assert all(view.indicator is catalogue.indicators[indicator_id] for view in views)
        assert list(views) == [view for view in catalogue.views if view.indicator.id == indicator_id]


def test_a_file_with_problems_has_no_views(tmp_path: Path) -> None:
    from indicators.check import check_file

    broken = tmp_path / "d.yaml"
    broken.write_text("version: 1\nsources: []\nindicators: []\nobservations: []\n", encoding="utf-8")
    catalogue = data.catalogue_of(broken, check_file(broken))
    assert not catalogue.ok and catalogue.views is None and catalogue.problems
