//! The toolbar's "Lưu báo cáo để gửi": downloads the report as one read-only HTML file
//! (`crate::share::make`); what goes wrong is said under the toolbar. Marked
//! `phusong:share-start` … `phusong:share-built`, measured as `phusong:share`.

use crate::browser::{download_bytes, mark, measure};
use crate::share::make::make_shared;
use crate::state::use_app;
use leptos::prelude::*;

/// The button (not on a shared report itself: its reader forwards the file).
#[component]
pub fn SaveShared() -> impl IntoView {
    let state = use_app();
    let w = move || &phusong_words::words(state.lang.get()).share;
    let busy = RwSignal::new(false);
    let has_report = move || state.report.with(Option::is_some);
    let save = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        state.storage_note.set(None);
        mark("phusong:share-start");
        leptos::task::spawn_local(async move {
            match make_shared(state).await {
                Ok((name, bytes)) => {
                    mark("phusong:share-built");
                    measure(
                        "phusong:share",
                        "phusong:share-start",
                        "phusong:share-built",
                    );
                    download_bytes(&name, "text/html", &bytes);
                }
                Err(message) => state.storage_note.set(Some(message)),
            }
            busy.set(false);
        });
    };
    view! {
        <button
            data-testid="export-share"
            title=move || w().button_hint
            aria-busy=move || busy.get().to_string()
            disabled=move || !has_report() || busy.get()
            on:click=save
        >
            {move || if busy.get() { w().busy } else { w().button }}
        </button>
    }
}
