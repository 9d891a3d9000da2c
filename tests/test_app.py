"""The dashboard as a person uses it, run headless with Streamlit's AppTest.

Each test opens ``app.py`` (the real entry point with its ``st.navigation``) on a file page chosen
with ``AppTest.switch_page``: before a first run AppTest names the page by its file name, and each
page file is named like its ``url_path`` (``dashboard/pages/data.py`` is ``/data``). Expected
texts come from the real dataset (``data/indicators.yaml``, or the file named by
``$INDICATORS_DATA``), looked up by content, such as the 2019 FDI quote "8,67 tỷ USD".
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl

import pandas as pd
import pytest
from markupsafe import escape
from streamlit.testing.v1 import AppTest

import indicators
from dashboard import data
from dashboard.escaping import escape_markdown
from dashboard.i18n import t as translate
from dashboard.menus import FILTER_SCRIPT
from dashboard.navigation import COPY_SCRIPT
from dashboard.touch import CHART_SCRIPT
from indicators.check import CheckResult, check_file
from indicators.table import observations_table

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
PAGES = {
    "overview": "dashboard/pages/overview.py",
    "indicator": "dashboard/pages/indicator.py",
    "source": "dashboard/pages/source.py",
    "data": "dashboard/pages/data.py",
    "about": "dashboard/pages/about.py",
    "indicators": "dashboard/pages/indicators.py",
}
TEXT_ELEMENTS = (
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "html",
    "code",
    "warning",
    "info",
    "page_link",
)
HOSTILE = [
    "../app.py",
    "<script>alert(1)</script>",
    "x" * 5000,
    "",
    "fdi/../../etc/passwd",
    "[x](javascript:1)",
]


def data_file() -> Path:
    override = os.environ.get("INDICATORS_DATA", "").strip()
    return Path(override) if override else indicators.DATA_FILE


def citation_codes(at: AppTest) -> list[str]:
    """Return the citation lines the page offers to copy (the text of each ``pre.hi-citation``)."""
    found = re.findall(r'<pre class="hi-citation">(.*?)</pre>', "".join(str(e.value) for e in at.html), re.S)
    return [html.unescape(text) for text in found]


@pytest.fixture(scope="module")
def checked() -> CheckResult:
    return check_file(data_file())


@pytest.fixture(scope="module")
def table(checked: CheckResult) -> pd.DataFrame:
    assert checked.dataset is not None
    return observations_table(checked.dataset, checked.evidence, checked.texts)


@pytest.fixture(scope="module")
def fdi_2019(table: pd.DataFrame) -> dict[str, Any]:
    """The observation quoting '8,67 tỷ USD' of foreign investment in 2019."""
    rows = table[(table["figure"] == "8,67 tỷ USD") & (table["period"] == "2019") & (table["unit"] == "USD")]
    assert len(rows) == 1, "the dataset should hold the 2019 FDI figure of 8,67 tỷ USD once"
    return cast(dict[str, Any], rows.iloc[0].to_dict())


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    data.clear()
    yield
    data.clear()


def open_page(
    page: str,
    *,
    lang: str | None = None,
    locale: str | None = None,
    context: dict[str, Any] | None = None,
    **params: str | list[str],
) -> AppTest:
    """Run the app on ``page`` with these URL parameters, as a browser opening that link would."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    if locale:
        at.context["locale"] = locale
    for key, value in (context or {}).items():
        at.context[key] = value
    for key, value in params.items():
        at.query_params[key] = value
    if lang:
        at.query_params["lang"] = lang
    if page != "overview":
        # Before a first run AppTest names a page by its file name, which is the page's url_path.
        at.switch_page(PAGES[page])
    return at.run()


def texts(at: AppTest) -> str:
    """Every piece of text the page shows (Markdown and HTML as sent), one per line."""
    parts: list[str] = []
    for kind in TEXT_ELEMENTS:
        for element in at.get(kind):
            if kind == "page_link":
                parts.append(element.proto.label)
            else:
                parts.append(str(cast(Any, element).value))
    return "\n".join(parts)


def no_exception(at: AppTest) -> None:
    assert not at.exception, [item.value for item in at.exception]


# --- every page, both languages -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "overview",
            {
                "vi": "Hà Nội hội nhập quốc tế qua các con số",
                "en": "Hanoi's international integration in figures",
            },
        ),
        ("data", {"vi": "Toàn bộ dữ liệu", "en": "All data"}),
        ("about", {"vi": "Giới thiệu và phương pháp", "en": "About & method"}),
    ],
)
def test_fixed_pages_render_in_both_languages(page: str, title: dict[str, str], lang: str) -> None:
    at = open_page(page, lang=lang)
    no_exception(at)
    assert [element.value for element in at.title] == [title[lang]]
    assert at.query_params["lang"] == lang


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_indicator_and_source_pages_render_in_both_languages(lang: str, checked: CheckResult) -> None:
    assert checked.dataset is not None
    for indicator in checked.dataset.indicators:
        at = open_page("indicator", lang=lang, id=indicator.id)
        no_exception(at)
        assert at.title[0].value == escape_markdown(indicator.name.get(lang))
    for source in checked.dataset.sources:
        at = open_page("source", lang=lang, id=source.id)
        no_exception(at)
        assert at.title[0].value == escape_markdown(source.title.get(lang))


