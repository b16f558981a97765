//! What the user's actions do to the state: load chosen files (adding or replacing),
//! open the bundled sample, clear everything, and restore what was stored. The loading
//! itself is [`crate::loading`]'s; nothing here draws.

use crate::browser::{download_bytes, mark};
use crate::edits::Edits;
use crate::loading::limits::read_whole;
use crate::loading::limits::{admit, max_load_bytes};
use crate::loading::{apply, apply_with, load_arriving, wait_until_idle, Ending};
use crate::sample::{sample_xlsx, SAMPLE_JSON, SAMPLE_NAME, SAMPLE_XLSX_NAME, TEMPLATE_XLSX};
use crate::shared::SourceBytes;
use crate::state::{AppState, Busy};
use crate::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use phusong_engine::Filter;
use phusong_intake::is_spreadsheet;

pub use crate::loading::Mode;

/// Reads `files` from disk and loads them, checking each file's records as they arrive
/// while the browser reads on. A file that does not fit, or cannot be read, is refused
/// with a message, like a malformed one; the others load.
pub fn load_chosen(state: AppState, files: Vec<web_sys::File>, mode: Mode) {
    if files.is_empty() {
        return;
    }
    spawn_local(async move {
        wait_until_idle(state).await;
        mark("phusong:chosen");
        let limit = max_load_bytes();
        let existing = match mode {
            Mode::Add => state.files.get_untracked(),
            Mode::Replace => Vec::new(),
        };
        let loaded_bytes: u64 = existing.iter().map(|s| s.bytes().len() as u64).sum();
        let room = limit.saturating_sub(loaded_bytes);
        // A spreadsheet is read whole and converted against every file loaded with it
        // (and a file added to a spreadsheet converts it again): no streamed parse then.
        let spreadsheets = files.iter().any(|f| is_spreadsheet(&f.name()))
            || existing.iter().any(|f| is_spreadsheet(&f.name));
        if spreadsheets {
            let (new, unread) = read_whole(files, room, limit).await;
            apply_with(state, new, unread, Ending { mode, store: true }).await;
            return;
        }
        let (arriving, unread) = admit(files, room, limit);
        load_arriving(state, existing, arriving, unread, mode).await;
    });
}

/// Loads the bundled sample, embedded in the app (no file, no network).
pub fn load_sample(state: AppState) {
    spawn_local(async move {
        wait_until_idle(state).await;
        open_sample(state, true).await;
    });
}

/// [`load_sample`], once nothing else loads; `store`: whether the sample then replaces the
/// stored files (as any loaded data does), or leaves them as they are.
async fn open_sample(state: AppState, store: bool) {
    mark("phusong:chosen");
    state.busy.set(Some(Busy::Parsing {
        file: 0,
        files: 1,
        read: 0,
        bytes: 0,
    }));
    // No frame for the progress: the sample shows within a few frames anyway.
    let source = SourceBytes::from_bytes(SAMPLE_NAME.to_owned(), SAMPLE_JSON.to_vec());
    // The sample's bytes are in hand: the same mark as a file read.
    mark("phusong:read");
    apply(
        state,
        vec![source],
        Ending {
            mode: Mode::Replace,
            store,
        },
    )
    .await;
}

/// Removes every file and edit, in memory and in storage.
pub fn clear_all(state: AppState) {
    state.files.set(Vec::new());
    state.loaded.set(None);
    state.filter.set(Filter::default());
    state.edits.set(Edits::default());
    state.baseline.set(None);
    state
        .baseline_files
        .set_value(std::sync::Arc::new(Vec::new()));
    state.storage_note.set(None);
    spawn_local(async move {
        if let Err(e) = storage::clear().await {
            state.storage_note.set(Some(e));
        }
    });
}

/// Restores the stored files and edits, then last year's figures, if any (on start-up). `busy` says so from the
/// start (until it is done), so the first render draws no welcome screen that stored data
/// would replace.
///
/// A shared report ([`crate::read_only`]) opens what it carries instead, and nothing stored.
///
/// A page opened at `#sample` shows the bundled sample at once instead, without waiting
/// for IndexedDB (a fresh browser profile answers 200–300 ms after the page opens, well
/// after the app has started); the stored files stay as they are (the sample is not
/// stored over them) and the stored edits apply when they are read.
pub fn restore(state: AppState) {
    let sample = location_hash().as_deref() == Some("#sample");
    state.busy.set(Some(Busy::Restoring));
    spawn_local(async move {
        // A shared report shows what it carries, and reads nothing stored.
        if crate::read_only::read_only() {
            crate::share::open::open_shared(state).await;
            return;
        }
        if sample {
            open_sample(state, false).await;
            match storage::load_stored_edits().await {
                Ok(Some(json)) => state.edits.set(Edits::from_json(&json)),
                Ok(None) => {}
                Err(e) => state.storage_note.set(Some(e)),
            }
            return;
        }
        match storage::load_stored().await {
            Ok((edits, files)) => {
                if let Some(json) = edits {
                    state.edits.set(Edits::from_json(&json));
                }
                if !files.is_empty() {
                    let ending = Ending {
                        mode: Mode::Replace,
                        store: false,
                    };
                    apply(state, files, ending).await;
                    crate::baseline::restore_baseline(state).await;
                } else {
                    state.busy.set(None);
                }
            }
            Err(e) => {
                state.storage_note.set(Some(e));
                state.busy.set(None);
            }
        }
    });
}

/// The page URL's `#fragment` (`#sample` opens the bundled sample, see [`restore`]).
fn location_hash() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}

/// "Tải mẫu Excel": the template of the data as an .xlsx.
pub fn download_template() {
    download_bytes("mau-du-lieu-phusong.xlsx", XLSX, TEMPLATE_XLSX);
}

/// "Dữ liệu mẫu dạng Excel": the bundled sample as an .xlsx, from the page's data block.
pub fn download_sample_xlsx() {
    if let Some(bytes) = sample_xlsx() {
        download_bytes(SAMPLE_XLSX_NAME, XLSX, &bytes);
    }
}

/// The media type of an .xlsx workbook.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// "Lưu dữ liệu dạng JSON": what each loaded spreadsheet converted to, one
/// `coverage-report/v1` file per spreadsheet (`<name>.json`), every reference as the id or
/// code it resolved to (spreadsheet-import.md, "Saving the converted data"); with the themes
/// the author accepted added to their items, and then also a copy of each JSON file whose
/// items gain some (`crate::tagging::saved_json`).
pub fn save_converted(state: AppState) {
    let tags = state.edits.with_untracked(|e| e.tags.clone());
    for file in state.files.get_untracked() {
        if let Some((name, json)) = crate::tagging::saved_json(&file, &tags) {
            download_bytes(&name, "application/json", &json);
        }
    }
}
