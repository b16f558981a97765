//! "Nơi nhận" and the signature block, editable and kept.

use crate::i18n::{document, texts};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::document::closing;

/// The closing block of the document.
#[component]
pub fn Signature() -> impl IntoView {
    let state = use_app();
    let doc = move || document(state.lang.get());
    // As printed and as the Word export writes it (`phusong_export::document::closing`).
    let block = Memo::new(move |_| {
        let lang = state.lang.get();
        state.edits.with(|e| closing(&e.author_fields(), lang))
    });
    let recipients = Signal::derive(move || block.with(|c| c.recipients.join("\n")));
    let signer_title = Signal::derive(move || block.with(|c| c.signer_title.clone()));
    let signer_name = Signal::derive(move || block.with(|c| c.signer_name.clone()));
    view! {
        <footer class="doc-footer">
            <div class="recipients">
                <strong><em>{move || texts(state.lang.get()).recipients} ":"</em></strong>
                <textarea class="no-print edit" rows="4" aria-label=move || texts(state.lang.get()).recipients
                    prop:value=move || recipients.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.recipients = Some(v)); }
                ></textarea>
                <div class="print-only">
                    {move || recipients.get().lines().map(|l| view! { <div>{l.to_owned()}</div> }).collect_view()}
                </div>
            </div>
            <div class="signer">
                <input class="field no-print edit" aria-label=move || doc().signer_title_label prop:value=move || signer_title.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.signer_title = Some(v)); }/>
                <strong class="print-only">{move || signer_title.get()}</strong>
                <div class="sign-space"></div>
                <input class="field no-print edit" aria-label=move || doc().signer_name_label placeholder=move || doc().signer_name_placeholder prop:value=move || signer_name.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.signer_name = Some(v)); }/>
                <strong class="print-only">{move || signer_name.get()}</strong>
            </div>
        </footer>
    }
}
