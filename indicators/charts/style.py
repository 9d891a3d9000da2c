"""How a chart looks and the words it writes itself: colours, sizes, the font, and ``vi``/``en`` words."""

from __future__ import annotations

from typing import Final

FONT: Final = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
# One colour a definition, from the Okabe–Ito palette, which readers with any common colour-vision
# deficiency tell apart: blue, vermillion, bluish green, reddish purple and black. Its orange, sky
# blue and yellow are left out, being too light on white; the other hues are darkened just enough
# that a period's bar, drawn at BAR_ALPHA over white, reaches 3:1 against it (WCAG 1.4.11), and so
# does every line and marker (4.5:1 and more).
PALETTE: Final = ("#0072b2", "#c45600", "#008662", "#bc4f8b", "#000000")
BAR_ALPHA: Final = 0.8
KEY_COLOUR: Final = "#5f6b73"
DOUBT_COLOUR: Final = "#b3261e"
INK: Final = "#1f2428"
GRID: Final = "#e4e7ea"
HEIGHT: Final = 380
MARKER_SIZE: Final = 10
SELECTED_SIZE: Final = 16
LEGEND_ROW: Final = 20
MOST_HEIGHT: Final = 520

WORDS: Final[dict[str, dict[str, str]]] = {
    "definition_changes": {"vi": "đổi định nghĩa", "en": "definition changes"},
    "not_full_year": {"vi": "chưa phải cả năm", "en": "not a full year"},
    "whole_period": {"vi": "cả giai đoạn, không phải một năm", "en": "whole period, not one year"},
    "yearly_average": {"vi": "bình quân mỗi năm của giai đoạn", "en": "a yearly average over the period"},
    "to_date": {"vi": "cộng dồn đến ngày đó, không phải một năm", "en": "total to that date, not one year"},
    "in_doubt": {"vi": "bị nghi vấn", "en": "in doubt"},
    "multi_year_panel": {"vi": "Cả giai đoạn nhiều năm", "en": "Whole multi-year periods"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "date_inferred": {"vi": "ngày suy ra", "en": "date inferred"},
    "dataset": {"vi": "Hà Nội hội nhập quốc tế qua các con số", "en": "Hanoi integration indicators"},
}


def translucent(colour: str, alpha: float = BAR_ALPHA) -> str:
    """Return a '#rrggbb' colour as 'rgba(r, g, b, alpha)'."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
