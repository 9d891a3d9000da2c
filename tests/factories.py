"""Small factories for test records: ``make_observation(**overrides)`` and friends, and the
catalogue the dashboard reads, built from a dataset file (``make_catalogue``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from indicators.model import Indicator, Observation, Source

if TYPE_CHECKING:
    from dashboard.data import Catalogue


def observation_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": "fdi-2019",
        "indicator": "fdi",
        "period": "2019",
        "value": 8670000000,
        "qualifier": "exact",
        "source": "s",
        "quote": "vốn đầu tư nước ngoài năm 2019 đạt 8,67 tỷ USD",
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not ...}


def make_observation(**overrides: Any) -> Observation:
    return Observation.model_validate(observation_fields(**overrides))


def make_indicator(**overrides: Any) -> Indicator:
    fields: dict[str, Any] = {
        "id": "fdi",
        "name": {"vi": "Vốn FDI", "en": "FDI"},
        "unit": "USD",
        "theme": "investment",
        "definition": {"vi": "Vốn đầu tư nước ngoài", "en": "Foreign investment"},
    }
    fields.update(overrides)
    return Indicator.model_validate(fields)


def make_source(**overrides: Any) -> Source:
    fields: dict[str, Any] = {
        "id": "s",
        "file": "s.txt",
        "title": {"vi": "Bài", "en": "Article"},
        "published": "2020-11-06",
        "published_basis": "stated",
    }
    fields.update(overrides)
    return Source.model_validate(fields)


def make_catalogue(path: Path) -> Catalogue:
    """Check the dataset at ``path`` and return the catalogue the pages read (as ``dashboard.data``
    builds it, without Streamlit's cache)."""
    from dashboard import data
    from indicators.check import check_file
    from indicators.table import observation_rows

    result = check_file(path)
    assert result.dataset is not None and not result.problems, result.problems
    dataset = result.dataset
    catalogue = data.Catalogue(
        path=path, dataset=dataset, texts=dict(result.texts), evidence=dict(result.evidence)
    )
    catalogue.indicators = {indicator.id: indicator for indicator in dataset.indicators}
    catalogue.sources = {source.id: source for source in dataset.sources}
    catalogue.observations = {obs.id: obs for obs in dataset.observations}
    catalogue.rows = observation_rows(dataset, result.evidence, result.texts)
    for row in catalogue.rows:
        catalogue.by_indicator.setdefault(str(row["indicator_id"]), []).append(row)
    return catalogue
