"""The dashboard's HTML tables, as escaped ``Markup``: an indicator's figures (under its chart),
the index of every indicator by theme, and the qualifiers on the about page.

A plain HTML table rather than ``st.dataframe``: a handful of rows reads better as text (and on a
phone), each quote shows its figure in bold, and the page needs neither pandas on the server nor
the data grid in the browser. A row of the figures' table::

    <tr id="row-fdi-2019" class="current" aria-current="true">        (the chosen figure's row)
      <td class="nowrap" data-label="Period"><div>2019</div></td> …
      <td class="quote" data-label="Quote" lang="vi"><div>… <strong>8,67 tỷ USD</strong> …</div></td>
      <td class="" data-label="Article"><div><span lang="vi">…</span><br>…<br><a href="./source?…"
          aria-label="See the figure 2019, US$8.67 billion in the article (of …)">…</a></div></td>
      <td class="" data-label="Cite"><div><a href="./indicator?…" aria-label="Cite the 2019 figure: …">…</a>
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from dashboard import wording
from dashboard.article import article_name
from dashboard.filters import name_key
from dashboard.i18n import t
from dashboard.panel import doubt_html, figure_quote
from dashboard.urls import href
from indicators.labels import QUALIFIERS, label
from indicators.model import Indicator, Theme
from indicators.view import ObservationView

if TYPE_CHECKING:
    from dashboard.data import Catalogue

_LINK = Markup('<a href="{}" aria-label="{}">{}</a>')
_HEAD = Markup('<th scope="col">{}</th>')
_CELL = Markup('<td class="{}" data-label="{}"{}><div>{}</div></td>')
_ARTICLE = Markup('<span lang="{}">{}</span><br><span class="hi-muted">{}</span><br>{}')
_ROW = Markup('<tr id="row-{}"{}>{}</tr>')
_CURRENT = Markup(' class="current" aria-current="true"')
_QUOTE_LANGUAGE = Markup(' lang="vi"')
_FIGURES = Markup(
    '<div class="hi-scroll"><table class="hi-table hi-obs"><thead><tr>{}</tr></thead>'
    "<tbody>{}</tbody></table></div>"
)
_INDEX_ROW = Markup(
    '<tr><th scope="row"><a href="{href}">{name}</a></th><td class="nowrap">{value}</td>'
    "<td>{period}</td><td>{count}</td></tr>"
)
_QUALIFIERS = Markup(
    '<table class="hi-table hi-qualifiers"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>'
)
_INDEX = Markup(
    '<div class="hi-scroll"><table class="hi-table hi-index"><thead><tr>{}</tr></thead>'
    "<tbody>{}</tbody></table></div>"
)


def _figure_words(view: ObservationView, lang: str) -> dict[str, str]:
    """Return what names a figure for a screen reader: its period, value and article's date."""
    return {
        "period": wording.period_text(view.period, lang),
        "value": wording.value_text(view, lang),
        "date": wording.date_text(view.source.published, lang),
    }


def cite_link(where: str, view: ObservationView, lang: str) -> Markup:
    """Return a table row's link that opens its figure's panel (the chart's click, by keyboard),
    named for a screen reader by the figure and its article's date."""
    return _LINK.format(where, t(lang, "table_cite", **_figure_words(view, lang)), t(lang, "col_cite"))


def article_link(where: str, view: ObservationView, lang: str) -> Markup:
    """Return a table row's link to its quote in the article, named for a screen reader by its figure
    (a column of links all saying "See it in the article" would be told apart by nothing)."""
    return _LINK.format(
        where, t(lang, "open_article_of", **_figure_words(view, lang)), t(lang, "panel_open_article")
    )


