//! Parsing and validating loaded files in slices of about [`SLICE_MS`], yielding to the
//! browser between them so the page repaints and answers, with the progress shown.

use super::watcher::Watcher;
use crate::browser::{mark, now_ms, yield_now};
use crate::shared::SourceBytes;
use crate::state::{AppState, Busy};
use phusong_model::FillingBuffer;
use phusong_model::SliceSizer;
use phusong_model::{Loading, Stage};
use std::sync::Arc;

/// Data up to this size (all files together) is checked in one task: ~20–60 ms here for
/// the bundled sample (548 KB); a progress frame in between would cost more than it shows.
pub(super) const ONE_TASK_BYTES: usize = 1 << 20;

/// Main-thread time aimed at per slice of the load: the page repaints (the progress bar
/// moves) and handles input between slices.
pub(super) const SLICE_MS: f64 = 40.0;

/// Parses and validates `files` in slices of about [`SLICE_MS`], yielding to the browser
/// between them, with the progress shown (marks for the browser benchmark).
pub(super) async fn check(state: AppState, files: &[SourceBytes]) -> phusong_model::Loaded {
    let buffers: Vec<(&str, Arc<FillingBuffer>)> = files
        .iter()
        .map(|f| (f.name.as_str(), Arc::clone(f.model_buffer())))
        .collect();
    let mut loading = Loading::shared(&buffers);
    let bytes: usize = buffers.iter().map(|(_, b)| b.filled().len()).sum();
    if bytes <= ONE_TASK_BYTES {
        // Small data (the bundled sample): one task, no progress frames in between.
        while matches!(loading.stage(), Stage::Parsing { .. }) {
            loading.step(usize::MAX);
        }
        mark("phusong:parsed");
        let loaded = loading.finish();
        mark("phusong:validated");
        return loaded;
    }
    run_to_end(Watcher::Page(state), loading)
        .await
        // A page's load never gives up; were it to, it would end here in one go.
        .unwrap_or_else(Loading::finish)
}

/// Runs `loading` to its end in slices of about [`SLICE_MS`], yielding to the browser
/// between them, with the progress shown (marks for the browser benchmark). `Err`: the
/// warm-up gave up, here.
pub(super) async fn run_to_end(
    watch: Watcher,
    mut loading: Loading<'_>,
) -> Result<phusong_model::Loaded, Loading<'_>> {
    let mut sizer = SliceSizer::new(SLICE_MS);
    let mut parsing = true;
    loop {
        if parsing && matches!(loading.stage(), Stage::Validating { .. }) {
            parsing = false;
            watch.mark("phusong:parsed");
            // A record costs more to check than to read: learn the pace again.
            sizer = SliceSizer::new(SLICE_MS);
        }
        watch.busy(match loading.stage() {
            Stage::Parsing {
                file,
                files,
                read,
                bytes,
            } => Busy::Parsing {
                file: file.min(files.saturating_sub(1)),
                files,
                read,
                bytes,
            },
            Stage::Validating { done, total } => Busy::Validating { done, total },
        });
        yield_now().await;
        if watch.gave_up() {
            return Err(loading);
        }
        let (started, work_before) = (now_ms(), loading.work_done());
        let done = loading.step(sizer.units());
        sizer.record(loading.work_done() - work_before, now_ms() - started);
        if done {
            break;
        }
    }
    if parsing {
        watch.mark("phusong:parsed");
    }
    // The last slice, then what the report costs, in separate tasks.
    yield_now().await;
    let loaded = loading.finish();
    watch.mark("phusong:validated");
    Ok(loaded)
}
