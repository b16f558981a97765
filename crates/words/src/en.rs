//! English: the words of phusong in English.

use crate::sentences::{Count, Sentences};
use crate::{
    Analysis, Charts, Columns, Document, Mapping, Sections, Share, Suggest, Ui, Vocab, Words,
};

/// Every word, in English.
pub(crate) const WORDS: Words = Words {
    ui: Ui {
        choose_files: "Choose data files…",
        add_files: "Add to loaded data",
        replace_files: "Replace all data",
        use_sample: "Use sample data",
        clear_data: "Clear data",
        clear_confirm: "Remove all data and edits from this browser?",
        export_summary: "Export summary JSON",
        export_pdf: "Export PDF",
        export_docx: "Export Word",
        export_docx_busy: "Making the Word file…",
        print_preview: "Print preview",
        close_preview: "Close preview",
        drop_here: "Drop JSON, Excel or CSV files here to load them",
        reading: "Reading files",
        parsing: "Parsing file",
        converting: "Reading the spreadsheets; a large one takes a few seconds, during which the page does not respond",
        checking: "Checking and counting",
        records_unit: "records",
        restoring: "Restoring stored data",
        welcome_title: "Press coverage report",
        welcome_lead: "Follow the articles, reports and videos the press published on the key themes of the year's plan, and write the report to the Provincial People's Committee.",
        welcome_steps: [
            ("Load the data", "Choose one or more Excel (.xlsx, .xls), LibreOffice (.ods), CSV or JSON (coverage-report/v1) files: the plan, the contracts with press outlets, the published coverage. The files are merged."),
            ("Check", "A broken file is refused and a wrong record is set aside; each problem names the file, record and field and says how to fix it. Correct data is still used."),
            ("Write the report", "Explore and filter by date, theme, outlet, contract; write the assessment; print or export an A4 PDF in the style of Decree 30/2020/ND-CP; export the summary JSON."),
        ],
        welcome_drop: "Or drop the files anywhere on the page.",
        welcome_privacy: "The data is processed in this browser only and never sent anywhere. Loaded data is kept in this browser for next time; “Clear data” deletes it.",
        need_plan: "No plan yet: load the file with the \"plan\" section to build the report.",
        problems: "Data check",
        refused_files: "files refused",
        quarantined: "records left out",
        warnings: "warnings",
        left_out: "Records left out",
        loaded_files: "Loaded files",
        records: "records",
        left_out_note: "records were left out of the report because they are malformed (see Data check).",
        filters: "Filter",
        from: "From",
        to: "To",
        theme: "Theme",
        outlet: "Outlet",
        level: "Level",
        contract: "Contract",
        format: "Format",
        tone: "Tone",
        all: "All",
        uncontracted: "Not under contract",
        unrated: "Not rated",
        search_title: "Search titles (accents optional)",
        date_invalid: "Type a date as day/month/year, e.g. 31/12/2025",
        clear_filters: "Clear filters",
        active_filters: "Filtered to",
        items: "Items",
        contracted: "Under contract",
        reach: "Reach",
        untagged: "Untagged",
        out_of_period: "Outside the period",
        narrative: "Overview",
        redraft: "Redraft from the numbers",
        edit_hint: "Editable; kept in this browser.",
        appendix: "Appendix: list of items",
        page: "Page",
        prev: "Previous",
        next: "Next",
        recipients: "Recipients",
        storage_failed: "Could not store in the browser (the data stays usable in this session)",
        language: "Tiếng Việt",
        as_of_label: "Figures as of",
        as_of_hint: "Empty: today (at most the plan period's last day). Contract pace is judged on this date.",
        part_results: "Results",
        part_shortcomings: "Shortcomings and their causes",
        part_directions: "Directions and tasks for next year",
        part_proposals: "Proposals and recommendations",
        directions_hint: "The directions and key tasks of next year's communication work (one paragraph per line).",
        proposals_hint: "Proposals and recommendations to the Provincial People's Committee and other bodies (one paragraph per line).",
        acceptance_heading: "Acceptance appendix per contract",
        acceptance_choose: "Contract",
        acceptance_none: "— Choose a contract —",
        acceptance_print_alone: "Print this appendix alone",
        acceptance_empty: "No items.",
        download_template: "Download the Excel template",
        download_sample_xlsx: "Download the sample as Excel",
        templates_hint: "Data in Excel? Download the template, fill it in and choose the file.",
        how_read: "How the files were read",
        save_json: "Save the data as JSON",
    },
    mapping: Mapping {
        choose: "Choose how to read…",
        title: "How to read sheet",
        of_file: "of file",
        note: "The reading is remembered in this browser for every sheet with exactly these column headers and used next time; the file itself is not changed.",
        section: "Read as a list of",
        sections: ["coverage items", "contracts", "press outlets", "plan themes", "events and anniversaries"],
        header_row: "Header row",
        row: "Row",
        column: "Column",
        header: "Header",
        sample: "Sample",
        field: "Read as",
        skip: "— skip —",
        required: "required",
        missing: "Still missing a column for",
        values: "Values that match nothing",
        values_hint: "Choose the right value for each value that matches no list entry; rows left as they are will be left out when loaded.",
        rows: "rows",
        leave: "(leave as is)",
        apply: "Read it this way",
        forget: "Forget this reading",
        close: "Close",
        remembered: "This sheet is read the way you chose.",
        unrecognised_hint: "No sheet of this file was recognised: click “Choose how to read…” by a sheet to choose what list it is and which column is which field.",
        no_rows: "The sheet is empty.",
    },
    document: Document {
        nation: "SOCIALIST REPUBLIC OF VIETNAM",
        motto: "Independence - Freedom - Happiness",
        doc_kind: "REPORT",
        title_prefix: "Results of communication work in",
        number_placeholder: "No.:       /BC-",
        dateline_blank: "… (day) … (month) … (year)",
        parent_label: "Governing body",
        issuer_label: "Issuing body",
        number_label: "Number and symbol",
        place_label: "Place",
        date_label: "Date",
        subject_label: "Subject",
        recipients_default: "- Provincial People's Committee (for report);\n- Provincial Party Propaganda Board;\n- Archive.",
        signer_title_default: "DIRECTOR",
        signer_title_label: "Title of the signer",
        signer_name_label: "Name of the signer",
        signer_name_placeholder: "Full name",
        acceptance_buyer: "FOR THE ORDERING BODY",
        acceptance_outlet: "FOR THE OUTLET",
        sign_hint: "(Signature and full name)",
    },
    sections: Sections {
        themes: "Coverage by plan theme",
        months: "Month by month",
        contracts: "Contract fulfilment",
        deliverables: "Ordered and delivered by format",
        outlets: "By outlet",
        formats: "By format",
        tone: "Tone",
        events: "Events and anniversaries",
        items: "Appendix: list of items",
        acceptance: "Appendix: products delivered under contract no.",
        tone_months: "Tone by month",
        alerts: "Negative coverage to follow up",
        money: "Contract money and products delivered",
        money_levels: "Money by outlet level",
    },
    columns: Columns {
        code: "Code",
        theme: "Theme",
        items: "Items",
        target: "Target",
        attainment: "Attained (%)",
        contract_no: "Contract",
        outlet: "Outlet",
        value: "Value (VND)",
        ordered: "Ordered",
        delivered: "Delivered",
        fulfilment: "Fulfilment (%)",
        elapsed: "Term elapsed (%)",
        unordered_formats: "Formats not ordered",
        counted: "Counted",
        remaining: "Still due",
        subject: "Subject",
        signed: "Signed",
        term: "Term",
        value_words: "Contract value",
        of_which_outside_term: "of which outside the term",
        unordered_part: "Items in formats not ordered",
        outside_term_part: "Items dated outside the contract's term (still counted)",
        status: "Status",
        outside_term: "Outside term",
        unordered: "Not ordered",
        level: "Level",
        contracted: "Under contract",
        reach: "Reach",
        format: "Format",
        share: "Share (%)",
        month: "Month",
        untagged: "Untagged",
        tone: "Tone",
        date: "Date",
        event: "Event",
        row_no: "No.",
        title: "Title",
        theme_codes: "Themes (codes)",
        contract: "Contract",
        link: "Link",
        done: "Done",
        on_pace: "On pace",
        behind: "Behind pace",
        not_started: "Not started",
        unrated: "Not rated",
    },
    charts: Charts {
        no_data: "No data",
        untagged: "Untagged",
        target: "Target",
        no_target: "No target",
        at_target: "100 % or more",
        done: "Done",
        on_pace: "On pace",
        behind: "Behind pace",
        not_started: "Not started",
        contracted: "Under contract",
        uncontracted: "Not under contract",
        other_outlets: "Other outlets",
        positive: "Positive",
        neutral: "Neutral",
        negative: "Negative",
        unrated: "Not rated",
    },
    vocab: Vocab {
        formats: ["Print article", "Online article", "E-magazine", "Infographic", "Photo story", "Video", "TV report", "Radio report", "Social media post", "Other"],
        levels: ["Central", "Provincial", "Other province", "Other"],
        kinds: ["Newspaper", "Magazine", "Online", "Television", "Radio", "News agency"],
        tones: ["Positive", "Neutral", "Negative"],
    },
    analysis: Analysis {
        previous_year: "Last year",
        change: "Change",
        per_delivered: "Cost per product",
        value_delivered: "Value delivered",
        value_remaining: "Value remaining",
        contracts: "Contracts",
        negative: "Negative",
        earlier_mean: "Mean of earlier months",
        total: "Total",
        noun_months: "months",
        alert_rule: "A month is listed when it has 3 or more negative items and at least twice the mean of all earlier months of the period (from the third month on).",
        no_alerts: "No month shows a surge of negative coverage.",
        alert_heading: |month, negative, mean| {
            format!("{month}: {negative} negative items (mean of earlier months: {mean})")
        },
        baseline_title: "Last year for comparison",
        baseline_choose: "Choose last year's figures…",
        baseline_hint: "The summary JSON (coverage-report-summary/v1) saved from last year's report, or last year's data files.",
        baseline_remove: "Remove comparison",
        baseline_whole_year: "Last year's figures are for its whole year, not filtered.",
        baseline_filtered: "The report is filtered: the “Last year” and “Change” columns show once the filters are cleared, as last year's figures are for its whole year.",
        baseline_loaded: |plan, year| format!("Compared with plan {plan}, {year}"),
        baseline_not_json: "Last year's figures cannot be read: the file is not valid JSON or a spreadsheet.",
        baseline_not_summary: "This file is not a coverage-report-summary/v1 export (or lacks a field), so it cannot be compared.",
        baseline_no_plan: "Last year's data has no plan, so it cannot be compared. Add the file that holds last year's \"plan\" section.",
        baseline_same: |plan, year| {
            format!("The figures chosen are this report's own plan {plan}, {year}, so there is nothing to compare. Choose last year's figures.")
        },
        alerts: |n, list| {
            let months = if n == 1 { "month" } else { "months" };
            format!("Negative coverage rose sharply in {n} {months}: {list}; it needs following up.")
        },
        alert_month: |month, negative, mean| {
            format!("{month} ({negative} items, mean of earlier months {mean})")
        },
        money: |value, delivered, share, remaining| {
            format!("The contracts are worth {value}; the products delivered are worth about {delivered} ({share}), {remaining} remains")
        },
        money_per_product: |per| format!("; {per} per product delivered on average"),
        change_items: |now, change, year, before| match change {
            Some((true, pct)) => format!("{now} items in all, up {pct} on {year} ({before} items)."),
            Some((false, pct)) => format!("{now} items in all, down {pct} on {year} ({before} items)."),
            None => format!("{now} items in all, the same as in {year}."),
        },
    },
    share: Share {
        button: "Save the report to send",
        busy: "Making the report file…",
        button_hint: "One read-only HTML file with the data and your text inside: opened by double-click, offline, without phusong",
        made: |by, on| format!("Report made by {by} on {on}; the data is read-only."),
        someone: "the report's author",
        no_offline_page: "Cannot make the report file: this page does not carry the app (no phusong.html beside it). Open phusong.html and try again.",
        no_compression: "Cannot make the report file: this browser cannot compress. Use Chrome or Edge 103+, or Firefox 113+.",
        damaged: |detail| format!("Cannot open the report in this file: its data is damaged or cut short ({detail}). Ask the sender to send the file again."),
        encoding: "Cannot open the report: the file was saved again in another encoding. Open the file you received directly in the browser (double-click), without saving it from an editor.",
        too_large: |mb| format!("Cannot open the report: unpacked, its data passes the page's {mb} MB allowance. Ask the sender for a report with less data."),
    },
    suggest: Suggest {
        title: "Theme suggestions",
        note: "Themes suggested for the untagged items, from the plan's keywords found in their title or summary: only when at least two different keywords point to one theme and none to another (a place name alone is not enough). The themes you accept are your additions, counted in the report; the data files do not change.",
        status: |suggested, unmatched, accepted| {
            format!("{suggested} untagged items with suggestions, {unmatched} without; {accepted} items tagged by you.")
        },
        date: "Date",
        item: "Item",
        theme: "Suggested theme",
        keyword: "Keyword matched",
        accept: "Accept",
        accept_label: |theme, title| format!("Accept theme {theme} for “{title}”"),
        accepted: "Accepted",
        accept_all: |count| format!("Accept all ({count})"),
        one_theme: "Accept every suggestion of the theme",
        accept_theme: "Accept this theme",
        clear: "Remove the accepted themes",
        more: "Show more",
        rest: |count| format!("{count} more items."),
        none: "No suggestions: no untagged item has two of the plan's keywords pointing to one theme.",
        check_title: "To check",
        check_note: "Tagged items whose title matches another theme's keywords and none of their own themes'. For you to review; nothing is changed.",
        tagged_as: "Tagged as",
        matches: "Matches",
        figure: "Tagged by the author",
        added_title: "Tagged by you",
        remove: "Remove",
        remove_label: |title| format!("Remove the themes you added to “{title}”"),
    },
};

