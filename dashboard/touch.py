"""The scripts beside a chart (``assets/chart.js``): one tap on a touch screen selects a point (see
the file for why it takes a script), and the download buttons under the chart use its camera."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from markupsafe import Markup

CHART_SCRIPT = (Path(__file__).parent / "assets" / "chart.js").read_text(encoding="utf-8")
# The dashboard's own file, marked safe as it is: nothing from the data or the URL reaches it.
_CHART = Markup("<script>{}</script>").format(Markup(CHART_SCRIPT))


def chart_scripts() -> None:
    """Add the chart's scripts (static text, nothing from the data or the URL; they run once a page)."""
    st.html(_CHART, unsafe_allow_javascript=True)
