"""Indicator: the figure first (its chart, or the one figure's card), then its meaning and every figure.

URL: ``/indicator?id=<indicator id>&obs=<observation id>&lang=vi|en``. A click (or one tap) on a
point writes ``obs`` to the URL, so the open panel can be shared; ``obs`` in a link opens it
directly, and on a phone the panel then comes before the chart, in the first screen. An
indicator with a single figure shows that figure's card (value, period, quote, article,
citation) instead of a chart of one point. Each row of the table under the chart has a link
that opens the same panel, so every figure is reachable by keyboard.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st
from markupsafe import Markup

from dashboard import blocks, data, layout, lazy, menus, navigation, state, touch, wording
from dashboard.citation import figure_citation
from dashboard.data import Catalogue
from dashboard.escaping import escape_markdown, shorten
from dashboard.i18n import t
from dashboard.panel import (
    citation_html,
    cite_heading_html,
    definitions_html,
    empty_panel_html,
    notes_html,
    panel_html,
)
from dashboard.tables import observations_table
from indicators.charts import indicator_figure
from indicators.model import Indicator, Theme
from indicators.view import ObservationView


def ordered_indicators(catalogue: Catalogue) -> list[str]:
    """Return indicator ids by theme (overview order), headline ones first, then file order."""
    position = {theme: index for index, theme in enumerate(Theme)}
    items = list(catalogue.indicators.values())
    return [item.id for item in sorted(items, key=lambda i: (position[i.theme], not i.headline))]


def clicked_observation(key: str, known: set[str]) -> str | None:
    """Return the observation a new click on the chart ``key`` chose, or None if nothing new."""
    event = st.session_state.get(key)
    points: list[object] = []
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


def panel(view: ObservationView | None, catalogue: Catalogue, lang: str, *, closable: bool = True) -> None:
    """Show the selected observation: quote, source, link to the article and citation line (and a
    button that closes it, where it was chosen on a chart)."""
    if view is None:
        st.html(empty_panel_html(lang))
        return
    st.html(panel_html(view, catalogue.texts, lang, only=not closable))
    navigation.link(
        "source",
        t(lang, "panel_open_article"),
        lang,
        icon=":material/article:",
        id=view.source.id,
        obs=view.id,
    )
    citation = figure_citation(view, lang, base=navigation.base_url(), today=state.reader_today())
    st.html(cite_heading_html(lang) + citation_html(citation, lang))

    if not closable:
        return

    def close() -> None:
        state.set_param("obs", None)

    st.button(
        t(lang, "panel_close"), icon=":material/close:", on_click=close, type="tertiary", key="panel-close"
    )


CLICKED = "hi-point-clicked"  # a point was chosen on a chart in this session


@st.fragment
def chart_and_panel(indicator_id: str, lang: str) -> None:
    """Show the chart and, beside it (under it on a phone), the selected observation; or, for an
    indicator with one figure, that figure's card. Then the indicator's meaning and every figure."""
    catalogue = data.load()
    if not catalogue.ok:
        return
    indicator = catalogue.indicators[indicator_id]
    views = catalogue.by_indicator.get(indicator_id, ())
    if len(views) == 1:
        (only,) = views
        navigation.share("indicator", lang, id=indicator_id)
        with st.container(key="figure-card"), st.container(border=True, key="obs-panel"):
            panel(only, catalogue, lang, closable=False)
        meaning(indicator, lang)
        return
    ids = {view.id for view in views}
    key = f"chart-{indicator_id}"
    clicked = clicked_observation(key, ids)
    if clicked is not None:
        state.set_param("obs", clicked)
        st.session_state[CLICKED] = True
    wanted = state.param("obs")
    selected = wanted if wanted in ids else None
    navigation.share("indicator", lang, id=indicator_id, obs=selected)
    if wanted is not None and selected is None:
        layout.paragraph(t(lang, "obs_not_in_indicator", value=shorten(wanted)), "hi-note")
    undated = sum(1 for view in views if view.period is None)
    # A link that names a figure opens with its panel first on a phone (.st-key-figure-chosen, in the
    # style sheet); a point tapped on the page opens the panel under the chart, which stays put.
    shared = selected is not None and not st.session_state.get(CLICKED)
    with st.container(key="figure-chosen" if shared else "figure-none"):
        chart, side = st.columns([3, 2], gap="large")
        with chart, lazy.plotting():
            if undated < len(views):
                touch.chart_scripts()
                figure = catalogue.recent(
                    ("figure", indicator_id, lang, selected),
                    lambda: indicator_figure(views, lang, selected=selected),
                )
                st.plotly_chart(
                    figure,
                    on_select="rerun",
                    selection_mode="points",
                    key=key,
                    width="stretch",
                    theme=None,
                    config=chart_config(indicator, lang),
                    alt=wording.chart_name(indicator.name.get(lang), views, lang),
                )
                st.html(chart_notes(lang))
            if undated:
                layout.paragraph(t(lang, "chart_undated", n=undated), "hi-muted")
        with side, st.container(border=True, key="obs-panel"):
            panel(catalogue.by_id[selected] if selected else None, catalogue, lang)
    meaning(indicator, lang)
    # In the fragment, so that a click marks its figure's row here too.
    layout.section(t(lang, "table_title"))
    st.html(observations_table(views, indicator, catalogue.texts, lang, selected))


IMAGE_FORMATS = ("png", "svg")


def chart_config(indicator: Indicator, lang: str) -> dict[str, object]:
    """Return the chart's Plotly config: no zoom or pan, only the camera button, which draws the
    image in the browser (a PNG; the buttons under the chart ask it for an SVG too) named after
    the indicator; the figure holds its title, unit and sources, so the image stands on its own."""
    return {
        "displayModeBar": True,
        "displaylogo": False,
        "scrollZoom": False,
        "modeBarButtons": [["toImage"]],
        "toImageButtonOptions": {
            "format": "png",
            "filename": f"hanoi-{indicator.id}-{lang}",
            "width": 1000,
            "height": 620,
            "scale": 2,
        },
    }


def chart_notes(lang: str) -> Markup:
    """Return what goes under the chart: how to choose a point, and the buttons that download the
    chart as an image (PNG or SVG, through the chart's own camera button, which makes a PNG)."""
    buttons = menus.image_buttons(
        t(lang, "chart_download"),
        [(code, t(lang, "chart_download_as", format=code.upper())) for code in IMAGE_FORMATS],
    )
    return blocks.paragraph(t(lang, "chart_hint"), "hi-muted") + buttons


def meaning(indicator: Indicator, lang: str) -> None:
    """Show what the indicator means, its definitions and notes, folded under the figure (an HTML
    ``<details>``: it unfolds in the browser, without a rerun)."""
    body = blocks.paragraph(indicator.definition.get(lang), "hi-muted")
    if indicator.definitions:
        body += definitions_html(indicator, lang)
    if indicator.notes:
        body += notes_html(indicator, lang)
    st.html(menus.folded(t(lang, "indicator_meaning"), body))


def indicator_menu(catalogue: Catalogue, order: list[str], current: str | None, lang: str) -> Markup:
    """Return the menu of every indicator by theme (overview order), each a link to its page, the
    one shown marked."""
    groups: dict[str, list[menus.Item]] = {}
    for indicator_id in order:
        indicator = catalogue.indicators[indicator_id]
        groups.setdefault(wording.theme_text(indicator.theme.value, lang), []).append(
            (
                navigation.href("indicator", lang, id=indicator_id),
                indicator.name.get(lang),
                indicator_id == current,
            )
        )
    return menus.picker(t(lang, "indicator_other"), t(lang, "indicator_list"), list(groups.items()))


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
    st.html(indicator_menu(catalogue, order, raw if known else None, lang))
    if not known:
        layout.not_found(lang, "not_found_indicator", raw)
        return
    indicator = catalogue.indicators[str(raw)]
    st.set_page_config(page_title=f"{indicator.name.get(lang)} · {t(lang, 'app_short')}")
    layout.kicker(wording.theme_text(indicator.theme.value, lang))
    st.title(escape_markdown(indicator.name.get(lang)), anchor=False)
    if not catalogue.by_indicator.get(indicator.id):
        layout.paragraph(t(lang, "source_figures_none"), "hi-muted")
        meaning(indicator, lang)
        return
    chart_and_panel(indicator.id, lang)


main()
