//! Spreadsheets in: `.xlsx`/`.xlsm`, `.xls`, `.ods` (through calamine, pure Rust)
//! and `.csv`/`.tsv`/`.txt` (through `csv`) converted to `coverage-report/v1` JSON,
//! as `../shared/spec/spreadsheet-import.md` says. After conversion nothing
//! differs from JSON: the converted text goes through `phusong_model::load`, which
//! merges, validates, quarantines and counts as for any JSON file.
//!
//! [`convert_all`] takes the files loaded together, in load order (JSON files
//! among them), because references in a spreadsheet ("Báo Nhân Dân", "1.2") are
//! resolved against the whole dataset, and a workbook without a plan sheet takes
//! its plan's id, title, year and period from a plan loaded with it. For each
//! spreadsheet it gives either [`Converted`] (one `coverage-report/v1` file: its
//! JSON text, how each sheet was read, located problems, and where each record
//! came from) or [`Refused`] (with a message saying what to do).
//! [`read_spreadsheet`] converts one file alone.
//!
//! The converted JSON has the sections in the spec's order (`format`,
//! `organization`, `plan`, `outlets`, `contracts`, `coverage`), the records in
//! sheet then row order, and every reference written as the id or code it
//! resolved to. A bad value is written as the cell's text (an error value of a
//! text field as `{"error": "#N/A"}`), so that the load quarantines the record
//! (or refuses the plan) exactly as for JSON; each also gets a located
//! [`Problem`] here: file, sheet, row, column letter and header, in Vietnamese and
//! English.
//!
//! Where the spec is silent, this crate does what follows (each a choice a
//! careful user would expect):
//! - A key–value sheet is looked for only in a sheet without a header row; labels
//!   from several key–value sheets combine, the first occurrence of each counting.
//! - A workbook's plan is made when it has a key–value sheet with a plan label
//!   (not only organization labels), a themes sheet or an events sheet. Any part it
//!   lacks (id, title, year, period, themes, events) is taken from the first plan
//!   loaded with it (a JSON file's, or another workbook's that has a year and
//!   themes); with none, no year refuses the file ("thiếu năm của kế hoạch") and
//!   so do no themes. The id defaults to `KH-<year>` only when no other plan gives one.
//! - Themes and events references of files without a plan of their own resolve
//!   against the first plan in load order; those of a workbook with a plan against
//!   its own plan. Contracts resolve by number only (exact, then folded): a
//!   contract has no name.
//! - An organization needs "Cơ quan báo cáo"; "Cơ quan chủ quản" or "Địa danh"
//!   without it is left out, with a warning.
//! - Long contracts: a row with neither a format nor a quantity adds no
//!   deliverable; a disagreeing field is written as an array of the values (no
//!   field accepts an array, so the contract is quarantined) and named in a problem.
//! - Wide contracts: a quantity cell that is not a whole number still orders the
//!   format, with the cell's text as quantity (quarantined).
//! - A themes cell with several parts keeps one copy of each code; a part that
//!   resolves to nothing is written as it stands.
//! - Totals rows: the label may be followed by anything once a `:` or a number
//!   follows it ("Tổng cộng: 137 tin, bài").
//! - Duplicate theme codes in a themes sheet, or themes nested more than 20 levels
//!   deep, refuse the file.
//! - A workbook is recognised by its bytes (zip: .xlsx or .ods; OLE: .xls, or an
//!   encrypted .xlsx); delimited text by its extension.
//! - `.ods` merged cells are not filled down (calamine does not report them).
//!
//! Limits (hostile files): a zip whose parts would unpack to more than
//! [`open::MAX_UNPACKED_BYTES`] or 100 × the file's size is refused before anything is
//! unpacked (the zip reader never unpacks past a part's declared size); at most
//! [`open::MAX_CELLS`] non-empty cells per file; at most [`open::MAX_MERGED_FILL`] merged
//! cells filled down; a sheet past 1,048,576 rows or 16,384 columns is refused;
//! the header row is looked for in the first 20 rows only. Nothing reachable from
//! input panics. `.xls` and `.ods` sheets are read whole by calamine (an `.xls` is
//! not compressed, so it is bounded by its size; an `.ods` by calamine's own caps).

