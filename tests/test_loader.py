"""The strict YAML reader: plain data only, every value with its line."""

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import loader
from indicators.loader import MAX_BYTES, parse_document, read_document


def parse(text: str) -> object:
    document, problems = parse_document(text.encode(), "f.yaml")
    assert problems == [], [str(p) for p in problems]
    assert document is not None
    return document.data


def problem(raw: bytes | str) -> str:
    document, problems = parse_document(raw.encode() if isinstance(raw, str) else raw, "f.yaml")
    assert document is None
    assert len(problems) == 1
    return str(problems[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1", {"a": 1}),
        ("a: 8.67", {"a": Decimal("8.67")}),
        ("a: 8670000000", {"a": 8670000000}),
        ("a: 6.27e+2", {"a": Decimal("627")}),
        ("a: '0123'", {"a": "0123"}),
        ('a: "NO"', {"a": "NO"}),
        ("a: 2019-12-30", {"a": "2019-12-30"}),
        ("a: true\nb: false", {"a": True, "b": False}),
        ("a: ~\nb:\nc: null", {"a": None, "b": None, "c": None}),
        ("a: Hà Nội", {"a": "Hà Nội"}),
        ("- [1, 2]\n- {x: z}", [[1, 2], {"x": "z"}]),
    ],
)
def test_plain_values(text: str, expected: object) -> None:
    assert parse(text) == expected


def test_numbers_are_exact_decimals_not_floats() -> None:
    value = parse("a: 0.1")["a"]  # type: ignore[index]
    assert isinstance(value, Decimal)
    assert value * 3 == Decimal("0.3")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("a: 1\na: 2\n", "f.yaml:2: expected each key once, found 'a' again (first on line 1)"),
        (
            "a: &x 1\nb: *x\n",
            "f.yaml:1: expected plain data, found the anchor &x: anchors and aliases are not allowed",
        ),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "f.yaml:1: expected plain data, found the tag "
            "tag:yaml.org,2002:python/object/apply:os.system: tags are not allowed",
        ),
        ("a: !custom 1\n", "f.yaml:1: expected plain data, found the tag !custom: tags are not allowed"),
        (
            "x: 1\nb: NO\n",
            "f.yaml:2: expected an unambiguous value, found NO: YAML readers disagree "
            "on it, write it in quotes ('NO')",
        ),
        (
            "a: 12:30\n",
            "f.yaml:1: expected an unambiguous value, found 12:30: YAML readers disagree "
            "on it, write it in quotes ('12:30')",
        ),
        (
            "a: 0123\n",
            "f.yaml:1: expected an unambiguous value, found 0123: YAML readers disagree on "
            "it, write it in quotes ('0123')",
        ),
        (
            "a: 1_000\n",
            "f.yaml:1: expected an unambiguous value, found 1_000: YAML readers disagree "
            "on it, write it in quotes ('1_000')",
        ),
        (
            "a: .inf\n",
            "f.yaml:1: expected an unambiguous value, found .inf: YAML readers disagree on "
            "it, write it in quotes ('.inf')",
        ),
        ("a: 1\n---\nb: 2\n", "f.yaml:2: expected one YAML document, found a second one"),
        (
            "",
            "f.yaml:1: expected a mapping with version, sources, indicators and observations, found "
            "an empty file",
        ),
        (b"a: \xff\n", "f.yaml:1: expected UTF-8 text, found the byte 0xff that is not UTF-8"),
        ('a: 1\nb: "x\x07"\n', "f.yaml:2: expected text, found the control character '\\x07'"),
        (
            "a: [1, 2\n",
            "f.yaml:2: expected valid YAML, found a syntax error: while parsing a flow "
            "sequence did not find expected ',' or ']' (it starts on line 1)",
        ),
        ("? [a]\n: 1\n", "f.yaml:1: expected a plain text key"),
    ],
)
def test_refusals_are_located(raw: str | bytes, message: str) -> None:
    assert problem(raw) == message


def test_alias_bomb_is_refused_before_it_expands() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)
    ]
    assert "anchors and aliases are not allowed" in problem("\n".join(lines))


def test_deep_nesting_is_refused() -> None:
    depth = loader.MAX_DEPTH + 5
    assert f"expected at most {loader.MAX_DEPTH} levels of nesting" in problem("[" * depth + "]" * depth)


def test_size_limit_names_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_BYTES + 1))
    document, problems = read_document(big, "big.yaml")
    assert document is None
    assert str(problems[0]) == (
        f"big.yaml: expected a file of at most {MAX_BYTES:,} bytes, found {MAX_BYTES + 1:,} bytes"
    )


def test_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    document, problems = read_document(tmp_path / "nope.yaml", "nope.yaml")
    assert document is None
    assert str(problems[0]) == "nope.yaml: cannot read the file: No such file or directory"


def test_a_duplicate_key_names_the_line_of_the_first_at_any_depth() -> None:
    assert problem("a:\n  - b: 1\n    c: 2\n\n    b: 3\n") == (
        "f.yaml:5: expected each key once, found 'b' again (first on line 2)"
    )


def test_lines_are_remembered_for_every_path() -> None:
    document, _ = parse_document(b"a:\n  b:\n    - c: 1\n      d: 2\n", "f.yaml")
    assert document is not None
    assert document.line_of(("a", "b", 0, "d")) == 4
    assert document.line_of(("a", "b", 0, "missing")) == 3
    assert document.line_of(("a",)) == 1
    assert document.lines == {
        (): 1,
        ("a",): 1,
        ("a", "b"): 2,
        ("a", "b", 0): 3,
        ("a", "b", 0, "c"): 3,
        ("a", "b", 0, "d"): 4,
    }


class _PlainScalar:
    """A plain scalar event as the parser gives it, for the scalar readers alone."""

    style = ""
    start_mark = SimpleNamespace(line=0)

    def __init__(self, value: str) -> None:
        self.value = value


def _read(reader: Any, value: str) -> tuple[type, object]:
    try:
        result = reader(_PlainScalar(value))
    except loader.YamlError as error:
        return loader.YamlError, error.message
    return type(result), result


@settings(max_examples=600, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                *"0123456789+-._:~eExXoObB ",
                *"yYnNoOtTfFaAlLsSuUrRe",
                "ſ",
                "İ",
                "\u212a",
                "đ",
                "yes",
                "null",
                "false",
                "0o7",
                "1_0",
            ]
        ),
        max_size=6,
    )
)
def test_plain_scalars_read_as_the_general_reader_reads_them(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert _read(loader._plain, value) == _read(loader._scalar, value)


@pytest.mark.parametrize(
    "value",
    [
        "0",
        "7",
        "2019",
        "0123",
        "08",
        "yes",
        "No",
        "nULL",
        "NULL",
        "true",
        "trUE",
        "off",
        "fdi-s01",
        "obs-000001",
        "",
        "1_000",
        "12:30",
    ],
)
def test_common_plain_scalars_read_as_the_general_reader_reads_them(value: str) -> None:
    assert _read(loader._plain, value) == _read(loader._scalar, value)
