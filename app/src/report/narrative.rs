//! "1. Đánh giá chung", the first heading of part I: drafted from the numbers, editable by
//! the author, kept.

use crate::baseline::use_comparison;
use crate::i18n::texts;
use crate::report::editable::{EditSlot, EditableText};
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::narrative::draft_narrative_with;

/// Where the narrative is kept among the edits.
const SLOT: EditSlot = EditSlot {
    get: |e| e.narrative.clone(),
    set: |e, v| e.narrative = v,
};

/// "Đánh giá chung": a textarea on screen, paragraphs in print.
#[component]
pub fn Narrative() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let comparison = use_comparison(state);
    let drafted = Memo::new(move |_| {
        let lang = state.lang.get();
        let cmp = comparison.get().and_then(Result::ok);
        with_view(view_memo, |d, r| {
            draft_narrative_with(d, r, cmp.as_deref(), lang).join("\n")
        })
        .unwrap_or_default()
    });
    let label = Signal::derive(move || texts(state.lang.get()).narrative.to_owned());
    view! {
        <section class="narrative" data-testid="narrative">
            <h3>{move || format!("1. {}", texts(state.lang.get()).narrative)}</h3>
            <EditableText kept=SLOT drafted=drafted.into() testid="narrative-editor" label=label/>
        </section>
    }
}
