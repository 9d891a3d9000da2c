"""Small factories for test records: ``make_observation(**overrides)`` and friends."""

from __future__ import annotations

from typing import Any

from indicators.model import Indicator, Observation, Source


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
