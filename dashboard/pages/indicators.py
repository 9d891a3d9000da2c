"""All indicators: every indicator by theme, with its latest figure and how many figures it has.

The overview shows the headline indicators only; this index lists them all, so a reader can reach
any of them. A plain table (escaped through MarkupSafe): each name links to the indicator's page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st
from markupsafe import Markup

from dashboard import data, layout, navigation, state, wording
from dashboard.data import Catalogue
from dashboard.i18n import t
from indicators.compare import report_order
from indicators.model import Theme

_ROW = Markup('<tr><th scope="row"><a href="{href}">{name}</a></th><td class="nowrap">{value}</td>'
              "<td>{period}</td><td>{count}</td></tr>")


def latest_words(rows: Sequence[Mapping[str, Any]], lang: str) -> tuple[str, str]:
    """Return the latest dated result's value (hedge included; '? in doubt' where it is) and period,
    or the only undated figure's, with 'no period stated'."""
    dated = [row for row in rows if row["period"]]
    if not dated:
        return wording.value_text(rows[-1], lang), wording.period_text("", lang)
    latest = max(wording.results_only(dated), key=report_order)  # read from words or in doubt, it says so
    value = wording.value_text(latest, lang)
    if wording.doubt_text(latest, lang):
        value += f" (? {t(lang, 'doubt_label').lower()})"
    return value, wording.period_text(str(latest["period"]), lang)


def index_html(catalogue: Catalogue, theme: Theme, lang: str) -> Markup:
    """Return one theme's indicators as an HTML table, names linking to their pages."""
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(t(lang, key))
                           for key in ("col_indicator", "col_latest", "col_period", "col_figures"))
    body = []
    members = [item for item in catalogue.indicators.values() if item.theme is theme]
    for indicator in sorted(members, key=lambda item: item.name.get(lang).casefold()):
        rows = catalogue.by_indicator.get(indicator.id, [])
        value, period = latest_words(rows, lang) if rows else ("—", "—")
        body.append(_ROW.format(href=navigation.href("indicator", lang, id=indicator.id),
                                name=indicator.name.get(lang), value=value, period=period,
                                count=wording.figures_count(len(rows), lang)))
    return Markup('<div class="hi-scroll"><table class="hi-table hi-index"><thead><tr>{}</tr></thead>'
                  "<tbody>{}</tbody></table></div>").format(head, Markup("").join(body))


def main() -> None:
    """Show the index of every indicator."""
    lang = state.language()
    catalogue = data.load()
    if not catalogue.ok:
        return
    st.set_page_config(page_title=f"{t(lang, 'index_title')} · {t(lang, 'app_short')}")
    layout.kicker(t(lang, "nav_indicators"))
    st.title(t(lang, "index_title"), anchor=False)
    navigation.share("indicators", lang)
    layout.paragraph(t(lang, "index_lead"))
    for theme in Theme:
        if any(item.theme is theme for item in catalogue.indicators.values()):
            st.subheader(wording.theme_text(theme.value, lang), anchor=False)
            st.html(str(index_html(catalogue, theme, lang)))


main()
