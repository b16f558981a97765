//! What the `sheets_*` fuzz targets share: one spreadsheet converted by
//! `phusong-sheets` (alone, or with a JSON file giving a plan, outlets and contracts
//! so that its references resolve), then, when it converts, the converted JSON loaded
//! by `phusong_model::load` and counted by the engine. Beyond "no panic":
//! - the JSON file given with it stays JSON (`Outcome::Json`), the spreadsheet is
//!   converted or refused, and a refusal's messages render in both languages;
//! - the converted text is JSON: an object whose `format` is `coverage-report/v1`,
//!   and the load never refuses it as bytes (UTF-8, syntax, top-level shape);
//! - every problem is located in the file given; a problem about a sheet names a sheet
//!   the workbook has, and a problem about cells (a value, a reference, a header, a
//!   totals row…) also has a row ≥ 1; a column, when given, is a letter A…XFD;
//!   every message renders in both languages;
//! - `origins` has one entry per record of `outlets`, `contracts` and `coverage`
//!   (section and index), each in a sheet the workbook has, at a row ≥ 1;
//! - converting again gives the same text (a quarter of the inputs);
//! - loading the converted JSON twice gives equal loads and equal summaries; with a
//!   dataset there is a report, filtered too (a filter drawn from the input), and its
//!   summary export is JSON; without one there is no report.
//!
//! With `PHUSONG_FUZZ_TRACE` set, each input's fate goes to stderr (which path, refused
//! or converted, the load's files, records and dataset): to see what a seed reaches.

use crate::draw::Draw;
use phusong_engine::{report_of, summary, summary_json, Filter};
use phusong_model::{messages, FileError, Lang, Loaded, SourceFile};
use phusong_sheets::{convert_all, read_spreadsheet, Converted, Outcome, ProblemKind, Source};
use serde_json::Value;
use std::sync::OnceLock;

fn trace() -> bool {
    static TRACE: OnceLock<bool> = OnceLock::new();
    *TRACE.get_or_init(|| std::env::var_os("PHUSONG_FUZZ_TRACE").is_some())
}

/// The plan, outlets and contracts of case 04 (as JSON, without an organization).
pub const CONTEXT: &[u8] = include_bytes!("sheets_context.json");
const CONTEXT_NAME: &str = "context.json";

/// Converts `data` as `name` and checks everything above.
pub fn check(name: &str, data: &[u8]) {
    let mut draw = Draw::new(data);
    let choice = draw.next();
    let with_context = choice & 1 == 0;
    let converted = if with_context {
        let sources = [
            Source {
                name: CONTEXT_NAME,
                bytes: CONTEXT,
            },
            Source { name, bytes: data },
        ];
        let mut out = convert_all(&sources);
        assert_eq!(out.len(), 2, "convert_all: one outcome per file");
        let sheet = out.pop();
        assert!(
            matches!(out.pop(), Some(Outcome::Json)),
            "the JSON file is not left as JSON"
        );
        match sheet {
            Some(Outcome::Converted(c)) => Some(c),
            Some(Outcome::Refused(r)) => {
                if trace() {
                    eprintln!("{name} (with the context): refused, {:?}", r.kind);
                }
                assert_eq!(r.file, name);
                let _ = (
                    r.message(phusong_sheets::Lang::Vi),
                    r.message(phusong_sheets::Lang::En),
                );
                None
            }
            other => panic!("a spreadsheet's outcome is {other:?}"),
        }
    } else {
        match read_spreadsheet(name, data) {
            Ok(c) => Some(c),
            Err(r) => {
                if trace() {
                    eprintln!("{name} (alone): refused, {:?}", r.kind);
                }
                assert_eq!(r.file, name);
                let _ = (
                    r.message(phusong_sheets::Lang::Vi),
                    r.message(phusong_sheets::Lang::En),
                );
                None
            }
        }
    };
    let Some(c) = converted else { return };
    let json = check_converted(name, &c);
    if choice & 6 == 0 {
        let again = if with_context {
            convert_all(&[
                Source {
                    name: CONTEXT_NAME,
                    bytes: CONTEXT,
                },
                Source { name, bytes: data },
            ])
            .pop()
        } else {
            read_spreadsheet(name, data).ok().map(Outcome::Converted)
        };
        match again {
            Some(Outcome::Converted(d)) => assert!(d.json == c.json, "converted twice, two texts"),
            other => panic!("converted once, then {other:?}"),
        }
    }

    // A workbook with a plan of its own is loaded alone (a different plan beside it
    // would only refuse it); one without, after the context (the app's usual pair).
    let own_plan = json.get("plan").is_some();
    let converted_name = "f.json";
    let mut files = Vec::with_capacity(2);
    if !own_plan {
        files.push(SourceFile {
            name: CONTEXT_NAME,
            bytes: CONTEXT,
        });
    }
    files.push(SourceFile {
        name: converted_name,
        bytes: c.json.as_bytes(),
    });
    let loaded = phusong_model::load(files.iter().copied());
    if trace() {
        eprintln!(
            "{name} ({}): converted, {} problems; loaded {:?}, {} refused, {} quarantined, dataset: {}",
            if with_context { "with the context" } else { "alone" },
            c.problems.len(),
            loaded.files,
            loaded.diagnostics.refused.len(),
            loaded.diagnostics.quarantined.len(),
            loaded.dataset.is_some()
        );
        for p in c.problems.iter().take(3) {
            eprintln!("  {}", p.message(phusong_sheets::Lang::En));
        }
    }
    for r in &loaded.diagnostics.refused {
        assert!(
            r.file != CONTEXT_NAME,
            "the context was refused: {:?}",
            r.error
        );
        assert!(
            !matches!(
                r.error,
                FileError::NotUtf8 { .. }
                    | FileError::Empty
                    | FileError::Syntax { .. }
                    | FileError::NotObject { .. }
                    | FileError::FormatMissing
                    | FileError::FormatWrong { .. }
                    | FileError::SectionNotArray { .. }
            ),
            "the converted file refused as bytes: {:?}\n{}",
            r.error,
            c.json
        );
    }
    render_diagnostics(&loaded);
    let again = phusong_model::load(files.iter().copied());
    assert_eq!(
        format!("{again:?}"),
        format!("{loaded:?}"),
        "loaded twice, two loads"
    );

    let Some(dataset) = loaded.dataset.as_ref() else {
        assert!(report_of(&loaded, &Filter::default()).is_none());
        return;
    };
    let again_dataset = again.dataset.as_ref().expect("loaded twice, one dataset");
    for filter in [Filter::default(), draw.filter(dataset)] {
        let _ = filter.describe(dataset);
        let Some(report) = report_of(&loaded, &filter) else {
            panic!("a dataset without a report");
        };
        let _ = summary(dataset, &report);
        let text = summary_json(dataset, &report);
        if let Err(e) = serde_json::from_str::<Value>(&text) {
            panic!("summary_json is not JSON: {e}\n{text}");
        }
        let Some(report_again) = report_of(&again, &filter) else {
            panic!("loaded twice, one report");
        };
        assert!(
            summary_json(again_dataset, &report_again) == text,
            "loaded twice, two summaries"
        );
    }
}

