//! The mapping screen ("Chọn cách đọc"): for one sheet, the section it is read as, its
//! header row, and the field each column becomes, with a sample of its first rows; then
//! the values that matched nothing ([`super::mapping_values`]). Applying stores the
//! reading for every sheet with the same headers and loads the files again
//! ([`crate::mappings`]); the screen stays open on what that made of the sheet.

use super::mapping_values::UnmatchedValues;
use crate::i18n::mapping_words;
use crate::mappings;
use crate::shared::SheetRef;
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use phusong_intake::{
    column_letter, field_choices, header_candidates, Converted, Draft, ReadAs, Section,
    SheetReading,
};
use std::sync::Arc;

/// A sheet found among the loaded files or those refused for recognising no sheet.
#[derive(Clone)]
pub(super) struct Found {
    pub reading: SheetReading,
    /// What its file converted to (none for a file refused unread).
    pub converted: Option<Arc<Converted>>,
}

/// The sheet `target` names, tracked on the files.
fn find(state: AppState, target: &SheetRef) -> Option<Found> {
    let loaded = state.files.with(|files| {
        files.iter().find(|f| f.name == target.file).and_then(|f| {
            let c = &f.conversion.as_ref()?.reading;
            let reading = c.reading.iter().find(|r| r.sheet == target.sheet)?.clone();
            Some(Found {
                reading,
                converted: Some(Arc::clone(c)),
            })
        })
    });
    loaded.or_else(|| {
        state.unrecognised.with(|list| {
            let u = list.iter().find(|u| u.file.name == target.file)?;
            let reading = u.reading.iter().find(|r| r.sheet == target.sheet)?.clone();
            Some(Found {
                reading,
                converted: None,
            })
        })
    })
}

/// The screen, while a sheet is chosen (data-testid="mapping").
#[component]
pub fn MappingScreen() -> impl IntoView {
    let state = use_app();
    move || {
        let target = state.mapping.get()?;
        let found = find(state, &target)?;
        Some(view! { <MappingForm target=target found=found/> })
    }
}

