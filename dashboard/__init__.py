"""The dashboard: the only layer that imports Streamlit.

``app.py`` calls :func:`dashboard.shell.run`, which builds ``st.navigation`` over the page
scripts in ``dashboard/pages/`` (overview, indicator, source, data, about). The modules:

* :mod:`dashboard.i18n` — every UI string, in Vietnamese and English, and the language choice;
* :mod:`dashboard.escaping` — text from the data never becomes Markdown, HTML or LaTeX;
* :mod:`dashboard.wording` — a figure, its period, qualifier, date and change, in words;
* :mod:`dashboard.urls` — the pages, their URLs and the relative links between them;
* :mod:`dashboard.blocks` — small HTML blocks: a kicker, a paragraph, a list, the data's problems;
* :mod:`dashboard.cards` — the overview's cards and introduction;
* :mod:`dashboard.panel` — the indicator page's chosen figure (its panel or card) and meaning;
* :mod:`dashboard.tables` — the figures under a chart, the index of indicators, the qualifiers;
* :mod:`dashboard.article` — an article as escaped HTML with its quotes marked;
* :mod:`dashboard.citation` — the citation line and the quote with its figure emphasised;
* :mod:`dashboard.data` — the cached dataset (check, tidy table, lookups);
* :mod:`dashboard.state` — the URL: language, page parameters, widgets bound to it;
* :mod:`dashboard.layout` — the shared look: the style sheet (``assets/style.css``), header,
  not-found and invalid-data views;
* :mod:`dashboard.navigation` — the pages, their URLs and links between them;
* :mod:`dashboard.lazy` — pandas imported only by pages with a table, safely across sessions;
* :mod:`dashboard.collector` — long-lived objects kept out of the post-run garbage collection.

The pure modules (i18n, escaping, wording, urls, blocks, cards, panel, tables, article, citation)
import no Streamlit. Their HTML is MarkupSafe ``Markup``: built from templates that escape every value
not already ``Markup`` (``tests/test_dashboard_markup.py`` refuses HTML put together any other way).
"""
