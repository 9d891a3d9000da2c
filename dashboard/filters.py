"""The data page's filters: theme, indicator, source and year, each a list of chosen codes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

from indicators.view import ObservationView

FACETS = ("theme", "indicator", "source", "year")


def facets(view: ObservationView) -> dict[str, str | None]:
    """Return what each filter reads of a figure: its theme, indicator, source and year (None with
    no period: no year filter keeps it)."""
    return {
        "theme": view.indicator.theme.value,
        "indicator": view.indicator.id,
        "source": view.source.id,
        "year": str(view.period.year) if view.period is not None else None,
    }


def filter_views(
    views: Iterable[ObservationView], chosen: Mapping[str, Sequence[str]]
) -> list[ObservationView]:
    """Keep the figures matching every non-empty filter (any of its values); an empty filter keeps all."""
    wanted = {name: set(values) for name, values in chosen.items() if values and name in FACETS}
    return [
        view for view in views if all(facets(view).get(name) in values for name, values in wanted.items())
    ]


def name_key(name: str) -> tuple[str, str]:
    """Order names as a reader looks them up: letters before accents ('Đối tác' beside 'Doanh thu')."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in plain if not unicodedata.combining(char)).casefold(), name


def by_name(codes: Iterable[str], name_of: Callable[[str], str]) -> list[str]:
    """Return ``codes`` ordered by their names (:func:`name_key`)."""
    return sorted(codes, key=lambda code: name_key(name_of(code)))
