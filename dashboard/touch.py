"""Charts on a touch screen: one tap selects a point (see ``assets/tap.js`` for why it takes a script)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from markupsafe import Markup

TAP_SCRIPT = (Path(__file__).parent / "assets" / "tap.js").read_text(encoding="utf-8")
# The dashboard's own file, marked safe as it is: nothing from the data or the URL reaches it.
_TAP = Markup("<script>{}</script>").format(Markup(TAP_SCRIPT))


def one_tap_selects() -> None:
    """Add the page's tap script (static text, nothing from the data or the URL; it runs once a page)."""
    st.html(_TAP, unsafe_allow_javascript=True)