pub mod columns;
pub mod convert;
pub mod fold;
pub mod grid;
pub mod json;
pub mod mapping;
pub mod open;
pub mod problems;
pub mod read;
pub mod unmatched;
pub mod values;

pub use columns::Section;
pub use mapping::{MappedColumn, MappedValue, SheetMapping};
pub use problems::{Lang, Place, Problem, ProblemKind, RefusalKind, Refused, Severity};
pub use read::{ColumnReading, PreviewRow, ReadAs, SheetReading};
pub use unmatched::{unmatched_values, Unmatched};

use convert::{Context, Index, Resolver};
use json::Val;
use open::Kind;
use read::Extract;

/// A file given to [`convert_all`].
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Where a converted record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// `outlets`, `contracts` or `coverage`.
    pub section: &'static str,
    /// Its index in that section of the converted file.
    pub index: usize,
    pub sheet: String,
    pub row: u32,
}

/// A spreadsheet converted to one `coverage-report/v1` file.
#[derive(Debug, Clone)]
pub struct Converted {
    pub file: String,
    /// The JSON text of the file.
    pub json: String,
    /// How each sheet was read, in the workbook's order.
    pub reading: Vec<SheetReading>,
    /// Problems found, each located.
    pub problems: Vec<Problem>,
    /// Where each record of `outlets`, `contracts` and `coverage` came from.
    pub origins: Vec<Origin>,
}

impl Converted {
    /// The sheet and row of a record of the converted file (for the quarantine list).
    pub fn origin(&self, section: &str, index: usize) -> Option<(&str, u32)> {
        self.origins
            .iter()
            .find(|o| o.section == section && o.index == index)
            .map(|o| (o.sheet.as_str(), o.row))
    }
}

/// What became of one file given to [`convert_all`].
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Not a spreadsheet by its extension: loaded as JSON, unchanged.
    Json,
    Converted(Converted),
    Refused(Refused),
}

/// True for the extensions of the spec (`.xlsx`, `.xlsm`, `.xls`, `.ods`, `.csv`,
/// `.tsv`, `.txt`, any case).
pub fn is_spreadsheet(name: &str) -> bool {
    open::kind_of(name).is_some()
}

/// Converts one spreadsheet alone (references resolve within it).
// A refusal (with the readings of its sheets) is made once per file: its size is of no account.
#[allow(clippy::result_large_err)]
pub fn read_spreadsheet(name: &str, bytes: &[u8]) -> Result<Converted, Refused> {
    if !is_spreadsheet(name) {
        return Err(Refused {
            file: name.to_owned(),
            kind: RefusalKind::NotASpreadsheet,
            reading: Vec::new(),
        });
    }
    match convert_all(&[Source { name, bytes }]).pop() {
        Some(Outcome::Converted(c)) => Ok(c),
        Some(Outcome::Refused(r)) => Err(r),
        _ => Err(Refused {
            file: name.to_owned(),
            kind: RefusalKind::NotASpreadsheet,
            reading: Vec::new(),
        }),
    }
}

/// Why a file was refused, and how its sheets were read when it had sheets to read.
type Refusal = (RefusalKind, Vec<SheetReading>);

