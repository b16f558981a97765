//! Test helpers: the conformance dataset `01-small` and its unfiltered report.

use phusong_engine::{build_report, Filter, Report, ReportOptions};
use phusong_model::{load, Dataset, SourceFile};

/// The dataset of `tests/fixtures/conformance/valid/01-small`.
pub fn small() -> Dataset {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/conformance/valid/01-small/dataset.json");
    let bytes = std::fs::read(path).unwrap();
    let loaded = load([SourceFile {
        name: "dataset.json",
        bytes: &bytes,
    }]);
    loaded.dataset.unwrap()
}

/// The report of `data` through `filter`.
pub fn report(data: &Dataset, filter: &Filter) -> Report {
    build_report(data, filter, ReportOptions::default())
}
