//! What the user's actions do to the state: load files (adding or replacing),
//! open the bundled sample, clear everything, and restore what was stored.

use crate::browser::{
    after_paint, append_chunk, mark, next_frame, now_ms, read_blob, yield_now, BlobChunks,
};
use crate::edits::Edits;
use crate::state::{count_report, AppState, Busy, Prepared, Shared, SourceBytes};
use crate::storage;
use crate::warm_up::warm_up_when_idle;
use leptos::prelude::*;
use leptos::task::spawn_local;
use phusong_engine::Filter;
use phusong_model::filling::FillingBuffer;
use phusong_model::slices::SliceSizer;
use phusong_model::{FileError, FileOutcome, Loading, RefusedFile, SourceFile, Stage};
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// Whether new files join the loaded ones or replace them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Append to what is loaded (e.g. next quarter's coverage).
    Add,
    /// Start again from these files (kept only if at least one is accepted).
    Replace,
}

/// Name of the bundled sample file.
pub const SAMPLE_NAME: &str = "du-lieu-mau-thanh-hoa-2025.json";
/// The bundled sample's bytes, generated at build time by `app/build.rs`
/// (`phusong_sample::BUNDLED`: 1,500 items).
pub(crate) const SAMPLE_JSON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sample.json"));

/// The most data (bytes of JSON, all loaded files together) one page takes: 4 million
/// items (1.43 GB) load in ~25 s in Chromium; a 2.3 GB file cannot even be read into one
/// buffer, and wasm32 memory (4 GiB) must also hold what is parsed from the bytes.
const MAX_LOAD_BYTES: u64 = 1_500_000_000;

/// `sessionStorage` key that lowers [`MAX_LOAD_BYTES`] (in MB) for the end-to-end tests.
pub const MAX_LOAD_MB_KEY: &str = "phusong.max-load-mb";

/// [`MAX_LOAD_BYTES`], unless a test lowered it.
fn max_load_bytes() -> u64 {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(MAX_LOAD_MB_KEY).ok().flatten())
        .and_then(|mb| mb.parse::<u64>().ok())
        .map_or(MAX_LOAD_BYTES, |mb| mb.saturating_mul(1_000_000))
}

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
        let mut room = limit.saturating_sub(loaded_bytes);
        let mut arriving = Vec::with_capacity(files.len());
        let mut unread = Vec::new();
        for file in files {
            let size = file.size() as u64;
            if size > room {
                let error = FileError::TooLarge {
                    bytes: size,
                    room,
                    limit,
                };
                unread.push(RefusedFile {
                    file: file.name(),
                    error,
                });
                continue;
            }
            room -= size;
            let name = file.name();
            match Arriving::new(name, web_sys::Blob::from(file)) {
                Ok(file) => arriving.push(file),
                Err(refused) => unread.push(refused),
            }
        }
        load_arriving(state, existing, arriving, unread, mode).await;
    });
}

/// Who follows a load: the page (its progress bar, the performance marks), or nobody (the
/// warm-up, [`crate::warm_up`], which gives up as soon as the user starts a load).
#[derive(Clone, Copy)]
pub(crate) enum Watcher {
    /// A load the user asked for: progress shown, marks set.
    Page(AppState),
    /// The warm-up's load of the sample: nothing shown, stopped by anything else.
    WarmUp(AppState),
}

impl Watcher {
    /// Shows how far the load is (the page only).
    fn busy(self, busy: Busy) {
        if let Watcher::Page(state) = self {
            state.busy.set(Some(busy));
        }
    }

    /// Sets a performance mark (the page only: the benchmark reads them).
    fn mark(self, name: &str) {
        if let Watcher::Page(_) = self {
            mark(name);
        }
    }

    /// Whether to stop here: the warm-up stops once the user loads something.
    pub(crate) fn gave_up(self) -> bool {
        match self {
            Watcher::Page(_) => false,
            Watcher::WarmUp(state) => {
                state.busy.with_untracked(Option::is_some)
                    || state.loaded.with_untracked(Option::is_some)
            }
        }
    }
}

/// The warm-up's chunks: the sample (548 KB) arrives in nine.
const WARM_UP_CHUNK_BYTES: u32 = 64 * 1024;

/// What a warm-up's load says when it stopped for the user's (never shown).
const GAVE_UP: &str = "the warm-up gave way to a load";

/// A chosen file to be read into memory as it arrives.
pub(crate) struct Arriving {
    name: String,
    blob: web_sys::Blob,
    buffer: Arc<FillingBuffer>,
}