def test_overview_shows_headline_figures_in_words(table: pd.DataFrame) -> None:
    vi = texts(open_page("overview", lang="vi"))
    en = texts(open_page("overview", lang="en"))
    assert "Đây không phải số liệu thống kê chính thức." in vi
    assert "These are not official statistics." in en
    assert "Đầu tư" in vi and "Partners &amp; diplomacy" in en
    latest_fdi = table[(table["indicator_id"] == "fdi")].sort_values("period_end").iloc[-1]
    assert latest_fdi["figure"] == "4,29 tỷ USD"
    assert '<p class="hi-card-value">4,29 tỷ USD</p>' in vi
    assert '<p class="hi-card-value">US$4.29 billion</p>' in en
    assert "another definition" in en and "một định nghĩa khác" in vi
    assert "more than +16.2%" in en and "hơn +16,2%" in vi  # visitors: "gần 29 triệu" in 2019


def test_each_overview_card_links_to_its_indicator_and_its_figures_quote(
    table: pd.DataFrame, checked: CheckResult
) -> None:
    assert checked.dataset is not None
    at = open_page("overview", lang="en")
    no_exception(at)
    cards = [element.value for element in at.html if 'class="hi-card-name"' in element.value]
    links = [element.proto for element in at.page_link]
    assert len(cards) == len(links) >= 8
    assert {link.page for link in links} == {"indicator"}
    shown = [dict(parse_qsl(link.query_string))["id"] for link in links]
    # Each link says which indicator it opens: a screen reader lists them apart.
    names = {indicator.id: indicator.name.en for indicator in checked.dataset.indicators}
    assert [link.label for link in links] == [escape_markdown(f"Details of {names[i]}") for i in shown]
    used = set(table["indicator_id"])
    assert sorted(shown) == sorted(i.id for i in checked.dataset.indicators if i.headline and i.id in used)
    fdi = next(card for card in cards if ">Foreign direct investment attracted<" in card)
    latest = table[table["indicator_id"] == "fdi"].sort_values("period_end").iloc[-1]
    href = f"./source?id={latest['source_id']}&amp;obs={latest['obs_id']}&amp;lang=en"
    named = "Quote in the article of 30 Dec 2025, the figure of Foreign direct investment attracted"
    assert (
        f'<p class="hi-card-quote"><a href="{href}" aria-label="{named}">'
        "Quote in the article of 30 Dec 2025</a></p>"
    ) in fdi
    assert latest["source_published"] == "2025-12-30"
    assert all(card.count('<p class="hi-card-quote"><a href="./source?id=') == 1 for card in cards)


# --- language ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"), [("en-US", "en"), ("vi-VN", "vi"), ("fr-FR", "vi"), (None, "vi")]
)
def test_language_follows_the_browser_locale_without_lang(locale: str | None, expected: str) -> None:
    at = open_page("about", locale=locale)
    no_exception(at)
    assert at.query_params["lang"] == expected
    assert at.title[0].value == {"vi": "Giới thiệu và phương pháp", "en": "About & method"}[expected]


def test_lang_in_the_url_wins_over_the_locale_and_bad_values_fall_back() -> None:
    assert open_page("about", lang="vi", locale="en-US").title[0].value == "Giới thiệu và phương pháp"
    at = open_page("about", lang="<script>", locale="en-GB")
    no_exception(at)
    assert at.query_params["lang"] == "en"


def language_links(at: AppTest) -> dict[str, tuple[str, bool]]:
    """Return the language switch's links by language: (address, whether it is the page's)."""
    switch = next(element.value for element in at.html if 'class="hi-langs"' in element.value)
    found = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\2"( aria-current="true")?>', switch)
    return {code: (html.unescape(href), bool(current)) for href, code, current in found}


def test_language_switch_keeps_the_rest_of_the_url(fdi_2019: dict[str, Any]) -> None:
    at = open_page("indicator", lang="vi", id="fdi", obs=fdi_2019["obs_id"])
    links = language_links(at)
    assert set(links) == {"vi", "en"} and links["vi"][1] and not links["en"][1]
    english = dict(parse_qsl(links["en"][0].removeprefix("?")))
    assert english == {"id": "fdi", "obs": fdi_2019["obs_id"], "lang": "en"}
    at = open_page("indicator", lang="en", id="fdi", obs=fdi_2019["obs_id"])  # following the link
    no_exception(at)
    assert at.query_params["lang"] == "en"
    assert at.query_params["id"] == "fdi"
    assert at.query_params["obs"] == fdi_2019["obs_id"]
    assert at.title[0].value == escape_markdown(fdi_2019["indicator_en"])


# --- indicator page ----------------------------------------------------------------------------


