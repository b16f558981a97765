//! Keeps the loaded files, the author's edits, the readings of sheets and last year's files
//! in IndexedDB, so a reload restores them (a shared report stores nothing). Each value is written whole in one transaction: two tabs can race, but
//! never leave a half-written dataset.

use crate::shared::SourceBytes;
use js_sys::{Array, Object, Reflect, Uint8Array};
use phusong_model::FillingBuffer;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

// These names (database, version, store, keys) are also in `index.html`'s first script,
// which reads both keys before the app starts.
const DB_NAME: &str = "phusong";
const DB_VERSION: u32 = 1;
const STORE: &str = "state";
const FILES_KEY: &str = "files-v1";
const EDITS_KEY: &str = "edits";
/// The files last year's figures were read from ("Năm trước để so sánh"), kept until removed.
const BASELINE_KEY: &str = "baseline-files";
/// The user's readings of sheets (`phusong_sheets::SheetMapping`s as JSON), kept per set of
/// headers across loads.
const MAPPINGS_KEY: &str = "sheet-mappings";

/// The `localStorage` key of the UI language ("vi" or "en").
const LANG_KEY: &str = "phusong-lang";

/// The language chosen last time in this browser, if any (read synchronously at start-up,
/// so the first screen is already in it).
pub fn stored_lang() -> Option<phusong_model::Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    match storage.get_item(LANG_KEY).ok()??.as_str() {
        "vi" => Some(phusong_model::Lang::Vi),
        "en" => Some(phusong_model::Lang::En),
        _ => None,
    }
}

/// Remembers the UI language; a browser that refuses storage just forgets it.
pub fn save_lang(lang: phusong_model::Lang) {
    if crate::read_only::read_only() {
        return;
    }
    let code = match lang {
        phusong_model::Lang::Vi => "vi",
        phusong_model::Lang::En => "en",
    };
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(LANG_KEY, code);
    }
}

/// Why storage failed, in words for the user.
pub type StorageError = String;

fn describe(e: JsValue) -> StorageError {
    crate::browser::describe_error(e)
}

/// Resolves when `req` succeeds (with its result) or fails (with its error).
async fn request(req: &IdbRequest) -> Result<JsValue, JsValue> {
    JsFuture::from(settled(req)).await
}

/// A promise of `req`'s result, its handlers attached now (so that several requests of one
/// transaction can be awaited one after the other without missing an event).
fn settled(req: &IdbRequest) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let on_ok = Closure::once_into_js(move |_: web_sys::Event| {
            let value = ok_req.result().unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &value);
        });
        let err_req = req.clone();
        let on_err = Closure::once_into_js(move |_: web_sys::Event| {
            let error = err_req
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    })
}

