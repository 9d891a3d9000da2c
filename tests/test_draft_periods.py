"""The period of a drafted figure (indicators.draft.periods), rule by rule."""

from __future__ import annotations

import doctest

import pytest

from indicators import DATA_FILE
from indicators.check import check_file
from indicators.draft import DraftObservation, draft_article, periods

DATED = "Tin tức kinh tế Hà Nội\n\nMinh Anh 08:15 | 30/12/2025\n"


def test_module_examples() -> None:
    result = doctest.testmod(periods)
    assert result.attempted > 0 and result.failed == 0


def _drafted(text: str, figure: str, published: str | None = None) -> DraftObservation:
    dataset = check_file(DATA_FILE, with_coverage=False).dataset
    assert dataset is not None
    found = [
        o
        for o in draft_article(text, "s", "s.txt", dataset.indicators, published).observations
        if o.figure == figure
    ]
    assert len(found) == 1, [
        o.figure for o in draft_article(text, "s", "s.txt", dataset.indicators, published).observations
    ]
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Năm 2023, thành phố đón 24 triệu lượt khách.", "24 triệu lượt", "2023"),
        ("năm 2023 thành phố đón 24 triệu lượt khách.", "24 triệu lượt", "2023"),
        ("6 tháng đầu năm 2023, vốn FDI đạt 1,5 tỷ USD.", "1,5 tỷ USD", "2023-01/2023-06"),
        ("Trong 11 tháng năm 2025, Hà Nội thu hút 3 tỷ USD vốn FDI.", "3 tỷ USD", "2025-01/2025-11"),
        (
            "Trong tháng 4/2024, thành phố đón 500 nghìn lượt khách quốc tế.",
            "500 nghìn lượt",
            "2024-04/2024-04",
        ),
        ("Quý II/2024, kim ngạch xuất nhập khẩu đạt 5 tỷ USD.", "5 tỷ USD", "2024-04/2024-06"),
        ("Giai đoạn 2021-2023, Hà Nội ký 20 thỏa thuận quốc tế.", "20 thỏa thuận", "2021/2023"),
        ("Nhiệm kỳ 2021-2023, thành phố đón 40 đoàn lãnh đạo cấp cao.", "40 đoàn", "2021/2023"),
        ("Mục tiêu đến năm 2030, kim ngạch xuất nhập khẩu đạt 45 tỷ USD.", "45 tỷ USD", "2030"),
        (
            "Tính đến tháng 11/2025, có 120 quốc gia và vùng lãnh thổ đầu tư tại Hà Nội.",
            "120 quốc gia",
            "../2025-11",
        ),
        ("Tính đến hết tháng 5/2024, Hà Nội có 7.200 dự án FDI.", "7.200 dự án", "2024-05-31"),
        ("Đến cuối tháng 12/2024, Hà Nội có 7.200 dự án FDI.", "7.200 dự án", "2024-12-31"),
        ("Đến hết năm 2024, Hà Nội có 7.200 dự án FDI.", "7.200 dự án", "2024-12-31"),
        ("Năm 2024, tăng trưởng đạt 6,5% so với 6,1% cùng kỳ năm trước.", "6,1%", "2023"),
        ("Năm 2024, tăng trưởng đạt 6,5% so với 6,1% cùng kỳ năm trước.", "6,5%", "2024"),
        ("Năm 2023 là năm thành công. Thành phố đón 24 triệu lượt khách.", "24 triệu lượt", "2023"),
        (
            "Lũy kế giai đoạn 2016-2020 đạt 25 tỷ USD vốn FDI, gấp 3,9 lần giai đoạn 2011-2015.",
            "gấp 3,9 lần",
            "2016/2020",
        ),
        (
            "Trong 9 tháng năm 2025, vốn FDI đạt 3 tỷ USD. Riêng tháng 9/2025 đạt 400 triệu USD. "
            "Hàn Quốc dẫn "
            "với 1 tỷ USD vốn FDI.",
            "1 tỷ USD",
            "2025-01/2025-09",
        ),
        ("Thành phố đón 7,2 triệu lượt khách quốc tế trong năm 2025.", "7,2 triệu lượt", "2025"),
    ],
)
def test_a_period_from_the_sentence_or_its_paragraph(text: str, figure: str, period: str) -> None:
    assert _drafted(DATED + text, figure).period == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        (DATED + "Đến nay, Hà Nội có quan hệ hữu nghị với 60 thủ đô, thành phố.", None, "2025-12-30"),
        (DATED + "Hiện có 60 thủ đô, thành phố có quan hệ hữu nghị với Hà Nội.", None, "2025-12-30"),
        ("Đến nay, Hà Nội có quan hệ hữu nghị với 60 thủ đô, thành phố.", "2020", "../2020"),
        ("Đến nay, Hà Nội có quan hệ hữu nghị với 60 thủ đô, thành phố.", "2020-10", "../2020-10"),
        (
            DATED + "Ngày 29/12, Sở Ngoại vụ tổ chức hội nghị tổng kết công tác đối ngoại của thành phố.\n"
            "Đến nay, Hà Nội có quan hệ hữu nghị với 60 thủ đô, thành phố.",
            None,
            "2025-12-29",
        ),
        (DATED + "Từ năm 2016 đến nay, thành phố thu hút 25 tỷ USD vốn FDI.", None, "2016/2025-12-30"),
    ],
)
def test_as_of_the_article_s_day_at_the_precision_known(
    text: str, published: str | None, period: str
) -> None:
    figure = "25 tỷ USD" if "25 tỷ" in text else "60 thủ đô"
    assert _drafted(text, figure, published).period == period


def test_a_target_with_no_year_has_no_period_and_a_review_note() -> None:
    observation = _drafted(DATED + "Thành phố đặt mục tiêu tăng trưởng 10%.", "10%")
    assert observation.period is None
    assert any("target with no year" in note for note in observation.review)


def test_a_paragraph_with_no_period_takes_the_reported_one_with_a_note() -> None:
    text = (
        DATED + "Sáng 29/12, Sở Tài chính công bố tình hình kinh tế 11 tháng năm 2025 của thành phố.\n"
        "Thành phố thu hút 3 tỷ USD vốn FDI."
    )
    observation = _drafted(text, "3 tỷ USD")
    assert observation.period == "2025-01/2025-11"
    assert any("lead" in note for note in observation.review)


def test_a_yearly_rate_averages_over_a_span_stated_earlier() -> None:
    text = (
        DATED + "Chương trình giai đoạn 2016-2020 được triển khai tích cực trên địa bàn thành phố.\n"
        "Các cuộc tiếp đón, làm việc với các đoàn khách quốc tế đạt khoảng 250 lượt/năm."
    )
    observation = _drafted(text, "khoảng 250 lượt/năm")
    assert observation.period == "2016/2020"
    assert observation.review
