//! `check` and `summary`: load files (JSON and spreadsheets), print every problem and how
//! each spreadsheet was read, or the summary JSON.

use chrono::NaiveDate;
use phusong_engine::{compare, report_at, summary_json_with, Baseline, Filter};
use phusong_intake::{prepare, reading_lines, Prepared};
use phusong_model::{load, messages, FileOutcome, Lang, Loaded, SourceFile};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The files as read from disk: (the name spreadsheets and ids use, the path as shown,
/// the bytes). Exits with 2 when one cannot be read.
pub fn read_files(files: &[PathBuf]) -> Result<Vec<(String, String, Vec<u8>)>, ExitCode> {
    let mut contents = Vec::with_capacity(files.len());
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => contents.push((file_name(path), display_name(path), bytes)),
            Err(e) => {
                eprintln!(
                    "phusong: không đọc được tệp / cannot read '{}': {e}",
                    path.display()
                );
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok(contents)
}

/// Loads `contents` as the app does: spreadsheets converted first, a refused one listed
/// with the other refused files; the lines say how each spreadsheet was read.
pub fn load_all(contents: &[(String, String, Vec<u8>)], lang: Lang) -> (Loaded, Vec<String>) {
    let named: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(name, _, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    let prepared = prepare(&named);
    let mut readings = Vec::new();
    let mut refused = Vec::new();
    let mut ready = Vec::new();
    for ((_, shown, _), p) in contents.iter().zip(prepared) {
        match p {
            Prepared::Ready(r) => {
                if let Some(c) = &r.converted {
                    readings.extend(reading_lines(c, lang));
                }
                ready.push((shown.as_str(), r.bytes));
            }
            Prepared::Refused { refused: mut r, .. } => {
                r.file = shown.clone();
                refused.push(r);
            }
        }
    }
    let mut loaded = load(ready.iter().map(|(name, bytes)| SourceFile { name, bytes }));
    for r in refused {
        loaded.files.push(FileOutcome {
            name: r.file.clone(),
            accepted: false,
            records: 0,
        });
        loaded.diagnostics.refused.push(r);
    }
    (loaded, readings)
}

/// Loads `files`; prints the problems (check, `summary_as_of` `None`) or the summary at the
/// as-of date `summary_as_of` (summary).
pub fn run(files: &[PathBuf], lang: Lang, summary_as_of: Option<NaiveDate>) -> ExitCode {
    run_with(files, lang, summary_as_of, None)
}

/// [`run`], the summary compared with last year's `baseline` when one is given.
pub fn run_with(
    files: &[PathBuf],
    lang: Lang,
    summary_as_of: Option<NaiveDate>,
    baseline: Option<&Baseline>,
) -> ExitCode {
    let contents = match read_files(files) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (loaded, readings) = load_all(&contents, lang);
    if let Some(as_of) = summary_as_of {
        return summary(&loaded, lang, as_of, baseline);
    }
    if !readings.is_empty() {
        println!(
            "{}",
            match lang {
                Lang::Vi => "Cách đọc tệp:",
                Lang::En => "How the files were read:",
            }
        );
        for line in &readings {
            println!("  {line}");
        }
        println!();
    }
    print!("{}", render_problems(&loaded, lang));
    if loaded.diagnostics.all_accepted() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The file's own name, without its folder (what a browser gives for a chosen file).
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| display_name(path), |n| n.to_string_lossy().into_owned())
}

fn summary(loaded: &Loaded, lang: Lang, as_of: NaiveDate, baseline: Option<&Baseline>) -> ExitCode {
    match (
        &loaded.dataset,
        report_at(loaded, &Filter::default(), Some(as_of)),
    ) {
        (Some(data), Some(report)) => {
            let comparison = match baseline.map(|b| compare(data, &report, b)).transpose() {
                Ok(c) => c,
                Err(e) => return crate::baseline::refuse(&e, lang),
            };
            println!("{}", summary_json_with(data, &report, comparison.as_ref()));
            if let Some(warning) = phusong_export::as_of::after_as_of_warning(&report, lang) {
                eprintln!("phusong: {warning}");
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{}", render_problems(loaded, lang));
            eprintln!(
                "{}",
                match lang {
                    Lang::Vi => "phusong: chưa có kế hoạch (plan) nào được tải, nên chưa có báo cáo. Hãy thêm tệp chứa phần \"plan\".",
                    Lang::En => "phusong: no plan was loaded, so there is no report. Add the file that holds the \"plan\" section.",
                }
            );
            ExitCode::from(1)
        }
    }
}

/// Every problem, readable: files, then quarantined records, then warnings, with counts.
pub fn render_problems(loaded: &Loaded, lang: Lang) -> String {
    let d = &loaded.diagnostics;
    let mut out = String::new();
    for f in &loaded.files {
        let line = match (f.accepted, lang) {
            (true, Lang::Vi) => format!("✓ {}: đã nhận, {} bản ghi\n", f.name, f.records),
            (true, Lang::En) => format!("✓ {}: accepted, {} records\n", f.name, f.records),
            (false, _) => String::new(),
        };
        out.push_str(&line);
    }
    for r in &d.refused {
        out.push_str(&format!("✗ {}\n", messages::refused(r, lang)));
    }
    let (q, w) = (d.quarantined.len(), d.warnings.len());
    out.push_str(&match lang {
        Lang::Vi => format!(
            "\n{} tệp bị từ chối, {q} bản ghi bị loại, {w} cảnh báo.\n",
            d.refused.len()
        ),
        Lang::En => format!(
            "\n{} files refused, {q} records quarantined, {w} warnings.\n",
            d.refused.len()
        ),
    });
    for item in &d.quarantined {
        out.push_str(&format!("  ✗ {}\n", messages::quarantined(item, lang)));
    }
    for item in &d.warnings {
        out.push_str(&format!("  ! {}\n", messages::warning(item, lang)));
    }
    out
}
