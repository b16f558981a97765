//! Whether this page is a shared report ("Lưu báo cáo để gửi"): read-only, showing the data
//! it carries as its author left it, on the day it was made. Imports nothing of the app, so
//! storage, the state and every view can ask.

use std::sync::OnceLock;

/// Who made a shared report and when.
#[derive(Debug, Clone)]
pub struct Made {
    /// The day it was made: the page's "today" (the as-of date and the signing date drafted
    /// from it stay those of that day).
    pub on: chrono::NaiveDate,
    /// The issuing body, as the report's header says.
    pub by: String,
}

static SHARED: OnceLock<bool> = OnceLock::new();
static MADE: OnceLock<Made> = OnceLock::new();

/// Whether this page carries a shared report (its data block is in the page): then nothing
/// is loaded, edited or stored.
pub fn read_only() -> bool {
    *SHARED.get_or_init(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(phusong_share::page::SHARE_BLOCK_ID))
            .is_some()
    })
}

/// Sets who made the shared report and when, once it is read.
pub fn set_made(made: Made) {
    let _ = MADE.set(made);
}

/// Who made the shared report and when, once it is read.
pub fn made() -> Option<&'static Made> {
    MADE.get()
}
