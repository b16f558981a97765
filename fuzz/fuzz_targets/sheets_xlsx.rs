//! Fuzz target `sheets_xlsx`: the input as an .xlsx workbook (zip of XML parts; calamine, behind the reader's zip limits),
//! named `f.xlsx`, through `phusong-sheets` and, when it converts, `phusong_model::load`
//! and the engine; the checks are `fuzz/common/sheets.rs`'s. (The reader knows a workbook
//! by its bytes, so a zip or OLE file of another kind is read as that kind.)

#![no_main]

#[path = "../common/draw.rs"]
mod draw;
#[path = "../common/sheets.rs"]
mod sheets;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| sheets::check("f.xlsx", data));
