//! The rows of a table of items (the appendix, the acceptance appendix): number cells
//! right-aligned, and the cells of a linking column ([`Column::links`]) as a link to the
//! item, only for an http(s) URL (`phusong_export::tables::item_link`).

use leptos::prelude::*;
use phusong_export::tables::{Column, Row};

/// The `<tr>`s of `rows` under `columns`.
pub fn item_rows(columns: &[Column], rows: Vec<Row>) -> impl IntoView {
    let numeric: Vec<bool> = columns.iter().map(|c| c.numeric).collect();
    let links: Vec<bool> = columns.iter().map(|c| c.links).collect();
    rows.into_iter()
        .map(|row| {
            let link = row.link;
            let cells = row
                .cells
                .into_iter()
                .enumerate()
                .map(|(i, c)| match (&link, links.get(i).copied().unwrap_or(false)) {
                    (Some(href), true) => view! {
                        <td><a href=href.clone() target="_blank" rel="noopener noreferrer">{c}</a></td>
                    }
                    .into_any(),
                    _ => view! { <td class:num=numeric.get(i).copied().unwrap_or(false)>{c}</td> }.into_any(),
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view()
}
