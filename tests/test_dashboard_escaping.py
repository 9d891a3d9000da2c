"""Text from the data shows as written: never Markdown, HTML or LaTeX."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.escaping import escape_markdown, shorten

SPECIALS = set("\\`*_{}[]()<>#+-.!|~$:&\"'=^")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\</script\>"),
        ("**x**", r"\*\*x\*\*"),
        ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
        ("$x$", r"\$x\$"),
        (":red[x]", r"\:red\[x\]"),
        ("8,67 tỷ USD", "8,67 tỷ USD"),
        ("1. đầu tiên", r"1\. đầu tiên"),
        ("# tiêu đề", r"\# tiêu đề"),
    ],
)
def test_escape_markdown_backslashes_every_special(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


@given(st.text())
def test_escape_markdown_leaves_no_bare_special_and_round_trips(text: str) -> None:
    escaped = escape_markdown(text)
    assert unescape(escaped) == text
    bare = re.sub(r"\\.", "", escaped, flags=re.DOTALL)
    assert not SPECIALS & set(bare)


def test_shorten_cuts_long_values_and_control_characters() -> None:
    assert shorten("x" * 5000) == "x" * 59 + "…"
    assert shorten("a\nb\x00c") == "a b c"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_document_script_holds_only_the_language_and_the_dashboards_words(lang: str) -> None:
    from dashboard.i18n import t
    from dashboard.layout import document_script

    script = document_script(lang)
    assert script.count("<script>") == 1 and script.count("</script>") == 1
    words = json.loads(script[script.rindex("})(") + 3 : script.rindex(");")])
    assert words == {
        "lang": lang,
        "english": "Page not found",
        "title": t(lang, "page_not_found_title"),
        "message": t(lang, "page_not_found"),
        "close": t(lang, "close"),
    }


def test_the_document_script_refuses_anything_but_a_known_language() -> None:
    from dashboard.layout import document_script

    for hostile in ("</script><script>alert(1)</script>", "fr", ""):
        with pytest.raises(ValueError, match="expected a language"):
            document_script(hostile)