/// Resolves when the transaction commits; rejects when it aborts (e.g. quota).
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let err_tx = tx.clone();
        let reject2 = reject.clone();
        let on_err = Closure::once_into_js(move |_: web_sys::Event| {
            let error = err_tx.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let abort_tx = tx.clone();
        let on_abort = Closure::once_into_js(move |_: web_sys::Event| {
            let error = abort_tx
                .error()
                .map_or(JsValue::from_str("AbortError"), JsValue::from);
            let _ = reject2.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_ok.unchecked_ref()));
        tx.set_onerror(Some(on_err.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Global set by `index.html`'s first script: a promise of what was stored
/// (`{edits, files}`, or null when that read failed), read while the wasm was still loading.
const EARLY_READ: &str = "phusongStored";

/// What `index.html` read from the database before the app started, taken once: the stored
/// edits and files as `load_stored` reads them, or `None` (then the app reads them itself).
async fn early_read() -> Option<(JsValue, JsValue)> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(EARLY_READ);
    let promise = Reflect::get(&window, &key).ok()?;
    let _ = Reflect::delete_property(&window, &key);
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    let stored = JsFuture::from(promise).await.ok()?;
    if stored.is_null() || stored.is_undefined() {
        return None;
    }
    let edits = Reflect::get(&stored, &"edits".into()).ok()?;
    let files = Reflect::get(&stored, &"files".into()).ok()?;
    Some((edits, files))
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let factory = window
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("IndexedDB is not available"))?;
    let req: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, DB_VERSION)?;
    let upgrade_req = req.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrade_req
            .result()
            .and_then(|r| r.dyn_into::<IdbDatabase>())
        {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = request(&req).await?;
    db.dyn_into::<IdbDatabase>()
}

async fn put(key: &str, value: &JsValue) -> Result<(), JsValue> {
    // A shared report stores nothing in the reader's browser.
    if crate::read_only::read_only() {
        return Ok(());
    }
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE)?;
    store.put_with_key(value, &JsValue::from_str(key))?;
    let result = committed(&tx).await;
    db.close();
    result
}

/// Stores the loaded files (replacing what was stored). A file with a `Blob` is stored as
/// that Blob (the browser copies it, off the main thread); one known only by its bytes
/// (the generated sample) as a `Uint8Array` copied out of wasm memory.
pub async fn save_files(files: &[SourceBytes]) -> Result<(), StorageError> {
    let list = Array::new();
    for f in files {
        let entry = Object::new();
        let bytes: JsValue = match &f.blob {
            Some(blob) => {
                let blob: &web_sys::Blob = blob;
                blob.clone().into()
            }
            None => Uint8Array::from(f.bytes()).into(),
        };
        Reflect::set(&entry, &"name".into(), &JsValue::from_str(&f.name)).map_err(describe)?;
        Reflect::set(&entry, &"bytes".into(), &bytes).map_err(describe)?;
        list.push(&entry);
    }
    put(FILES_KEY, &list).await.map_err(describe)
}

/// The stored edits alone (JSON text, if any), for a page that shows the sample and
/// leaves the stored files where they are (their list is read, their bytes are not).
pub async fn load_stored_edits() -> Result<Option<String>, StorageError> {
    Ok(read_stored().await?.0.as_string())
}

/// The stored edits (JSON text, if any) and files.
pub async fn load_stored() -> Result<(Option<String>, Vec<SourceBytes>), StorageError> {
    let (edits, files) = read_stored().await?;
    Ok((edits.as_string(), files_of(files).await?))
}

/// The stored edits and file list as stored: what `index.html` read before the app
/// started, or else read now in one transaction.
async fn read_stored() -> Result<(JsValue, JsValue), StorageError> {
    if let Some(stored) = early_read().await {
        return Ok(stored);
    }
    let db = open().await.map_err(describe)?;
    let read = async {
        let tx = db.transaction_with_str(STORE)?;
        let store = tx.object_store(STORE)?;
        let edits = settled(&store.get(&JsValue::from_str(EDITS_KEY))?);
        let files = settled(&store.get(&JsValue::from_str(FILES_KEY))?);
        let edits = JsFuture::from(edits).await?;
        let files = JsFuture::from(files).await?;
        Ok::<_, JsValue>((edits, files))
    };
    let read = read.await;
    db.close();
    read.map_err(describe)
}

/// The files of a stored list (as `save_files` wrote it).
async fn files_of(value: JsValue) -> Result<Vec<SourceBytes>, StorageError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let list: Array = value
        .dyn_into()
        .map_err(|_| "stored files are not a list".to_owned())?;
    let mut out = Vec::with_capacity(list.length() as usize);
    for entry in list.iter() {
        let Some(name) = Reflect::get(&entry, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
        else {
            continue;
        };
        let stored = Reflect::get(&entry, &"bytes".into()).unwrap_or(JsValue::UNDEFINED);
        if let Some(bytes) = stored.dyn_ref::<Uint8Array>() {
            out.push(SourceBytes::from_bytes(name, bytes.to_vec()));
        } else if let Some(blob) = stored.dyn_ref::<web_sys::Blob>() {
            let bytes = crate::browser::read_blob(blob, |_| {}).await?;
            out.push(SourceBytes {
                name,
                shared: Arc::new(FillingBuffer::from_vec(bytes)),
                blob: Some(SendWrapper::new(blob.clone())),
                conversion: None,
            });
        }
    }
    Ok(out)
}

/// Stores the author's edits (JSON text).
pub async fn save_edits(json: &str) -> Result<(), StorageError> {
    put(EDITS_KEY, &JsValue::from_str(json))
        .await
        .map_err(describe)
}

/// Stores the files of last year's figures (none: forgets them).
pub async fn save_baseline(files: &[(String, Vec<u8>)]) -> Result<(), StorageError> {
    let list = Array::new();
    for (name, bytes) in files {
        let entry = Object::new();
        Reflect::set(&entry, &"name".into(), &JsValue::from_str(name)).map_err(describe)?;
        Reflect::set(&entry, &"bytes".into(), &Uint8Array::from(bytes.as_slice()))
            .map_err(describe)?;
        list.push(&entry);
    }
    put(BASELINE_KEY, &list).await.map_err(describe)
}

/// The stored files of last year's figures, if any.
pub async fn load_baseline() -> Result<Vec<(String, Vec<u8>)>, StorageError> {
    let Ok(list) = get(BASELINE_KEY).await?.dyn_into::<Array>() else {
        return Ok(Vec::new());
    };
    Ok(list
        .iter()
        .filter_map(|entry| {
            let name = Reflect::get(&entry, &"name".into()).ok()?.as_string()?;
            let bytes = Reflect::get(&entry, &"bytes".into()).ok()?;
            Some((name, bytes.dyn_ref::<Uint8Array>()?.to_vec()))
        })
        .collect())
}

/// Stores the user's readings of sheets (JSON text of the list).
pub async fn save_mappings(json: &str) -> Result<(), StorageError> {
    put(MAPPINGS_KEY, &JsValue::from_str(json))
        .await
        .map_err(describe)
}

/// The stored readings of sheets (JSON text), if any.
pub async fn load_mappings() -> Result<Option<String>, StorageError> {
    Ok(get(MAPPINGS_KEY).await?.as_string())
}

/// The value stored under `key` (undefined when none), read in a transaction of its own.
async fn get(key: &str) -> Result<JsValue, StorageError> {
    let db = open().await.map_err(describe)?;
    let read = async {
        let tx = db.transaction_with_str(STORE)?;
        let store = tx.object_store(STORE)?;
        JsFuture::from(settled(&store.get(&JsValue::from_str(key))?)).await
    };
    let read = read.await;
    db.close();
    read.map_err(describe)
}

/// Deletes everything stored.
pub async fn clear() -> Result<(), StorageError> {
    if crate::read_only::read_only() {
        return Ok(());
    }
    let db = open().await.map_err(describe)?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    store.clear().map_err(describe)?;
    let result = committed(&tx).await.map_err(describe);
    db.close();
    result
}