impl Arriving {
    /// Makes room for `blob`'s bytes; refused (unreadable) if there is not enough memory.
    pub(crate) fn new(name: String, blob: web_sys::Blob) -> Result<Self, RefusedFile> {
        let size = blob.size() as usize;
        match FillingBuffer::with_capacity(size) {
            Ok(buffer) => Ok(Arriving {
                name,
                blob,
                buffer: Arc::new(buffer),
            }),
            Err(_) => Err(RefusedFile {
                file: name,
                error: FileError::Unreadable {
                    detail: format!("{} MB: not enough memory", size / 1_000_000),
                },
            }),
        }
    }

    /// The file, once read (`shared`), as the app keeps it.
    fn source(name: String, blob: web_sys::Blob, shared: Arc<FillingBuffer>) -> SourceBytes {
        SourceBytes {
            name,
            shared,
            blob: Some(SendWrapper::new(blob)),
        }
    }
}

/// Reads the `arriving` files and checks them after the `before` ones (the loaded files
/// when adding, none when replacing), then shows and stores the result. A file that
/// cannot be read to its end is refused as unreadable, and the others are read whole and
/// checked the usual way.
async fn load_arriving(
    state: AppState,
    before: Vec<SourceBytes>,
    arriving: Vec<Arriving>,
    mut unread: Vec<RefusedFile>,
    mode: Mode,
) {
    let outcome = read_and_check(Watcher::Page(state), &before, &arriving).await;
    let mut new = Vec::with_capacity(arriving.len());
    match outcome {
        Ok(loaded) => {
            new.extend(
                arriving
                    .into_iter()
                    .map(|a| Arriving::source(a.name, a.blob, a.buffer)),
            );
            let all = before.into_iter().chain(new.iter().cloned()).collect();
            settle(state, new, all, loaded, unread, mode, true).await;
        }
        Err((failed, detail)) => {
            let mut detail = Some(detail);
            for (i, a) in arriving.into_iter().enumerate() {
                let bytes = match i.cmp(&failed) {
                    std::cmp::Ordering::Less => Ok(a.buffer),
                    std::cmp::Ordering::Equal => Err(detail.take().unwrap_or_default()),
                    std::cmp::Ordering::Greater => {
                        drop(a.buffer);
                        read_blob(&a.blob, |_| {})
                            .await
                            .map(|bytes| Arc::new(FillingBuffer::from_vec(bytes)))
                    }
                };
                match bytes {
                    Ok(bytes) => new.push(Arriving::source(a.name, a.blob, bytes)),
                    Err(detail) => unread.push(RefusedFile {
                        file: a.name,
                        error: FileError::Unreadable { detail },
                    }),
                }
            }
            mark("phusong:read");
            // `apply_with` puts the loaded files first itself when adding.
            apply_with(state, new, unread, mode, true).await;
        }
    }
}

/// Time aimed at per parse slice while files are still being read: short, so that the
/// browser's reading (which pauses when its buffer between the file and the page is
/// full) goes on between slices.
const READING_SLICE_MS: f64 = 10.0;

/// Reads the `arriving` files (loaded after `before`, already in memory) as the browser
/// delivers them, parsing what has arrived between chunks; then checks the rest in
/// slices. `Err((i, why))`: file `i` of `arriving` could not be read to its end (or the
/// warm-up gave up: [`GAVE_UP`]).
pub(crate) async fn read_and_check(
    watch: Watcher,
    before: &[SourceBytes],
    arriving: &[Arriving],
) -> Result<phusong_model::Loaded, (usize, String)> {
    let bytes: u64 = arriving.iter().map(|a| a.blob.size() as u64).sum();
    let files = arriving.len();
    let mut sources: Vec<SourceFile<'_>> = before
        .iter()
        .map(|f| SourceFile {
            name: &f.name,
            bytes: f.bytes(),
        })
        .collect();
    sources.extend(arriving.iter().map(|a| SourceFile {
        name: &a.name,
        bytes: a.buffer.filled(),
    }));
    let first = before.len();
    let mut loading = Loading::arriving(sources, first);
    let buffers = before.iter().map(|f| &f.shared);
    for (i, buffer) in buffers
        .chain(arriving.iter().map(|a| &a.buffer))
        .enumerate()
    {
        loading.share(i, Arc::clone(buffer));
    }
    let mut sizer = SliceSizer::new(READING_SLICE_MS);
    let chunk_bytes = match watch {
        Watcher::Page(_) => crate::browser::CHUNK_BYTES,
        // The sample in a few chunks: the code for records cut between two runs too.
        Watcher::WarmUp(_) => WARM_UP_CHUNK_BYTES,
    };
    let mut read = 0u64;
    let mut since_yield = now_ms();
    for (k, Arriving { blob, buffer, .. }) in arriving.iter().enumerate() {
        let reading = |read| Busy::Reading {
            file: k,
            files,
            read,
            bytes,
        };
        watch.busy(reading(read));
        let chunks = BlobChunks::open(blob, chunk_bytes).map_err(|e| (k, e))?;
        loop {
            let chunk = chunks.next().await.map_err(|e| (k, e))?;
            if watch.gave_up() {
                return Err((k, GAVE_UP.to_owned()));
            }
            let end = chunk.is_none();
            if let Some(chunk) = &chunk {
                append_chunk(buffer, chunk).map_err(|e| (k, e))?;
                read += u64::from(chunk.length());
            }
            loading.grow(first + k, buffer.filled(), end);
            // What has arrived is parsed while the browser reads on.
            if !loading.waiting() {
                let (started, work_before) = (now_ms(), loading.work_done());
                loading.step(sizer.units());
                sizer.record(loading.work_done() - work_before, now_ms() - started);
            }
            if now_ms() - since_yield >= SLICE_MS {
                watch.busy(reading(read));
                yield_now().await;
                since_yield = now_ms();
            }
            if end {
                break;
            }
        }
    }
    watch.mark("phusong:read");
    run_to_end(watch, loading)
        .await
        .map_err(|_| (0, GAVE_UP.to_owned()))
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
    apply(state, vec![source], Mode::Replace, store).await;
}

