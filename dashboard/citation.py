"""How to cite a figure: the citation line (:func:`figure_citation` in the reader's language), its
permanent link, and the quote with its figure emphasised (escaped HTML).

A citation reads::

    “<quote>” — <title>, <publisher>, <date>, <address or 'address not recorded'>,
    via Hanoi integration indicators (obs <id>), <base>/indicator?id=<id>&obs=<obs> (accessed <day>)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from urllib.parse import urlencode, urlsplit, urlunsplit

from markupsafe import Markup, escape

from dashboard import wording
from dashboard.article import article_name
from dashboard.i18n import t
from indicators.model import is_web_address
from indicators.view import ObservationView


def citation_line(
    quote: str,
    title: str,
    publisher: str | None,
    date: str,
    obs_id: str,
    *,
    unnamed_publisher: str = "unnamed publisher",
    via: str | None = None,
    address: str | None = None,
    link: str | None = None,
    doubt: str | None = None,
) -> str:
    """Return a plain-text citation: '"<quote>" — <title>, <publisher>, <date>, <address>, <via>, <link>'.

    ``via`` names the dataset and the observation in the reader's language (by default in English:
    'via Hanoi integration indicators (obs <id>)'); ``address`` is where the article is (or says it is
    not recorded) and ``link`` the figure's permanent link with the day it was read, when given;
    ``doubt`` (a figure in doubt, and why) follows in square brackets.
    """
    quote = " ".join(quote.split())
    via = via or f"via Hanoi integration indicators (obs {obs_id})"
    parts = [
        title,
        publisher or unnamed_publisher,
        date,
        *([address] if address else []),
        via,
        *([link] if link else []),
    ]
    line = f"\u201c{quote}\u201d \u2014 " + ", ".join(parts)
    return f"{line} [{' '.join(doubt.split())}]" if doubt else line


def figure_citation(view: ObservationView, lang: str, *, base: str | None, today: date) -> str:
    """Return the citation line of one observation in ``lang``: its article named and dated, the
    article's address, the figure's permanent link under ``base`` read ``today``, and whether the
    figure is in doubt."""
    source = view.source
    title, _ = article_name(source, lang)
    if not source.headline:
        title += f" ({t(lang, 'title_by_curators')})"
    published = wording.date_text(source.published, lang)
    if source.published_basis == "inferred":
        published += f" ({t(lang, 'source_date_inferred')})"
    if source.url:
        address = source.url
        if source.accessed:
            address += f" ({t(lang, 'cite_accessed', date=wording.date_text(source.accessed, lang))})"
    else:
        address = t(lang, "source_url_none")
    link = figure_link(base, view.indicator.id, view.id)
    read = wording.date_text(today.isoformat(), lang)
    doubt = wording.doubt_text(view, lang)
    return citation_line(
        view.quote,
        title,
        source.publisher,
        published,
        view.id,
        unnamed_publisher=t(lang, "source_unnamed_publisher"),
        via=t(lang, "cite_via", id=view.id),
        address=address,
        link=f"{link} ({t(lang, 'cite_accessed', date=read)})",
        doubt=f"{t(lang, 'doubt_label')}: {doubt}" if doubt else None,
    )


def app_base(page_url: str | None, page_paths: Iterable[str]) -> str | None:
    """Return the app's address from the current page's (``st.context.url``), or None if it is not http(s).

    'https://x.streamlit.app/indicator' and 'https://x.streamlit.app/' both give 'https://x.streamlit.app';
    a path the app is served under ('http://host/hanoi/data') is kept ('http://host/hanoi').
    """
    if not page_url or not is_web_address(page_url):
        return None
    parts = urlsplit(page_url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and segments[-1] in set(page_paths):
        segments.pop()
    path = "/" + "/".join(segments) if segments else ""
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def figure_link(base: str | None, indicator_id: str, obs_id: str) -> str:
    """Return the permanent link to a figure: '<base>/indicator?id=<indicator>&obs=<observation>'."""
    return f"{base or ''}/indicator?{urlencode({'id': indicator_id, 'obs': obs_id})}"


def quote_html(quote: str, figure_start: int | None, figure_end: int | None) -> Markup:
    """Return the quote as escaped HTML, the figure (offsets within the quote) in ``<strong>``."""
    if figure_start is None or figure_end is None or not 0 <= figure_start < figure_end <= len(quote):
        return escape(quote)
    return Markup("{}<strong>{}</strong>{}").format(
        quote[:figure_start], quote[figure_start:figure_end], quote[figure_end:]
    )
