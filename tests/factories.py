"""Small factories for test records: ``make_observation(**overrides)`` and friends, an
observation's view (``make_view``), and the catalogue the dashboard reads, built from a dataset
file (``make_catalogue``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indicators.model import Indicator, Observation, Qualifier, Source, Text
from indicators.periods import Period
from indicators.view import ObservationView

if TYPE_CHECKING:
    from dashboard.data import Catalogue


def observation_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": "fdi-2019",
        "indicator": "fdi",
        "period": "2019",
        "value": 8670000000,
        "qualifier": "exact",
        "source": "s",
        "quote": "vốn đầu tư nước ngoài năm 2019 đạt 8,67 tỷ USD",
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not ...}


def make_observation(**overrides: Any) -> Observation:
    return Observation.model_validate(observation_fields(**overrides))


def make_indicator(**overrides: Any) -> Indicator:
    fields: dict[str, Any] = {
        "id": "fdi",
        "name": {"vi": "Vốn FDI", "en": "FDI"},
        "unit": "USD",
        "theme": "investment",
        "definition": {"vi": "Vốn đầu tư nước ngoài", "en": "Foreign investment"},
    }
    fields.update(overrides)
    return Indicator.model_validate(fields)


def make_source(**overrides: Any) -> Source:
    fields: dict[str, Any] = {
        "id": "s",
        "file": "s.txt",
        "title": {"vi": "Bài", "en": "Article"},
        "published": "2020-11-06",
        "published_basis": "stated",
    }
    fields.update(overrides)
    return Source.model_validate(fields)


def make_catalogue(path: Path) -> Catalogue:
    """Check the dataset at ``path`` and return the catalogue the pages read (as ``dashboard.data``
    builds it, without Streamlit's cache)."""
    from dashboard import data
    from indicators.check import check_file

    result = check_file(path)
    assert result.dataset is not None and not result.problems, result.problems
    return data.catalogue_of(path, result)


def make_view(**fields: Any) -> ObservationView:
    """Return one observation's view, from the tidy table's column names (all optional)::

        make_view(period="2020-01/2020-09", value=58e9, qualifier="approximately;estimate",
                  doubt_en="…", unit="percent")

    The period's kind and days follow ``period`` ('' or None: no period); a definition's words
    (``definition_vi``/``_en``) become its meaning; ``reading_*``, ``note_*`` and ``doubt_*`` make
    their texts when either language is given.
    """
    known = {
        "obs_id": "fdi-2019",
        "indicator_id": "fdi",
        "indicator_vi": "Vốn FDI",
        "indicator_en": "FDI",
        "theme": "investment",
        "unit": "USD",
        "period": "2019",
        "value": 8_670_000_000,
        "out_of": None,
        "qualifier": "exact",
        "definition": None,
        "definition_vi": "Vốn đầu tư trực tiếp nước ngoài",
        "definition_en": "Foreign direct investment",
        "figure": "8,67 tỷ USD",
        "source_id": "s",
        "source_title_vi": "Bài",
        "source_title_en": "Article",
        "source_publisher": None,
        "source_published": "2020-10-10",
        "source_published_basis": "stated",
        "quote": "vốn đầu tư nước ngoài của Hà Nội năm 2019 đạt 8,67 tỷ USD",
        "agrees_with": (),
        **{f"{name}_{lang}": "" for name in ("reading", "note", "doubt") for lang in ("vi", "en")},
    }
    unknown = set(fields) - set(known)
    assert not unknown, f"make_view: no field {sorted(unknown)}"
    given = {**known, **fields}
    definitions = {}
    if given["definition"]:
        definitions[given["definition"]] = {"vi": given["definition_vi"], "en": given["definition_en"]}
    indicator = make_indicator(
        id=given["indicator_id"],
        name={"vi": given["indicator_vi"], "en": given["indicator_en"]},
        unit=given["unit"],
        theme=given["theme"],
        definition={"vi": given["definition_vi"], "en": given["definition_en"]},
        definitions=definitions,
    )
    source = make_source(
        id=given["source_id"],
        title={"vi": given["source_title_vi"], "en": given["source_title_en"]},
        publisher=given["source_publisher"] or None,
        published=given["source_published"],
        published_basis=given["source_published_basis"],
        **(
            {"published_note": {"vi": "Suy ra", "en": "Inferred"}}
            if given["source_published_basis"] == "inferred"
            else {}
        ),
    )
    qualifiers = given["qualifier"]
    codes = qualifiers.split(";") if isinstance(qualifiers, str) else list(qualifiers)

    def text(name: str) -> Text | None:
        vi, en = given[f"{name}_vi"], given[f"{name}_en"]
        return Text(vi=vi or en, en=en or vi) if vi or en else None

    return ObservationView(
        id=given["obs_id"],
        indicator=indicator,
        period=Period.parse(str(given["period"])) if given["period"] else None,
        value=Decimal(str(given["value"])),
        qualifiers=tuple(Qualifier(code) for code in codes if code),
        source=source,
        quote=given["quote"],
        figure=given["figure"],
        definition=given["definition"] or None,
        meaning=indicator.definitions.get(given["definition"]) if given["definition"] else None,
        out_of=Decimal(str(given["out_of"])) if given["out_of"] is not None else None,
        reading=text("reading"),
        note=text("note"),
        doubt=text("doubt"),
        agrees_with=tuple(given["agrees_with"]),
    )