/// "1 theme" / "2 themes".
fn counted((n, text): Count, one: &str, many: &str) -> String {
    format!("{text} {}", if n == 1 { one } else { many })
}

/// The sentences the report drafts, in English.
pub(crate) const SENTENCES: Sentences = Sentences {
    and: " and ",
    others: |(_, n), noun| format!("{n} other {noun}"),
    noun_themes: "themes",
    noun_contracts: "contracts",
    noun_events: "events",
    in_year: |y| format!("In {y}"),
    from_to: |a, b| format!("From {a} to {b}"),
    filter_from_to: |a, b| format!("from {a} to {b}"),
    filter_from: |a| format!("from {a}"),
    filter_to: |b| format!("up to {b}"),
    filter_kinds: ["theme", "outlet", "level", "contract", "format", "tone"],
    not_under_contract: "not under contract",
    not_rated: "not rated",
    title_containing: |t| format!("title containing “{t}”"),
    filtered: |parts| {
        format!("The figures below count only the items matching the filter: {parts}.")
    },
    no_items: |when| format!("{when}, no items about the province were recorded."),
    including_later: |n, date| format!(" (including {n} dated after {date})"),
    overall: |o| {
        format!(
            "{}, the press published {} items about the province{}, of which {} under commissioning contracts ({}) and {} on the outlets' own initiative ({}).",
            o.when, o.items, o.later, o.contracted, o.contracted_share, o.uncontracted, o.uncontracted_share
        )
    },
    reach: |n| format!(" Their recorded reach totals {n}."),
    untagged: |n| format!(" {n} items are not tagged with any theme of the plan."),
    theme_result: |name, items, target, share| {
        format!("“{name}” ({items}/{target} items, {share})")
    },
    themes_none_reached: |n| {
        format!("Plan themes: none of the {n} themes with a target has reached it.")
    },
    themes_reached: |reached, n, list| {
        format!("Plan themes: {reached} of the {n} themes with a target reached or exceeded it: {list}.")
    },
    themes_low: |n, list| {
        format!(
            " {} below 50 % of their target: {list}.",
            counted(n, "theme is", "themes are")
        )
    },
    contracts_total: |n, value, delivered, ordered, share| {
        format!("Commissioning contracts: {n} contracts worth {value} in total; {delivered} of {ordered} ordered products delivered ({share}).")
    },
    contracts_done: |n, list| {
        format!(
            " {} completed: {list}.",
            counted(n, "contract", "contracts")
        )
    },
    contract_behind: |b| {
        if b.ended {
            format!(
                "{} ({}) at {} of its order though its term ended on {}",
                b.id, b.outlet, b.done, b.end
            )
        } else {
            format!(
                "{} ({}) at {} of its order with {} of its term elapsed (it runs until {})",
                b.id, b.outlet, b.done, b.elapsed, b.end
            )
        }
    },
    contracts_behind: |n, list| {
        format!(
            " {} behind the pace of the term: {list}.",
            counted(n, "contract is", "contracts are")
        )
    },
    contracts_outside: |outside, unordered| {
        format!(" {outside} items were published outside their contract's term and {unordered} in formats the contract did not order.")
    },
    outlet_result: |name, items, share| format!("{name} ({items} items, {share})"),
    outlets_top: |list| format!("The outlets with most items: {list}."),
    outlets_silent: |n| format!(" {n} outlets published nothing in the period."),
    event_result: |name, items| format!("“{name}” ({items} items)"),
    events_intro: "Events and anniversaries:",
    events_top: |list| format!(" the most covered were {list}."),
    events_none: |list| format!(" No item covered {list}."),
    tone: |t| {
        format!(
            "Tone: {} positive items ({}), {} neutral ({}), {} negative ({}).",
            t.positive.0, t.positive.1, t.neutral.0, t.neutral.1, t.negative.0, t.negative.1
        )
    },
    tone_unrated: |n, share| format!(" {n} items ({share}) are not rated."),
    out_of_period: |n| format!("{n} items dated outside the reporting period"),
    malformed: |n| format!("{n} records rejected as malformed"),
    not_counted: |parts| format!("Not counted in this report: {}.", parts.join(" and ")),
    as_of_line: |date| format!("Figures as of {date}"),
    after_as_of: |n, date| {
        format!("{n} items are dated after {date}; they are counted all the same. If their dates are wrong, correct them in the data file; otherwise choose a later as-of date.")
    },
    low_theme: |name, share| format!("“{name}” ({share})"),
    part2_low: |n, list| format!("{n} plan themes are below 50 % of their target: {list}."),
    part2_behind_one: |b| {
        if b.ended {
            format!("{} ({}) at {}, ended on {}", b.id, b.outlet, b.done, b.end)
        } else {
            format!(
                "{} ({}) at {} with {} of its term elapsed, running until {}",
                b.id, b.outlet, b.done, b.elapsed, b.end
            )
        }
    },
    part2_behind: |n, list| {
        format!("{n} commissioning contracts are behind the pace of their term: {list}.")
    },
    part2_untagged: |n| {
        format!("{n} items are not tagged with a theme, so the counts by theme may be lower than they really are.")
    },
    part2_malformed: |n| {
        format!("{n} records were left out as malformed and are not counted in this report; they need to be checked and completed.")
    },
    part2_none: "The figures show no theme below half its target and no contract behind its pace.",
    group_records: |(n, text), reason| {
        format!(
            "{text} {}: {reason}",
            if n == 1 { "record" } else { "records" }
        )
    },
    group_out_of_period: |n, start, end| {
        format!(
            "{} dated outside the plan period ({start} – {end}): not counted",
            counted(n, "item", "items")
        )
    },
    group_outside_term: |n, contract, start, end| {
        format!("{} outside the term of contract '{contract}' ({start} – {end}); still counted for the contract", counted(n, "item", "items"))
    },
    group_outlet_differs: |n, outlet, contract, contract_outlet| {
        format!("{} of outlet '{outlet}' under contract '{contract}' of '{contract_outlet}'; please check", counted(n, "item", "items"))
    },
    group_duplicate_url: |n, url| {
        format!(
            "{} with the same url '{url}'; they may have been entered twice",
            counted(n, "item", "items")
        )
    },
    group_repeated_key: |n, keys| {
        format!(
            "{} with field {keys} written twice; the last value was used",
            counted(n, "record", "records")
        )
    },
};
