"""Charts: one clickable marker per observation, honest lines, hedges and periods drawn apart."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import plotly.graph_objects as go
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators import DATA_FILE
from indicators.charts import (
    BAR_ALPHA,
    LINE_KINDS,
    PALETTE,
    WORDS,
    Sparkline,
    indicator_figure,
    marker_symbol,
    sparkline,
)
from indicators.compare import FORWARD, REASONS, latest_comparable
from indicators.labels import QUALIFIER_MARKS, definition_name, label
from indicators.periods import Period, PeriodKind
from indicators.view import ObservationView
from tests.factories import make_view

LANGS = ("vi", "en")
RAW_DIGITS = re.compile(r"\d{7,}")

Views = Sequence[ObservationView]


def make_row(**fields: Any) -> ObservationView:
    """Return one observation's view (:func:`tests.factories.make_view`), quoted from one article
    and, unless ``obs_id`` is given, named after its period ('fdi-2020-01-2020-09')."""
    period = Period.parse(str(fields.get("period", "2019")))
    defaults: dict[str, Any] = {
        "obs_id": f"fdi-{period.text.replace('/', '-')}",
        "source_id": "2020-10-hoi-nhap",
        "source_title_vi": "Hà Nội hội nhập quốc tế",
        "source_title_en": "Hanoi's international integration",
    }
    return make_view(**{**defaults, **fields})


def year(period: str, value: float, **fields: Any) -> ObservationView:
    return make_row(period=period, value=value, **fields)


REGISTERED = {
    "definition": "registered",
    "definition_vi": "Vốn FDI đăng ký",
    "definition_en": "Registered FDI",
}
ALL_FOREIGN = {
    "definition": "all-foreign",
    "definition_vi": "Tổng vốn đầu tư nước ngoài",
    "definition_en": "All foreign investment",
}

SCENARIOS: dict[str, list[ObservationView]] = {
    "one point": [year("2025", 4.29e9)],
    "two years": [year("2019", 8.67e9), year("2025", 4.29e9, qualifier="approximately")],
    "steady series": [year(str(y), (y - 2010) * 1e9) for y in range(2015, 2021)],
    "definition change": [
        year("2017", 6.5e9, **REGISTERED),
        year("2018", 7.5e9, **REGISTERED),
        year("2019", 8.67e9, **ALL_FOREIGN),
        year("2020", 5e9, **ALL_FOREIGN),
    ],
    "interleaved definitions": [
        year("2018", 7e9, **REGISTERED),
        year("2019", 8e9, **ALL_FOREIGN),
        year("2020", 6e9, **REGISTERED),
    ],
    "fdi as reported": [
        year("2018", 7.5e9, **REGISTERED),
        year("2019", 8.67e9, **ALL_FOREIGN),
        year("2020-01/2020-09", 3.28e9, qualifier="estimate", **ALL_FOREIGN),
        year("2016/2020", 25e9, qualifier="estimate", **ALL_FOREIGN),
        year("2025", 4.29e9, **REGISTERED),
    ],
    "hedges": [
        year(str(2014 + i), (5 + i) * 1e9, qualifier=q)
        for i, q in enumerate(
            [
                "exact",
                "approximately",
                "nearly",
                "more_than",
                "estimate",
                "approximately;estimate",
                "projected",
                "target",
            ]
        )
    ],
    "as of dates": [
        make_row(period=p, value=v, unit="cities", obs_id=f"cities-{p}", figure=str(int(v)))
        for p, v in [("2018-06-30", 90), ("2019-06-30", 95), ("2020-11-06", 100)]
    ],
    "ranks": [
        make_row(period=p, value=v, unit="rank", obs_id=f"rank-{p}", figure=str(v))
        for p, v in [("2017", 3.0), ("2018", 1.0), ("2019", 1.0), ("2020", 2.0)]
    ],
    "growth with an average": [
        *(
            make_row(period=str(y), value=v, unit="percent", obs_id=f"g-{y}")
            for y, v in [(2016, 8.1), (2017, 7.3), (2018, 7.4), (2019, 7.6)]
        ),
        make_row(period="2016/2020", value=7.4, unit="percent", obs_id="g-2016-2020"),
    ],
}


def points(figure: go.Figure) -> Iterator[tuple[int, int, list[Any]]]:
    """Yield (trace index, point index, customdata row) for every clickable point."""
    for index, trace in enumerate(figure.data):
        for point, row in enumerate(trace.customdata if trace.customdata is not None else ()):
            yield index, point, list(row)


def trace_of(figure: go.Figure, obs_id: str) -> go.Scatter:
    found = [figure.data[index] for index, _, row in points(figure) if row[0] == obs_id]
    assert len(found) == 1, obs_id
    return found[0]


def point_of(figure: go.Figure, obs_id: str) -> tuple[go.Scatter, int]:
    for index, point, row in points(figure):
        if row[0] == obs_id:
            return figure.data[index], point
    raise AssertionError(obs_id)


def texts(figure: go.Figure) -> list[str]:
    """Every text a reader can see: ticks, hover data, labels, names, annotations, titles."""
    found: list[str] = []
    for trace in figure.data:
        found += [str(trace.name or ""), str(trace.hovertemplate or "")]
        found += [str(trace.text)] if isinstance(trace.text, str) else [str(t) for t in trace.text or ()]
        found += [
            str(cell) for row in (trace.customdata if trace.customdata is not None else ()) for cell in row
        ]
    layout = figure.layout
    for axis in [layout[name] for name in layout if name.startswith(("xaxis", "yaxis"))]:
        found += [str(t) for t in (axis.ticktext or ())]
        found.append(str(axis.title.text or ""))
    found += [str(a.text) for a in layout.annotations]
    return found


def definitions_of(views: Views) -> dict[str, tuple[str, str]]:
    return {view.id: (view.definition or "", view.kind.value if view.kind else "") for view in views}


def _joined(trace: go.Scatter, position: dict[tuple[str, str, float], set[str]]) -> list[list[set[str]]]:
    """Return, for each unbroken line of a trace, the observations at each of its vertices."""
    if trace.customdata is not None:
        return [[{row[0]} for row in trace.customdata]]
    lines: list[list[set[str]]] = [[]]
    for x, y in zip(trace.x, trace.y, strict=True):
        if y is None:
            lines.append([])
        elif (key := (trace.yaxis or "y", str(x), round(float(y), 9))) in position:
            lines[-1].append(position[key])
    return [line for line in lines if line]


def assert_invariants(figure: go.Figure, views: Views) -> None:
    """What must hold for any indicator: one point per observation, lines only within a series."""
    # The builders skip plotly's validation for speed: validate here, so an invalid property fails.
    go.Figure(figure.to_dict())
    ids = [row[0] for _, _, row in points(figure)]
    dated = [view.id for view in views if view.period is not None]  # no period stated: no place in time
    assert sorted(ids) == sorted(dated), "each dated observation must be exactly one point"
    series = definitions_of(views)
    position: dict[tuple[str, str, float], set[str]] = {}
    for trace in figure.data:
        if trace.customdata is None:
            continue
        assert "markers" in trace.mode, f"trace {trace.name!r} holds observations without markers"
        assert len(trace.customdata) == len(trace.x) == len(trace.y)
        for x, y, row in zip(trace.x, trace.y, trace.customdata, strict=True):
            position.setdefault((trace.yaxis or "y", str(x), round(float(y), 9)), set()).add(row[0])
    for trace in figure.data:
        if "lines" not in (trace.mode or ""):
            continue
        for vertices in _joined(trace, position):
            # Each vertex may stand for several observations drawn at one place; some single series
            # (definition and kind of period) must hold an observation at every vertex.
            common = set.intersection(*({series[obs_id] for obs_id in vertex} for vertex in vertices))
            assert common, f"a line joins definitions or kinds of period: {vertices}"
            if len(vertices) > 1:
                assert {kind for _, kind in common} & LINE_KINDS, f"a line joins spans: {vertices}"
    for text in texts(figure):
        assert not RAW_DIGITS.search(text), f"a raw number in {text!r}"
    layout = figure.to_dict()["layout"]
    for axis_id, _, y in position:  # a gridline at or beyond every point, inside the range
        axis = layout["yaxis" + axis_id[1:]]
        if axis.get("autorange") == "reversed":
            continue  # ranks: their ticks are the ranks themselves
        ticks, (bottom, top) = axis["tickvals"], axis["range"]
        assert bottom <= ticks[0] <= y <= ticks[-1] <= top, f"{y} beyond the ticks {ticks}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_invariants_hold_for_every_scenario(scenario: str, lang: str) -> None:
    views = SCENARIOS[scenario]
    assert_invariants(indicator_figure(views, lang), views)


@pytest.mark.parametrize(
    ("qualifiers", "symbol"),
    [
        (["exact"], "circle"),
        (["approximately"], "circle-open"),
        (["nearly"], "circle-open"),
        (["more_than"], "triangle-up"),
        (["estimate"], "diamond-open"),
        (["projected"], "square-open"),
        (["target"], "star"),
        (["approximately", "estimate"], "diamond-open"),
        (["more_than", "approximately"], "triangle-up-open"),
        (["target", "approximately"], "star-open"),
        (["projected", "estimate"], "square-open"),
    ],
)
def test_marker_symbol(qualifiers: list[str], symbol: str) -> None:
    assert marker_symbol(qualifiers) == symbol


@pytest.mark.parametrize("code", list(QUALIFIER_MARKS))
def test_the_words_for_a_mark_describe_the_symbol_drawn(code: str) -> None:
    symbol = marker_symbol([code])
    words = label("qualifier_mark", code, "en")
    shape = (
        symbol.removesuffix("-open")
        .replace("triangle-up", "triangle pointing up")
        .replace("triangle-down", "triangle pointing down")
    )
    assert words.startswith(("hollow " if symbol.endswith("-open") else "") + shape) or (
        code == "exact" and words == "filled circle"
    ), (symbol, words)
    assert ("dashed" in words) == (code in FORWARD)


def test_each_point_is_drawn_with_its_qualifiers_symbol() -> None:
    views = SCENARIOS["hedges"]
    figure = indicator_figure(views, "en")
    for view in views:
        trace, index = point_of(figure, view.id)
        assert trace.marker.symbol[index] == marker_symbol(view.qualifiers)


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("vi", ["khoảng / gần", "hơn", "khoảng / ước tính", "dự kiến", "mục tiêu"]),
        ("en", ["approximately / nearly", "more than", "approximately / estimate", "projected", "target"]),
    ],
)
def test_the_legend_explains_the_marks(lang: str, names: list[str]) -> None:
    figure = indicator_figure(SCENARIOS["hedges"], lang)
    key = [trace for trace in figure.data if (trace.legendgroup or "").startswith("key")]
    assert [trace.name for trace in key] == names
    assert all(trace.customdata is None and trace.showlegend for trace in key)


def relative_luminance(colour: str) -> float:
    """Return a colour's relative luminance as WCAG 2.1 defines it ('#rrggbb' or 'rgba(r, g, b, a)'
    over white)."""
    if colour.startswith("rgba("):
        *rgb, alpha = (float(part) for part in colour[5:-1].split(","))
        channels = [alpha * value + (1 - alpha) * 255 for value in rgb]
    else:
        channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_on_white(colour: str) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def test_contrast_on_white_is_measured_as_wcag_does() -> None:
    assert contrast_on_white("#000000") == pytest.approx(21.0)
    assert contrast_on_white("#767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_on_white("rgba(0, 0, 0, 0)") == pytest.approx(1.0)


def test_every_colour_and_every_period_bar_reaches_3_to_1_on_white() -> None:
    figure = indicator_figure(SCENARIOS["fdi as reported"], "en")
    bars = [trace.line.color for trace in figure.data if trace.mode == "lines" and trace.line.width == 5]
    assert bars and all(bar.startswith("rgba(") and f"{BAR_ALPHA})" in bar for bar in bars), bars
    for colour in [*PALETTE, *bars]:
        assert contrast_on_white(colour) >= 3.0, colour


def test_the_palette_is_okabe_ito_darkened_and_tells_definitions_apart() -> None:
    okabe_ito = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000"}
    assert len(set(PALETTE)) == len(PALETTE) == len(okabe_ito)
    assert PALETTE[0] in okabe_ito and PALETTE[-1] in okabe_ito
    figure = indicator_figure(SCENARIOS["definition change"], "en")
    colours = {trace.marker.color for trace in figure.data if trace.customdata is not None}
    assert len(colours) >= 2 and colours <= set(PALETTE)


def test_hedge_marks_differ_by_shape_not_only_by_colour() -> None:
    figure = indicator_figure(SCENARIOS["hedges"], "en")
    key = [trace for trace in figure.data if (trace.legendgroup or "").startswith("key")]
    symbols = [trace.marker.symbol for trace in key]
    # The key draws every mark in one grey: only its shape (and fill) tells one hedge from another.
    assert len({trace.marker.color for trace in key}) == 1
    assert len(set(symbols)) == len(symbols) >= 4
    assert "circle" not in symbols, "an exact figure's filled circle needs no key"
    hedged = {marker_symbol([code]) for code in QUALIFIER_MARKS}
    assert "circle-open-dot" not in hedged, "a doubted figure's mark is no hedge's"


def test_no_legend_of_marks_when_every_figure_is_exact() -> None:
    figure = indicator_figure(SCENARIOS["steady series"], "vi")
    assert not [trace for trace in figure.data if (trace.legendgroup or "").startswith("key")]


@pytest.mark.parametrize(
    ("definition", "name"),
    [
        ("Registered FDI", "Registered FDI"),
        ("Registered FDI capital (“vốn FDI đăng ký”).", "Registered FDI capital"),
        (
            "All foreign investment (“vốn (FDI)”); the article does not say what it includes.",
            "All foreign investment",
        ),
        (
            "Have established friendship relations with Hanoi; capitals, cities and provinces",
            "Have established friendship<br>relations with Hanoi",
        ),
        (
            "FDI attracted, without saying whether registered or disbursed, nor in which year it came",
            "FDI attracted, without saying<br>whether registered or disbursed,…",
        ),
        ("A & B <i>", "A &amp; B &lt;i&gt;"),
    ],
)
def test_series_are_named_by_the_first_clause_of_their_definition(definition: str, name: str) -> None:
    views = [
        year("2018", 1e9, definition="d", definition_en=definition),
        year("2019", 2e9, definition="e", definition_en="Other"),
    ]
    figure = indicator_figure(views, "en")
    assert trace_of(figure, "fdi-2018").name == name
    trace, index = point_of(figure, "fdi-2018")
    hover = trace.customdata[index][4].replace("<br>", " ")
    assert hover.startswith(name.replace("<br>", " ").rstrip("…")), "the hover names the same clause"


@pytest.mark.parametrize(
    "definition",
    [
        "FDI attracted, without saying whether registered or disbursed, nor in which year it came",
        "Aid projects of foreign non-governmental organisations still being carried out in Hanoi; "
        "at the time of the report",
    ],
)
def test_the_hover_names_the_definitions_short_name_whole(definition: str) -> None:
    views = [year("2018", 1e9, definition_en=definition), year("2019", 2e9, definition_en=definition)]
    trace, index = point_of(indicator_figure(views, "en"), "fdi-2018")
    assert trace.customdata[index][4].replace("<br>", " ") == definition_name(definition)
    assert trace.name.endswith("…"), "the legend shortens it to two lines"


def test_a_steady_series_is_one_line() -> None:
    figure = indicator_figure(SCENARIOS["steady series"], "en")
    assert len(figure.data) == 1
    assert figure.data[0].mode == "lines+markers"
    assert len(figure.data[0].x) == 6
    assert not figure.layout.annotations


def test_missing_years_are_crossed_by_a_dotted_line() -> None:
    figure = indicator_figure(SCENARIOS["two years"], "en")
    assert all("lines" not in t.mode for t in figure.data if t.customdata is not None)
    (dotted,) = [t for t in figure.data if t.customdata is None and t.line.dash == "dot"]
    assert dotted.x == ("2019-07-02", "2025-07-02", None)


def test_two_reports_of_one_value_are_set_apart_to_be_clicked() -> None:
    views = [
        year("2018", 1.0, unit="rank", obs_id="a"),
        year("2018", 1.0, unit="rank", obs_id="b"),
        year("2019", 1.0, unit="rank", obs_id="c"),
    ]
    figure = indicator_figure(views, "vi")
    (a_trace, a_index), (b_trace, b_index) = point_of(figure, "a"), point_of(figure, "b")
    a_x, b_x = a_trace.x[a_index], b_trace.x[b_index]
    assert a_x < "2018-07-02" < b_x
    assert date.fromisoformat(b_x) - date.fromisoformat(a_x) < timedelta(days=120)
    assert trace_of(figure, "c").x[-1] == "2019-07-02"


@pytest.mark.parametrize(
    ("periods", "labelled"),
    [
        (["2019"], ["2019"]),
        (["2016/2020"], ["2016", "2017", "2018", "2019", "2020"]),
        (["2023", "2024", "2026/2030"], ["2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"]),
        (["2011", "2013", "2025"], ["2011", "2013", "2015", "2017", "2019", "2021", "2023", "2025"]),
        (["2010", "2025"], ["2011", "2013", "2015", "2017", "2019", "2021", "2023", "2025"]),  # the latest
        (["2012", "2025"], ["2013", "2015", "2017", "2019", "2021", "2023", "2025"]),
    ],
)
def test_the_years_labelled_are_those_with_points(periods: list[str], labelled: list[str]) -> None:
    views = [year(p, 1e9 * (i + 1)) for i, p in enumerate(periods)]
    assert list(indicator_figure(views, "en").layout.xaxis.ticktext) == labelled


@pytest.mark.parametrize("lang", LANGS)
def test_a_definition_change_breaks_the_line_and_is_marked(lang: str) -> None:
    figure = indicator_figure(SCENARIOS["definition change"], lang)
    series = [trace for trace in figure.data if trace.customdata is not None]
    assert [trace.name for trace in series] == (
        ["Vốn FDI đăng ký", "Tổng vốn đầu tư nước ngoài"]
        if lang == "vi"
        else ["Registered FDI", "All foreign investment"]
    )
    assert [len(trace.x) for trace in series] == [2, 2]
    assert [a.text for a in figure.layout.annotations] == [WORDS["definition_changes"][lang]]
    assert figure.layout.annotations[0].text == ("đổi định nghĩa" if lang == "vi" else "definition changes")
    (line,) = [shape for shape in figure.layout.shapes if shape.type == "line"]
    assert line.line.dash == "dot"
    assert "2018-07-02" < line.x0 == line.x1 < "2019-07-02"


@pytest.mark.parametrize(
    ("views", "end"),
    [
        # The points beside the change, four months apart, are high: the note runs up from the
        # bottom, clear of them (partner cities in 2020: a year's figure, then one of 6 November).
        (
            [
                year("2014", 1e9, **REGISTERED),
                year("2020", 9e9, **REGISTERED),
                year("2020-11-06", 9e9, **ALL_FOREIGN),
            ],
            (0, "bottom"),
        ),
        # They are low (the highest point is far away): the note runs down from the top.
        (
            [
                year("2014", 9e9, **REGISTERED),
                year("2020", 1e9, **REGISTERED),
                year("2020-11-06", 1e9, **ALL_FOREIGN),
            ],
            (1, "top"),
        ),
        # They are high but four years apart, too far to be under the note: it keeps to the top.
        (
            [
                year("2014", 1e9, **REGISTERED),
                year("2016", 9e9, **REGISTERED),
                year("2020", 9e9, **ALL_FOREIGN),
            ],
            (1, "top"),
        ),
    ],
    ids=["high neighbours", "low neighbours", "distant neighbours"],
)
def test_a_definition_change_note_stands_clear_of_the_points_beside_it(
    views: Views, end: tuple[int, str]
) -> None:
    (note,) = indicator_figure(views, "en").layout.annotations
    assert (note.y, note.yanchor) == end


def test_interleaved_definitions_are_not_joined_across_the_other() -> None:
    figure = indicator_figure(SCENARIOS["interleaved definitions"], "en")
    assert not [trace for trace in figure.data if "lines" in trace.mode]
    assert len(figure.layout.annotations) == 2
    registered = [trace for trace in figure.data if trace.name == "Registered FDI"]
    assert len(registered) == 2
    assert sum(trace.showlegend is not False for trace in registered) == 1


@pytest.mark.parametrize(
    ("obs_id", "kind", "name_vi", "name_en"),
    [
        # The scenario has two definitions: each span names its own.
        (
            "fdi-2020-01-2020-09",
            "part_year",
            "Tổng vốn đầu tư nước ngoài: 9 tháng đầu năm 2020 (chưa phải cả năm)",
            "All foreign investment: first 9 months of 2020 (not a full year)",
        ),
        (
            "fdi-2016-2020",
            "multi_year",
            "Tổng vốn đầu tư nước ngoài: 2016–2020 (cả giai đoạn, không phải một năm)",
            "All foreign investment: 2016–2020 (whole period, not one year)",
        ),
    ],
)
def test_part_year_and_multi_year_figures_are_their_own_traces(
    obs_id: str, kind: str, name_vi: str, name_en: str
) -> None:
    views = SCENARIOS["fdi as reported"]
    for lang, name in (("vi", name_vi), ("en", name_en)):
        figure = indicator_figure(views, lang)
        trace = trace_of(figure, obs_id)
        assert [row[0] for row in trace.customdata] == [obs_id]
        assert trace.mode == "markers"
        assert trace.name == name
        (period,) = [view.period for view in views if view.id == obs_id]
        assert period is not None
        assert trace.x == (period.end.isoformat(),), "the marker sits at the period's last day"
        spans = [t for t in figure.data if t.customdata is None and t.legendgroup == trace.legendgroup]
        assert len(spans) == 1
        assert spans[0].x == (period.start.isoformat(), period.end.isoformat(), None)


def test_a_large_multi_year_total_gets_its_own_panel() -> None:
    figure = indicator_figure(SCENARIOS["fdi as reported"], "vi")
    assert trace_of(figure, "fdi-2016-2020").yaxis == "y2"
    assert {trace_of(figure, obs).yaxis or "y" for obs in ["fdi-2018", "fdi-2019", "fdi-2025"]} == {"y"}
    assert figure.layout.yaxis2.range[1] > 25
    assert figure.layout.yaxis.range[1] < 12
    assert "Cả giai đoạn nhiều năm" in [a.text for a in figure.layout.annotations]


def test_a_multi_year_average_shares_the_panel() -> None:
    figure = indicator_figure(SCENARIOS["growth with an average"], "en")
    assert trace_of(figure, "g-2016-2020").yaxis in (None, "y")
    assert "yaxis2" not in figure.layout.to_plotly_json()


def test_points_sit_at_mid_year_or_at_their_date() -> None:
    figure = indicator_figure(
        [
            year("2019", 1e9),
            year("2020-01/2020-09", 2e9),
            make_row(period="2020-11-06", value=3e9, obs_id="fdi-now"),
        ],
        "en",
    )
    assert trace_of(figure, "fdi-2019").x == ("2019-07-02",)
    assert trace_of(figure, "fdi-2020-01-2020-09").x == ("2020-09-30",)
    assert trace_of(figure, "fdi-now").x == ("2020-11-06",)
    assert dict(zip(figure.layout.xaxis.tickvals, figure.layout.xaxis.ticktext, strict=True)) == {
        "2019-07-02": "2019",
        "2020-07-02": "2020",
    }


def test_ranks_run_downwards_from_one_with_integer_ticks() -> None:
    figure = indicator_figure(SCENARIOS["ranks"], "vi")
    axis = figure.layout.yaxis
    assert axis.autorange == "reversed"
    assert list(axis.tickvals) == [1, 2, 3]
    assert all(float(t).is_integer() for t in axis.tickvals)
    assert "thứ 1" in axis.ticktext[0]
    assert "1st" in indicator_figure(SCENARIOS["ranks"], "en").layout.yaxis.ticktext[0]


@pytest.mark.parametrize(
    ("lang", "separators", "value", "title", "tick"),
    [
        ("vi", ",.", "8,67 tỷ USD", "tỷ USD", "2,5"),
        ("en", ".,", "US$8.67 billion", "US$ billion", "2.5"),
    ],
)
def test_numbers_are_written_for_the_language(
    lang: str, separators: str, value: str, title: str, tick: str
) -> None:
    views = [year("2018", 5e9), year("2019", 8.67e9), year("2020", 7e9)]
    figure = indicator_figure(views, lang)
    assert figure.layout.separators == separators
    assert figure.layout.yaxis.title.text == title
    assert tick in figure.layout.yaxis.ticktext
    assert "0" in figure.layout.yaxis.ticktext
    trace, index = point_of(figure, "fdi-2019")
    assert trace.customdata[index][1] == value
    assert max(trace.y) == pytest.approx(8.67), "values are drawn in the axis's scale"


def test_vi_and_en_figures_differ_only_in_words() -> None:
    views = SCENARIOS["fdi as reported"]
    vi, en = indicator_figure(views, "vi"), indicator_figure(views, "en")
    assert [t.x for t in vi.data] == [t.x for t in en.data]
    assert [t.y for t in vi.data] == [t.y for t in en.data]
    assert [t.name for t in vi.data] != [t.name for t in en.data]
    assert vi.layout.yaxis.ticktext != en.layout.yaxis.ticktext


def test_hover_shows_value_period_qualifier_definition_and_source() -> None:
    views = [
        year(
            "2020-01/2020-09",
            3.28e9,
            qualifier="estimate",
            source_published="2020-10",
            source_published_basis="inferred",
        )
    ]
    figure = indicator_figure(views, "vi")
    trace, index = point_of(figure, "fdi-2020-01-2020-09")
    assert [cell.replace("<br>", " ") for cell in trace.customdata[index]] == [
        "fdi-2020-01-2020-09",
        "ước 3,28 tỷ USD",
        "9 tháng đầu năm 2020",
        "ước tính",
        "Vốn đầu tư trực tiếp nước ngoài",
        "Nguồn: Hà Nội hội nhập quốc tế, tháng 10/2020 (ngày suy ra)",
    ]
    for index_ in range(1, 6):
        assert f"%{{customdata[{index_}]}}" in trace.hovertemplate
    assert "%{y}" not in trace.hovertemplate
    en = point_of(indicator_figure(views, "en"), "fdi-2020-01-2020-09")
    assert en[0].customdata[0][5].replace("<br>", " ") == (
        "Source: Hanoi&#x27;s international integration, Oct 2020 (date inferred)"
    )


def test_text_from_the_data_is_escaped() -> None:
    views = [
        year(
            "2019",
            1e9,
            definition="x",
            definition_en="<b>bold</b> & <script>",
            source_title_en="<img src=x onerror=alert(1)>",
        ),
        year(
            "2020",
            2e9,
            definition="x",
            definition_en="<b>bold</b> & <script>",
            source_title_en="<img src=x onerror=alert(1)>",
        ),
    ]
    figure = indicator_figure(views, "en")
    seen = " ".join(texts(figure))
    assert "<b>bold" not in seen and "<script>" not in seen and "<img" not in seen
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in seen
    assert "&lt;img src=x onerror=alert(1)&gt;" in seen


@pytest.mark.parametrize(("scenario", "labelled"), [("one point", 1), ("two years", 2), ("steady series", 0)])
def test_one_or_two_points_carry_their_value_as_text(scenario: str, labelled: int) -> None:
    figure = indicator_figure(SCENARIOS[scenario], "vi")
    labels = [
        text for trace in figure.data if trace.customdata is not None and trace.text for text in trace.text
    ]
    assert len(labels) == labelled
    if labelled:
        assert all("+text" in t.mode for t in figure.data if t.customdata is not None)
        assert any(text.endswith("4,29 tỷ USD") for text in labels)


@pytest.mark.parametrize(
    ("qualifier", "vi", "en"),
    [
        ("more_than", "hơn 65 đoàn", "more than 65 delegations"),
        ("nearly", "gần 65 đoàn", "nearly 65 delegations"),
        ("approximately;estimate", "ước khoảng 65 đoàn", "est. about 65 delegations"),
        ("less_than", "dưới 65 đoàn", "less than 65 delegations"),
        ("exact", "65 đoàn", "65 delegations"),
    ],
)
def test_a_printed_value_keeps_its_hedge(qualifier: str, vi: str, en: str) -> None:
    views = [make_row(period="2024", value=65.0, unit="delegations", qualifier=qualifier, obs_id="d")]
    for lang, expected in (("vi", vi), ("en", en)):
        trace, index = point_of(indicator_figure(views, lang), "d")
        assert trace.text[index] == expected, "the value label"
        assert trace.customdata[index][1] == expected, "the hover"


def test_a_doubted_figure_is_marked_and_its_legend_says_so() -> None:
    views = [make_row(period="2024", value=19.4e9, obs_id="t", doubt_en="fits exports", doubt_vi="x")]
    figure = indicator_figure(views, "en")
    trace, index = point_of(figure, "t")
    assert trace.marker.symbol[index] == "circle-open-dot"
    assert "in doubt" in trace.customdata[index][5]
    assert trace.text[index] == "US$19.4 billion ?", "a lone point's label says it is in doubt"
    assert [t.name for t in figure.data if t.showlegend] == ["? in doubt"]
    steady = [
        make_row(period=str(y), value=v * 1e9, obs_id=f"t-{y}", doubt_en="x" if y == 2020 else "")
        for y, v in ((2018, 17.0), (2019, 18.0), (2020, 19.4))
    ]
    figure = indicator_figure(steady, "en")
    marks = [t for t in figure.data if t.customdata is None and t.text == ("?",) and t.x[0] is not None]
    trace, index = point_of(figure, "t-2020")
    assert len(marks) == 1 and marks[0].x[0] == trace.x[index], "unlabelled, the '?' stands beside the point"


@pytest.mark.parametrize(
    ("views", "sides"),
    [
        (SCENARIOS["one point"], {"fdi-2025": "top center"}),
        # Two points stand near the two ends of the time axis: each label leans inwards.
        (SCENARIOS["two years"], {"fdi-2019": "top right", "fdi-2025": "top left"}),
        # At about one height their labels would meet in the middle: the lower one goes under.
        (
            [year("2019", 7.1e6, unit="visits"), year("2025", 7.2e6, unit="visits")],
            {"fdi-2019": "bottom right", "fdi-2025": "top left"},
        ),
        (
            [year("2019", 33.7e6, unit="visits"), year("2025", 29e6, unit="visits")],
            {"fdi-2019": "top right", "fdi-2025": "bottom left"},
        ),
        # A whole period's marker stands at its end, near the axis's right end.
        (
            [year("2016/2020", 250, unit="visits_per_year", qualifier="approximately")],
            {"fdi-2016-2020": "top left"},
        ),
    ],
    ids=["one point", "two points", "two at one height", "two falling", "one span"],
)
def test_value_labels_lean_away_from_the_ends_of_the_time_axis(views: Views, sides: dict[str, str]) -> None:
    figure = indicator_figure(views, "en")
    found = {
        row[0]: trace.textposition[index]
        for trace in figure.data
        if trace.text
        for index, row in enumerate(trace.customdata)
    }
    assert found == sides


@pytest.mark.parametrize("lang", LANGS)
def test_a_few_states_at_dates_are_labelled_with_their_dates(lang: str) -> None:
    figure = indicator_figure(SCENARIOS["as of dates"], lang)
    assert figure.layout.xaxis.tickvals == ("2018-06-30", "2019-06-30", "2020-11-06")
    assert figure.layout.xaxis.ticktext == (
        ("30 Jun 2018", "30 Jun 2019", "6 Nov 2020")
        if lang == "en"
        else ("30/06/2018", "30/06/2019", "06/11/2020")
    )
    # More dates, or a year's figure among them: the axis counts years again.
    more = [
        make_row(period=p, value=90, unit="cities", obs_id=f"c-{p}", figure="90")
        for p in ("2017-06-30", "2018-06-30", "2019-06-30", "2020-11-06")
    ]
    mixed = [
        make_row(period="2019", value=90, unit="cities", obs_id="c-2019", figure="90"),
        make_row(period="2020-11-06", value=95, unit="cities", obs_id="c-2020", figure="95"),
    ]
    close = [
        make_row(period=p, value=90, unit="cities", obs_id=f"c-{p}", figure="90")
        for p in ("2015-06-30", "2020-11-06", "2020-12-31")
    ]  # two labels would collide
    assert indicator_figure(more, lang).layout.xaxis.ticktext == ("2017", "2018", "2019", "2020")
    assert indicator_figure(mixed, lang).layout.xaxis.ticktext == ("2019", "2020")
    assert indicator_figure(close, lang).layout.xaxis.ticktext[-1] == "2020"
    # A date's label has its tick; a year's stands between ticks where years begin.
    assert figure.layout.xaxis.ticks == "outside" and not figure.layout.xaxis.minor.ticks
    years = indicator_figure(mixed, lang).layout.xaxis
    assert years.ticks == "" and years.minor.ticks == "outside"
    assert (years.minor.tick0, years.minor.dtick) == ("2000-01-01", "M12")


def test_a_lone_point_has_a_y_axis_from_zero() -> None:
    figure = indicator_figure(SCENARIOS["one point"], "en")
    low, high = figure.layout.yaxis.range
    assert low == 0
    assert 4.29 < high < 8
    assert figure.data[0].text == ("US$4.29 billion",)
    assert not [trace for trace in figure.data if trace.showlegend], "nothing to tell apart"


@pytest.mark.parametrize("scenario", ["steady series", "hedges", "definition change"])
def test_the_highest_point_selected_keeps_its_halo_inside_the_plot(scenario: str) -> None:
    views = SCENARIOS[scenario]
    highest = max(views, key=lambda view: view.value)
    figure = indicator_figure(views, "en", selected=highest.id)
    (halo,) = [shape for shape in figure.layout.shapes if shape.type == "circle"]
    low, high = figure.layout.yaxis.range
    headroom = (high - halo.yanchor) / (high - low)
    # The halo reaches 14 px above the point; the main plot area is at least 200 px high.
    assert headroom * 200 >= 16, f"the halo is cut at the top ({headroom:.3f} of the axis above it)"


def test_projected_figures_are_reached_by_a_dashed_segment() -> None:
    views = [year("2018", 7e9), year("2019", 8e9), year("2020", 9e9, qualifier="projected")]
    figure = indicator_figure(views, "en")
    solid = trace_of(figure, "fdi-2018")
    assert [row[0] for row in solid.customdata] == ["fdi-2018", "fdi-2019"]
    assert solid.mode == "lines+markers"
    projected = trace_of(figure, "fdi-2020")
    assert projected.mode == "markers"
    assert projected.marker.symbol == ("square-open",)
    (dashed,) = [
        t
        for t in figure.data
        if t.line.dash == "dash" and t.customdata is None and not (t.legendgroup or "").startswith("key")
    ]
    assert dashed.x == ("2019-07-02", "2020-07-02", None)
    assert dashed.y == (8.0, 9.0, None)


def test_the_selected_observation_is_emphasised() -> None:
    views = SCENARIOS["steady series"]
    figure = indicator_figure(views, "en", selected="fdi-2017")
    trace, index = point_of(figure, "fdi-2017")
    assert trace.selectedpoints == (index,)
    assert trace.selected.marker.size > trace.marker.size
    assert trace.unselected.marker.opacity == 1, "the other points stay as they are"
    (halo,) = [shape for shape in figure.layout.shapes if shape.type == "circle"]
    assert (halo.xanchor, halo.yanchor) == ("2017-07-02", 7.0)
    assert halo.line.width > 0, "outlined"
    plain = indicator_figure(views, "en", selected="elsewhere")
    assert not plain.layout.shapes
    assert all(trace.selectedpoints is None for trace in plain.data)


def test_the_layout_suits_a_phone_and_a_click() -> None:
    figure = indicator_figure(SCENARIOS["fdi as reported"], "en")
    layout = figure.layout
    assert 380 <= layout.height - (layout.margin.t - 12) <= 520, (
        "taller only to hold the title, and a legend stacked on a phone"
    )
    assert layout.legend.orientation == "h"
    assert layout.legend.y < 0, "the legend sits under the chart"
    assert layout.clickmode == "event+select"
    assert layout.dragmode is False
    assert "sans-serif" in layout.font.family
    assert max(layout.margin.l, layout.margin.r, layout.margin.b) <= 30
    # The top margin holds the title and its subtitle (tests of the title below), and no more.
    title_px = layout.margin.t - 12
    title_lines = 1 + layout.title.text.count("<br>") + 1 + layout.title.subtitle.text.count("<br>")
    assert 14 * title_lines <= title_px <= 24 * title_lines


def title_lines(text: str) -> str:
    """Return a title's or subtitle's lines read as one line of text."""
    return text.replace("<br>", " ")


TWO_ARTICLES = [
    year("2019", 8.67e9, source_id="b", source_published="2020-11-06", source_publisher="Thethaovanhoa.vn"),
    year("2020", 5e9, source_id="a", source_published="2020-10"),
    year("2018", 7e9, source_id="c", source_published="2021-01-02", source_publisher="Thethaovanhoa.vn"),
]


@pytest.mark.parametrize(
    ("lang", "title", "subtitle"),
    [
        (
            "vi",
            "Vốn FDI",
            "tỷ USD Nguồn: Hà Nội hội nhập quốc tế; Thethaovanhoa.vn · "
            "Hà Nội hội nhập quốc tế qua các con số",
        ),
        (
            "en",
            "FDI",
            "US$ billion Source: Hanoi's international integration; Thethaovanhoa.vn · "
            "Hanoi integration indicators",
        ),
    ],
)
def test_the_figure_carries_its_title_unit_and_sources(lang: str, title: str, subtitle: str) -> None:
    layout = indicator_figure(TWO_ARTICLES, lang).layout
    assert layout.title.text == title
    # The unit as the y axis names it, then each article once (by its publisher where one is
    # recorded, earliest first), then the dataset: so that a downloaded image says it all.
    assert html.unescape(title_lines(layout.title.subtitle.text)) == subtitle
    assert layout.title.subtitle.text.startswith(layout.yaxis.title.text + "<br>")
    assert (layout.title.x, layout.title.xanchor, layout.title.xref) == (0, "left", "container")
    assert layout.title.subtitle.font.size < layout.title.font.size <= 14
    assert contrast_on_white(layout.title.subtitle.font.color) >= 4.5
    assert layout.title.subtitle.font.color != layout.font.color, "the subtitle is grey"


def test_a_long_article_title_is_shortened_and_long_lines_are_wrapped() -> None:
    long_title = "Continuing to raise the Capital's prestige and standing through foreign affairs"
    views = [
        year(
            "2019",
            1e9,
            source_title_en=long_title,
            indicator_en="Foreign-invested sector's share of budget revenue in the year",
        ),
        year("2020", 2e9, source_title_en=long_title),
    ]
    layout = indicator_figure(views, "en").layout
    subtitle = title_lines(layout.title.subtitle.text)
    assert long_title not in html.unescape(subtitle)
    assert "Continuing to raise the Capital&#x27;s…" in subtitle
    for text in (layout.title.text, layout.title.subtitle.text):
        lines = text.split("<br>")
        assert len(lines) >= 2 and all(len(html.unescape(line)) <= 52 for line in lines), lines


def test_the_title_grows_the_figure_not_the_plot() -> None:
    short = indicator_figure([year("2019", 1e9), year("2020", 2e9)], "en").layout
    name = "A name long enough to need two lines in the title"
    long = indicator_figure([year(y, 1e9, indicator_en=name) for y in ("2019", "2020")], "en").layout
    assert long.title.text.count("<br>") > short.title.text.count("<br>")
    assert long.margin.t > short.margin.t
    assert long.height - long.margin.t == short.height - short.margin.t, "the plot keeps its size"


def test_the_title_escapes_text_from_the_data() -> None:
    views = [
        year(
            y,
            1e9,
            indicator_en="<b>FDI</b> & co",
            source_title_en="<script>x</script>",
            source_publisher="<img src=x onerror=alert(1)>",
        )
        for y in ("2019", "2020")
    ]
    layout = indicator_figure(views, "en").layout
    seen = layout.title.text + layout.title.subtitle.text
    assert "<b>" not in seen and "<img" not in seen and "<script" not in seen
    assert layout.title.text == "&lt;b&gt;FDI&lt;/b&gt; &amp; co"
    assert "&lt;img src=x onerror=alert(1)&gt;" in title_lines(layout.title.subtitle.text)


@pytest.mark.parametrize(
    ("views", "error"),
    [
        ([], "expected the dated observations of one indicator, found none"),
        (
            [year("2019", 1.0), make_row(indicator_id="visitors", obs_id="v")],
            "expected the observations of one indicator, found fdi, visitors",
        ),
    ],
)
def test_wrong_slices_are_errors(views: Views, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        indicator_figure(views, "vi")


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="expected a language among vi, en, found 'fr'"):
        indicator_figure(SCENARIOS["one point"], "fr")


def test_chart_words_exist_in_both_languages() -> None:
    for key, words in WORDS.items():
        assert set(words) == set(LANGS) and all(words.values()), key


# -- sparklines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("views", "expected"),
    [
        (SCENARIOS["one point"], None),
        ([year("2019", 1e9), year("2020-01/2020-09", 2e9)], None),
        ([year("2019", 1e9, **REGISTERED), year("2020", 2e9, **ALL_FOREIGN)], None),
        ([year("2019", 1e9), year("2020", 2e9, qualifier="target")], None),
        ([year("2019", 1e9, obs_id="a"), year("2019", 1e9, obs_id="b")], None),
        (SCENARIOS["definition change"], ("2019-07-02", "2020-07-02")),
        (SCENARIOS["fdi as reported"], ("2018-07-02", "2025-07-02")),
        (SCENARIOS["as of dates"], ("2018-06-30", "2019-06-30", "2020-11-06")),
    ],
)
def test_sparkline_shows_comparable_points_or_nothing(views: Views, expected: tuple[str, ...] | None) -> None:
    trend = sparkline(views)
    if expected is None:
        assert trend is None
        return
    assert trend is not None
    assert tuple(day.isoformat() for day, _ in trend.points) == expected
    assert trend.reversed is False
    assert sparkline(reversed(views)) == trend, "views in any order, even read once, give one trend"


def svg_points(svg: str) -> list[tuple[float, float]]:
    (line,) = re.findall(r'<polyline points="([^"]*)"', svg)
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in line.split())]


def test_sparkline_svg_draws_time_left_to_right_and_larger_values_up() -> None:
    trend = sparkline(SCENARIOS["fdi as reported"])  # registered FDI: 2018 7.5 bn, 2025 4.29 bn
    assert trend is not None
    svg = trend.svg()
    placed = svg_points(svg)
    assert len(placed) == len(trend.points) == 2
    (x0, y0), (x1, y1) = placed
    assert x0 < x1 and y0 < y1, "the later, smaller value is drawn to the right and lower"
    for x, y in placed:
        assert 0 <= x <= Sparkline.WIDTH and 0 <= y <= Sparkline.HEIGHT
    assert f"M{x1:g} {y1:g}h0" in svg, "the dot marks the latest point"


def test_sparkline_of_ranks_points_up_for_a_better_rank() -> None:
    trend = sparkline(SCENARIOS["ranks"])  # 3rd in 2017, then 1st, 1st, 2nd
    assert trend is not None and trend.reversed
    heights = [y for _, y in svg_points(trend.svg())]
    assert heights[1] == heights[2] < heights[3] < heights[0], "first place is drawn at the top"


def test_sparkline_of_one_value_throughout_is_a_flat_line() -> None:
    trend = Sparkline(((date(2019, 7, 2), 5.0), (date(2020, 7, 2), 5.0)))
    (_, y0), (_, y1) = svg_points(trend.svg())
    assert y0 == y1 == Sparkline.HEIGHT / 2


def test_sparkline_image_holds_the_svg_and_only_an_escaped_label() -> None:
    from urllib.parse import unquote

    trend = sparkline([year("2019", 1e9), year("2020", 2e9)])
    assert trend is not None
    img = trend.img('<img src=x onerror=alert(1)> "quoted" & more')
    (tag,) = re.findall(r"<[^<>]*>", img)
    assert tag == img and tag.startswith('<img class="hi-spark" src="data:image/svg+xml,')
    (alt,) = re.findall(r'alt="([^"]*)"', img)
    assert html.unescape(alt) == '<img src=x onerror=alert(1)> "quoted" & more'
    (source,) = re.findall(r'src="([^"]*)"', img)
    assert "#" not in source and " " not in source, "a '#' would cut the data URL short"
    assert unquote(html.unescape(source).removeprefix("data:image/svg+xml,")) == trend.svg()
    assert re.findall(r"<(/?\w+)", trend.svg()) == ["svg", "polyline", "path", "/svg"]


# -- latest and previous comparable -------------------------------------------------------------


@pytest.mark.parametrize(
    ("views", "latest", "previous", "reason"),
    [
        (SCENARIOS["one point"], "fdi-2025", None, "only_one"),
        (SCENARIOS["steady series"], "fdi-2020", "fdi-2019", None),
        (SCENARIOS["definition change"], "fdi-2020", "fdi-2019", None),
        (
            [year("2018", 7e9, **REGISTERED), year("2019", 8e9, **ALL_FOREIGN)],
            "fdi-2019",
            None,
            "definition_changed",
        ),
        (
            [year("2019", 7e9), year("2020-01/2020-09", 3e9)],
            "fdi-2020-01-2020-09",
            None,
            "period_differs",
        ),
        (
            [year("2019-01/2019-09", 2e9), year("2019", 7e9), year("2020-01/2020-09", 3e9)],
            "fdi-2020-01-2020-09",
            "fdi-2019-01-2019-09",
            None,
        ),
        (
            [year("2019-01/2019-06", 2e9), year("2020-01/2020-09", 3e9)],
            "fdi-2020-01-2020-09",
            None,
            "period_differs",
        ),
        (SCENARIOS["fdi as reported"], "fdi-2025", "fdi-2018", None),
        ([year("2016/2020", 25e9), year("2020", 5e9)], "fdi-2020", None, "period_differs"),
        ([year("2019", 7e9, obs_id="a"), year("2019", 7e9, obs_id="b")], "b", None, "only_one"),
        (SCENARIOS["as of dates"], "cities-2020-11-06", "cities-2019-06-30", None),
        (
            [year("2019", 95.0), make_row(period="2020-11-06", value=100.0, obs_id="now")],
            "now",
            None,
            "period_differs",
        ),
    ],
)
def test_latest_comparable(views: Views, latest: str, previous: str | None, reason: str | None) -> None:
    found_latest, found_previous, found_reason = latest_comparable(views)
    assert found_latest.id == latest
    assert (None if found_previous is None else found_previous.id) == previous
    assert found_reason == reason


def test_latest_comparable_needs_rows() -> None:
    with pytest.raises(ValueError, match="found none"):
        latest_comparable([])


# -- any mix of observations --------------------------------------------------------------------

PERIODS = [
    "2016",
    "2017",
    "2018",
    "2019",
    "2020",
    "2020-01/2020-09",
    "2019-01/2019-06",
    "2016/2020",
    "2011/2015",
    "2020-11-06",
    "2019-12-31",
]
QUALIFIERS = [
    "exact",
    "approximately",
    "nearly",
    "more_than",
    "estimate",
    "projected",
    "target",
    "approximately;estimate",
    "more_than;projected",
]


@st.composite
def indicator_views(draw: st.DrawFn) -> list[ObservationView]:
    unit = draw(st.sampled_from(["USD", "VND", "visits", "percent", "rank", "cities", "times"]))
    count = draw(st.integers(min_value=1, max_value=8))
    views = []
    for number in range(count):
        definition = draw(st.sampled_from(["", "a", "b"]))
        # Articles state figures with a few significant digits: 8,67 tỷ, 2.067 triệu, 33,7 triệu.
        value = (
            Decimal(draw(st.sampled_from([1, 2, 7])))
            if unit == "rank"
            else Decimal(draw(st.integers(0, 9999))).scaleb(draw(st.integers(-2, 7)))
        )
        views.append(
            make_row(
                obs_id=f"o{number}",
                period=draw(st.sampled_from(PERIODS)),
                unit=unit,
                value=value,
                qualifier=draw(st.sampled_from(QUALIFIERS)),
                definition=definition,
                definition_vi=f"định nghĩa {definition or 'chung'}",
                definition_en=f"definition {definition or 'one'}",
            )
        )
    return views


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(views=indicator_views(), lang=st.sampled_from(LANGS), selected=st.sampled_from([None, "o0"]))
def test_invariants_hold_for_any_mix(views: Views, lang: str, selected: str | None) -> None:
    assert_invariants(indicator_figure(views, lang, selected=selected), views)
    latest, previous, reason = latest_comparable(views)
    assert (previous is None) == (reason is not None)
    assert reason is None or reason in REASONS
    if previous is not None:
        assert previous.definition == latest.definition
        assert previous.period is not None and latest.period is not None
        assert previous.period.end < latest.period.start
    trend = sparkline(views)
    if trend is not None:
        assert len(trend.points) >= 2


# -- the real dataset ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_views() -> dict[str, list[ObservationView]]:
    """The real dataset's views, by indicator."""
    if not DATA_FILE.exists():
        pytest.skip(f"{DATA_FILE.name} is not curated yet: the real-data chart tests start once it exists")
    from indicators.check import check_file
    from indicators.view import observation_views

    result = check_file(DATA_FILE, with_coverage=False)
    assert result.dataset is not None, [str(problem) for problem in result.problems]
    by_indicator: dict[str, list[ObservationView]] = defaultdict(list)
    for view in observation_views(result.dataset, result.evidence, result.texts):
        by_indicator[view.indicator.id].append(view)
    assert by_indicator, "the real dataset has no observations to chart"
    return dict(by_indicator)


