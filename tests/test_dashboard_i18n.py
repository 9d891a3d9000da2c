"""Both languages say everything, and the language is chosen as documented."""

from __future__ import annotations

import re

import pytest

from dashboard.i18n import LANGS, STRINGS, pick_language, t


def test_both_languages_have_the_same_keys() -> None:
    assert set(STRINGS) == set(LANGS)
    assert set(STRINGS["vi"]) == set(STRINGS["en"])


@pytest.mark.parametrize("key", sorted(STRINGS["vi"]))
def test_both_languages_have_the_same_placeholders(key: str) -> None:
    def holes(text: str) -> set[str]:
        return set(re.findall(r"\{(\w+)\}", text))

    assert holes(STRINGS["vi"][key]) == holes(STRINGS["en"][key])
    assert STRINGS["vi"][key].strip() and STRINGS["en"][key].strip()


def test_t_fills_placeholders() -> None:
    assert t("en", "not_found_indicator", value="x") == "There is no indicator with the id “x”."
    assert t("vi", "not_found_indicator", value="x") == "Không có chỉ số nào mang mã “x”."


@pytest.mark.parametrize(
    ("url", "remembered", "locale", "expected"),
    [
        ("en", None, "vi-VN", "en"),
        ("vi", "en", "en-US", "vi"),
        (None, "en", "vi-VN", "en"),
        ("<script>", None, "en-GB", "en"),
        (None, None, "en_US", "en"),
        (None, None, "fr-FR", "vi"),
        (None, None, None, "vi"),
        ("x" * 5000, "de", "", "vi"),
    ],
)
def test_pick_language(url: str | None, remembered: str | None, locale: str | None, expected: str) -> None:
    assert pick_language(url, remembered, locale) == expected
