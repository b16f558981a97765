//! The mapping screen's values that matched nothing: per field and text, with the rows
//! that have it ("'Phóng sự' (12 dòng)"), a choice of what it stands for (the field's labels,
//! or the records of the loaded data a reference can name). A choice joins the draft;
//! applying reads the sheet again with it.

use crate::i18n::mapping_words;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::text::fmt_int;
use phusong_intake::{unmatched_values, value_choices, Converted, Draft};
use std::sync::Arc;

/// The values of `sheet` of `converted` that matched nothing, each with its choice.
#[component]
pub fn UnmatchedValues(
    converted: Arc<Converted>,
    sheet: String,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let state = use_app();
    let unmatched = unmatched_values(&converted, &sheet);
    if unmatched.is_empty() {
        return None;
    }
    let w = move || mapping_words(state.lang.get());
    let rows = move || {
        let lang = state.lang.get();
        let loaded = state.loaded.get();
        let data = loaded.as_ref().and_then(|l| l.dataset.as_ref());
        unmatched
            .iter()
            .map(|u| {
                let choices = value_choices(&u.field, data);
                let (field, from) = (u.field.clone(), u.text.clone());
                let chosen = draft.with_untracked(|d| {
                    d.mapping().value(&field, &from).map(str::to_owned)
                });
                let what = format!(
                    "'{}' ({} {})",
                    u.text,
                    fmt_int(u.rows as u64),
                    mapping_words(lang).rows
                );
                let label = format!("{} '{}': '{}'", mapping_words(lang).column, u.header, u.text);
                let options = choices
                    .into_iter()
                    .map(|c| {
                        let selected = chosen.as_deref() == Some(c.value.as_str());
                        view! { <option value=c.value selected=selected>{c.label}</option> }
                    })
                    .collect_view();
                let (f2, from2) = (field.clone(), from.clone());
                view! {
                    <tr>
                        <td>{u.header.clone()}</td>
                        <td>{what}</td>
                        <td>
                            <select
                                data-testid="mapping-value"
                                data-field=field
                                data-from=from
                                aria-label=label
                                on:change=move |ev| {
                                    let to = event_target_value(&ev);
                                    draft.update(|d| {
                                        let mut m = d.mapping();
                                        m.set_value(&f2, &from2, &to);
                                        d.values = m.values;
                                    });
                                }
                            >
                                <option value="" selected=chosen.is_none()>{mapping_words(lang).leave}</option>
                                {options}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    Some(view! {
        <div class="mapping-values" data-testid="mapping-values">
            <h4>{move || w().values}</h4>
            <p class="hint">{move || w().values_hint}</p>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{move || w().header}</th>
                        <th scope="col">{move || w().values}</th>
                        <th scope="col">{move || w().field}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}
