"""Finding every number mention in a text (indicators.scan)."""

from __future__ import annotations

import doctest
import itertools
import pickle
import re
import time
import unicodedata
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import dates, scan
from indicators.scan import KINDS, Mention, find_mentions
from indicators.vietnamese import UNITS, format_value

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"
ARTICLES = {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt"))}
D = Decimal


def _mention(text: str, figure: str, occurrence: int = 0) -> Mention:
    """The mention whose text is ``figure`` (its ``occurrence``-th one) in ``text``."""
    found = [m for m in find_mentions(text) if m.text == figure]
    assert len(found) > occurrence, f"{figure!r} not found; mentions: " + ", ".join(
        repr(m.text) for m in find_mentions(text)
    )
    return found[occurrence]


def _summary(text: str) -> list[tuple[str, str, Decimal | None, str | None, tuple[str, ...]]]:
    return [(m.text, m.kind, m.value, m.unit, m.hedges) for m in find_mentions(text)]


@pytest.mark.parametrize("module", [scan, dates])
def test_module_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_the_five_articles_are_there() -> None:
    assert sorted(ARTICLES) == ["000", "001", "002", "003", "004"]


# --- the articles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "figure", "kind", "value", "unit", "hedges", "out_of"),
    [
        ("000", "4,29 tỷ USD", "quantity", "4290000000", "USD", (), None),
        ("000", "33,7 triệu lượt khách", "quantity", "33700000", "visits", (), None),
        ("000", "7,2 triệu lượt khách", "quantity", "7200000", "visits", (), None),
        ("000", "58 thủ đô, thành phố và địa phương", "quantity", "58", "cities", (), None),
        ("000", "117 quốc gia và vùng lãnh thổ", "quantity", "117", "countries", (), None),
        ("000", "thứ hai", "ordinal", "2", "rank", (), None),
        ("000", "thứ 18", "ordinal", "18", "rank", (), None),
        ("000", "thứ nhất", "ordinal", "1", "rank", (), None),
        ("000", "20 sự kiện", "quantity", "20", "events", ("more_than",), None),
        ("000", "11 dự án", "quantity", "11", "projects", (), None),
        ("000", "09:32", "time", None, None, (), None),
        ("000", "30/12/2025", "date", None, None, (), None),
        ("000", "29/12", "date", None, None, (), None),
        ("000", "2026", "year", "2026", None, (), None),
        ("001", "Thứ Sáu, 06/11/2020", "date", None, None, (), None),
        ("001", "23:03", "time", None, None, (), None),
        ("001", "GMT+7", "code", None, None, (), None),
        ("001", "thứ XVII", "ordinal", "17", "rank", (), None),
        ("001", "XVII", "ordinal", "17", "rank", (), None),  # "khoá XVII"
        ("001", "2020-2025", "year_range", "2020", None, (), None),
        ("001", "13/10/2020", "date", None, None, (), None),
        ("001", "ngàn năm", "quantity", "1000", "years", (), None),
        ("001", "100 thủ đô, thành phố", "quantity", "100", "cities", ("more_than",), None),
        ("001", "61 thủ đô, thành phố", "quantity", "61", "cities", (), None),
        ("001", "25 tỷ USD", "quantity", "25000000000", "USD", (), None),
        ("001", "hai năm", "quantity", "2", "years", (), None),
        ("001", "2018-2019", "year_range", "2018", None, (), None),
        ("001", "3.000 cơ sở lưu trú", "quantity", "3000", "establishments", ("more_than",), None),
        ("001", "29 triệu lượt khách", "quantity", "29000000", "visits", ("nearly",), None),
        ("001", "7,1 triệu lượt", "quantity", "7100000", "visits", (), None),
        ("001", "C40", "code", None, None, (), None),
        ("001", "30/10", "date", None, None, (), None),
        ("001", "5", "quantity", "5", None, (), None),  # "5 nội dung chính"
        ("001", "2045", "year", "2045", None, (), None),
        ("002", "11/12", "date", None, None, (), None),
        ("002", "2024-2027", "year_range", "2024", None, (), None),
        ("002", "23/24 chỉ tiêu", "fraction", "23", "targets", (), "24"),
        ("002", "6 chỉ tiêu", "quantity", "6", "targets", (), None),
        ("002", "6,52%", "quantity", "6.52", "percent", ("projected",), None),
        ("002", "6,27%", "quantity", "6.27", "percent", (), None),
        ("002", "58 tỷ USD", "quantity", "58000000000", "USD", ("approximately",), None),
        ("002", "120,5%", "quantity", "120.5", "percent", ("estimate",), None),
        ("002", "500.000 tỷ VND", "quantity", "500000000000000", "VND", ("approximately",), None),
        ("002", "19,4 tỷ USD", "quantity", "19400000000", "USD", (), None),
        ("002", "2.067 triệu USD", "quantity", "2067000000", "USD", (), None),
        ("002", "thứ 5", "ordinal", "5", "rank", (), None),
        ("002", "70 năm", "quantity", "70", "years", (), None),
        ("002", "17 đoàn", "quantity", "17", "delegations", (), None),
        ("002", "65 đoàn", "quantity", "65", "delegations", ("more_than",), None),
        ("003", "30/12", "date", None, None, (), None),
        ("003", "59/NQ-TW", "code", None, None, (), None),
        ("003", "100 năm", "quantity", "100", "years", (), None),
        ("003", "2026-2030", "year_range", "2026", None, (), None),
        ("003", "đầu tiên", "ordinal", "1", "rank", (), None),
        ("003", "một địa phương", "quantity", "1", "cities", (), None),
        ("004", "03-CTr/TU", "code", None, None, (), None),
        ("004", "28/6/2016", "date", None, None, (), None),
        ("004", "2016-2020", "year_range", "2016", None, (), None),
        ("004", "32 thỏa thuận", "quantity", "32", "agreements", (), None),
        ("004", "250 lượt/năm", "quantity", "250", "visits_per_year", ("approximately",), None),
        ("004", "8,67 tỷ USD", "quantity", "8670000000", "USD", (), None),
        ("004", "30 năm", "quantity", "30", "years", ("more_than",), None),
        ("004", "9 tháng", "quantity", "9", "months", (), None),
        ("004", "3,28 tỷ USD", "quantity", "3280000000", "USD", ("estimate",), None),
        ("004", "25 tỷ USD", "quantity", "25000000000", "USD", ("estimate",), None),
        ("004", "gấp 3,9 lần", "quantity", "3.9", "times", (), None),
        ("004", "12,8%", "quantity", "12.8", "percent", (), None),
        ("004", "10,4%", "quantity", "10.4", "percent", (), None),
        ("004", "tháng 6", "date", None, None, (), None),
        ("004", "1010 năm", "quantity", "1010", "years", (), None),
        ("004", "5 năm", "quantity", "5", "years", (), None),
        ("004", "tháng 2-2019", "date", None, None, (), None),
        ("004", "Covid-19", "code", None, None, (), None),
    ],
)
def test_article_mentions(
    article: str,
    figure: str,
    kind: str,
    value: str | None,
    unit: str | None,
    hedges: tuple[str, ...],
    out_of: str | None,
) -> None:
    text = ARTICLES[article]
    mention = _mention(text, figure)
    assert text[mention.start : mention.end] == figure
    assert mention.kind == kind
    assert mention.value == (None if value is None else D(value))
    assert (mention.unit, mention.hedges) == (unit, hedges)
    assert mention.out_of == (None if out_of is None else D(out_of))


