"""Data: every observation in one filterable table, with links, CSV/JSON downloads and a Data Package.

URL: ``/data?theme=investment&indicator=fdi&source=<source id>&year=2019&table=1&lang=vi|en``; each
filter may repeat (``year=2019&year=2020``); ``table=1`` shows the data grid. The filters are one
HTML form (a folded list of checkboxes each): "Apply" loads the address with the values chosen.
Unknown values are ignored and named above the table. The group (theme) filter narrows the
indicators offered; an indicator outside the chosen groups is dropped from the link.

On a phone the table shows a few columns (indicator, period, value, quote, link); "Show every column"
adds the rest. The value column is the figure in words; the number beside it sorts numerically.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st
from markupsafe import Markup

from dashboard import data, layout, lazy, menus, navigation, state, wording
from dashboard.escaping import escape_markdown, shorten
from dashboard.exports import datapackage_zip, export_name, table_csv, table_json
from dashboard.filters import by_name, filter_views
from dashboard.i18n import t
from indicators.model import Theme
from indicators.view import ObservationView

FILTERS = ("theme", "indicator", "source", "year")
SHORT_COLUMNS = ("indicator", "period", "value", "number", "quote", "source_link")
ALL_COLUMNS = (
    "indicator",
    "period",
    "value",
    "number",
    "qualifier",
    "doubt",
    "figure",
    "quote",
    "source",
    "published",
    "source_link",
    "indicator_link",
    "obs_id",
)


def main() -> None:
    """Show the data page."""
    lang = state.language()
    catalogue = data.load()
    views = catalogue.views
    if views is None or catalogue.dataset is None:
        return
    st.set_page_config(page_title=f"{t(lang, 'data_title')} · {t(lang, 'app_short')}")
    layout.kicker(t(lang, "nav_data"))
    st.title(t(lang, "data_title"), anchor=False)
    layout.paragraph(t(lang, "data_lead"))

    def indicator_name(code: str) -> str:
        return catalogue.indicators[code].name.get(lang)

    themes = [theme.value for theme in Theme if any(view.indicator.theme is theme for view in views)]
    all_indicators = by_name(dict.fromkeys(view.indicator.id for view in views), indicator_name)
    chosen_themes = [value for value in dict.fromkeys(state.params("theme")) if value in themes]
    indicator_ids = [
        code
        for code in all_indicators
        if not chosen_themes or catalogue.indicators[code].theme.value in chosen_themes
    ]
    kept = [
        value for value in state.params("indicator") if value in indicator_ids or value not in all_indicators
    ]
    if kept != state.params("indicator"):
        state.set_param("indicator", kept)  # known indicators outside the chosen groups leave the link
    source_ids = [s.id for s in sorted(catalogue.sources.values(), key=lambda s: s.published, reverse=True)]
    years = [str(year) for year in sorted({view.period.year for view in views if view.period is not None})]
    filters: dict[str, tuple[list[str], Callable[[str], str]]] = {
        "theme": (themes, lambda code: wording.theme_text(code, lang)),
        "indicator": (indicator_ids, indicator_name),
        "source": (
            source_ids,
            lambda code: (
                f"{wording.date_text(catalogue.sources[code].published, lang)}"
                f" · {catalogue.sources[code].title.get(lang)}"
            ),
        ),
        "year": (years, str),
    }
    known = {**{name: options for name, (options, _) in filters.items()}, "indicator": all_indicators}
    ignored = [
        shorten(value, 40) for name in FILTERS for value in state.params(name) if value not in known[name]
    ]
    chosen = {
        name: [value for value in dict.fromkeys(state.params(name)) if value in options]
        for name, (options, _) in filters.items()
    }
    shown = state.param("table") == "1"
    st.html(filter_form(filters, chosen, shown, lang), unsafe_allow_javascript=True)
    if ignored:
        st.caption(escape_markdown(t(lang, "filter_ignored", values=", ".join(ignored))))
    navigation.share("data", lang, **{name: list(values) for name, values in chosen.items()})

    picked = filter_views(views, chosen)
    st.caption(t(lang, "data_shown", shown=len(picked), total=len(views)))

    def show_or_hide() -> None:
        state.set_param("table", "1" if st.session_state.get("data-table-shown") else None)

    # The data grid is drawn when asked for: of everything a page can show, it costs the browser
    # most on each load.
    if st.toggle(t(lang, "data_table_show"), value=shown, key="data-table-shown", on_change=show_or_hide):
        # On a line of its own: beside the count and the button its label ran off a phone's screen.
        every_column = st.toggle(t(lang, "data_columns_all"), key="data-all-columns")
        if not picked:
            layout.paragraph(t(lang, "data_none"), "hi-note")
        else:
            show_table(picked, lang, every_column)
    elif not picked:
        layout.paragraph(t(lang, "data_none"), "hi-note")
    downloads(catalogue, picked, chosen, lang)


def filter_form(
    filters: Mapping[str, tuple[list[str], Callable[[str], str]]],
    chosen: Mapping[str, list[str]],
    table_shown: bool,
    lang: str,
) -> Markup:
    """Return the filters as one HTML form: a folded list of checkboxes per filter, and a button
    that loads the page with the values chosen (the same address as ever, one parameter a value)."""
    return menus.filter_form(
        "./data",
        lang,
        [
            (
                name,
                t(lang, f"filter_{name}"),
                [(value, label_of(value), value in chosen[name]) for value in options],
            )
            for name, (options, label_of) in filters.items()
        ],
        apply=t(lang, "filters_apply"),
        everything=t(lang, "filter_all"),
        kept=[("table", "1")] if table_shown else [],
        clear=(navigation.href("data", lang, table="1" if table_shown else None), t(lang, "filters_clear"))
        if any(chosen.values())
        else None,
    )


def grid_rows(views: Sequence[ObservationView], lang: str) -> list[dict[str, str | float]]:
    """Return the data grid's rows: the figures in the reader's words, the number beside them."""
    return [
        {
            "indicator": view.indicator.name.get(lang),
            "period": wording.period_text(view.period, lang),
            "value": wording.marked_value_text(view, lang),
            "doubt": wording.doubt_text(view, lang),
            "number": float(view.value),
            "qualifier": wording.qualifier_full(view, lang),
            "quote": view.quote,
            "source_link": navigation.href("source", lang, id=view.source.id, obs=view.id),
            "indicator_link": navigation.href("indicator", lang, id=view.indicator.id, obs=view.id),
            "figure": view.figure,
            "source": view.source.title.get(lang),
            "published": wording.date_text(view.source.published, lang),
            "obs_id": view.id,
        }
        for view in views
    ]


def show_table(views: Sequence[ObservationView], lang: str, every_column: bool) -> None:
    """Show the figures as a data grid: a few columns unless ``every_column``; the number sorts as
    one.

    A doubted figure's value says so ("(? in doubt)"); the doubt itself is a column of its own."""
    shown = lazy.pandas().DataFrame(grid_rows(views, lang), columns=list(ALL_COLUMNS))
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(shown), 640),
        key="data-table",
        column_order=ALL_COLUMNS if every_column else SHORT_COLUMNS,
        column_config={
            "indicator": st.column_config.TextColumn(t(lang, "col_indicator"), width="medium", pinned=True),
            "period": st.column_config.TextColumn(t(lang, "col_period")),
            "value": st.column_config.TextColumn(t(lang, "col_value")),
            "number": st.column_config.NumberColumn(t(lang, "col_number"), format="localized"),
            "qualifier": st.column_config.TextColumn(t(lang, "col_qualifier")),
            "doubt": st.column_config.TextColumn(t(lang, "doubt_label"), width="medium"),
            "figure": st.column_config.TextColumn(t(lang, "col_figure")),
            "quote": st.column_config.TextColumn(t(lang, "col_quote"), width="large"),
            "source": st.column_config.TextColumn(t(lang, "col_source"), width="medium"),
            "published": st.column_config.TextColumn(t(lang, "col_published")),
            "source_link": st.column_config.LinkColumn(
                t(lang, "col_link"), display_text=t(lang, "link_open")
            ),
            "indicator_link": st.column_config.LinkColumn(
                t(lang, "col_indicator_link"), display_text=t(lang, "link_open")
            ),
            "obs_id": st.column_config.TextColumn(t(lang, "col_obs")),
        },
    )


def downloads(
    catalogue: data.Catalogue, shown: Sequence[ObservationView], chosen: dict[str, list[str]], lang: str
) -> None:
    """Offer the figures shown as CSV and JSON (named after the filter), and the whole dataset as a zip."""
    dataset = catalogue.dataset
    if dataset is None:
        return
    name = export_name(chosen)
    every = catalogue.views or ()

    def package() -> bytes:
        return catalogue.memo("datapackage.zip", lambda: datapackage_zip(dataset, every))

    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t(lang, "download_csv"),
            data=lambda: table_csv(shown),
            file_name=f"{name}.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
            help=t(lang, "download_help"),
            key="download-csv",
        )
        st.download_button(
            t(lang, "download_json"),
            data=lambda: table_json(shown),
            file_name=f"{name}.json",
            mime="application/json",
            on_click="ignore",
            icon=":material/download:",
            help=t(lang, "download_help"),
            key="download-json",
        )
        st.download_button(
            t(lang, "download_zip"),
            data=package,
            file_name="hanoi-indicators-datapackage.zip",
            mime="application/zip",
            on_click="ignore",
            icon=":material/folder_zip:",
            help=t(lang, "download_zip_help"),
            key="download-zip",
        )


main()
