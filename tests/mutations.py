"""Mutated copies of the real dataset, for the contract between the check and the app.

:func:`datasets` draws the parsed ``data/indicators.yaml`` (a plain dict) with one to four edits,
each a small function of this module that changes the dict in place and says what it did::

    period of fdi-2019-doingoai := '../9999-12' (with a note)
    value of fdi-rank-2019-ttvh := 1e+100
    drop source 2020-11-06-thethaovanhoa with its 14 observations and 12 dismissals

Some edits keep the data true to its articles (free text, a new indicator with no figures, a
source dropped with everything it proves, an indicator renamed everywhere, the value of a figure
read from words), so the check accepts many of the datasets; the others (a unit, a period, a
qualifier, a reference, a section) are usually refused.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from typing import Any

from hypothesis import strategies as st

from indicators.model import Qualifier, Theme
from indicators.vietnamese.units import UnitCode

Data = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]
Edit = Callable[[Draw, Data], str]

SECTIONS = ("sources", "indicators", "observations", "dismissed")
UNITS = [unit.value for unit in UnitCode]
QUALIFIERS = [qualifier.value for qualifier in Qualifier]
THEMES = [theme.value for theme in Theme]
# Text an attacker or a careless paste could put in the data: markup of every kind the pages read
# (HTML, Markdown, LaTeX, a javascript: link), format fields, control characters (written escaped
# in the YAML), bidirectional marks, combining marks, long and blank text.
HOSTILE_TEXTS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</div></p></td></tr></table>",
    "**đậm** _nghiêng_ `mã` ~~gạch~~",
    "# Tiêu đề\n\n- mục\n- mục",
    "$x^2$ và $$\\frac{1}{0}$$",
    "[liên kết](javascript:alert(1))",
    "{0} {lang} %s %(value)s {{7*7}} ${x}",
    "\\",
    "\\*",
    "\x1b[31mđỏ\x1b[0m",
    "a\x00b",
    "\x07\x08\x7f\x85",
    "\u202eevil\u202c",
    "\u200f\u200e\u061c",
    "\u200b",
    "\ufeffBOM",
    "e\u0301\u0301\u0301",
    "🙂" * 20,
    "x" * 5000,
    "  ",
    " \n ",
    "&amp; &lt;b&gt;",
    "|a|b|\n|-|-|\n|1|2|",
    "\r\nSet-Cookie: a=b",
    "\u2028\u2029",
    "Hà Nội 2019: 8,67 tỷ USD",
)
TEXT = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(min_size=1, max_size=24),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE_TEXTS), st.text(max_size=8)),
)
YEARS = (1, 999, 1000, 1900, 2015, 2016, 2018, 2019, 2020, 2023, 2024, 2025, 2026, 2100, 9999)
INVALID_PERIODS = (
    "2020-13",
    "2019/2019",
    "2020/2016",
    "2020-01/2020-12",
    "2020-09/2020-01",
    "2020-02-30",
    "2020-00-10",
    "0000",
    "19",
    "20190",
    "2019-1",
    " ../2020",
    "../",
    "2019/..",
    "../2020-13",
    "2020-11-06/2016",
    "2020-11-06/2020-11-06",
    "",
    " ",
    "2019 năm",
    "2019\n",
    2019.5,
    True,
    False,
    [2019],
    {"year": 2019},
    0,
    -2019,
)
VALUES = (
    0,
    0.0,
    1,
    -1,
    -0.5,
    0.001,
    1e-9,
    1.5,
    10**15,
    10**30,
    10**100,
    1e308,
    "12",
    "",
    True,
    None,
    float("nan"),
    float("inf"),
    [1],
    {"v": 1},
)
NOT_IDENTIFIERS = ("", "FDI", "a--b", "-a", "a-", "a b", "x" * 65, "đ", "a/b", "../app", "<b>", 7, None)


def _items(data: Data, section: str) -> list[dict[str, Any]]:
    """The section's records that are mappings (none when the section was broken by an edit)."""
    items = data.get(section)
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _pick(draw: Draw, data: Data, section: str) -> dict[str, Any] | None:
    items = _items(data, section)
    return draw(st.sampled_from(items)) if items else None


