"""Hanoi integration indicators: a curated dataset of figures, each proven by its article's quote.

This package knows nothing of Streamlit. It reads and checks the dataset
(:func:`check_file`), reads and formats Vietnamese numbers (:mod:`indicators.vietnamese`), finds
number mentions in text (:mod:`indicators.scan`), builds the tidy table
(:func:`observations_table`) and the charts (:mod:`indicators.charts`).

Public names are imported on first use, so ``import indicators.periods`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
DATA_FILE = ROOT / "data" / "indicators.yaml"
SOURCES_DIR = ROOT / "data" / "sources"

_LAZY = {
    "CheckResult": "indicators.check",
    "check_file": "indicators.check",
    "Dataset": "indicators.model",
    "Indicator": "indicators.model",
    "Observation": "indicators.model",
    "Qualifier": "indicators.model",
    "Source": "indicators.model",
    "Theme": "indicators.model",
    "Period": "indicators.periods",
    "PeriodKind": "indicators.periods",
    "Problem": "indicators.problems",
    "observations_table": "indicators.table",
}

if TYPE_CHECKING:
    from indicators.check import CheckResult, check_file
    from indicators.model import Dataset, Indicator, Observation, Qualifier, Source, Theme
    from indicators.periods import Period, PeriodKind
    from indicators.problems import Problem
    from indicators.table import observations_table


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'indicators' has no attribute {name!r}")


__all__ = [
    "DATA_FILE",
    "ROOT",
    "SOURCES_DIR",
    "CheckResult",
    "Dataset",
    "Indicator",
    "Observation",
    "Period",
    "PeriodKind",
    "Problem",
    "Qualifier",
    "Source",
    "Theme",
    "check_file",
    "observations_table",
]
