"""Keep text from the dataset and the articles literal: never Markdown, HTML or LaTeX by accident.

Two ways out: :func:`escape_markdown` for anything passed to a Markdown-reading call
(``st.markdown``, labels, captions, ``st.page_link``); and, for ``st.html`` (sanitised by DOMPurify
as a second guard, not the first), MarkupSafe's templates: ``Markup('<p class="x">{}</p>').format(text)``
escapes every value that is not already ``Markup``, so HTML is escaped unless marked safe. The
builders (:mod:`dashboard.blocks`, :mod:`dashboard.cards`, :mod:`dashboard.panel`,
:mod:`dashboard.tables`, :mod:`dashboard.article`, :mod:`dashboard.citation`) return ``Markup``.
"""

from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
# that start Markdown, HTML, LaTeX ($), Streamlit directives (:red[...], :material/...:) or
# GitHub extensions (~~, |tables|).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&\"'=^])")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown, HTML and LaTeX specials so ``text`` shows as written."""
    # A dot or bracket after a number ("1. ") is escaped too, so no line starts a list.
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def shorten(text: str, limit: int = 60) -> str:
    """Cut a value for display in a message (such as an unknown id from the URL)."""
    text = "".join(char if char.isprintable() else " " for char in str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"
