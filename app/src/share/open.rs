//! A shared report opening: its data block read, unpacked (with a limit) and loaded as its
//! author had it (the edits, the readings of sheets, last year's figures), never stored.

use crate::baseline::set_baseline_files;
use crate::compression::{gunzip, GunzipError};
use crate::edits::Edits;
use crate::loading::limits::max_load_bytes;
use crate::loading::{apply, Ending, Mode};
use crate::read_only::{set_made, Made};
use crate::shared::SourceBytes;
use crate::state::AppState;
use leptos::prelude::*;
use phusong_intake::SheetMapping;
use phusong_share::{page::SHARE_BLOCK_ID, text, Bundle, BundleFile};

/// Opens the report this page carries; what goes wrong is said in the problems panel.
pub async fn open_shared(state: AppState) {
    match read_bundle(state).await {
        Ok(bundle) => show(state, bundle).await,
        Err(message) => {
            state.storage_note.set(Some(message));
            state.busy.set(None);
        }
    }
}

/// The bundle in the page's data block, or why it cannot be read (in words).
async fn read_bundle(state: AppState) -> Result<Bundle, String> {
    let words = &phusong_words::words(state.lang.get_untracked()).share;
    let block = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SHARE_BLOCK_ID))
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    let gz = text::unescape(&block).map_err(|e| match e {
        text::TextError::NotWindows1252(..) => words.encoding.to_owned(),
        other => (words.damaged)(&other.to_string()),
    })?;
    drop(block);
    // The files as loaded are within the page's allowance; last year's may add as much.
    let limit = max_load_bytes().saturating_mul(2);
    let bytes = gunzip(&gz, limit).await.map_err(|e| match e {
        GunzipError::Damaged => (words.damaged)("gzip"),
        GunzipError::TooLarge => (words.too_large)(limit / 1_000_000),
    })?;
    Bundle::from_bytes(&bytes).map_err(|e| (words.damaged)(&e.to_string()))
}

/// Loads the bundle's files with its edits, readings and last year's figures.
async fn show(state: AppState, bundle: Bundle) {
    let Bundle {
        made_on,
        made_by,
        edits,
        mappings,
        files,
        baseline,
    } = bundle;
    if let Some(on) = phusong_model::date::parse_date(&made_on) {
        set_made(Made { on, by: made_by });
    }
    state.edits.set(Edits::from_json(&edits));
    let mappings = mappings
        .and_then(|m| serde_json::from_str::<Vec<SheetMapping>>(&m).ok())
        .unwrap_or_default();
    state.mappings.set(Some(mappings));
    if !baseline.is_empty() {
        set_baseline_files(
            state,
            baseline.into_iter().map(|f| (f.name, f.bytes)).collect(),
        );
    }
    let files = files
        .into_iter()
        .map(|BundleFile { name, bytes }| SourceBytes::from_bytes(name, bytes))
        .collect();
    let ending = Ending {
        mode: Mode::Replace,
        store: false,
    };
    apply(state, files, ending).await;
}
