"""An article the drafting code has never seen, written the way Hanoi's reports are, and its figures
as a curator labels them by hand (tests/test_draft_drafting.py drafts it and compares).

Each label: the figure as the dataset writes it, its value, its qualifiers and its period. Every
other number of the text is a non-figure the draft must dismiss.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

ARTICLE = """\
Hà Nội: kinh tế đối ngoại tiếp tục khởi sắc

Minh Anh 08:15 | 05/12/2025
Sáng 4/12, Sở Tài chính Hà Nội tổ chức họp báo công bố tình hình kinh tế - xã hội 11 tháng năm 2025.
Theo báo cáo, trong 11 tháng năm 2025, vốn FDI đăng ký vào Hà Nội đạt 3,1 tỷ USD, tăng 12,4% so với \
cùng kỳ năm trước. Riêng tháng 11/2025, thành phố thu hút 410 triệu USD vốn FDI. Nhật Bản dẫn đầu với \
1,2 tỷ USD, tiếp theo là Hàn Quốc với khoảng 850 triệu USD.
Năm 2024 thành phố thu hút hơn 2,9 tỷ USD vốn FDI đăng ký, xếp thứ 3 trên 63 tỉnh, thành phố. Lũy kế \
đến nay, Hà Nội có 7.500 dự án FDI còn hiệu lực với tổng vốn đầu tư trên 48 tỷ USD.
Về du lịch, 11 tháng năm 2025, Hà Nội ước đón 28,5 triệu lượt khách, trong đó khách quốc tế đạt gần \
7,8 triệu lượt. Quý III/2025, thành phố đón 2,1 triệu lượt khách quốc tế. Năm 2026, thành phố phấn \
đấu đón khoảng 31 triệu lượt khách du lịch.
Kim ngạch xuất khẩu 11 tháng năm 2025 ước đạt 18,6 tỷ USD, tăng 9,3% so với cùng kỳ. Thu ngân sách \
trên địa bàn dự kiến vượt 600 nghìn tỷ đồng trong năm 2025, bằng 118% dự toán.
Tăng trưởng GRDP năm 2025 ước đạt 8,1%; mục tiêu đến năm 2030, tăng trưởng bình quân từ 10% trở lên.
Trong năm 2025, lãnh đạo thành phố đã tiếp 156 đoàn khách quốc tế và tổ chức 14 đoàn công tác nước \
ngoài. Từ năm 2021 đến nay, Hà Nội đã đón 120 đoàn lãnh đạo cấp cao.
Giai đoạn 2021-2025, Hà Nội đã ký kết 45 thỏa thuận quốc tế. Hiện nay, thành phố có quan hệ hữu nghị \
với 60 thủ đô, thành phố trên thế giới.
Các doanh nghiệp nước ngoài có 336 lượt góp vốn, mua cổ phần, với giá trị chưa đến 1 tỷ USD. Tỷ lệ hộ \
nghèo theo chuẩn của thành phố chỉ còn dưới 0,1%.
Theo kế hoạch, năm 2026 tổng thu ngân sách đạt 640 nghìn tỷ đồng; tăng trưởng GRDP phấn đấu đạt 8,5% \
trở lên.
Nghị quyết số 15/NQ-HĐND ngày 8/7/2025 của HĐND thành phố được triển khai tại Hội nghị lần thứ 12 Ban \
Chấp hành Đảng bộ thành phố khóa XVII, nhân dịp kỷ niệm 71 năm ngày Giải phóng Thủ đô (10/10/1954 - \
10/10/2025).
Minh Anh
"""

PUBLISHED = "2025-12-05"
SOURCE = "2025-12-05-kinh-te-doi-ngoai"


class Label(NamedTuple):
    """A figure of the corpus as a curator reads it."""

    figure: str
    value: Decimal
    qualifier: frozenset[str]
    period: str | None


def _label(figure: str, value: str, qualifier: str, period: str | None) -> Label:
    return Label(figure, Decimal(value), frozenset(qualifier.split("+")), period)


NINE_TO_NOV = "2025-01/2025-11"
LABELS: tuple[Label, ...] = (
    _label("3,1 tỷ USD", "3100000000", "exact", NINE_TO_NOV),
    _label("12,4%", "12.4", "exact", NINE_TO_NOV),
    _label("410 triệu USD", "410000000", "exact", "2025-11/2025-11"),
    _label("1,2 tỷ USD", "1200000000", "exact", NINE_TO_NOV),  # "Riêng tháng 11" is an aside
    _label("khoảng 850 triệu USD", "850000000", "approximately", NINE_TO_NOV),
    _label("hơn 2,9 tỷ USD", "2900000000", "more_than", "2024"),
    _label("xếp thứ 3", "3", "exact", "2024"),
    _label("7.500 dự án", "7500", "exact", "2025-12-04"),  # "đến nay": the day of the press event
    _label("trên 48 tỷ USD", "48000000000", "more_than", "2025-12-04"),
    _label("28,5 triệu lượt", "28500000", "estimate", NINE_TO_NOV),
    _label("gần 7,8 triệu lượt", "7800000", "nearly+estimate", NINE_TO_NOV),
    _label("2,1 triệu lượt", "2100000", "exact", "2025-07/2025-09"),
    _label("khoảng 31 triệu lượt", "31000000", "approximately+target", "2026"),
    _label("18,6 tỷ USD", "18600000000", "estimate", NINE_TO_NOV),
    _label("9,3%", "9.3", "estimate", NINE_TO_NOV),
    _label("vượt 600 nghìn tỷ đồng", "600000000000000", "more_than+projected", "2025"),
    _label("118%", "118", "projected", "2025"),
    _label("8,1%", "8.1", "estimate", "2025"),
    _label("10%", "10", "at_least+target", "2030"),
    _label("156 đoàn", "156", "exact", "2025"),
    _label("14 đoàn", "14", "exact", "2025"),
    _label("120 đoàn", "120", "exact", "2021/2025-12-04"),
    _label("45 thỏa thuận", "45", "exact", "2021/2025"),
    _label("60 thủ đô", "60", "exact", "2025-12-04"),
    _label("336 lượt", "336", "exact", NINE_TO_NOV),  # the report's period, two paragraphs up
    _label("chưa đến 1 tỷ USD", "1000000000", "less_than", NINE_TO_NOV),
    _label("dưới 0,1%", "0.1", "less_than", NINE_TO_NOV),
    _label("640 nghìn tỷ đồng", "640000000000000", "target", "2026"),
    _label("8,5%", "8.5", "at_least+target", "2026"),
)


# A second report, written and labelled after the drafting rules were settled on the first one.
SECOND_ARTICLE = """\
Hà Nội dẫn đầu thu hút vốn ngoại nửa đầu năm