def test_indicator_deep_link_with_obs_opens_its_quote_and_citation(fdi_2019: dict[str, Any]) -> None:
    browser = {"url": "https://hanoi.example.org/indicator", "timezone_offset": -420}  # UTC+7
    at = open_page(
        "indicator", lang="vi", id=fdi_2019["indicator_id"], obs=fdi_2019["obs_id"], context=browser
    )
    no_exception(at)
    shown = texts(at)
    assert "<strong>8,67 tỷ USD</strong>" in shown
    citations = citation_codes(at)
    assert len(citations) == 1
    assert citations[0].startswith(f"“{fdi_2019['quote']}” — ")
    via = f"qua bộ số liệu Hà Nội hội nhập quốc tế qua các con số (mã {fdi_2019['obs_id']})"
    today = datetime.now(timezone(timedelta(hours=7))).strftime("%d/%m/%Y")
    permalink = f"https://hanoi.example.org/indicator?id={fdi_2019['indicator_id']}&obs={fdi_2019['obs_id']}"
    assert citations[0].endswith(f", không ghi lại địa chỉ, {via}, {permalink} (truy cập ngày {today})")
    assert fdi_2019["source_title_vi"] in citations[0] or fdi_2019["source_headline"] in citations[0]
    link = [element for element in at.page_link if element.proto.label == "Xem trong bài báo"]
    assert link and f"obs={fdi_2019['obs_id']}" in link[0].proto.query_string


def test_indicator_chart_points_carry_observation_ids(table: pd.DataFrame) -> None:
    at = open_page("indicator", lang="en", id="fdi")
    charts = list(at.get("plotly_chart"))
    assert len(charts) == 1
    spec = charts[0].proto.spec
    ids = set(re.findall(r'"customdata":\[\["([a-z0-9-]+)"', spec.replace(" ", "")))
    assert ids and ids <= set(table.loc[table["indicator_id"] == "fdi", "obs_id"])


def test_clicking_a_point_shows_its_quote_and_citation(fdi_2019: dict[str, Any]) -> None:
    indicator_id = fdi_2019["indicator_id"]
    at = open_page("indicator", lang="en", id=indicator_id)
    assert "Choose a point on the chart" in texts(at)
    assert not citation_codes(at)
    at.session_state[f"chart-{indicator_id}"] = {
        "selection": {
            "points": [{"curve_number": 0, "point_index": 0, "customdata": [fdi_2019["obs_id"]]}],
            "point_indices": [0],
            "box": [],
            "lasso": [],
        },
    }
    at.run()
    no_exception(at)
    shown = texts(at)
    assert "<strong>8,67 tỷ USD</strong>" in shown
    assert "US$8.67 billion" in shown
    assert f"The quote states: {fdi_2019['indicator_en']}, 2019" in shown
    assert at.query_params["obs"] == fdi_2019["obs_id"]
    # Without the browser's address (no st.context.url) the link is the app-relative path.
    link = f"/indicator?id={fdi_2019['indicator_id']}&obs={fdi_2019['obs_id']}"
    assert f"(obs {fdi_2019['obs_id']}), {link} (accessed " in citation_codes(at)[0]
    at.button(key="panel-close").click().run()
    no_exception(at)
    assert "obs" not in at.query_params
    assert "Choose a point on the chart" in texts(at)


def test_a_selection_of_an_unknown_id_changes_nothing(fdi_2019: dict[str, Any]) -> None:
    at = open_page("indicator", lang="en", id=fdi_2019["indicator_id"])
    at.session_state[f"chart-{fdi_2019['indicator_id']}"] = {
        "selection": {"points": [{"customdata": ["<script>"]}], "point_indices": [0], "box": [], "lasso": []},
    }
    at.run()
    no_exception(at)
    assert "obs" not in at.query_params
    assert not citation_codes(at)


def picker_links(at: AppTest) -> list[tuple[str, bool]]:
    """Return the links of the page's menu of indicators or articles: (address, whether current)."""
    menu = next(element.value for element in at.html if 'class="hi-picker"' in element.value)
    found = re.findall(r'<a href="([^"]+)"( aria-current="page")?>', menu)
    return [(html.unescape(href), bool(current)) for href, current in found]


def test_indicator_menu_links_every_indicator_in_the_page_language(
    checked: CheckResult, fdi_2019: dict[str, Any]
) -> None:
    assert checked.dataset is not None
    at = open_page("indicator", lang="vi", id=fdi_2019["indicator_id"], obs=fdi_2019["obs_id"])
    links = picker_links(at)
    # Every indicator once, in the language shown; a link names no figure (another indicator's
    # page opens without one), and only the indicator shown is marked as the current page.
    ids = [dict(parse_qsl(href.split("?", 1)[1]))["id"] for href, _ in links]
    assert sorted(ids) == sorted(indicator.id for indicator in checked.dataset.indicators)
    assert all(href.startswith("./indicator?") and href.endswith("&lang=vi") for href, _ in links)
    assert not any("obs=" in href for href, _ in links)
    assert [href for href, current in links if current] == [
        f"./indicator?id={fdi_2019['indicator_id']}&lang=vi"
    ]
    other = next(i for i in checked.dataset.indicators if i.id != fdi_2019["indicator_id"])
    href = next(href for href, _ in links if f"id={other.id}&" in href)
    followed = dict(parse_qsl(href.split("?", 1)[1]))
    at = open_page("indicator", lang=followed.pop("lang"), id=followed.pop("id"))  # following the link
    assert followed == {}
    no_exception(at)
    assert at.title[0].value == escape_markdown(other.name.vi)
    assert "obs" not in at.query_params
    english = picker_links(open_page("indicator", lang="en", id=other.id))
    assert all(href.endswith("&lang=en") for href, _ in english) and len(english) == len(links)