@pytest.mark.parametrize("lang", LANGS)
def test_every_real_indicator_charts_cleanly(real_views: dict[str, list[ObservationView]], lang: str) -> None:
    charted = 0
    for views in real_views.values():
        figure = indicator_figure(views, lang, selected=views[0].id)
        assert_invariants(figure, views)
        if len(views) <= 2:
            assert all(trace.text for trace in figure.data if trace.customdata is not None)
        if views[0].unit == "rank":
            assert figure.layout.yaxis.autorange == "reversed"
        _, previous, reason = latest_comparable(views)
        assert (previous is None) == (reason in REASONS)
        trend = sparkline(views)
        assert trend is None or len(trend.points) >= 2
        charted += 1
    assert charted == len(real_views) > 0


def test_real_part_year_and_multi_year_figures_are_never_on_a_yearly_line(
    real_views: dict[str, list[ObservationView]],
) -> None:
    kinds = {PeriodKind.PART_YEAR, PeriodKind.MULTI_YEAR}
    spans = {view.id for views in real_views.values() for view in views if view.kind in kinds}
    for views in real_views.values():
        for obs_id in [view.id for view in views if view.id in spans]:
            trace = trace_of(indicator_figure(views, "en"), obs_id)
            others = {row[0] for row in trace.customdata} - spans
            assert not others, f"{obs_id} shares a trace with {others}"
            assert "lines" not in trace.mode
