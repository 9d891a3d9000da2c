"""The curated dataset as the browser tests expect to see it, read straight from the YAML.

The tests compare what the browser shows with the file itself (``$INDICATORS_DATA`` or
``data/indicators.yaml``), not with the dashboard's own tables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tests.appserver import ROOT


def data_file() -> Path:
    """Return the data file the app reads."""
    override = os.environ.get("INDICATORS_DATA", "").strip()
    return Path(override) if override else ROOT / "data" / "indicators.yaml"


@dataclass(frozen=True)
class Curated:
    """Sources, indicators and observations by id, in file order."""

    sources: dict[str, dict[str, Any]]
    indicators: dict[str, dict[str, Any]]
    observations: dict[str, dict[str, Any]]

    def headline_ids(self) -> list[str]:
        """Return the headline indicators that have at least one observation (the overview's cards)."""
        used = {obs["indicator"] for obs in self.observations.values()}
        return [key for key, item in self.indicators.items() if item.get("headline") and key in used]

    def of_indicator(self, indicator_id: str) -> list[dict[str, Any]]:
        """Return the observations of one indicator."""
        return [obs for obs in self.observations.values() if obs["indicator"] == indicator_id]


@cache
def curated() -> Curated:
    """Return the dataset (read once)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(data_file().read_text(encoding="utf-8"), Loader=loader)
    return Curated(
        sources={item["id"]: item for item in document["sources"]},
        indicators={item["id"]: item for item in document["indicators"]},
        observations={item["id"]: item for item in document["observations"]},
    )
