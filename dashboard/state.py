"""The URL holds every state worth sharing: page, ids, language and the data filters.

Values read from the URL are only ever looked up among known ids (never used to build a path);
anything longer than :data:`MAX_PARAM` is treated as unknown without being kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone

import streamlit as st

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
    current = {name: st.query_params.get_all(name) for name in st.query_params}
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


def language_switch(lang: str) -> None:
    """Show the vi/en switch; choosing a language rewrites only ``lang`` in the URL."""

    def switch() -> None:
        chosen = st.session_state.get("_lang_switch")
        if chosen in LANGS:
            st.session_state[_LANG_MEMORY] = chosen
            st.query_params["lang"] = chosen

    st.session_state["_lang_switch"] = lang
    st.segmented_control(
        t(lang, "language"),
        list(LANGS),
        format_func=LANGUAGE_NAMES.__getitem__,
        key="_lang_switch",
        required=True,
        on_change=switch,
        label_visibility="collapsed",
        width="content",
    )


def url_selectbox(
    label: str,
    name: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
    *,
    placeholder: str,
    clears: Sequence[str] = (),
) -> str | None:
    """Show a select box whose value is the URL parameter ``name`` (an id, never a label).

    The URL is read first and the widget follows it (an id not among ``options`` shows the
    placeholder); a choice rewrites the parameter and removes the parameters in ``clears``.
    """
    key = f"_url_{name}"
    value = param(name)
    st.session_state[key] = value if value in options else None

    def sync() -> None:
        set_params({name: st.session_state.get(key), **dict.fromkeys(clears)})

    return st.selectbox(
        label, list(options), format_func=format_func, key=key, on_change=sync, placeholder=placeholder
    )


def url_multiselect(
    label: str, name: str, options: Sequence[str], format_func: Callable[[str], str], *, placeholder: str
) -> list[str]:
    """Show a multiselect whose values are the URL parameter ``name``, repeated (ids, never labels).

    Values in the URL that are not among ``options`` are dropped (the caller can report them).
    """
    key = f"_url_{name}"
    st.session_state[key] = [value for value in dict.fromkeys(params(name)) if value in options]

    def sync() -> None:
        set_params({name: list(st.session_state.get(key) or [])})

    return st.multiselect(
        label, list(options), format_func=format_func, key=key, on_change=sync, placeholder=placeholder
    )
