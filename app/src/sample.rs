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

/// The id of the page's data block holding the sample as .xlsx (written by
/// `scripts/post_build.py` in release builds: in the wasm it would pass its size budget):
/// base64 in the hosted page, raw in the offline file (`phusong_share::text`).
const SAMPLE_XLSX_BLOCK: &str = phusong_share::page::SAMPLE_BLOCK_ID;

/// The file name of the sample as .xlsx.
pub const SAMPLE_XLSX_NAME: &str = "du-lieu-mau-thanh-hoa-2025.xlsx";

/// Whether the page carries the sample as .xlsx (not in a debug build, nor in a shared
/// report).
pub fn has_sample_xlsx() -> bool {
    sample_block().is_some()
}

/// The sample as .xlsx, decoded from the page's data block when asked for.
pub fn sample_xlsx() -> Option<Vec<u8>> {
    let block = sample_block()?;
    let text = block.text_content()?;
    if block.get_attribute("data-encoding").as_deref() == Some(phusong_share::page::RAW_ENCODING) {
        return phusong_share::text::unescape(&text).ok();
    }
    let binary = web_sys::window()?.atob(text.trim()).ok()?;
    // `atob` gives one char per byte (U+0000–U+00FF).
    binary.chars().map(|c| u8::try_from(c).ok()).collect()
}

fn sample_block() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id(SAMPLE_XLSX_BLOCK)
}
