"""A figure in words for a reader: value, period, qualifier, publication date and change.

Plain functions over the observations' views (:class:`indicators.view.ObservationView`); no
Streamlit, no pandas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dashboard.i18n import t
from indicators import compare
from indicators.charts import point_value_text
from indicators.hedges import change_words
from indicators.labels import definition_name as definition_name  # the pages call it wording.definition_name
from indicators.labels import label, qualifier_label
from indicators.periods import Period, date_label
from indicators.vietnamese.units import UNITS
from indicators.view import ObservationView, report_order


def value_text(view: ObservationView, lang: str) -> str:
    """Return the figure's value as printed everywhere, with its hedge words: '8,67 tỷ USD',
    'hơn 65 đoàn', 'about US$58 billion', '“hai con số” (read as at least 10%)'."""
    return point_value_text(view, lang)


def marked_value_text(view: ObservationView, lang: str) -> str:
    """Return :func:`value_text`, followed by '(? in doubt)' where the figure is doubted (for a
    place that shows no doubt paragraph: the Data page, the index, a chart's name)."""
    value = value_text(view, lang)
    return f"{value} (? {t(lang, 'doubt_label').lower()})" if view.doubted else value


def latest_result(views: Iterable[ObservationView]) -> ObservationView:
    """Return an indicator's latest dated result (its latest target where it has only targets), in
    doubt or read from words as it may be: what the index and a chart's name call its latest."""
    dated = results_only(views)
    if not dated:
        raise ValueError("expected the dated figures of one indicator, found none")
    return max(dated, key=report_order)


def doubt_text(view: ObservationView, lang: str) -> str:
    """Return what is doubted in the figure, and why ('' when nothing is)."""
    return view.doubt.get(lang) if view.doubt else ""


def period_text(period: Period | None, lang: str) -> str:
    """Return a period for a reader: '2019', '9 tháng đầu năm 2020', 'as of 6 Nov 2020', or that
    the article states none."""
    return period.label(lang) if period is not None else t(lang, "no_period")


def qualifier_text(view: ObservationView, lang: str) -> str:
    """Return the qualifiers in words ('khoảng, ước tính'), '' for an exact figure."""
    return "" if view.exact else qualifier_label(view.qualifiers, lang)


def qualifier_full(view: ObservationView, lang: str) -> str:
    """Return the qualifiers in words, naming an exact figure too ('chính xác')."""
    return qualifier_label(view.qualifiers, lang)


def theme_text(theme: str, lang: str) -> str:
    """Return a theme's name ('Đầu tư' / 'Investment')."""
    return label("theme", theme, lang)


def date_text(published: str, lang: str) -> str:
    """Return a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date for a reader ('06/11/2020', '6 Nov 2020')."""
    return date_label(published, lang)


def change(latest: ObservationView, previous: ObservationView, lang: str) -> tuple[str, str]:
    """Return the change from ``previous`` to ``latest`` as (direction, words), hedges included.

    The direction is 'up', 'down' or 'same', or 'none' when the two figures' hedges allow a rise
    as well as a fall (:func:`indicators.compare.change`). Money and counts change by a percentage
    ('hơn +16,2%'), rates in percent by percentage points, ranks by places ('lên 3 bậc').
    """
    measure = compare.measure_for(UNITS[latest.unit].kind)
    found = compare.change(_interval(latest), _interval(previous), measure)
    if found is None:
        return "none", ""
    return found.direction, "" if found.direction == "same" else change_words(found, lang)


def _interval(view: ObservationView) -> compare.Interval:
    return compare.interval(view.value, view.qualifiers)


def change_sentence(views: Sequence[ObservationView], lang: str) -> tuple[str, str]:
    """Say how the latest figure compares with the previous comparable one, or why it cannot.

    Returns (kind, sentence): kind is 'up', 'down' or 'same' for a change, 'reason' otherwise.
    """
    latest, previous, reason = compare.latest_comparable(views)
    if previous is not None:
        direction, amount = change(latest, previous, lang)
        period = period_text(previous.period, lang)
        value = value_text(previous, lang)
        if direction == "none":
            return "reason", t(lang, "reason_hedged", period=period, value=value)
        if direction == "same":
            return "same", t(lang, "card_same", period=period, value=value)
        arrow = "▲" if direction == "up" else "▼"
        return direction, t(lang, "card_change", arrow=arrow, change=amount, period=period, value=value)
    earlier = sorted(
        (view for view in compare.comparable_candidates(views) if compare.ends_before(view, latest)),
        key=report_order,
    )
    if reason == "definition_changed":
        family = compare.period_family(latest)
        same_family = [view for view in earlier if compare.period_family(view) == family]
        before = definition_name(same_family[-1].definition_text(lang)) if same_family else "…"
        return "reason", t(lang, "reason_definition", previous=before)
    if reason == "period_differs" and earlier:
        return "reason", t(
            lang,
            "reason_period_kind",
            latest=period_text(latest.period, lang),
            previous=period_text(earlier[-1].period, lang),
        )
    if reason == "only_one":
        return "reason", t(lang, "reason_single")
    return "reason", t(lang, "reason_other")


def results_only(views: Iterable[ObservationView]) -> list[ObservationView]:
    """Return the dated figures that report results, leaving out targets, unless targets are all there is."""
    every = [view for view in views if view.period is not None]
    results = [view for view in every if not view.target]
    return results or every


def targets(views: Iterable[ObservationView]) -> list[ObservationView]:
    """Return the figures that state a target ('mục tiêu', 'phấn đấu') for a stated period, in numbers."""
    return [view for view in views if view.target and view.period is not None and not view.worded]


def chart_name(name: str, views: Sequence[ObservationView], lang: str) -> str:
    """Say what an indicator's chart shows, for a screen reader: its years, how many figures it
    draws and the latest result, as its overview card names it ('Chart of …, 2016–2025, 7
    figure(s); latest: US$4.29 billion (2025).')."""
    periods = [view.period for view in views if view.period is not None]
    if not periods:
        raise ValueError(f"expected the dated figures of {name!r}, found none")
    latest = latest_result(views)
    first = min(period.start.year for period in periods)
    last = max(period.end.year for period in periods)
    return t(
        lang,
        "chart_alt",
        name=name,
        span=str(first) if first == last else f"{first}–{last}",
        count=len(periods),
        latest=marked_value_text(latest, lang),
        period=period_text(latest.period, lang),
    )


def figures_count(count: int, lang: str) -> str:
    """Say how many figures there are: '1 figure', '6 figures', '1 con số'."""
    return t(lang, "card_observation_one") if count == 1 else t(lang, "card_observations", count=count)