/// Reads a spreadsheet's cells into records (no references resolved yet).
fn extract(name: &str, bytes: &[u8], mappings: &[SheetMapping]) -> Result<Extract, Refusal> {
    let wb = match open::kind_of(name) {
        None => return Err((RefusalKind::NotASpreadsheet, Vec::new())),
        Some(Kind::Text) => read_text(name, bytes).map_err(|k| (k, Vec::new()))?,
        Some(_) => open::open_workbook(name, bytes).map_err(|k| (k, Vec::new()))?,
    };
    let ex = read::read_workbook(name, &wb, mappings);
    let recognised = ex
        .reading
        .iter()
        .any(|r| matches!(r.read_as, ReadAs::Section(_) | ReadAs::KeyValue(_)));
    if !recognised {
        let sheets = ex
            .reading
            .iter()
            .map(|r| {
                let why = match &r.read_as {
                    ReadAs::Hidden => "ẩn / hidden".to_owned(),
                    ReadAs::LacksColumns(s) => {
                        let missing: Vec<String> = ex
                            .problems
                            .iter()
                            .filter(|p| p.place.sheet.as_deref() == Some(r.sheet.as_str()))
                            .filter_map(|p| match &p.kind {
                                ProblemKind::SheetLacksColumns { missing, .. } => {
                                    Some(missing.join(", "))
                                }
                                _ => None,
                            })
                            .collect();
                        format!("{}: thiếu / lacks {}", s.key(), missing.join(", "))
                    }
                    _ => "không có dòng tiêu đề / no header row".to_owned(),
                };
                (r.sheet.clone(), why)
            })
            .collect();
        return Err((RefusalKind::NothingRecognised { sheets }, ex.reading));
    }
    Ok(ex)
}

fn read_text(name: &str, bytes: &[u8]) -> Result<grid::Workbook, RefusalKind> {
    let text = open::decode_text(bytes)?;
    let sheet_name = open::stem(name);
    // The delimiter giving the header row the most recognised columns; ties in
    // the order `,` `;` TAB.
    let mut best: (usize, u8) = (0, b',');
    for d in [b',', b';', b'\t'] {
        let Ok(head) = open::parse_text(&text, d, sheet_name, Some(read::HEADER_ROWS as usize))
        else {
            continue;
        };
        let score = read::header_score(&head);
        if score > best.0 {
            best = (score, d);
        }
    }
    open::check_text(&text, best.1)?;
    let sheet = open::parse_text(&text, best.1, sheet_name, None)?;
    Ok(grid::Workbook {
        sheets: vec![sheet],
        is_1904: false,
        is_text: true,
    })
}

enum Stage {
    Json(Context),
    Sheet(Box<Extract>, convert::OwnPlan),
    Refused(RefusalKind, Vec<SheetReading>),
}

