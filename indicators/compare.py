"""What two figures of one indicator say about the change between them, hedges included.

An article's figure is not always a point. "gần 29 triệu" (nearly 29 million) says the value is a
little under 29 million; "hơn 65" says it is above 65; "khoảng 58 tỷ" says it is about 58 billion.
Each figure is read as an :class:`Interval` of what its words allow, and a change is computed on
the intervals, so its words carry the hedges of both ends::

    figure          low end                  high end
    exact           the value                the value
    about           about the value          about the value      approximately, estimate,
                                                                  projected, target
    nearly          about the value          under the value
    more_than       over the value           none (unbounded)
    at_least        the value                none
    less_than       none                     under the value

The change of a money or count figure is a percentage, of a percent figure a difference in
percentage points, of a rank a number of places (up = a smaller, better rank). It is the interval
of every change the two figures allow, said as "more than +16.2 %", "about −3 %", "+12.5 %" or
not at all when it could be a rise as well as a fall, or is unbounded both ways. The sign says
the direction, the words bound the size: "more than −16.2 %" is a fall of more than 16.2 %.
Each amount is rounded so that its words stay true ("more than" rounds down, "less than" up).

Which earlier figure a latest one is compared with is :func:`latest_comparable`'s choice: the
same definition and the same kind of period, results only, no doubted figure at either end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Final, Literal, NamedTuple

from indicators.periods import Period
from indicators.view import ObservationView, report_order

Measure = Literal["percent", "points", "places"]
Direction = Literal["up", "down", "same"]
Wording = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most", "between"]

ABOUT: Final = frozenset({"approximately", "estimate", "projected", "target"})
FORWARD: Final = frozenset({"projected", "target"})
REASONS: Final = ("definition_changed", "period_differs", "only_one")
_DECIMALS: Final[dict[str, int]] = {"percent": 1, "points": 2, "places": 0}
_HUNDRED: Final = Decimal(100)


class Bound(NamedTuple):
    """One end of what a figure allows: a value (``None``: no bound), and how it holds."""

    value: Decimal | None
    strict: bool = False  # the true value lies beyond this end, never at it
    about: bool = False  # this end is itself approximate

    @property
    def bounded(self) -> bool:
        return self.value is not None


class Interval(NamedTuple):
    """What a figure's words allow its true value to be."""

    low: Bound
    high: Bound


class Change(NamedTuple):
    """A change between two figures, in words a reader can trust.

    ``amount`` is the size (never negative) rounded to the measure's decimals; ``upper`` the
    larger size when the change is ``between`` two amounts.
    """

    direction: Direction
    wording: Wording
    amount: Decimal
    measure: Measure
    upper: Decimal | None = None


def interval(value: Decimal, qualifiers: Iterable[str]) -> Interval:
    """Read a figure's value and qualifier codes as the interval its words allow."""
    codes = set(qualifiers)
    about = bool(codes & ABOUT)
    if "more_than" in codes:
        return Interval(Bound(value, strict=True, about=about), Bound(None))
    if "at_least" in codes:
        return Interval(Bound(value, about=about), Bound(None))
    if "less_than" in codes:
        return Interval(Bound(None), Bound(value, strict=True, about=about))
    if "nearly" in codes:
        return Interval(Bound(value, about=True), Bound(value, strict=True, about=about))
    return Interval(Bound(value, about=about), Bound(value, about=about))


def measure_for(unit_kind: str) -> Measure:
    """Say how a unit of this kind changes: 'percent' (money, counts), 'points' or 'places'."""
    if unit_kind == "rank":
        return "places"
    if unit_kind == "percent":
        return "points"
    return "percent"


def change(new: Interval, old: Interval, measure: Measure) -> Change | None:
    """Return the change from ``old`` to ``new``, or ``None`` when the figures do not say it.

    ``None`` when the change could be a rise as well as a fall (its interval spans zero) or is
    unbounded both ways, and when a percentage would divide by zero.
    """
    if measure == "places":  # up = a smaller rank: the change is old - new
        low = _combine(old.low, new.high, _minus)
        high = _combine(old.high, new.low, _minus)
    elif measure == "points":
        low = _combine(new.low, old.high, _minus)
        high = _combine(new.high, old.low, _minus)
    else:
        if old.low.value is not None and old.low.value <= 0:
            return None
        low = _combine(new.low, old.high, _ratio)
        high = _combine(new.high, old.low, _ratio)
    if not low.bounded and not high.bounded:
        return None
    if low.value == high.value == 0:  # no change, or one too small to say which way
        exact = not (low.strict or high.strict or low.about or high.about)
        zero = Decimal(0).quantize(Decimal(1).scaleb(-_DECIMALS[measure]))
        return Change("same", "exact" if exact else "about", zero, measure)
    if low.value is not None and low.value >= 0 and not (low.value == 0 and not low.strict):
        return _sized("up", low, high, measure)
    if high.value is not None and high.value <= 0 and not (high.value == 0 and not high.strict):
        return _sized("down", _negated(high), _negated(low), measure)
    return None


