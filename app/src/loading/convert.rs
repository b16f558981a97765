//! The spreadsheets among the files of a load converted to `coverage-report/v1` JSON
//! (`phusong_intake::prepare`, against every file loaded with them) before the check; a
//! spreadsheet that cannot be converted is refused like a malformed JSON file. Without a
//! spreadsheet nothing is converted or copied.

use crate::shared::{Conversion, SourceBytes};
use phusong_intake::{is_spreadsheet, prepare, Prepared};
use phusong_model::{FillingBuffer, RefusedFile};
use std::sync::Arc;

/// The loaded files (`existing`) and the new ones, each spreadsheet with its conversion,
/// and the spreadsheets refused (left out of both lists).
pub(super) fn convert(
    existing: Vec<SourceBytes>,
    new: Vec<SourceBytes>,
) -> (Vec<SourceBytes>, Vec<SourceBytes>, Vec<RefusedFile>) {
    if !existing.iter().chain(&new).any(|f| is_spreadsheet(&f.name)) {
        return (existing, new, Vec::new());
    }
    let first_new = existing.len();
    let all: Vec<&SourceBytes> = existing.iter().chain(&new).collect();
    let named: Vec<(&str, &[u8])> = all.iter().map(|f| (f.name.as_str(), f.bytes())).collect();
    let (mut kept_existing, mut kept_new, mut refused) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (file, outcome)) in all.iter().zip(prepare(&named)).enumerate() {
        match outcome {
            Prepared::Ready(ready) => {
                let mut file = (*file).clone();
                file.conversion = ready.converted.map(|reading| Conversion {
                    json: Arc::new(FillingBuffer::from_vec(ready.bytes.into_owned())),
                    reading: Arc::new(reading),
                });
                if i < first_new {
                    kept_existing.push(file);
                } else {
                    kept_new.push(file);
                }
            }
            Prepared::Refused { refused: r, .. } => refused.push(r),
        }
    }
    (kept_existing, kept_new, refused)
}
