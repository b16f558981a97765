//! "Năm trước để so sánh": last year's figures, read from the files the user chose (last
//! year's summary export, or its data files, JSON or spreadsheets, loaded as any data is),
//! and the comparison of the report's view with them (`phusong_engine::compare`). The files
//! are stored and read again at the next visit, until removed. Nothing here draws; the
//! control is `load::baseline`'s.

use crate::browser::read_blob;
use crate::shared::Shared;
use crate::state::{AppState, NamedBytes};
use leptos::prelude::*;
use phusong_engine::{compare, Baseline, BaselineError, Comparison};
use std::sync::Arc;

/// Last year's figures from `files` (name, bytes): one summary export is read as one;
/// anything else is loaded as data files.
pub fn baseline_of(files: &[(String, Vec<u8>)]) -> Result<Baseline, BaselineError> {
    if let [(_, bytes)] = files {
        match Baseline::from_summary(bytes) {
            Err(BaselineError::NotJson | BaselineError::NotASummary) => {}
            result => return result,
        }
    }
    let named: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let ready: Vec<(&str, std::borrow::Cow<[u8]>)> = phusong_intake::prepare(&named)
        .into_iter()
        .filter_map(|p| match p {
            phusong_intake::Prepared::Ready(r) => Some((r.name, r.bytes)),
            phusong_intake::Prepared::Refused { .. } => None,
        })
        .collect();
    let loaded = phusong_model::load(ready.iter().map(|(name, bytes)| phusong_model::SourceFile {
        name,
        bytes: bytes.as_ref(),
    }));
    if loaded.dataset.is_none() && loaded.files.iter().all(|f| !f.accepted) {
        return Err(BaselineError::NotJson);
    }
    Baseline::from_loaded(&loaded)
}

/// Reads the chosen `files` and sets them as last year's figures (or why they cannot be).
pub fn choose_baseline(state: AppState, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for f in &files {
            match read_blob(f, |_| {}).await {
                Ok(bytes) => read.push((f.name(), bytes)),
                Err(_) => {
                    state.set_baseline(Some(Err(BaselineError::NotJson)));
                    return;
                }
            }
        }
        // Stored for the next visit (only when they can be used).
        let kept = set_baseline_files(state, read);
        if let Err(e) = crate::storage::save_baseline(&kept).await {
            state.storage_note.set(Some(e));
        }
    });
}

/// Sets last year's figures read from `files` (name, bytes), or why they cannot be; the files
/// are kept (a shared report carries them) when they can be used. Returns the files kept.
pub fn set_baseline_files(state: AppState, files: Vec<(String, Vec<u8>)>) -> NamedBytes {
    let names = files.iter().map(|(n, _)| n.clone()).collect();
    let chosen = baseline_of(&files).map(|b| (Shared(Arc::new(b)), names));
    let kept = Arc::new(if chosen.is_ok() { files } else { Vec::new() });
    state.baseline_files.set_value(Arc::clone(&kept));
    state.set_baseline(Some(chosen));
    kept
}

/// Last year's figures as stored at the last visit, if any (on start-up, after the data).
pub async fn restore_baseline(state: AppState) {
    match crate::storage::load_baseline().await {
        Ok(files) if !files.is_empty() => {
            set_baseline_files(state, files);
        }
        Ok(_) => {}
        Err(e) => state.storage_note.set(Some(e)),
    }
}

/// The report's view compared with last year's figures: `None` when none are chosen (or
/// there is no report), else the comparison or why there is none.
pub fn use_comparison(state: AppState) -> Memo<Option<Result<Shared<Comparison>, BaselineError>>> {
    Memo::new(move |_| {
        let chosen = state.baseline.get()?;
        let (baseline, _) = match chosen {
            Ok(b) => b,
            Err(e) => return Some(Err(e)),
        };
        let loaded = state.loaded.get()?;
        let report = state.report.get()?;
        let data = loaded.dataset.as_ref()?;
        Some(compare(data, &report, &baseline).map(|c| Shared(Arc::new(c))))
    })
}

/// The comparison of the report's view now, untracked (for an export): `None` without
/// last year's figures or when they cannot be compared.
pub fn comparison_now(state: AppState) -> Option<Comparison> {
    let chosen = state.baseline.get_untracked()?;
    let (baseline, _) = chosen.ok()?;
    let loaded = state.loaded.get_untracked()?;
    let report = state.report.get_untracked()?;
    compare(loaded.dataset.as_ref()?, &report, &baseline).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(rel: &str) -> (String, Vec<u8>) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/analysis")
            .join(rel);
        (rel.to_owned(), std::fs::read(path).unwrap()) // ok: a test reading its fixture
    }

    #[test]
    fn a_summary_or_data_files() {
        let from_summary = baseline_of(&[fixture("2024/summary-2024.json")]).unwrap(); // ok: test
        assert!(from_summary.from_summary);
        let from_data = baseline_of(&[fixture("2024/du-lieu-2024.json")]).unwrap(); // ok: test
        assert!(!from_data.from_summary);
        assert_eq!(from_summary.items, from_data.items);
        assert_eq!(
            baseline_of(&[("x.json".into(), b"{oops".to_vec())]),
            Err(BaselineError::NotJson)
        );
    }
}