def test_source_menu_links_every_article_newest_first(checked: CheckResult, fdi_2019: dict[str, Any]) -> None:
    assert checked.dataset is not None
    at = open_page("source", lang="en", id=fdi_2019["source_id"], obs=fdi_2019["obs_id"])
    links = picker_links(at)
    newest_first = sorted(checked.dataset.sources, key=lambda s: (s.published, s.id), reverse=True)
    assert [href for href, _ in links] == [f"./source?id={s.id}&lang=en" for s in newest_first]
    assert [href for href, current in links if current] == [f"./source?id={fdi_2019['source_id']}&lang=en"]


def test_indicator_table_lists_every_observation_with_its_quote_and_a_link(table: pd.DataFrame) -> None:
    at = open_page("indicator", lang="vi", id="fdi")
    no_exception(at)
    assert not at.dataframe, "the indicator page's table is HTML, not a data grid"
    html = next(element.value for element in at.html if 'class="hi-table hi-obs"' in element.value)
    expected = table[table["indicator_id"] == "fdi"]
    rows = re.findall(r'<tr id="row-([^"]+)">(.*?)</tr>', html)
    assert [obs_id for obs_id, _ in rows] == list(expected["obs_id"])
    for (obs_id, cells), (_, row) in zip(rows, expected.iterrows(), strict=True):
        assert f"<strong>{row['figure']}</strong>" in cells, obs_id
        assert f'<a href="./source?id={row["source_id"]}&amp;obs={obs_id}&amp;lang=vi" aria-label="' in cells
        # The keyboard's way to a figure's panel: a link of its own, named after its figure.
        cite = f'<a href="./indicator?id=fdi&amp;obs={obs_id}&amp;lang=vi" aria-label="Trích dẫn con số '
        assert cite in cells, obs_id
    assert "<strong>8,67 tỷ USD</strong>" in html
    assert html.count("<th ") == 7, "period, value, definition, qualifier, quote, article, cite"
    assert 'class="current"' not in html, "no point is selected"


def test_indicator_table_marks_the_selected_figures_row(fdi_2019: dict[str, Any]) -> None:
    at = open_page("indicator", lang="en", id="fdi", obs=fdi_2019["obs_id"])
    no_exception(at)
    html = next(element.value for element in at.html if 'class="hi-table hi-obs"' in element.value)
    marked = re.findall(r'<tr id="row-([^"]+)" class="current" aria-current="true">', html)
    assert marked == [fdi_2019["obs_id"]]


def test_indicator_page_without_id_opens_the_first_indicator() -> None:
    at = open_page("indicator", lang="en")
    no_exception(at)
    assert at.query_params["id"]
    assert at.get("plotly_chart")


def test_an_obs_without_id_opens_its_indicator_and_its_source(fdi_2019: dict[str, Any]) -> None:
    at = open_page("indicator", lang="en", obs=fdi_2019["obs_id"])
    assert at.query_params["id"] == fdi_2019["indicator_id"]
    # Without the browser's address (no st.context.url) the link is the app-relative path.
    link = f"/indicator?id={fdi_2019['indicator_id']}&obs={fdi_2019['obs_id']}"
    assert f"(obs {fdi_2019['obs_id']}), {link} (accessed " in citation_codes(at)[0]
    at = open_page("source", lang="en", obs=fdi_2019["obs_id"])
    assert at.query_params["id"] == fdi_2019["source_id"]
    assert any('class="quote-label current"' in element.value for element in at.html)


# --- source page -------------------------------------------------------------------------------


def test_source_deep_link_marks_every_quote_and_emphasises_the_one_named(
    fdi_2019: dict[str, Any], table: pd.DataFrame
) -> None:
    obs_id = fdi_2019["obs_id"]
    at = open_page("source", lang="en", id=fdi_2019["source_id"], obs=obs_id)
    no_exception(at)
    article = next(element.value for element in at.html if 'class="article"' in element.value)
    quoted = table[table["source_id"] == fdi_2019["source_id"]]
    assert article.count('<span class="quote-label') == len(quoted)
    label = f'id="q-{obs_id}" lang="">{fdi_2019["indicator_en"]} · 2019</span>'
    assert f'<span class="quote-label current" {label}' in article
    assert '<mark class="quote current' in article
    assert '<strong class="figure current">8,67 tỷ USD</strong>' in article
    assert article.count('<strong class="figure current">') == 1
    scripts = [
        element
        for element in at.html
        if element.proto.unsafe_allow_javascript
        and "hi-footer" not in element.value
        and "hi-copy-link" not in element.value
    ]
    assert len(scripts) == 1 and f'"q-{obs_id}"' in scripts[0].value
    links = [element.proto.label for element in at.page_link]
    assert any(label.startswith(re.sub(r"([^\w\s])", r"\\\1", fdi_2019["indicator_en"])) for label in links)


def test_source_page_singles_out_the_figure_of_a_quote_shared_with_another() -> None:
    # "33,7 triệu lượt" (visitors) and "7,2 triệu lượt" (international visitors) share one quote.
    at = open_page("source", lang="en", id="2025-12-30-ngang-tam-thu-do", obs="visitors-2025-ngangtam")
    no_exception(at)
    article = next(element.value for element in at.html if 'class="article"' in element.value)
    assert '<strong class="figure current">33,7 triệu lượt</strong>' in article
    assert "<strong>7,2 triệu lượt</strong>" in article
    assert article.count('<strong class="figure current">') == 1


