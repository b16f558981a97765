//! What phusong writes loads back as the same data: the app's items CSV ("Danh sách tin,
//! bài") and the Excel template, read by the spreadsheet reader.

use phusong_engine::{report_of, Filter};

use phusong_intake::{prepare, Prepared};
use phusong_model::{load, Lang, Loaded, SourceFile};

fn load_prepared(files: &[(&str, &[u8])]) -> Loaded {
    let ready: Vec<_> = prepare(files)
        .into_iter()
        .map(|p| match p {
            Prepared::Ready(r) => r,
            Prepared::Refused { refused, .. } => panic!("{refused:?}"),
        })
        .collect();
    load(ready.iter().map(|r| SourceFile {
        name: r.name,
        bytes: &r.bytes,
    }))
}

#[test]
fn the_items_csv_loads_back_to_the_same_items() {
    let json = phusong_sample_json();
    let whole = load([SourceFile {
        name: "mau.json",
        bytes: json.as_bytes(),
    }]);
    let data = whole.dataset.as_ref().unwrap();
    let report = report_of(&whole, &Filter::default()).unwrap();
    // The plan, outlets, contracts: the JSON without its coverage; the items: the CSV.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["coverage"] = serde_json::Value::Array(Vec::new());
    let rest = serde_json::to_string(&value).unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let csv = phusong_export::csv::items_csv(data, &report, lang);
        let again = load_prepared(&[
            ("ke-hoach.json", rest.as_bytes()),
            ("tin-bai.csv", csv.as_bytes()),
        ]);
        assert!(
            again.diagnostics.quarantined.is_empty(),
            "{lang:?}: {:?}",
            again.diagnostics.quarantined.first()
        );
        let a = again.dataset.as_ref().unwrap();
        // The CSV lists the view's items (those in the period), by date.
        assert_eq!(a.items.len(), report.items.len(), "{lang:?}");
        let by_id: std::collections::HashMap<&str, &phusong_model::CoverageItem> =
            data.items.iter().map(|i| (i.id(), i)).collect();
        for x in &a.items {
            let y = by_id[x.id()];
            assert_eq!(
                (
                    x.id(),
                    x.date,
                    x.outlet,
                    x.title(),
                    x.format,
                    &x.themes,
                    x.contract,
                    x.event,
                    x.tone,
                    x.reach,
                    x.url(),
                    x.summary()
                ),
                (
                    y.id(),
                    y.date,
                    y.outlet,
                    y.title(),
                    y.format,
                    &y.themes,
                    y.contract,
                    y.event,
                    y.tone,
                    y.reach,
                    y.url(),
                    y.summary()
                ),
                "{lang:?}"
            );
        }
        // The same figures, but for the items outside the period, which the view leaves out.
        let again_report = report_of(&again, &Filter::default()).unwrap();
        assert_eq!(again_report.totals.items, report.totals.items);
        assert_eq!(again_report.themes, report.themes);
        assert_eq!(again_report.contracts, report.contracts);
        assert_eq!(again_report.months, report.months);
    }
}

#[test]
fn the_template_as_downloaded_loads_with_its_examples() {
    let template = phusong_workbook::template_xlsx().unwrap();
    let loaded = load_prepared(&[("mau-du-lieu-phusong.xlsx", &template)]);
    assert!(
        loaded.diagnostics.refused.is_empty(),
        "{:?}",
        loaded.diagnostics.refused
    );
    assert!(
        loaded.diagnostics.quarantined.is_empty(),
        "{:?}",
        loaded.diagnostics.quarantined
    );
    let data = loaded.dataset.unwrap();
    assert_eq!(data.plan.year, 2026);
    assert_eq!(
        (data.outlets.len(), data.contracts.len(), data.items.len()),
        (1, 1, 1)
    );
    assert_eq!(data.items[0].contract, Some(0));
}

/// The sample dataset of 600 items as JSON text.
fn phusong_sample_json() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/conformance/valid/01-small/dataset.json");
    std::fs::read_to_string(path).unwrap()
}
