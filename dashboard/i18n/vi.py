"""Every string the dashboard shows, in Vietnamese: the keys of :data:`dashboard.i18n.STRINGS`."""

from __future__ import annotations

from typing import Final

STRINGS: Final[dict[str, str]] = {
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
    "reason_period_kind": "Không so sánh: con số trước đó thuộc kỳ khác loại ({previous}, nay là {latest}).",
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
    "data_lead": "Mọi con số trong bộ dữ liệu với kỳ, giá trị, mức chắc chắn, bài báo và trích dẫn "
    "nguyên văn: lọc, xem dạng bảng hoặc tải về. Bộ lọc và bảng được lưu trong đường dẫn để chia sẻ.",
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
}
