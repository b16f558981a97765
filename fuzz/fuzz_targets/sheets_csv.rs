//! Fuzz target `sheets_csv`: the input as delimited text, named `f.csv` or, for
//! inputs whose first byte is odd, `f.tsv` (the reader picks the delimiter from the header
//! row either way), through `phusong-sheets` and, when it converts, `phusong_model::load`
//! and the engine; the checks are `fuzz/common/sheets.rs`'s.

#![no_main]

#[path = "../common/draw.rs"]
mod draw;
#[path = "../common/sheets.rs"]
mod sheets;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = match data.first() {
        Some(b) if b & 1 == 1 => "f.tsv",
        _ => "f.csv",
    };
    sheets::check(name, data);
});