/// The converted file's own invariants; returns its JSON.
fn check_converted(name: &str, c: &Converted) -> Value {
    assert_eq!(c.file, name);
    let json: Value = match serde_json::from_str(&c.json) {
        Ok(v) => v,
        Err(e) => panic!("the converted text is not JSON: {e}\n{}", c.json),
    };
    assert!(json.is_object(), "the converted JSON is not an object");
    assert_eq!(
        json.get("format").and_then(Value::as_str),
        Some("coverage-report/v1")
    );
    let has_sheet = |s: &str| c.reading.iter().any(|r| r.sheet == s);
    for p in &c.problems {
        let place = &p.place;
        assert_eq!(place.file, name, "a problem in another file: {p:?}");
        let _ = (
            p.message(phusong_sheets::Lang::Vi),
            p.message(phusong_sheets::Lang::En),
            place.describe(phusong_sheets::Lang::Vi),
            place.describe(phusong_sheets::Lang::En),
        );
        if let Some((letter, _)) = &place.column {
            assert!(
                (1..=3).contains(&letter.len()) && letter.bytes().all(|b| b.is_ascii_uppercase()),
                "column letter {letter:?}: {p:?}"
            );
        }
        match p.kind {
            ProblemKind::OrganizationWithoutName => continue,
            ProblemKind::HiddenSheet
            | ProblemKind::SheetNotRecognised
            | ProblemKind::FormatDefaulted { .. }
            | ProblemKind::TooDeep
            | ProblemKind::TooManyMergedCells => {
                let Some(sheet) = &place.sheet else {
                    panic!("a sheet's problem without a sheet: {p:?}")
                };
                assert!(has_sheet(sheet), "a problem in no sheet read: {p:?}");
            }
            _ => {
                let Some(sheet) = &place.sheet else {
                    panic!("a problem without a sheet: {p:?}")
                };
                assert!(has_sheet(sheet), "a problem in no sheet read: {p:?}");
                assert!(
                    place.row.is_some_and(|r| r >= 1),
                    "a problem without a row: {p:?}"
                );
            }
        }
    }
    for section in ["outlets", "contracts", "coverage"] {
        let records = json
            .get(section)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let mut indexes: Vec<usize> = c
            .origins
            .iter()
            .filter(|o| o.section == section)
            .map(|o| o.index)
            .collect();
        indexes.sort_unstable();
        assert!(
            indexes.iter().copied().eq(0..records),
            "{section}: {records} records, origins {indexes:?}"
        );
    }
    for o in &c.origins {
        assert!(has_sheet(&o.sheet), "an origin in no sheet read: {o:?}");
        assert!(o.row >= 1, "an origin at row 0: {o:?}");
    }
    json
}

/// Every message of the diagnostics, in both languages, and their JSON form.
fn render_diagnostics(loaded: &Loaded) {
    let d = &loaded.diagnostics;
    for lang in [Lang::Vi, Lang::En] {
        for r in &d.refused {
            let _ = messages::refused(r, lang);
        }
        for q in &d.quarantined {
            let _ = messages::quarantined(q, lang);
        }
        for w in &d.warnings {
            let _ = messages::warning(w, lang);
        }
    }
    let _ = serde_json::to_string(d);
}
