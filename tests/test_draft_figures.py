"""Which numbers are figures and why each other one is not (indicators.draft.figures)."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest

from indicators.draft import figures as module
from indicators.draft.figures import classify
from indicators.scan import find_mentions


def test_module_examples() -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Hà Nội có quan hệ hữu nghị với 58 thủ đô, thành phố và địa phương", "58 thủ đô", "58"),
        ("Hiện có 117 quốc gia và vùng lãnh thổ đầu tư", "117 quốc gia", "117"),
        ("thu hút 33,7 triệu lượt khách", "33,7 triệu lượt", "33700000"),
        ("với hơn 20 sự kiện văn hóa", "hơn 20 sự kiện", "20"),
        ("Quy mô GRDP đạt khoảng 58 tỷ USD", "khoảng 58 tỷ USD", "58000000000"),
        ("dự kiến vượt 600 nghìn tỷ đồng", "vượt 600 nghìn tỷ đồng", "600000000000000"),
        ("hoàn thành 23/24 chỉ tiêu", "23/24", "23"),
        ("khoảng 250 lượt/năm", "khoảng 250 lượt/năm", "250"),
        ("gấp 3,9 lần giai đoạn trước", "gấp 3,9 lần", "3.9"),
        ("là địa phương đứng thứ hai của cả nước", "đứng thứ hai", "2"),
        ("Hà Nội xếp thứ 3 trên 63 tỉnh", "xếp thứ 3", "3"),
        ("liên tiếp dẫn đầu cả nước về thu hút FDI", "dẫn đầu cả nước", "1"),
        ("năm thứ hai liên tiếp dẫn Hà Nội đầu cả nước", "năm thứ hai liên tiếp dẫn Hà Nội đầu cả nước", "1"),
        ("với mục tiêu tăng trưởng hai con số", "hai con số", "10"),
        ("có 336 lượt góp vốn, mua cổ phần", "336 lượt", "336"),
        ("chỉ còn dưới 0,1%", "dưới 0,1%", "0.1"),
    ],
)
def test_a_figure_as_the_dataset_writes_it(text: str, figure: str, value: str) -> None:
    found = classify(text, find_mentions(text))
    assert [(f.text, f.value) for f in found.figures] == [(figure, Decimal(value))]
    assert text[found.figures[0].start : found.figures[0].end] == figure


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        ("Xuân Sơn 09:32 | 30/12/2025", "30/12/2025", "a date"),
        ("Chiều 13/10/2020, đại hội bế mạc", "13/10/2020", "a date"),
        ("phiên họp lúc 09:32", "09:32", "a time"),
        ("Thứ Sáu, 06/11/2020 23:03 GMT+7", "GMT+7", "time zone of the publication time"),
        ("theo Nghị quyết 59/NQ-TW", "59/NQ-TW", "document number"),
        ("Chương trình số 03-CTr/TU", "03-CTr/TU", "document number"),
        ("đại dịch Covid-19", "Covid-19", "a name holding a number ('Covid-19')"),
        ("Năm 2019 là năm thành công", "2019", "year"),
        ("nhiệm kỳ 2020-2025", "2020-2025", "a term of office"),
        ("Đại hội Đảng bộ thành phố lần thứ 18", "thứ 18", "ordinal of a congress or an event ('lần thứ …')"),
        ("Bí thư Thành ủy khóa XVII", "XVII", "term of a party committee ('khóa …')"),
        ("Đây là lần đầu tiên", "đầu tiên", "'đầu tiên': the first, not a figure"),
        ("kỷ niệm 70 năm ngày Giải phóng", "70 năm", "an anniversary"),
        ("quy hoạch tầm nhìn 100 năm", "100 năm", "the horizon of a plan or vision"),
        ("trong 5 năm qua", "5 năm", "the years looked back on, not a figure"),
        (
            "Trong 9 tháng năm 2020, vốn tăng",
            "9 tháng",
            "the months of a period, read as the figure's period",
        ),
        ("trong hai năm 2018-2019", "hai năm", "the number of years of a period"),
        ("trở thành một thành phố", "một thành phố", "'một' as the article 'a', not a count"),
        ("hợp tác giữa hai bên", "hai", "a number word in a phrase ('hai bên'), not a figure"),
        ("xếp thứ 3 trên 63 tỉnh", "63 tỉnh", "how many were ranked ('thứ … trên …')"),
        ("Quý III/2025, thành phố", "III/2025", "a quarter of the year, the period of a figure"),
    ],
)
def test_a_dismissed_number_and_its_reason(text: str, number: str, reason: str) -> None:
    found = classify(text, find_mentions(text))
    assert reason in [d.reason for d in found.dismissed if d.mention.text == number]


def test_an_ordinal_with_no_cue_is_left_to_the_curator() -> None:
    (dismissed,) = classify("Giải thưởng thứ hai", find_mentions("Giải thưởng thứ hai")).dismissed
    assert dismissed.review


def test_a_worded_figure_says_how_it_was_read() -> None:
    (figure,) = classify("đứng thứ hai cả nước", find_mentions("đứng thứ hai cả nước")).figures
    assert figure.reading is not None and "2" in figure.reading.vi and "2" in figure.reading.en
    (digits,) = classify("đứng thứ 5 cả nước", find_mentions("đứng thứ 5 cả nước")).figures
    assert digits.reading is None
