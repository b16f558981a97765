//! Drag-and-drop anywhere on the page: dropped files load like chosen ones (added).

use crate::actions::{load_chosen, Mode};
use crate::browser::files_of;
use crate::i18n::texts;
use crate::state::use_app;
use leptos::prelude::*;

/// Wraps the page; shows a hint while files are dragged over it.
#[component]
pub fn DropZone(children: Children) -> impl IntoView {
    let state = use_app();
    let over = RwSignal::new(false);
    view! {
        <div
            class="drop-zone"
            class:dragging=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(!crate::read_only::read_only());
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(false);
                // A shared report loads nothing (and the browser does not open the file instead).
                if crate::read_only::read_only() {
                    return;
                }
                let files = files_of(ev.data_transfer().and_then(|d| d.files()));
                load_chosen(state, files, Mode::Add);
            }
        >
            <div class="drop-hint no-print" aria-hidden="true">{move || texts(state.lang.get()).drop_here}</div>
            {children()}
        </div>
    }
}
