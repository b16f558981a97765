//! The few browser calls the app needs: reading chosen files, saving a download,
//! printing, yielding to the event loop so progress can paint, moving the focus, and marks
//! for the performance timeline.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Bytes copied into wasm memory per task: a 355 MB file is copied in short tasks,
/// with a repaint (progress) in between.
const COPY_PART: u32 = 16 * 1024 * 1024;

/// Reads a file's (or a stored Blob's) bytes: the browser reads them off the main thread,
/// in one piece, then they are copied into wasm memory a part at a time; `progress` gets
/// the bytes copied so far.
pub async fn read_blob(
    file: &web_sys::Blob,
    mut progress: impl FnMut(u64),
) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(describe_error)?;
    let all = Uint8Array::new(&buffer);
    let size = all.length();
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(size as usize)
        .map_err(|_| format!("{} MB: not enough memory", size / 1_000_000))?;
    let mut start = 0;
    while start < size {
        let end = start.saturating_add(COPY_PART).min(size);
        // Copied straight into the vector's reserved, not yet initialised room: zeroing it
        // first (`resize`) or copying through a temporary (`to_vec`) touched every fresh
        // page twice (52 ms and 26 + 15 ms of 100k items' 35.5 MB in profiles).
        let at = bytes.len();
        let n = (end - start) as usize;
        let room = bytes
            .spare_capacity_mut()
            .get_mut(..n)
            .ok_or("out of room")?;
        all.subarray(start, end).copy_to_uninit(room);
        // SAFETY: `copy_to_uninit` initialised exactly these `n` bytes after the first `at`
        // (it panics unless `room` has the part's length), within the reserved capacity.
        #[allow(unsafe_code)]
        unsafe {
            bytes.set_len(at + n)
        };
        start = end;
        progress(u64::from(start));
        if start < size {
            yield_now().await;
        }
    }
    Ok(bytes)
}

/// A file (or any Blob) read chunk by chunk, as the browser delivers it (a stream).
///
/// Where the browser's Blob stream is a byte stream (Chromium, Firefox, Safari today), it is
/// read into one reused buffer of [`CHUNK_BYTES`] ("bring your own buffer"): no new
/// `ArrayBuffer` per chunk for the garbage collector. Elsewhere, chunk by chunk as given.
pub struct BlobChunks {
    reader: ChunkReader,
    /// Bytes per chunk of a byte-stream read.
    chunk_bytes: u32,
    /// The buffer of the last chunk given out, read into again by the next call.
    spare: std::cell::RefCell<Option<js_sys::ArrayBuffer>>,
    /// The stream said it ended along with the last chunk given out.
    ended: std::cell::Cell<bool>,
}

enum ChunkReader {
    Bytes(web_sys::ReadableStreamByobReader),
    Default(web_sys::ReadableStreamDefaultReader),
}

/// The reused buffer of a byte-stream read, filled before it is handed over. In Chromium,
/// draining a 35.5 MB file into one array took 35–87 ms this way against 70–189 ms chunk by
/// chunk (eight runs each).
pub const CHUNK_BYTES: u32 = 1 << 20;

impl BlobChunks {
    /// Starts reading `blob`, `chunk_bytes` at a time where the stream is a byte stream
    /// (a file: [`CHUNK_BYTES`]).
    pub fn open(blob: &web_sys::Blob, chunk_bytes: u32) -> Result<Self, String> {
        let stream = blob.stream();
        let reader = match web_sys::ReadableStreamByobReader::new(&stream) {
            Ok(reader) => ChunkReader::Bytes(reader),
            Err(_) => ChunkReader::Default(
                web_sys::ReadableStreamDefaultReader::new(&stream).map_err(describe_error)?,
            ),
        };
        Ok(BlobChunks {
            reader,
            chunk_bytes,
            spare: std::cell::RefCell::new(None),
            ended: std::cell::Cell::new(false),
        })
    }

    /// The next chunk; `None` at the end. A chunk is valid until the next call (its
    /// buffer is then read into again).
    pub async fn next(&self) -> Result<Option<Uint8Array>, String> {
        if self.ended.get() {
            return Ok(None);
        }
        let read = match &self.reader {
            ChunkReader::Bytes(reader) => {
                let buffer = self
                    .spare
                    .borrow_mut()
                    .take()
                    .unwrap_or_else(|| js_sys::ArrayBuffer::new(self.chunk_bytes));
                read_filling(reader, &Uint8Array::new(&buffer))
            }
            ChunkReader::Default(reader) => reader.read(),
        };
        let result: web_sys::ReadableStreamReadResult = JsFuture::from(read)
            .await
            .map_err(describe_error)?
            .unchecked_into();
        let done = result.get_done().unwrap_or(false);
        let value = result.get_value();
        // A byte stream that closes while a read waits for `min` bytes answers it with what
        // it has *and* `done`: that last piece is still data.
        if done
            && value
                .dyn_ref::<Uint8Array>()
                .is_none_or(|v| v.length() == 0)
        {
            return Ok(None);
        }
        let chunk = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| "the browser gave something other than bytes".to_owned())?;
        self.ended.set(done);
        if matches!(self.reader, ChunkReader::Bytes(_)) {
            *self.spare.borrow_mut() = chunk.buffer().dyn_into().ok();
        }
        Ok(Some(chunk))
    }
}

