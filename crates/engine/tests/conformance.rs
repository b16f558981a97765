//! The shared conformance cases end to end through the engine: the unfiltered
//! summary must equal the expected JSON (numbers exact, ratios to 1e-9).

use phusong_engine::{report_of, summary, Filter};
use phusong_model::{load, SourceFile};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn valid_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/conformance/valid")
}

/// Compares JSON values: equal structure, integers exact, floats within 1e-9.
fn assert_json_close(got: &Value, want: &Value, path: &str) {
    match (got, want) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            assert!((a - b).abs() <= 1e-9, "{path}: {a} != {b}");
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{path}: array length");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_json_close(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            let ka: Vec<_> = a.keys().collect();
            let kb: Vec<_> = b.keys().collect();
            assert_eq!(ka, kb, "{path}: keys");
            for (k, v) in b {
                assert_json_close(&a[k], v, &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(got, want, "{path}"),
    }
}

#[test]
fn summaries_equal_the_expected_ones() {
    let mut cases: Vec<_> = std::fs::read_dir(valid_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 3);
    for dir in cases {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        let files: Vec<(String, Vec<u8>)> = names
            .iter()
            .map(|p| {
                (
                    p.file_name().unwrap().to_str().unwrap().to_owned(),
                    std::fs::read(p).unwrap(),
                )
            })
            .collect();
        let loaded = load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
        let report = report_of(&loaded, &Filter::default()).expect("a plan");
        let got = serde_json::to_value(summary(loaded.dataset.as_ref().unwrap(), &report)).unwrap();
        let expected_path = dir.with_extension("expected.json");
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        assert_json_close(
            &got,
            &expected["summary"],
            dir.file_name().unwrap().to_str().unwrap(),
        );
    }
}
