"""How to cite a figure: the citation line, and the quote with its figure emphasised (escaped HTML)."""

from __future__ import annotations

from dashboard.escaping import escape_html


def citation_line(quote: str, title: str, publisher: str | None, date: str, obs_id: str,
                  *, unnamed_publisher: str = "unnamed publisher",
                  via: str | None = None, doubt: str | None = None) -> str:
    """Return a plain-text citation: '"<quote>" — <title>, <publisher>, <date>, <via>'.

    ``via`` names the dataset and the observation in the reader's language (by default in English:
    'via Hanoi integration indicators (obs <id>)'); ``doubt`` (a figure in doubt, and why) follows
    in square brackets.
    """
    quote = " ".join(quote.split())
    via = via or f"via Hanoi integration indicators (obs {obs_id})"
    line = f"\u201c{quote}\u201d \u2014 {title}, {publisher or unnamed_publisher}, {date}, {via}"
    return f"{line} [{' '.join(doubt.split())}]" if doubt else line


def quote_html(quote: str, figure_start: int | None, figure_end: int | None) -> str:
    """Return the quote as escaped HTML, the figure (offsets within the quote) in ``<strong>``."""
    if (figure_start is None or figure_end is None
            or not 0 <= figure_start < figure_end <= len(quote)):
        return escape_html(quote)
    return (escape_html(quote[:figure_start]) + "<strong>" + escape_html(quote[figure_start:figure_end])
            + "</strong>" + escape_html(quote[figure_end:]))
