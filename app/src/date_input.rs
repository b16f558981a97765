//! A date box that shows and takes dates the Vietnamese way (dd/mm/yyyy) whatever the
//! browser's language: a native `<input type="date">` follows the browser's locale
//! (mm/dd/yyyy in an English browser).

use crate::i18n::texts;
use crate::state::use_app;
use chrono::NaiveDate;
use leptos::prelude::*;
use phusong_export::text::{fmt_date, parse_date_input};

/// A text box holding a date: shows `value` as dd/mm/yyyy; on change, an empty box gives
/// `None`, a date gives `Some`, anything else marks the box invalid (with the expected form
/// as its tooltip) and changes nothing.
#[component]
pub fn DateInput(
    value: Signal<Option<NaiveDate>>,
    on_set: impl Fn(Option<NaiveDate>) + Send + Sync + 'static,
    #[prop(into)] label: String,
    #[prop(optional)] testid: &'static str,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let state = use_app();
    let invalid = RwSignal::new(false);
    view! {
        <input
            type="text"
            inputmode="numeric"
            placeholder="dd/mm/yyyy"
            size="10"
            class=format!("field date {class}")
            class:invalid=move || invalid.get()
            aria-label=label
            aria-invalid=move || invalid.get().to_string()
            title=move || if invalid.get() { texts(state.lang.get()).date_invalid } else { "dd/mm/yyyy" }
            data-testid=testid
            prop:value=move || value.get().map(fmt_date).unwrap_or_default()
            on:change=move |ev| {
                let text = event_target_value(&ev);
                if text.trim().is_empty() {
                    invalid.set(false);
                    on_set(None);
                } else if let Some(date) = parse_date_input(&text) {
                    invalid.set(false);
                    on_set(Some(date));
                } else {
                    invalid.set(true);
                }
            }
        />
    }
}
