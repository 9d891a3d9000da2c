"""Which indicator and definition a figure belongs to (indicators.draft.vocabulary)."""

from __future__ import annotations

import pytest

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.draft import draft_article
from indicators.model import Indicator
from tests.factories import make_indicator


def _indicators() -> tuple[Indicator, ...]:
    dataset = check_file(DATA_FILE, with_coverage=False).dataset
    assert dataset is not None
    assert all(indicator.terms for indicator in dataset.indicators)
    return dataset.indicators


@pytest.mark.parametrize(
    ("text", "figure", "indicator", "definition"),
    [
        (
            "Năm 2025, thành phố đón 33,7 triệu lượt khách, trong đó có 7,2 triệu lượt khách quốc tế.",
            "33,7 triệu lượt",
            "visitors",
            None,
        ),
        (
            "Năm 2025, thành phố đón 33,7 triệu lượt khách, trong đó có 7,2 triệu lượt khách quốc tế.",
            "7,2 triệu lượt",
            "international-visitors",
            None,
        ),
        (
            "Năm 2024, thành phố thu hút 2.067 triệu USD vốn FDI đăng ký.",
            "2.067 triệu USD",
            "fdi",
            "registered",
        ),
        ("Năm 2019, vốn đầu tư nước ngoài của Hà Nội đạt 8,67 tỷ USD.", "8,67 tỷ USD", "fdi", "fdi"),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu đạt 19,4 tỷ USD, tăng 16,7%, trong đó xuất khẩu tăng 9,6%.",
            "16,7%",
            "trade-turnover-growth",
            None,
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu đạt 19,4 tỷ USD, tăng 16,7%, trong đó xuất khẩu tăng 9,6%.",
            "9,6%",
            "export-growth",
            None,
        ),
        (
            "Năm 2020, khu vực FDI đóng góp 12,8% về vốn, 10,4% về thu ngân sách.",
            "10,4%",
            "foreign-sector-budget-share",
            None,
        ),
        (
            "Năm 2024, Hà Nội có 11 đoàn công tác do lãnh đạo thành phố làm trưởng đoàn và 6 đoàn tháp tùng.",
            "6 đoàn",
            "delegations-abroad-accompanying",
            None,
        ),
        (
            "Đến nay, Hà Nội đã có quan hệ hợp tác với hơn 100 thủ đô, thành phố, trong đó đã ký thỏa thuận "
            "hợp tác với 61 thủ đô, thành phố.",
            "61 thủ đô",
            "partner-cities-agreements",
            None,
        ),
        (
            "Đến nay, Hà Nội đã có quan hệ hợp tác với hơn 100 thủ đô, thành phố.",
            "hơn 100 thủ đô",
            "partner-cities",
            "cooperation",
        ),
    ],
)
def test_the_indicator_a_figure_belongs_to(
    text: str, figure: str, indicator: str, definition: str | None
) -> None:
    draft = draft_article(text, "s", "s.txt", _indicators(), "2024-12-31")
    (observation,) = [o for o in draft.observations if o.figure == figure]
    assert (observation.indicator, observation.definition) == (indicator, definition)
    assert not draft.indicators


def test_terms_name_an_indicator_with_no_definitions() -> None:
    events = make_indicator(
        id="cultural-events", unit="events", theme="diplomacy", terms=("sự kiện văn hóa",)
    )
    draft = draft_article("Năm 2025 có 20 sự kiện văn hóa quốc tế.", "s", "s.txt", [events])
    assert [o.indicator for o in draft.observations] == ["cultural-events"]
    bare = make_indicator(id="cultural-events", unit="events", theme="diplomacy")
    draft = draft_article("Năm 2025 có 20 sự kiện văn hóa quốc tế.", "s", "s.txt", [bare])
    assert [o.indicator for o in draft.observations] == [draft.indicators[0].id]
