"""The parts of Plotly's figure JSON that the charts build by hand, typed for mypy.

The figure is handed to ``go.Figure(..., _validate=False)`` as plain dicts (plotly's own validation
is the costliest part of a rerun), so these types are what checks the dicts' keys and values while
they are built and read back. Each is ``total=False``, as in plotly, where every attribute may be
left out; each names only the attributes the charts set, with the types they set them to.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class Font(TypedDict, total=False):
    family: str
    size: float
    color: str


class Line(TypedDict, total=False):
    color: str
    width: float
    dash: str


class Marker(TypedDict, total=False):
    symbol: str | list[str]  # one symbol for the trace, or one per point
    size: float
    color: str
    opacity: float
    line: Line


class Selection(TypedDict, total=False):
    """How a trace's selected (or unselected) points look."""

    marker: Marker
    textfont: Font


class Trace(TypedDict, total=False):
    """A scatter trace: markers, lines or text."""

    type: str
    x: list[str | None]  # ISO dates; None breaks a line
    y: list[float | None]
    xaxis: str
    yaxis: str
    mode: str
    name: str
    legendgroup: str
    showlegend: bool
    customdata: list[list[str]]
    hovertemplate: str
    hoverinfo: str
    line: Line
    connectgaps: bool
    cliponaxis: bool
    marker: Marker
    selected: Selection
    unselected: Selection
    selectedpoints: list[int]
    text: list[str]
    textfont: Font
    textposition: str | list[str]  # one position for the trace, or one per point


class Shape(TypedDict, total=False):
    """A halo round a point (sized in pixels about it) or a line across the plot."""

    type: str
    xref: str
    yref: str
    xsizemode: str
    ysizemode: str
    xanchor: str
    yanchor: float
    x0: float | str  # pixels from the anchor, or an ISO date
    x1: float | str
    y0: float
    y1: float
    layer: str
    line: Line
    fillcolor: str


class Annotation(TypedDict, total=False):
    text: str
    xref: str
    yref: str
    x: float | str  # a share of the domain, or an ISO date
    y: float
    xanchor: str
    yanchor: str
    xshift: float
    textangle: float
    showarrow: bool
    font: Font
    bgcolor: str


class Margin(TypedDict, total=False):
    """The figure's margin, or a title's padding, in pixels."""

    l: float  # noqa: E741 (plotly's name)
    r: float
    t: float
    b: float


class AxisTitle(TypedDict, total=False):
    text: str
    font: Font


class MinorTicks(TypedDict, total=False):
    ticks: str
    ticklen: float
    tickcolor: str
    tick0: str
    dtick: str
    showgrid: bool


class Axis(TypedDict, total=False):
    """What the time axis and the value axis share."""

    anchor: str
    fixedrange: bool
    automargin: bool
    showline: bool
    ticktext: list[str]


class TimeAxis(Axis, total=False):
    type: str
    range: list[str]  # ISO dates
    showgrid: bool
    linecolor: str
    tickcolor: str
    tickvals: list[str]  # ISO dates
    ticks: str
    minor: MinorTicks
    matches: str
    showticklabels: bool


class AutorangeOptions(TypedDict, total=False):
    include: list[int]


class ValueAxis(Axis, total=False):
    title: AxisTitle
    gridcolor: str
    range: list[float]
    autorange: str
    autorangeoptions: AutorangeOptions
    tickvals: list[int] | list[float]
    zeroline: bool
    zerolinecolor: str
    domain: list[float]


class HoverLabel(TypedDict, total=False):
    bgcolor: str
    bordercolor: str
    align: str
    font: Font


class Legend(TypedDict, total=False):
    orientation: str
    x: float
    xanchor: str
    y: float
    yanchor: str
    font: Font
    traceorder: str
    itemclick: str | Literal[False]
    itemdoubleclick: str | Literal[False]


class Subtitle(TypedDict, total=False):
    text: str
    font: Font


class Title(TypedDict, total=False):
    """The figure's title, with its subtitle, placed in the container."""

    text: str
    font: Font
    subtitle: Subtitle
    x: float
    xref: str
    xanchor: str
    y: float
    yref: str
    yanchor: str
    pad: Margin


class Layout(TypedDict, total=False):
    """The figure's layout: one panel (``xaxis``, ``yaxis``) or two (and ``xaxis2``, ``yaxis2``)."""

    height: float
    margin: Margin
    separators: str
    font: Font
    paper_bgcolor: str
    plot_bgcolor: str
    showlegend: bool
    clickmode: str
    dragmode: str | Literal[False]
    hovermode: str
    hoverlabel: HoverLabel
    legend: Legend
    xaxis: TimeAxis
    yaxis: ValueAxis
    xaxis2: TimeAxis
    yaxis2: ValueAxis
    title: Title
    shapes: list[Shape]
    annotations: list[Annotation]
