//! Values the app shares without copying: a large value compared by identity
//! ([`Shared`]), and a loaded file's bytes ([`SourceBytes`]). No other module of the app
//! is imported here, so the state, storage and loading all can use them.

use phusong_model::FillingBuffer;
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// A shared value compared by identity, so memos and signals holding large data
/// never compare it field by field.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One file the user loaded and that was accepted: its name and bytes.
#[derive(Clone)]
pub struct SourceBytes {
    /// File name as chosen.
    pub name: String,
    /// Raw bytes, as read; shared with the loaded dataset, whose items read their texts
    /// from them (`phusong_model::Loading::share`).
    pub shared: Arc<FillingBuffer>,
    /// The same bytes as a browser `Blob` (the chosen `File`, or the `Blob` read back from
    /// storage), when there is one. Storage writes it as it is instead of copying the bytes
    /// out of wasm memory on the main thread (110 ms and one more copy of the file at 100k items).
    pub blob: Option<SendWrapper<web_sys::Blob>>,
    /// For a spreadsheet: what it converted to (the bytes above stay the workbook's, which
    /// storage keeps and a later load converts again).
    pub conversion: Option<Conversion>,
}

/// What a spreadsheet converted to: the JSON the model reads, and how it was read.
#[derive(Clone)]
pub struct Conversion {
    /// The `coverage-report/v1` JSON, shared with the dataset like a JSON file's bytes.
    pub json: Arc<FillingBuffer>,
    /// How each sheet was read and its located problems ("Cách đọc tệp").
    pub reading: Arc<phusong_intake::Converted>,
}

/// A spreadsheet of the last load refused for recognising none of its sheets, kept in memory
/// (never stored) so the user can choose how to read one of them.
#[derive(Clone, Debug)]
pub struct Unrecognised {
    pub file: SourceBytes,
    /// How each of its sheets was read (its first rows among it).
    pub reading: Arc<Vec<phusong_intake::SheetReading>>,
}

/// A sheet of a file, named as the user sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRef {
    pub file: String,
    pub sheet: String,
}

impl SourceBytes {
    /// A file known only by its bytes (the generated sample).
    pub fn from_bytes(name: String, bytes: Vec<u8>) -> Self {
        Self {
            name,
            shared: Arc::new(FillingBuffer::from_vec(bytes)),
            blob: None,
            conversion: None,
        }
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.shared.filled()
    }

    /// The JSON the model reads: the file's bytes, or what its spreadsheet converted to.
    pub fn model_buffer(&self) -> &Arc<FillingBuffer> {
        self.conversion.as_ref().map_or(&self.shared, |c| &c.json)
    }
}

impl PartialEq for SourceBytes {
    /// Same name and same bytes (the blob is only another copy of the bytes).
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && (Arc::ptr_eq(&self.shared, &other.shared) || self.bytes() == other.bytes())
    }
}

impl std::fmt::Debug for SourceBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceBytes")
            .field("name", &self.name)
            .field("bytes", &self.bytes().len())
            .field("blob", &self.blob.is_some())
            .field("converted", &self.conversion.is_some())
            .finish()
    }
}
