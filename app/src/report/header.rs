//! The administrative header of Decree 30/2020/NĐ-CP: governing and issuing bodies on
//! the left, the national name and motto on the right, number, place and date, then
//! the title and the active filters. Every field is editable and kept.

use crate::browser::today;
use crate::date_input::DateInput;
use crate::edits::Edits;
use crate::i18n::document;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::document::{letterhead, Letterhead};

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
            class=format!("field edit {class}")
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
    // The fields as printed, resolved by `phusong_export::document` (as the Word export
    // resolves them): what the author typed, else the value drafted from the data.
    let head = Memo::new(move |_| {
        let lang = state.lang.get();
        let fields = state.edits.with(Edits::author_fields);
        with_view(view_memo, |d, _| letterhead(d, &fields, today(), lang))
    });
    let field = move |f: fn(&Letterhead) -> &str| {
        Signal::derive(move || {
            head.with(|h| h.as_ref().map(|h| f(h).to_owned()).unwrap_or_default())
        })
    };
    let doc = move || document(state.lang.get());
    let parent = field(|h| &h.parent);
    let issuer = field(|h| &h.issuer);
    let number = field(|h| &h.number);
    let place = field(|h| &h.place);
    let title = field(|h| &h.subject);
    let dateline = field(|h| &h.dateline);
    let date_value = Signal::derive(move || {
        head.with(|h| {
            h.as_ref()
                .and_then(|h| phusong_model::date::parse_date(&h.date))
        })
    });
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
                    <em>{move || dateline.get()}</em>
                </p>
                <p class="no-print edit dateline-edit">
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
