//! "Nơi nhận" and the signature block, editable and kept.

use crate::edits::or_default;
use crate::i18n::{document, texts};
use crate::state::use_app;
use leptos::prelude::*;

/// The closing block of the document.
#[component]
pub fn Signature() -> impl IntoView {
    let state = use_app();
    let e = state.edits;
    let doc = move || document(state.lang.get());
    let recipients = Signal::derive(move || {
        e.with(|e| or_default(&e.recipients, || doc().recipients_default.to_owned()))
    });
    let signer_title = Signal::derive(move || {
        e.with(|e| or_default(&e.signer_title, || doc().signer_title_default.to_owned()))
    });
    let signer_name = Signal::derive(move || e.with(|e| or_default(&e.signer_name, String::new)));
    view! {
        <footer class="doc-footer">
            <div class="recipients">
                <strong><em>{move || texts(state.lang.get()).recipients} ":"</em></strong>
                <textarea class="no-print" rows="4" aria-label=move || texts(state.lang.get()).recipients
                    prop:value=move || recipients.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.recipients = Some(v)); }
                ></textarea>
                <div class="print-only">
                    {move || recipients.get().lines().map(|l| view! { <div>{l.to_owned()}</div> }).collect_view()}
                </div>
            </div>
            <div class="signer">
                <input class="field no-print" aria-label=move || doc().signer_title_label prop:value=move || signer_title.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.signer_title = Some(v)); }/>
                <strong class="print-only">{move || signer_title.get()}</strong>
                <div class="sign-space"></div>
                <input class="field no-print" aria-label=move || doc().signer_name_label placeholder=move || doc().signer_name_placeholder prop:value=move || signer_name.get()
                    on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.signer_name = Some(v)); }/>
                <strong class="print-only">{move || signer_name.get()}</strong>
            </div>
        </footer>
    }
}
