"""The units figures are counted in, their labels, and the words that name them after a number.

An indicator's ``unit`` in ``data/indicators.yaml`` is a :class:`UnitCode`::

    >>> UNITS["USD"].kind, UNITS["visits"].en_label, UNITS["visits"].en_one
    (<UnitKind.MONEY: 'money'>, 'visits', 'visit')
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class UnitCode(StrEnum):
    """The code of a unit, as an indicator's unit field names it."""

    USD = "USD"
    VND = "VND"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    VISITS = "visits"
    VISITS_PER_YEAR = "visits_per_year"
    COUNTRIES = "countries"
    CITIES = "cities"
    AGREEMENTS = "agreements"
    DELEGATIONS = "delegations"
    PROJECTS = "projects"
    EVENTS = "events"
    ESTABLISHMENTS = "establishments"
    TARGETS = "targets"
    PEOPLE = "people"
    YEARS = "years"
    MONTHS = "months"
    DAYS = "days"
    RANK = "rank"
    TIMES = "times"


class UnitKind(StrEnum):
    """What a unit measures, which says how its values are written and compared."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    RANK = "rank"
    MULTIPLE = "multiple"
    RATE = "rate"


@dataclass(frozen=True)
class Unit:
    """A unit: its code, its labels, its kind, and its English label for one ("1 visit")."""

    code: UnitCode
    vi_label: str
    en_label: str
    kind: UnitKind
    en_one: str | None = None


_C, _K = UnitCode, UnitKind
UNITS: dict[str, Unit] = {
    unit.code: unit
    for unit in (
        Unit(_C.USD, "USD", "US$", _K.MONEY),
        Unit(_C.VND, "đồng", "VND", _K.MONEY),
        Unit(_C.PERCENT, "%", "%", _K.PERCENT),
        Unit(_C.PERCENTAGE_POINTS, "điểm phần trăm", "percentage points", _K.PERCENT, "percentage point"),
        Unit(_C.VISITS, "lượt", "visits", _K.COUNT, "visit"),
        Unit(_C.VISITS_PER_YEAR, "lượt/năm", "visits/year", _K.RATE, "visit/year"),
        Unit(_C.COUNTRIES, "quốc gia", "countries", _K.COUNT, "country"),
        Unit(_C.CITIES, "địa phương", "localities", _K.COUNT, "locality"),
        Unit(_C.AGREEMENTS, "thỏa thuận", "agreements", _K.COUNT, "agreement"),
        Unit(_C.DELEGATIONS, "đoàn", "delegations", _K.COUNT, "delegation"),
        Unit(_C.PROJECTS, "dự án", "projects", _K.COUNT, "project"),
        Unit(_C.EVENTS, "sự kiện", "events", _K.COUNT, "event"),
        Unit(_C.ESTABLISHMENTS, "cơ sở lưu trú", "establishments", _K.COUNT, "establishment"),
        Unit(_C.TARGETS, "chỉ tiêu", "targets", _K.COUNT, "target"),
        Unit(_C.PEOPLE, "người", "people", _K.COUNT, "person"),
        Unit(_C.YEARS, "năm", "years", _K.COUNT, "year"),
        Unit(_C.MONTHS, "tháng", "months", _K.COUNT, "month"),
        Unit(_C.DAYS, "ngày", "days", _K.COUNT, "day"),
        Unit(_C.RANK, "thứ hạng", "rank", _K.RANK),
        Unit(_C.TIMES, "lần", "times", _K.MULTIPLE),
    )
}
"""Every unit by its code (a plain string finds it too: ``UNITS["USD"]``)."""

# Words after "lượt" that leave its noun unsaid (so "lượt" still counts visits): "lượt trong năm".
_LUOT_GOES_ON = (
    r"(?:trong|và|so|của|với|năm|từ|đến|tới|vào|nhưng|còn|cùng|hay|hoặc|là|thì|do|bằng"
    r"|tại|ở|khi|nên|trên|qua|mỗi|mà)(?!\w)"
)
_CITY = r"(?:thủ\s+đô|thành\s+phố|địa\s+phương|tỉnh|đô\s+thị)"
VI_UNIT_WORDS: tuple[tuple[UnitCode, str], ...] = (
    (_C.VISITS_PER_YEAR, r"lượt(?:\s+(?:du\s+)?khách|\s+người)?\s*/\s*năm"),
    (_C.PERCENTAGE_POINTS, r"điểm\s+phần\s+trăm"),
    (_C.PERCENT, r"phần\s+trăm"),
    (_C.USD, r"USD|US\$|đô\s*-?\s*la(?:\s+Mỹ)?|đôla(?:\s+Mỹ)?"),
    (_C.VND, r"VNĐ|VND|đồng(?!\s+(?:chí|bào|nghiệp|thời|hành|minh|đội|tâm|ý|bộ|loạt|đều|hương)\b)"),
    # "lượt" counts visits with "khách" or "người", or alone where the noun is left out ("đạt 7,1
    # triệu lượt", "lượt, tăng 5%"); before another noun it counts times ("336 lượt góp vốn").
    # A word that starts like "khách" or "người" is no other noun ("lượt kháchNăm" in run-on text).
    (
        _C.VISITS,
        rf"lượt(?:\s+(?:du\s+)?khách|\s+người"
        rf"|(?![^\S\n]+(?!{_LUOT_GOES_ON}|(?:du\s+)?khách|người)[^\W\d_]))"
        r"|(?:du\s+)?khách",
    ),
    (
        _C.COUNTRIES,
        r"quốc\s+gia(?:\s*(?:,|và|hoặc)\s*vùng\s+lãnh\s+thổ)?|vùng\s+lãnh\s+thổ"
        r"|nước(?!\s+ngoài\b)",
    ),
    (_C.CITIES, rf"{_CITY}(?:(?:\s*,\s*|\s+và\s+|\s+hoặc\s+){_CITY})*"),
    (_C.AGREEMENTS, r"th(?:ỏa|oả)\s+thuận|hiệp\s+định|biên\s+bản\s+ghi\s+nhớ"),
    (_C.DELEGATIONS, r"đoàn"),
    (_C.PROJECTS, r"dự\s+án"),
    (_C.EVENTS, r"sự\s+kiện"),
    (_C.ESTABLISHMENTS, r"cơ\s+sở(?:\s+lưu\s+trú)?"),
    (_C.TARGETS, r"chỉ\s+tiêu"),
    (_C.PEOPLE, r"người"),
    (_C.YEARS, r"năm"),
    (_C.MONTHS, r"tháng"),
    (_C.DAYS, r"ngày"),
    (_C.TIMES, r"lần|lượt"),
)
"""Each unit's Vietnamese words after a number (regular expressions), the first match winning."""
EN_UNIT_WORDS: tuple[tuple[UnitCode, str], ...] = (
    (_C.VISITS_PER_YEAR, r"visits?\s*/\s*(?:year|yr)|visits?\s+(?:a|per)\s+year"),
    (_C.PERCENTAGE_POINTS, r"percentage\s+points?|pp"),
    (_C.PERCENT, r"percent|per\s+cent"),
    (_C.USD, r"USD|US\s+dollars?|dollars?"),
    (_C.VND, r"VND|VNĐ|dong"),
    (_C.VISITS, r"visits?|visitors?|(?:tourist\s+)?arrivals?"),
    (_C.COUNTRIES, r"countries\s+and\s+territories|countries|country|nations?"),
    (_C.CITIES, r"(?:partner\s+)?(?:cities|city)|capitals?|partners?|localities|locality"),
    (_C.AGREEMENTS, r"agreements?"),
    (_C.DELEGATIONS, r"delegations?"),
    (_C.PROJECTS, r"projects?"),
    (_C.EVENTS, r"events?"),
    (_C.ESTABLISHMENTS, r"(?:accommodation\s+)?establishments?"),
    (_C.TARGETS, r"targets?"),
    (_C.PEOPLE, r"people|persons?"),
    (_C.YEARS, r"years?"),
    (_C.MONTHS, r"months?"),
    (_C.DAYS, r"days?"),
    (_C.TIMES, r"times|fold"),
)
"""Each unit's English words after a number, the first match winning."""
