//! The committed JSON Schema (`public/coverage-report-v1.schema.json`) is the one
//! the mirror types generate, and the conformance files agree with it.
//!
//! Run: `cargo test -p phusong-model --features schema --test schema`;
//! `UPDATE_SCHEMA=1` rewrites the committed file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema_path() -> PathBuf {
    root().join("public/coverage-report-v1.schema.json")
}

fn read_json(path: &Path) -> Value {
    let text = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text);
    serde_json::from_slice(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&phusong_model::schema::schema_json()).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid 2020-12 schema")
}

/// Schema errors of `instance`, as (instance path, message).
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(instance)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect()
}

#[test]
fn committed_schema_is_generated() {
    let generated = phusong_model::schema::schema_json();
    let path = schema_path();
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        fs::write(&path, &generated).expect("write the schema");
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date: run `UPDATE_SCHEMA=1 cargo test -p phusong-model --features schema --test schema`",
        path.display()
    );
}

/// Every valid conformance file is schema-valid, except files the loader refuses
/// or that hold quarantined records; in those, every schema error must lie inside
/// a record the loader quarantines (the schema is strict where the loader is
/// lenient record by record, never stricter elsewhere).
#[test]
fn valid_conformance_files_follow_the_schema() {
    let validator = validator();
    let dir = root().join("tests/fixtures/conformance/valid");
    let mut checked = 0;
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("conformance/valid")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    for case in cases {
        let expected = read_json(&case.with_extension("expected.json"));
        let names = |key: &str| -> BTreeSet<String> {
            expected[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str().or_else(|| f["file"].as_str()))
                .map(str::to_owned)
                .collect()
        };
        let refused = names("refused_files");
        // file → {"/section/index"} of its quarantined records.
        let mut quarantined: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for q in expected["quarantined"].as_array().into_iter().flatten() {
            let file = q["file"].as_str().expect("quarantined.file").to_owned();
            let at = format!(
                "/{}/{}",
                q["section"].as_str().expect("quarantined.section"),
                q["index"].as_u64().expect("quarantined.index")
            );
            quarantined.entry(file).or_default().insert(at);
        }
        let mut files: Vec<PathBuf> = fs::read_dir(&case)
            .expect("case dir")
            .map(|e| e.expect("dir entry").path())
            .collect();
        files.sort();
        for file in files {
            let name = file.file_name().and_then(|n| n.to_str()).expect("name");
            let found = errors(&validator, &read_json(&file));
            if refused.contains(name) {
                assert!(
                    !found.is_empty(),
                    "{}: refused by the loader but schema-valid",
                    file.display()
                );
                continue;
            }
            let allowed = quarantined.get(name).cloned().unwrap_or_default();
            for (path, message) in &found {
                assert!(
                    allowed
                        .iter()
                        .any(|at| path == at || path.starts_with(&format!("{at}/"))),
                    "{}: schema error outside the quarantined records at {path}: {message}",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} files checked");
}

/// Invalid conformance files that a schema can tell apart are schema-invalid.
#[test]
fn refused_files_break_the_schema() {
    let validator = validator();
    let dir = root().join("tests/fixtures/conformance/invalid");
    // Not JSON (01, 08, 09, 11) is beyond a schema; duplicate codes (06) and a
    // period ending before it starts (07) need more than a schema can say.
    for name in [
        "02-top-level-array.json",
        "03-missing-format.json",
        "04-other-format-version.json",
        "05-coverage-not-array.json",
        "10-plan-without-themes.json",
    ] {
        let value = read_json(&dir.join(name));
        assert!(
            !errors(&validator, &value).is_empty(),
            "{name} is schema-valid"
        );
    }
}