Thu Hà 14:20 | 28/06/2024
Chiều 27/6, Sở Kế hoạch và Đầu tư Hà Nội công bố tình hình thu hút đầu tư nước ngoài 6 tháng đầu năm 2024.
Trong 6 tháng đầu năm 2024, Hà Nội thu hút 2,05 tỷ USD vốn FDI, tăng 35,4% so với cùng kỳ năm 2023. \
Trong đó, vốn đăng ký mới đạt khoảng 1,1 tỷ USD với 185 dự án mới.
Singapore là nhà đầu tư lớn nhất với 620 triệu USD, chiếm 30,2% tổng vốn. Hàn Quốc đứng thứ hai với \
gần 400 triệu USD.
Tính đến hết tháng 5/2024, Hà Nội có 7.200 dự án FDI còn hiệu lực.
Về thương mại, kim ngạch xuất khẩu 5 tháng năm 2024 ước đạt 7,3 tỷ USD, tăng 8,6%; nhập khẩu ước đạt \
16,4 tỷ USD.
Năm 2023, Hà Nội đón 24,1 triệu lượt khách, trong đó khách quốc tế đạt 4 triệu lượt. Tháng 5/2024, \
thành phố đón 2,3 triệu lượt khách du lịch.
Thành phố đặt kế hoạch năm 2024 đón 26,5 triệu lượt khách; tổng thu từ khách du lịch dự kiến đạt trên \
110 nghìn tỷ đồng.
Chỉ số PCI năm 2023 của Hà Nội xếp thứ 10 trên 63 tỉnh, thành phố.
Hiện nay, Hà Nội có quan hệ hữu nghị, hợp tác với hơn 100 thủ đô, thành phố trên thế giới. Năm 2023, \
lãnh đạo thành phố đã tiếp 210 đoàn khách quốc tế.
"""

HALF = "2024-01/2024-06"
SECOND_LABELS: tuple[Label, ...] = (
    _label("2,05 tỷ USD", "2050000000", "exact", HALF),
    _label("35,4%", "35.4", "exact", HALF),
    _label("khoảng 1,1 tỷ USD", "1100000000", "approximately", HALF),
    _label("185 dự án", "185", "exact", HALF),
    _label("620 triệu USD", "620000000", "exact", HALF),
    _label("30,2%", "30.2", "exact", HALF),
    _label("đứng thứ hai", "2", "exact", HALF),
    _label("gần 400 triệu USD", "400000000", "nearly", HALF),
    _label("7.200 dự án", "7200", "exact", "2024-05-31"),
    _label("7,3 tỷ USD", "7300000000", "estimate", "2024-01/2024-05"),
    _label("8,6%", "8.6", "estimate", "2024-01/2024-05"),
    _label("16,4 tỷ USD", "16400000000", "estimate", "2024-01/2024-05"),
    _label("24,1 triệu lượt", "24100000", "exact", "2023"),
    _label("4 triệu lượt", "4000000", "exact", "2023"),
    _label("2,3 triệu lượt", "2300000", "exact", "2024-05/2024-05"),
    _label("26,5 triệu lượt", "26500000", "target", "2024"),
    _label("trên 110 nghìn tỷ đồng", "110000000000000", "more_than+projected", "2024"),
    _label("xếp thứ 10", "10", "exact", "2023"),
    _label("hơn 100 thủ đô", "100", "more_than", "2024-06-27"),
    _label("210 đoàn", "210", "exact", "2023"),
)
