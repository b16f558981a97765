//! The end of a load: the checked files shown (the first screen of the new report in a
//! task of its own, then the rest) and stored; replacing with files that are all refused
//! keeps the loaded data.

use super::check::{check, ONE_TASK_BYTES};
use super::convert::{convert, mappings};
use super::ending::{Ending, Mode};
use crate::browser::{after_paint, mark, next_frame, yield_now};
use crate::shared::{Shared, SourceBytes};
use crate::state::{count_report, AppState, Busy, Prepared};
use crate::storage;
use leptos::prelude::*;
use phusong_engine::Filter;
use phusong_intake::is_spreadsheet;
use phusong_model::{FileOutcome, Loaded, RefusedFile};
use std::sync::Arc;

/// What a load checked: the files it read (`new`), every file it checked (the loaded ones
/// and `new`, or `new` alone), what the check made of them, and the files refused unread.
pub(super) struct Checked {
    pub new: Vec<SourceBytes>,
    pub all: Vec<SourceBytes>,
    pub loaded: Loaded,
    pub unread: Vec<RefusedFile>,
}

/// Validates `new` together with (or instead of) the loaded files, then shows and stores the result.
pub async fn apply(state: AppState, new: Vec<SourceBytes>, ending: Ending) {
    apply_with(state, new, Vec::new(), ending).await;
}

/// [`apply`], with files refused before they were read (`unread`: too large, unreadable),
/// reported with the others.
pub async fn apply_with(
    state: AppState,
    new: Vec<SourceBytes>,
    mut unread: Vec<RefusedFile>,
    ending: Ending,
) {
    let existing = match ending.mode {
        Mode::Replace => Vec::new(),
        Mode::Add => state.files.get_untracked(),
    };
    // Spreadsheets (new or loaded) converted against all the files: a new one may name
    // what a loaded one defines, and the other way round.
    let spreadsheets = existing.iter().chain(&new).any(|f| is_spreadsheet(&f.name));
    let mappings = if spreadsheets {
        // The conversion is one long task: say so on screen before it starts.
        state.busy.set(Some(Busy::Converting));
        let mappings = mappings(state).await;
        after_paint().await;
        mappings
    } else {
        Vec::new()
    };
    let converted = convert(existing, new, &mappings);
    if spreadsheets {
        // The browser benchmark times the conversion from `phusong:read` to here.
        mark("phusong:converted");
    }
    let (existing, new) = (converted.existing, converted.new);
    unread.extend(converted.refused);
    state.unrecognised.set(converted.unrecognised);
    let all: Vec<SourceBytes> = existing.into_iter().chain(new.iter().cloned()).collect();
    let loaded = check(state, &all).await;
    commit(
        state,
        Checked {
            new,
            all,
            loaded,
            unread,
        },
        ending,
    )
    .await;
}

/// Shows what a load checked and stores the files kept.
pub(super) async fn commit(state: AppState, checked: Checked, ending: Ending) {
    let Checked {
        new,
        mut all,
        mut loaded,
        unread,
    } = checked;
    let Ending { mode, store } = ending;
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
