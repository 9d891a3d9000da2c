"""The drawer of an indicator's chart: its traces, shapes and notes, one marker per observation.

Each observation is exactly one marker in exactly one trace whose ``customdata`` rows start with
its ``obs_id`` (then the hover texts), so a click selects it. Lines, dashes and spans are separate
line-only traces with no ``customdata`` and no hover. Year and as-of points are joined only within
one series (one definition, one kind of period), with no point of another series between them:
solid between neighbouring years, dotted across missing years, dashed to and from projected or
target figures.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Final

from indicators.charts.marks import KEY_ORDER, key_rank, marker_symbol, point_symbol
from indicators.charts.names import legend_text
from indicators.charts.plotly_types import Annotation, Shape, Trace
from indicators.charts.points import SPAN_KINDS, Point
from indicators.charts.style import (
    DOUBT_COLOUR,
    INK,
    KEY_COLOUR,
    MARKER_SIZE,
    SELECTED_SIZE,
    WORDS,
    translucent,
)
from indicators.compare import FORWARD
from indicators.labels import label

# How much of a narrow plot (a phone's: about 300 × 200 px) an upright note left of a definition
# change covers: each character of its 11 px font about 6.2 px high; a marker whose centre is up to
# 22 px left or 8 px right of the line may reach under it (the note is 14 px wide, a marker 10).
NARROW_PLOT_PX: Final = (300.0, 200.0)
NOTE_CHARACTER_PX: Final = 6.2
NOTE_REACH_PX: Final = (22.0, 8.0)
LABEL_EDGE: Final = 0.3  # a value label within this share of the time axis's ends leans inwards
LABELS_APART: Final = 0.15  # two value labels closer in height than this share of the plot collide
LOW_IN_PLOT: Final = 0.2  # a label under a point this low would run into the time axis
_HOVER: Final = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]} · %{customdata[3]}<br>"
    "%{customdata[4]}<br><i>%{customdata[5]}</i><extra></extra>"
)


class Drawer:
    """Collect an indicator's traces, shapes and notes, keeping one marker per observation."""

    def __init__(
        self, lang: str, selected: str | None, *, labelled: bool, time_span: tuple[date, date]
    ) -> None:
        self.lang = lang
        self.selected = selected
        self.labelled = labelled
        self.time_span = time_span
        self.traces: list[Trace] = []
        self.shapes: list[Shape] = []
        self.annotations: list[Annotation] = []

    def _add(self, trace: Trace, panel: int) -> None:
        if panel > 1:
            trace["xaxis"], trace["yaxis"] = f"x{panel}", f"y{panel}"
        self.traces.append({"type": "scatter", **trace})

    def markers(
        self,
        points: Sequence[Point],
        name: str,
        colour: str,
        scale: float,
        *,
        panel: int = 1,
        lines: bool = False,
        legendgroup: str,
        showlegend: bool,
    ) -> None:
        """Add one trace holding these points' markers (and a solid line through them)."""
        chosen = [p.obs_id == self.selected for p in points]
        mode = "lines+markers" if lines else "markers"
        trace: Trace = {
            "x": [p.x.isoformat() for p in points],
            "y": [p.value / scale for p in points],
            "mode": mode + ("+text" if self.labelled else ""),
            "name": legend_text(name),
            "legendgroup": legendgroup,
            "showlegend": showlegend,
            "customdata": [list(p.customdata) for p in points],
            "hovertemplate": _HOVER,
            "line": {"color": colour, "width": 2},
            "cliponaxis": False,
            "marker": {
                "symbol": [point_symbol(p) for p in points],
                "size": MARKER_SIZE,
                "color": colour,
                "opacity": 1,
                "line": {"color": colour, "width": 2},
            },
            # A selected point is drawn bigger, whether plotly selects it on a click or the caller
            # names it; the other points keep their look instead of fading.
            "selected": {"marker": {"size": SELECTED_SIZE}},
            "unselected": {"marker": {"opacity": 1}, "textfont": {"color": INK}},
        }
        if any(chosen):
            trace["selectedpoints"] = [i for i, c in enumerate(chosen) if c]
        if self.labelled:
            trace["text"] = [p.label_text for p in points]
            trace["textfont"] = {"color": INK, "size": 13}
            trace["textposition"] = [self._label_side(p) for p in points]
        self._add(trace, panel)
        suffix = "" if panel == 1 else str(panel)
        for point in (p for p, c in zip(points, chosen, strict=True) if c):
            self.shapes.append(
                {
                    "type": "circle",
                    "xref": f"x{suffix}",
                    "yref": f"y{suffix}",
                    "xsizemode": "pixel",
                    "ysizemode": "pixel",
                    "xanchor": point.x.isoformat(),
                    "yanchor": point.value / scale,
                    "x0": -14,
                    "x1": 14,
                    "y0": -14,
                    "y1": 14,
                    "layer": "below",
                    "line": {"color": INK, "width": 1.5},
                    "fillcolor": "rgba(255, 214, 102, 0.45)",
                }
            )

    def _segments(
        self,
        pairs: Sequence[tuple[Point, Point]],
        colour: str,
        scale: float,
        *,
        dash: str,
        width: float,
        legendgroup: str,
        panel: int = 1,
        ends: Sequence[tuple[date, date]] | None = None,
    ) -> None:
        """Add one line-only trace: segments between points, or from a start date to a point."""
        xs: list[str | None] = []
        ys: list[float | None] = []
        for index, (first, second) in enumerate(pairs):
            left, right = (first.x, second.x) if ends is None else ends[index]
            xs += [left.isoformat(), right.isoformat(), None]
            ys += [first.value / scale, second.value / scale, None]
        self._add(
            {
                "x": xs,
                "y": ys,
                "mode": "lines",
                "line": {"color": colour, "width": width, "dash": dash},
                "hoverinfo": "skip",
                "showlegend": False,
                "legendgroup": legendgroup,
                "connectgaps": False,
            },
            panel,
        )

    def series(
        self,
        members: Sequence[Point],
        line_points: Sequence[Point],
        name: str,
        colour: str,
        scale: float,
        *,
        legendgroup: str,
        showlegend: bool,
    ) -> None:
        """Add one comparable series: solid lines between results of neighbouring years, dotted
        ones across missing years, dashed ones to and from forecasts and targets."""
        first = True
        for run in _runs(members, line_points):
            chains: list[list[Point]] = []
            forward: list[Point] = []
            for previous, point in zip([None, *run], run, strict=False):
                if point.forward:
                    forward.append(point)
                elif previous is not None and _joint(previous, point) == "solid":
                    chains[-1].append(point)
                else:
                    chains.append([point])
            for group in [*chains, forward] if forward else chains:
                self.markers(
                    group,
                    name,
                    colour,
                    scale,
                    lines=len(group) > 1 and group is not forward,
                    legendgroup=legendgroup,
                    showlegend=showlegend and first,
                )
                first = False
            pairs = list(pairwise(run))
            for dash in ("dash", "dot"):
                if joints := [(a, b) for a, b in pairs if _joint(a, b) == dash]:
                    self._segments(
                        joints,
                        colour,
                        scale,
                        dash=dash,
                        width=1.5 if dash == "dot" else 2,
                        legendgroup=legendgroup,
                    )

    def spans(self, members: Sequence[Point], name: str, colour: str, scale: float, *, panel: int) -> None:
        """Add part-year or multi-year figures: a bar over their period and a marker at its end."""
        group = f"span-{name}"
        self._segments(
            [(p, p) for p in members],
            translucent(colour),
            scale,
            dash="solid",
            width=5,
            legendgroup=group,
            panel=panel,
            ends=[(p.start, p.end) for p in members],
        )
        self.markers(members, name, colour, scale, panel=panel, legendgroup=group, showlegend=True)

    def key(self, points: Sequence[Point]) -> None:
        """Add a legend entry for each mark drawn for a hedged figure, naming its hedges."""
        entries: dict[str, list[str]] = {}
        for point in sorted(points, key=key_rank):
            if point.doubted:  # drawn as a doubt, which has its own entry
                continue
            codes = entries.setdefault(marker_symbol(point.qualifiers), [])
            codes += [code for code in KEY_ORDER if code in point.qualifiers and code not in codes]
        ordered = sorted(entries.items(), key=lambda entry: max(map(KEY_ORDER.index, entry[1]), default=-1))
        for symbol, codes in ordered:
            if not codes:  # a filled circle: the plain, exact case needs no key
                continue
            forward = bool(FORWARD & set(codes))
            self._add(
                {
                    "x": [None, None] if forward else [None],
                    "y": [None, None] if forward else [None],
                    "mode": "lines+markers" if forward else "markers",
                    "name": html.escape(" / ".join(label("qualifier", code, self.lang) for code in codes)),
                    "legendgroup": f"key-{symbol}",
                    "showlegend": True,
                    "hoverinfo": "skip",
                    "marker": {
                        "symbol": symbol,
                        "size": MARKER_SIZE,
                        "color": KEY_COLOUR,
                        "line": {"color": KEY_COLOUR, "width": 2},
                    },
                    "line": {"color": KEY_COLOUR, "width": 2, "dash": "dash"},
                },
                1,
            )

    def doubts(self, points: Sequence[Point], scales: Sequence[float], own_panel: bool) -> None:
        """Mark each doubted figure with a "?" beside its marker (in its label, where points are
        labelled), and say so in the legend."""
        doubted = [p for p in points if p.doubted]
        if not doubted:
            return
        for point in [] if self.labelled else doubted:  # a labelled point says "?" in its label
            panel = 2 if own_panel and point.kind in SPAN_KINDS else 1
            self._add(
                {
                    "x": [point.x.isoformat()],
                    "y": [point.value / scales[panel - 1]],
                    "mode": "text",
                    "text": ["?"],
                    "textposition": "middle left",
                    "hoverinfo": "skip",
                    "showlegend": False,
                    "textfont": {"color": DOUBT_COLOUR, "size": 16},
                    "cliponaxis": False,
                    "legendgroup": "key-doubt",
                },
                panel,
            )
        self._add(
            {
                "x": [None],
                "y": [None],
                "mode": "markers+text",
                "text": ["?"],
                "name": html.escape(f"? {WORDS['in_doubt'][self.lang]}"),
                "legendgroup": "key-doubt",
                "showlegend": True,
                "hoverinfo": "skip",
                "marker": {
                    "symbol": "circle-open-dot",
                    "size": MARKER_SIZE,
                    "color": DOUBT_COLOUR,
                    "line": {"color": DOUBT_COLOUR, "width": 2},
                },
            },
            1,
        )

    def _label_side(self, point: Point) -> str:
        """Where a point's value label goes: above it, leaning away from the nearer end of the axis
        (a centred label near an end is cut, or runs over the value axis's numbers)."""
        left, right = self.time_span
        where = (point.x - left).days / max(1, (right - left).days)
        return "top right" if where < LABEL_EDGE else "top left" if where > 1 - LABEL_EDGE else "top center"

    def part_labels(self, height: Callable[[float], float], scale: float) -> None:
        """Keep two value labels at about one height from running into each other: the lower
        point's label goes under it, unless that point is low in the plot (``height`` as for the
        main panel, whose values are divided by ``scale``)."""
        labels = [
            (height(y * scale), trace, index)
            for trace in self.traces
            if trace.get("text") and "xaxis" not in trace and trace.get("legendgroup") != "key-doubt"
            for index, y in enumerate(trace["y"])
            if y is not None  # always so: None only breaks a line, or stands for a legend key's point
        ]
        if len(labels) != 2:
            return
        (low, trace, index), (high, _, _) = sorted(labels, key=lambda label: label[0])
        if high - low < LABELS_APART and low > LOW_IN_PLOT:
            sides = list(trace["textposition"])
            sides[index] = sides[index].replace("top", "bottom")
            trace["textposition"] = sides

    def definition_changes(
        self,
        line_points: Sequence[Point],
        near: Sequence[Point],
        time_span: tuple[date, date],
        height: Callable[[float], float],
    ) -> None:
        """Mark each place in time where the year or as-of figures switch to another definition.

        The note runs down from the top of the plot, or up from its bottom when fewer of the
        ``near`` points (the main panel's) would sit under it there: ``height`` gives a value's
        height in the plot, 0 at the bottom and 1 at the top.
        """
        by_x: dict[date, set[str]] = {}
        for point in line_points:
            by_x.setdefault(point.x, set()).add(point.definition)
        moments = sorted(by_x)
        text = WORDS["definition_changes"][self.lang]
        covers = (len(text) * NOTE_CHARACTER_PX + 8) / NARROW_PLOT_PX[1]  # share of the height
        days_per_px = (time_span[1] - time_span[0]).days / NARROW_PLOT_PX[0]
        left, right = (px * days_per_px for px in NOTE_REACH_PX)
        for before, after in pairwise(moments):
            if by_x[before].isdisjoint(by_x[after]):
                middle = date.fromordinal((before.toordinal() + after.toordinal()) // 2)
                heights = [height(p.value) for p in near if -left <= (p.x - middle).days <= right]
                top = sum(h > 1 - covers for h in heights) <= sum(h < covers for h in heights)
                self.shapes.append(
                    {
                        "type": "line",
                        "xref": "x",
                        "yref": "y domain",
                        "x0": middle.isoformat(),
                        "x1": middle.isoformat(),
                        "y0": 0,
                        "y1": 1,
                        "line": {"color": KEY_COLOUR, "width": 1.5, "dash": "dot"},
                        "layer": "below",
                    }
                )
                self.annotations.append(
                    {  # upright along the line, so that two close changes don't collide
                        "text": html.escape(text),
                        "xref": "x",
                        "yref": "y domain",
                        "x": middle.isoformat(),
                        "y": 1 if top else 0,
                        "xanchor": "right",
                        "yanchor": "top" if top else "bottom",
                        "xshift": -1,
                        "textangle": -90,
                        "showarrow": False,
                        "font": {"size": 11, "color": KEY_COLOUR},
                        "bgcolor": "rgba(255,255,255,0.85)",
                    }
                )


def _joint(before: Point, after: Point) -> str:
    """Say how two neighbours of one series are joined: 'solid', 'dash' (a forecast) or 'dot' (a gap)."""
    if before.forward or after.forward:
        return "dash"
    if before.kind == "year":
        missing = after.start.year - before.end.year > 1
    else:
        missing = (after.end - before.end).days > 731
    return "dot" if missing else "solid"


def _runs(members: Sequence[Point], line_points: Sequence[Point]) -> list[list[Point]]:
    """Split one series where a point of another series stands between two of its points."""
    if not members:
        return []
    series = members[0].series
    others = sorted(p.x for p in line_points if p.series != series)
    runs: list[list[Point]] = [[members[0]]]
    for previous, point in pairwise(members):
        # A point of another series strictly between the two, in time: the run ends here.
        if bisect_left(others, point.x) > bisect_right(others, previous.x):
            runs.append([point])
        else:
            runs[-1].append(point)
    return runs
