//! The "Chọn tệp dữ liệu…" button (toolbar and first screen): a styled label around a
//! multi-file input whose files load in the given mode (disabled while a load runs).

use crate::actions::{load_chosen, Mode};
use crate::browser::take_chosen_files;
use crate::i18n::texts;
use crate::state::use_app;
use leptos::prelude::*;

/// A file chooser for JSON data files; `testid` names its input for the tests.
#[component]
pub fn ChooseFiles(testid: &'static str, #[prop(into)] mode: Signal<Mode>) -> impl IntoView {
    let state = use_app();
    view! {
        <label class="file-button">
            {move || texts(state.lang.get()).choose_files}
            <input
                type="file"
                multiple
                accept=".json,.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,application/json"
                data-testid=testid
                disabled=move || state.is_busy()
                on:change=move |ev| load_chosen(state, take_chosen_files(&ev), mode.get_untracked())
            />
        </label>
    }
}
