"""The URL holds every state worth sharing: page, ids, language and the data filters.

Values read from the URL are only ever looked up among known ids (never used to build a path);
anything longer than :data:`MAX_PARAM` is treated as unknown without being kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode

import streamlit as st
from markupsafe import Markup

from dashboard.i18n import LANGS, LANGUAGE_NAMES, pick_language, t

MAX_PARAM = 200
_LANG_MEMORY = "_lang"


def param(name: str) -> str | None:
    """Return the URL parameter ``name`` (its last value), or None when absent."""
    if name not in st.query_params:
        return None
    value = st.query_params.get(name)
    return value if value is None else str(value)[: MAX_PARAM + 1]


def params(name: str) -> list[str]:
    """Return every value of the URL parameter ``name`` (for repeated filters)."""
    return [str(value)[: MAX_PARAM + 1] for value in st.query_params.get_all(name)]


def set_param(name: str, value: str | Sequence[str] | None) -> None:
    """Write (or, for None or empty, remove) the URL parameter ``name``."""
    if value is None or (not isinstance(value, str) and not value):
        if name in st.query_params:
            del st.query_params[name]
        return
    if isinstance(value, str):
        if st.query_params.get(name) != value or len(st.query_params.get_all(name)) != 1:
            st.query_params[name] = value
    elif st.query_params.get_all(name) != list(value):
        st.query_params[name] = list(value)


def set_params(changes: dict[str, str | Sequence[str] | None]) -> None:
    """Write (or, for None or empty, remove) several URL parameters in one change of the address.

    Each write of ``st.query_params`` is a browser history entry of its own: written one by one,
    an indicator and the figure it clears would leave an entry naming the new indicator with the
    old figure, where Back would lead.
    """
    current = {  # what the app would not keep (a value over MAX_PARAM), it does not pass on
        name: [value for value in st.query_params.get_all(name) if len(value) <= MAX_PARAM]
        for name in st.query_params
        if len(name) <= MAX_PARAM
    }
    wanted = dict(current)
    for name, value in changes.items():
        if value is None or (not isinstance(value, str) and not value):
            wanted.pop(name, None)
        else:
            wanted[name] = [value] if isinstance(value, str) else list(value)
    if wanted != current:
        st.query_params.from_dict(
            {name: values[0] if len(values) == 1 else values for name, values in wanted.items()}
        )


def language() -> str:
    """Return the page language and keep it in the URL and the session."""
    lang = pick_language(param("lang"), st.session_state.get(_LANG_MEMORY), _locale())
    st.session_state[_LANG_MEMORY] = lang
    set_param("lang", lang)
    return lang


def _locale() -> str | None:
    try:
        return st.context.locale
    except Exception:
        return None


def reader_today() -> date:
    """Return today's date where the reader is (the browser's UTC offset), else in UTC."""
    try:
        offset = st.context.timezone_offset  # minutes behind UTC, as JavaScript's getTimezoneOffset()
    except Exception:  # no browser connection
        offset = None
    if not isinstance(offset, int) or isinstance(offset, bool) or abs(offset) > 18 * 60:
        offset = 0
    return datetime.now(timezone(-timedelta(minutes=offset))).date()


_LANGUAGE_LINK = Markup('<a href="{}" hreflang="{}" lang="{}"{}>{}</a>')
_LANGUAGE_LINKS = Markup('<nav class="hi-langs" aria-label="{}">{}</nav>')
_CURRENT = Markup(' aria-current="true"')


def language_switch(lang: str) -> Markup:
    """Return the vi/en switch: two links to this view in each language (the same address with only
    ``lang`` changed), plain HTML where a segmented control costs the browser time on every page.

    The page may change its address after this is drawn (a point chosen, a default id written);
    the footer's script keeps each link's address in step with the browser's (``hreflang``).
    """
    current = {  # what the app would not keep (a value over MAX_PARAM), it does not pass on
        name: [value for value in st.query_params.get_all(name) if len(value) <= MAX_PARAM]
        for name in st.query_params
        if len(name) <= MAX_PARAM
    }
    links = Markup("").join(
        _LANGUAGE_LINK.format(
            "?" + urlencode({**current, "lang": [code]}, doseq=True),
            code,
            code,
            _CURRENT if code == lang else "",
            LANGUAGE_NAMES[code],
        )
        for code in LANGS
    )
    return _LANGUAGE_LINKS.format(t(lang, "language"), links)
