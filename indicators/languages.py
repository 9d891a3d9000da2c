"""The languages the dataset's words are written in, and what the core says of any other::

LANGS            -> ("vi", "en")
check_lang("fr") -> ValueError: expected a language among vi, en, found 'fr'
"""

from __future__ import annotations

from typing import Final

LANGS: Final = ("vi", "en")


def check_lang(lang: str) -> None:
    """Raise ``ValueError`` unless ``lang`` is one of :data:`LANGS`."""
    if lang not in LANGS:
        raise ValueError(f"expected a language among {', '.join(LANGS)}, found {lang!r}")