/// `reader.read(view, {min: view.length})`: resolves once the view is full (or the stream
/// ends), so a file arrives in [`CHUNK_BYTES`] pieces: 34 reads for 35.5 MB in Chromium
/// instead of 141–519 of whatever was at hand, each a promise and a few calls between
/// wasm and JS. (web-sys has no binding for the options; a browser without `min` reads as
/// before.)
fn read_filling(reader: &web_sys::ReadableStreamByobReader, view: &Uint8Array) -> js_sys::Promise {
    let options = js_sys::Object::new();
    let min = wasm_bindgen::JsValue::from(view.length());
    let read = js_sys::Reflect::set(&options, &"min".into(), &min)
        .and_then(|_| js_sys::Reflect::get(reader, &"read".into()))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|f| f.call2(reader, view, &options));
    match read.and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(promise) => promise,
        Err(_) => reader.read_with_array_buffer_view(view),
    }
}

impl Drop for BlobChunks {
    /// Stops the read if it did not reach the end (harmless if it did).
    fn drop(&mut self) {
        let _ = match &self.reader {
            ChunkReader::Bytes(reader) => reader.cancel(),
            ChunkReader::Default(reader) => reader.cancel(),
        };
    }
}

/// Copies `chunk` into wasm memory after what `buffer` holds.
pub fn append_chunk(
    buffer: &phusong_model::FillingBuffer,
    chunk: &Uint8Array,
) -> Result<(), String> {
    let n = chunk.length() as usize;
    buffer
        .append_with(n, |room| chunk.copy_to_uninit(room))
        .map_err(|_| "the file changed while it was being read".to_owned())
}

/// A browser error in words: a `DOMException`'s name and message, or the value as text.
pub fn describe_error(e: wasm_bindgen::JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| "error".to_owned())
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

/// Saves `text` as the file `name` (a download the browser asks where to put, or puts in
/// its downloads folder).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    save_parts(name, mime, &parts);
}

/// Saves `bytes` as the file `name` (see [`download`]).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    save_parts(name, mime, &parts);
}

/// Offers the blob of `parts` (strings or byte arrays) as a download named `name` (no
/// network: a blob URL, revoked a minute later, not right after the click: a browser may
/// read the URL after the click has returned, and a revoked URL then downloads nothing).
fn save_parts(name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
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
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
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

/// Once the page has drawn what changed (the next task), moves the focus to the first
/// element that matches one of `selectors`, tried in order: a button gone with its row
/// hands the focus on, so that the keyboard user goes on from where they were.
pub async fn focus_first(selectors: &[String]) {
    next_frame().await;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = selectors.iter().find_map(|s| {
        doc.query_selector(s)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(t) = target {
        let _ = t.focus();
    }
}

/// Resolves once the browser has painted what the DOM shows now: a message posted from
/// the next animation frame is handled after that frame's paint. Frames pause in a
/// background tab, so it also resolves after 100 ms without one.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = JsFuture::from(frame).await;
    yield_now().await;
}

/// Yields to the event loop (input, painting) and resumes right after, without the
/// 4 ms that nested `setTimeout(0)` calls wait: a message to a `MessageChannel`.
pub async fn yield_now() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return next_frame().await;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
        if channel
            .port2()
            .post_message(&wasm_bindgen::JsValue::NULL)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
    // Held until here so that the channel outlives its message.
    channel.port1().set_onmessage(None);
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Starts loading the report's typeface (Tinos, bundled) if the page has not yet (the boot
/// placeholder of `index.html` asks for every face before the app starts), while the first screen shows:
/// a browser loads a web font only when some text first needs it, and the report's text
/// would then be laid out twice (with a fallback font, then again with Tinos: ~60 ms for
/// the 1,500-item sample).
pub fn load_report_fonts() {
    let Some(fonts) = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.fonts())
    else {
        return;
    };
    // Vietnamese letters, so that the Vietnamese subset loads too (each face has two).
    for font in ["13pt Tinos", "bold 13pt Tinos", "italic 13pt Tinos"] {
        let _ = fonts.load_with_text(font, "Aa Đường Việt");
    }
}

/// Removes `index.html`'s placeholder (shown while the app starts).
pub fn remove_boot_placeholder() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        BOOT.with(|b| *b.borrow_mut() = boot.clone_node_with_deep(true).ok());
        boot.remove();
    }
}

thread_local! {
    /// A copy of the boot placeholder, for a page written out again (a shared report).
    static BOOT: std::cell::RefCell<Option<web_sys::Node>> = const { std::cell::RefCell::new(None) };
}

/// A new copy of the boot placeholder the app removed, if it had one.
pub fn boot_placeholder() -> Option<web_sys::Node> {
    BOOT.with(|b| {
        b.borrow()
            .as_ref()
            .and_then(|n| n.clone_node_with_deep(true).ok())
    })
}

/// Adds a mark to the performance timeline (read by the browser benchmark).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// `performance.measure(name, start, end)` between two marks (read by the benchmarks and tests).
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(name, start, end);
    }
}

/// Today's date in the browser's time zone (a shared report's: the day it was made).
pub fn today() -> Option<chrono::NaiveDate> {
    // A shared report is read on the day it was made.
    if let Some(made) = crate::read_only::made() {
        return Some(made.on);
    }
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        i32::try_from(d.get_full_year()).ok()?,
        d.get_month() + 1,
        d.get_date(),
    )
}