def test_source_page_shows_metadata_and_inferred_dates(checked: CheckResult) -> None:
    assert checked.dataset is not None
    inferred = next(s for s in checked.dataset.sources if s.published_basis == "inferred")
    at = open_page("source", lang="en", id=inferred.id)
    shown = texts(at)
    assert "date inferred" in shown
    assert inferred.published_note is not None
    assert inferred.published_note.en.replace("“", "&quot;")[:20] in shown.replace("“", "&quot;")


# --- data page ---------------------------------------------------------------------------------


def filter_boxes(at: AppTest, name: str) -> list[tuple[str, str, bool]]:
    """Return the filter form's checkboxes of ``name``: (value, text, whether checked)."""
    form = next(element.value for element in at.html if 'class="hi-filters"' in element.value)
    found = re.findall(
        rf'<input type="checkbox" name="{name}" value="([^"]*)"( checked)?> <span>([^<]*)</span>', form
    )
    return [(html.unescape(value), html.unescape(text), bool(on)) for value, on, text in found]


def test_data_filters_come_from_the_url(table: pd.DataFrame) -> None:
    at = open_page("data", lang="en", theme="investment", year="2019", table="1")
    no_exception(at)
    frame = at.dataframe[0].value
    expected = table[(table["theme"] == "investment") & (table["year"] == 2019)]
    assert len(frame) == len(expected) > 0
    assert set(frame["obs_id"]) == set(expected["obs_id"])
    assert [value for value, _, on in filter_boxes(at, "theme") if on] == ["investment"]
    assert [value for value, _, on in filter_boxes(at, "year") if on] == ["2019"]
    assert f"{len(expected)} of {len(table)} figures" in texts(at)


def test_the_filter_form_loads_the_data_page_with_each_value_and_the_language(table: pd.DataFrame) -> None:
    at = open_page("data", lang="vi", year="2019", table="1")
    form = next(element for element in at.html if 'class="hi-filters"' in element.value)
    assert form.value.startswith('<form class="hi-filters" method="get" action="./data" data-lang="vi">')
    assert '<input type="hidden" name="table" value="1">' in form.value, "the table stays shown"
    assert f"<script>{FILTER_SCRIPT}</script>" in form.value and form.proto.unsafe_allow_javascript
    years = filter_boxes(at, "year")
    assert [value for value, _, _ in years] == sorted({str(year) for year in table["year"].dropna()})
    assert ("2025", "2025", False) in years
    # Applying 2019 and 2025 loads this address (the browser tests submit the form itself).
    at = open_page("data", lang="vi", year=["2019", "2025"], table="1")
    no_exception(at)
    assert len(at.dataframe[0].value) == len(table[table["year"].isin([2019, 2025])])


def test_the_data_grid_is_drawn_when_asked_for(table: pd.DataFrame) -> None:
    at = open_page("data", lang="en", theme="investment")
    no_exception(at)
    assert not at.dataframe and not at.toggle(key="data-table-shown").value
    assert "table" not in at.query_params
    at.toggle(key="data-table-shown").set_value(True).run()
    no_exception(at)
    assert at.query_params["table"] == "1" and at.query_params["theme"] == "investment"
    assert len(at.dataframe[0].value) == len(table[table["theme"] == "investment"])
    at.toggle(key="data-table-shown").set_value(False).run()
    assert "table" not in at.query_params and not at.dataframe


def test_data_unknown_filter_values_are_named_and_ignored(table: pd.DataFrame) -> None:
    at = open_page(
        "data", lang="en", year=["2019", "<script>alert(1)</script>"], theme="../app.py", table="1"
    )
    no_exception(at)
    shown = texts(at)
    assert r"Ignored filter values in the link that match nothing\: \.\./app\.py, \<script\>" in shown
    assert len(at.dataframe[0].value) == len(table[table["year"] == 2019])
    assert "<script>alert" not in "".join(element.value for element in at.html)


def test_data_table_links_to_source_and_indicator_pages() -> None:
    frame = open_page("data", lang="en", table="1").dataframe[0].value
    assert all(link.startswith("./source?id=") and link.endswith("&lang=en") for link in frame["source_link"])
    assert all(link.startswith("./indicator?id=") for link in frame["indicator_link"])


def test_data_page_offers_csv_and_json_downloads() -> None:
    at = open_page("data", lang="vi")
    labels = [button.label for button in at.download_button]
    assert labels == ["Tải CSV", "Tải JSON", "Tải gói dữ liệu (zip)"]


def fold(name: str) -> str:
    """A name as a reader files it: without accents, Đ with D."""
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(char for char in plain if not unicodedata.combining(char)).casefold()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_data_indicator_options_are_ordered_by_name(
    lang: str, checked: CheckResult, table: pd.DataFrame
) -> None:
    assert checked.dataset is not None
    options = [text for _, text, _ in filter_boxes(open_page("data", lang=lang), "indicator")]
    used = set(table["indicator_id"])
    assert sorted(options) == sorted(i.name.get(lang) for i in checked.dataset.indicators if i.id in used)
    assert len(options) > 3
    assert options == sorted(options, key=fold)


