//! Generates the bundled sample (`phusong_sample::BUNDLED`) into `OUT_DIR/sample.json`,
//! which `app/src/actions.rs` embeds with `include_bytes!`.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = phusong_sample::sample_json(&phusong_sample::BUNDLED);
    std::fs::write(out.join("sample.json"), json).expect("write OUT_DIR/sample.json");
    println!("cargo::rerun-if-changed=build.rs");
}
