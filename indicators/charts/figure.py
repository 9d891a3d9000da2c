"""An indicator's figure: its observations over time, each a clickable marker (:mod:`indicators.charts`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import plotly.graph_objects as go

from indicators.charts.axes import axis_scale, axis_title, height_in, time_axis, time_span, y_axis
from indicators.charts.draw import Drawer
from indicators.charts.names import period_label, series_name
from indicators.charts.plotly_types import Layout, TimeAxis, ValueAxis
from indicators.charts.points import (
    LINE_KINDS,
    SPAN_KINDS,
    Point,
    by_period,
    place,
    spread,
    time_order,
)
from indicators.charts.style import FONT, HEIGHT, INK, KEY_COLOUR, LEGEND_ROW, MOST_HEIGHT, PALETTE, WORDS
from indicators.charts.title import figure_title
from indicators.labels import label
from indicators.languages import check_lang
from indicators.vietnamese import UNITS
from indicators.view import ObservationView

OWN_PANEL_RATIO: Final = 2.0
TOP_MARGIN: Final = 12  # above the plot, besides the title


@dataclass(frozen=True)
class Panels:
    """The points of each panel, the main one first, with the divisor of each one's y axis.

    A lower panel, with its own scale, holds the multi-year figures when they are more than
    :data:`OWN_PANEL_RATIO` times the largest other figure.
    """

    points: list[list[Point]]
    scales: list[float]

    @property
    def own_panel(self) -> bool:
        """Whether the multi-year figures have a lower panel of their own."""
        return len(self.points) > 1


def indicator_figure(
    views: Sequence[ObservationView], lang: str, *, selected: str | None = None
) -> go.Figure:
    """Draw one indicator's observations over time, each a clickable marker (see the module notes)."""
    check_lang(lang)
    given = _one_indicator(views)
    unit = given[0].unit
    points = spread([place(view, lang) for view in given])
    panels = _panels(points, unit)
    labelled = len(points) <= 2
    draw = Drawer(lang, selected, labelled=labelled, time_span=time_span(points, labelled))
    line_points = [p for p in points if p.kind in LINE_KINDS]
    colour_of = _colours(points, line_points)
    _draw_series(draw, points, line_points, colour_of, panels, lang)
    _draw_spans(draw, points, unit, colour_of, panels, lang)
    draw.doubts(points, panels.scales, panels.own_panel)
    draw.key(points)

    layout = _layout(lang, points, draw.labelled)
    _add_axes(layout, panels, unit, lang, labelled=draw.labelled)
    height = height_in(layout["yaxis"], panels.points[0], panels.scales[0])  # in the main panel
    draw.definition_changes(line_points, panels.points[0], draw.time_span, height)
    if panels.own_panel:
        _split_panels(layout, draw, lang)
    if draw.labelled:
        draw.part_labels(height, panels.scales[0])
    title = figure_title(given, axis_title(unit, panels.scales[0], lang), lang)
    layout["title"] = title.layout
    layout["margin"]["t"] = TOP_MARGIN + title.height
    # A phone stacks the legend one entry a row: grow the figure with it, and with the title, so
    # that the plot keeps its size.
    entries = sum(1 for trace in draw.traces if trace.get("showlegend"))
    layout["height"] = min(MOST_HEIGHT, HEIGHT + LEGEND_ROW * max(0, entries - 2)) + title.height
    layout["shapes"] = draw.shapes
    layout["annotations"] = draw.annotations
    # Built from plain dicts without plotly's property-by-property validation, the costliest part of
    # a click's rerun; the tests validate every figure the builders make (tests/test_charts.py).
    return go.Figure(data=draw.traces, layout=layout, _validate=False)


def _one_indicator(views: Sequence[ObservationView]) -> list[ObservationView]:
    """Return the figures that state a period (the others are not drawn), all of one indicator."""
    given = [view for view in views if view.period is not None]
    if not given:
        raise ValueError("expected the dated observations of one indicator, found none")
    indicators = sorted({view.indicator.id for view in given})
    if len(indicators) > 1:
        raise ValueError(f"expected the observations of one indicator, found {', '.join(indicators)}")
    return given


def _panels(points: list[Point], unit: str) -> Panels:
    """Put the multi-year figures in a lower panel when they dwarf the others, and scale each panel."""
    multi_points = [p for p in points if p.kind in SPAN_KINDS]
    others = [p for p in points if p.kind in LINE_KINDS or p.kind == "part_year"]
    own_panel = bool(
        multi_points
        and others
        and unit != "rank"
        and max(abs(p.value) for p in multi_points) > OWN_PANEL_RATIO * max(abs(p.value) for p in others)
    )
    split = [others, multi_points] if own_panel else [points]
    return Panels(split, [axis_scale(panel, unit) for panel in split])


def _colours(points: Sequence[Point], line_points: Sequence[Point]) -> dict[str, str]:
    """Give each definition a colour: a series and the spans of its definition share it."""
    definitions = dict.fromkeys(p.definition for p in sorted(line_points, key=time_order))
    definitions.update(dict.fromkeys(p.definition for p in sorted(points, key=time_order)))
    return {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(definitions)}


