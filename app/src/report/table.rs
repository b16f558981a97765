//! A report table from `phusong_export::tables`: headers repeat on printed pages,
//! a click on a row filters the report to it (`RowFilter::apply`), and it downloads as CSV.

use crate::browser::download;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::tables::Table;

/// Renders a table. `csv_name` names the CSV download.
#[component]
pub fn ReportTable(table: Table, csv_name: String) -> impl IntoView {
    let state = use_app();
    let csv = phusong_export::csv::table_csv(&table);
    let numeric: Vec<bool> = table.columns.iter().map(|c| c.numeric).collect();
    let key = table.section.key();
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class:num=c.numeric>{c.title.clone()}</th> })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let filter = row.filter;
            let clickable = filter.is_some();
            let cells = row
                .cells
                .into_iter()
                .enumerate()
                .map(|(i, c)| view! { <td class:num=numeric.get(i).copied().unwrap_or(false)>{c}</td> })
                .collect_view();
            view! {
                <tr
                    class:clickable=clickable
                    on:click=move |_| {
                        if let Some(rf) = &filter {
                            state.narrow(|f| rf.apply(f));
                        }
                    }
                >
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="report-table" data-table=key>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <button class="csv no-print" on:click=move |_| download(&csv_name, "text/csv;charset=utf-8", &csv)>
                "⤓ CSV"
            </button>
        </div>
    }
}
