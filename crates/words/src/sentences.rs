//! The shape of the sentences the report drafts from its numbers: each a function of the
//! numbers and names, already written as text by the caller (`phusong-export`), so that a
//! language writes its own word order and plurals. Each language file gives one
//! [`Sentences`] value.

/// A count: its value (for plurals) and how it is written ("1.234").
pub type Count<'a> = (u64, &'a str);

/// What the first paragraph of the narrative says.
#[derive(Debug, Clone, Copy)]
pub struct Overall<'a> {
    /// "Năm 2025", "Từ ngày … đến ngày …".
    pub when: &'a str,
    /// Items in the view.
    pub items: &'a str,
    /// The clause about items dated after the as-of date (empty when none).
    pub later: &'a str,
    /// Items under a contract, and their share.
    pub contracted: &'a str,
    pub contracted_share: &'a str,
    /// Items not under a contract, and their share.
    pub uncontracted: &'a str,
    pub uncontracted_share: &'a str,
}

/// Tone counts and their shares, as written.
#[derive(Debug, Clone, Copy)]
pub struct ToneParts<'a> {
    pub positive: (&'a str, &'a str),
    pub neutral: (&'a str, &'a str),
    pub negative: (&'a str, &'a str),
}

/// A contract behind its pace, as written.
#[derive(Debug, Clone, Copy)]
pub struct Behind<'a> {
    /// "12/2025/HĐ-STTTT".
    pub id: &'a str,
    /// Its outlet's name.
    pub outlet: &'a str,
    /// Share of its order delivered.
    pub done: &'a str,
    /// Share of its term elapsed at the as-of date.
    pub elapsed: &'a str,
    /// The last day of its term.
    pub end: &'a str,
    /// Whether the term is over at the as-of date (never said of a running contract).
    pub ended: bool,
}

/// Every sentence the report drafts, in one language.
#[derive(Debug)]
pub struct Sentences {
    /// Between the last two names of a list: " và ".
    pub and: &'static str,
    /// "và 2 nội dung khác": the names left out of a long list.
    pub others: fn(Count, noun: &str) -> String,
    /// The nouns of lists: themes, contracts, events.
    pub noun_themes: &'static str,
    pub noun_contracts: &'static str,
    pub noun_events: &'static str,
    /// "Năm 2025".
    pub in_year: fn(year: i32) -> String,
    /// "Từ ngày 01/01/2025 đến ngày 15/11/2025".
    pub from_to: fn(from: &str, to: &str) -> String,
    /// The filter's dates, within a sentence.
    pub filter_from_to: fn(from: &str, to: &str) -> String,
    pub filter_from: fn(from: &str) -> String,
    pub filter_to: fn(to: &str) -> String,
    /// The filter's kinds, within a sentence: theme, outlet, level, contract, format, tone.
    pub filter_kinds: [&'static str; 6],
    pub not_under_contract: &'static str,
    pub not_rated: &'static str,
    /// "tiêu đề có “…”".
    pub title_containing: fn(text: &str) -> String,
    /// The first paragraph under a filter, from its parts.
    pub filtered: fn(parts: &str) -> String,
    /// The first paragraph when the view has no item.
    pub no_items: fn(when: &str) -> String,
    /// " (kể cả 3 tin, bài có ngày đăng sau ngày 15/11/2025)".
    pub including_later: fn(n: &str, date: &str) -> String,
    /// The first paragraph.
    pub overall: fn(&Overall) -> String,
    /// " Tổng lượt tiếp cận …".
    pub reach: fn(n: &str) -> String,
    /// " Có 8 tin, bài chưa được gắn nội dung …".
    pub untagged: fn(n: &str) -> String,
    /// "“Name” (8/30 tin, bài, đạt 26,7 %)".
    pub theme_result: fn(name: &str, items: &str, target: &str, share: &str) -> String,
    /// No theme with a target reached it.
    pub themes_none_reached: fn(with_target: &str) -> String,
    /// Some reached their target.
    pub themes_reached: fn(reached: &str, with_target: &str, list: &str) -> String,
    /// Some are under half their target.
    pub themes_low: fn(Count, list: &str) -> String,
    /// Contracts: number, value, delivered of ordered, share.
    pub contracts_total:
        fn(n: &str, value: &str, delivered: &str, ordered: &str, share: &str) -> String,
    pub contracts_done: fn(Count, list: &str) -> String,
    /// One contract behind its pace, in the narrative's list ("id (outlet) …").
    pub contract_behind: fn(&Behind) -> String,
    pub contracts_behind: fn(Count, list: &str) -> String,
    pub contracts_outside: fn(outside: &str, unordered: &str) -> String,
    /// "Báo X (12 tin, bài, 10,2 %)".
    pub outlet_result: fn(name: &str, items: &str, share: &str) -> String,
    pub outlets_top: fn(list: &str) -> String,
    pub outlets_silent: fn(n: &str) -> String,
    /// "“Event” (4 tin, bài)".
    pub event_result: fn(name: &str, items: &str) -> String,
    pub events_intro: &'static str,
    pub events_top: fn(list: &str) -> String,
    pub events_none: fn(list: &str) -> String,
    pub tone: fn(&ToneParts) -> String,
    pub tone_unrated: fn(n: &str, share: &str) -> String,
    pub out_of_period: fn(n: &str) -> String,
    pub malformed: fn(n: &str) -> String,
    /// "Có …, chưa được tính trong báo cáo này." from the parts above.
    pub not_counted: fn(parts: &[String]) -> String,
    /// "Số liệu tính đến ngày 15/11/2025".
    pub as_of_line: fn(date: &str) -> String,
    /// The one warning about items dated after the as-of date.
    pub after_as_of: fn(n: &str, date: &str) -> String,
    /// Part II: themes under half their target ("“Name” (36,7 %)" each).
    pub low_theme: fn(name: &str, share: &str) -> String,
    pub part2_low: fn(n: &str, list: &str) -> String,
    /// Part II: one contract behind ("id (outlet) đạt …").
    pub part2_behind_one: fn(&Behind) -> String,
    pub part2_behind: fn(n: &str, list: &str) -> String,
    pub part2_untagged: fn(n: &str) -> String,
    pub part2_malformed: fn(n: &str) -> String,
    /// Part II when the numbers show nothing to say.
    pub part2_none: &'static str,
    /// Problems grouped by reason: "19 bản ghi: …" (records left out for one reason).
    pub group_records: fn(Count, reason: &str) -> String,
    /// Warnings grouped: items outside the plan period (start, end).
    pub group_out_of_period: fn(Count, start: &str, end: &str) -> String,
    /// Items outside one contract's term.
    pub group_outside_term: fn(Count, contract: &str, start: &str, end: &str) -> String,
    /// Items of an outlet under another outlet's contract.
    pub group_outlet_differs:
        fn(Count, outlet: &str, contract: &str, contract_outlet: &str) -> String,
    /// Items sharing one url.
    pub group_duplicate_url: fn(Count, url: &str) -> String,
    /// Records with a key written twice.
    pub group_repeated_key: fn(Count, keys: &str) -> String,
}