@pytest.mark.parametrize(
    ("article", "start", "end", "figure"),
    [
        ("002", 1275, 1290, "2.067 triệu USD"),
        ("002", 1092, 1106, "500.000 tỷ VND"),
        ("002", 826, 840, "23/24 chỉ tiêu"),
        ("000", 2102, 2113, "4,29 tỷ USD"),
        ("000", 2992, 3013, "33,7 triệu lượt khách"),
        ("004", 2021, 2032, "8,67 tỷ USD"),
        ("004", 2206, 2217, "3,28 tỷ USD"),
        ("001", 83, 102, "Thứ Sáu, 06/11/2020"),
    ],
)
def test_article_spans(article: str, start: int, end: int, figure: str) -> None:
    spans = {(m.start, m.end): m.text for m in find_mentions(ARTICLES[article])}
    assert spans[(start, end)] == figure


def test_years_in_the_articles() -> None:
    years = [m.value for m in find_mentions(ARTICLES["000"]) if m.kind == "year"]
    assert years == [D(2025), D(2026), D(2025), D(2025), D(2025), D(2025), D(2030)]
    # "năm 2019" is the year 2019, never the number five followed by 2019
    assert all(m.text != "năm" for text in ARTICLES.values() for m in find_mentions(text))


def test_article_counts() -> None:
    counts = {name: len(find_mentions(text)) for name, text in ARTICLES.items()}
    assert counts == {"000": 21, "001": 37, "002": 24, "003": 10, "004": 27}


