"""An indicator's figure: its observations over time, each a clickable marker (:mod:`indicators.charts`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Final

import plotly.graph_objects as go

from indicators.charts.axes import axis_scale, height_in, time_axis, time_span, y_axis
from indicators.charts.draw import Drawer
from indicators.charts.names import period_label, series_name
from indicators.charts.points import (
    LINE_KINDS,
    SPAN_KINDS,
    Point,
    Rows,
    by_period,
    place,
    records,
    spread,
    time_order,
)
from indicators.charts.style import FONT, HEIGHT, INK, KEY_COLOUR, LEGEND_ROW, MOST_HEIGHT, PALETTE, WORDS
from indicators.labels import label
from indicators.languages import check_lang
from indicators.vietnamese import UNITS

OWN_PANEL_RATIO: Final = 2.0


def indicator_figure(rows: Rows, lang: str, *, selected: str | None = None) -> go.Figure:
    """Draw one indicator's observations over time, each a clickable marker (see the module notes)."""
    check_lang(lang)
    given = [record for record in records(rows) if record["period"]]  # no period stated: not drawn
    if not given:
        raise ValueError("expected the dated observations of one indicator, found none")
    indicators = sorted({str(record["indicator_id"]) for record in given})
    if len(indicators) > 1:
        raise ValueError(f"expected the observations of one indicator, found {', '.join(indicators)}")
    unit = str(given[0]["unit"])
    points = spread([place(record, unit, lang) for record in given])
    line_points = [p for p in points if p.kind in LINE_KINDS]
    part_points = [p for p in points if p.kind == "part_year"]
    multi_points = [p for p in points if p.kind in SPAN_KINDS]
    others = line_points + part_points
    own_panel = bool(
        multi_points and others and unit != "rank"
        and max(abs(p.value) for p in multi_points) > OWN_PANEL_RATIO * max(abs(p.value) for p in others)
    )
    panels = [others, multi_points] if own_panel else [points]
    scales = [axis_scale(panel, unit) for panel in panels]
    labelled = len(points) <= 2
    draw = Drawer(lang, selected, labelled=labelled, time_span=time_span(points, labelled))

    series_order = list(dict.fromkeys(p.series for p in sorted(line_points, key=time_order)))
    kinds_of = {definition: {k for d, k in series_order if d == definition} for definition, _ in series_order}
    single_series = len(series_order) == 1 and not part_points and not multi_points
    # One colour a definition: a series and the spans of its definition share it.
    definitions = list(dict.fromkeys([d for d, _ in series_order]
                                     + [p.definition for p in sorted(points, key=time_order)]))
    colour_of = {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(definitions)}
    named = len(definitions) > 1  # spans say their definition where there are several
    for index, key in enumerate(series_order):
        members = sorted((p for p in line_points if p.series == key), key=time_order)
        name = series_name(members[0].definition_text)
        if len(kinds_of[key[0]]) > 1:
            name = f"{name} ({label('period_kind', key[1], lang)})"
        draw.series(members, line_points, name, colour_of[key[0]], scales[0],
                    legendgroup=f"series-{index}", showlegend=not single_series)
    for members in by_period(part_points):
        name = _span_name(members[0], WORDS["not_full_year"][lang], lang, named=named)
        draw.spans(members, name, colour_of[members[0].definition], scales[0], panel=1)
    for members in by_period(multi_points):
        kind = ("to_date" if members[0].kind == "to_date"
                else "yearly_average" if UNITS[unit].kind == "rate" else "whole_period")
        name = _span_name(members[0], WORDS[kind][lang], lang, named=named)
        draw.spans(members, name, colour_of[members[0].definition], scales[-1], panel=len(panels))
    draw.doubts(points, scales, own_panel)
    draw.key(points)

    layout = _layout(lang, points, draw.labelled)
    x_axis = layout.pop("xaxis")
    for panel, (panel_points, scale) in enumerate(zip(panels, scales, strict=True), start=1):
        suffix = "" if panel == 1 else str(panel)
        layout[f"xaxis{suffix}"] = {**x_axis, "anchor": f"y{suffix}"}
        layout[f"yaxis{suffix}"] = {**y_axis(panel_points, unit, scale, lang, draw.labelled),
                                    "anchor": f"x{suffix}"}
    height = height_in(layout["yaxis"], panels[0], scales[0])  # in the main panel
    draw.definition_changes(line_points, panels[0], draw.time_span, height)
    if own_panel:
        layout["xaxis"].update(matches="x2", showticklabels=False)
        layout["yaxis"]["domain"] = [0.4, 1]
        layout["yaxis2"]["domain"] = [0, 0.28]
        draw.annotations.append({
            "text": html.escape(WORDS["multi_year_panel"][lang]), "xref": "x2 domain", "yref": "y2 domain",
            "x": 0, "y": 1, "xanchor": "left", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 11, "color": KEY_COLOUR},
        })
    if draw.labelled:
        draw.part_labels(height, scales[0])
    # A phone stacks the legend one entry a row: grow the figure with it, so the plot keeps its size.
    entries = sum(1 for trace in draw.traces if trace.get("showlegend"))
    layout["height"] = min(MOST_HEIGHT, HEIGHT + LEGEND_ROW * max(0, entries - 2))
    layout["shapes"] = draw.shapes
    layout["annotations"] = draw.annotations
    # Built from plain dicts without plotly's property-by-property validation, the costliest part of
    # a click's rerun; the tests validate every figure the builders make (tests/test_charts.py).
    return go.Figure(data=draw.traces, layout=layout, _validate=False)



def _span_name(point: Point, what: str, lang: str, *, named: bool) -> str:
    """Name a span in the legend: its period, what it is and, among several definitions, its own."""
    name = f"{period_label(point.period, lang)} ({what})"
    return f"{series_name(point.definition_text)}: {name}" if named else name


def _layout(lang: str, points: Sequence[Point], labelled: bool) -> dict[str, Any]:
    """Return the layout: size, fonts, legend under the chart, clicks that select, the time axis."""
    left, right = time_span(points, labelled)
    return {
        "height": HEIGHT, "margin": {"l": 8, "r": 12, "t": 12, "b": 8}, "separators": _separators(lang),
        "font": {"family": FONT, "size": 13, "color": INK}, "paper_bgcolor": "white",
        "plot_bgcolor": "white", "showlegend": True, "clickmode": "event+select", "dragmode": False,
        "hovermode": "closest",
        "hoverlabel": {"bgcolor": "white", "bordercolor": "#b8bfc6", "align": "left",
                       "font": {"family": FONT, "size": 13, "color": INK}},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top",
                   "font": {"size": 12}, "traceorder": "normal", "itemclick": False,
                   "itemdoubleclick": False},
        "xaxis": {
            "type": "date", "range": [left.isoformat(), right.isoformat()], "fixedrange": True,
            "showgrid": False, "showline": True, "linecolor": "#c9ced3", "tickcolor": "#c9ced3",
            "automargin": True, **time_axis(points, lang, (left, right)),
        },
    }



def _separators(lang: str) -> str:
    return ",." if lang == "vi" else ".,"
