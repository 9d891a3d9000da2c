"""An article's header and sentences (indicators.draft.layout)."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

from indicators import SOURCES_DIR
from indicators.draft import layout
from indicators.draft.layout import read_header, sentences


def test_module_examples() -> None:
    result = doctest.testmod(layout)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("file", "headline", "author", "publisher", "published", "event_day"),
    [
        (
            "000",
            "Hà Nội phấn đấu ngang tầm thủ đô các nước tiên tiến trong khu vực",
            "Xuân Sơn",
            None,
            "2025-12-30",
            date(2025, 12, 29),
        ),
        (
            "001",
            "Tiếp tục nâng cao uy tín, vị thế Thủ đô bằng công tác đối ngoại, hội nhập quốc tế",
            None,
            "Thethaovanhoa.vn",
            "2020-11-06",
            None,
        ),  # "Chiều 13/10/2020" is no lead: weeks before, further down
        ("002", None, None, None, None, None),  # its first line is a paragraph, and it has no date line
        ("003", None, None, None, None, None),
        ("004", None, None, None, None, None),
    ],
)
def test_the_header_of_each_article(
    file: str,
    headline: str | None,
    author: str | None,
    publisher: str | None,
    published: str | None,
    event_day: date | None,
) -> None:
    (path,) = SOURCES_DIR.glob(f"{file}_*.txt")
    header = read_header(path.read_text(encoding="utf-8"))
    assert (header.headline, header.author, header.publisher, header.published, header.event_day) == (
        headline,
        author,
        publisher,
        published,
        event_day,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu hút 2.067 triệu USD. Đứng thứ 5 cả nước.", ["Thu hút 2.067 triệu USD.", "Đứng thứ 5 cả nước."]),
        ("Đạt 8,67 tỷ USD. 32 thỏa thuận đã được ký.", ["Đạt 8,67 tỷ USD.", "32 thỏa thuận đã được ký."]),
        (
            '"Trong năm 2024, đạt 6%", ông nói. "Kim ngạch tăng."',
            ['Trong năm 2024, đạt 6%", ông nói.', "Kim ngạch tăng."],
        ),
        ("UBND TP. Hà Nội cho biết. Hết.", ["UBND TP. Hà Nội cho biết.", "Hết."]),
        ("Một dòng\nDòng hai", ["Một dòng", "Dòng hai"]),
        ("thủ đô, thành phố... khẳng định hình ảnh", ["thủ đô, thành phố... khẳng định hình ảnh"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected
