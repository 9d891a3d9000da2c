"""The pages, their stable URLs, and the relative links between them (no Streamlit).

=========  =====================================  ==========================================
page       URL                                    shows
=========  =====================================  ==========================================
overview   ``/`` (default)                        headline indicators by theme
indicators ``/indicators``                          every indicator by theme, latest figure
indicator  ``/indicator?id=fdi&obs=fdi-2019``     chart, selected figure, all observations
source     ``/source?id=<source>&obs=<obs>``      the article with its quotes marked
data       ``/data?theme=…&indicator=…&year=…``   every observation, filtered, downloadable
about      ``/about``                             method, qualifiers, citing, the articles
=========  =====================================  ==========================================

Every page also takes ``lang=vi|en``. Each page is a script in ``dashboard/pages/`` (file pages
let ``AppTest.switch_page`` open them in tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class PageSpec:
    """One page: its script, its URL path and its menu entry."""

    script: str
    url_path: str
    title_key: str
    icon: str


PAGES: dict[str, PageSpec] = {
    "overview": PageSpec("dashboard/pages/overview.py", "overview", "nav_overview", ":material/dashboard:"),
    "indicators": PageSpec(
        "dashboard/pages/indicators.py", "indicators", "nav_indicators", ":material/list:"
    ),
    "indicator": PageSpec(
        "dashboard/pages/indicator.py", "indicator", "nav_indicator", ":material/show_chart:"
    ),
    "source": PageSpec("dashboard/pages/source.py", "source", "nav_source", ":material/article:"),
    "data": PageSpec("dashboard/pages/data.py", "data", "nav_data", ":material/table_view:"),
    "about": PageSpec("dashboard/pages/about.py", "about", "nav_about", ":material/info:"),
}

Param = str | list[str] | None


def href(page: str, lang: str, **params: Param) -> str:
    """Return a relative URL to ``page`` (for link columns and HTML anchors); a list is a repeated
    parameter (``theme=a&theme=b``)."""
    query: dict[str, str | list[str]] = {key: value for key, value in params.items() if value}
    query["lang"] = lang
    path = "" if page == "overview" else PAGES[page].url_path
    return f"./{path}?{urlencode(query, doseq=True)}"
