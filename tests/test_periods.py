"""Reporting periods: years, parts of years, spans of years and states at a date."""

from datetime import date

import pytest

from indicators.periods import Period, PeriodKind, date_label


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "vi", "en"),
    [
        ("2019", PeriodKind.YEAR, date(2019, 1, 1), date(2019, 12, 31), "2019", "2019"),
        (
            "2020-01/2020-09",
            PeriodKind.PART_YEAR,
            date(2020, 1, 1),
            date(2020, 9, 30),
            "9 tháng đầu năm 2020",
            "first 9 months of 2020",
        ),
        (
            "2024-02/2024-02",
            PeriodKind.PART_YEAR,
            date(2024, 2, 1),
            date(2024, 2, 29),
            "tháng 2/2024",
            "Feb 2024",
        ),
        (
            "2020-01/2020-01",
            PeriodKind.PART_YEAR,
            date(2020, 1, 1),
            date(2020, 1, 31),
            "tháng 1/2020",
            "Jan 2020",
        ),
        (
            "2024-03/2024-05",
            PeriodKind.PART_YEAR,
            date(2024, 3, 1),
            date(2024, 5, 31),
            "03/2024–05/2024",
            "Mar 2024–May 2024",
        ),
        ("2016/2020", PeriodKind.MULTI_YEAR, date(2016, 1, 1), date(2020, 12, 31), "2016–2020", "2016–2020"),
        (
            "2020-11-06",
            PeriodKind.AS_OF,
            date(2020, 11, 6),
            date(2020, 11, 6),
            "đến 06/11/2020",
            "as of 6 Nov 2020",
        ),
        (
            "../2020",
            PeriodKind.AS_OF,
            date(2020, 1, 1),
            date(2020, 12, 31),
            "đến một ngày trong 2020",
            "as of a day in 2020",
        ),
        (
            "../2020-11",
            PeriodKind.AS_OF,
            date(2020, 11, 1),
            date(2020, 11, 30),
            "đến một ngày trong tháng 11/2020",
            "as of a day in Nov 2020",
        ),
        (
            "2016/2020-11-06",
            PeriodKind.TO_DATE,
            date(2016, 1, 1),
            date(2020, 11, 6),
            "từ 2016 đến 06/11/2020",
            "2016 to 6 Nov 2020",
        ),
        (
            "2016-03-15/2020-11-06",
            PeriodKind.TO_DATE,
            date(2016, 3, 15),
            date(2020, 11, 6),
            "từ 15/03/2016 đến 06/11/2020",
            "15 Mar 2016 to 6 Nov 2020",
        ),
    ],
)
def test_parse_and_label(text: str, kind: PeriodKind, start: date, end: date, vi: str, en: str) -> None:
    period = Period.parse(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert (period.label("vi"), period.label("en")) == (vi, en)
    assert str(period) == text


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", ""),
        ("19", ""),
        ("2019/2019", " (the first year before the last)"),
        ("2020-01/2020-12", " (a whole year is written '2020')"),
        ("2020-05/2020-03", " (months of one year, in order)"),
        ("2020-11/2021-02", " (months of one year, in order)"),
        ("2020-13-01", " (month must be in 1..12)"),
        ("2020-02-30", " (day is out of range for month)"),
        ("đến nay", ""),
        ("../2020-13", " (month must be in 1..12)"),
        ("2020-11-06/2020-11-06", " (the first day before the last)"),
        ("2016/2020-02-30", " (day is out of range for month)"),
        ("../2020-11-06", ""),
        ("0001", " (years from 1900 to 2100)"),
        ("1899-12-31", " (years from 1900 to 2100)"),
        ("../9999-12", " (years from 1900 to 2100)"),
        ("2016/2101-01-01", " (years from 1900 to 2100)"),
    ],
)
def test_invalid_periods_say_what_is_expected(text: str, why: str) -> None:
    with pytest.raises(ValueError) as error:
        Period.parse(text)
    assert str(error.value) == (
        "a period such as '2019', '2020-01/2020-09', '2016/2020', '2020-11-06', '../2020' or "
        "'2016/2020-11-06'" + why
    )


def test_periods_sort_by_time() -> None:
    periods = [Period.parse(t) for t in ("2025", "2016/2020", "2019", "2020-01/2020-09")]
    assert [p.text for p in sorted(periods)] == ["2016/2020", "2019", "2020-01/2020-09", "2025"]


def test_exact_day_only_for_states_at_a_known_day() -> None:
    assert Period.parse("2020-11-06").exact_day
    assert not Period.parse("../2020").exact_day
    assert Period.parse("2016/2020-11-06").exact_day


@pytest.mark.parametrize("text", ["2020-13", "2020-00-01", "20x0", "2020-02-30", "2020-1-"])
def test_date_label_gives_back_what_is_not_a_date(text: str) -> None:
    assert date_label(text, "vi") == text
    assert date_label(text, "en") == text
