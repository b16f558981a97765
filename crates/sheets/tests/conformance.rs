//! The shared spreadsheet case (`04-spreadsheets`: an .xlsx workbook and a `;`
//! CSV) converted, loaded by `phusong_model::load` and counted by the engine: the
//! summary and the quarantine must be exactly those expected (ratios to 1e-9), and
//! the records those of `05-spreadsheets-as-json` (the same data as JSON).

use phusong_engine::{report_of, summary, Filter};
use phusong_model::{load, SourceFile};
use phusong_sheets::{convert_all, Outcome, Source};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let b = std::fs::read(dir.join(&n)).unwrap();
            (n, b)
        })
        .collect()
}

/// Compares JSON values as `phusong_engine::subset` does: every expected field equal
/// (integers exact, floats within 1e-9), other fields only the additive ones of v1.
fn assert_json_close(got: &Value, want: &Value, path: &str) {
    let diff = phusong_engine::subset::subset_diff(got, want);
    assert!(diff.is_empty(), "{path}: {diff:#?}");
}

/// The case's files converted: (name, JSON text).
fn converted_case() -> Vec<(String, Vec<u8>)> {
    let files = files_of(&root().join("spreadsheets/04-spreadsheets"));
    let sources: Vec<Source> = files
        .iter()
        .map(|(n, b)| Source { name: n, bytes: b })
        .collect();
    let outcomes = convert_all(&sources);
    files
        .iter()
        .zip(outcomes)
        .map(|((name, _), o)| match o {
            Outcome::Converted(c) => (name.clone(), c.json.into_bytes()),
            other => panic!("{name}: {other:?}"),
        })
        .collect()
}

#[test]
fn case_04_gives_the_expected_summary_and_quarantine() {
    let files = converted_case();
    let expected: Value = serde_json::from_slice(
        &std::fs::read(root().join("spreadsheets/04-spreadsheets.expected.json")).unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(Value::from(names), expected["files"]);
    let loaded = load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
    let refused: Vec<&str> = loaded
        .diagnostics
        .refused
        .iter()
        .map(|r| r.file.as_str())
        .collect();
    assert_eq!(
        Value::from(refused),
        expected["refused_files"],
        "{:?}",
        loaded.diagnostics.refused
    );
    let quarantined: Vec<Value> = loaded
        .diagnostics
        .quarantined
        .iter()
        .map(|q| serde_json::json!({"section": q.at.section, "file": q.at.file, "index": q.at.index, "id": q.at.id}))
        .collect();
    assert_eq!(Value::from(quarantined), expected["quarantined"]);
    let report = report_of(&loaded, &Filter::default()).expect("a plan");
    let got = serde_json::to_value(summary(loaded.dataset.as_ref().unwrap(), &report)).unwrap();
    assert_json_close(&got, &expected["summary"], "summary");
}

/// The converted records equal those of `05-spreadsheets-as-json`, the same data
/// written as JSON by hand (bad values aside: a quarantined record keeps the cell's
/// text where the JSON case wrote a value of its own).
#[test]
fn case_04_records_equal_the_json_case() {
    let files = converted_case();
    let json_dir = root().join("conformance/valid/05-spreadsheets-as-json");
    let json_files = files_of(&json_dir);
    assert_eq!(files.len(), json_files.len());
    let quarantined_ids = [
        "1-du-lieu.xlsx:Tin bài!138",
        "1-du-lieu.xlsx:Tin bài!139",
        "1-du-lieu.xlsx:Tin bài!140",
    ];
    for ((name, got), (_, want)) in files.iter().zip(&json_files) {
        let got: Value = serde_json::from_slice(got).unwrap();
        let want: Value = serde_json::from_slice(want).unwrap();
        for key in ["format", "organization", "plan", "outlets", "contracts"] {
            assert_eq!(got.get(key), want.get(key), "{name}: {key}");
        }
        let (g, w) = (
            got["coverage"].as_array().unwrap(),
            want["coverage"].as_array().unwrap(),
        );
        assert_eq!(g.len(), w.len(), "{name}: coverage length");
        for (a, b) in g.iter().zip(w) {
            if quarantined_ids.contains(&b["id"].as_str().unwrap_or("")) {
                assert_eq!(a["id"], b["id"]);
                continue;
            }
            assert_eq!(a, b, "{name}: coverage record");
        }
    }
}
