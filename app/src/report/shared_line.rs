//! The line atop a shared report: "Báo cáo do … lập ngày …; dữ liệu chỉ đọc" (screen only;
//! the printed document is the report itself).

use crate::read_only::made;
use crate::state::use_app;
use leptos::prelude::*;

/// Who made the shared report and when, once it is read (nothing on any other page).
#[component]
pub fn SharedLine() -> impl IntoView {
    let state = use_app();
    move || {
        // Who made it is known once the report is read, before its data loads.
        state.loaded.track();
        let made = made()?;
        let words = &phusong_words::words(state.lang.get()).share;
        let line = (words.made)(&made.by, &phusong_model::date::format_vi(made.on));
        Some(
            view! { <p class="shared-line no-print" role="note" data-testid="shared-line">{line}</p> },
        )
    }
}
