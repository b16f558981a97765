//! "Năm trước để so sánh": the control that takes last year's summary export or data
//! files (a labelled file input, usable from the keyboard), says what is compared with, or
//! why the files cannot be, and removes the comparison. Not printed; the comparison shows
//! in the tables and the narrative.

use crate::baseline::{choose_baseline, use_comparison};
use crate::browser::take_chosen_files;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::analysis::baseline_error;
use phusong_words::words;

/// The comparison control (data-testid "baseline"; its input "baseline-input", its status
/// "baseline-status", a refusal "baseline-error", the remove button "baseline-remove").
#[component]
pub fn BaselineControl() -> impl IntoView {
    let state = use_app();
    let comparison = use_comparison(state);
    let a = move || &words(state.lang.get()).analysis;
    let status = move || {
        let lang = state.lang.get();
        let a = &words(lang).analysis;
        match comparison.get()? {
            Ok(_) if state.filter.with(|f| !f.is_empty()) => Some(
                view! {
                    <p class="baseline-status" role="status" data-testid="baseline-status">
                        {a.baseline_filtered}
                    </p>
                }
                .into_any(),
            ),
            Ok(c) => {
                let names = state
                    .baseline
                    .with(|b| {
                        b.as_ref()
                            .and_then(|b| b.as_ref().ok())
                            .map(|(_, n)| n.join(", "))
                    })
                    .unwrap_or_default();
                Some(
                    view! {
                        <p class="baseline-status" role="status" data-testid="baseline-status">
                            {format!("{} ({names}). {}", (a.baseline_loaded)(&c.plan, c.year), a.baseline_whole_year)}
                        </p>
                    }
                    .into_any(),
                )
            }
            Err(e) => Some(
                view! {
                    <p class="baseline-error" role="alert" data-testid="baseline-error">
                        {baseline_error(&e, lang)}
                    </p>
                }
                .into_any(),
            ),
        }
    };
    view! {
        <section class="baseline no-print" data-testid="baseline" aria-labelledby="baseline-title">
            <h2 id="baseline-title" class="baseline-title">{move || a().baseline_title}</h2>
            <div class="baseline-actions">
                <label class="file-button">
                    {move || a().baseline_choose}
                    <input
                        type="file"
                        multiple
                        accept=".json,.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,application/json"
                        data-testid="baseline-input"
                        aria-describedby="baseline-hint"
                        on:change=move |ev| choose_baseline(state, take_chosen_files(&ev))
                    />
                </label>
                {move || state.baseline.with(Option::is_some).then(|| view! {
                    <button type="button" data-testid="baseline-remove" on:click=move |_| state.set_baseline(None)>
                        {move || a().baseline_remove}
                    </button>
                })}
            </div>
            <p class="hint" id="baseline-hint">{move || a().baseline_hint}</p>
            {status}
        </section>
    }
}
