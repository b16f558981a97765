//! The parts of the theme suggestions besides the panel's list: the check of tagged items
//! whose title matches other themes' keywords and none of their own ("Cần kiểm tra": never
//! a change), and a theme as listed.

use crate::shared::Shared;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_engine::suggest::Suggestions;
use phusong_export::text::fmt_date;
use phusong_model::Dataset;
use phusong_words::words;

/// A theme as listed: its code and name.
pub fn theme_label(data: &Dataset, theme: u32) -> String {
    data.plan
        .themes
        .get(theme as usize)
        .map(|t| format!("{} {}", t.code, t.name))
        .unwrap_or_default()
}

/// Rows of the check shown (the count says how many there are in all).
const SHOWN: usize = 50;

/// "Cần kiểm tra" (data-testid "suggestions-check", `data-flagged` the number of items; a
/// row "check-row" each, `data-item` its id).
#[component]
pub fn CheckList(suggestions: Shared<Suggestions>) -> impl IntoView {
    let state = use_app();
    move || {
        let lang = state.lang.get();
        let w = &words(lang).suggest;
        let loaded = state.loaded.get()?;
        let data = loaded.dataset.as_ref()?;
        let flagged = &suggestions.flagged;
        if flagged.is_empty() {
            return None;
        }
        let rows = flagged
            .iter()
            .take(SHOWN)
            .filter_map(|f| {
                let item = data.items.get(f.item as usize)?;
                let own = item
                    .themes
                    .iter()
                    .map(|&t| theme_label(data, t))
                    .collect::<Vec<_>>()
                    .join("; ");
                let matched = f
                    .matched
                    .iter()
                    .map(|m| {
                        format!(
                            "{} (“{}”)",
                            theme_label(data, m.theme),
                            m.keyword(&data.plan)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                Some(view! {
                    <tr data-testid="check-row" data-item=item.id().to_owned()>
                        <td class="date">{fmt_date(item.date)}</td>
                        <td class="title">{item.title().to_owned()}</td>
                        <td>{own}</td>
                        <td>{matched}</td>
                    </tr>
                })
            })
            .collect_view();
        let count = flagged.len();
        Some(view! {
            <details class="suggestions-check" data-testid="suggestions-check" data-flagged=count>
                <summary>{format!("{} ({count})", w.check_title)}</summary>
                <p class="hint">{w.check_note}</p>
                <div class="table-wrap">
                    <table class="report-table suggestions-table">
                        <thead><tr>
                            <th scope="col" class="date">{w.date}</th>
                            <th scope="col" class="title">{w.item}</th>
                            <th scope="col">{w.tagged_as}</th>
                            <th scope="col">{w.matches}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {(count > SHOWN).then(|| view! { <p class="note">{(w.rest)(count - SHOWN)}</p> })}
            </details>
        })
    }
}
