//! Reading the sheets of one file: which section each sheet is (its header row
//! among the first 20, or a key–value plan sheet), which column is which field,
//! and the records of its rows (totals rows, blank rows, merged cells, wide and
//! long contracts), with references left to resolve against the whole dataset.

use crate::columns::{
    is_running_number, match_header, match_plan_label, Field, Section, FORMATS, KINDS, LEVELS,
    TONES,
};
use crate::fold::fold_keep_punctuation;
use crate::grid::{column_letter, Cell, Row, Sheet, Workbook};
use crate::json::{Ref, RefKind, Val};
use crate::mapping::SheetMapping;
use crate::problems::{Place, Problem, ProblemKind, Severity};
use crate::values::{self, Bad};
use std::collections::HashMap;

/// Rows looked at for a header row.
pub const HEADER_ROWS: u32 = 20;

/// Rows of a sheet kept in its [`SheetReading::top`] (for choosing how to read it).
pub const PREVIEW_ROWS: u32 = 25;
/// Columns of a preview row kept, and characters of a cell.
const PREVIEW_COLUMNS: usize = 40;
const PREVIEW_CHARS: usize = 80;

/// A row of a sheet as shown: its number and its non-empty cells (column, text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    pub row: u32,
    pub cells: Vec<(u32, String)>,
}

/// How one column of a sheet was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnReading {
    pub letter: String,
    pub header: String,
    /// The field it became (`date`, `value_vnd`, `format:video` for a wide
    /// contracts column), or `None`.
    pub field: Option<String>,
    /// Why it was not used, when it was not: "STT", "not recognised",
    /// "duplicate of C", "wide column in a long sheet".
    pub ignored: Option<String>,
}

/// What a sheet was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadAs {
    /// A section (`coverage`, `contracts`, `outlets`, `themes`, `events`).
    Section(Section),
    /// The plan's key–value rows: the labels found.
    KeyValue(Vec<String>),
    Hidden,
    /// Not read: no header row, not a key–value sheet.
    NotRecognised,
    /// Not read: a header row lacking required columns.
    LacksColumns(Section),
}

/// How one sheet was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetReading {
    pub sheet: String,
    pub read_as: ReadAs,
    /// A contracts sheet read one row per deliverable.
    pub long: bool,
    pub header_row: Option<u32>,
    pub columns: Vec<ColumnReading>,
    /// Records (rows, or contracts of a long sheet) read.
    pub records: usize,
    /// Rows whose mapped cells are all empty.
    pub blank_rows: usize,
    /// Totals rows skipped.
    pub totals_rows: Vec<u32>,
    /// Read as the user chose (a [`SheetMapping`] of its headers), not by the spec's names.
    pub mapped: bool,
    /// Its first [`PREVIEW_ROWS`] rows as shown, for choosing how to read it.
    pub top: Vec<PreviewRow>,
}

/// A record and the row it came from.
#[derive(Debug, Clone)]
pub struct Record {
    pub sheet: String,
    pub row: u32,
    pub val: Val,
}

/// A row of a themes sheet.
#[derive(Debug, Clone)]
pub struct ThemeRow {
    pub sheet: String,
    pub row: u32,
    pub code: Option<String>,
    pub name: Option<Val>,
    pub target: Option<Val>,
    pub keywords: Option<Val>,
    pub parent: Option<String>,
    pub has_parent_column: bool,
}