@pytest.mark.parametrize(
    "idiom",
    ["một số", "mỗi", "các", "đầu tư", "hơn nữa", "trên thế giới", "dẫn đầu", "những năm", "Thứ trưởng"],
)
def test_idioms_in_the_articles_are_not_numbers(idiom: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(idiom)}(?!\w)", re.IGNORECASE)
    seen = 0
    for text in ARTICLES.values():
        mentions = find_mentions(text)
        for match in pattern.finditer(text):
            seen += 1
            assert not [m.text for m in mentions if m.start < match.end() and match.start() < m.end]
    assert seen > 0


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_digit_is_in_a_mention(name: str) -> None:
    text = ARTICLES[name]
    mentions = find_mentions(text)
    covered: set[int] = set()
    for mention in mentions:
        covered.update(range(mention.start, mention.end))
    missed = [
        (i, text[max(0, i - 10) : i + 10]) for i, c in enumerate(text) if c.isdigit() and i not in covered
    ]
    assert missed == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_mentions_are_sorted_disjoint_and_exact(name: str) -> None:
    text = ARTICLES[name]
    mentions = find_mentions(text)
    for previous, mention in itertools.pairwise(mentions):
        assert previous.end <= mention.start
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in KINDS
        assert mention.unit is None or mention.unit in UNITS
        assert mention.out_of is None or mention.kind == "fraction"
        assert (mention.value is None) == (mention.kind in {"date", "time", "code"})


def test_scanning_is_fast() -> None:
    texts = list(ARTICLES.values())
    find_mentions(texts[0])  # warm up
    best = float("inf")
    for _ in range(10):  # CPU time, best of ten, so a busy machine does not fail the test
        started = time.process_time()
        for text in texts:
            find_mentions(text)
        best = min(best, time.process_time() - started)
    assert best < 0.05


def test_scanning_a_megabyte_is_fast() -> None:
    text = "\n\n".join(["\n\n".join(ARTICLES.values())] * 32)
    assert len(text.encode()) > 1_000_000
    best = float("inf")
    for run in range(3):  # CPU time, best of three, so a busy machine does not fail the test
        sample = f"{text}\n{run}"  # a new text each time: find_mentions keeps what it read
        started = time.process_time()
        find_mentions(sample)
        best = min(best, time.process_time() - started)
    assert best < 0.3


def test_found_mentions_are_named_records() -> None:
    for mention in find_mentions(ARTICLES["001"]):
        built = Mention(**mention._asdict())
        assert mention == built
        assert (repr(mention), hash(mention)) == (repr(built), hash(built))
        assert pickle.loads(pickle.dumps(mention)) == mention
    with pytest.raises(AttributeError):
        mention.start = 0  # type: ignore[misc]