def often(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``usual`` three times in four, else ``odd``: most edits keep a record well-formed."""
    return st.integers(0, 3).flatmap(lambda roll: usual if roll else odd)


def _name(record: dict[str, Any] | None) -> str:
    return repr(record.get("id", "?")) if record is not None else "?"


def periods() -> st.SearchStrategy[Any]:
    """Every form of period, with ordinary and extreme years, months and days, and broken ones."""
    year = st.sampled_from(YEARS)
    month = st.integers(1, 12)
    day = st.integers(1, 31)

    two_years = st.lists(year, min_size=2, max_size=2, unique=True).map(sorted)

    return often(
        st.one_of(
            st.none(),
            year.map(lambda y: f"{y:04d}"),
            st.tuples(year, month, month).map(
                lambda t: f"{t[0]:04d}-{min(t[1:]):02d}/{t[0]:04d}-{max(t[1:]):02d}"
            ),
            two_years.map(lambda pair: f"{pair[0]:04d}/{pair[1]:04d}"),
            st.tuples(year, month, day).map(lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"),
            year.map(lambda y: f"../{y:04d}"),
            st.tuples(year, month).map(lambda t: f"../{t[0]:04d}-{t[1]:02d}"),
            st.tuples(two_years, month, day).map(
                lambda t: f"{t[0][0]:04d}/{t[0][1]:04d}-{t[1]:02d}-{t[2]:02d}"
            ),
            st.tuples(two_years, month, day, month, day).map(
                lambda t: f"{t[0][0]:04d}-{t[1]:02d}-{t[2]:02d}/{t[0][1]:04d}-{t[3]:02d}-{t[4]:02d}"
            ),
        ),
        st.sampled_from(INVALID_PERIODS),
    )


def texts() -> st.SearchStrategy[Any]:
    """A text in both languages, or something that is not one."""
    return often(
        st.builds(lambda vi, en: {"vi": vi, "en": en}, TEXT, TEXT),
        st.one_of(
            st.builds(lambda vi: {"vi": vi}, TEXT),
            TEXT,
            st.just({}),
            st.just({"vi": "", "en": "b"}),
            st.just({"vi": "a", "en": "b", "fr": "c"}),
        ),
    )


# --- edits of observations -----------------------------------------------------------------------


def edit_period(draw: Draw, data: Data) -> str:
    """A figure's period: every form, extreme years, broken ones; often with a note saying why."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "period: no observation"
    obs["period"] = period = draw(periods())
    noted = draw(st.booleans())
    if noted:
        obs["note"] = {"vi": "Kỳ do người biên soạn xác định.", "en": "The curators set the period."}
    return f"period of {_name(obs)} := {period!r}" + (" (with a note)" if noted else "")


def edit_value(draw: Draw, data: Data) -> str:
    """A figure's value (most often one read from words, whose value the quote does not fix)."""
    observations = _items(data, "observations")
    read = [obs for obs in observations if "reading" in obs]
    pool = read if read and draw(st.integers(0, 3)) else observations
    if not pool:
        return "value: no observation"
    obs = draw(st.sampled_from(pool))
    field = draw(st.sampled_from(("value", "value", "value", "out_of")))
    obs[field] = value = draw(
        often(
            st.one_of(st.sampled_from(VALUES[:12]), st.integers(0, 10**12), st.floats(0, 1e12)),
            st.one_of(st.sampled_from(VALUES[12:]), st.integers(max_value=-1)),
        )
    )
    return f"{field} of {_name(obs)} := {value!r}"


def edit_qualifier(draw: Draw, data: Data) -> str:
    """A figure's qualifier: each code, combinations, 'exact' with others, nothing, a typo."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "qualifier: no observation"
    code = st.sampled_from(QUALIFIERS)
    obs["qualifier"] = qualifier = draw(
        st.one_of(
            code,
            st.lists(code, min_size=1, max_size=4),
            st.lists(st.sampled_from((*QUALIFIERS, "about", "EXACT", "")), max_size=3),
            st.sampled_from(("", "nearly ", None, 1, ["exact", "exact"])),
        )
    )
    return f"qualifier of {_name(obs)} := {qualifier!r}"


def edit_definition(draw: Draw, data: Data) -> str:
    """A figure's definition key: one of its indicator's, another indicator's, unknown, or none."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "definition: no observation"
    keys = sorted(
        {
            key
            for indicator in _items(data, "indicators")
            if isinstance(indicator.get("definitions"), dict)
            for key in indicator["definitions"]
        }
    )
    choice = draw(
        st.one_of(
            st.sampled_from(keys or ["none"]),
            st.sampled_from(NOT_IDENTIFIERS),
            st.just("unknown-key"),
            st.just(None),
        )
    )
    if choice is None:
        obs.pop("definition", None)
        return f"definition of {_name(obs)} removed"
    obs["definition"] = choice
    return f"definition of {_name(obs)} := {choice!r}"


def edit_reference(draw: Draw, data: Data) -> str:
    """A figure's indicator or source: another one (of the same unit, often), or an unknown id."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "reference: no observation"
    field = draw(st.sampled_from(("indicator", "indicator", "source")))
    ids = [item.get("id") for item in _items(data, "indicators" if field == "indicator" else "sources")]
    if field == "indicator":
        units = {item.get("id"): item.get("unit") for item in _items(data, "indicators")}
        same = [i for i in ids if units.get(i) == units.get(obs.get("indicator"))]
        ids = same if same and draw(st.booleans()) else ids
    obs[field] = target = draw(
        often(st.sampled_from(ids or ["none"]), st.sampled_from(("unknown", *NOT_IDENTIFIERS)))
    )
    return f"{field} of {_name(obs)} := {target!r}"


def edit_figure(draw: Draw, data: Data) -> str:
    """A figure's ``figure``: removed (the scanner finds it), a part of its quote, or other text."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "figure: no observation"
    quote = obs.get("quote") if isinstance(obs.get("quote"), str) else ""
    choice = draw(st.sampled_from(("remove", "part", "text")))
    if choice == "remove":
        obs.pop("figure", None)
        return f"figure of {_name(obs)} removed"
    if choice == "part" and quote:
        start = draw(st.integers(0, len(quote) - 1))
        obs["figure"] = quote[start : draw(st.integers(start + 1, len(quote)))]
    else:
        obs["figure"] = draw(TEXT)
    return f"figure of {_name(obs)} := {obs['figure']!r}"


def edit_observation_text(draw: Draw, data: Data) -> str:
    """A figure's doubt, reading or note: hostile text in both languages, removed, or not a text."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "text: no observation"
    field = draw(st.sampled_from(("doubt", "doubt", "doubt", "reading", "note", "note", "quote")))
    if field != "quote" and draw(st.integers(0, 4)) == 0:
        obs.pop(field, None)
        return f"{field} of {_name(obs)} removed"
    obs[field] = value = draw(TEXT if field == "quote" else texts())
    return f"{field} of {_name(obs)} := {value!r}"


def duplicate_observation(draw: Draw, data: Data) -> str:
    """A figure twice: under a new id (often with another period or indicator), or the same id."""
    obs = _pick(draw, data, "observations")
    if obs is None:
        return "duplicate: no observation"
    twin = deepcopy(obs)
    if draw(st.integers(0, 4)):
        twin["id"] = f"{obs.get('id')}-twin" if isinstance(obs.get("id"), str) else "twin"
    if draw(st.booleans()):
        twin["period"] = draw(periods())
        twin["note"] = {"vi": "Bản sao.", "en": "A copy."}
    data["observations"].append(twin)
    return f"duplicate {_name(obs)} as {twin['id']!r}, period {twin.get('period')!r}"


def drop_observation(draw: Draw, data: Data) -> str:
    """A figure removed (its number in the article is then claimed by nothing, unless shared)."""
    items = data.get("observations")
    if not isinstance(items, list) or not items:
        return "drop observation: none"
    removed = items.pop(draw(st.integers(0, len(items) - 1)))
    return f"drop observation {_name(removed) if isinstance(removed, dict) else repr(removed)}"


# --- edits of indicators -------------------------------------------------------------------------


def edit_unit(draw: Draw, data: Data) -> str:
    """An indicator's unit: another valid code, or a typo."""
    indicator = _pick(draw, data, "indicators")
    if indicator is None:
        return "unit: no indicator"
    indicator["unit"] = unit = draw(
        st.one_of(
            st.sampled_from(UNITS),
            st.sampled_from(("usd", "USD ", "percents", "", "visit", None, 3, ["USD"])),
        )
    )
    return f"unit of {_name(indicator)} := {unit!r}"


def edit_definitions(draw: Draw, data: Data) -> str:
    """An indicator's definitions: one removed or added, all removed, or a broken entry."""
    indicator = _pick(draw, data, "indicators")
    if indicator is None:
        return "definitions: no indicator"
    definitions = indicator.get("definitions")
    choice = draw(st.sampled_from(("remove-one", "add", "add", "remove-all", "empty", "broken")))
    if choice == "remove-one" and isinstance(definitions, dict) and definitions:
        key = draw(st.sampled_from(sorted(definitions)))
        del definitions[key]
        return f"definition {key!r} of {_name(indicator)} removed"
    if choice == "add":
        key = draw(
            st.one_of(
                st.sampled_from(("extra", "registered", "fdi", "a-0")), st.sampled_from(NOT_IDENTIFIERS[:7])
            )
        )
        indicator["definitions"] = {
            **(definitions if isinstance(definitions, dict) else {}),
            key: draw(texts()),
        }
        return f"definition {key!r} added to {_name(indicator)}"
    if choice in ("remove-all", "remove-one"):
        indicator.pop("definitions", None)
        return f"definitions of {_name(indicator)} removed"
    odd: st.SearchStrategy[Any] = st.sampled_from(([], "x", None, {"k": 1}))
    indicator["definitions"] = value = {} if choice == "empty" else draw(odd)
    return f"definitions of {_name(indicator)} := {value!r}"


def edit_indicator_text(draw: Draw, data: Data) -> str:
    """An indicator's name, definition, notes or terms: hostile text, removed, or not a text."""
    indicator = _pick(draw, data, "indicators")
    if indicator is None:
        return "text: no indicator"
    field = draw(st.sampled_from(("name", "name", "definition", "notes", "notes", "terms", "theme")))
    if field == "terms":
        indicator["terms"] = value = draw(st.lists(TEXT, max_size=3))
    elif field == "theme":
        indicator["theme"] = value = draw(st.sampled_from((*THEMES, "Investment", "", None)))
    elif draw(st.integers(0, 5)) == 0:
        indicator.pop(field, None)
        return f"{field} of {_name(indicator)} removed"
    else:
        indicator[field] = value = draw(texts())
    return f"{field} of {_name(indicator)} := {value!r}"


def edit_flags(draw: Draw, data: Data) -> str:
    """An indicator's headline or one_definition flag: turned on or off, or not a boolean."""
    indicator = _pick(draw, data, "indicators")
    if indicator is None:
        return "flags: no indicator"
    field = draw(st.sampled_from(("headline", "headline", "one_definition")))
    indicator[field] = value = draw(often(st.booleans(), st.sampled_from(("yes", 1, None))))
    return f"{field} of {_name(indicator)} := {value!r}"


def add_indicator(draw: Draw, data: Data) -> str:
    """A new indicator with no figure yet (a headline one, often)."""
    indicators = data.get("indicators")
    if not isinstance(indicators, list):
        return "add indicator: no section"
    new_id = draw(st.sampled_from(("new", "2019", "a", "z" * 64, "fdi-new")))
    indicators.append(
        {
            "id": new_id,
            "name": draw(texts()),
            "unit": draw(st.sampled_from(UNITS)),
            "theme": draw(st.sampled_from(THEMES)),
            "definition": {"vi": "Mới.", "en": "New."},
            "headline": draw(st.booleans()),
        }
    )
    return f"add indicator {new_id!r} with no figure"


def rename_indicator(draw: Draw, data: Data) -> str:
    """An indicator's id, changed everywhere it is used (a valid, odd id), or only on the indicator."""
    indicator = _pick(draw, data, "indicators")
    if indicator is None:
        return "rename: no indicator"
    old = indicator.get("id")
    new = draw(
        often(st.sampled_from(("0", "2019", "9-9", "a" * 64, "new-id")), st.sampled_from(NOT_IDENTIFIERS))
    )
    indicator["id"] = new
    everywhere = draw(st.integers(0, 3)) > 0
    if everywhere:
        for obs in _items(data, "observations"):
            if obs.get("indicator") == old:
                obs["indicator"] = new
    return f"rename indicator {old!r} to {new!r}" + (" everywhere" if everywhere else " alone")


# --- edits of sources and sections ---------------------------------------------------------------


def edit_source(draw: Draw, data: Data) -> str:
    """A source's title, note, dates or address: hostile, more or less precise, removed."""
    source = _pick(draw, data, "sources")
    if source is None:
        return "source: no source"
    field = draw(
        st.sampled_from(
            ("title", "published_note", "published", "accessed", "url", "headline", "published_basis", "id")
        )
    )
    strategies: dict[str, st.SearchStrategy[Any]] = {
        "title": texts(),
        "published_note": texts(),
        "published": st.sampled_from(
            (
                "2020",
                "2020-11",
                "2020-11-06",
                "2025-12-30",
                "2099-12-31",
                "0001",
                "9999-12-31",
                "2020-02-30",
                "",
                2020,
                None,
            )
        ),
        "accessed": st.sampled_from(("2026-01-01", "2019-01-01", "9999-12-31", "bad", None)),
        "url": st.sampled_from(
            (
                "https://example.org/a?b=1&c=<d>",
                "javascript:alert(1)",
                "http://x",
                "https://example.org/" + "a" * 1970,
                "https://exämple.org/đường",
                "https://example.org/\u202e",
                "ftp://example.org/",
                None,
            )
        ),
        "headline": TEXT,
        "published_basis": st.sampled_from(("stated", "inferred", "guessed")),
        "id": st.sampled_from(("renamed", "FDI", "")),
    }
    source[field] = value = draw(strategies[field])
    return f"{field} of source {_name(source)} := {value!r}"


def drop_source(draw: Draw, data: Data) -> str:
    """A source removed with every observation and dismissal that cites it (often all but one)."""
    sources = _items(data, "sources")
    if not sources:
        return "drop source: none"
    keep = draw(st.sampled_from(sources))
    dropped = (
        [s for s in sources if s is not keep]
        if draw(st.integers(0, 3)) == 0
        else [draw(st.sampled_from(sources))]
    )
    gone = {s.get("id") for s in dropped}
    data["sources"] = [s for s in data["sources"] if not (isinstance(s, dict) and s.get("id") in gone)]
    for section in ("observations", "dismissed"):
        if isinstance(data.get(section), list):
            data[section] = [
                record
                for record in data[section]
                if not (isinstance(record, dict) and record.get("source") in gone)
            ]
    return f"drop sources {sorted(map(str, gone))} with what they prove"


def edit_section(draw: Draw, data: Data) -> str:
    """A whole section (or the version): removed, emptied, nothing, or not a list."""
    section = draw(st.sampled_from((*SECTIONS, "dismissed", "version")))
    choice = draw(st.sampled_from(("remove", "empty", "null", "mapping", "text")))
    if section == "version":
        value = draw(st.sampled_from((2, "1", None, 1.0)))
        data["version"] = value
        return f"version := {value!r}"
    if choice == "remove":
        data.pop(section, None)
    else:
        data[section] = {"empty": [], "null": None, "mapping": {}, "text": "x"}[choice]
    return f"section {section}: {choice}"


def drop_dismissal(draw: Draw, data: Data) -> str:
    """A dismissed number removed, or its text changed."""
    items = data.get("dismissed")
    if not isinstance(items, list) or not items:
        return "dismissal: none"
    index = draw(st.integers(0, len(items) - 1))
    if draw(st.booleans()):
        removed = items.pop(index)
        return f"drop dismissal {removed!r}"
    if isinstance(items[index], dict):
        items[index]["text"] = text = draw(TEXT)
        return f"dismissal #{index + 1} text := {text!r}"
    return "dismissal: not a mapping"


# Edits that often keep the dataset valid come several times, so that about half of the datasets
# are accepted and reach the pages' own views.
EDITS: tuple[Edit, ...] = (
    *(
        edit_observation_text,
        edit_indicator_text,
        edit_period,
        edit_value,
        edit_flags,
        add_indicator,
        drop_source,
        rename_indicator,
        duplicate_observation,
    )
    * 3,
    edit_definitions,
    edit_definition,
    edit_qualifier,
    edit_unit,
    edit_reference,
    edit_figure,
    drop_observation,
    edit_source,
    edit_section,
    drop_dismissal,
)


class Mutation:
    """A mutated dataset, shown by its edits (a failing example prints them, not the whole data)."""

    def __init__(self, dataset: Data, edits: tuple[str, ...]) -> None:
        self.dataset = dataset
        self.edits = edits

    def __repr__(self) -> str:
        return f"Mutation(edits={self.edits!r})"


@st.composite
def datasets(draw: Draw, base: Data) -> Mutation:
    """A copy of ``base`` with one to four edits (most often one or two), and the edits in words."""
    data = deepcopy(base)
    count = draw(st.sampled_from((1, 1, 1, 2, 2, 3, 4)))
    return Mutation(data, tuple(draw(st.sampled_from(EDITS))(draw, data) for _ in range(count)))
