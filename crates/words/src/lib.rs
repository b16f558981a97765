//! Every word phusong shows or writes, one catalogue per language: the app's labels and
//! buttons, the document's fixed words, the title of each section of the report (the same
//! on screen, in print, in CSV names and as the charts' accessible titles), the column
//! heads of the tables, the words the charts draw, and the names of the format's
//! vocabularies. The app, the charts and the exports all read them here.
//!
//! It also holds the shape of every sentence the report drafts from its numbers (the
//! narrative, part II, the as-of line: [`Sentences`]), each a function of numbers and names
//! that `phusong-export` has written as text. Adding a language means adding one file like
//! `vi.rs` (a [`Words`] and a [`Sentences`] value: the compiler says what is missing) and
//! its [`Lang`] variant. The messages about data are `phusong-model::messages`'.
#![forbid(unsafe_code)]

pub mod analysis;
mod en;
pub mod sentences;
pub mod share;
pub mod suggest;
mod vi;

pub use analysis::Analysis;
pub use sentences::{Behind, Count, Overall, Sentences, ToneParts};
pub use share::Share;
pub use suggest::Suggest;

/// The language of user-facing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Tiếng Việt (the default: the report is a Vietnamese document).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 tag of the language: "vi", "en".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language of a tag ("vi", "en"), if it is one.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

/// The catalogue of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &vi::WORDS,
        Lang::En => &en::WORDS,
    }
}

/// The sentences of `lang` (see [`Sentences`]).
pub fn sentences(lang: Lang) -> &'static Sentences {
    match lang {
        Lang::Vi => &vi::SENTENCES,
        Lang::En => &en::SENTENCES,
    }
}

/// A section of the report: a table, with its chart when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Themes of the plan against their targets.
    Themes,
    /// Items month by month.
    Months,
    /// Contracts and their pace.
    Contracts,
    /// Ordered and delivered per format of each contract (in the contracts section).
    Deliverables,
    /// Items by outlet.
    Outlets,
    /// Items by format.
    Formats,
    /// Items by tone.
    Tone,
    /// Events and anniversaries.
    Events,
    /// The appendix: every item of the view.
    Items,
    /// The acceptance appendix of one contract.
    Acceptance,
    /// Items month by month by tone.
    ToneMonths,
    /// Months flagged for negative coverage and their negative items.
    Alerts,
    /// Money per contract: per delivered product, delivered and remaining value.
    Money,
    /// Money by outlet level.
    MoneyLevels,
}

impl Section {
    /// A stable key for file names and `data-section`: "themes", "months", …
    pub fn key(self) -> &'static str {
        match self {
            Section::Themes => "themes",
            Section::Months => "months",
            Section::Contracts => "contracts",
            Section::Deliverables => "deliverables",
            Section::Outlets => "outlets",
            Section::Formats => "formats",
            Section::Tone => "tone",
            Section::Events => "events",
            Section::Items => "items",
            Section::Acceptance => "acceptance",
            Section::ToneMonths => "tone-months",
            Section::Alerts => "alerts",
            Section::Money => "money",
            Section::MoneyLevels => "money-levels",
        }
    }

    /// Its title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        let s = &words(lang).sections;
        match self {
            Section::Themes => s.themes,
            Section::Months => s.months,
            Section::Contracts => s.contracts,
            Section::Deliverables => s.deliverables,
            Section::Outlets => s.outlets,
            Section::Formats => s.formats,
            Section::Tone => s.tone,
            Section::Events => s.events,
            Section::Items => s.items,
            Section::Acceptance => s.acceptance,
            Section::ToneMonths => s.tone_months,
            Section::Alerts => s.alerts,
            Section::Money => s.money,
            Section::MoneyLevels => s.money_levels,
        }
    }
}

/// The words of one language.
#[derive(Debug)]
pub struct Words {
    /// The app's labels, buttons and messages.
    pub ui: Ui,
    /// The document's fixed words (header, title, signature).
    pub document: Document,
    /// The title of each [`Section`].
    pub sections: Sections,
    /// The tables' column heads and statuses.
    pub columns: Columns,
    /// What the charts draw themselves.
    pub charts: Charts,
    /// The names of the format's vocabularies, in the order of their `ALL` lists.
    pub vocab: Vocab,
    /// The screen where the user chooses how a sheet is read.
    pub mapping: Mapping,
    /// Tone by month, alerts, money, last year (issue 24).
    pub analysis: Analysis,
    /// The shared report: its button, its line, its errors (issue 25).
    pub share: Share,
    /// Theme suggestions and the themes the author accepted (issue 25).
    pub suggest: Suggest,
}