# --- sentences not in the articles --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2023, thành phố đón khoảng 24,1 triệu lượt khách, trong đó 4,1 triệu lượt khách quốc tế",
            [
                ("2023", "year", D(2023), None, ()),
                ("24,1 triệu lượt khách", "quantity", D(24_100_000), "visits", ("approximately",)),
                ("4,1 triệu lượt khách", "quantity", D(4_100_000), "visits", ()),
            ],
        ),
        (
            "Vốn FDI đạt 1,2 tỷ USD, tăng 15,5%",
            [
                ("1,2 tỷ USD", "quantity", D(1_200_000_000), "USD", ()),
                ("15,5%", "quantity", D("15.5"), "percent", ()),
            ],
        ),
        ("Hà Nội đứng thứ ba cả nước", [("thứ ba", "ordinal", D(3), "rank", ())]),
        ("Thành phố đã ký 12 thỏa thuận hợp tác", [("12 thỏa thuận", "quantity", D(12), "agreements", ())]),
        (
            "Ngày 5/3/2023, sở đã thẩm định gần 1.500 dự án",
            [
                ("5/3/2023", "date", None, None, ()),
                ("1.500 dự án", "quantity", D(1500), "projects", ("nearly",)),
            ],
        ),
        (
            "Hai năm qua, xuất khẩu tăng trưởng hai con số",
            [("Hai năm", "quantity", D(2), "years", ()), ("hai", "quantity", D(2), None, ())],
        ),
        (
            "Quận Hai Bà Trưng và quận Ba Đình đón 25 đoàn",
            [("25 đoàn", "quantity", D(25), "delegations", ())],
        ),
        ("Một số dự án được triển khai một cách nhanh chóng, mỗi bên cử các chuyên gia", []),
        (
            "Tỷ lệ giải ngân đạt 95%, đầu tư hàng nghìn tỷ đồng",
            [
                ("95%", "quantity", D(95), "percent", ()),
                ("nghìn tỷ đồng", "quantity", D(10**12), "VND", ("more_than",)),
            ],
        ),
        ("hơn nữa, Hà Nội đứng đầu trên thế giới", []),
        (
            "xếp thứ 5 trên 63 tỉnh, thành phố",
            [("thứ 5", "ordinal", D(5), "rank", ()), ("63 tỉnh, thành phố", "quantity", D(63), "cities", ())],
        ),
        (
            "Sáng 20-11-2023 và ngày 5 tháng 3 năm 2023, tháng 12/2020",
            [
                ("20-11-2023", "date", None, None, ()),
                ("5 tháng 3 năm 2023", "date", None, None, ()),
                ("tháng 12/2020", "date", None, None, ()),
            ],
        ),
        (
            "Lúc 9h30 ngày 1/6, hội nghị lần thứ nhất Khóa XV khai mạc",
            [
                ("9h30", "time", None, None, ()),
                ("1/6", "date", None, None, ()),
                ("thứ nhất", "ordinal", D(1), "rank", ()),
                ("XV", "ordinal", D(15), "rank", ()),
            ],
        ),
        (
            "hoàn thành 6/10 chỉ tiêu, gấp đôi năm trước",
            [("6/10 chỉ tiêu", "fraction", D(6), "targets", ()), ("gấp đôi", "quantity", D(2), "times", ())],
        ),
        (
            "Nghị định 15/2020/NĐ-CP về mạng 5G, xem https://example.vn/tin-2020-123.html",
            [
                ("15/2020/NĐ-CP", "code", None, None, ()),
                ("5G", "code", None, None, ()),
                ("https://example.vn/tin-2020-123.html", "code", None, None, ()),
            ],
        ),
        (
            "Mục tiêu tăng trưởng GRDP dự kiến đạt 8%, phấn đấu đạt 10% và ước đạt 2 tỷ đồng",
            [
                ("8%", "quantity", D(8), "percent", ("projected",)),
                ("10%", "quantity", D(10), "percent", ("target",)),
                ("2 tỷ đồng", "quantity", D(2_000_000_000), "VND", ("estimate",)),
            ],
        ),
        (
            "hai mươi lăm năm, một trăm linh năm người, mười năm",
            [
                ("hai mươi lăm năm", "quantity", D(25), "years", ()),
                ("một trăm linh năm người", "quantity", D(105), "people", ()),
                ("mười năm", "quantity", D(10), "years", ()),
            ],
        ),
        (
            "Giai đoạn 2021 – 2025, Thứ trưởng và 3 đồng chí lãnh đạo",
            [("2021 – 2025", "year_range", D(2021), None, ()), ("3", "quantity", D(3), None, ())],
        ),
        (
            "Đại hội XIII của Đảng, năm thứ ba liên tiếp, trong năm nay",
            [("XIII", "ordinal", D(13), "rank", ()), ("thứ ba", "ordinal", D(3), "rank", ())],
        ),
    ],
)
def test_sentences(
    sentence: str, expected: list[tuple[str, str, Decimal | None, str | None, tuple[str, ...]]]
) -> None:
    assert _summary(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 5 tháng\t3 năm 2020", [("5 tháng\t3 năm 2020", "date")]),
        (
            "THÁNG 3, Tháng 12/2020, tHÁNg 2-2019, ngày 5 THÁNG 3 NĂM 2023",  # "tháng" in any case
            [
                ("THÁNG 3", "date"),
                ("Tháng 12/2020", "date"),
                ("tHÁNg 2-2019", "date"),
                ("5 THÁNG 3 NĂM 2023", "date"),
            ],
        ),
        ("tháng" + " " * 7 + "5", [("tháng" + " " * 7 + "5", "date")]),
        ("tháng" + " " * 8 + "5", [("5", "quantity")]),  # "tháng" starts at most 12 characters before
        ("Đại hội\tXIII", [("XIII", "ordinal")]),
        ("khóa\nXVII, Xkhóa XV", [("XVII", "ordinal")]),
        ("nhiệm kỳ 2020 – 2025", [("2020 – 2025", "year_range")]),
        ("Thai mươi lăm người, hai mươi lăm người", [("hai mươi lăm người", "quantity")]),
        ("đầu tư 5 năm, năm 2020", [("5 năm", "quantity"), ("2020", "year")]),
        (
            "C40, 59/NQ-TW, Covid-19, 8h30, a1b2, 1..2",
            [
                ("C40", "code"),
                ("59/NQ-TW", "code"),
                ("Covid-19", "code"),
                ("8h30", "time"),
                ("a1b2", "code"),
                ("1", "code"),
                ("2", "code"),
            ],
        ),  # "1..2" reads as no number
    ],
)
def test_spacing_and_word_edges(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind) for m in find_mentions(text)] == expected


