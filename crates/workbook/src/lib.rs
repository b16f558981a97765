//! Writes phusong's spreadsheets (.xlsx, with `rust_xlsxwriter`): the Excel template of
//! `coverage-report/v1` ("Tải mẫu Excel": the spec's sheets with their heads, drop-down
//! lists for the format, tone, level, kind and outlet ids, one example row per sheet and a
//! "Hướng dẫn" sheet) and a dataset in the same layout (the bundled sample as .xlsx). The
//! heads and labels are those of `spreadsheet-import.md`, so what it writes reads back as
//! the same records. No DOM: the app and the CLI hand the bytes on.

mod layout;
mod sheets;

pub use sheets::{dataset_xlsx, template_xlsx, WorkbookError};
