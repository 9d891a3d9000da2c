"""Every string the dashboard shows, in Vietnamese (``vi``) and English (``en``): the strings
themselves are in :mod:`dashboard.i18n.vi` and :mod:`dashboard.i18n.en`.

``t(lang, key, **values)`` returns a string with its ``{placeholders}`` filled. Both languages
have the same keys (a test keeps it so). Strings marked ``(md)`` are Markdown written here, never
data; data goes into the placeholders of the others, escaped by the caller.

The language is the URL's ``lang`` when it is ``vi`` or ``en``, else the one chosen earlier in
the session, else the browser's locale (``en-US`` → en, ``vi-VN`` → vi), else Vietnamese.
"""

from __future__ import annotations

from typing import Final

from dashboard.i18n import en, vi
from indicators.languages import LANGS as LANGS  # the dashboard speaks the dataset's languages

DEFAULT_LANG: Final = "vi"
LANGUAGE_NAMES: Final = {"vi": "Tiếng Việt", "en": "English"}

STRINGS: Final[dict[str, dict[str, str]]] = {"vi": vi.STRINGS, "en": en.STRINGS}


def t(lang: str, key: str, **values: object) -> str:
    """Return the string ``key`` in ``lang`` with its placeholders filled from ``values``."""
    text = STRINGS[lang if lang in STRINGS else DEFAULT_LANG][key]
    return text.format(**values) if values else text


def pick_language(from_url: str | None, remembered: str | None, locale: str | None) -> str:
    """Choose the language: the URL's, else the session's earlier choice, else the locale's, else vi."""
    for candidate in (from_url, remembered):
        if candidate in LANGS:
            return str(candidate)
    if locale:
        primary = locale.strip().lower().replace("_", "-").split("-")[0]
        if primary in LANGS:
            return primary
    return DEFAULT_LANG