def test_offsets_refer_to_the_text_as_given() -> None:
    decomposed = unicodedata.normalize("NFD", "Đạt khoảng 12 thoả thuận và 8,67 tỷ USD")
    mentions = find_mentions(decomposed)
    assert [(m.unit, m.hedges) for m in mentions] == [("agreements", ("approximately",)), ("USD", ())]
    for mention in mentions:
        assert decomposed[mention.start : mention.end] == mention.text
    assert unicodedata.normalize("NFC", mentions[0].text) == "12 thoả thuận"


def test_empty_and_numberless_texts() -> None:
    assert find_mentions("") == []
    assert find_mentions("Hà Nội luôn chào đón các nhà đầu tư") == []


# --- properties ---------------------------------------------------------------------------------

_VALUES = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=-3, max_value=2),
)


@settings(max_examples=200, deadline=None)
@given(value=_VALUES, unit=st.sampled_from(sorted(UNITS)))
def test_a_formatted_value_in_a_sentence_is_one_mention(value: Decimal, unit: str) -> None:
    if UNITS[unit].kind == "rank":
        value = value.to_integral_value()
    figure = format_value(value, unit, "vi")
    sentence = f"Năm 2024, Hà Nội đạt {figure} trong cả năm."
    mentions = find_mentions(sentence)
    assert mentions[0].kind == "year"
    [mention] = mentions[1:]
    assert (mention.text, mention.value, mention.unit) == (figure, value, unit)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                *"0123456789.,/:-+% aAbhmnNtTyđ\n",
                "thứ ",
                "Thứ Hai, ",
                "tháng ",
                "năm ",
                "gấp ",
                "khoảng ",
                "tỷ ",
                "USD ",
                "lượt",
                "XVII ",
                "một ",
                "hai mươi ",
                "Covid-",
                "ngày ",
            ]
        ),
        max_size=30,
    )
)
def test_every_digit_is_found_in_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    mentions = find_mentions(text)
    covered: set[int] = set()
    for previous, mention in itertools.pairwise(mentions):
        assert previous.end <= mention.start
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        covered.update(range(mention.start, mention.end))
    assert all(i in covered for i, c in enumerate(text) if c.isdigit())