def _figure_cells(
    view: ObservationView, texts: Mapping[str, str], lang: str
) -> dict[str, tuple[str, str | Markup]]:
    """Return one figure's cells by column: (CSS class, content)."""
    source = view.source
    name, name_lang = article_name(source, lang)
    article = _ARTICLE.format(
        name_lang,
        name,
        wording.date_text(source.published, lang),
        article_link(href("source", lang, id=source.id, obs=view.id), view, lang),
    )
    cite = href("indicator", lang, id=view.indicator.id, obs=view.id)
    return {
        "col_cite": ("", cite_link(cite, view, lang)),
        "col_period": ("nowrap", wording.period_text(view.period, lang)),
        # A value in numbers stays on one line; a figure in words with its reading may wrap.
        "col_value": ("" if view.worded else "nowrap", wording.value_text(view, lang)),
        "col_definition": ("", wording.definition_name(view.definition_text(lang))),
        "col_qualifier": ("qualifier", wording.qualifier_full(view, lang)),
        "col_quote": ("quote", figure_quote(view, texts) + doubt_html(view, lang)),
        "col_source": ("", article),
    }


def observations_table(
    views: Sequence[ObservationView],
    indicator: Indicator,
    texts: Mapping[str, str],
    lang: str,
    selected: str | None = None,
) -> Markup:
    """Return the table under the chart: one row per observation, in words, each with a link to its
    quote in the article and one that opens its panel; the ``selected`` observation's row is marked."""
    columns = [
        "col_period",
        "col_value",
        *(["col_definition"] if indicator.definitions else []),
        "col_qualifier",
        "col_quote",
        "col_source",
        "col_cite",
    ]
    labels = {key: t(lang, key) for key in columns}
    head = Markup("").join(_HEAD.format(labels[key]) for key in columns)
    body = []
    for view in views:
        cells = _figure_cells(view, texts, lang)
        tds = Markup("").join(
            _CELL.format(
                cells[key][0], labels[key], _QUOTE_LANGUAGE if key == "col_quote" else "", cells[key][1]
            )
            for key in columns
        )
        body.append(_ROW.format(view.id, _CURRENT if view.id == selected else "", tds))
    return _FIGURES.format(head, Markup("").join(body))


def latest_words(views: Sequence[ObservationView], lang: str) -> tuple[str, str]:
    """Return the latest dated result's value (hedge included; '? in doubt' where it is) and period,
    or the last undated figure's, with 'no period stated'."""
    if all(view.period is None for view in views):
        return wording.marked_value_text(views[-1], lang), wording.period_text(None, lang)
    latest = wording.latest_result(views)
    return wording.marked_value_text(latest, lang), wording.period_text(latest.period, lang)


def index_html(catalogue: Catalogue, theme: Theme, lang: str) -> Markup:
    """Return one theme's indicators as an HTML table, names linking to their pages."""
    head = Markup("").join(
        _HEAD.format(t(lang, key)) for key in ("col_indicator", "col_latest", "col_period", "col_figures")
    )
    body = []
    members = [item for item in catalogue.indicators.values() if item.theme is theme]
    for indicator in sorted(members, key=lambda item: name_key(item.name.get(lang))):
        views = catalogue.by_indicator.get(indicator.id, ())
        value, period = latest_words(views, lang) if views else ("—", "—")
        body.append(
            _INDEX_ROW.format(
                href=href("indicator", lang, id=indicator.id),
                name=indicator.name.get(lang),
                value=value,
                period=period,
                count=wording.figures_count(len(views), lang),
            )
        )
    return _INDEX.format(head, Markup("").join(body))


def qualifier_table(lang: str) -> Markup:
    """Return the qualifiers, what each means and how it is drawn, as an HTML table.

    A static table wraps its cells on a phone.
    """
    columns = (
        ("about_col_qualifier", "qualifier"),
        ("about_col_meaning", "qualifier_meaning"),
        ("about_col_mark", "qualifier_mark"),
    )
    head = Markup("").join(_HEAD.format(t(lang, column)) for column, _ in columns)
    body = Markup("").join(
        Markup("<tr>{}</tr>").format(
            Markup("").join(Markup("<td>{}</td>").format(label(kind, code, lang)) for _, kind in columns)
        )
        for code in QUALIFIERS
    )
    return _QUALIFIERS.format(head, body)
