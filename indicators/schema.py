"""The JSON Schema of ``data/indicators.yaml``, generated from the model.

The YAML's first line points editors at it (``# yaml-language-server: $schema=...``) so a
curator sees unknown fields and wrong types while typing. ``python -m indicators schema --out
data/indicators.schema.json`` rewrites it; a test keeps the committed file equal to this output.
"""

from __future__ import annotations

import json

from indicators.model import Dataset, Qualifier


def dataset_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) of the dataset file."""
    schema: dict[str, object] = Dataset.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Hanoi integration indicators dataset"
    definitions = schema["$defs"]
    assert isinstance(definitions, dict), "pydantic puts the models' schemas under $defs"
    observation = definitions["Observation"]["properties"]
    qualifier = {"$ref": "#/$defs/Qualifier"}
    observation["qualifier"] = {
        "description": "exact, or one or more hedges: " + ", ".join(q.value for q in Qualifier),
        "oneOf": [qualifier, {"type": "array", "items": qualifier, "minItems": 1, "uniqueItems": True}],
    }
    return schema


def schema_text() -> str:
    """Return the schema as the text of ``data/indicators.schema.json``."""
    return json.dumps(dataset_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
