//! The administrative header of Decree 30/2020/NĐ-CP: governing and issuing bodies on
//! the left, the national name and motto on the right, number, place and date, then
//! the title and the active filters. Every field is editable and kept.

use crate::browser::today;
use crate::date_input::DateInput;
use crate::edits::{or_default, Edits};
use crate::i18n::document;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::text::fmt_date_long_vi;

/// A text box on screen (wrapping, `rows` lines) that prints as plain text.
#[component]
fn Field(
    value: Signal<String>,
    set: impl Fn(&mut Edits, String) + Send + Sync + 'static,
    #[prop(into)] label: String,
    #[prop(optional, into)] class: String,
    #[prop(default = 1)] rows: u32,
) -> impl IntoView {
    let state = use_app();
    view! {
        <textarea
            class=format!("field {class}")
            aria-label=label
            rows=rows
            prop:value=move || value.get()
            on:change=move |ev| {
                let v = event_target_value(&ev).replace('\n', " ");
                state.edit(|e| set(e, v));
            }
        ></textarea>
        <span class=format!("print-only {class}")>{move || value.get()}</span>
    }
}

/// The header block and title.
#[component]
pub fn DocumentHeader() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let org = move || with_view(view_memo, |d, _| d.organization.clone()).flatten();
    let year = move || with_view(view_memo, |d, _| d.plan.year).unwrap_or(0);
    let e = state.edits;
    let parent = Signal::derive(move || {
        e.with(|e| {
            or_default(&e.parent, || {
                org()
                    .and_then(|o| o.parent)
                    .unwrap_or_default()
                    .to_uppercase()
            })
        })
    });
    let issuer = Signal::derive(move || {
        e.with(|e| {
            or_default(&e.issuer, || {
                org().map(|o| o.name).unwrap_or_default().to_uppercase()
            })
        })
    });
    let doc = move || document(state.lang.get());
    let number = Signal::derive(move || {
        e.with(|e| or_default(&e.number, || doc().number_placeholder.to_owned()))
    });
    let place = Signal::derive(move || {
        e.with(|e| or_default(&e.place, || org().and_then(|o| o.place).unwrap_or_default()))
    });
    let date = Signal::derive(move || {
        e.with(|e| {
            or_default(&e.date, || {
                today()
                    .map(phusong_model::date::format_iso)
                    .unwrap_or_default()
            })
        })
    });
    let title = Signal::derive(move || {
        e.with(|e| or_default(&e.title, || format!("{} {}", doc().title_prefix, year())))
    });
    let dateline = move || {
        let d = phusong_model::date::parse_date(&date.get());
        let when = d
            .map(fmt_date_long_vi)
            .unwrap_or_else(|| doc().dateline_blank.to_owned());
        let place = place.get();
        if place.is_empty() {
            when
        } else {
            format!("{place}, {when}")
        }
    };
    let date_value = Signal::derive(move || phusong_model::date::parse_date(&date.get()));
    let set_date = move |d: Option<chrono::NaiveDate>| {
        state.edit(|e| e.date = d.map(phusong_model::date::format_iso));
    };
    view! {
        <header class="doc-header">
            <div class="doc-header-left">
                <Field value=parent set=|e, v| e.parent = Some(v) label=doc().parent_label class="org-parent"/>
                <Field value=issuer set=|e, v| e.issuer = Some(v) label=doc().issuer_label class="org-name" rows=2/>
                <div class="rule short"></div>
                <Field value=number set=|e, v| e.number = Some(v) label=doc().number_label class="doc-number"/>
            </div>
            <div class="doc-header-right">
                <strong class="nation">{move || doc().nation}</strong>
                <strong class="motto">{move || doc().motto}</strong>
                <div class="rule long"></div>
                <p class="dateline">
                    <em>{dateline}</em>
                </p>
                <p class="no-print dateline-edit">
                    <input class="field" aria-label=move || doc().place_label prop:value=move || place.get()
                        on:change=move |ev| { let v = event_target_value(&ev); state.edit(|e| e.place = Some(v)); }/>
                    <DateInput label=doc().date_label testid="header-date" value=date_value on_set=set_date/>
                </p>
            </div>
        </header>
        <h1 class="doc-title">
            <span class="doc-kind">{move || doc().doc_kind}</span>
            <Field value=title set=|e, v| e.title = Some(v) label=doc().subject_label class="doc-subject" rows=2/>
        </h1>
        <as_of::AsOf/>
        <filters::ActiveFilters/>
    }
}

use crate::report::{as_of, filters};
