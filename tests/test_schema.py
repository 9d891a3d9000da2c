"""The published JSON Schema stays equal to the model, and the YAML points editors at it."""

import json

from indicators import DATA_FILE, ROOT
from indicators.schema import schema_text

SCHEMA_FILE = ROOT / "data" / "indicators.schema.json"


def test_committed_schema_matches_the_model() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "run: python -m indicators schema --out data/indicators.schema.json"
    )


def test_dataset_first_line_references_the_schema() -> None:
    first = DATA_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=indicators.schema.json"


def test_schema_forbids_unknown_fields_and_knows_the_qualifiers() -> None:
    schema = json.loads(schema_text())  # as editors read it
    observation = schema["$defs"]["Observation"]
    assert observation["additionalProperties"] is False
    assert set(observation["required"]) >= {
        "id",
        "indicator",
        "period",
        "value",
        "qualifier",
        "source",
        "quote",
    }
    assert schema["$defs"]["Qualifier"]["enum"] == [
        "exact",
        "approximately",
        "nearly",
        "more_than",
        "less_than",
        "at_least",
        "estimate",
        "projected",
        "target",
    ]
    assert observation["properties"]["value"]["type"] == "number"
    json.dumps(schema)  # serialisable as it is
