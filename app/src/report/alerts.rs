//! "Thông tin tiêu cực cần theo dõi, xử lý": the months of the view flagged for negative
//! coverage (`phusong_engine::alerts`), each with its negative items (date, outlet, title,
//! link; only http(s) links are clickable: `report::item_rows`). Follows the view's filter.

use crate::report::item_rows::item_rows;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::analysis::alert_parts;
use phusong_export::tables::Section;
use phusong_words::words;

/// The part, numbered `number` among the sections of part I (data-testid "alerts",
/// `data-alerts` the number of months flagged; each month "alert-month" with `data-month`).
#[component]
pub fn AlertsPart(number: usize) -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let lang = state.lang.get();
        let parts = with_view(view_memo, |d, r| alert_parts(d, r, lang))?;
        let a = &words(lang).analysis;
        let count = parts.len();
        let body = if parts.is_empty() {
            view! { <p class="no-alerts" data-testid="no-alerts">{a.no_alerts}</p> }.into_any()
        } else {
            parts
                .into_iter()
                .map(|p| {
                    let head = p
                        .items
                        .columns
                        .iter()
                        .map(|c| view! { <th scope="col" class:num=c.numeric>{c.title.clone()}</th> })
                        .collect_view();
                    let rows = item_rows(&p.items.columns, p.items.rows);
                    view! {
                        <div class="alert-month" data-testid="alert-month" data-month=p.month>
                            <h4 class="table-title">{p.heading}</h4>
                            <div class="table-wrap">
                                <table class="report-table items-table" data-table="alerts">
                                    <thead><tr>{head}</tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        };
        Some(view! {
            <section class="report-section alerts" data-section="alerts" data-testid="alerts" data-alerts=count>
                <h3>{format!("{number}. {}", Section::Alerts.title(lang))}</h3>
                <p class="note">{a.alert_rule}</p>
                {body}
            </section>
        })
    }
}
