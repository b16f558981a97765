//! The spreadsheets among the files of a load converted to `coverage-report/v1` JSON
//! (`phusong_intake::prepare_mapped`, against every file loaded with them, each sheet read
//! as the user chose if a stored mapping has its headers) before the check; a spreadsheet
//! that cannot be converted is refused like a malformed JSON file, and one refused for
//! recognising no sheet is kept aside so the user can choose how to read it. Without a
//! spreadsheet nothing is converted or copied.

use crate::shared::{Conversion, SourceBytes, Unrecognised};
use crate::state::AppState;
use crate::storage;
use leptos::prelude::*;
use phusong_intake::{is_spreadsheet, prepare_mapped, Prepared, SheetMapping};
use phusong_model::{FillingBuffer, RefusedFile};
use std::sync::Arc;

/// What converting a load's files made of them.
pub(super) struct Conversions {
    /// The loaded files and the new ones kept, each spreadsheet with its conversion.
    pub existing: Vec<SourceBytes>,
    pub new: Vec<SourceBytes>,
    /// The spreadsheets refused (left out of both lists).
    pub refused: Vec<RefusedFile>,
    /// Those among them refused for recognising no sheet, with their sheets.
    pub unrecognised: Vec<Unrecognised>,
}

/// The user's readings of sheets, read from storage the first time a load has a
/// spreadsheet (storage that cannot be read leaves none, with a note).
pub(super) async fn mappings(state: AppState) -> Vec<SheetMapping> {
    if let Some(m) = state.mappings.get_untracked() {
        return m;
    }
    let stored = match storage::load_mappings().await {
        Ok(json) => json
            .and_then(|j| serde_json::from_str::<Vec<SheetMapping>>(&j).ok())
            .unwrap_or_default(),
        Err(e) => {
            state.storage_note.set(Some(e));
            Vec::new()
        }
    };
    state.mappings.set(Some(stored.clone()));
    stored
}

/// Converts the spreadsheets among `existing` and `new` against all of them.
pub(super) fn convert(
    existing: Vec<SourceBytes>,
    new: Vec<SourceBytes>,
    mappings: &[SheetMapping],
) -> Conversions {
    if !existing.iter().chain(&new).any(|f| is_spreadsheet(&f.name)) {
        return Conversions {
            existing,
            new,
            refused: Vec::new(),
            unrecognised: Vec::new(),
        };
    }
    let first_new = existing.len();
    let all: Vec<&SourceBytes> = existing.iter().chain(&new).collect();
    let named: Vec<(&str, &[u8])> = all.iter().map(|f| (f.name.as_str(), f.bytes())).collect();
    let mut out = Conversions {
        existing: Vec::new(),
        new: Vec::new(),
        refused: Vec::new(),
        unrecognised: Vec::new(),
    };
    for (i, (file, outcome)) in all.iter().zip(prepare_mapped(&named, mappings)).enumerate() {
        match outcome {
            Prepared::Ready(ready) => {
                let mut file = (*file).clone();
                file.conversion = ready.converted.map(|reading| Conversion {
                    json: Arc::new(FillingBuffer::from_vec(ready.bytes.into_owned())),
                    reading: Arc::new(reading),
                });
                if i < first_new {
                    out.existing.push(file);
                } else {
                    out.new.push(file);
                }
            }
            Prepared::Refused { refused, reading } => {
                if !reading.is_empty() {
                    let mut file = (*file).clone();
                    file.conversion = None;
                    out.unrecognised.push(Unrecognised {
                        file,
                        reading: Arc::new(reading),
                    });
                }
                out.refused.push(refused);
            }
        }
    }
    out
}
