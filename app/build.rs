//! Generates, at build time, what the app embeds with `include_bytes!`: the bundled sample
//! (`phusong_sample::BUNDLED`) as `OUT_DIR/sample.json`, and the Excel template of
//! `phusong_workbook` as `OUT_DIR/template.xlsx` (12 KB). Written here, the workbook writer
//! stays out of the wasm (it cost ~220 KB gzipped there). The sample as .xlsx (126 KB, all
//! but incompressible) is not embedded: with the spreadsheet reader the wasm would pass
//! its 1 MB budget; `phusong sample --out sample.xlsx` writes it.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = phusong_sample::sample_json(&phusong_sample::BUNDLED);
    let template = phusong_workbook::template_xlsx().expect("write the template");
    std::fs::write(out.join("sample.json"), json).expect("write OUT_DIR/sample.json");
    std::fs::write(out.join("template.xlsx"), template).expect("write OUT_DIR/template.xlsx");
    println!("cargo::rerun-if-changed=build.rs");
}
