"""The benchmark's baseline: a bare Streamlit app that reads the same YAML and draws one chart.

It does the least a dashboard over this file can do: parse it with PyYAML's C loader (no strict
checks, no model, no provenance) and draw every observation's value as one Plotly marker trace.
``python -m bench.run`` starts it beside ``app.py`` to put the dashboard's costs in proportion.
The data file is ``$INDICATORS_DATA`` when set, else ``data/indicators.yaml``.
"""

from __future__ import annotations

import os
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st
import yaml

DATA_FILE = Path(
    os.environ.get("INDICATORS_DATA") or Path(__file__).resolve().parent.parent / "data" / "indicators.yaml"
)


@st.cache_data(show_spinner=False)
def observations(path: str, mtime_ns: int) -> tuple[list[str], list[float], list[str]]:
    """Return the periods, values and ids of every observation (cached per file version)."""
    with Path(path).open("rb") as stream:
        data = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    records = data["observations"]
    return (
        [str(r["period"]) for r in records],
        [float(r["value"]) for r in records],
        [str(r["id"]) for r in records],
    )


st.title("Baseline")
periods, values, ids = observations(str(DATA_FILE), DATA_FILE.stat().st_mtime_ns)
figure = go.Figure(go.Scatter(x=periods, y=values, customdata=ids, mode="markers"))
st.plotly_chart(figure, key="all-values")