#[component]
fn MappingForm(target: SheetRef, found: Found) -> impl IntoView {
    let state = use_app();
    let w = move || mapping_words(state.lang.get());
    let stored = state.mappings.get_untracked().unwrap_or_default();
    let draft = RwSignal::new(Draft::initial(&found.reading, &stored));
    let top = Arc::new(found.reading.top.clone());
    let mapped = found.reading.mapped;
    let read_section = match found.reading.read_as {
        ReadAs::Section(s) => Some(s),
        _ => None,
    };
    let missing = Memo::new(move |_| draft.with(|d| d.mapping().missing_required()));
    let heading = {
        let (sheet, file) = (target.sheet.clone(), target.file.clone());
        move || format!("{} '{sheet}' {} '{file}'", w().title, w().of_file)
    };
    let rows_top = Arc::clone(&top);
    let row_options = move || {
        header_candidates(&rows_top)
            .map(|r| {
                let n = r.row;
                let cells: Vec<&str> = r.cells.iter().map(|(_, t)| t.as_str()).take(4).collect();
                let label = format!("{n}: {}", cells.join(" · "));
                view! { <option value=n.to_string() selected=move || draft.with(|d| d.header_row == n)>{label}</option> }
            })
            .collect_view()
    };
    let section_top = Arc::clone(&top);
    let on_section = move |ev| {
        let Some(s) = Section::ALL
            .into_iter()
            .find(|s| s.key() == event_target_value(&ev))
        else {
            return;
        };
        let row = draft.with_untracked(|d| d.header_row);
        draft.set(Draft::at(s, row, &section_top));
    };
    let header_top = Arc::clone(&top);
    let on_row = move |ev| {
        let Ok(row) = event_target_value(&ev).parse::<u32>() else {
            return;
        };
        let s = draft.with_untracked(|d| d.section);
        draft.set(Draft::at(s, row, &header_top));
    };
    let columns_top = Arc::clone(&top);
    let columns = move || {
        let d = draft.get();
        let lang = state.lang.get();
        let choices = field_choices(d.section);
        d.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let letter = column_letter(c.col);
                let samples = d.samples(&columns_top, c.col, 3).join(" · ");
                let label = format!("{} {letter} '{}': {}", mapping_words(lang).column, c.header, mapping_words(lang).field);
                let current = c.field.clone();
                let options = choices
                    .iter()
                    .map(|f| {
                        let text = if f.required {
                            format!("{} ({}, {})", f.header, f.key, mapping_words(lang).required)
                        } else {
                            format!("{} ({})", f.header, f.key)
                        };
                        let selected = current.as_deref() == Some(f.key.as_str());
                        view! { <option value=f.key.clone() selected=selected>{text}</option> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <td>{letter.clone()}</td>
                        <td>{c.header.clone()}</td>
                        <td class="sample">{samples}</td>
                        <td>
                            <select
                                data-testid="mapping-field"
                                data-column=letter
                                aria-label=label
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    draft.update(|d| {
                                        if let Some(c) = d.columns.get_mut(i) {
                                            c.field = (!v.is_empty()).then_some(v);
                                        }
                                    });
                                }
                            >
                                <option value="" selected=current.is_none()>{mapping_words(lang).skip}</option>
                                {options}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let missing_line = move || {
        let m = missing.get();
        (!m.is_empty()).then(|| {
            let d = draft.get_untracked();
            let names: Vec<&str> = field_choices(d.section)
                .into_iter()
                .filter(|f| m.contains(&f.key.as_str()))
                .map(|f| f.header)
                .collect();
            view! { <p class="refused" data-testid="mapping-missing">{w().missing} ": " {names.join(", ")}</p> }
        })
    };
    let apply_target = target.clone();
    let apply = move |_| {
        mappings::choose(state, apply_target.clone(), draft.get_untracked().mapping());
    };
    let forget_target = target.clone();
    let forget = move |_| {
        let sig = draft.get_untracked().mapping().signature();
        mappings::forget(state, forget_target.clone(), sig);
    };
    let values = found
        .converted
        .clone()
        .filter(|_| read_section.is_some())
        .map(|c| {
            view! { <UnmatchedValues converted=c sheet=target.sheet.clone() draft=draft/> }
        });
    view! {
        <section class="mapping no-print" data-testid="mapping" aria-labelledby="mapping-title">
            <h3 id="mapping-title">{heading}</h3>
            <p class="hint">{move || w().note}</p>
            {mapped.then(|| view! {
                <p data-testid="mapping-remembered">
                    {move || w().remembered} " "
                    <button data-testid="mapping-forget" on:click=forget>{move || w().forget}</button>
                </p>
            })}
            <div class="mapping-controls">
                <label>
                    {move || w().section} " "
                    <select data-testid="mapping-section" on:change=on_section>
                        {move || Section::ALL.into_iter().enumerate().map(|(i, s)| view! {
                            <option value=s.key() selected=move || draft.with(|d| d.section == s)>{w().sections[i]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    {move || w().header_row} " "
                    <select data-testid="mapping-header-row" on:change=on_row>{row_options}</select>
                </label>
            </div>
            <table class="mapping-columns">
                <thead>
                    <tr>
                        <th scope="col">{move || w().column}</th>
                        <th scope="col">{move || w().header}</th>
                        <th scope="col">{move || w().sample}</th>
                        <th scope="col">{move || w().field}</th>
                    </tr>
                </thead>
                <tbody>{columns}</tbody>
            </table>
            {missing_line}
            {values}
            <div class="mapping-actions">
                <button
                    data-testid="mapping-apply"
                    disabled=move || !missing.with(Vec::is_empty) || state.is_busy()
                    on:click=apply
                >
                    {move || w().apply}
                </button>
                <button data-testid="mapping-close" on:click=move |_| state.mapping.set(None)>
                    {move || w().close}
                </button>
            </div>
        </section>
    }
}
