"""Every string the dashboard shows, in English: the keys of :data:`dashboard.i18n.STRINGS`."""

from __future__ import annotations

from typing import Final

STRINGS: Final[dict[str, str]] = {
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
    "data_lead": "Every figure in the dataset with its period, value, qualifier, article and verbatim "
    "quote: filter them, show them as a table, or download them. The filters and the table are kept "
    "in the link, so you can share a view.",
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
}
