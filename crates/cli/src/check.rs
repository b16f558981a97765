//! `check` and `summary`: load files, print every problem, or the summary JSON.

use chrono::NaiveDate;
use phusong_engine::{report_at, summary_json, Filter};
use phusong_model::{load, messages, Lang, Loaded, SourceFile};
use std::path::PathBuf;
use std::process::ExitCode;

/// Loads `files`; prints the problems (check, `summary_as_of` `None`) or the summary at the
/// as-of date `summary_as_of` (summary).
pub fn run(files: &[PathBuf], lang: Lang, summary_as_of: Option<NaiveDate>) -> ExitCode {
    let mut contents = Vec::with_capacity(files.len());
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => contents.push((display_name(path), bytes)),
            Err(e) => {
                eprintln!(
                    "phusong: không đọc được tệp / cannot read '{}': {e}",
                    path.display()
                );
                return ExitCode::from(2);
            }
        }
    }
    let loaded = load(
        contents
            .iter()
            .map(|(n, b)| SourceFile { name: n, bytes: b }),
    );
    if let Some(as_of) = summary_as_of {
        return summary(&loaded, lang, as_of);
    }
    print!("{}", render_problems(&loaded, lang));
    if loaded.diagnostics.all_accepted() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn display_name(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}

fn summary(loaded: &Loaded, lang: Lang, as_of: NaiveDate) -> ExitCode {
    match (
        &loaded.dataset,
        report_at(loaded, &Filter::default(), Some(as_of)),
    ) {
        (Some(data), Some(report)) => {
            println!("{}", summary_json(data, &report));
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