def _draw_series(
    draw: Drawer,
    points: Sequence[Point],
    line_points: Sequence[Point],
    colour_of: dict[str, str],
    panels: Panels,
    lang: str,
) -> None:
    """Draw each series of year or as-of points, named by its definition (and its kind of period
    where its definition has several)."""
    series_order = list(dict.fromkeys(p.series for p in sorted(line_points, key=time_order)))
    kinds_of = {definition: {k for d, k in series_order if d == definition} for definition, _ in series_order}
    single_series = len(series_order) == 1 and len(line_points) == len(points)
    for index, key in enumerate(series_order):
        definition, kind = key
        members = sorted((p for p in line_points if p.series == key), key=time_order)
        name = series_name(members[0].definition_text)
        if len(kinds_of[definition]) > 1:
            name = f"{name} ({label('period_kind', kind, lang)})"
        draw.series(
            members,
            line_points,
            name,
            colour_of[definition],
            panels.scales[0],
            legendgroup=f"series-{index}",
            showlegend=not single_series,
        )


def _draw_spans(
    draw: Drawer, points: Sequence[Point], unit: str, colour_of: dict[str, str], panels: Panels, lang: str
) -> None:
    """Draw the part-year figures in the main panel and the multi-year ones in the last panel."""
    named = len(colour_of) > 1  # spans say their definition where there are several

    def what(point: Point) -> str:
        if point.kind == "part_year":
            return "not_full_year"
        if point.kind == "to_date":
            return "to_date"
        return "yearly_average" if UNITS[unit].kind == "rate" else "whole_period"

    for kinds, panel in (({"part_year"}, 1), (SPAN_KINDS, len(panels.points))):
        for members in by_period([p for p in points if p.kind in kinds]):
            name = _span_name(members[0], WORDS[what(members[0])][lang], lang, named=named)
            draw.spans(members, name, colour_of[members[0].definition], panels.scales[panel - 1], panel=panel)


def _span_name(point: Point, what: str, lang: str, *, named: bool) -> str:
    """Name a span in the legend: its period, what it is and, among several definitions, its own."""
    name = f"{period_label(point.period, lang)} ({what})"
    return f"{series_name(point.definition_text)}: {name}" if named else name


def _add_axes(layout: Layout, panels: Panels, unit: str, lang: str, *, labelled: bool) -> None:
    """Give each panel its x axis (one time axis, shared) and its y axis."""
    x_axis = layout.pop("xaxis")
    axes: list[tuple[TimeAxis, ValueAxis]] = []
    for panel, (panel_points, scale) in enumerate(zip(panels.points, panels.scales, strict=True), start=1):
        suffix = "" if panel == 1 else str(panel)
        y = y_axis(panel_points, unit, scale, lang, labelled)
        axes.append(({**x_axis, "anchor": f"y{suffix}"}, {**y, "anchor": f"x{suffix}"}))
    # A TypedDict's keys are literals: the main panel's axes, then the lower panel's (Panels has two at most).
    layout["xaxis"], layout["yaxis"] = axes[0]
    if panels.own_panel:
        layout["xaxis2"], layout["yaxis2"] = axes[1]


def _split_panels(layout: Layout, draw: Drawer, lang: str) -> None:
    """Set the main panel above the multi-year one, which is named, the time axis labelled under it."""
    layout["xaxis"]["matches"] = "x2"
    layout["xaxis"]["showticklabels"] = False
    layout["yaxis"]["domain"] = [0.4, 1]
    layout["yaxis2"]["domain"] = [0, 0.28]
    draw.annotations.append(
        {
            "text": html.escape(WORDS["multi_year_panel"][lang]),
            "xref": "x2 domain",
            "yref": "y2 domain",
            "x": 0,
            "y": 1,
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 11, "color": KEY_COLOUR},
        }
    )


def _layout(lang: str, points: Sequence[Point], labelled: bool) -> Layout:
    """Return the layout: size, fonts, legend under the chart, clicks that select, the time axis."""
    left, right = time_span(points, labelled)
    return {
        "height": HEIGHT,
        "margin": {"l": 8, "r": 12, "t": TOP_MARGIN, "b": 8},
        "separators": _separators(lang),
        "font": {"family": FONT, "size": 13, "color": INK},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "showlegend": True,
        "clickmode": "event+select",
        "dragmode": False,
        "hovermode": "closest",
        "hoverlabel": {
            "bgcolor": "white",
            "bordercolor": "#b8bfc6",
            "align": "left",
            "font": {"family": FONT, "size": 13, "color": INK},
        },
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -0.12,
            "yanchor": "top",
            "font": {"size": 12},
            "traceorder": "normal",
            "itemclick": False,
            "itemdoubleclick": False,
        },
        "xaxis": {
            "type": "date",
            "range": [left.isoformat(), right.isoformat()],
            "fixedrange": True,
            "showgrid": False,
            "showline": True,
            "linecolor": "#c9ced3",
            "tickcolor": "#c9ced3",
            "automargin": True,
            **time_axis(points, lang, (left, right)),
        },
    }


def _separators(lang: str) -> str:
    return ",." if lang == "vi" else ".,"
