//! Generates, at build time, what the app embeds with `include_bytes!`: the bundled sample
//! (`phusong_sample::BUNDLED`) as `OUT_DIR/sample.json`, and the Excel template of
//! `phusong_workbook` as `OUT_DIR/template.xlsx` (12 KB). Written here, the workbook writer
//! stays out of the wasm (it cost ~220 KB gzipped there). The sample as .xlsx
//! (`OUT_DIR/sample.xlsx`, ~90 KB, all but incompressible) is not embedded in the wasm (it
//! would pass its 1 MB budget): `scripts/post_build.py` puts it in the page as a data block,
//! read only when the user downloads it.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = phusong_sample::sample_json(&phusong_sample::BUNDLED);
    let template = phusong_workbook::template_xlsx().expect("write the template");
    let loaded = phusong_model::load([phusong_model::SourceFile {
        name: "sample.json",
        bytes: json.as_bytes(),
    }]);
    let data = loaded.dataset.expect("the bundled sample has a plan");
    let sample_xlsx = phusong_workbook::dataset_xlsx(&data).expect("write the sample workbook");
    std::fs::write(out.join("sample.json"), json).expect("write OUT_DIR/sample.json");
    std::fs::write(out.join("template.xlsx"), template).expect("write OUT_DIR/template.xlsx");
    std::fs::write(out.join("sample.xlsx"), sample_xlsx).expect("write OUT_DIR/sample.xlsx");
    println!("cargo::rerun-if-changed=build.rs");
}
