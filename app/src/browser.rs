//! The few browser calls the app needs: reading chosen files, saving a download,
//! printing, yielding to the event loop so progress can paint, and marks for the
//! performance timeline.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Reads a chosen file's bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "read error".to_owned()))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The files of a `FileList` (from a picker or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The files chosen in the `<input type=file>` that fired `ev`, emptying the input so
/// that choosing the same file again fires again.
pub fn take_chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}

/// Offers `text` as a download named `name` (no network: a blob URL, revoked after).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Lets the browser paint before a long synchronous step.
pub async fn next_frame() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Adds a mark to the performance timeline (read by the browser benchmark).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Today's date in the browser's time zone.
pub fn today() -> Option<chrono::NaiveDate> {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        i32::try_from(d.get_full_year()).ok()?,
        d.get_month() + 1,
        d.get_date(),
    )
}
