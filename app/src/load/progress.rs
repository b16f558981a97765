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
            let kb = |n: u64| fmt_int(n.div_ceil(1024));
            let (label, value) = match busy {
                Busy::Reading { file, files, read, bytes } => (
                    format!("{} {}/{} ({} / {} KB)…", t.reading, file + 1, files, kb(read), kb(bytes)),
                    Some((read, bytes)),
                ),
                Busy::Parsing { file, files, read, bytes } => (
                    format!("{} {}/{} ({} / {} KB)…", t.parsing, file + 1, files, kb(read), kb(bytes)),
                    Some((read, bytes)),
                ),
                Busy::Validating { done, total } => (
                    format!("{} ({} / {} {})…", t.checking, fmt_int(done as u64), fmt_int(total as u64), t.records_unit),
                    Some((done as u64, total as u64)),
                ),
                Busy::Converting => (format!("{}…", t.converting), None),
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