# --- the way city and ministry reports write -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number right after "năm" is a year, whatever noun follows it.
        (
            "năm 2023 thành phố đón 24 triệu lượt khách",
            [
                ("2023", "year", D(2023), None, ()),
                ("24 triệu lượt khách", "quantity", D(24_000_000), "visits", ()),
            ],
        ),
        (
            "Năm 2024 Hà Nội thu hút 2,9 tỷ USD",
            [("2024", "year", D(2024), None, ()), ("2,9 tỷ USD", "quantity", D(2_900_000_000), "USD", ())],
        ),
        (
            "trong năm 2023 và 2024 thành phố",
            [("2023", "year", D(2023), None, ()), ("2024", "year", D(2024), None, ())],
        ),
        ("năm 2025 dự án", [("2025", "year", D(2025), None, ())]),
        ("2023 thành phố", [("2023 thành phố", "quantity", D(2023), "cities", ())]),  # no "năm": a count
        # A number right after "quý" is a quarter.
        ("quý 3 thành phố đón", [("quý 3", "date", None, None, ())]),
        (
            "Quý 2 năm 2024 doanh nghiệp",
            [("Quý 2", "date", None, None, ()), ("2024", "year", D(2024), None, ())],
        ),
        # Hedges standing before a verb or another hedge.
        (
            "dự kiến vượt 600 nghìn tỷ đồng",
            [("600 nghìn tỷ đồng", "quantity", D(600 * 10**12), "VND", ("projected", "more_than"))],
        ),
        ("tăng trưởng vượt 7%", [("7%", "quantity", D(7), "percent", ("more_than",))]),
        ("chỉ còn dưới 5% hộ nghèo", [("5%", "quantity", D(5), "percent", ("less_than",))]),
        ("chưa đến 10 dự án", [("10 dự án", "quantity", D(10), "projects", ("less_than",))]),
        ("chưa tới 3 tỷ USD", [("3 tỷ USD", "quantity", D(3_000_000_000), "USD", ("less_than",))]),
        ("ít nhất 5 dự án", [("5 dự án", "quantity", D(5), "projects", ("at_least",))]),
        ("kế hoạch 20 tỷ USD", [("20 tỷ USD", "quantity", D(20_000_000_000), "USD", ("target",))]),
        ("trên dưới 40 đoàn", [("40 đoàn", "quantity", D(40), "delegations", ("approximately",))]),
        (
            "đứng thứ 5 trên 63 tỉnh",
            [("thứ 5", "ordinal", D(5), "rank", ()), ("63 tỉnh", "quantity", D(63), "cities", ())],
        ),  # out of, not more than
        # "lượt" counts visits with "khách" or "người", or alone; before another noun, times.
        ("336 lượt góp vốn, mua cổ phần", [("336 lượt", "quantity", D(336), "times", ())]),
        ("1.200 lượt điều chỉnh vốn", [("1.200 lượt", "quantity", D(1200), "times", ())]),
        ("đón 4 triệu lượt khách quốc tế", [("4 triệu lượt khách", "quantity", D(4_000_000), "visits", ())]),
        ("phục vụ 2 triệu lượt người", [("2 triệu lượt người", "quantity", D(2_000_000), "visits", ())]),
        ("đạt 7,1 triệu lượt.", [("7,1 triệu lượt", "quantity", D(7_100_000), "visits", ())]),
        ("đạt 7,1 triệu lượt trong năm", [("7,1 triệu lượt", "quantity", D(7_100_000), "visits", ())]),
        (
            "đạt 7,1 triệu lượt, tăng 5%",
            [
                ("7,1 triệu lượt", "quantity", D(7_100_000), "visits", ()),
                ("5%", "quantity", D(5), "percent", ()),
            ],
        ),
    ],
)
def test_reports_phrasing(
    text: str, expected: list[tuple[str, str, Decimal | None, str | None, tuple[str, ...]]]
) -> None:
    assert _summary(text) == expected
