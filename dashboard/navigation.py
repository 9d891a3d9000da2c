"""The menu, the links a page shows and the link to the current view (the pages and their URLs are
in :mod:`dashboard.urls`, which imports no Streamlit; :mod:`dashboard.shell` runs the pages).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from markupsafe import Markup

from dashboard.escaping import escape_markdown
from dashboard.i18n import t
from dashboard.urls import PAGES as PAGES  # the pages' modules and tests read them here too
from dashboard.urls import Param
from dashboard.urls import href as href

COPY_SCRIPT = (Path(__file__).parent / "assets" / "copy_link.js").read_text(encoding="utf-8")

_MENU = Markup(
    '<nav class="hi-menu" aria-label="{label}">{links}</nav>'
    '<details class="hi-menu-small"><summary>{current}</summary>'
    '<nav aria-label="{label}">{links}</nav></details>'
)
_MENU_LINK = Markup('<a href="{}">{}</a>')
_MENU_CURRENT = Markup('<a href="{}" aria-current="page">{}</a>')


def menu(lang: str, current: str) -> Markup:
    """Return the menu: a link to each page in the page's language, the page shown marked; on a
    phone the same links fold under the page's name. A link loads its page afresh (the indicator
    and article pages open their first indicator and newest article, as Streamlit's menu did)."""
    shown = next((name for name, spec in PAGES.items() if spec.url_path == current), "overview")
    links = Markup("").join(
        (_MENU_CURRENT if name == shown else _MENU_LINK).format(href(name, lang), t(lang, spec.title_key))
        for name, spec in PAGES.items()
    )
    return _MENU.format(label=t(lang, "menu_label"), links=links, current=t(lang, PAGES[shown].title_key))


def embedded() -> bool:
    """Whether the app is shown inside another page (its link has ``embed=true``)."""
    try:
        return bool(st.context.is_embedded)
    except Exception:  # no browser connection (a bare script run)
        return False


def link(
    page: str, label: str, lang: str, *, icon: str | None = None, escape: bool = True, **params: str | None
) -> None:
    """Show a link to ``page`` carrying ``params`` and the language (label escaped unless told)."""
    query = {key: value for key, value in params.items() if value}
    query["lang"] = lang
    st.page_link(
        PAGES[page].script,
        label=escape_markdown(label) if escape else label,
        icon=icon or "",
        query_params=query,
    )


def base_url() -> str | None:
    """Return the app's address as the reader's browser sees it (from ``st.context.url``), or None."""
    from dashboard.citation import app_base

    try:
        page_url = st.context.url
    except Exception:  # no browser connection (a bare script run)
        return None
    return app_base(page_url, [spec.url_path for spec in PAGES.values()])


def permalink(page: str, lang: str, **params: Param) -> str:
    """Return the absolute link to a view (relative when the app's address is not known)."""
    base = base_url()
    relative = href(page, lang, **params)
    return f"{base}{relative[1:]}" if base else relative


def share(page: str, lang: str, **params: Param) -> None:
    """Show a "Copy link" button that copies the view's address as the browser shows it.

    The page and ``params`` say which view this is (the address the button copies carries them,
    as the app keeps the address in step with the view): a plain button, light for the browser,
    where a code block would load a highlighter. Its script (``assets/copy_link.js``) comes with
    the footer's (:func:`dashboard.layout.footer`).
    """
    from markupsafe import Markup

    del page, params  # the browser's own address names the view
    button = Markup(
        '<div class="hi-share"><button type="button" class="hi-copy-link" data-done="{done}">'
        "{label}</button>"
        '<span class="hi-copy-status" role="status" aria-live="polite"></span></div>'
    )
    st.html(button.format(label=t(lang, "share_copy"), done=t(lang, "share_copied")))
