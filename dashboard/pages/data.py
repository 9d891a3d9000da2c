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

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import streamlit as st
from markupsafe import Markup

from dashboard import data, layout, lazy, menus, navigation, state, wording
from dashboard.escaping import escape_markdown, shorten
from dashboard.exports import datapackage_zip, export_name, pick_rows, table_csv, table_json
from dashboard.filters import by_name, filter_rows
from dashboard.i18n import t
from indicators.model import Theme

if TYPE_CHECKING:
    import pandas as pd

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
    table = catalogue.table
    if table is None or catalogue.dataset is None:
        return
    st.set_page_config(page_title=f"{t(lang, 'data_title')} · {t(lang, 'app_short')}")
    layout.kicker(t(lang, "nav_data"))
    st.title(t(lang, "data_title"), anchor=False)
    layout.paragraph(t(lang, "data_lead"))

    def indicator_name(code: str) -> str:
        return catalogue.indicators[code].name.get(lang)

    themes = [theme.value for theme in Theme if (table["theme"] == theme.value).any()]
    all_indicators = by_name(dict.fromkeys(table["indicator_id"]), indicator_name)
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
    years = [str(year) for year in sorted(set(table["year"].dropna()))]
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

    rows = filter_rows(table, chosen)
    st.caption(t(lang, "data_shown", shown=len(rows), total=len(table)))

    def show_or_hide() -> None:
        state.set_param("table", "1" if st.session_state.get("data-table-shown") else None)

    # The data grid is drawn when asked for: of everything a page can show, it costs the browser
    # most on each load.
    if st.toggle(t(lang, "data_table_show"), value=shown, key="data-table-shown", on_change=show_or_hide):
        # On a line of its own: beside the count and the button its label ran off a phone's screen.
        every_column = st.toggle(t(lang, "data_columns_all"), key="data-all-columns")
        if rows.empty:
            layout.paragraph(t(lang, "data_none"), "hi-note")
        else:
            show_table(rows, lang, every_column)
    elif rows.empty:
        layout.paragraph(t(lang, "data_none"), "hi-note")
    downloads(catalogue, rows["obs_id"].tolist(), chosen, lang)


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


def show_table(rows: pd.DataFrame, lang: str, every_column: bool) -> None:
    """Show the rows as a data grid: a few columns unless ``every_column``; the number sorts as one.

    A doubted figure's value says so ("(? in doubt)"); the doubt itself is a column of its own."""
    shown = lazy.pandas().DataFrame(
        {
            "indicator": rows[f"indicator_{lang}"].tolist(),
            "period": [wording.period_text(p if isinstance(p, str) else "", lang) for p in rows["period"]],
            "value": [wording.marked_value_text(row, lang) for row in rows.to_dict("records")],
            "doubt": rows[f"doubt_{lang}"].tolist(),
            "number": rows["value"].astype(float).tolist(),
            "qualifier": [wording.qualifier_full(q, lang) for q in rows["qualifier"]],
            "quote": rows["quote"].tolist(),
            "source_link": [
                navigation.href("source", lang, id=s, obs=o)
                for s, o in zip(rows["source_id"], rows["obs_id"], strict=True)
            ],
            "indicator_link": [
                navigation.href("indicator", lang, id=i, obs=o)
                for i, o in zip(rows["indicator_id"], rows["obs_id"], strict=True)
            ],
            "figure": rows["figure"].tolist(),
            "source": rows[f"source_title_{lang}"].tolist(),
            "published": [wording.date_text(p, lang) for p in rows["source_published"]],
            "obs_id": rows["obs_id"].tolist(),
        }
    )
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


def downloads(catalogue: data.Catalogue, obs_ids: list[str], chosen: dict[str, list[str]], lang: str) -> None:
    """Offer the rows shown as CSV and JSON (named after the filter), and the whole dataset as a zip."""
    dataset = catalogue.dataset
    if dataset is None:
        return
    name = export_name(chosen)

    def shown_rows() -> list[Mapping[str, Any]]:
        return pick_rows(catalogue.rows or [], obs_ids)

    def package() -> bytes:
        return catalogue.memo("datapackage.zip", lambda: datapackage_zip(dataset, catalogue.rows or []))

    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t(lang, "download_csv"),
            data=lambda: table_csv(shown_rows(), catalogue.observations),
            file_name=f"{name}.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
            help=t(lang, "download_help"),
            key="download-csv",
        )
        st.download_button(
            t(lang, "download_json"),
            data=lambda: table_json(shown_rows(), catalogue.observations),
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
