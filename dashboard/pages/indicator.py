"""Indicator: the figure first (its chart, or the one figure's card), then its meaning and every figure.

URL: ``/indicator?id=<indicator id>&obs=<observation id>&lang=vi|en``. A click (or one tap) on a
point writes ``obs`` to the URL, so the open panel can be shared; ``obs`` in a link opens it
directly, and on a phone the panel then comes before the chart, in the first screen. An
indicator with a single figure shows that figure's card (value, period, quote, article,
citation) instead of a chart of one point. Each row of the table under the chart has a link
that opens the same panel, so every figure is reachable by keyboard.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st

from dashboard import data, layout, lazy, navigation, state, touch, wording
from dashboard.citation import citation_line, figure_link, quote_html
from dashboard.data import Catalogue
from dashboard.escaping import escape_html, escape_markdown, shorten
from dashboard.i18n import t
from dashboard.wording import Row
from indicators.charts import indicator_figure
from indicators.model import Indicator, Source, Theme


def ordered_indicators(catalogue: Catalogue) -> list[str]:
    """Return indicator ids by theme (overview order), headline ones first, then file order."""
    position = {theme: index for index, theme in enumerate(Theme)}
    items = list(catalogue.indicators.values())
    return [item.id for item in sorted(items, key=lambda i: (position[i.theme], not i.headline))]


def clicked_observation(key: str, known: set[str]) -> str | None:
    """Return the observation a new click on the chart ``key`` chose, or None if nothing new."""
    event = st.session_state.get(key)
    points: list[Any] = []
    if isinstance(event, Mapping):
        selection = event.get("selection") or {}
        points = list(selection.get("points") or []) if isinstance(selection, Mapping) else []
    chosen = []
    for point in points:
        customdata = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(customdata, list | tuple) and customdata and str(customdata[0]) in known:
            chosen.append(str(customdata[0]))
    signature = tuple(chosen)
    seen_key = f"{key}-seen"
    is_new = signature != st.session_state.get(seen_key, ())
    st.session_state[seen_key] = signature
    return chosen[0] if chosen and is_new else None


def article_name(source: Source, lang: str) -> tuple[str, str]:
    """Return how the article is named, and that name's language: its headline (Vietnamese) if
    known, else its title in ``lang`` (which the curators gave it)."""
    return (source.headline, "vi") if source.headline else (source.title.get(lang), lang)


def citation_for(row: Row, catalogue: Catalogue, lang: str) -> str:
    """Return the citation line of one observation, saying whether the figure is in doubt."""
    source = catalogue.sources[str(row["source_id"])]
    title, _ = article_name(source, lang)
    if not source.headline:
        title += f" ({t(lang, 'title_by_curators')})"
    date = wording.date_text(source.published, lang)
    if source.published_basis == "inferred":
        date += f" ({t(lang, 'source_date_inferred')})"
    if source.url:
        address = source.url
        if source.accessed:
            address += f" ({t(lang, 'cite_accessed', date=wording.date_text(source.accessed, lang))})"
    else:
        address = t(lang, "source_url_none")
    link = figure_link(navigation.base_url(), str(row["indicator_id"]), str(row["obs_id"]))
    today = wording.date_text(state.reader_today().isoformat(), lang)
    doubt = wording.doubt_text(row, lang)
    return citation_line(str(row["quote"]), title, source.publisher, date, str(row["obs_id"]),
                         unnamed_publisher=t(lang, "source_unnamed_publisher"),
                         via=t(lang, "cite_via", id=str(row["obs_id"])), address=address,
                         link=f"{link} ({t(lang, 'cite_accessed', date=today)})",
                         doubt=f"{t(lang, 'doubt_label')}: {doubt}" if doubt else None)


def doubt_html(row: Row, lang: str) -> str:
    """Return the figure's doubt as an escaped paragraph, '' when nothing is doubted."""
    doubt = wording.doubt_text(row, lang)
    if not doubt:
        return ""
    return (f'<p class="hi-doubt"><strong>? {escape_html(t(lang, "doubt_label"))}</strong>: '
            f"{escape_html(doubt)}</p>")


def quote_markup(row: Row, catalogue: Catalogue) -> str:
    """Return the quote as the article writes it (escaped HTML), its figure in bold."""
    obs_id = str(row["obs_id"])
    evidence = catalogue.evidence.get(obs_id)
    text = catalogue.texts.get(str(row["source_id"]), "")
    if evidence is None or not text:
        return quote_html(str(row["quote"]), None, None)
    start, end = evidence.quote_span
    return quote_html(text[start:end], evidence.figure_span[0] - start, evidence.figure_span[1] - start)