/// Waits for a load in progress to end: the page answers input during a load, and files
/// dropped meanwhile load after it, in turn (the buttons are disabled meanwhile).
async fn wait_until_idle(state: AppState) {
    while state.busy.with_untracked(Option::is_some) {
        next_frame().await;
    }
}

/// Removes every file and edit, in memory and in storage.
pub fn clear_all(state: AppState) {
    state.files.set(Vec::new());
    state.loaded.set(None);
    state.filter.set(Filter::default());
    state.edits.set(Edits::default());
    state.storage_note.set(None);
    spawn_local(async move {
        if let Err(e) = storage::clear().await {
            state.storage_note.set(Some(e));
        }
    });
}

/// Restores the stored files and edits, if any (on start-up). `busy` says so from the
/// start, so the first render draws no welcome screen that stored data would replace.
///
/// A page opened at `#sample` shows the bundled sample at once instead, without waiting
/// for IndexedDB (a fresh browser profile answers 200–300 ms after the page opens, well
/// after the app has started); the stored files stay as they are (the sample is not
/// stored over them) and the stored edits apply when they are read.
pub fn restore(state: AppState) {
    let sample = location_hash().as_deref() == Some("#sample");
    state.busy.set(Some(Busy::Restoring));
    spawn_local(async move {
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
                    apply(state, files, Mode::Replace, false).await;
                } else {
                    state.busy.set(None);
                    warm_up_when_idle(state);
                }
            }
            Err(e) => {
                state.storage_note.set(Some(e));
                state.busy.set(None);
                warm_up_when_idle(state);
            }
        }
    });
}

/// The page URL's `#fragment` (`#sample` opens the bundled sample, see [`restore`]).
fn location_hash() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}

/// Stores the edits after a change; counts it in `AppState::edits_stored` once they are.
pub fn save_edits(state: AppState) {
    let json = state.edits.with_untracked(Edits::to_json);
    spawn_local(async move {
        match storage::save_edits(&json).await {
            Ok(()) => state.edits_stored.update(|n| *n += 1),
            Err(e) => state.storage_note.set(Some(e)),
        }
    });
}

/// Data up to this size (all files together) is checked in one task: ~20–60 ms here for
/// the bundled sample (548 KB); a progress frame in between would cost more than it shows.
const ONE_TASK_BYTES: usize = 1 << 20;

/// Main-thread time aimed at per slice of the load: the page repaints (the progress bar
/// moves) and handles input between slices.
const SLICE_MS: f64 = 40.0;

/// Parses and validates `files` in slices of about [`SLICE_MS`], yielding to the browser
/// between them, with the progress shown (marks for the browser benchmark).
async fn check(state: AppState, files: &[SourceBytes]) -> phusong_model::Loaded {
    let buffers: Vec<(&str, Arc<FillingBuffer>)> = files
        .iter()
        .map(|f| (f.name.as_str(), Arc::clone(&f.shared)))
        .collect();
    let mut loading = Loading::shared(&buffers);
    let bytes: usize = files.iter().map(|f| f.bytes().len()).sum();
    if bytes <= ONE_TASK_BYTES {
        // Small data (the bundled sample): one task, no progress frames in between.
        while matches!(loading.stage(), Stage::Parsing { .. }) {
            loading.step(usize::MAX);
        }
        mark("phusong:parsed");
        let loaded = loading.finish();
        mark("phusong:validated");
        return loaded;
    }
    run_to_end(Watcher::Page(state), loading)
        .await
        // A page's load never gives up; were it to, it would end here in one go.
        .unwrap_or_else(Loading::finish)
}

