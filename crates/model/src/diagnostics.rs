//! What loading found wrong, as structured data: refused files, quarantined records
//! and warnings. Rendering into words is [`crate::messages`]' job; the error types'
//! `Display` is the catalogue's English message ([`FileError`], [`Reason`]) or a short
//! English description ([`FieldProblem`]).

use crate::raw::Seen;
use chrono::NaiveDate;
use serde::Serialize;

/// A section of records (phần dữ liệu).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// `outlets`: cơ quan báo chí.
    Outlets,
    /// `contracts`: hợp đồng.
    Contracts,
    /// `coverage`: tin, bài.
    Coverage,
}

impl Section {
    /// The section's key in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Outlets => "outlets",
            Section::Contracts => "contracts",
            Section::Coverage => "coverage",
        }
    }
}

/// Where a record was found: file, section, position in that file's array, and its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordLocation {
    /// File name as given.
    pub file: String,
    /// Section.
    pub section: Section,
    /// Index in that file's array of that section (from 0).
    pub index: usize,
    /// The record's `id` when it is a string.
    pub id: Option<String>,
}

/// A short, display-ready description of a value found in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as it reads.
    Number(String),
    /// A string (cut to 80 characters).
    String(String),
    /// An array.
    Array,
    /// An object.
    Object,
}

/// Longest string kept in a [`Found`].
const FOUND_MAX_CHARS: usize = 80;

impl Found {
    /// Describes a lenient value.
    pub(crate) fn of(seen: &Seen) -> Found {
        match seen {
            Seen::Null => Found::Null,
            Seen::Bool(b) => Found::Bool(*b),
            Seen::Negative(n) => Found::Number(n.get().to_string()),
            Seen::Unsigned(n) => Found::Number(n.get().to_string()),
            Seen::Float(f) => Found::Number(format!("{:?}", f.get())),
            Seen::Str(s) => Found::String(cut(s)),
            Seen::Array(_) => Found::Array,
            Seen::Object(_) => Found::Object,
        }
    }

    /// Describes a `serde_json` value.
    pub(crate) fn of_json(v: &serde_json::Value) -> Found {
        use serde_json::Value;
        match v {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::Bool(*b),
            Value::Number(n) => Found::Number(match n.as_f64() {
                Some(f) if n.is_f64() => format!("{f:?}"),
                _ => n.to_string(),
            }),
            Value::String(s) => Found::String(cut(s)),
            Value::Array(_) => Found::Array,
            Value::Object(_) => Found::Object,
        }
    }
}

/// Cuts a string to [`FOUND_MAX_CHARS`] characters, marking the cut with "…".
pub(crate) fn cut(s: &str) -> String {
    match s.char_indices().nth(FOUND_MAX_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

/// What a field should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// A non-empty string.
    NonEmptyString,
    /// A string (may be empty).
    String,
    /// An integer from `min` to 2^53 − 1, without fraction or exponent.
    Integer {
        /// Smallest allowed value.
        min: u64,
    },
    /// A year, 1000–9999.
    Year,
    /// An array of strings.
    StringArray,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// Kinds of record a reference can point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RefKind {
    /// An outlet id.
    Outlet,
    /// A contract id.
    Contract,
    /// A theme code.
    Theme,
    /// An event id.
    Event,
}

/// Why a record was quarantined (one record may have several). Displayed as the English
/// message of the catalogue ([`crate::messages::reason`]).
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[error("{}", crate::messages::reason(self, crate::Lang::En))]
pub enum Reason {
    /// The array element is not an object.
    NotObject {
        /// What it was.
        found: Found,
    },
    /// A required field is absent or `null`.
    Missing {
        /// Field path inside the record, e.g. `date` or `deliverables[1].format`.
        field: String,
    },
    /// A field has the wrong type, or is an empty string where text is required.
    IllTyped {
        /// Field path inside the record.
        field: String,
        /// What it should be.
        expected: Expected,
        /// What it is.
        found: Found,
    },
    /// A value outside its closed list (`level`, `kind`, `format`, `tone`).
    NotInList {
        /// Field path inside the record.
        field: String,
        /// The value found.
        value: String,
        /// The allowed values.
        allowed: &'static [&'static str],
        /// The closest allowed value, when one is close.
        suggestion: Option<&'static str>,
    },
    /// A string that is not a `YYYY-MM-DD` calendar day.
    BadDate {
        /// Field path inside the record.
        field: String,
        /// The value found.
        value: String,
        /// The ISO form, when the value is a real day written another way.
        hint: Option<String>,
    },
    /// A reference to an outlet, contract, theme or event that was not accepted.
    UnknownReference {
        /// Field path inside the record.
        field: String,
        /// What it refers to.
        target: RefKind,
        /// The id or code given.
        value: String,
        /// A close existing id or code.
        suggestion: Option<String>,
        /// The referenced record exists but was quarantined itself.
        quarantined: bool,
    },
    /// An earlier accepted record of the same section has this id.
    DuplicateId {
        /// The id.
        id: String,
        /// File of the earlier record.
        first_file: String,
        /// Index of the earlier record in that file.
        first_index: usize,
    },
    /// A term whose `end` is before its `start`.
    EndBeforeStart {
        /// `start`.
        start: NaiveDate,
        /// `end`.
        end: NaiveDate,
    },
    /// A negative number where only ≥ 0 makes sense (`value_vnd`, `reach`).
    Negative {
        /// Field path inside the record.
        field: String,
        /// The value found.
        value: i64,
    },
    /// A deliverable `quantity` below 1.
    QuantityBelowOne {
        /// Field path inside the record.
        field: String,
        /// The value found.
        value: i64,
    },
    /// A contract with an empty `deliverables` array.
    NoDeliverables,
}

