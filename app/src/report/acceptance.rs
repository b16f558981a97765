//! The acceptance appendix (phụ lục nghiệm thu) of one contract, chosen on screen: its
//! facts, then per ordered format the items counted, then the items in formats it did not
//! order and those dated outside its term. It prints with the report once chosen, or alone.

use crate::browser::{next_frame, print};
use crate::i18n::{document, texts};
use crate::report::item_rows::item_rows;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::acceptance::{acceptance, acceptance_choices, Acceptance};
use phusong_export::tables::Table;
use phusong_model::ContractIdx;

/// The chooser and the chosen contract's appendix. `alone` is set while the appendix is
/// printed without the rest of the report.
#[component]
pub fn AcceptanceAppendix(alone: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let t = move || texts(state.lang.get());
    let chosen: RwSignal<Option<ContractIdx>> = RwSignal::new(None);
    let choices = Memo::new(move |_| with_view(view_memo, acceptance_choices).unwrap_or_default());
    let appendix = Memo::new(move |_| {
        let c = chosen.get()?;
        let lang = state.lang.get();
        with_view(view_memo, |d, r| acceptance(d, r, c, lang)).flatten()
    });
    let print_alone = move |_| {
        alone.set(true);
        leptos::task::spawn_local(async move {
            next_frame().await;
            print();
            // Where the browser's print returns before the dialog closes, `afterprint`
            // clears it too (app.rs).
            alone.set(false);
        });
    };
    view! {
        <section
            class="report-section acceptance"
            class:no-print=move || appendix.with(Option::is_none)
            data-section="acceptance"
            data-testid="acceptance"
        >
            <div class="acceptance-controls no-print">
                <strong>{move || t().acceptance_heading}</strong>
                <label>
                    {move || t().acceptance_choose} " "
                    <select
                        data-testid="acceptance-contract"
                        on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())
                    >
                        <option value="" selected=move || chosen.get().is_none()>{move || t().acceptance_none}</option>
                        {move || choices.get().into_iter().map(|(idx, label)| view! {
                            <option value=idx.to_string() selected=move || chosen.get() == Some(idx)>{label}</option>
                        }).collect_view()}
                    </select>
                </label>
                <button
                    data-testid="print-acceptance"
                    disabled=move || appendix.with(Option::is_none)
                    on:click=print_alone
                >
                    {move || t().acceptance_print_alone}
                </button>
            </div>
            {move || appendix.get().map(|a| appendix_view(a, state.lang.get()))}
        </section>
    }
}

/// One contract's appendix, ending with the sign-off of both parties.
fn appendix_view(a: Acceptance, lang: phusong_model::Lang) -> impl IntoView {
    let empty = texts(lang).acceptance_empty;
    let doc = document(lang);
    let facts = a
        .facts
        .into_iter()
        .map(|f| view! { <li>{f}</li> })
        .collect_view();
    let parts = a
        .parts
        .into_iter()
        .map(|p| {
            let body = if p.items.rows.is_empty() {
                view! { <p class="empty-part">{empty}</p> }.into_any()
            } else {
                items_view(p.items).into_any()
            };
            view! {
                <h4>{p.heading}</h4>
                {body}
            }
        })
        .collect_view();
    view! {
        <h2 data-testid="acceptance-title">{a.title}</h2>
        <ul class="acceptance-facts">{facts}</ul>
        {parts}
        <div class="acceptance-sign">
            <div><strong>{doc.acceptance_buyer}</strong><em>{doc.sign_hint}</em></div>
            <div><strong>{doc.acceptance_outlet}</strong><em>{doc.sign_hint}</em></div>
        </div>
    }
}

/// The items of one part; the title links to the item (http(s) only, see `item_link`).
fn items_view(table: Table) -> impl IntoView {
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.title.clone()}</th> })
        .collect_view();
    let rows = item_rows(&table.columns, table.rows);
    view! {
        <div class="table-wrap">
            <table class="report-table acceptance-items" data-table="acceptance">
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
