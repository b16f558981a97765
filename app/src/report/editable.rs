//! A part of the document the author writes or edits: a text box on screen, paragraphs in
//! print, kept with the other edits. A drafted part shows its draft until edited and can be
//! redrafted; an author's part starts empty, its hint a placeholder that never prints.

use crate::edits::Edits;
use crate::i18n::texts;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::document::paragraphs;

/// Reads and writes one text of the [`Edits`].
#[derive(Clone, Copy)]
pub struct EditSlot {
    /// The edited text, if any.
    pub get: fn(&Edits) -> Option<String>,
    /// Sets it (`None`: back to the draft, or empty).
    pub set: fn(&mut Edits, Option<String>),
}

/// The text box and its printed paragraphs. `drafted` is the text shown until the author
/// edits it (empty for an author's part, which then shows `hint` as its placeholder).
#[component]
pub fn EditableText(
    kept: EditSlot,
    drafted: Signal<String>,
    #[prop(into)] testid: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] hint: Option<Signal<String>>,
    #[prop(default = 10)] rows: u32,
) -> impl IntoView {
    let state = use_app();
    let text = Signal::derive(move || {
        state
            .edits
            .with(|e| (kept.get)(e))
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| drafted.get())
    });
    let edited = move || state.edits.with(|e| (kept.get)(e).is_some());
    let drafts = move || !drafted.with(String::is_empty);
    let placeholder = move || hint.map(|h| h.get()).unwrap_or_default();
    view! {
        <textarea
            class="no-print edit editable"
            data-testid=testid
            aria-label=move || label.get()
            placeholder=placeholder
            rows=rows
            prop:value=move || text.get()
            on:change=move |ev| {
                let v = event_target_value(&ev);
                state.edit(|e| (kept.set)(e, Some(v)));
            }
        ></textarea>
        {move || drafts().then(|| view! {
            <p class="no-print edit hint">
                {move || texts(state.lang.get()).edit_hint} " "
                <button
                    disabled=move || !edited()
                    on:click=move |_| {
                        state.edit(|e| (kept.set)(e, None));
                    }
                >
                    {move || texts(state.lang.get()).redraft}
                </button>
            </p>
        })}
        <div class="print-only part-text">
            {move || paragraphs(&text.get()).into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
        </div>
    }
}