/// A record left out of the report, with every reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quarantined {
    /// Where it is.
    #[serde(flatten)]
    pub at: RecordLocation,
    /// Every reason, in field order.
    pub reasons: Vec<Reason>,
}

/// Something worth a look that excludes nothing (cảnh báo).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// A coverage item dated outside the plan period: kept out of the report, counted.
    OutOfPeriod {
        /// The item's date.
        date: NaiveDate,
        /// Period start.
        start: NaiveDate,
        /// Period end.
        end: NaiveDate,
    },
    /// A coverage item dated outside its contract's term (it still counts).
    OutsideContractTerm {
        /// The contract id.
        contract: String,
        /// The item's date.
        date: NaiveDate,
        /// Term start.
        start: NaiveDate,
        /// Term end.
        end: NaiveDate,
    },
    /// A coverage item whose outlet differs from its contract's outlet.
    OutletDiffersFromContract {
        /// The item's outlet.
        outlet: String,
        /// The contract id.
        contract: String,
        /// The contract's outlet.
        contract_outlet: String,
    },
    /// Two coverage items with the same `url`.
    DuplicateUrl {
        /// The URL.
        url: String,
        /// File of the first item with it.
        first_file: String,
        /// Index of the first item in that file.
        first_index: usize,
    },
    /// A key written twice in one record: the last value was used.
    RepeatedKey {
        /// The keys.
        keys: Vec<&'static str>,
    },
}

/// A warning about one record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    /// Where it is.
    #[serde(flatten)]
    pub at: RecordLocation,
    /// What it is.
    #[serde(flatten)]
    pub kind: WarningKind,
}

/// What is wrong with a field of `organization` or `plan`. Displayed as a short English
/// description without the field's path (the user's message, with the path, is
/// [`FileError::Field`]'s).
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FieldProblem {
    /// Absent or `null`.
    #[error("missing")]
    Missing,
    /// Wrong type, empty, or out of range.
    #[error("expected {expected:?}, found {found:?}")]
    IllTyped {
        /// What it should be.
        expected: Expected,
        /// What it is.
        found: Found,
    },
    /// Not a `YYYY-MM-DD` day.
    #[error("{value:?} is not a YYYY-MM-DD date")]
    BadDate {
        /// The value.
        value: String,
        /// The ISO form, when guessable.
        hint: Option<String>,
    },
    /// `period.end` before `period.start`.
    #[error("end {end} is before start {start}")]
    EndBeforeStart {
        /// start.
        start: NaiveDate,
        /// end.
        end: NaiveDate,
    },
    /// A period of more than 120 months.
    #[error("{months} months long, more than {}", crate::plan::MAX_PERIOD_MONTHS)]
    PeriodTooLong {
        /// Months from the first to the last.
        months: i64,
    },
    /// `themes` is an empty array.
    #[error("no themes")]
    NoThemes,
    /// A theme code used twice in the tree.
    #[error("theme code {code:?} is already used at {first}")]
    DuplicateThemeCode {
        /// The code.
        code: String,
        /// Path of its first use.
        first: String,
    },
    /// An event id used twice.
    #[error("event id {id:?} is used twice")]
    DuplicateEventId {
        /// The id.
        id: String,
    },
    /// An event naming a theme code the tree does not have.
    #[error("unknown theme code {code:?}")]
    UnknownTheme {
        /// The code.
        code: String,
        /// A close existing code.
        suggestion: Option<String>,
    },
}

