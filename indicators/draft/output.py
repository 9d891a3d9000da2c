"""A draft written out: YAML in the dataset's own format, or JSON records for other tools.

The YAML holds the four sections of ``data/indicators.yaml`` (``indicators`` only for the new
ones proposed); an item the curator must still decide ends with ``review``::

    sources:
      - id: 2024-03-01-bao-cao
        ...
    observations:
      - id: visitors-2023-bao-cao
        indicator: visitors
        period: '2023'
        value: 24100000
        qualifier: [approximately, estimate]
        ...
        review:
          - "period: none in its paragraph; 2023 carried from an earlier one"
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal

import yaml

from indicators.draft.records import (
    Bilingual,
    Draft,
    DraftDismissal,
    DraftIndicator,
    DraftObservation,
    DraftSource,
)

_Value = str | int | Decimal | None | list["_Value"] | dict[str, "_Value"] | tuple[str, ...]


class _Flow(tuple[str, ...]):
    """A short list written on one line, as the dataset writes qualifiers: [approximately, estimate]."""


class _Dumper(yaml.SafeDumper):
    """YAML laid out as the dataset is: list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: object) -> bool:
        return True  # the dataset's reader refuses anchors and aliases


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    if value == value.to_integral_value():
        return dumper.represent_int(int(value))
    return dumper.represent_scalar("tag:yaml.org,2002:float", format(value.normalize(), "f"))


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(value), flow_style=True)


# Text a YAML reader could take for a number, a date, a time or a boolean is written in quotes:
# the dataset's strict reader refuses "09:32" or 2024 as text.
_LOOKS_TYPED = re.compile(r"^(?:[-+.0-9~]|(?i:y|yes|n|no|on|off|true|false|null)$|$)")


def _text_scalar(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _LOOKS_TYPED.match(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text_scalar)
_Dumper.add_representer(Decimal, _decimal)
_Dumper.add_representer(_Flow, _flow)


def to_yaml(draft: Draft) -> str:
    """The draft as YAML to paste into ``data/indicators.yaml``, section by section."""
    sections: dict[str, list[dict[str, _Value]]] = {"sources": [_source(draft.source)]}
    if draft.indicators:
        sections["indicators"] = [_indicator(item) for item in draft.indicators]
    sections["observations"] = [_observation(item) for item in draft.observations]
    sections["dismissed"] = [_dismissal(item) for item in draft.dismissed]
    body = yaml.dump(
        sections, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
    )
    head = (
        f"# Draft of {draft.source.file}: {len(draft.observations)} observations, "
        f"{len(draft.dismissed)} dismissed numbers, {draft.reviews} items to review.\n"
        "# Decide every `review:` item, delete the key, and merge each section into "
        "data/indicators.yaml;\n# `python -m indicators check` refuses an item still under review.\n"
    )
    return head + body.replace("\n  - ", "\n\n  - ").replace(":\n\n  - ", ":\n  - ")


def to_json_lines(draft: Draft) -> Iterator[str]:
    """The draft as one JSON record per line: the source, indicators, observations, dismissals."""
    records: list[tuple[str, dict[str, _Value]]] = [("source", _source(draft.source))]
    records.extend(("indicator", _indicator(item)) for item in draft.indicators)
    for item in draft.observations:
        record = _observation(item)
        record.update(start=item.start, end=item.end)
        records.append(("observation", record))
    for dismissal in draft.dismissed:
        record = _dismissal(dismissal)
        record["start"] = dismissal.start
        records.append(("dismissed", record))
    for kind, record in records:
        yield json.dumps({"record": kind, **record}, ensure_ascii=False, default=_json_number)


def _json_number(value: object) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _text(value: Bilingual) -> dict[str, _Value]:
    return {"vi": value.vi, "en": value.en}


def _with_review(fields: dict[str, _Value], review: tuple[str, ...]) -> dict[str, _Value]:
    kept: dict[str, _Value] = {key: value for key, value in fields.items() if value is not None}
    if review:
        kept["review"] = list(review)
    return kept


def _source(item: DraftSource) -> dict[str, _Value]:
    return _with_review(
        {
            "id": item.id,
            "file": item.file,
            "headline": item.headline,
            "title": _text(item.title),
            "publisher": item.publisher,
            "author": item.author,
            "published": item.published,
            "published_basis": item.published_basis,
            "published_note": _text(item.published_note) if item.published_note else None,
        },
        item.review,
    )


def _indicator(item: DraftIndicator) -> dict[str, _Value]:
    return _with_review(
        {
            "id": item.id,
            "name": _text(item.name),
            "unit": item.unit,
            "theme": item.theme,
            "definition": _text(item.definition),
            "terms": list(item.terms),
        },
        item.review,
    )


def _observation(item: DraftObservation) -> dict[str, _Value]:
    fields: dict[str, _Value] = {
        "id": item.id,
        "indicator": item.indicator,
        "period": item.period,
        "value": item.value,
        "qualifier": item.qualifier[0] if len(item.qualifier) == 1 else _Flow(item.qualifier),
        "definition": item.definition,
        "source": item.source,
        "quote": item.quote,
        "figure": item.figure,
        "reading": _text(item.reading) if item.reading else None,
        "out_of": item.out_of,
        "note": _text(item.note) if item.note else None,
    }
    review = item.review
    if item.period is None:
        fields = _with_review(fields, ())
        fields["period"] = None  # kept: "the article states no period" is a value
        return _reorder(fields, review)
    return _with_review(fields, review)


def _reorder(fields: dict[str, _Value], review: tuple[str, ...]) -> dict[str, _Value]:
    order = (
        "id",
        "indicator",
        "period",
        "value",
        "qualifier",
        "definition",
        "source",
        "quote",
        "figure",
        "reading",
        "out_of",
        "note",
    )
    ordered = {key: fields[key] for key in order if key in fields}
    if review:
        ordered["review"] = list(review)
    return ordered


def _dismissal(item: DraftDismissal) -> dict[str, _Value]:
    return _with_review({"source": item.source, "text": item.text, "reason": item.reason}, item.review)