/// Converts the spreadsheets among `sources` (given in load order), resolving their
/// references against all of them, JSON files included.
pub fn convert_all(sources: &[Source<'_>]) -> Vec<Outcome> {
    convert_all_mapped(sources, &[])
}

/// [`convert_all`], each sheet whose headers a mapping has read as that mapping says.
pub fn convert_all_mapped(sources: &[Source<'_>], mappings: &[SheetMapping]) -> Vec<Outcome> {
    let mut stages: Vec<Stage> = sources
        .iter()
        .map(|s| {
            if !is_spreadsheet(s.name) {
                return Stage::Json(Context::of_json(s.bytes));
            }
            match extract(s.name, s.bytes, mappings).and_then(|ex| {
                let plan = convert::own_plan(&ex).map_err(|k| (k, Vec::new()))?;
                Ok((ex, plan))
            }) {
                Ok((ex, plan)) => Stage::Sheet(Box::new(ex), plan),
                Err((kind, reading)) => Stage::Refused(kind, reading),
            }
        })
        .collect();
    // Plans that can lend their parts, in load order.
    let candidates: Vec<(usize, Val)> = stages
        .iter()
        .enumerate()
        .filter_map(|(i, st)| match st {
            Stage::Json(c) => c.plan.clone().map(|p| (i, p)),
            Stage::Sheet(_, own) => own.as_candidate().map(|p| (i, p)),
            Stage::Refused(..) => None,
        })
        .collect();
    // Each workbook's plan, completed from the first other plan.
    let mut plans: Vec<Option<Val>> = Vec::with_capacity(stages.len());
    for (i, st) in stages.iter_mut().enumerate() {
        let plan = match st {
            Stage::Sheet(_, own) if own.any => {
                let other = candidates.iter().find(|(j, _)| *j != i).map(|(_, p)| p);
                let plan = own.assemble(other);
                if plan.get("year").is_none() {
                    *st = Stage::Refused(RefusalKind::NoPlanYear, Vec::new());
                    None
                } else if plan.get("themes").is_none() {
                    *st = Stage::Refused(RefusalKind::NoThemes, Vec::new());
                    None
                } else {
                    Some(plan)
                }
            }
            Stage::Json(c) => c.plan.clone(),
            _ => None,
        };
        plans.push(plan);
    }
    let first_plan = plans.iter().flatten().next().cloned();
    // Outlets and contracts of every file, in load order.
    let mut outlets = Vec::new();
    let mut contracts = Vec::new();
    for st in &stages {
        let ctx = match st {
            Stage::Json(c) => c.clone(),
            Stage::Sheet(ex, _) => convert::extract_context(ex),
            Stage::Refused(..) => continue,
        };
        outlets.extend(ctx.outlets);
        contracts.extend(ctx.contracts);
    }
    let outlets = Index::new(&outlets);
    let contracts: Vec<(String, Option<String>)> =
        contracts.into_iter().map(|c| (c, None)).collect();
    let contracts = Index::new(&contracts);
    stages
        .into_iter()
        .zip(plans)
        .zip(sources)
        .map(|((st, plan), src)| match st {
            Stage::Json(_) => Outcome::Json,
            Stage::Refused(kind, reading) => Outcome::Refused(Refused {
                file: src.name.to_owned(),
                kind,
                reading,
            }),
            Stage::Sheet(ex, _) => {
                let themes_of = plan.as_ref().or(first_plan.as_ref());
                let resolver = Resolver {
                    outlets: &outlets,
                    contracts: &contracts,
                    themes: Index::new(&convert::flatten_themes(
                        themes_of.and_then(|p| p.get("themes")),
                    )),
                    events: Index::new(&convert::plan_events(themes_of)),
                };
                Outcome::Converted(finish(*ex, plan, &resolver))
            }
        })
        .collect()
}

fn finish(mut ex: Extract, plan: Option<Val>, resolver: &Resolver<'_>) -> Converted {
    let mut problems = std::mem::take(&mut ex.problems);
    let mut out = Val::obj();
    out.push("format", Val::Str("coverage-report/v1".into()));
    if let Some(org) = convert::organization(&ex, &mut problems) {
        out.push("organization", org);
    }
    if let Some(mut plan) = plan {
        resolver.resolve(&mut plan, &mut problems);
        out.push("plan", plan);
    }
    let mut origins = Vec::new();
    let sections: [(&'static str, bool, Vec<read::Record>); 3] = [
        ("outlets", ex.has_outlets, std::mem::take(&mut ex.outlets)),
        (
            "contracts",
            ex.has_contracts,
            std::mem::take(&mut ex.contracts),
        ),
        (
            "coverage",
            ex.has_coverage,
            std::mem::take(&mut ex.coverage),
        ),
    ];
    for (key, present, records) in sections {
        if !present {
            continue;
        }
        let mut items = Vec::with_capacity(records.len());
        for (index, mut r) in records.into_iter().enumerate() {
            resolver.resolve(&mut r.val, &mut problems);
            origins.push(Origin {
                section: key,
                index,
                sheet: r.sheet,
                row: r.row,
            });
            items.push(r.val);
        }
        out.push(key, Val::Arr(items));
    }
    let mut json = String::new();
    out.write(&mut json);
    Converted {
        file: ex.file,
        json,
        reading: ex.reading,
        problems,
        origins,
    }
}