def test_the_group_filter_narrows_the_indicator_list(checked: CheckResult, table: pd.DataFrame) -> None:
    assert checked.dataset is not None
    tourism = {i.id: i.name.en for i in checked.dataset.indicators if i.theme.value == "tourism"}
    investment = next(i.id for i in checked.dataset.indicators if i.theme.value == "investment")
    visitors = next(iter(tourism))
    at = open_page("data", lang="en", theme="tourism", indicator=[investment, visitors], table="1")
    no_exception(at)
    assert sorted(text for _, text, _ in filter_boxes(at, "indicator")) == sorted(
        name for code, name in tourism.items() if code in set(table["indicator_id"])
    )
    assert at.query_params["indicator"] in (visitors, [visitors])  # the investment indicator left the link
    assert "Ignored" not in texts(at)
    assert set(at.dataframe[0].value["obs_id"]) == set(table[table["indicator_id"] == visitors]["obs_id"])


def test_clear_filters_links_to_the_unfiltered_page(table: pd.DataFrame) -> None:
    at = open_page("data", lang="en", theme="investment", year="2019", table="1")
    assert len(at.dataframe[0].value) < len(table)
    form = next(element.value for element in at.html if 'class="hi-filters"' in element.value)
    assert '<a class="hi-clear" href="./data?table=1&amp;lang=en">Clear filters</a>' in form
    at = open_page("data", lang="en", table="1")  # following the link
    no_exception(at)
    assert not any(on for name in ("theme", "year") for _, _, on in filter_boxes(at, name))
    assert len(at.dataframe[0].value) == len(table)
    form = next(element.value for element in at.html if 'class="hi-filters"' in element.value)
    assert "hi-clear" not in form, "nothing to clear"


def test_data_values_sort_as_numbers_and_a_phone_sees_few_columns(table: pd.DataFrame) -> None:
    at = open_page("data", lang="en", table="1")
    frame = at.dataframe[0].value
    assert frame["number"].dtype.kind == "f", "a number column sorts 2.067bn < 19.4bn < 25bn"
    values = table.set_index("obs_id")["value"]
    assert list(frame["number"]) == [values[obs_id] for obs_id in frame["obs_id"]]
    assert list(at.dataframe[0].proto.column_order) == [
        "indicator",
        "period",
        "value",
        "number",
        "quote",
        "source_link",
    ]
    at.toggle(key="data-all-columns").set_value(True).run()
    order = list(at.dataframe[0].proto.column_order)
    assert len(order) == 13 and {"obs_id", "qualifier", "doubt", "source", "indicator_link"} <= set(order)


def test_data_page_labels_a_doubted_figure() -> None:
    at = open_page("data", lang="en", indicator="trade-turnover", table="1")
    frame = at.dataframe[0].value
    assert list(frame["value"]) == ["US$19.4 billion (? in doubt)"]
    (doubt,) = list(frame["doubt"])
    assert doubt.startswith("This can hardly be total trade")


def test_source_page_says_the_text_is_the_stored_copy_and_no_address_is_recorded(
    checked: CheckResult,
) -> None:
    assert checked.dataset is not None
    for source in checked.dataset.sources:
        shown = texts(open_page("source", lang="en", id=source.id))
        assert '<dt>Original address</dt><dd><span class="hi-muted">address not recorded</span></dd>' in shown
        assert (
            "The text below is the stored copy of the article kept with the dataset "
            f"(file {source.file}), not the original page"
        ) in shown
        assert '<a href="http' not in shown


def with_source_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_id: str, url: str, accessed: str
) -> None:
    """Copy the dataset, give source ``source_id`` an address and an access day, and use the copy."""
    original = data_file()
    shutil.copytree(original.parent / "sources", tmp_path / "sources")
    lines = original.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.rstrip() == f"  - id: {source_id}")
    where = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("published_basis:"))
    lines.insert(where + 1, f'    url: "{url}"\n    accessed: "{accessed}"\n')
    copy = tmp_path / "indicators.yaml"
    copy.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("INDICATORS_DATA", str(copy))
    data.clear()


def test_a_recorded_address_is_a_link_and_is_cited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fdi_2019: dict[str, Any]
) -> None:
    url = "https://example.org/ha-noi?bai=1&trang=2"
    with_source_address(tmp_path, monkeypatch, fdi_2019["source_id"], url, "2026-01-15")
    at = open_page("source", lang="en", id=fdi_2019["source_id"])
    no_exception(at)
    shown = texts(at)
    assert (
        '<dd><a href="https://example.org/ha-noi?bai=1&amp;trang=2" rel="noopener noreferrer nofollow" '
        'target="_blank">https://example.org/ha-noi?bai=1&amp;trang=2</a></dd>'
    ) in shown
    assert "<dt>Accessed</dt><dd>15 Jan 2026</dd>" in shown
    at = open_page("indicator", lang="en", id=fdi_2019["indicator_id"], obs=fdi_2019["obs_id"])
    no_exception(at)
    assert f", {url} (accessed 15 Jan 2026), via Hanoi integration indicators" in citation_codes(at)[0]


