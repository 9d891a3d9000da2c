"""The qualifier of a drafted figure (indicators.draft.qualifiers): its own hedges and those that
govern its clause."""

from __future__ import annotations

import doctest

import pytest

from indicators.draft import qualifiers as module
from indicators.draft.qualifiers import qualifiers
from indicators.scan import find_mentions


def test_module_examples() -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def _qualifiers(sentence: str, figure: str) -> tuple[str, ...]:
    (mention,) = [m for m in find_mentions(sentence) if m.text.startswith(figure)]
    return qualifiers(sentence, 0, mention.start, mention.end, mention.hedges)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Thu ngân sách dự kiến vượt 600 nghìn tỷ đồng", "600", ("more_than", "projected")),
        ("Năm 2024, Hà Nội phấn đấu đón khoảng 26,5 triệu lượt khách", "26,5", ("approximately", "target")),
        ("Mục tiêu đến năm 2030, kim ngạch xuất khẩu đạt 25 tỷ USD", "25 tỷ", ("target",)),
        ("Theo kế hoạch, thu ngân sách đạt 640 nghìn tỷ đồng", "640", ("target",)),
        ("Hà Nội ước đón 24 triệu lượt khách", "24", ("estimate",)),
        ("Kim ngạch ước tính đạt 18 tỷ USD, tăng 9,3%", "9,3", ("estimate",)),
        (
            "Tổng thu ngân sách ước tính đạt 120,5% dự toán, cụ thể là khoảng 500.000 tỷ VND",
            "500.000",
            ("approximately", "estimate"),
        ),
        ("GRDP năm 2025 dự báo tăng 8%", "8%", ("projected",)),
        ("Tỷ lệ hộ nghèo chỉ còn dưới 0,1%", "0,1", ("less_than",)),
        ("giá trị chưa đến 1 tỷ USD", "1 tỷ", ("less_than",)),
        ("tăng trưởng bình quân từ 10% trở lên", "10%", ("at_least",)),
        ("tăng trưởng phấn đấu đạt 8,5% trở lên", "8,5", ("at_least", "target")),
        ("có ít nhất 5 dự án", "5", ("at_least",)),
        ("Năm 2023 thu hút hơn 2,9 tỷ USD", "2,9", ("more_than",)),
        ("tổng vốn đầu tư trên 48 tỷ USD", "48", ("more_than",)),
        # what hedges nothing
        ("Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27% cùng kỳ năm trước", "6,27", ("exact",)),
        ("Tốc độ tăng trưởng dự kiến đạt 6,52% so với 6,27% cùng kỳ năm trước", "6,52", ("projected",)),
        ("thành phố hoàn thành 23/24 chỉ tiêu, với 6 chỉ tiêu vượt kế hoạch", "6", ("exact",)),
        ("Để thực hiện mục tiêu này, thành phố thu hút 5 tỷ USD", "5 tỷ", ("exact",)),
        ("Kế hoạch năm 2026 đạt 30 triệu lượt khách; năm 2025 đạt 28 triệu lượt khách", "28", ("exact",)),
        ("đứng thứ 5 trên 63 tỉnh", "63", ("exact",)),
        ("mong ước của người dân là 100 công viên", "100", ("exact",)),
    ],
)
def test_qualifiers(sentence: str, figure: str, expected: tuple[str, ...]) -> None:
    assert _qualifiers(sentence, figure) == expected
