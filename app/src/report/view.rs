//! The view every part of the report draws: the loaded dataset and the report of the
//! current filter, as one memo, and a way to read both.

use crate::shared::Shared;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_engine::Report;
use phusong_model::Dataset;

/// The dataset and report of the current view, when there is one (see [`use_view`]).
pub type ViewMemo = Memo<Option<(Shared<phusong_model::Loaded>, Shared<Report>)>>;

/// The dataset and report of the current view, when there is one.
pub fn use_view() -> ViewMemo {
    let state = use_app();
    // The data with the themes the author accepted: what the report counted.
    Memo::new(move |_| Some((state.tagged.get()?, state.report.get()?)))
}

/// Calls `f` with the dataset and report of the view (None without a plan).
pub fn with_view<R>(view: ViewMemo, f: impl FnOnce(&Dataset, &Report) -> R) -> Option<R> {
    view.with(|v| {
        let (loaded, report) = v.as_ref()?;
        let data = loaded.dataset.as_ref()?;
        Some(f(data, report))
    })
}
