//! The narrative: drafted from the numbers, editable by the author, kept.

use crate::actions::save_edits;
use crate::i18n::texts;
use crate::report::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::narrative::draft_narrative;

/// "Đánh giá chung": a textarea on screen, paragraphs in print.
#[component]
pub fn Narrative() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let drafted = Memo::new(move |_| {
        let lang = state.lang.get();
        with_view(view_memo, |d, r| draft_narrative(d, r, lang).join("\n")).unwrap_or_default()
    });
    let text = Signal::derive(move || {
        state
            .edits
            .with(|e| e.narrative.clone())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| drafted.get())
    });
    let edited = move || state.edits.with(|e| e.narrative.is_some());
    view! {
        <section class="narrative" data-testid="narrative">
            <h2>{move || format!("I. {}", texts(state.lang.get()).narrative)}</h2>
            <textarea
                class="no-print"
                data-testid="narrative-editor"
                rows="10"
                prop:value=move || text.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.edits.update(|e| e.narrative = Some(v));
                    save_edits(state);
                }
            ></textarea>
            <p class="no-print hint">
                {move || texts(state.lang.get()).edit_hint} " "
                <button
                    disabled=move || !edited()
                    on:click=move |_| {
                        state.edits.update(|e| e.narrative = None);
                        save_edits(state);
                    }
                >
                    {move || texts(state.lang.get()).redraft}
                </button>
            </p>
            <div class="print-only narrative-text">
                {move || text.get().lines().filter(|l| !l.trim().is_empty()).map(|l| view! { <p>{l.to_owned()}</p> }).collect_view()}
            </div>
        </section>
    }
}