def _minus(a: Decimal, b: Decimal) -> Decimal:
    return a - b


def _ratio(a: Decimal, b: Decimal) -> Decimal:
    return (a / b - 1) * _HUNDRED


def _combine(a: Bound, b: Bound, operation: Callable[[Decimal, Decimal], Decimal]) -> Bound:
    if a.value is None or b.value is None:
        return Bound(None)
    return Bound(operation(a.value, b.value), a.strict or b.strict, a.about or b.about)


def _negated(bound: Bound) -> Bound:
    return bound if bound.value is None else bound._replace(value=-bound.value)


def _sized(direction: Direction, small: Bound, large: Bound, measure: Measure) -> Change | None:
    """Word a change of this direction whose size lies between ``small`` and ``large``.

    A strict end that is not itself approximate gives "more than" or "less than", whatever the
    other end; otherwise an approximate end makes the change "about" its nominal size.
    """
    places = Decimal(1).scaleb(-_DECIMALS[measure])
    assert small.value is not None
    floor = _round(small.value, places, ROUND_FLOOR)
    if large.value is None:
        if not floor:  # "more than +0 %" says nothing of the size
            return None
        strictly = small.strict and not small.about
        return Change(direction, "more_than" if strictly else "at_least", floor, measure)
    if small.value != large.value:
        return Change(direction, "between", floor, measure, _round(large.value, places, ROUND_CEILING))
    if small.strict and not small.about:
        return Change(direction, "more_than", floor, measure) if floor else None
    if large.strict and not large.about:
        return Change(direction, "less_than", _round(large.value, places, ROUND_CEILING), measure)
    nominal = _round(small.value, places, ROUND_HALF_EVEN)
    return Change(direction, "about" if small.about or large.about else "exact", nominal, measure)


def _round(value: Decimal, places: Decimal, rounding: str) -> Decimal:
    return value.quantize(places, rounding=rounding)


# --- which earlier figure a latest one compares with ---------------------------------------------


def period_family(view: ObservationView) -> tuple[str, int, int]:
    """Say which periods compare with this one: years, as-of dates, the same months, the same span."""
    period = _dated(view)
    kind, start, end = period.kind.value, period.start, period.end
    if kind == "part_year":
        return (kind, start.month, end.month)
    if kind == "multi_year":
        return (kind, end.year - start.year, 0)
    if kind == "to_date":
        return (kind, start.toordinal(), 0)
    return (kind, 0, 0)


def comparable_candidates(views: Iterable[ObservationView]) -> list[ObservationView]:
    """Return the views a change may start or end at: dated results (projections too, not targets),
    neither doubted nor read from words."""
    return [
        view
        for view in views
        if view.period is not None and not view.doubted and not view.worded and not view.target
    ]


def latest_comparable(
    views: Sequence[ObservationView],
) -> tuple[ObservationView, ObservationView | None, str | None]:
    """Return the latest observation, the previous comparable one, or why there is none.

    Only dated results that are neither doubted nor read from words count
    (:func:`comparable_candidates`; when none is left, the latest dated figure is returned with
    no previous one). Comparable means the same ``definition`` and the same family of period (a
    year with a year, an as-of date with an as-of date, the same months of another year, a span
    of as many years), ending before the latest one starts. The reason is
    ``"definition_changed"`` when an earlier figure of that family exists under another
    definition, ``"period_differs"`` when the other figures cover other kinds of period (or
    overlap it), and ``"only_one"`` when every figure is for the latest one's period.
    """
    dated = [view for view in views if view.period is not None]
    if not dated:
        raise ValueError("expected the dated observations of one indicator, found none")
    candidates = comparable_candidates(dated)
    if not candidates:
        return sorted(dated, key=report_order)[-1], None, "only_one"
    ordered = sorted(candidates, key=report_order)
    latest = ordered[-1]
    family = period_family(latest)
    same_family = [view for view in ordered if ends_before(view, latest) and period_family(view) == family]
    comparable = [view for view in same_family if view.definition == latest.definition]
    if comparable:
        return latest, comparable[-1], None
    if same_family:
        return latest, None, "definition_changed"
    if any(view.period != latest.period for view in ordered):
        return latest, None, "period_differs"
    return latest, None, "only_one"


def ends_before(earlier: ObservationView, later: ObservationView) -> bool:
    """Whether ``earlier``'s period ends before ``later``'s starts (both dated)."""
    return _dated(earlier).end < _dated(later).start


def _dated(view: ObservationView) -> Period:
    if view.period is None:
        raise ValueError(f"expected an observation with a period, found {view.id!r} with none")
    return view.period
