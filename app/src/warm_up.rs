//! The loader warmed up while the welcome screen waits for a file: the bundled sample is
//! read, checked, counted and rendered (off the page) the way a chosen file is, then
//! thrown away.
//!
//! Why: Chromium compiles a wasm function the first time it runs, on the main thread, and
//! optimises the hot ones later. The first file a user loaded paid for all of it: a 100k
//! item load took 430 ms cold against 290 ms after any small load before it (interleaved
//! runs, docs/performance-experiments.md). The user needs a few seconds to pick a file;
//! the warm-up is done ~300 ms after the page loads, in tasks of up to ~75 ms, and gives
//! way to anything the user starts (a load, the sample) at its next chunk or slice.

use crate::browser::{after_paint, mark, today, yield_now};
use crate::loading::{read_and_check, Arriving, Watcher};
use crate::report::{ReportRoot, Unseen};
use crate::sample::{SAMPLE_JSON, SAMPLE_NAME};
use crate::shared::Shared;
use crate::state::Busy;
use crate::state::{report_of, AppState, Prepared};
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::Mountable;
use phusong_engine::{Filter, Report};
use phusong_export::charts::{chart_rows, report_charts, ChartSet};
use phusong_export::tables::report_tables;
use phusong_model::Loaded;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Once the welcome screen is painted, loads the bundled sample as a chosen file would be
/// loaded, counts it, renders its report's first screen off the page, draws its charts and
/// tables, and drops it all; then sets the `phusong:warmed` mark. Stops wherever it is
/// once the user loads something.
pub fn warm_up_when_idle(state: AppState) {
    leptos::task::spawn_local(async move {
        // Once what was stored is restored (if anything was, there is nothing to warm up for).
        while state.busy.with_untracked(|b| b == &Some(Busy::Restoring)) {
            after_paint().await;
        }
        after_paint().await;
        let watch = Watcher::WarmUp(state);
        if watch.gave_up() {
            return;
        }
        let Some(blob) = sample_blob() else {
            return;
        };
        let Ok(arriving) = Arriving::new(SAMPLE_NAME.to_owned(), blob) else {
            return;
        };
        let Ok(loaded) = read_and_check(watch, &[], std::slice::from_ref(&arriving)).await else {
            return;
        };
        yield_now().await;
        if watch.gave_up() {
            return;
        }
        let filter = Filter::default();
        // The as-of date a fresh state starts with (no edits): today.
        let Some(report) = report_of(&loaded, &filter, today(), None) else {
            return;
        };
        yield_now().await;
        if watch.gave_up() {
            return;
        }
        let (loaded, report) = (Arc::new(loaded), Arc::new(report));
        let Some(page) = render_unseen(Arc::clone(&loaded), Arc::clone(&report)) else {
            return;
        };
        // Its effects run after the render, in the next microtasks.
        yield_now().await;
        drop(page);
        if watch.gave_up() {
            return;
        }
        // The sections, which a new report renders after its first screen: their charts and
        // tables (the drawing, without the DOM: a render of them all took 110-135 ms).
        if let Some(data) = loaded.dataset.as_ref() {
            let lang = state.lang.get_untracked();
            std::hint::black_box(chart_rows(data, &report, ChartSet::default()));
            std::hint::black_box(report_tables(data, &report, lang));
            std::hint::black_box(report_charts(data, &report, lang, ChartSet::default()));
        }
        mark("phusong:warmed");
    });
}

/// Renders the first screen of the report of `loaded` into an element that is not in the
/// document (no style, no layout, no paint): the report's components with a state of their
/// own, no marks set ([`Unseen`]). Dropping the handle unmounts it.
fn render_unseen(
    loaded: Arc<Loaded>,
    report: Arc<Report>,
) -> Option<UnmountHandle<impl Mountable>> {
    let element = web_sys::window()?
        .document()?
        .create_element("div")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let handle = leptos::mount::mount_to(element, move || {
        let state = AppState::provide();
        provide_context(Unseen);
        let loaded = Shared(loaded);
        let filter = Filter::default();
        // Counted already: the report memo takes it (and sets no "aggregated" mark).
        state.prepared.set_value(Some(Prepared {
            loaded: loaded.clone(),
            filter: filter.clone(),
            as_of: today(),
            report: Shared(report),
        }));
        state.filter.set(filter);
        state.loaded.set(Some(loaded));
        // The first screen, as a new report first renders: one short task.
        state.complete.set(false);
        view! { <ReportRoot printing=RwSignal::new(false) acceptance_alone=RwSignal::new(false)/> }
    });
    Some(handle)
}

/// The bundled sample's bytes as a browser `Blob`, read like a chosen file.
fn sample_blob() -> Option<web_sys::Blob> {
    let bytes = js_sys::Uint8Array::from(SAMPLE_JSON);
    web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes)).ok()
}