def panel(row: Row | None, indicator: Indicator, catalogue: Catalogue, lang: str, *,
          closable: bool = True) -> None:
    """Show the selected observation: quote, source, link to the article and citation line (and a
    button that closes it, where it was chosen on a chart)."""
    if row is None:
        st.html(f'<p class="hi-kicker">{escape_html(t(lang, "panel_title"))}</p>'
                f'<p class="hi-muted">{escape_html(t(lang, "panel_empty"))}</p>')
        return
    source = catalogue.sources[str(row["source_id"])]
    chips = f'<span class="hi-chip">{escape_html(wording.period_text(str(row["period"]), lang))}</span>'
    parts = [
        f'<p class="hi-kicker">{escape_html(t(lang, "panel_title" if closable else "panel_only"))}</p>',
        f'<p class="hi-card-value">{escape_html(wording.value_text(row, lang))}</p>',
        f'<p class="hi-card-meta">{chips}</p>',
        doubt_html(row, lang),
    ]
    if indicator.definitions and row["definition"]:
        parts.append(f'<p class="hi-card-meta">{escape_html(t(lang, "panel_definition"))}: '
                     f'{escape_html(wording.definition_name(str(row[f"definition_{lang}"])))}</p>')
    if lang == "en":
        states = f"{indicator.name.en}, {wording.period_text(str(row['period']), lang)}"
        parts.append(f'<p class="hi-muted" style="margin-top:.6rem">{escape_html(t(lang, "panel_states"))}: '
                     f"{escape_html(states)}</p>")
    parts.append(f'<blockquote class="hi-quote" lang="vi">{quote_markup(row, catalogue)}</blockquote>')
    if row.get(f"reading_{lang}"):
        parts.append(f'<p class="hi-muted">{escape_html(t(lang, "panel_reading"))}: '
                     f'{escape_html(row[f"reading_{lang}"])}</p>')
    if row.get(f"note_{lang}"):
        parts.append(f'<p class="hi-muted">{escape_html(t(lang, "panel_note"))}: '
                     f'{escape_html(row[f"note_{lang}"])}</p>')
    if row.get("agrees_with"):
        ids = ", ".join(str(row["agrees_with"]).split(";"))
        parts.append(f'<p class="hi-muted">{escape_html(t(lang, "panel_agrees", ids=ids))}</p>')
    date = wording.date_text(source.published, lang)
    name, name_lang = article_name(source, lang)
    basis = t(lang, "source_date_inferred" if source.published_basis == "inferred" else "source_date_stated")
    parts.append(
        '<dl class="hi-dl" style="margin-top:.6rem">'
        f'<dt>{escape_html(t(lang, "panel_source"))}</dt>'
        f'<dd lang="{name_lang}">{escape_html(name)}</dd>'
        f'<dt>{escape_html(t(lang, "source_publisher"))}</dt>'
        f'<dd>{escape_html(source.publisher or t(lang, "source_unnamed_publisher"))}</dd>'
        f'<dt>{escape_html(t(lang, "source_published"))}</dt>'
        f"<dd>{escape_html(date)} · {escape_html(basis)}</dd></dl>"
    )
    st.html("".join(parts))
    navigation.link("source", t(lang, "panel_open_article"), lang, icon=":material/article:",
                    id=str(row["source_id"]), obs=str(row["obs_id"]))
    st.html(f'<p class="hi-kicker" style="margin-top:.4rem">{escape_html(t(lang, "panel_cite"))}</p>')
    st.code(citation_for(row, catalogue, lang), language=None, wrap_lines=True)

    if not closable:
        return

    def close() -> None:
        state.set_param("obs", None)

    st.button(t(lang, "panel_close"), icon=":material/close:", on_click=close, type="tertiary",
              key="panel-close")


