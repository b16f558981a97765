//! "Lưu báo cáo để gửi": the offline page with the report inside. Its files as loaded (a
//! spreadsheet as its workbook), the author's edits, the readings of sheets and last year's
//! files go in a [`Bundle`], gzipped by the browser, in a data block of the page: this page
//! itself when it is the offline file (its DOM serialized: the app's own elements left out,
//! the boot placeholder put back), else `phusong.html` beside the hosted app.

use crate::browser::today;
use crate::compression::gzip;
use crate::state::AppState;
use leptos::prelude::*;
use phusong_export::document::letterhead;
use phusong_share::page::{shared_page, WASM_BLOCK_ID};
use phusong_share::{text::page_bytes, Bundle, BundleFile};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The shared report's file name and bytes, or why it cannot be made (in words).
pub async fn make_shared(state: AppState) -> Result<(String, Vec<u8>), String> {
    let lang = state.lang.get_untracked();
    let words = &phusong_words::words(lang).share;
    let Some(bundle) = bundle(state) else {
        return Err(words.no_offline_page.to_owned());
    };
    let name = format!("bao-cao-lap-ngay-{}.html", bundle.made_on);
    let page = offline_page().await.ok_or(words.no_offline_page)?;
    let gz = gzip(&bundle.to_bytes()).await.ok_or(words.no_compression)?;
    let bytes = shared_page(&page, &gz).map_err(|_| words.no_offline_page.to_owned())?;
    Ok((name, bytes))
}

/// What the shared report carries, as the report stands now.
fn bundle(state: AppState) -> Option<Bundle> {
    let lang = state.lang.get_untracked();
    let loaded = state.loaded.get_untracked()?;
    let data = loaded.dataset.as_ref()?;
    let fields = state.edits.with_untracked(|e| e.author_fields());
    let by = letterhead(data, &fields, today(), lang).issuer;
    let by = if by.trim().is_empty() {
        phusong_words::words(lang).share.someone.to_owned()
    } else {
        by
    };
    let files = state.files.get_untracked();
    let spreadsheets = files.iter().any(|f| f.conversion.is_some());
    let mappings = spreadsheets
        .then(|| state.mappings.get_untracked())
        .flatten()
        .filter(|m| !m.is_empty())
        .and_then(|m| serde_json::to_string(&m).ok());
    let file = |name: &str, bytes: &[u8]| BundleFile {
        name: name.to_owned(),
        bytes: bytes.to_vec(),
    };
    Some(Bundle {
        made_on: today().map(phusong_model::date::format_iso)?,
        made_by: by,
        edits: state.edits.with_untracked(|e| e.to_json()),
        mappings,
        files: files.iter().map(|f| file(&f.name, f.bytes())).collect(),
        baseline: state
            .baseline_files
            .with_value(|b| b.iter().map(|(name, bytes)| file(name, bytes)).collect()),
    })
}

/// The offline page's bytes: this page's when it carries the app, else `phusong.html`'s
/// from beside the hosted app (its policy allows fetching from its own origin).
async fn offline_page() -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if document.get_element_by_id(WASM_BLOCK_ID).is_some() {
        return serialized(&document);
    }
    let response = JsFuture::from(window.fetch_with_str("phusong.html"))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// This page as it was written: a copy of its DOM without what the app drew in the body
/// (only the body's scripts, the data blocks among them, stay), with the boot placeholder
/// the app removed put back, as windows-1252 bytes.
fn serialized(document: &web_sys::Document) -> Option<Vec<u8>> {
    let root: web_sys::Element = document
        .document_element()?
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()?;
    let body = root.query_selector("body").ok()??;
    let children = body.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i) {
            if !child.tag_name().eq_ignore_ascii_case("script") {
                child.remove();
            }
        }
    }
    if let Some(boot) = crate::browser::boot_placeholder() {
        body.prepend_with_node_1(&boot).ok()?;
    }
    Some(page_bytes(&format!(
        "<!DOCTYPE html>\n{}",
        root.outer_html()
    )))
}