/// Everything read from one file.
#[derive(Debug, Default)]
pub struct Extract {
    pub file: String,
    pub outlets: Vec<Record>,
    pub contracts: Vec<Record>,
    pub coverage: Vec<Record>,
    pub has_outlets: bool,
    pub has_contracts: bool,
    pub has_coverage: bool,
    pub has_themes: bool,
    pub themes: Vec<ThemeRow>,
    pub has_events: bool,
    pub events: Vec<Record>,
    /// Key–value labels: key → converted value (first occurrence).
    pub kv: Vec<(&'static str, Val)>,
    pub reading: Vec<SheetReading>,
    pub problems: Vec<Problem>,
}

/// A header row found, or the best near miss.
struct HeaderMatch {
    row: u32,
    section: Section,
    /// (column, field), leftmost first.
    fields: Vec<(u32, Field)>,
    /// Every non-empty header cell: (column, text).
    headers: Vec<(u32, String)>,
    distinct: usize,
    complete: bool,
}

fn header_texts(row: &Row, is_1904: bool) -> Vec<(u32, String)> {
    row.cells
        .iter()
        .filter_map(|(c, cell)| values::text(cell, is_1904).ok().flatten().map(|t| (*c, t)))
        .collect()
}

fn match_row(row: &Row, section: Section, is_1904: bool) -> HeaderMatch {
    let headers = header_texts(row, is_1904);
    let mut fields: Vec<(u32, Field)> = Vec::new();
    for (col, text) in &headers {
        if let Some(field) = match_header(section, text) {
            fields.push((*col, field));
        }
    }
    let mut seen: Vec<Field> = Vec::new();
    for (_, f) in &fields {
        if !seen.contains(f) {
            seen.push(*f);
        }
    }
    let complete = section
        .fields()
        .iter()
        .filter(|d| d.required)
        .all(|d| seen.contains(&Field::Named(d.key)));
    HeaderMatch {
        row: row.number,
        section,
        distinct: seen.len(),
        fields,
        headers,
        complete,
    }
}

/// The header row of a sheet (first of its first 20 rows where a section's
/// required columns are all found; most distinct fields, then the spec's order),
/// or else the best partial match.
fn find_header(sheet: &Sheet, is_1904: bool) -> (Option<HeaderMatch>, Option<HeaderMatch>) {
    let mut best_partial: Option<HeaderMatch> = None;
    for row in sheet.rows.iter().take_while(|r| r.number <= HEADER_ROWS) {
        let mut found: Option<HeaderMatch> = None;
        for section in Section::ALL {
            let m = match_row(row, section, is_1904);
            if m.complete {
                if found.as_ref().is_none_or(|f| m.distinct > f.distinct) {
                    found = Some(m);
                }
            } else if m.distinct >= 2
                && best_partial
                    .as_ref()
                    .is_none_or(|b| m.distinct > b.distinct)
            {
                best_partial = Some(m);
            }
        }
        if found.is_some() {
            return (found, None);
        }
    }
    (None, best_partial)
}

/// The number of recognised columns of the sheet's header row (or best row):
/// what chooses a delimited file's delimiter.
pub fn header_score(sheet: &Sheet) -> usize {
    match find_header(sheet, false) {
        (Some(m), _) | (None, Some(m)) => m.fields.len(),
        _ => 0,
    }
}

/// Key–value labels in column A or B: key → (value cell, place of the value).
fn key_values(sheet: &Sheet) -> Vec<(&'static str, Cell, u32, u32, String)> {
    let mut found: Vec<(&'static str, Cell, u32, u32, String)> = Vec::new();
    for row in &sheet.rows {
        for col in 0..2u32 {
            let Some(Cell::Text(label)) = sheet.filled(row, col) else {
                continue;
            };
            if let Some(key) = match_plan_label(label) {
                if found.iter().all(|(k, ..)| *k != key) {
                    let value = sheet.filled(row, col + 1).cloned().unwrap_or(Cell::Empty);
                    found.push((key, value, row.number, col + 1, label.trim().to_owned()));
                }
                break;
            }
        }
    }
    found
}

/// Reads every sheet of `wb`, each as a mapping of its headers says if there is one.
pub fn read_workbook(file: &str, wb: &Workbook, mappings: &[SheetMapping]) -> Extract {
    let mut ex = Extract {
        file: file.to_owned(),
        ..Extract::default()
    };
    for sheet in &wb.sheets {
        read_sheet(&mut ex, sheet, wb.is_1904, mappings);
    }
    ex
}

/// The first rows of `sheet` as shown.
fn preview(sheet: &Sheet, is_1904: bool) -> Vec<PreviewRow> {
    sheet
        .rows
        .iter()
        .take_while(|r| r.number <= PREVIEW_ROWS)
        .map(|r| PreviewRow {
            row: r.number,
            cells: r
                .cells
                .iter()
                .filter(|(_, c)| !c.is_blank())
                .take(PREVIEW_COLUMNS)
                .map(|(c, cell)| {
                    let text = values::shown(cell, is_1904);
                    (*c, text.chars().take(PREVIEW_CHARS).collect())
                })
                .collect(),
        })
        .filter(|r| !r.cells.is_empty())
        .collect()
}

/// The header row of `sheet` a mapping applies to (the first among its first 20 rows whose
/// headers are exactly the mapping's set), read as the mapping says.
fn mapped_header<'m>(
    sheet: &Sheet,
    is_1904: bool,
    mappings: &'m [SheetMapping],
) -> Option<(HeaderMatch, &'m SheetMapping)> {
    if mappings.is_empty() {
        return None;
    }
    for row in sheet.rows.iter().take_while(|r| r.number <= HEADER_ROWS) {
        let headers = header_texts(row, is_1904);
        let sig = crate::mapping::signature(headers.iter().map(|(_, t)| t.as_str()));
        let Some(m) = mappings.iter().find(|m| m.signature() == sig) else {
            continue;
        };
        let section = m.section()?;
        let fields: Vec<(u32, Field)> = headers
            .iter()
            .filter_map(|(c, t)| m.field_of(t).map(|f| (*c, f)))
            .collect();
        let mut distinct: Vec<Field> = fields.iter().map(|(_, f)| *f).collect();
        distinct.dedup();
        return Some((
            HeaderMatch {
                row: row.number,
                section,
                distinct: distinct.len(),
                fields,
                headers,
                complete: true,
            },
            m,
        ));
    }
    None
}

fn sheet_place(file: &str, sheet: &Sheet) -> Place {
    Place {
        file: file.to_owned(),
        sheet: Some(sheet.name.clone()),
        ..Place::default()
    }
}

fn reading(sheet: &Sheet, read_as: ReadAs) -> SheetReading {
    SheetReading {
        sheet: sheet.name.clone(),
        read_as,
        long: false,
        header_row: None,
        columns: Vec::new(),
        records: 0,
        blank_rows: 0,
        totals_rows: Vec::new(),
        mapped: false,
        top: Vec::new(),
    }
}

fn read_sheet(ex: &mut Extract, sheet: &Sheet, is_1904: bool, mappings: &[SheetMapping]) {
    let before = ex.reading.len();
    read_sheet_as(ex, sheet, is_1904, mappings);
    if let Some(r) = ex.reading.get_mut(before) {
        r.top = preview(sheet, is_1904);
    }
}

fn read_sheet_as(ex: &mut Extract, sheet: &Sheet, is_1904: bool, mappings: &[SheetMapping]) {
    let note = |kind| Problem {
        severity: Severity::Note,
        place: sheet_place(&ex.file, sheet),
        kind,
    };
    if sheet.hidden {
        ex.problems.push(note(ProblemKind::HiddenSheet));
        ex.reading.push(reading(sheet, ReadAs::Hidden));
        return;
    }
    if let Some((h, m)) = mapped_header(sheet, is_1904, mappings) {
        read_section(ex, sheet, is_1904, h, Some(m));
        return;
    }
    let (header, partial) = find_header(sheet, is_1904);
    if let Some(h) = header {
        read_section(ex, sheet, is_1904, h, None);
        return;
    }
    let kv = key_values(sheet);
    if kv.len() >= 2 {
        let labels = kv.iter().map(|(_, _, _, _, l)| l.clone()).collect();
        for (key, cell, row, col, label) in kv {
            if ex.kv.iter().any(|(k, _)| *k == key) {
                continue;
            }
            let place = Place {
                file: ex.file.clone(),
                sheet: Some(sheet.name.clone()),
                row: Some(row),
                column: Some((column_letter(col), label)),
            };
            let mut sink = Vec::new();
            let v = kv_value(key, &cell, is_1904, place, &mut sink);
            ex.problems.extend(sink);
            if let Some(v) = v {
                ex.kv.push((key, v));
            }
        }
        ex.reading.push(reading(sheet, ReadAs::KeyValue(labels)));
        return;
    }
    if let Some(p) = partial {
        let have: Vec<Field> = p.fields.iter().map(|(_, f)| *f).collect();
        let missing = p
            .section
            .fields()
            .iter()
            .filter(|d| d.required && !have.contains(&Field::Named(d.key)))
            .map(|d| d.names.first().copied().unwrap_or(d.key).to_owned())
            .collect();
        let headers = p.headers.iter().map(|(_, t)| t.clone()).collect();
        let mut place = sheet_place(&ex.file, sheet);
        place.row = Some(p.row);
        ex.problems.push(Problem {
            severity: Severity::Warning,
            place,
            kind: ProblemKind::SheetLacksColumns {
                section: p.section,
                missing,
                headers,
            },
        });
        ex.reading
            .push(reading(sheet, ReadAs::LacksColumns(p.section)));
        return;
    }
    ex.problems.push(note(ProblemKind::SheetNotRecognised));
    ex.reading.push(reading(sheet, ReadAs::NotRecognised));
}

fn kv_value(
    key: &str,
    cell: &Cell,
    is_1904: bool,
    place: Place,
    problems: &mut Vec<Problem>,
) -> Option<Val> {
    let bad = |b: Bad, problems: &mut Vec<Problem>| {
        let v = bad_val(&b);
        problems.push(Problem {
            severity: Severity::Error,
            place: place.clone(),
            kind: ProblemKind::BadValue {
                field: key.to_owned(),
                bad: b,
            },
        });
        Some(v)
    };
    match key {
        "year" => match values::integer(cell, is_1904) {
            Ok(v) => v.map(Val::Int),
            Err(b) => bad(b, problems),
        },
        "start" | "end" => match values::date(cell, is_1904) {
            Ok(v) => v.map(Val::Str),
            Err(b) => bad(b, problems),
        },
        _ => match values::text(cell, is_1904) {
            Ok(v) => v.map(Val::Str),
            Err(b) => bad(b, problems),
        },
    }
}

/// A bad value as written in the JSON: the cell's text, which the load refuses for
/// that field; an error value of a text field as an object, which no field accepts.
pub fn bad_val(b: &Bad) -> Val {
    match b {
        Bad::Formula { text } => Val::Obj(vec![("error".into(), Val::Str(text.clone()))]),
        _ => Val::Str(b.text().to_owned()),
    }
}

/// The cells of one data row, with what converting them says.
struct RowCtx<'a> {
    file: &'a str,
    sheet: &'a Sheet,
    row: &'a Row,
    cols: &'a HashMap<&'static str, (u32, String)>,
    is_1904: bool,
    problems: &'a mut Vec<Problem>,
    /// The user's reading of the sheet, whose mapped values replace what matches nothing.
    mapping: Option<&'a SheetMapping>,
}

