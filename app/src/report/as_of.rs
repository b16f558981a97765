//! The report's as-of date under its title: "Số liệu tính đến ngày …" when the figures are
//! stated before the plan period ends (printed), the box where the author changes the date
//! (kept with the edits), and the warning about items dated after it (screen only: the
//! narrative says how many were counted).

use crate::date_input::DateInput;
use crate::i18n::texts;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::as_of::{after_as_of_warning, as_of_line};

/// The as-of line, its date box and its warning.
#[component]
pub fn AsOf() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let line = move || with_view(view_memo, |_, r| as_of_line(r, state.lang.get())).flatten();
    let warning =
        move || with_view(view_memo, |_, r| after_as_of_warning(r, state.lang.get())).flatten();
    // The date the report is judged at: the author's, or today, capped at the period's end.
    let date = Signal::derive(move || with_view(view_memo, |_, r| r.as_of));
    let set = move |d: Option<chrono::NaiveDate>| {
        state.edit(|e| e.as_of = d.map(phusong_model::date::format_iso));
    };
    let t = move || texts(state.lang.get());
    view! {
        {move || line().map(|l| view! { <p class="as-of" data-testid="as-of"><em>{l}</em></p> })}
        <p class="no-print edit as-of-edit">
            <label>
                {move || t().as_of_label} " "
                <DateInput label=t().as_of_label testid="as-of-date" value=date on_set=set/>
            </label>
            " "
            <span class="hint">{move || t().as_of_hint}</span>
        </p>
        {move || warning().map(|w| view! { <p class="no-print warning" role="status" data-testid="after-as-of">{w}</p> })}
    }
}
