//! Fuzz target `load`: arbitrary bytes as 1–3 files, through `load`, the report
//! (default filter and a filter drawn from the input), every diagnostic message in
//! both languages and the summary export. Nothing may panic, and each file read in
//! slices of one record (as the app reads), and read as it arrives in pieces (as the app
//! reads a chosen file), gives what the one-pass parser gives
//! (`phusong_model::check_parse_paths`, the model's one entry point for fuzzing); a load
//! that shares the files' bytes (items' texts read in place, as in the app) gives what
//! `load` gives, and so does a load in small steps whose last file's coverage is checked
//! while it is read.
//!
//! Input layout: the bytes are split at `0xFF` (never part of UTF-8, so valid
//! JSON seeds stay whole) into at most 3 files; the filter is drawn from a hash
//! of the whole input, so every input has one.

#![no_main]

#[path = "../common/draw.rs"]
mod draw;

use draw::Draw;
use libfuzzer_sys::fuzz_target;
use phusong_engine::{report_of, summary, summary_json, Filter};
use phusong_model::{messages, FillingBuffer, Lang, Loaded, Loading, SourceFile};
use std::sync::Arc;

const NAMES: [&str; 3] = ["a.json", "b.json", "c.json"];

fuzz_target!(|data: &[u8]| {
    let files: Vec<SourceFile<'_>> = data
        .splitn(3, |&b| b == 0xFF)
        .zip(NAMES)
        .map(|(bytes, name)| SourceFile { name, bytes })
        .collect();
    for f in &files {
        // ~8 pieces per file (every grow parses the cut record again: small pieces would
        // make a run quadratic), cut at offsets that vary with the input.
        let piece = f.bytes.len() / 8 + data.len() % 7 + 1;
        if let Err(e) = phusong_model::check_parse_paths(f.name, f.bytes, piece) {
            panic!("{}: {e}", f.name);
        }
    }
    let loaded = phusong_model::load(files.iter().copied());
    same_when_shared(&files, &loaded);
    same_when_streamed(&files, &loaded, 1 + data.len() % 5);
    render_diagnostics(&loaded);

    let Some(dataset) = loaded.dataset.as_ref() else {
        assert!(report_of(&loaded, &Filter::default()).is_none());
        return;
    };
    let mut draw = Draw::new(data);
    for filter in [Filter::default(), draw.filter(dataset)] {
        let _ = filter.describe(dataset);
        let Some(report) = report_of(&loaded, &filter) else {
            panic!("a dataset without a report");
        };
        let _ = summary(dataset, &report);
        let json = summary_json(dataset, &report);
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
            panic!("summary_json is not JSON: {e}\n{json}");
        }
    }
});

/// Loading `files` from shared buffers (texts read in place) gives what `loaded` is.
fn same_when_shared(files: &[SourceFile<'_>], loaded: &Loaded) {
    let buffers: Vec<(&str, Arc<FillingBuffer>)> = files
        .iter()
        .map(|f| (f.name, Arc::new(FillingBuffer::from_vec(f.bytes.to_vec()))))
        .collect();
    let shared = Loading::shared(&buffers).finish();
    assert_eq!(format!("{shared:?}"), format!("{loaded:?}"));
}

/// Loading `files` in steps of `budget` (the last file's coverage checked while it is
/// read, when it can be) gives what `loaded` is.
fn same_when_streamed(files: &[SourceFile<'_>], loaded: &Loaded, budget: usize) {
    let mut loading = Loading::new(files.to_vec());
    let mut steps = 0usize;
    while !loading.step(budget) {
        steps += 1;
        assert!(steps < 10_000_000, "no end");
    }
    assert_eq!(format!("{:?}", loading.finish()), format!("{loaded:?}"));
}

/// Every message of the diagnostics, in both languages, and their JSON form.
fn render_diagnostics(loaded: &Loaded) {
    let d = &loaded.diagnostics;
    for lang in [Lang::Vi, Lang::En] {
        for r in &d.refused {
            let _ = messages::refused(r, lang);
        }
        for q in &d.quarantined {
            let _ = messages::quarantined(q, lang);
        }
        for w in &d.warnings {
            let _ = messages::warning(w, lang);
        }
    }
    let _ = serde_json::to_string(d);
}