impl RowCtx<'_> {
    fn place(&self, col: u32, header: &str) -> Place {
        Place {
            file: self.file.to_owned(),
            sheet: Some(self.sheet.name.clone()),
            row: Some(self.row.number),
            column: Some((column_letter(col), header.to_owned())),
        }
    }

    fn cell(&self, key: &str) -> Option<(&Cell, Place)> {
        let (col, header) = self.cols.get(key)?;
        let cell = self.sheet.filled(self.row, *col)?;
        (!cell.is_blank()).then(|| (cell, self.place(*col, header)))
    }

    fn bad(&mut self, field: &str, place: Place, b: Bad) -> Option<Val> {
        let v = bad_val(&b);
        self.problems.push(Problem {
            severity: Severity::Error,
            place,
            kind: ProblemKind::BadValue {
                field: field.to_owned(),
                bad: b,
            },
        });
        Some(v)
    }

    fn text(&mut self, key: &str) -> Option<Val> {
        let (cell, place) = self.cell(key)?;
        match values::text(cell, self.is_1904) {
            Ok(v) => v.map(Val::Str),
            Err(b) => self.bad(key, place, b),
        }
    }

    fn date(&mut self, key: &str) -> Option<Val> {
        let (cell, place) = self.cell(key)?;
        match values::date(cell, self.is_1904) {
            Ok(v) => v.map(Val::Str),
            Err(b) => self.bad(key, place, b),
        }
    }

    fn int(&mut self, key: &str) -> Option<Val> {
        let (cell, place) = self.cell(key)?;
        match values::integer(cell, self.is_1904) {
            Ok(v) => v.map(Val::Int),
            Err(b) => self.bad(key, place, b),
        }
    }

    fn label(&mut self, key: &str, table: crate::columns::Labels) -> Option<Val> {
        let (cell, place) = self.cell(key)?;
        match values::label(cell, self.is_1904, table) {
            Ok(v) => v.map(|s| Val::Str(s.to_owned())),
            Err(Bad::UnknownLabel { text }) => {
                let mapped = self
                    .mapping
                    .and_then(|m| m.value(key, &text))
                    .and_then(|to| values::label_of(to, table));
                match mapped {
                    Some(v) => Some(Val::Str(v.to_owned())),
                    None => self.bad(key, place, Bad::UnknownLabel { text }),
                }
            }
            Err(b) => self.bad(key, place, b),
        }
    }

    /// `text` of the column `key` with the user's mapped values in place: the whole cell,
    /// or for `themes` each part of it.
    fn mapped(&self, key: &str, text: String) -> String {
        let Some(m) = self
            .mapping
            .filter(|m| m.values.iter().any(|v| v.field == key))
        else {
            return text;
        };
        if key == "themes" || key == "deliverable_themes" {
            let parts: Vec<&str> = text
                .split([';', '\n', '\r'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if parts.iter().any(|p| m.value(key, p).is_some()) {
                return parts
                    .iter()
                    .map(|p| m.value(key, p).unwrap_or(p))
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            return text;
        }
        m.value(key, &text).map_or(text, str::to_owned)
    }

    fn reference(&mut self, key: &str, field: &'static str, kind: RefKind) -> Option<Val> {
        let (cell, place) = self.cell(key)?;
        match values::text(cell, self.is_1904) {
            Ok(v) => v.map(|text| {
                Val::Ref(Box::new(Ref {
                    kind,
                    text: self.mapped(key, text),
                    field,
                    place,
                }))
            }),
            Err(b) => self.bad(key, place, b),
        }
    }

    /// A required field: pushes a problem when it is empty.
    fn required(&mut self, key: &str, header_of: &str, v: Option<Val>, rec: &mut Val) {
        match v {
            Some(v) => rec.push(key, v),
            None => {
                let place = match self.cols.get(header_of) {
                    Some((col, header)) => self.place(*col, header),
                    None => Place {
                        file: self.file.to_owned(),
                        sheet: Some(self.sheet.name.clone()),
                        row: Some(self.row.number),
                        column: None,
                    },
                };
                self.problems.push(Problem {
                    severity: Severity::Error,
                    place,
                    kind: ProblemKind::Missing {
                        field: key.to_owned(),
                    },
                });
            }
        }
    }

    fn default_id(&self) -> String {
        format!("{}:{}!{}", self.file, self.sheet.name, self.row.number)
    }
}

fn opt(rec: &mut Val, key: &str, v: Option<Val>) {
    if let Some(v) = v {
        rec.push(key, v);
    }
}

/// True for a totals row: its first non-empty cell is "Tổng", "Cộng", "Tổng cộng"
/// or "Tổng số", alone or followed by a number or `:`, and no date column holds a
/// valid date.
fn is_totals(sheet: &Sheet, row: &Row, date_cols: &[u32], is_1904: bool) -> Option<String> {
    let first = row.cells.iter().find(|(_, c)| !c.is_blank())?;
    // Only a text can say "Tổng": most rows start with a number, a date, or text that
    // begins with another letter, and are not folded at all.
    let Cell::Text(text) = &first.1 else {
        return None;
    };
    let lead = text.trim_start().chars().next()?;
    if lead.is_ascii() && !matches!(lead, 't' | 'T' | 'c' | 'C') {
        return None;
    }
    let text = text.clone();
    let folded = fold_keep_punctuation(text.trim());
    let matched = ["tong cong", "tong so", "tong", "cong"].iter().any(|w| {
        folded.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty()
                || rest.starts_with(':')
                || rest.starts_with(|c: char| c.is_ascii_digit())
        })
    });
    if !matched {
        return None;
    }
    let has_date = date_cols.iter().any(|c| {
        sheet
            .filled(row, *c)
            .is_some_and(|cell| !cell.is_blank() && values::date(cell, is_1904).is_ok())
    });
    (!has_date).then_some(text)
}

