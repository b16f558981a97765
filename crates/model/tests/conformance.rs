//! The shared conformance cases at the model level: which files are refused and
//! which records are quarantined, exactly as `tests/fixtures/conformance` expects.

use phusong_model::messages;
use phusong_model::{load, FileError, Lang, SourceFile};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/conformance")
}

/// The files of a valid case, in name order, with their bytes.
fn case_files(case: &str) -> Vec<(String, Vec<u8>)> {
    let dir = fixtures().join("valid").join(case);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap();
            (n, bytes)
        })
        .collect()
}

fn expected(case: &str) -> Value {
    let text = std::fs::read_to_string(
        fixtures()
            .join("valid")
            .join(format!("{case}.expected.json")),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(fixtures().join("valid"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    cases.sort();
    assert!(cases.len() >= 3, "conformance cases missing");
    cases
}

#[test]
fn valid_cases_refuse_and_quarantine_exactly_as_expected() {
    for case in cases() {
        let files = case_files(&case);
        let want = expected(&case);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            Value::from(names.clone()),
            want["files"],
            "{case}: file order"
        );
        let loaded = load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
        let refused: Vec<&str> = loaded
            .diagnostics
            .refused
            .iter()
            .map(|r| r.file.as_str())
            .collect();
        assert_eq!(
            Value::from(refused),
            want["refused_files"],
            "{case}: refused files"
        );
        let quarantined: Vec<Value> = loaded
            .diagnostics
            .quarantined
            .iter()
            .map(|q| {
                serde_json::json!({"section": q.at.section, "file": q.at.file, "index": q.at.index, "id": q.at.id})
            })
            .collect();
        assert_eq!(
            Value::from(quarantined),
            want["quarantined"],
            "{case}: quarantined records"
        );
        for q in &loaded.diagnostics.quarantined {
            assert!(
                !q.reasons.is_empty(),
                "{case}: a quarantined record without a reason"
            );
            let vi = messages::quarantined(q, Lang::Vi);
            assert!(vi.contains(&q.at.file), "{vi}");
        }
        assert!(loaded.dataset.is_some(), "{case}: a plan was loaded");
    }
}

#[test]
fn invalid_files_are_refused_with_a_located_message() {
    let dir = fixtures().join("invalid");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert!(names.len() >= 11);
    let (base_name, base) = case_files("01-small").remove(0);
    let before = load([SourceFile {
        name: &base_name,
        bytes: &base,
    }]);
    for path in names {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let bytes = std::fs::read(&path).unwrap();
        let alone = load([SourceFile {
            name: &name,
            bytes: &bytes,
        }]);
        assert_eq!(alone.diagnostics.refused.len(), 1, "{name} must be refused");
        assert!(alone.dataset.is_none(), "{name}");
        let refused = &alone.diagnostics.refused[0];
        let vi = messages::refused(refused, Lang::Vi);
        let en = messages::refused(refused, Lang::En);
        assert!(vi.contains(&name) && en.contains(&name), "{vi}");
        if name.starts_with("01-") {
            assert!(
                matches!(refused.error, FileError::Syntax { .. }),
                "{name}: {:?}",
                refused.error
            );
            assert!(vi.contains("dòng") && vi.contains("cột"), "{vi}");
        }
        // Loading it after a valid dataset leaves that dataset as it was.
        let after = load([
            SourceFile {
                name: &base_name,
                bytes: &base,
            },
            SourceFile {
                name: &name,
                bytes: &bytes,
            },
        ]);
        assert_eq!(after.dataset, before.dataset, "{name} changed the dataset");
        assert_eq!(
            after.diagnostics.quarantined,
            before.diagnostics.quarantined
        );
        assert_eq!(after.diagnostics.refused.len(), 1);
    }
}

#[test]
fn every_reason_is_listed_for_the_settled_edges() {
    let files = case_files("03-settled-edges");
    let loaded = load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
    let all: Vec<String> = loaded
        .diagnostics
        .quarantined
        .iter()
        .map(|q| messages::quarantined(q, Lang::Vi))
        .collect();
    let text = all.join("\n");
    assert!(
        text.contains("'level'") && text.contains("regional"),
        "{text}"
    );
    assert!(text.contains("số 50000000.0"), "{text}");
    assert!(text.contains("'2023-02-30'"), "{text}");
    let refused = messages::refused(&loaded.diagnostics.refused[0], Lang::Vi);
    assert!(
        refused.contains("plan.year") && refused.contains("20230"),
        "{refused}"
    );
    // The repeated "kind" key is a warning, and the last value counts.
    let dataset = loaded.dataset.unwrap();
    assert_eq!(
        dataset.outlets[1].kind,
        Some(phusong_model::OutletKind::Radio)
    );
    assert!(loaded.diagnostics.warnings.iter().any(|w| matches!(
        &w.kind,
        phusong_model::diagnostics::WarningKind::RepeatedKey { keys } if keys == &["kind"]
    )));
}