@st.fragment
def chart_and_panel(indicator_id: str, lang: str) -> None:
    """Show the chart and, beside it (under it on a phone), the selected observation; or, for an
    indicator with one figure, that figure's card. Then the indicator's meaning and every figure."""
    catalogue = data.load()
    if not catalogue.ok:
        return
    indicator = catalogue.indicators[indicator_id]
    rows = catalogue.by_indicator.get(indicator_id, [])
    if len(rows) == 1:
        (only,) = rows
        navigation.share("indicator", lang, id=indicator_id)
        with st.container(key="figure-card"), st.container(border=True, key="obs-panel"):
            panel(only, indicator, catalogue, lang, closable=False)
        meaning(indicator, lang)
        return
    ids = {str(row["obs_id"]) for row in rows}
    key = f"chart-{indicator_id}"
    clicked = clicked_observation(key, ids)
    if clicked is not None:
        state.set_param("obs", clicked)
    wanted = state.param("obs")
    selected = wanted if wanted in ids else None
    navigation.share("indicator", lang, id=indicator_id, obs=selected)
    if wanted is not None and selected is None:
        layout.paragraph(t(lang, "obs_not_in_indicator", value=shorten(wanted)), "hi-note")
    undated = sum(1 for row in rows if not row["period"])
    # With a figure chosen, a phone shows its panel first (.st-key-figure-chosen, in layout's CSS).
    with st.container(key="figure-chosen" if selected else "figure-none"):
        chart, side = st.columns([3, 2], gap="large")
        with chart, lazy.plotting():
            if undated < len(rows):
                touch.one_tap_selects()
                figure = indicator_figure(rows, lang, selected=selected)
                chosen_format = str(st.session_state.get("image-format") or "PNG").lower()
                st.plotly_chart(figure, on_select="rerun", selection_mode="points", key=key, width="stretch",
                                theme=None, config=chart_config(indicator, lang, chosen_format),
                                alt=wording.chart_name(indicator.name.get(lang), rows, lang))
                st.caption(t(lang, "chart_hint"))
                image_format(lang)
            if undated:
                layout.paragraph(t(lang, "chart_undated", n=undated), "hi-muted")
        with side, st.container(border=True, key="obs-panel"):
            row = next((row for row in rows if row["obs_id"] == selected), None) if selected else None
            panel(row, indicator, catalogue, lang)
    meaning(indicator, lang)
    # In the fragment, so that a click marks its figure's row here too.
    layout.section(t(lang, "table_title"))
    st.html(observations_table(rows, indicator, catalogue, lang, selected))


IMAGE_FORMATS = ("png", "svg")


def chart_config(indicator: Indicator, lang: str, image_format: str = "png") -> dict[str, object]:
    """Return the chart's Plotly config: no zoom or pan, only the camera button, which draws the
    image in the browser (PNG or SVG) named after the indicator; the figure holds its title, unit
    and sources, so the image stands on its own."""
    return {
        "displayModeBar": True, "displaylogo": False, "scrollZoom": False,
        "modeBarButtons": [["toImage"]],
        "toImageButtonOptions": {"format": image_format if image_format in IMAGE_FORMATS else "png",
                                 "filename": f"hanoi-{indicator.id}-{lang}", "width": 1000, "height": 620,
                                 "scale": 2},
    }


def image_format(lang: str) -> str:
    """Let the reader choose the camera button's format (kept for the session, not in the link)."""
    chosen = st.segmented_control(t(lang, "chart_image_format"), ["PNG", "SVG"], default="PNG",
                                  key="image-format", label_visibility="visible")
    return str(chosen or "PNG").lower()


def meaning(indicator: Indicator, lang: str) -> None:
    """Show what the indicator means, its definitions and notes, folded under the figure."""
    with st.expander(t(lang, "indicator_meaning"), icon=":material/info:"):
        layout.paragraph(indicator.definition.get(lang), "hi-muted")
        if indicator.definitions:
            items = "".join(f"<li>{escape_html(text.get(lang))}</li>"
                            for text in indicator.definitions.values())
            heading = escape_html(t(lang, "indicator_definitions"))
            st.html(f'<p class="hi-kicker" style="margin-top:.6rem">{heading}</p>'
                    f'<ul class="hi-list">{items}</ul>')
        if indicator.notes:
            st.html(f'<p class="hi-kicker" style="margin-top:.6rem">{escape_html(t(lang, "indicator_notes"))}'
                    f'</p><p class="hi-note">{escape_html(indicator.notes.get(lang))}</p>')


def cite_link(where: str, row: Row, lang: str) -> str:
    """Return a table row's link that opens its figure's panel (the chart's click, by keyboard),
    named for a screen reader by the figure and its article's date."""
    name = t(lang, "table_cite", period=wording.period_text(str(row["period"]), lang),
             value=wording.value_text(row, lang), date=wording.date_text(str(row["source_published"]), lang))
    return (f'<a href="{escape_html(where)}" aria-label="{escape_html(name)}">'
            f'{escape_html(t(lang, "col_cite"))}</a>')


