"""Hanoi integration indicators: a curated dataset of figures, each proven by its article's quote.

This package knows nothing of Streamlit. It reads and checks the dataset
(:func:`check_file`), reads and formats Vietnamese numbers (:mod:`indicators.numbers`), finds
number mentions in text (:mod:`indicators.scan`), builds the tidy table
(:func:`observations_table`) and the charts (:mod:`indicators.charts`).
"""

from pathlib import Path

from indicators.check import CheckResult, check_file
from indicators.model import Dataset, Indicator, Observation, Qualifier, Source, Theme
from indicators.periods import Period, PeriodKind
from indicators.problems import Problem
from indicators.table import observations_table

ROOT = Path(__file__).resolve().parent.parent
DATA_FILE = ROOT / "data" / "indicators.yaml"
SOURCES_DIR = ROOT / "data" / "sources"

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
