//! `convert`: spreadsheets written as `coverage-report/v1` JSON, one file per spreadsheet
//! (`spreadsheet-import.md`, "Saving the converted data"): every reference as the id or
//! code it resolved to, records that will be quarantined kept with the cell's text, so that
//! loading the JSON gives the same report as loading the spreadsheets. JSON files given
//! with them are read for references and not written.

use crate::check::read_files;
use phusong_intake::{is_spreadsheet, prepare, reading_lines, Prepared};
use phusong_model::{messages, Lang};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Converts the spreadsheets among `files`; `out` is the JSON file (one spreadsheet) or the
/// folder that gets `<name>.json` for each (several). Exit 1 if one is refused.
pub fn run(files: &[PathBuf], out: &Path, lang: Lang) -> ExitCode {
    let contents = match read_files(files) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let sheets = contents
        .iter()
        .filter(|(n, _, _)| is_spreadsheet(n))
        .count();
    if sheets == 0 {
        eprintln!(
            "phusong convert: {}",
            match lang {
                Lang::Vi =>
                    "không có bảng tính nào (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt) để chuyển",
                Lang::En =>
                    "no spreadsheet (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt) to convert",
            }
        );
        return ExitCode::from(2);
    }
    if sheets > 1 {
        if let Err(e) = std::fs::create_dir_all(out) {
            eprintln!(
                "phusong convert: {} '{}': {e}",
                cannot_write(lang),
                out.display()
            );
            return ExitCode::from(2);
        }
    }
    let named: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(name, _, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    let mut code = ExitCode::SUCCESS;
    for ((name, _, _), p) in contents.iter().zip(prepare(&named)) {
        match p {
            Prepared::Ready(r) => {
                let Some(c) = &r.converted else { continue };
                let target = if sheets == 1 {
                    out.to_path_buf()
                } else {
                    out.join(format!("{}.json", stem(name)))
                };
                if let Err(e) = std::fs::write(&target, c.json.as_bytes()) {
                    eprintln!(
                        "phusong convert: {} '{}': {e}",
                        cannot_write(lang),
                        target.display()
                    );
                    return ExitCode::from(2);
                }
                println!("{name} → {}", target.display());
                for line in reading_lines(c, lang) {
                    println!("  {line}");
                }
            }
            Prepared::Refused { refused: r, .. } => {
                eprintln!("✗ {}", messages::refused(&r, lang));
                code = ExitCode::from(1);
            }
        }
    }
    code
}

/// The name without its extension.
fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

fn cannot_write(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "không ghi được",
        Lang::En => "cannot write",
    }
}
