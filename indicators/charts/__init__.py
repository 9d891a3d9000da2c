"""Figures for one indicator, built from its observations' views (:mod:`indicators.view`).

Every builder takes one indicator's views and a language ('vi' or 'en') and returns a plain
``plotly.graph_objects.Figure``; nothing here knows Streamlit.

How a figure reads
------------------
* **One point per observation.** Each observation is exactly one marker in exactly one trace
  whose ``customdata`` rows start with its ``obs_id`` (then the hover texts), so a click selects
  it. Lines, dashes and spans are separate line-only traces with no ``customdata`` and no hover.
  Two reports of one value for one period would hide each other: they are set a little apart
  in time (a few pixels), so both can be clicked.
* **Where a point sits.** A year's point sits in the middle of its year (2 July), right above
  its year's tick label; a point "as of" a date sits at that date (and when all the points are
  such, on up to three dates well apart, the time axis is labelled with the dates; else a year's
  label stands between small ticks where years begin). A part-year or multi-year
  figure is a horizontal bar from its first to its last day with its marker at the last day:
  never a point on the yearly line, its own trace, and its legend entry says so ("first 9
  months of 2020 (not a full year)", "2016–2020 (whole period, not one year)").
* **Multi-year totals in their own panel.** When a multi-year figure is more than twice the
  largest other figure (the 25-billion total of 2016–2020 beside yearly 2 to 9 billion), it is
  drawn in a lower panel with its own scale and the same time axis: on one scale the yearly
  values would be squeezed into the bottom third, and the bar's height would invite reading
  it as one year's value. Comparable magnitudes (an average growth rate over 2016–2020 beside
  yearly rates, a 2026–2030 growth target) share the main panel.
* **Lines mean "comparable".** Year and as-of points are joined only within one series: one
  ``definition`` and one kind of period, and no point of another series between them. Each
  series is its own trace, named with the first clause of its definition in ``lang``. The line
  is solid between neighbouring years, dotted across missing years (2019 to 2025 is not a
  trend the articles report), dashed to and from projected or target figures. Where the
  definition changes from one point in time to the next, a dotted vertical line and the note
  "definition changes" / "đổi định nghĩa" stand between them; the note runs down from the top,
  or up from the bottom where fewer points near the line would sit under it.
* **Hedges.** The marker's shape says what kind of figure it is and its fill whether the
  amount is hedged (:func:`marker_symbol`): exact = filled circle; approximately, nearly =
  hollow circle; more than = triangle up; estimate = hollow diamond; projected = hollow
  square; target = star. When any figure is hedged, a grey legend entry per mark present
  names it in ``lang`` (a filled circle, the plain case, needs none).
* **Numbers.** The y axis is divided by one scale (billion, million) named in its title
  ("tỷ USD" / "US$ billion"); tick labels come from :func:`indicators.numbers.format_number`,
  hover values and labels from :func:`indicators.numbers.format_value`, and ``separators``
  follow ``lang``: no raw 4290000000 anywhere. Ranks run top-down from 1 with integer ticks.
  Money and counts keep a y axis from 0.
* **Few points.** With one or two observations the value is written above each marker, so a
  lone point reads as a labelled figure rather than an empty chart; near either end of the
  time axis the label leans inwards, so it is neither cut nor over the value axis's numbers.
* **Selection and size.** The ``selected`` observation is drawn bigger (plotly's
  ``selectedpoints``) inside an outlined halo. Clicks select points (``clickmode``
  "event+select") and dragging neither zooms nor pans, so a phone can scroll past the chart.
  The legend sits under the chart; the figure grows by a row per legend entry beyond two, as a
  phone stacks them.

Text from the data (definitions, titles) is HTML-escaped before it reaches plotly, whose hover
and legend labels render a subset of HTML.

The modules, each one concept:

* :mod:`~indicators.charts.points`: figures placed in time, one :class:`Point` per observation;
* :mod:`~indicators.charts.marks`: a marker's shape and fill for its hedges;
* :mod:`~indicators.charts.names`: series names and periods in words, escaped;
* :mod:`~indicators.charts.axes`: the value axis's scale and ticks, and the time axis;
* :mod:`~indicators.charts.draw`: the traces, shapes and notes of one figure;
* :mod:`~indicators.charts.figure`: :func:`indicator_figure`, which puts them together;
* :mod:`~indicators.charts.plotly_types`: the types of the figure's JSON, built by hand;
* :mod:`~indicators.charts.sparkline`: the SVG trend of an overview card;
* :mod:`~indicators.charts.style`: colours, sizes and the chart's own words.
"""

from __future__ import annotations

from indicators.charts.figure import indicator_figure
from indicators.charts.marks import marker_symbol
from indicators.charts.points import LINE_KINDS, SPAN_KINDS, point_value_text
from indicators.charts.sparkline import Sparkline, sparkline
from indicators.charts.style import BAR_ALPHA, PALETTE, WORDS

__all__ = [
    "BAR_ALPHA",
    "LINE_KINDS",
    "PALETTE",
    "SPAN_KINDS",
    "WORDS",
    "Sparkline",
    "indicator_figure",
    "marker_symbol",
    "point_value_text",
    "sparkline",
]
