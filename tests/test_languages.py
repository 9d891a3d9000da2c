"""One list of languages and one check of a language, shared by the core and the dashboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard import i18n
from dashboard.layout import document_script
from indicators.charts import indicator_figure
from indicators.labels import label
from indicators.languages import LANGS, check_lang
from indicators.vietnamese import format_number, read_quantity


def test_the_languages_are_vietnamese_then_english() -> None:
    assert LANGS == ("vi", "en")
    assert i18n.LANGS is LANGS, "the dashboard speaks the dataset's languages"


@pytest.mark.parametrize("lang", LANGS)
def test_a_known_language_passes(lang: str) -> None:
    check_lang(lang)


@pytest.mark.parametrize("lang", ["fr", "", "VI", "vi ", "en-US"])
def test_any_other_language_is_refused_with_one_message(lang: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_lang(lang)
    assert str(refused.value) == f"expected a language among vi, en, found {lang!r}"


@pytest.mark.parametrize(
    "use",
    [
        lambda lang: label("theme", "investment", lang),
        lambda lang: format_number(1, lang),
        lambda lang: read_quantity("1 USD", lang),
        lambda lang: indicator_figure([], lang),
        document_script,
    ],
    ids=["labels", "formatting", "reading", "charts", "dashboard"],
)
def test_every_caller_refuses_an_unknown_language_alike(use: Callable[[str], object]) -> None:
    with pytest.raises(ValueError, match=r"^expected a language among vi, en, found 'fr'$"):
        use("fr")