fn read_section(
    ex: &mut Extract,
    sheet: &Sheet,
    is_1904: bool,
    h: HeaderMatch,
    mapping: Option<&SheetMapping>,
) {
    let section = h.section;
    // Columns: the leftmost of each field; the others named in a warning.
    let mut cols: HashMap<&'static str, (u32, String)> = HashMap::new();
    let mut wide: Vec<(u32, &'static str, String)> = Vec::new();
    let mut columns: Vec<ColumnReading> = Vec::new();
    let long = section == Section::Contracts
        && h.fields.iter().any(|(_, f)| *f == Field::Named("format"))
        && h.fields.iter().any(|(_, f)| *f == Field::Named("quantity"));
    let mut seen: HashMap<Field, u32> = HashMap::new();
    for (col, text) in &h.headers {
        let letter = column_letter(*col);
        let field = h.fields.iter().find(|(c, _)| c == col).map(|(_, f)| *f);
        let mut cr = ColumnReading {
            letter: letter.clone(),
            header: text.clone(),
            field: None,
            ignored: None,
        };
        match field {
            None if mapping.is_some() => cr.ignored = Some("skipped".into()),
            None if is_running_number(text) => cr.ignored = Some("STT".into()),
            None => cr.ignored = Some("not recognised".into()),
            Some(f) => {
                if let Some(first) = seen.get(&f) {
                    let used = column_letter(*first);
                    cr.ignored = Some(format!("duplicate of {used}"));
                    ex.problems.push(Problem {
                        severity: Severity::Warning,
                        place: Place {
                            file: ex.file.clone(),
                            sheet: Some(sheet.name.clone()),
                            row: Some(h.row),
                            column: Some((letter, text.clone())),
                        },
                        kind: ProblemKind::DuplicateColumn {
                            field: f.key().to_owned(),
                            used,
                        },
                    });
                } else {
                    seen.insert(f, *col);
                    match f {
                        Field::Named(k) => {
                            cols.insert(k, (*col, text.clone()));
                            cr.field = Some(k.to_owned());
                        }
                        Field::Wide(_) if long => {
                            cr.ignored = Some("wide column in a long sheet".into());
                        }
                        Field::Wide(format) => {
                            wide.push((*col, format, text.clone()));
                            cr.field = Some(format!("format:{format}"));
                        }
                    }
                }
            }
        }
        columns.push(cr);
    }
    let mapped: Vec<u32> = cols
        .values()
        .map(|(c, _)| *c)
        .chain(wide.iter().map(|(c, _, _)| *c))
        .collect();
    let date_keys: &[&str] = match section {
        Section::Coverage => &["date"],
        Section::Contracts => &["signed", "start", "end"],
        Section::Events => &["date"],
        _ => &[],
    };
    let date_cols: Vec<u32> = date_keys
        .iter()
        .filter_map(|k| cols.get(k).map(|(c, _)| *c))
        .collect();
    let mut rd = reading(sheet, ReadAs::Section(section));
    rd.mapped = mapping.is_some();
    rd.long = long;
    rd.header_row = Some(h.row);
    let mut defaulted_format = 0usize;
    let mut long_groups: Vec<LongGroup> = Vec::new();
    let file = ex.file.clone();
    for row in sheet.rows.iter().filter(|r| r.number > h.row) {
        let blank = mapped
            .iter()
            .all(|c| row.get(*c).is_none_or(|cell| cell.is_blank()));
        if blank {
            rd.blank_rows += 1;
            continue;
        }
        if let Some(text) = is_totals(sheet, row, &date_cols, is_1904) {
            rd.totals_rows.push(row.number);
            let mut place = sheet_place(&file, sheet);
            place.row = Some(row.number);
            ex.problems.push(Problem {
                severity: Severity::Note,
                place,
                kind: ProblemKind::TotalsRow { text },
            });
            continue;
        }
        let mut ctx = RowCtx {
            file: &file,
            sheet,
            row,
            cols: &cols,
            is_1904,
            problems: &mut ex.problems,
            mapping,
        };
        match section {
            Section::Coverage => {
                let (rec, defaulted) = coverage_record(&mut ctx);
                defaulted_format += usize::from(defaulted);
                ex.coverage.push(Record {
                    sheet: sheet.name.clone(),
                    row: row.number,
                    val: rec,
                });
                rd.records += 1;
            }
            Section::Contracts if long => long_row(&mut ctx, &mut long_groups),
            Section::Contracts => {
                let rec = wide_contract(&mut ctx, &wide);
                ex.contracts.push(Record {
                    sheet: sheet.name.clone(),
                    row: row.number,
                    val: rec,
                });
                rd.records += 1;
            }
            Section::Outlets => {
                let rec = outlet_record(&mut ctx);
                ex.outlets.push(Record {
                    sheet: sheet.name.clone(),
                    row: row.number,
                    val: rec,
                });
                rd.records += 1;
            }
            Section::Themes => {
                let t = theme_row(&mut ctx);
                ex.themes.push(t);
                rd.records += 1;
            }
            Section::Events => {
                let rec = event_record(&mut ctx);
                ex.events.push(Record {
                    sheet: sheet.name.clone(),
                    row: row.number,
                    val: rec,
                });
                rd.records += 1;
            }
        }
    }
    if long {
        rd.records = long_groups.len();
        for g in long_groups {
            let val = g.finish(&file, sheet, &mut ex.problems);
            ex.contracts.push(Record {
                sheet: sheet.name.clone(),
                row: g.first_row,
                val,
            });
        }
    }
    match section {
        Section::Coverage => ex.has_coverage = true,
        Section::Contracts => ex.has_contracts = true,
        Section::Outlets => ex.has_outlets = true,
        Section::Themes => ex.has_themes = true,
        Section::Events => ex.has_events = true,
    }
    if defaulted_format > 0 {
        ex.problems.push(Problem {
            severity: Severity::Warning,
            place: sheet_place(&file, sheet),
            kind: ProblemKind::FormatDefaulted {
                rows: defaulted_format,
            },
        });
    }
    rd.columns = columns;
    ex.reading.push(rd);
}

fn coverage_record(ctx: &mut RowCtx<'_>) -> (Val, bool) {
    let mut rec = Val::obj();
    let id = ctx.text("id").unwrap_or_else(|| Val::Str(ctx.default_id()));
    rec.push("id", id);
    let date = ctx.date("date");
    ctx.required("date", "date", date, &mut rec);
    let outlet = ctx.reference("outlet", "outlet", RefKind::Outlet);
    ctx.required("outlet", "outlet", outlet, &mut rec);
    let title = ctx.text("title");
    ctx.required("title", "title", title, &mut rec);
    let url = ctx.text("url");
    opt(&mut rec, "url", url);
    let format = ctx.label("format", FORMATS);
    let defaulted = format.is_none();
    rec.push(
        "format",
        format.unwrap_or_else(|| Val::Str("online_article".into())),
    );
    let themes = ctx.reference("themes", "themes", RefKind::Themes);
    opt(&mut rec, "themes", themes);
    let contract = ctx.reference("contract", "contract", RefKind::Contract);
    opt(&mut rec, "contract", contract);
    let event = ctx.reference("event", "event", RefKind::Event);
    opt(&mut rec, "event", event);
    let tone = ctx.label("tone", TONES);
    opt(&mut rec, "tone", tone);
    let reach = ctx.int("reach");
    opt(&mut rec, "reach", reach);
    let summary = ctx.text("summary");
    opt(&mut rec, "summary", summary);
    (rec, defaulted)
}

fn outlet_record(ctx: &mut RowCtx<'_>) -> Val {
    let mut rec = Val::obj();
    let name = ctx.text("name");
    let id = ctx.text("id").or_else(|| name.clone());
    ctx.required("id", "id", id, &mut rec);
    ctx.required("name", "name", name, &mut rec);
    let level = ctx.label("level", LEVELS);
    ctx.required("level", "level", level, &mut rec);
    let kind = ctx.label("kind", KINDS);
    opt(&mut rec, "kind", kind);
    rec
}

fn event_record(ctx: &mut RowCtx<'_>) -> Val {
    let mut rec = Val::obj();
    let id = ctx.text("id").unwrap_or_else(|| Val::Str(ctx.default_id()));
    rec.push("id", id);
    let name = ctx.text("name");
    ctx.required("name", "name", name, &mut rec);
    let date = ctx.date("date");
    ctx.required("date", "date", date, &mut rec);
    let theme = ctx.reference("theme", "theme", RefKind::Theme);
    opt(&mut rec, "theme", theme);
    rec
}

fn theme_row(ctx: &mut RowCtx<'_>) -> ThemeRow {
    let code = match ctx.cell("code") {
        Some((Cell::Number(v), place)) => {
            let text = values::general(*v);
            ctx.problems.push(Problem {
                severity: Severity::Warning,
                place,
                kind: ProblemKind::CodeAsNumber { text: text.clone() },
            });
            Some(text)
        }
        _ => ctx.text("code").and_then(|v| v.as_str().map(str::to_owned)),
    };
    if code.is_none() {
        let mut sink = Val::obj();
        ctx.required("code", "code", None, &mut sink);
    }
    let name = ctx.text("name");
    if name.is_none() {
        let mut sink = Val::obj();
        ctx.required("name", "name", None, &mut sink);
    }
    let keywords = ctx.text("keywords").map(|v| match v {
        Val::Str(s) => Val::Arr(
            s.split([';', '\n', '\r'])
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(|k| Val::Str(k.to_owned()))
                .collect(),
        ),
        other => other,
    });
    let keywords = keywords.filter(|k| !matches!(k, Val::Arr(a) if a.is_empty()));
    let parent = match ctx.cell("parent") {
        Some((Cell::Number(v), _)) => Some(values::general(*v)),
        _ => ctx
            .text("parent")
            .and_then(|v| v.as_str().map(str::to_owned)),
    };
    ThemeRow {
        sheet: ctx.sheet.name.clone(),
        row: ctx.row.number,
        code,
        name,
        target: ctx.int("target"),
        keywords,
        parent,
        has_parent_column: ctx.cols.contains_key("parent"),
    }
}

const CONTRACT_FIELDS: [&str; 7] = [
    "id",
    "outlet",
    "title",
    "signed",
    "start",
    "end",
    "value_vnd",
];

/// The contract fields of a row, each converted (None for empty).
fn contract_fields(ctx: &mut RowCtx<'_>) -> Vec<(&'static str, Option<Val>)> {
    let id = ctx.text("id");
    let outlet = ctx.reference("outlet", "outlet", RefKind::Outlet);
    let title = ctx.text("title");
    let signed = ctx.date("signed");
    let start = ctx.date("start");
    let end = ctx.date("end");
    let value = ctx.int("value_vnd");
    CONTRACT_FIELDS
        .into_iter()
        .zip([id, outlet, title, signed, start, end, value])
        .collect()
}

fn push_contract_fields(
    ctx: &mut RowCtx<'_>,
    rec: &mut Val,
    fields: Vec<(&'static str, Option<Val>)>,
) {
    for (key, v) in fields {
        match key {
            "title" | "signed" => opt(rec, key, v),
            _ => ctx.required(key, key, v, rec),
        }
    }
}

fn deliverable_themes(ctx: &mut RowCtx<'_>) -> Option<Val> {
    ctx.reference("deliverable_themes", "themes", RefKind::Themes)
}

fn wide_contract(ctx: &mut RowCtx<'_>, wide: &[(u32, &'static str, String)]) -> Val {
    let mut rec = Val::obj();
    let fields = contract_fields(ctx);
    push_contract_fields(ctx, &mut rec, fields);
    let themes = deliverable_themes(ctx);
    let mut deliverables = Vec::new();
    for (col, format, header) in wide {
        let Some(cell) = ctx.sheet.filled(ctx.row, *col) else {
            continue;
        };
        if cell.is_blank() {
            continue;
        }
        let quantity = match values::integer(cell, ctx.is_1904) {
            Ok(Some(0)) | Ok(None) => continue,
            Ok(Some(n)) => Val::Int(n),
            Err(b) => {
                let place = ctx.place(*col, header);
                ctx.bad("quantity", place, b).unwrap_or(Val::Null)
            }
        };
        let mut d = Val::obj();
        d.push("format", Val::Str((*format).to_owned()));
        d.push("quantity", quantity);
        if let Some(t) = &themes {
            d.push("themes", t.clone());
        }
        deliverables.push(d);
    }
    rec.push("deliverables", Val::Arr(deliverables));
    rec
}