def article_link(where: str, row: Row, lang: str) -> str:
    """Return a table row's link to its quote in the article, named for a screen reader by its figure
    (a column of links all saying "See it in the article" would be told apart by nothing)."""
    name = t(lang, "open_article_of", period=wording.period_text(str(row["period"]), lang),
             value=wording.value_text(row, lang), date=wording.date_text(str(row["source_published"]), lang))
    return (f'<a href="{escape_html(where)}" aria-label="{escape_html(name)}">'
            f'{escape_html(t(lang, "panel_open_article"))}</a>')


def observations_table(rows: Sequence[Row], indicator: Indicator, catalogue: Catalogue, lang: str,
                       selected: str | None = None) -> str:
    """Return the table under the chart as escaped HTML: one row per observation, in words.

    The row of the ``selected`` observation (the chart's selected point) is marked.

    A plain HTML table rather than ``st.dataframe``: a handful of rows reads better as text (and
    on a phone), each quote shows its figure in bold, and the page needs neither pandas on the
    server nor the data grid in the browser.
    """
    columns = ["col_period", "col_value", *(["col_definition"] if indicator.definitions else []),
               "col_qualifier", "col_quote", "col_source", "col_cite"]
    labels = {key: escape_html(t(lang, key)) for key in columns}
    head = "".join(f'<th scope="col">{labels[key]}</th>' for key in columns)
    body = []
    for row in rows:
        source = catalogue.sources[str(row["source_id"])]
        where = navigation.href("source", lang, id=str(row["source_id"]), obs=str(row["obs_id"]))
        name, name_lang = article_name(source, lang)
        article = (f'<span lang="{name_lang}">{escape_html(name)}</span><br>'
                   f'<span class="hi-muted">{escape_html(wording.date_text(source.published, lang))}</span>'
                   f'<br>{article_link(where, row, lang)}')
        period = wording.period_text(str(row["period"]), lang)
        cite = navigation.href("indicator", lang, id=str(row["indicator_id"]), obs=str(row["obs_id"]))
        cells = {
            "col_cite": ("", cite_link(cite, row, lang)),
            "col_period": ("nowrap", escape_html(period)),
            "col_value": ("nowrap", escape_html(wording.value_text(row, lang))),
            "col_definition": ("", escape_html(wording.definition_name(str(row[f"definition_{lang}"])))),
            "col_qualifier": ("qualifier", escape_html(wording.qualifier_full(str(row["qualifier"]), lang))),
            "col_quote": ("quote", quote_markup(row, catalogue) + doubt_html(row, lang)),
            "col_source": ("", article),
        }
        tds = []
        for key in columns:
            css, content = cells[key]
            language = ' lang="vi"' if key == "col_quote" else ""
            tds.append(f'<td class="{css}" data-label="{labels[key]}"{language}><div>{content}</div></td>')
        current = ' class="current" aria-current="true"' if row["obs_id"] == selected else ""
        body.append(f'<tr id="row-{escape_html(str(row["obs_id"]))}"{current}>{"".join(tds)}</tr>')
    return (f'<div class="hi-scroll"><table class="hi-table hi-obs"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def main() -> None:
    """Show the indicator page."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:
        return
    order = ordered_indicators(catalogue)
    raw = state.param("id")
    if raw is None and order:
        named = catalogue.observations.get(state.param("obs") or "")
        raw = named.indicator if named is not None else order[0]
        state.set_param("id", raw)
    known = raw in catalogue.indicators

    def name_of(indicator_id: str) -> str:
        indicator = catalogue.indicators[indicator_id]
        return f"{wording.theme_text(indicator.theme.value, lang)} · {indicator.name.get(lang)}"

    with st.container(width=520):
        state.url_select(st.selectbox, t(lang, "indicator_choose"), "id", order, name_of, multiple=False,
                         clears=("obs",), placeholder=t(lang, "indicator_choose"))
    if not known:
        layout.not_found(lang, "not_found_indicator", raw)
        return
    indicator = catalogue.indicators[str(raw)]
    st.set_page_config(page_title=f"{indicator.name.get(lang)} · {t(lang, 'app_short')}")
    layout.kicker(wording.theme_text(indicator.theme.value, lang))
    st.title(escape_markdown(indicator.name.get(lang)), anchor=False)
    rows = catalogue.by_indicator.get(indicator.id, [])
    if not rows:
        layout.paragraph(t(lang, "source_figures_none"), "hi-muted")
        meaning(indicator, lang)
        return
    chart_and_panel(indicator.id, lang)

main()
