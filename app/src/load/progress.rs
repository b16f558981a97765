//! The progress line shown while files are read, checked and counted.

use crate::i18n::texts;
use crate::state::{use_app, Busy};
use leptos::prelude::*;
use phusong_export::text::fmt_int;

/// A live progress indicator (role=status, announced by screen readers).
#[component]
pub fn Progress() -> impl IntoView {
    let state = use_app();
    move || {
        let t = texts(state.lang.get());
        state.busy.get().map(|busy| {
            let (label, value) = match busy {
                Busy::Reading { done, total, bytes } => (
                    format!("{} {}/{} ({} KB)…", t.reading, done + 1, total, fmt_int(bytes / 1024)),
                    Some((done, total)),
                ),
                Busy::Parsing { done, total, bytes } => (
                    format!("{} {}/{} ({} KB)…", t.parsing, done + 1, total, fmt_int(bytes / 1024)),
                    Some((done, total)),
                ),
                Busy::Validating => (format!("{}…", t.checking), None),
                Busy::Restoring => (format!("{}…", t.restoring), None),
            };
            view! {
                <div class="progress no-print" role="status" data-testid="progress">
                    {match value {
                        Some((done, total)) => view! { <progress max=total value=done></progress> }.into_any(),
                        None => view! { <progress></progress> }.into_any(),
                    }}
                    <span>{label}</span>
                </div>
            }
        })
    }
}
