"""Every string the dashboard shows, in Vietnamese (``vi``) and English (``en``).

``t(lang, key, **values)`` returns a string with its ``{placeholders}`` filled. Both languages
have the same keys (a test keeps it so). Strings marked ``(md)`` are Markdown written here, never
data; data goes into the placeholders of the others, escaped by the caller.

The language is the URL's ``lang`` when it is ``vi`` or ``en``, else the one chosen earlier in
the session, else the browser's locale (``en-US`` → en, ``vi-VN`` → vi), else Vietnamese.
"""

from __future__ import annotations

from typing import Final

from indicators.languages import LANGS as LANGS  # the dashboard speaks the dataset's languages

DEFAULT_LANG: Final = "vi"
LANGUAGE_NAMES: Final = {"vi": "Tiếng Việt", "en": "English"}

STRINGS: Final[dict[str, dict[str, str]]] = {
    "vi": {
        # App and navigation
        "app_title": "Hà Nội hội nhập quốc tế qua các con số",
        "app_short": "Hà Nội hội nhập",
        "cite_via": "qua bộ số liệu Hà Nội hội nhập quốc tế qua các con số (mã {id})",
        "nav_overview": "Tổng quan",
        "nav_indicators": "Tất cả chỉ số",
        "nav_indicator": "Chỉ số",
        "nav_source": "Bài báo",
        "nav_data": "Dữ liệu",
        "nav_about": "Phương pháp",
        "language": "Ngôn ngữ",
        "menu_label": "Các trang",
        "footer": "Số liệu như năm bài báo đã đưa tin (2020–2025), không phải thống kê chính thức. "
        "Mỗi con số có trích dẫn nguyên văn và đường dẫn đến bài báo gốc.",
        # Overview
        "overview_kicker": "Tổng quan",
        "overview_lead": "Đầu tư nước ngoài, du lịch, đối tác quốc tế và kinh tế của Hà Nội — "
        "những con số như năm bài báo tiếng Việt đã đưa tin trong giai đoạn 2020–2025, "
        "mỗi con số kèm trích dẫn nguyên văn từ bài gốc.",
        "overview_caveat": "Đây không phải số liệu thống kê chính thức. Định nghĩa có thể khác nhau giữa "
        "các bài (chẳng hạn vốn FDI đăng ký và vốn FDI thu hút không nói rõ thành phần), "
        "và nhiều con "
        "số được nêu kèm từ ước lượng như “khoảng”, “hơn”, “ước đạt”.",
        "overview_counts": "{observations} con số · {indicators} chỉ số · {sources} bài báo",
        "card_latest": "Mới nhất",
        "card_change": "{arrow} {change} · trước đó: {value}, {period}",
        "card_same": "Không đổi · trước đó: {value}, {period}",
        "card_target": "Mục tiêu {period}: {value}",
        "card_details": "Chi tiết về {name}",
        "card_quote": "Trích dẫn trong bài báo ngày {date}",
        "card_quote_of": "Trích dẫn trong bài báo ngày {date}, con số {name}",
        "card_observations": "{count} con số",
        "card_observation_one": "1 con số",
        "card_trend": "Xu hướng của {name}",
        "reason_definition": "Không so sánh: các con số trước đó theo một định nghĩa khác (“{previous}”), "
        "không biết có so sánh được không.",
        "reason_hedged": "Không so sánh: với các từ ước lượng, con số có thể tăng cũng có thể giảm "
        "(trước đó: {value}, {period}).",
        "no_period": "bài không nêu kỳ",
        "doubt_label": "Bị nghi vấn",
        "title_by_curators": "tên bài do người biên soạn đặt",
        "source_no_headline": "bài không có tiêu đề; tên ở trên do người biên soạn đặt",
        "chart_undated": "{n} con số không nêu kỳ nên không được vẽ; xem bảng bên dưới.",
        "reason_period_kind": "Không so sánh: con số trước đó thuộc kỳ khác loại ({previous}, nay là "
        "{latest}).",
        "reason_single": "Mới có một kỳ số liệu, chưa có gì để so sánh.",
        "reason_other": "Không có con số trước đó cùng định nghĩa để so sánh.",
        "themes_empty": "Chưa có chỉ số nổi bật nào trong nhóm này.",
        # Indicator
        "indicator_definition": "Định nghĩa",
        "indicator_definitions": "Các định nghĩa mà các bài báo dùng",
        "indicator_notes": "Lưu ý về ý nghĩa",
        "indicator_meaning": "Chỉ số này đo gì: định nghĩa và lưu ý",
        "table_cite": "Trích dẫn con số {period}: {value}, bài ngày {date}",
        "col_cite": "Dẫn nguồn",
        "share_label": "Đường dẫn đến trang này",
        "share_copy": "Sao chép đường dẫn",
        "cite_copy": "Sao chép trích dẫn",
        "cite_copied": "Đã sao chép dòng trích dẫn.",
        "share_copied": "Đã sao chép đường dẫn đến trang này.",
        "chart_download": "Tải biểu đồ về máy:",
        "chart_download_as": "Tải biểu đồ dạng {format}",
        "indicator_other": "Xem chỉ số khác",
        "indicator_list": "Các chỉ số",
        "source_other": "Xem bài báo khác",
        "source_list": "Các bài báo",
        "index_title": "Tất cả chỉ số",
        "index_lead": "Mọi chỉ số mà các bài báo cho số liệu, theo nhóm: con số mới nhất (kèm từ ước "
        "lượng) và số con số của mỗi chỉ số. Bấm tên chỉ số để xem biểu đồ và trích dẫn.",
        "col_latest": "Con số mới nhất",
        "col_figures": "Số con số",
        "indicator_unit": "Đơn vị",
        "indicator_theme": "Nhóm",
        "chart_hint": "Bấm vào một điểm để xem trích dẫn, nguồn và cách trích dẫn.",
        "chart_alt": "Biểu đồ {name}, {span}, {count} con số; mới nhất: {latest} ({period}).",
        "panel_empty": "Chọn một điểm trên biểu đồ: trích dẫn nguyên văn, bài báo gốc và dòng trích dẫn "
        "sẽ hiện ở đây.",
        "panel_title": "Con số được chọn",
        "panel_only": "Con số duy nhất của chỉ số này",
        "panel_states": "Trích dẫn nêu",
        "panel_source": "Nguồn",
        "panel_open_article": "Xem trong bài báo",
        "open_article_of": "Xem trong bài báo con số {period}, {value} (bài ngày {date})",
        "panel_cite": "Trích dẫn con số này",
        "panel_close": "Đóng",
        "panel_definition": "Định nghĩa",
        "panel_reading": "Cách đọc",
        "panel_agrees": "Bài khác cũng nêu con số này: {ids}",
        "panel_note": "Ghi chú",
        "obs_not_in_indicator": "Con số “{value}” không thuộc chỉ số này; bảng dưới liệt kê các con số "
        "của chỉ số.",
        "table_title": "Tất cả các con số của chỉ số này",
        "col_period": "Kỳ",
        "col_value": "Giá trị",
        "col_figure": "Như bài viết",
        "col_qualifier": "Mức chắc chắn",
        "col_definition": "Định nghĩa",
        "col_source": "Bài báo",
        "col_published": "Ngày đăng",
        "col_quote": "Trích dẫn",
        "col_link": "Trong bài",
        "col_indicator": "Chỉ số",
        "col_indicator_link": "Trang chỉ số",
        "col_theme": "Nhóm",
        "col_year": "Năm",
        "col_obs": "Mã",
        "link_open": "Mở",
        # Source
        "source_headline": "Tiêu đề trong bài",
        "source_publisher": "Đơn vị đăng",
        "source_author": "Tác giả",
        "source_published": "Ngày đăng",
        "source_file": "Tệp",
        "source_unnamed_publisher": "không nêu tên",
        "source_unnamed_author": "không nêu tên",
        "source_date_stated": "ngày ghi trong bài",
        "source_date_inferred": "ngày suy ra",
        "source_text": "Toàn văn",
        "source_legend": "Phần tô màu là trích dẫn mà bộ dữ liệu dùng; nhãn nhỏ trước mỗi trích dẫn cho biết "
        "chỉ số. Con số trong trích dẫn được in đậm.",
        "source_current": "Trích dẫn đang xem: {name}, {period}",
        "source_open_chart": "Xem con số này trên biểu đồ",
        "source_figures": "Các con số lấy từ bài này",
        "source_figures_none": "Bộ dữ liệu chưa lấy con số nào từ bài này.",
        "source_quote_of": "Trích dẫn của {name}",
        # Data
        "data_title": "Toàn bộ dữ liệu",
        "data_lead": "Mọi con số trong bộ dữ liệu, mỗi dòng một con số với kỳ, giá trị, mức chắc chắn, "
        "bài báo và trích dẫn nguyên văn. Bộ lọc được lưu trong đường dẫn để chia sẻ.",
        "filter_theme": "Nhóm",
        "filter_indicator": "Chỉ số",
        "filter_source": "Bài báo",
        "filter_year": "Năm",
        "filter_all": "Tất cả",
        "filter_ignored": "Đã bỏ qua giá trị lọc không nhận ra trong đường dẫn: {values}",
        "data_shown": "{shown} trên {total} con số",
        "data_none": "Không có con số nào khớp với bộ lọc.",
        "download_csv": "Tải CSV",
        "download_json": "Tải JSON",
        "download_help": "Tất cả các cột của những dòng đang hiển thị, gồm trích dẫn và nguồn.",
        "download_zip": "Tải gói dữ liệu (zip)",
        "download_zip_help": "Toàn bộ bộ dữ liệu, không theo bộ lọc, dạng Frictionless Data Package: "
        "datapackage.json mô tả từng cột, kèm tệp CSV.",
        "data_columns_all": "Hiện mọi cột",
        "col_number": "Số (để sắp xếp)",
        # Addresses and citations
        "source_url": "Địa chỉ bài gốc",
        "source_url_none": "không ghi lại địa chỉ",
        "source_accessed": "Ngày truy cập",
        "source_stored_copy": "Văn bản dưới đây là bản lưu của bài báo đi kèm bộ dữ liệu (tệp {file}), không "
        "phải trang gốc; trang gốc có thể đã thay đổi.",
        "cite_accessed": "truy cập ngày {date}",
        "filters_clear": "Bỏ lọc",
        "filters_apply": "Áp dụng bộ lọc",
        "data_table_show": "Hiện bảng số liệu (sắp xếp, tìm kiếm)",
        # Not found
        "not_found_title": "Không tìm thấy",
        "not_found_indicator": "Không có chỉ số nào mang mã “{value}”.",
        "not_found_source": "Không có bài báo nào mang mã “{value}”.",
        "not_found_obs": "Bài này không có con số nào mang mã “{value}”; dưới đây là toàn văn bài.",
        "not_found_empty": "Đường dẫn không nêu mã nào.",
        "not_found_hint": "Đường dẫn có thể đã cũ hoặc bị gõ sai. Hãy chọn từ danh sách, hoặc quay về trang "
        "tổng quan.",
        "back_overview": "Về trang tổng quan",
        "page_not_found_title": "Không tìm thấy trang",
        "page_not_found": "Không có trang nào ở địa chỉ này; đây là trang tổng quan.",
        "close": "Đóng",
        # Invalid data
        "invalid_title": "Dữ liệu chưa hợp lệ",
        "invalid_lead": "Bộ kiểm tra tìm thấy {count} lỗi trong {file}, nên bảng điều khiển tạm không hiển "
        "thị con số nào cho đến khi dữ liệu được sửa.",
        "invalid_fix_title": "Cách sửa",
        "invalid_fix": "Mở tệp ở dòng được nêu, sửa trường tương ứng theo phần “expected … (mong đợi) "
        "found … (tìm thấy)”, rồi chạy lệnh dưới đây cho đến khi không còn lỗi. Thông báo lỗi "
        "giữ nguyên tiếng Anh, như lệnh kiểm tra in ra, để dễ tra cứu. Trang sẽ tự cập nhật "
        "khi tệp thay đổi.",
        "col_file": "Tệp",
        "col_line": "Dòng",
        "col_record": "Bản ghi",
        "col_field": "Trường",
        "col_problem": "Mong đợi … tìm thấy …",
        # About
        "about_title": "Giới thiệu và phương pháp",
        "about_what_title": "Bộ dữ liệu là gì",
        "about_what": (
            "Mỗi con số là một **quan sát**: một giá trị của một chỉ số trong một kỳ, đúng như một bài báo "
            "nêu, kèm trích dẫn nguyên văn. Các quan sát được biên soạn bằng tay trong tệp "
            "`data/indicators.yaml`; năm bài báo gốc được giữ nguyên từng byte trong `data/sources/`. "
            "Đây là số liệu báo chí đưa tin, không phải thống kê chính thức."
        ),
        "about_checks_title": "Cách kiểm tra",
        "about_checks": (
            "Lệnh `python -m indicators check` kiểm tra toàn bộ tệp mỗi lần dữ liệu thay đổi, và bảng điều "
            "khiển cũng chạy đúng các bước ấy trước khi hiển thị:\n\n"
            "- **Cấu trúc**: mọi trường đúng kiểu, không có trường lạ, khóa trùng hay bí danh YAML.\n"
            "- **Trích dẫn**: trích dẫn phải có nguyên văn trong bài (chỉ chuẩn hóa Unicode và khoảng "
            "trắng).\n"
            "- **Giá trị**: con số trong trích dẫn, đọc theo cách viết tiếng Việt (“8,67 tỷ USD”, "
            "“2.067 triệu USD”), phải bằng giá trị đã ghi; từ ước lượng đứng trước con số phải khớp với "
            "mức chắc chắn.\n"
            "- **Độ phủ**: mọi con số trong mỗi bài hoặc được một quan sát dùng, hoặc được ghi lý do bỏ qua "
            "(ngày tháng, số nghị quyết…).\n"
            "- **Quy tắc**: chỉ số có số liệu từ nhiều bài phải ghi định nghĩa mỗi bài dùng; con số nổi bật "
            "trên trang tổng quan không bị nghi vấn và không phải cách đọc một cụm từ; con số “đến nay”, "
            "“hiện có” là trạng thái tại một ngày hoặc tổng cộng dồn đến ngày đó, không chính xác hơn ngày "
            "của bài; con số ghi cho một năm phải có năm đó trong câu, hoặc có ghi chú giải thích.\n\n"
            "Nếu có lỗi, mọi trang chỉ hiển thị danh sách lỗi (tệp, dòng, bản ghi, trường, mong đợi và tìm "
            "thấy), không hiển thị số liệu."
        ),
        "about_qualifiers_title": "Mức chắc chắn và cách vẽ",
        "about_qualifiers": "Từ ước lượng của bài báo được giữ lại thành mức chắc chắn; biểu đồ vẽ mỗi mức "
        "bằng một ký hiệu riêng.",
        "about_col_qualifier": "Mức chắc chắn",
        "about_col_meaning": "Ý nghĩa",
        "about_col_mark": "Ký hiệu trên biểu đồ",
        "about_breaks_title": "Ngắt chuỗi, kỳ không trọn năm và nhiều năm",
        "about_breaks": (
            "- Khi định nghĩa đổi (ví dụ vốn FDI đăng ký và vốn FDI không nói rõ thành phần), "
            "đường nối bị ngắt "
            "và hai con số không được so sánh; trang tổng quan nói rõ vì sao không có mức thay đổi.\n"
            "- Con số cho một phần của năm (ví dụ 9 tháng đầu năm 2020) được ghi rõ kỳ và không nối với "
            "con số cả năm.\n"
            "- Con số gộp nhiều năm (ví dụ lũy kế 2016–2020) được ghi là một khoảng, đặt ở năm cuối, và "
            "không so với con số một năm.\n"
            "- Con số “tính đến” một ngày là trạng thái tại ngày đó (ví dụ số đối tác đến nay); khi bài chỉ "
            "cho biết năm đăng, ngày ấy chỉ biết là trong năm đó.\n"
            "- Con số cộng dồn “từ năm 2016 đến nay” là tổng đến ngày của bài, không phải cả giai đoạn "
            "2016–2020.\n"
            "- Con số bài không nêu kỳ (ví dụ mục tiêu tăng trưởng “hai con số”) được ghi là “bài không nêu "
            "kỳ” và không được vẽ theo thời gian."
        ),
        "about_changes_title": "Mức thay đổi giữa hai con số có từ ước lượng",
        "about_changes": (
            "Mức thay đổi chỉ được tính giữa hai kết quả cùng định nghĩa và cùng loại kỳ, không bao giờ với "
            "mục tiêu, con số bị nghi vấn hay cách đọc một cụm từ. Từ ước lượng của cả hai con số được giữ "
            "lại: “gần 29 triệu” nghĩa là dưới 29 triệu một chút, “hơn 65” là trên 65, “khoảng”, “ước” là "
            "xấp xỉ. Vì thế từ gần 29 triệu lên 33,7 triệu là tăng **hơn +16,2%**; từ 70 đến “hơn 65” thì "
            "có thể tăng cũng có thể giảm, nên không nêu mức thay đổi. Dấu cho biết chiều, chữ cho biết "
            "độ lớn: “hơn −16,2%” là giảm hơn 16,2%."
        ),
        "about_doubts_title": "Con số bị nghi vấn",
        "about_doubts": (
            "Bài báo có thể sai. Khi có bằng chứng, con số vẫn được giữ nguyên văn cùng trích dẫn, nhưng "
            "kèm ghi chú nghi vấn nói rõ nghi điều gì và vì sao. Trên biểu đồ nó là vòng tròn rỗng có chấm "
            "và dấu “?”; bảng, trang dữ liệu, tệp tải về và dòng trích dẫn đều ghi “bị nghi vấn”. Con số "
            "bị nghi vấn không bao giờ là con số nổi bật, cũng không dùng để tính mức thay đổi."
        ),
        "about_cite_title": "Cách trích dẫn",
        "about_cite": (
            "Trên trang chỉ số, bấm vào một điểm: khung bên cạnh có dòng trích dẫn với nút sao chép, dạng "
            "“trích dẫn” — tên bài, đơn vị đăng, ngày, địa chỉ bài gốc (hoặc “không ghi lại địa chỉ”), "
            "qua bộ số liệu Hà Nội hội nhập quốc tế qua các con số (mã số liệu), đường dẫn cố định đến con "
            "số này kèm ngày truy cập. Hãy dẫn "
            "cả bài báo gốc: bộ dữ liệu chỉ chép lại điều bài báo nêu."
        ),
        "about_sources_title": "Các bài báo",
        "about_col_title": "Bài báo",
        "about_col_published": "Ngày đăng",
        "about_col_basis": "Cách xác định ngày",
    },
    "en": {
        # App and navigation
        "app_title": "Hanoi's international integration in figures",
        "app_short": "Hanoi integration",
        "cite_via": "via Hanoi integration indicators (obs {id})",
        "nav_overview": "Overview",
        "nav_indicators": "All indicators",
        "nav_indicator": "Indicator",
        "nav_source": "Articles",
        "nav_data": "Data",
        "nav_about": "Method",
        "language": "Language",
        "menu_label": "Pages",
        "footer": "Figures as five news articles reported them (2020–2025), not official statistics. "
        "Every figure comes with a verbatim quote and a link to its article.",
        # Overview
        "overview_kicker": "Overview",
        "overview_lead": "Hanoi's foreign investment, tourism, international partners and economy — the "
        "figures as five Vietnamese news articles reported them between 2020 and 2025, each "
        "with a verbatim quote from its article.",
        "overview_caveat": "These are not official statistics. Definitions vary between articles "
        "(registered FDI versus FDI with its components not stated, for instance), "
        "and many figures "
        "are hedged with words such as “about”, “more than” or “estimated”.",
        "overview_counts": "{observations} figures · {indicators} indicators · {sources} articles",
        "card_latest": "Latest",
        "card_change": "{arrow} {change} · before: {value}, {period}",
        "card_same": "Unchanged · before: {value}, {period}",
        "card_target": "Target for {period}: {value}",
        "card_details": "Details of {name}",
        "card_quote": "Quote in the article of {date}",
        "card_quote_of": "Quote in the article of {date}, the figure of {name}",
        "card_observations": "{count} figures",
        "card_observation_one": "1 figure",
        "card_trend": "Trend of {name}",
        "reason_definition": "No change shown: the earlier figures use another definition (“{previous}”), "
        "and whether the two compare is not known.",
        "reason_hedged": "No change shown: with their hedges, the figures allow a rise as well as a fall "
        "(before: {value}, {period}).",
        "no_period": "no period stated",
        "doubt_label": "In doubt",
        "title_by_curators": "title given by the curators",
        "source_no_headline": "none in the text; the title above was given by the curators",
        "chart_undated": "{n} figure(s) with no period stated are not drawn; see the table below.",
        "reason_period_kind": "No change shown: the earlier figure covers another kind of period "
        "({previous}, now {latest}).",
        "reason_single": "Only one period reported so far: nothing to compare with.",
        "reason_other": "No earlier figure with the same definition to compare with.",
        "themes_empty": "No headline indicator in this group yet.",
        # Indicator
        "indicator_definition": "Definition",
        "indicator_definitions": "Definitions the articles use",
        "indicator_notes": "Notes on meaning",
        "indicator_meaning": "What this indicator measures: definition and notes",
        "table_cite": "Cite the {period} figure: {value}, article of {date}",
        "col_cite": "Cite",
        "share_label": "Link to this view",
        "share_copy": "Copy link",
        "cite_copy": "Copy citation",
        "cite_copied": "The citation is copied.",
        "share_copied": "The link to this view is copied.",
        "chart_download": "Download the chart:",
        "chart_download_as": "Download the chart as {format}",
        "indicator_other": "Go to another indicator",
        "indicator_list": "Indicators",
        "source_other": "Go to another article",
        "source_list": "Articles",
        "index_title": "All indicators",
        "index_lead": "Every indicator the articles give figures for, by group: its latest figure (with "
        "its hedge) and how many figures it has. Choose a name for its chart and quotes.",
        "col_latest": "Latest figure",
        "col_figures": "Figures",
        "indicator_unit": "Unit",
        "indicator_theme": "Group",
        "chart_hint": "Click a point to see its quote, its source and how to cite it.",
        "chart_alt": "Chart of {name}, {span}, {count} figure(s); latest: {latest} ({period}).",
        "panel_empty": "Choose a point on the chart: its verbatim quote, its article and a citation line "
        "appear here.",
        "panel_title": "Selected figure",
        "panel_only": "This indicator's only figure",
        "panel_states": "The quote states",
        "panel_source": "Source",
        "panel_open_article": "See it in the article",
        "open_article_of": "See the figure {period}, {value} in the article (of {date})",
        "panel_cite": "Cite this figure",
        "panel_close": "Close",
        "panel_definition": "Definition",
        "panel_reading": "Reading",
        "panel_agrees": "Other articles give the same figure: {ids}",
        "panel_note": "Note",
        "obs_not_in_indicator": "The figure “{value}” is not one of this indicator's; the table below lists "
        "them all.",
        "table_title": "Every figure of this indicator",
        "col_period": "Period",
        "col_value": "Value",
        "col_figure": "As written",
        "col_qualifier": "Qualifier",
        "col_definition": "Definition",
        "col_source": "Article",
        "col_published": "Published",
        "col_quote": "Quote (Vietnamese)",
        "col_link": "In the article",
        "col_indicator": "Indicator",
        "col_indicator_link": "Indicator page",
        "col_theme": "Group",
        "col_year": "Year",
        "col_obs": "Id",
        "link_open": "Open",
        # Source
        "source_headline": "Headline",
        "source_publisher": "Publisher",
        "source_author": "Author",
        "source_published": "Published",
        "source_file": "File",
        "source_unnamed_publisher": "unnamed publisher",
        "source_unnamed_author": "not named",
        "source_date_stated": "date stated in the article",
        "source_date_inferred": "date inferred",
        "source_text": "Full text (Vietnamese)",
        "source_legend": "Highlighted passages are the quotes the dataset takes; the small label before each "
        "names its indicator. The figure inside each quote is in bold.",
        "source_current": "Quote shown: {name}, {period}",
        "source_open_chart": "See this figure on its chart",
        "source_figures": "Figures taken from this article",
        "source_figures_none": "The dataset takes no figure from this article yet.",
        "source_quote_of": "Quote for {name}",
        # Data
        "data_title": "All data",
        "data_lead": "Every figure in the dataset, one row each, with its period, value, qualifier, article "
        "and verbatim quote. The filters are kept in the link, so you can share a view.",
        "filter_theme": "Group",
        "filter_indicator": "Indicator",
        "filter_source": "Article",
        "filter_year": "Year",
        "filter_all": "All",
        "filter_ignored": "Ignored filter values in the link that match nothing: {values}",
        "data_shown": "{shown} of {total} figures",
        "data_none": "No figure matches these filters.",
        "download_csv": "Download CSV",
        "download_json": "Download JSON",
        "download_help": "Every column of the rows shown, quotes and sources included.",
        "download_zip": "Download Data Package (zip)",
        "download_zip_help": "The whole dataset, whatever the filters, as a Frictionless Data Package: "
        "datapackage.json describing every column, with the CSV.",
        "data_columns_all": "Show every column",
        "col_number": "Number (sorts)",
        # Addresses and citations
        "source_url": "Original address",
        "source_url_none": "address not recorded",
        "source_accessed": "Accessed",
        "source_stored_copy": "The text below is the stored copy of the article kept with the dataset (file "
        "{file}), not the original page, which may have changed since.",
        "cite_accessed": "accessed {date}",
        "filters_clear": "Clear filters",
        "filters_apply": "Apply filters",
        "data_table_show": "Show the table (sort, search)",
        # Not found
        "not_found_title": "Not found",
        "not_found_indicator": "There is no indicator with the id “{value}”.",
        "not_found_source": "There is no article with the id “{value}”.",
        "not_found_obs": "This article has no figure with the id “{value}”; here is its full text.",
        "not_found_empty": "The link names no id.",
        "not_found_hint": "The link may be old or mistyped. Pick from the list, or go back to the overview.",
        "back_overview": "Back to the overview",
        "page_not_found_title": "Page not found",
        "page_not_found": "There is no page at this address; here is the overview.",
        "close": "Close",
        # Invalid data
        "invalid_title": "The data is not valid",
        "invalid_lead": "The checker found {count} problem(s) in {file}, so the dashboard shows no figure "
        "until the data is fixed.",
        "invalid_fix_title": "How to fix it",
        "invalid_fix": "Open the file at the line given, correct the field as the “expected … found …” part "
        "says, then run the command below until it reports no problem. This page updates "
        "when the file changes.",
        "col_file": "File",
        "col_line": "Line",
        "col_record": "Record",
        "col_field": "Field",
        "col_problem": "Expected … found …",
        # About
        "about_title": "About & method",
        "about_what_title": "What the dataset is",
        "about_what": (
            "Each figure is an **observation**: one value of one indicator for one period, exactly as one "
            "article states it, with a verbatim quote. Observations are curated by hand in "
            "`data/indicators.yaml`; the five articles are kept byte for byte in `data/sources/`. "
            "These are figures as the press reported them, not official statistics."
        ),
        "about_checks_title": "How it is checked",
        "about_checks": (
            "The command `python -m indicators check` checks the whole file whenever the data changes, and "
            "the dashboard runs the same checks before it shows anything:\n\n"
            "- **Structure**: every field has the right type; unknown fields, duplicate keys and YAML "
            "aliases are errors.\n"
            "- **Quote**: the quote must appear verbatim in the article (only Unicode and white space are "
            "normalised).\n"
            "- **Value**: the figure in the quote, read as Vietnamese writes numbers (“8,67 tỷ USD”, "
            "“2.067 triệu USD”), must equal the recorded value; the hedge words before it must match the "
            "qualifier.\n"
            "- **Coverage**: every number in every article is either used by an observation or dismissed "
            "with a reason (dates, resolution numbers…).\n"
            "- **Rules**: an indicator with figures from several articles names the definition each uses; a "
            "headline figure on the overview is neither in doubt nor a reading of words; a figure “đến nay” "
            "(to date) or “hiện có” (currently) is a state on a date or a total to it, no more precise than "
            "the article's date; a figure given a year has that year in its sentence, or a note saying "
            "why.\n\n"
            "If anything fails, every page shows only the list of problems (file, line, record, field, "
            "expected and found), and no figure."
        ),
        "about_qualifiers_title": "Qualifiers and how they are drawn",
        "about_qualifiers": "An article's hedge words are kept as the figure's qualifier; the charts draw "
        "each qualifier with its own marker.",
        "about_col_qualifier": "Qualifier",
        "about_col_meaning": "Meaning",
        "about_col_mark": "Marker on the charts",
        "about_breaks_title": "Series breaks, part-year and multi-year figures",
        "about_breaks": (
            "- When the definition changes (registered FDI versus FDI with its components not stated, "
            "say), the line is "
            "broken and the two figures are not compared; the overview says why no change is shown.\n"
            "- A figure for part of a year (the first nine months of 2020, say) is labelled with its period "
            "and not joined to whole-year figures.\n"
            "- A figure for several years together (2016–2020 cumulative, say) is labelled as a span, "
            "placed at its last year, and not compared with single years.\n"
            "- A figure “as of” a date is a state on that date (partner cities so far, say); where the "
            "article states only its year, the day is known only to fall in that year.\n"
            "- A total “from 2016 to date” runs to the article's date, not over the whole of 2016–2020.\n"
            "- A figure whose article states no period (the “double-digit” growth target, say) reads “no "
            "period stated” and is not drawn on a time axis."
        ),
        "about_changes_title": "Changes between hedged figures",
        "about_changes": (
            "A change is computed only between two results of one definition and one kind of period, never "
            "with a target, a doubted figure or a reading of words. Both figures keep their hedges: “gần 29 "
            "triệu” (nearly 29 million) is a little under 29 million, “hơn 65” is above 65, “khoảng” "
            "(about) and “ước” (estimated) are approximate. So from nearly 29 million to 33.7 million is a "
            "rise of **more than +16.2%**; from 70 to “more than 65” could be a rise or a fall, and no "
            "change is shown. The sign gives the direction, the words the size: “more than −16.2%” is a "
            "fall of more than 16.2%."
        ),
        "about_doubts_title": "Figures in doubt",
        "about_doubts": (
            "An article can be wrong. Where there is evidence, the figure is kept as written, with its "
            "quote, and a doubt says what is doubted and why. On a chart it is a hollow circle with a dot "
            "and a “?”; the tables, the Data page, the downloads and the citation line all say “in doubt”. "
            "A doubted figure is never a headline and never either end of a change."
        ),
        "about_cite_title": "How to cite a figure",
        "about_cite": (
            "On an indicator page, click a point: the panel beside the chart has a citation line with a copy "
            "button, shaped “quote” — article title, publisher, date, the article's address (or “address not "
            "recorded”), via Hanoi integration indicators (obs id), then the figure's permanent link and the "
            "day you read it. Cite the original article too: the dataset only repeats what the article says."
        ),
        "about_sources_title": "The articles",
        "about_col_title": "Article",
        "about_col_published": "Published",
        "about_col_basis": "How the date is known",
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """Return the string ``key`` in ``lang`` with its placeholders filled from ``values``."""
    text = STRINGS[lang if lang in STRINGS else DEFAULT_LANG][key]
    return text.format(**values) if values else text


def pick_language(from_url: str | None, remembered: str | None, locale: str | None) -> str:
    """Choose the language: the URL's, else the session's earlier choice, else the locale's, else vi."""
    for candidate in (from_url, remembered):
        if candidate in LANGS:
            return str(candidate)
    if locale:
        primary = locale.strip().lower().replace("_", "-").split("-")[0]
        if primary in LANGS:
            return primary
    return DEFAULT_LANG
