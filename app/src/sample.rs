//! The bundled sample (a province's 2025 plan, contracts and 1,500 items) and the Excel
//! template, generated at build time by `app/build.rs` and embedded in the app: no file, no
//! network.

/// Name of the bundled sample file.
pub const SAMPLE_NAME: &str = "du-lieu-mau-thanh-hoa-2025.json";

/// The bundled sample's bytes, generated at build time by `app/build.rs`
/// (`phusong_sample::BUNDLED`: 1,500 items).
pub(crate) const SAMPLE_JSON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sample.json"));

/// The Excel template of the data ("Tải mẫu Excel"), written at build time by
/// `phusong_workbook::template_xlsx`.
pub(crate) const TEMPLATE_XLSX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/template.xlsx"));