/// The screen where the user chooses how a sheet is read ("Chọn cách đọc").
#[derive(Debug)]
pub struct Mapping {
    /// The button by each sheet of "Cách đọc tệp".
    pub choose: &'static str,
    /// The screen's heading, before the sheet and file names.
    pub title: &'static str,
    pub of_file: &'static str,
    pub note: &'static str,
    pub section: &'static str,
    /// The sections a sheet can be read as, in `phusong_sheets::Section::ALL`'s order.
    pub sections: [&'static str; 5],
    pub header_row: &'static str,
    pub row: &'static str,
    pub column: &'static str,
    pub header: &'static str,
    pub sample: &'static str,
    pub field: &'static str,
    pub skip: &'static str,
    pub required: &'static str,
    pub missing: &'static str,
    pub values: &'static str,
    pub values_hint: &'static str,
    pub rows: &'static str,
    pub leave: &'static str,
    pub apply: &'static str,
    pub forget: &'static str,
    pub close: &'static str,
    pub remembered: &'static str,
    /// Under a file refused for recognising no sheet: what the buttons are for.
    pub unrecognised_hint: &'static str,
    pub no_rows: &'static str,
}

/// The app's labels, buttons and messages.
#[derive(Debug)]
pub struct Ui {
    pub choose_files: &'static str,
    pub add_files: &'static str,
    pub replace_files: &'static str,
    pub use_sample: &'static str,
    pub clear_data: &'static str,
    pub clear_confirm: &'static str,
    pub export_summary: &'static str,
    pub export_pdf: &'static str,
    /// The Word export's button, and its label while the document is being made.
    pub export_docx: &'static str,
    pub export_docx_busy: &'static str,
    pub print_preview: &'static str,
    pub close_preview: &'static str,
    pub drop_here: &'static str,
    pub reading: &'static str,
    pub parsing: &'static str,
    /// While spreadsheets are converted (one long step: the page does not answer meanwhile).
    pub converting: &'static str,
    pub checking: &'static str,
    pub records_unit: &'static str,
    pub restoring: &'static str,
    pub welcome_title: &'static str,
    pub welcome_lead: &'static str,
    /// The welcome screen's three steps: (heading, text).
    pub welcome_steps: [(&'static str, &'static str); 3],
    pub welcome_drop: &'static str,
    pub welcome_privacy: &'static str,
    pub need_plan: &'static str,
    pub problems: &'static str,
    pub refused_files: &'static str,
    pub quarantined: &'static str,
    pub warnings: &'static str,
    pub left_out: &'static str,
    pub loaded_files: &'static str,
    pub records: &'static str,
    pub left_out_note: &'static str,
    pub filters: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub theme: &'static str,
    pub outlet: &'static str,
    pub level: &'static str,
    pub contract: &'static str,
    pub format: &'static str,
    pub tone: &'static str,
    pub all: &'static str,
    pub uncontracted: &'static str,
    pub unrated: &'static str,
    pub search_title: &'static str,
    pub date_invalid: &'static str,
    pub clear_filters: &'static str,
    pub active_filters: &'static str,
    pub items: &'static str,
    pub contracted: &'static str,
    pub reach: &'static str,
    pub untagged: &'static str,
    pub out_of_period: &'static str,
    pub narrative: &'static str,
    pub redraft: &'static str,
    pub edit_hint: &'static str,
    pub appendix: &'static str,
    pub page: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub recipients: &'static str,
    pub storage_failed: &'static str,
    pub language: &'static str,
    pub as_of_label: &'static str,
    pub as_of_hint: &'static str,
    pub part_results: &'static str,
    pub part_shortcomings: &'static str,
    pub part_directions: &'static str,
    pub part_proposals: &'static str,
    pub directions_hint: &'static str,
    pub proposals_hint: &'static str,
    pub acceptance_heading: &'static str,
    pub acceptance_choose: &'static str,
    pub acceptance_none: &'static str,
    pub acceptance_print_alone: &'static str,
    pub acceptance_empty: &'static str,
    /// "Tải mẫu Excel" and what it is for.
    pub download_template: &'static str,
    /// The bundled sample as an .xlsx.
    pub download_sample_xlsx: &'static str,
    pub templates_hint: &'static str,
    /// "Cách đọc tệp": how each spreadsheet was read.
    pub how_read: &'static str,
    /// "Lưu dữ liệu dạng JSON": what the spreadsheets converted to.
    pub save_json: &'static str,
}

/// The document's fixed words: the header of Decree 30/2020/NĐ-CP, the title, the signature.
#[derive(Debug)]
pub struct Document {
    pub nation: &'static str,
    pub motto: &'static str,
    pub doc_kind: &'static str,
    pub title_prefix: &'static str,
    pub number_placeholder: &'static str,
    pub dateline_blank: &'static str,
    pub parent_label: &'static str,
    pub issuer_label: &'static str,
    pub number_label: &'static str,
    pub place_label: &'static str,
    pub date_label: &'static str,
    pub subject_label: &'static str,
    pub recipients_default: &'static str,
    pub signer_title_default: &'static str,
    pub signer_title_label: &'static str,
    pub signer_name_label: &'static str,
    pub signer_name_placeholder: &'static str,
    /// The acceptance appendix's sign-off: the ordering body, the outlet, and the hint under each.
    pub acceptance_buyer: &'static str,
    pub acceptance_outlet: &'static str,
    pub sign_hint: &'static str,
}

/// The title of each section of the report (see [`Section::title`]).
#[derive(Debug)]
pub struct Sections {
    pub themes: &'static str,
    pub months: &'static str,
    pub contracts: &'static str,
    pub deliverables: &'static str,
    pub outlets: &'static str,
    pub formats: &'static str,
    pub tone: &'static str,
    pub events: &'static str,
    pub items: &'static str,
    pub acceptance: &'static str,
    pub tone_months: &'static str,
    pub alerts: &'static str,
    pub money: &'static str,
    pub money_levels: &'static str,
}

/// The tables' column heads, statuses and appendix words.
#[derive(Debug)]
pub struct Columns {
    pub code: &'static str,
    pub theme: &'static str,
    pub items: &'static str,
    pub target: &'static str,
    pub attainment: &'static str,
    pub contract_no: &'static str,
    pub outlet: &'static str,
    pub value: &'static str,
    pub ordered: &'static str,
    pub delivered: &'static str,
    pub fulfilment: &'static str,
    pub elapsed: &'static str,
    pub unordered_formats: &'static str,
    pub counted: &'static str,
    pub remaining: &'static str,
    pub subject: &'static str,
    pub signed: &'static str,
    pub term: &'static str,
    pub value_words: &'static str,
    pub of_which_outside_term: &'static str,
    pub unordered_part: &'static str,
    pub outside_term_part: &'static str,
    pub status: &'static str,
    pub outside_term: &'static str,
    pub unordered: &'static str,
    pub level: &'static str,
    pub contracted: &'static str,
    pub reach: &'static str,
    pub format: &'static str,
    pub share: &'static str,
    pub month: &'static str,
    pub untagged: &'static str,
    pub tone: &'static str,
    pub date: &'static str,
    pub event: &'static str,
    pub row_no: &'static str,
    pub title: &'static str,
    pub theme_codes: &'static str,
    pub contract: &'static str,
    pub link: &'static str,
    pub done: &'static str,
    pub on_pace: &'static str,
    pub behind: &'static str,
    pub not_started: &'static str,
    pub unrated: &'static str,
}

/// The words the charts draw themselves (legends, axes, placeholders).
#[derive(Debug)]
pub struct Charts {
    pub no_data: &'static str,
    pub untagged: &'static str,
    pub target: &'static str,
    pub no_target: &'static str,
    pub at_target: &'static str,
    pub done: &'static str,
    pub on_pace: &'static str,
    pub behind: &'static str,
    pub not_started: &'static str,
    pub contracted: &'static str,
    pub uncontracted: &'static str,
    pub other_outlets: &'static str,
    pub positive: &'static str,
    pub neutral: &'static str,
    pub negative: &'static str,
    pub unrated: &'static str,
}

/// The names of the vocabularies of `coverage-report/v1`, each in the order of its `ALL`
/// list in `phusong-model` (formats, outlet levels, outlet kinds, tones).
#[derive(Debug)]
pub struct Vocab {
    pub formats: [&'static str; 10],
    pub levels: [&'static str; 4],
    pub kinds: [&'static str; 6],
    pub tones: [&'static str; 3],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of every language is there (not empty) and is NFC-ready text.
    #[test]
    fn every_language_has_every_word() {
        for lang in Lang::ALL {
            let w = words(lang);
            let debug = format!("{w:?}");
            assert!(!debug.contains(": \"\""), "{lang:?} has an empty word");
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("fr"), None);
    }

    /// One title per section, the same everywhere; each key is distinct.
    #[test]
    fn sections_have_one_title_each() {
        let all = [
            Section::Themes,
            Section::Months,
            Section::Contracts,
            Section::Deliverables,
            Section::Outlets,
            Section::Formats,
            Section::Tone,
            Section::Events,
            Section::Items,
            Section::Acceptance,
            Section::ToneMonths,
            Section::Alerts,
            Section::Money,
            Section::MoneyLevels,
        ];
        let keys: std::collections::BTreeSet<_> = all.iter().map(|s| s.key()).collect();
        assert_eq!(keys.len(), all.len());
        assert_eq!(
            Section::Themes.title(Lang::Vi),
            "Kết quả theo nội dung tuyên truyền trọng tâm"
        );
        assert_eq!(Section::Themes.title(Lang::En), "Coverage by plan theme");
    }
}
