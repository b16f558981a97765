//! The user's readings of sheets (mappings), as actions: choosing one for a sheet or
//! forgetting it stores the list in IndexedDB (per set of headers, for every later load)
//! and loads the files again, read the new way. The files themselves never change: a
//! mapping is applied as they are converted.

use crate::loading::{apply, wait_until_idle, Ending, Mode};
use crate::shared::{SheetRef, SourceBytes};
use crate::state::AppState;
use crate::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use phusong_intake::SheetMapping;

/// Reads the sheets with `mapping`'s headers as it says from now on (replacing the reading
/// of the same headers, if any), and loads the files again. The mapping screen stays open
/// on `target`, which now shows what that reading made of the sheet.
pub fn choose(state: AppState, target: SheetRef, mapping: SheetMapping) {
    let signature = mapping.signature();
    change(state, target, move |list| {
        list.retain(|m| m.signature() != signature);
        list.push(mapping);
    });
}

/// Forgets the reading of the sheets with these headers and loads the files again.
pub fn forget(state: AppState, target: SheetRef, signature: String) {
    change(state, target, move |list| {
        list.retain(|m| m.signature() != signature)
    });
}

fn change(state: AppState, target: SheetRef, f: impl FnOnce(&mut Vec<SheetMapping>) + 'static) {
    spawn_local(async move {
        wait_until_idle(state).await;
        let mut list = state.mappings.get_untracked().unwrap_or_default();
        f(&mut list);
        let json = serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_owned());
        state.mappings.set(Some(list));
        if let Err(e) = storage::save_mappings(&json).await {
            state.storage_note.set(Some(e));
        }
        // Every loaded file and every one refused for recognising no sheet, in load order.
        let files: Vec<SourceBytes> = state
            .files
            .get_untracked()
            .into_iter()
            .chain(
                state
                    .unrecognised
                    .get_untracked()
                    .into_iter()
                    .map(|u| u.file),
            )
            .collect();
        state.mapping.set(Some(target));
        apply(
            state,
            files,
            Ending {
                mode: Mode::Replace,
                store: true,
            },
        )
        .await;
    });
}