# --- unknown and hostile values ----------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("indicator", "There is no indicator with the id"),
        ("source", "There is no article with the id"),
    ],
)
def test_unknown_or_hostile_ids_say_not_found(page: str, message: str, value: str) -> None:
    at = open_page(page, lang="en", id=value)
    no_exception(at)
    warnings = [element.value for element in at.warning]
    assert len(warnings) == 1
    if value:
        assert warnings[0].startswith(message.replace(" ", " "))
        assert "<script>" not in warnings[0] and "](" not in warnings[0]
    else:
        assert warnings[0] == r"The link names no id\."
    assert "Back to the overview" in [element.proto.label for element in at.page_link]
    links = picker_links(at)  # the menu offers a choice, naming none as the current page
    assert links and not any(current for _, current in links)
    assert all("<script>alert" not in element.value for element in at.html)


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "../app.py", "x" * 5000])
def test_unknown_obs_is_reported_and_ignored(value: str, fdi_2019: dict[str, Any]) -> None:
    at = open_page("source", lang="en", id=fdi_2019["source_id"], obs=value)
    no_exception(at)
    shown = texts(at)
    assert "This article has no figure with the id" in shown
    assert "<script>alert" not in shown
    assert 'class="quote-label current"' not in shown
    at = open_page("indicator", lang="en", id=fdi_2019["indicator_id"], obs=value)
    no_exception(at)
    assert "is not one of this indicator" in texts(at)
    assert not citation_codes(at)


# --- invalid data ------------------------------------------------------------------------------


def break_observation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, obs_id: str, field: str, edit: Any
) -> tuple[Path, int]:
    """Copy the dataset, apply ``edit`` to the line of ``field`` in observation ``obs_id``, use it."""
    source = data_file()
    shutil.copytree(source.parent / "sources", tmp_path / "sources")
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if re.match(rf"\s*- id: {re.escape(obs_id)}\s*$", line))
    where = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith(f"{field}:"))
    lines[where] = edit(lines[where])
    broken = tmp_path / "indicators.yaml"
    broken.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("INDICATORS_DATA", str(broken))
    data.clear()
    return broken, where + 1


@pytest.mark.parametrize("page", list(PAGES))
def test_invalid_data_shows_the_located_problem_on_every_page(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fdi_2019: dict[str, Any]
) -> None:
    broken, line = break_observation(
        tmp_path,
        monkeypatch,
        fdi_2019["obs_id"],
        "quote",
        lambda text: text.replace("8,67 tỷ USD", "9,99 tỷ USD"),
    )
    at = open_page(page, lang="en", id="fdi")
    no_exception(at)
    assert [element.value for element in at.title] == ["The data is not valid"]
    shown = texts(at)
    assert f"{broken}:{line} [{fdi_2019['obs_id']}] quote</div>" in shown
    assert "expected a passage of" in shown and "found a quote that is not in it" in shown
    assert "python -m indicators check" in [element.value for element in at.code]
    assert not at.get("plotly_chart") and not at.dataframe


def test_invalid_data_view_escapes_what_it_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fdi_2019: dict[str, Any]
) -> None:
    broken, line = break_observation(
        tmp_path,
        monkeypatch,
        fdi_2019["obs_id"],
        "value",
        lambda text: text.split(":")[0] + ': "<b>x</b> $y$"\n',
    )
    at = open_page("overview", lang="vi")
    no_exception(at)
    assert at.title[0].value == "Dữ liệu chưa hợp lệ"
    markup = "\n".join(element.value for element in at.html)
    assert f"{broken}:{line} [{fdi_2019['obs_id']}] value</div>" in markup
    assert "&lt;b&gt;x&lt;/b&gt; $y$" in markup and "<b>x</b>" not in markup
    assert not at.markdown or all("<b>x</b>" not in element.value for element in at.markdown)
    copyable = [element.value for element in at.code if "<b>x</b>" in element.value]
    assert len(copyable) == 1  # the plain-text list of problems (st.code shows text literally)


def test_a_missing_data_file_shows_the_invalid_data_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INDICATORS_DATA", str(tmp_path / "absent.yaml"))
    at = open_page("source", lang="en", id="anything")
    no_exception(at)
    assert at.title[0].value == "The data is not valid"
    assert f'<div class="where">{tmp_path / "absent.yaml"}</div>' in texts(at)


# --- the about page's table and what each page imports ----------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_about_lists_every_qualifier_with_its_meaning_and_mark(lang: str) -> None:
    from indicators.labels import QUALIFIERS, label

    at = open_page("about", lang=lang)
    no_exception(at)
    (table,) = [
        element.value
        for element in at.html
        if element.value.startswith('<table class="hi-table hi-qualifiers"')
    ]
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    assert len(rows) == len(QUALIFIERS) + 1  # a header row, then one row per qualifier
    for code, row in zip(QUALIFIERS, rows[1:], strict=True):
        cells = re.findall(r"<td>(.*?)</td>", row)
        assert cells == [
            escape(label(kind, code, lang)) for kind in ("qualifier", "qualifier_meaning", "qualifier_mark")
        ]


# The overview, the articles and the about page have no table: a server showing only those never
# imports pandas or numpy (which would double its memory). Run in a fresh process: this one has them.
IMPORTS_PROBE = """
import sys
from markupsafe import escape
from streamlit.testing.v1 import AppTest
page, _, query = sys.argv[1].partition("?")
at = AppTest.from_file("app.py", default_timeout=120)
if page != "overview":
    at.switch_page(f"dashboard/pages/{page}.py")
at.query_params["lang"] = "en"
for pair in filter(None, query.split("&")):
    name, _, value = pair.partition("=")
    at.query_params[name] = value
at.run()
assert not at.exception, [e.value for e in at.exception]
assert at.title, "nothing shown"
print(" ".join(sorted(name for name in ("pandas", "numpy") if name in sys.modules)) or "-")
"""


