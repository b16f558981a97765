//! How much data one page takes, and the files refused before they are read because
//! they would not fit.

use super::arriving::Arriving;
use crate::browser::{mark, read_blob};
use crate::shared::SourceBytes;
use phusong_model::{FileError, RefusedFile};
use send_wrapper::SendWrapper;

/// The most data (bytes of JSON, all loaded files together) one page takes: 4 million
/// items (1.43 GB) load in ~25 s in Chromium; a 2.3 GB file cannot even be read into one
/// buffer, and wasm32 memory (4 GiB) must also hold what is parsed from the bytes.
const MAX_LOAD_BYTES: u64 = 1_500_000_000;

/// `sessionStorage` key that lowers [`MAX_LOAD_BYTES`] (in MB) for the end-to-end tests.
pub const MAX_LOAD_MB_KEY: &str = "phusong.max-load-mb";

/// [`MAX_LOAD_BYTES`], unless a test lowered it.
pub fn max_load_bytes() -> u64 {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(MAX_LOAD_MB_KEY).ok().flatten())
        .and_then(|mb| mb.parse::<u64>().ok())
        .map_or(MAX_LOAD_BYTES, |mb| mb.saturating_mul(1_000_000))
}

/// The chosen `files` that fit in `room` bytes (in order, each taking its size from the
/// room), ready to be read; the others refused as too large (or, with not enough memory
/// for their buffer, unreadable). `limit` is the page's whole allowance, for the message.
pub fn admit(
    files: Vec<web_sys::File>,
    mut room: u64,
    limit: u64,
) -> (Vec<Arriving>, Vec<RefusedFile>) {
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
    (arriving, unread)
}

/// The chosen `files` read whole (those that fit in `room`, as [`admit`] says), for a load
/// with spreadsheets; a file that cannot be read is refused as unreadable.
pub async fn read_whole(
    files: Vec<web_sys::File>,
    mut room: u64,
    limit: u64,
) -> (Vec<SourceBytes>, Vec<RefusedFile>) {
    let mut read = Vec::with_capacity(files.len());
    let mut refused = Vec::new();
    for file in files {
        let size = file.size() as u64;
        if size > room {
            refused.push(RefusedFile {
                file: file.name(),
                error: FileError::TooLarge {
                    bytes: size,
                    room,
                    limit,
                },
            });
            continue;
        }
        room -= size;
        let blob = web_sys::Blob::from(file.clone());
        match read_blob(&blob, |_| {}).await {
            Ok(bytes) => {
                let mut source = SourceBytes::from_bytes(file.name(), bytes);
                source.blob = Some(SendWrapper::new(blob));
                read.push(source);
            }
            Err(detail) => refused.push(RefusedFile {
                file: file.name(),
                error: FileError::Unreadable { detail },
            }),
        }
    }
    mark("phusong:read");
    (read, refused)
}