/// Runs `loading` to its end in slices of about [`SLICE_MS`], yielding to the browser
/// between them, with the progress shown (marks for the browser benchmark). `Err`: the
/// warm-up gave up, here.
async fn run_to_end(
    watch: Watcher,
    mut loading: Loading<'_>,
) -> Result<phusong_model::Loaded, Loading<'_>> {
    let mut sizer = SliceSizer::new(SLICE_MS);
    let mut parsing = true;
    loop {
        if parsing && matches!(loading.stage(), Stage::Validating { .. }) {
            parsing = false;
            watch.mark("phusong:parsed");
            // A record costs more to check than to read: learn the pace again.
            sizer = SliceSizer::new(SLICE_MS);
        }
        watch.busy(match loading.stage() {
            Stage::Parsing {
                file,
                files,
                read,
                bytes,
            } => Busy::Parsing {
                file: file.min(files.saturating_sub(1)),
                files,
                read,
                bytes,
            },
            Stage::Validating { done, total } => Busy::Validating { done, total },
        });
        yield_now().await;
        if watch.gave_up() {
            return Err(loading);
        }
        let (started, work_before) = (now_ms(), loading.work_done());
        let done = loading.step(sizer.units());
        sizer.record(loading.work_done() - work_before, now_ms() - started);
        if done {
            break;
        }
    }
    if parsing {
        watch.mark("phusong:parsed");
    }
    // The last slice, then what the report costs, in separate tasks.
    yield_now().await;
    let loaded = loading.finish();
    watch.mark("phusong:validated");
    Ok(loaded)
}

/// Validates `new` together with (or instead of) the loaded files, then shows and stores the result.
async fn apply(state: AppState, new: Vec<SourceBytes>, mode: Mode, store: bool) {
    apply_with(state, new, Vec::new(), mode, store).await;
}

/// [`apply`], with files refused before they were read (`unread`: too large, unreadable),
/// reported with the others.
async fn apply_with(
    state: AppState,
    new: Vec<SourceBytes>,
    unread: Vec<RefusedFile>,
    mode: Mode,
    store: bool,
) {
    let all = match mode {
        Mode::Replace => new.clone(),
        Mode::Add => state
            .files
            .get_untracked()
            .into_iter()
            .chain(new.iter().cloned())
            .collect(),
    };
    let loaded = check(state, &all).await;
    settle(state, new, all, loaded, unread, mode, store).await;
}

/// Shows `loaded` (the check of `all`: the loaded files and `new`, or `new` alone) and
/// stores the files kept.
async fn settle(
    state: AppState,
    new: Vec<SourceBytes>,
    mut all: Vec<SourceBytes>,
    mut loaded: phusong_model::Loaded,
    unread: Vec<RefusedFile>,
    mode: Mode,
    store: bool,
) {
    let existing = state.files.get_untracked();
    // Replacing with files that are all refused must not cost the loaded data:
    // keep it, and show the refusal next to it.
    if mode == Mode::Replace && !existing.is_empty() && loaded.files.iter().all(|f| !f.accepted) {
        all = existing.iter().cloned().chain(new).collect();
        loaded = check(state, &all).await;
    }
    let kept: Vec<SourceBytes> = all
        .into_iter()
        .zip(&loaded.files)
        .filter(|(_, outcome)| outcome.accepted)
        .map(|(f, _)| f)
        .collect();
    for refused in unread {
        loaded.files.push(FileOutcome {
            name: refused.file.clone(),
            accepted: false,
            records: 0,
        });
        loaded.diagnostics.refused.push(refused);
    }
    // Count the first view now and render it in the next task: two shorter tasks (small
    // data, the bundled sample, renders in the same task: a frame in between would lay out
    // and paint the page without the report first).
    let small = kept.iter().map(|f| f.bytes().len()).sum::<usize>() <= ONE_TASK_BYTES;
    let loaded = Shared(Arc::new(loaded));
    let filter = Filter::default();
    let as_of = state.as_of.get_untracked();
    if let Some(report) = count_report(&loaded.0, &filter, as_of, None) {
        state.prepared.set_value(Some(Prepared {
            loaded: loaded.clone(),
            filter: filter.clone(),
            as_of,
            report: Shared(Arc::new(report)),
        }));
    }
    if !small {
        yield_now().await;
    }
    state.complete.set(false);
    state.filter.set(filter);
    state.files.set(kept.clone());
    state.loaded.set(Some(loaded));
    state.busy.set(None);
    // The first screen is painted: now the rest of the report.
    after_paint().await;
    state.complete.set(true);
    if store {
        // Let the report render first; storing hands the files' Blobs to IndexedDB (the
        // browser copies them off the main thread).
        next_frame().await;
        if let Err(e) = storage::save_files(&kept).await {
            state.storage_note.set(Some(e));
        }
        mark("phusong:stored");
    }
}