@pytest.mark.parametrize(
    ("page", "heavy"),
    [
        ("overview", "-"),
        ("source", "-"),
        ("about", "-"),
        ("indicator", "-"),
        ("data", "-"),
        ("data?table=1", "numpy pandas"),
    ],
)
def test_only_the_data_grid_imports_pandas_and_numpy(page: str, heavy: str) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", IMPORTS_PROBE, page],
        cwd=APP.parent,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == heavy, f"{page} imported: {done.stdout.splitlines()[-1]}"


def test_an_indicator_with_one_figure_shows_its_card_not_a_chart(table: pd.DataFrame) -> None:
    counts = table["indicator_id"].value_counts()
    single = [indicator for indicator, count in counts.items() if count == 1]
    assert len(single) >= 10, "most indicators have one figure"
    row = table[table["indicator_id"] == "grdp"].iloc[0]
    at = open_page("indicator", lang="en", id="grdp")
    no_exception(at)
    assert not at.get("plotly_chart"), "no chart of one point"
    shown = texts(at)
    assert "about US$58 billion" in shown and f"<strong>{row['figure']}</strong>" in shown
    assert len(citation_codes(at)) == 1, "the card carries its citation"
    assert not [button for button in at.button if button.key == "panel-close"], "nothing to close"


def test_every_view_offers_a_button_that_copies_its_link() -> None:
    views: list[tuple[str, dict[str, str | list[str]]]] = [
        ("overview", {}),
        ("indicators", {}),
        ("indicator", {"id": "fdi"}),
        ("indicator", {"id": "grdp"}),
        ("source", {}),
        ("data", {"theme": "tourism"}),
        ("about", {}),
    ]
    for page, params in views:
        at = open_page(page, lang="en", **cast(dict[str, Any], params))
        no_exception(at)
        buttons = [
            element
            for element in at.html
            if 'class="hi-copy-link"' in element.value and "data-copy=" not in element.value
        ]
        assert len(buttons) == 1, page
        assert '">Copy link</button>' in buttons[0].value
        assert "<script" not in buttons[0].value, "the button is plain HTML"
        # Its script, the dashboard's own and only that, comes with the footer, on every page.
        footer = [element for element in at.html if 'class="hi-footer"' in element.value]
        assert len(footer) == 1 and footer[0].proto.unsafe_allow_javascript, page
        assert f"<script>{COPY_SCRIPT}</script>" in footer[0].value, page


def test_the_index_lists_every_indicator_with_its_latest_figure(checked: CheckResult) -> None:
    assert checked.dataset is not None
    at = open_page("indicators", lang="en")
    no_exception(at)
    tables = "".join(element.value for element in at.html if "hi-index" in element.value)
    names = re.findall(r'<th scope="row"><a href="\./indicator\?id=([^&]+)&amp;lang=en">', tables)
    assert sorted(names) == sorted(indicator.id for indicator in checked.dataset.indicators)
    assert "US$19.4 billion (? in doubt)" in tables, "a doubted latest figure says so"
    assert "more than 3,000 establishments" in tables, "hedges stay"
    assert "“hai con số” (read as at least 10%)" not in tables, "a target is not a latest result"
    vi = "".join(
        element.value for element in open_page("indicators", lang="vi").html if "hi-index" in element.value
    )
    names = re.findall(r'<th scope="row"><a [^>]*>([^<]+)</a>', vi)
    assert names.index("Đoàn công tác do lãnh đạo thành phố làm trưởng đoàn") < names.index(
        "Sự kiện văn hóa quốc tế của các đại sứ quán"
    ), "Đ is looked up beside D, not after Z"


def test_the_chart_downloads_as_png_or_svg_through_its_camera_button() -> None:
    at = open_page("indicator", lang="en", id="fdi")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["modeBarButtons"] == [["toImage"]]
    assert config["toImageButtonOptions"]["format"] == "png"
    assert config["toImageButtonOptions"]["filename"] == "hanoi-fdi-en"
    shown = "".join(element.value for element in at.html)
    # One button per format under the chart, named for a screen reader; the chart's script (which
    # has the camera button draw the image in the button's format) is on the page.
    for code in ("png", "svg"):
        assert (
            f'data-format="{code}" aria-label="Download the chart as {code.upper()}">{code.upper()}</button>'
        ) in shown
    assert any(CHART_SCRIPT in element.value and element.proto.unsafe_allow_javascript for element in at.html)
    assert not at.segmented_control or all(element.key != "image-format" for element in at.segmented_control)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_method_page_links_every_article_with_its_date(lang: str, checked: CheckResult) -> None:
    assert checked.dataset is not None
    at = open_page("about", lang=lang)
    no_exception(at)
    (listing,) = [element.value for element in at.html if 'class="hi-sources"' in element.value]
    found = re.findall(r'<li><a href="([^"]+)">([^<]+)</a><p class="hi-muted">([^<]+)</p></li>', listing)
    oldest_first = sorted(checked.dataset.sources, key=lambda s: s.published)
    assert [html.unescape(href) for href, _, _ in found] == [
        f"./source?id={source.id}&lang={lang}" for source in oldest_first
    ]
    assert [html.unescape(title) for _, title, _ in found] == [
        source.title.get(lang) for source in oldest_first
    ]
    inferred = translate(lang, "source_date_inferred")
    assert any(inferred in html.unescape(details) for _, _, details in found)
