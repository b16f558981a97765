//! The shared conformance cases end to end through the engine: the unfiltered
//! summary must hold the expected JSON (numbers exact, ratios to 1e-9), with no other
//! field than the additive fields of v1 (`phusong_engine::subset`).

use phusong_engine::subset::subset_diff;
use phusong_engine::{report_of, summary, Filter};
use phusong_model::{load, SourceFile};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn valid_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/conformance/valid")
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
        // The expected summaries predate the additive fields of v1: compared as a subset.
        let diff = subset_diff(&got, &expected["summary"]);
        assert!(diff.is_empty(), "{}: {diff:#?}", dir.display());
    }
}
