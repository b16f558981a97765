//! "Xuất Word": the report of the current view as a .docx (`phusong-docx`), with the
//! author's edits, the filters under the title as in print, last year's columns when chosen,
//! and the acceptance appendix of the contract chosen in its box. The charts are drawn as PNG
//! on a canvas (`raster.rs`) at `phusong_docx::DPI`, the XML parts compressed by the browser
//! (`crate::compression`). Nothing runs until the button is
//! clicked; the build is marked `phusong:docx-start` … `phusong:docx-built` and measured as
//! `phusong:docx` (the browser benchmark reads it).
use crate::baseline::comparison_now;
use crate::browser::{download_bytes, mark, measure, today};
use crate::compression::deflate_raw;
use crate::i18n::texts;
use crate::report::raster::svg_to_png;
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use phusong_docx::{content, file_name, parts, raster_size, zip, Request, MIME};
use phusong_model::ContractIdx;
use wasm_bindgen::JsCast;

/// The contract chosen in the acceptance appendix's box (`acceptance.rs`), if any.
fn chosen_contract() -> Option<ContractIdx> {
    let select = web_sys::window()?
        .document()?
        .query_selector("[data-testid=acceptance-contract]")
        .ok()??
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()?;
    select.value().parse().ok()
}

/// The document's name and bytes, for the view as it is now.
async fn build(state: AppState) -> Option<(String, Vec<u8>)> {
    let loaded = state.tagged.get_untracked()?;
    let report = state.report.get_untracked()?;
    let data = loaded.dataset.as_ref()?;
    let fields = state.edits.with_untracked(|e| e.author_fields());
    // Last year's figures, when chosen: the same columns and sentences as on screen.
    let comparison = comparison_now(state);
    let request = Request {
        data,
        report: &report,
        fields: &fields,
        lang: state.lang.get_untracked(),
        today: today(),
        acceptance: chosen_contract(),
        comparison: comparison.as_ref(),
        // The headline's "gắn bổ sung", as on screen.
        added: state.added_tags.get_untracked(),
    };
    let mut doc = content(&request);
    for chart in doc.charts_mut() {
        if let Some((w, h)) = raster_size(&chart.svg) {
            chart.png = svg_to_png(&chart.svg, w, h).await;
        }
    }
    let mut parts = parts(&doc);
    for p in parts.iter_mut().filter(|p| p.compressible()) {
        p.deflated = deflate_raw(&p.bytes).await;
    }
    let bytes = zip(&parts).ok()?;
    Some((file_name(data.plan.year), bytes))
}

/// The toolbar's "Xuất Word" button.
#[component]
pub fn ExportDocx() -> impl IntoView {
    let state = use_app();
    let t = move || texts(state.lang.get());
    let busy = RwSignal::new(false);
    let has_report = move || state.report.with(Option::is_some);
    let export = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        mark("phusong:docx-start");
        leptos::task::spawn_local(async move {
            if let Some((name, bytes)) = build(state).await {
                mark("phusong:docx-built");
                measure("phusong:docx", "phusong:docx-start", "phusong:docx-built");
                download_bytes(&name, MIME, &bytes);
            }
            busy.set(false);
        });
    };
    view! {
        <button
            data-testid="export-docx"
            aria-busy=move || busy.get().to_string()
            disabled=move || !has_report() || busy.get()
            on:click=export
        >
            {move || if busy.get() { t().export_docx_busy } else { t().export_docx }}
        </button>
    }
}