/// The rows of one contract of a long sheet.
struct LongGroup {
    id: String,
    first_row: u32,
    /// Per contract field: every distinct value given, in row order, with its place.
    fields: Vec<(&'static str, Vec<(Val, Place)>)>,
    deliverables: Vec<Val>,
}

fn long_row(ctx: &mut RowCtx<'_>, groups: &mut Vec<LongGroup>) {
    let fields = contract_fields(ctx);
    let id = fields
        .iter()
        .find(|(k, _)| *k == "id")
        .and_then(|(_, v)| v.as_ref())
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let idx = match id {
        Some(id) => match groups.iter().position(|g| g.id == id) {
            Some(i) => i,
            None => {
                groups.push(LongGroup {
                    id,
                    first_row: ctx.row.number,
                    fields: CONTRACT_FIELDS.iter().map(|k| (*k, Vec::new())).collect(),
                    deliverables: Vec::new(),
                });
                groups.len() - 1
            }
        },
        // An empty number continues the contract above; on the first row, it
        // starts a contract without a number (quarantined when loaded).
        None => match groups.len().checked_sub(1) {
            Some(i) => i,
            None => {
                groups.push(LongGroup {
                    id: String::new(),
                    first_row: ctx.row.number,
                    fields: CONTRACT_FIELDS.iter().map(|k| (*k, Vec::new())).collect(),
                    deliverables: Vec::new(),
                });
                0
            }
        },
    };
    let Some(group) = groups.get_mut(idx) else {
        return;
    };
    for (key, v) in fields {
        let Some(v) = v else { continue };
        let place = ctx
            .cols
            .get(key)
            .map(|(c, h)| ctx.place(*c, h))
            .unwrap_or_default();
        if let Some((_, vals)) = group.fields.iter_mut().find(|(k, _)| *k == key) {
            if !vals.iter().any(|(x, _)| same(x, &v)) {
                vals.push((v, place));
            }
        }
    }
    let format = ctx.label("format", FORMATS);
    let quantity = ctx.int("quantity");
    let themes = deliverable_themes(ctx);
    if format.is_some() || quantity.is_some() {
        let mut d = Val::obj();
        opt(&mut d, "format", format);
        opt(&mut d, "quantity", quantity);
        opt(&mut d, "themes", themes);
        group.deliverables.push(d);
    }
}

/// Values equal once parsed (references by their text).
fn same(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Ref(x), Val::Ref(y)) => x.text == y.text,
        _ => a == b,
    }
}

