//! Generates, at build time, what the app embeds with `include_bytes!`: the bundled sample
//! (`phusong_sample::BUNDLED`) as `OUT_DIR/sample.json`, and the two workbooks of
//! `phusong_workbook` (the Excel template, and the sample as .xlsx) as `OUT_DIR/template.xlsx`
//! and `OUT_DIR/sample.xlsx`. Written here, the workbook writer stays out of the wasm
//! (it cost ~220 KB gzipped there); the bytes are the same either way.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = phusong_sample::sample_json(&phusong_sample::BUNDLED);
    let loaded = phusong_model::load([phusong_model::SourceFile {
        name: "sample.json",
        bytes: json.as_bytes(),
    }]);
    let sample = loaded.dataset.expect("the bundled sample has a plan");
    let sample_xlsx = phusong_workbook::dataset_xlsx(&sample).expect("write the sample workbook");
    let template = phusong_workbook::template_xlsx().expect("write the template");
    std::fs::write(out.join("sample.json"), json).expect("write OUT_DIR/sample.json");
    std::fs::write(out.join("sample.xlsx"), sample_xlsx).expect("write OUT_DIR/sample.xlsx");
    std::fs::write(out.join("template.xlsx"), template).expect("write OUT_DIR/template.xlsx");
    println!("cargo::rerun-if-changed=build.rs");
}
