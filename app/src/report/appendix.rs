//! The appendix: every item of the view, sortable, paged on screen (never 100k rows
//! in the DOM) and printed in full. Only http(s) links are clickable.

use crate::i18n::texts;
use crate::report::item_rows::item_rows;
use crate::report::view::{use_view, with_view};
use crate::shared::Shared;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::tables::{items_page, sorted_positions, ItemSort};
use phusong_export::text::fmt_int;
use std::sync::Arc;

/// Rows per screen page.
const PAGE: usize = 50;

/// "Phụ lục": the items table.
#[component]
pub fn Appendix(printing: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let page = RwSignal::new(0usize);
    let sort = RwSignal::new(ItemSort::Date(true));
    // A new view starts on its first page.
    Effect::new(move |_| {
        view_memo.track();
        page.set(0);
    });
    let total = move || with_view(view_memo, |_, r| r.items.len()).unwrap_or(0);
    let pages = move || total().div_ceil(PAGE).max(1);
    // Sorted once per view and sort order; page turns only slice it.
    let order = Memo::new(move |_| {
        let s = sort.get();
        with_view(view_memo, |d, r| {
            Shared(Arc::new(sorted_positions(d, r, s)))
        })
    });
    let table = Memo::new(move |_| {
        let lang = state.lang.get();
        let all = printing.get();
        let p = page.get();
        let order = order.get()?;
        let n = order.len();
        let range = if all {
            0..n
        } else {
            p * PAGE..(p * PAGE + PAGE).min(n)
        };
        let loaded = state.tagged.get()?;
        let data = loaded.dataset.as_ref()?;
        Some(items_page(data, &order, lang, range))
    });
    move || {
        let t = texts(state.lang.get());
        let table = table.get()?;
        let head = table
            .columns
            .iter()
            .map(|c| {
                let key = c.sort;
                view! {
                    <th scope="col" class:num=c.numeric class:sortable=key.is_some()
                        on:click=move |_| {
                            // A click sorts by the column, ascending; a second one, descending.
                            if let Some(key) = key {
                                let asc = sort.get_untracked().key() != Some((key, true));
                                sort.set(ItemSort::by(key, asc));
                            }
                        }>
                        {c.title.clone()}
                    </th>
                }
            })
            .collect_view();
        let rows = item_rows(&table.columns, table.rows);
        Some(view! {
            <section class="report-section appendix" data-section="items">
                <h2>{t.appendix}</h2>
                <div class="appendix-controls no-print">
                    <button data-testid="appendix-prev" disabled={move || page.get() == 0} on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{t.prev}</button>
                    <span data-testid="appendix-page">{move || format!("{} {}/{} · {} {}", t.page, page.get() + 1, pages(), fmt_int(total() as u64), t.items.to_lowercase())}</span>
                    // Braced: unbraced, the `>` of `>=` ended the tag (the button showed the
                    // rest of the line as its text and had no click handler).
                    <button data-testid="appendix-next" disabled={move || page.get() + 1 >= pages()} on:click=move |_| page.update(|p| *p += 1)>{t.next}</button>
                    <button
                        data-testid="items-csv"
                        on:click=move |_| {
                            let lang = state.lang.get_untracked();
                            let csv = with_view(view_memo, |d, r| (d.plan.id.clone(), phusong_export::csv::items_csv(d, r, lang)));
                            if let Some((plan, csv)) = csv {
                                crate::browser::download(&format!("{plan}-items.csv"), "text/csv;charset=utf-8", &csv);
                            }
                        }
                    >
                        "⤓ CSV"
                    </button>
                </div>
                <div class="table-wrap">
                    <table class="report-table items" data-table="items">
                        <thead><tr>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        })
    }
}
