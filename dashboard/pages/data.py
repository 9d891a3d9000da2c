"""Data: every observation in one filterable table, with links and CSV/JSON downloads.

URL: ``/data?theme=investment&indicator=fdi&source=<source id>&year=2019&lang=vi|en``; each filter
may repeat (``year=2019&year=2020``). Unknown values are ignored and named above the table.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard import data, layout, lazy, navigation, state, wording
from dashboard.escaping import escape_markdown, shorten
from dashboard.exports import table_csv, table_json
from dashboard.filters import filter_rows
from dashboard.i18n import t
from indicators.model import Theme


def main() -> None:
    """Show the data page."""
    lang = state.language()
    catalogue = data.load()
    table = catalogue.table
    if table is None:
        return
    layout.kicker(t(lang, "nav_data"))
    st.title(t(lang, "data_title"), anchor=False)
    layout.paragraph(t(lang, "data_lead"))

    themes = [theme.value for theme in Theme if (table["theme"] == theme.value).any()]
    indicator_ids = list(dict.fromkeys(table["indicator_id"]))
    source_ids = [s.id for s in sorted(catalogue.sources.values(), key=lambda s: s.published, reverse=True)]
    years = [str(year) for year in sorted(set(table["year"].dropna()))]
    filters: dict[str, tuple[list[str], Callable[[str], str]]] = {
        "theme": (themes, lambda code: wording.theme_text(code, lang)),
        "indicator": (indicator_ids, lambda code: catalogue.indicators[code].name.get(lang)),
        "source": (source_ids, lambda code: (f"{wording.date_text(catalogue.sources[code].published, lang)}"
                                            f" · {catalogue.sources[code].title.get(lang)}")),
        "year": (years, str),
    }
    ignored = [shorten(value, 40) for name, (options, _) in filters.items()
               for value in state.params(name) if value not in options]
    chosen: dict[str, list[str]] = {}
    columns = st.columns(4, gap="small")
    for column, (name, (options, label_of)) in zip(columns, filters.items(), strict=True):
        with column:
            chosen[name] = state.url_select(st.multiselect, t(lang, f"filter_{name}"), name, options,
                                            label_of, multiple=True, placeholder=t(lang, "filter_all"))
    if ignored:
        st.caption(escape_markdown(t(lang, "filter_ignored", values=", ".join(ignored))))

    rows = filter_rows(table, chosen)
    st.caption(t(lang, "data_shown", shown=len(rows), total=len(table)))
    if rows.empty:
        layout.paragraph(t(lang, "data_none"), "hi-note")
    else:
        shown = lazy.pandas().DataFrame({
            "indicator": rows[f"indicator_{lang}"].tolist(),
            "period": [wording.period_text(p, lang) for p in rows["period"]],
            "value": [wording.value_text(row, lang) for row in rows.to_dict("records")],
            "qualifier": [wording.qualifier_full(q, lang) for q in rows["qualifier"]],
            "quote": rows["quote"].tolist(),
            "source_link": [navigation.href("source", lang, id=s, obs=o)
                            for s, o in zip(rows["source_id"], rows["obs_id"], strict=True)],
            "indicator_link": [navigation.href("indicator", lang, id=i, obs=o)
                               for i, o in zip(rows["indicator_id"], rows["obs_id"], strict=True)],
            "figure": rows["figure"].tolist(),
            "source": rows[f"source_title_{lang}"].tolist(),
            "published": [wording.date_text(p, lang) for p in rows["source_published"]],
            "obs_id": rows["obs_id"].tolist(),
        })
        st.dataframe(
            shown, hide_index=True, width="stretch", height=min(38 + 35 * len(shown), 640), key="data-table",
            column_config={
                "indicator": st.column_config.TextColumn(t(lang, "col_indicator"), width="medium"),
                "period": st.column_config.TextColumn(t(lang, "col_period"), width="medium"),
                "value": st.column_config.TextColumn(t(lang, "col_value")),
                "qualifier": st.column_config.TextColumn(t(lang, "col_qualifier")),
                "figure": st.column_config.TextColumn(t(lang, "col_figure")),
                "quote": st.column_config.TextColumn(t(lang, "col_quote"), width="large"),
                "source": st.column_config.TextColumn(t(lang, "col_source"), width="medium"),
                "published": st.column_config.TextColumn(t(lang, "col_published")),
                "source_link": st.column_config.LinkColumn(t(lang, "col_link"),
                                                           display_text=t(lang, "link_open")),
                "indicator_link": st.column_config.LinkColumn(t(lang, "col_indicator_link"),
                                                              display_text=t(lang, "link_open")),
                "obs_id": st.column_config.TextColumn(t(lang, "col_obs")),
            },
        )
    with st.container(horizontal=True, gap="small"):
        st.download_button(t(lang, "download_csv"), data=table_csv(rows), file_name="hanoi-indicators.csv",
                           mime="text/csv", on_click="ignore", icon=":material/download:",
                           help=t(lang, "download_help"), key="download-csv")
        st.download_button(t(lang, "download_json"), data=table_json(rows),
                           file_name="hanoi-indicators.json", mime="application/json", on_click="ignore",
                           icon=":material/download:", help=t(lang, "download_help"), key="download-json")


main()