/// Why a whole file was refused. Displayed as the English message of the catalogue
/// ([`crate::messages::file_error`]).
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[error("{}", crate::messages::file_error(self, crate::Lang::En))]
pub enum FileError {
    /// The bytes are not UTF-8.
    NotUtf8 {
        /// Line of the first bad byte (from 1).
        line: usize,
        /// Column (from 1, in characters).
        column: usize,
    },
    /// The file is empty (or only whitespace).
    Empty,
    /// Not JSON.
    Syntax {
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
        /// What the JSON reader said, in English.
        detail: String,
    },
    /// The top level is not an object.
    NotObject {
        /// What it is.
        found: Found,
    },
    /// `format` missing.
    FormatMissing,
    /// `format` is not `coverage-report/v1`.
    FormatWrong {
        /// What it is.
        found: Found,
    },
    /// `outlets`, `contracts` or `coverage` is not an array.
    SectionNotArray {
        /// Which section.
        section: Section,
        /// What it is.
        found: Found,
    },
    /// A field of `organization` or `plan` is wrong.
    Field {
        /// JSON path, e.g. `plan.themes[2].children[0].target`.
        path: String,
        /// What is wrong.
        problem: FieldProblem,
    },
    /// A second `plan` or `organization` that differs from the first.
    Differs {
        /// `plan` or `organization`.
        section: &'static str,
        /// The file that gave the first one.
        first_file: String,
    },
    /// The file could not be read from disk (moved, locked, unreadable share).
    Unreadable {
        /// What the browser said, in English.
        detail: String,
    },
    /// A spreadsheet that could not be converted: what `phusong-sheets` said (what is wrong
    /// and what to do), in both languages.
    Spreadsheet {
        /// In Vietnamese.
        vi: String,
        /// In English.
        en: String,
    },
    /// The file does not fit in what the page can hold, with the data already loaded.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// Room left for data, in bytes (the limit minus what is loaded).
        room: u64,
        /// The most data one page holds, in bytes.
        limit: u64,
    },
}

/// A refused file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RefusedFile {
    /// File name as given.
    pub file: String,
    /// Why.
    pub error: FileError,
}

/// Everything loading found, in order: refused files, quarantined records, warnings.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diagnostics {
    /// Files refused whole, in load order.
    pub refused: Vec<RefusedFile>,
    /// Records left out: outlets, then contracts, then coverage, each in load order.
    pub quarantined: Vec<Quarantined>,
    /// Warnings, in the order found.
    pub warnings: Vec<Warning>,
}

impl Diagnostics {
    /// True when every file and record was accepted (warnings allowed).
    pub fn all_accepted(&self) -> bool {
        self.refused.is_empty() && self.quarantined.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{messages, Lang};

    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}

    #[test]
    fn errors_display_the_english_catalogue() {
        let file = FileError::Syntax {
            line: 3,
            column: 7,
            detail: "expected `,` or `}` at line 3 column 7".into(),
        };
        is_error(&file);
        assert_eq!(file.to_string(), messages::file_error(&file, Lang::En));
        let field = FileError::Field {
            path: "plan.year".into(),
            problem: FieldProblem::Missing,
        };
        assert_eq!(field.to_string(), messages::file_error(&field, Lang::En));
        let reason = Reason::Negative {
            field: "reach".into(),
            value: -3,
        };
        is_error(&reason);
        assert_eq!(reason.to_string(), messages::reason(&reason, Lang::En));
        // Boxed as any error, the message stays.
        let boxed: Box<dyn std::error::Error> = Box::new(FileError::Empty);
        assert_eq!(
            boxed.to_string(),
            messages::file_error(&FileError::Empty, Lang::En)
        );
    }

    #[test]
    fn field_problems_say_what_is_wrong() {
        is_error(&FieldProblem::NoThemes);
        assert_eq!(FieldProblem::Missing.to_string(), "missing");
        assert_eq!(
            FieldProblem::PeriodTooLong { months: 121 }.to_string(),
            "121 months long, more than 120"
        );
        assert_eq!(
            FieldProblem::DuplicateEventId { id: "e1".into() }.to_string(),
            "event id \"e1\" is used twice"
        );
    }
}
