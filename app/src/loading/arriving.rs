//! Files read as the browser delivers them: each chunk appended to the file's buffer and
//! the records that have arrived parsed between chunks, while the browser reads on.

use super::check::{run_to_end, SLICE_MS};
use super::commit::{apply_with, commit, Checked};
use super::ending::{Ending, Mode};
use super::watcher::Watcher;
use crate::browser::{append_chunk, mark, now_ms, read_blob, yield_now, BlobChunks};
use crate::shared::SourceBytes;
use crate::state::{AppState, Busy};
use phusong_model::FillingBuffer;
use phusong_model::SliceSizer;
use phusong_model::{FileError, Loading, RefusedFile, SourceFile};
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// The warm-up's chunks: the sample (548 KB) arrives in nine.
const WARM_UP_CHUNK_BYTES: u32 = 64 * 1024;

/// What a warm-up's load says when it stopped for the user's (never shown).
const GAVE_UP: &str = "the warm-up gave way to a load";

/// A chosen file to be read into memory as it arrives.
pub struct Arriving {
    name: String,
    blob: web_sys::Blob,
    buffer: Arc<FillingBuffer>,
}

impl Arriving {
    /// Makes room for `blob`'s bytes; refused (unreadable) if there is not enough memory.
    pub fn new(name: String, blob: web_sys::Blob) -> Result<Self, RefusedFile> {
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
            conversion: None,
        }
    }
}

/// Reads the `arriving` files and checks them after the `before` ones (the loaded files
/// when adding, none when replacing), then shows and stores the result. A file that
/// cannot be read to its end is refused as unreadable, and the others are read whole and
/// checked the usual way.
pub async fn load_arriving(
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
            commit(
                state,
                Checked {
                    new,
                    all,
                    loaded,
                    unread,
                },
                Ending { mode, store: true },
            )
            .await;
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
            apply_with(state, new, unread, Ending { mode, store: true }).await;
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
pub async fn read_and_check(
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
            bytes: f.model_buffer().filled(),
        })
        .collect();
    sources.extend(arriving.iter().map(|a| SourceFile {
        name: &a.name,
        bytes: a.buffer.filled(),
    }));
    let first = before.len();
    let mut loading = Loading::arriving(sources, first);
    let buffers = before.iter().map(|f| f.model_buffer());
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
