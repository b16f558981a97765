//! The loader warmed up while the welcome screen waits for a file: the bundled sample is
//! read, checked, counted and drawn the way a chosen file is, then thrown away.
//!
//! Why: Chromium compiles a wasm function the first time it runs, on the main thread, and
//! optimises the hot ones later. The first file a user loaded paid for all of it: a 100k
//! item load took 430 ms cold against 290 ms after any small load before it (interleaved
//! runs, docs/performance-experiments.md). The user needs a few seconds to pick a file;
//! the warm-up takes ~50 ms of that idle time, in short slices, and gives way at once to
//! anything the user starts (a load, the sample), so it never delays one.

use crate::actions::{read_and_check, Arriving, Watcher, SAMPLE_JSON, SAMPLE_NAME};
use crate::browser::{after_paint, mark, yield_now};
use crate::state::{report_of, AppState};
use leptos::prelude::GetUntracked;
use phusong_engine::Filter;
use phusong_export::charts::{chart_rows, report_charts, ChartSet};
use phusong_export::tables::report_tables;

/// Once the welcome screen is painted, loads the bundled sample as a chosen file would be
/// loaded, counts and draws its report, and drops it all; then sets the
/// `phusong:warmed` mark. Stops wherever it is once the user loads something.
pub fn warm_up_when_idle(state: AppState) {
    leptos::task::spawn_local(async move {
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
        let lang = state.lang.get_untracked();
        if let (Some(data), Some(report)) = (
            loaded.dataset.as_ref(),
            report_of(&loaded, &Filter::default()),
        ) {
            std::hint::black_box(chart_rows(data, &report, ChartSet::default()));
            std::hint::black_box(report_tables(data, &report, lang));
            yield_now().await;
            if watch.gave_up() {
                return;
            }
            std::hint::black_box(report_charts(data, &report, lang, ChartSet::default()));
        }
        mark("phusong:warmed");
    });
}

/// The bundled sample's bytes as a browser `Blob`, read like a chosen file.
fn sample_blob() -> Option<web_sys::Blob> {
    let bytes = js_sys::Uint8Array::from(SAMPLE_JSON);
    web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes)).ok()
}
