//! The toolbar: choose files (add or replace), sample, clear, exports (the shared report
//! among them), print, language; on a shared report, only the exports, print and language.

use crate::actions::{clear_all, download_template, load_sample, save_converted, Mode};
use crate::browser::{download, next_frame, print};
use crate::i18n::texts;
use crate::load::choose_files::ChooseFiles;
use crate::report::share_button::SaveShared;
use crate::report::word::ExportDocx;
use crate::state::use_app;
use leptos::prelude::*;

/// The bar at the top of the screen (never printed).
#[component]
pub fn Toolbar(preview: RwSignal<bool>, printing: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let t = move || texts(state.lang.get());
    let mode = RwSignal::new(Mode::Add);
    // A shared report loads, saves and clears nothing.
    let read_only = crate::read_only::read_only();
    let export_summary = move |_| {
        let (Some(loaded), Some(report)) =
            (state.tagged.get_untracked(), state.report.get_untracked())
        else {
            return;
        };
        if let Some(data) = loaded.dataset.as_ref() {
            // With last year's figures chosen, the summary has its "comparison".
            let comparison = crate::baseline::comparison_now(state);
            let json = phusong_engine::summary_json_with(data, &report, comparison.as_ref());
            let name = format!("tong-hop-{}.json", data.plan.id);
            download(&name, "application/json", &json);
        }
    };
    let has_report = move || state.report.with(Option::is_some);
    // Spreadsheets converted, or themes accepted for the data: something to save as JSON.
    let has_converted = move || {
        state
            .files
            .with(|f| f.iter().any(|f| f.conversion.is_some()))
            || state.added_tags.with(|a| a.items > 0)
    };
    view! {
        <nav class="toolbar no-print" aria-label="phusong">
            <strong class="brand">"phusong"</strong>
            {(!read_only).then(|| view! {
            <ChooseFiles testid="file-input" mode=mode/>
            <select
                aria-label="mode"
                data-testid="load-mode"
                on:change=move |ev| {
                    let replace = event_target_value(&ev) == "replace";
                    mode.set(if replace { Mode::Replace } else { Mode::Add });
                }
            >
                <option value="add" selected=move || mode.get() == Mode::Add>{move || t().add_files}</option>
                <option value="replace" selected=move || mode.get() == Mode::Replace>{move || t().replace_files}</option>
            </select>
            <button data-testid="load-sample" disabled=move || state.is_busy() on:click=move |_| load_sample(state)>{move || t().use_sample}</button>
            })}
            <button
                data-testid="export-summary"
                disabled=move || !has_report()
                on:click=export_summary
            >
                {move || t().export_summary}
            </button>
            <button data-testid="print-preview" disabled=move || !has_report() on:click=move |_| preview.update(|p| *p = !*p)>
                {move || if preview.get() { t().close_preview } else { t().print_preview }}
            </button>
            <button data-testid="print" disabled=move || !has_report() on:click=move |_| {
                // Render the full appendix first, then open the print dialog.
                printing.set(true);
                leptos::task::spawn_local(async move {
                    next_frame().await;
                    print();
                    printing.set(false);
                });
            }>
                {move || t().export_pdf}
            </button>
            <ExportDocx/>
            {(!read_only).then(|| view! { <SaveShared/> })}
            {move || (!read_only && has_converted()).then(|| view! {
                <button data-testid="save-json" on:click=move |_| save_converted(state)>
                    {move || t().save_json}
                </button>
            })}
            {(!read_only).then(|| view! {
            <button data-testid="toolbar-template" on:click=move |_| download_template()>
                {move || t().download_template}
            </button>
            <button
                class="danger"
                data-testid="clear-data"
                disabled=move || {
                    state.is_busy() || (state.files.with(Vec::is_empty) && state.loaded.with(Option::is_none))
                }
                on:click=move |_| {
                    let ok = web_sys::window()
                        .and_then(|w| w.confirm_with_message(t().clear_confirm).ok())
                        .unwrap_or(false);
                    if ok {
                        clear_all(state);
                    }
                }
            >
                {move || t().clear_data}
            </button>
            })}
            <button
                class="lang"
                data-testid="lang"
                on:click=move |_| state.switch_language()
            >
                {move || t().language}
            </button>
        </nav>
    }
}