impl LongGroup {
    fn finish(&self, file: &str, sheet: &Sheet, problems: &mut Vec<Problem>) -> Val {
        let mut rec = Val::obj();
        for (key, vals) in &self.fields {
            match vals.as_slice() {
                [] => {
                    if !matches!(*key, "title" | "signed") {
                        problems.push(Problem {
                            severity: Severity::Error,
                            place: Place {
                                file: file.to_owned(),
                                sheet: Some(sheet.name.clone()),
                                row: Some(self.first_row),
                                column: None,
                            },
                            kind: ProblemKind::Missing {
                                field: (*key).to_owned(),
                            },
                        });
                    }
                }
                [(v, _)] => rec.push(key, v.clone()),
                many => {
                    // Written as an array of the values: no contract field accepts
                    // one, so the load quarantines the contract.
                    let shown: Vec<String> = many
                        .iter()
                        .map(|(v, _)| match v {
                            Val::Str(s) => s.clone(),
                            Val::Int(n) => n.to_string(),
                            Val::Ref(r) => r.text.clone(),
                            _ => String::new(),
                        })
                        .collect();
                    if let Some((_, place)) = many.get(1) {
                        problems.push(Problem {
                            severity: Severity::Error,
                            place: place.clone(),
                            kind: ProblemKind::ContractDisagrees {
                                id: self.id.clone(),
                                values: shown.clone(),
                            },
                        });
                    }
                    rec.push(key, Val::Arr(shown.into_iter().map(Val::Str).collect()));
                }
            }
        }
        rec.push("deliverables", Val::Arr(self.deliverables.clone()));
        rec
    }
}
