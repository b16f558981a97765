//! "Cách đọc tệp" in the problems panel: for each spreadsheet loaded, and each refused for
//! recognising no sheet, how each sheet was read, each with a button that opens the
//! mapping screen on it ("Chọn cách đọc…"), then the located problems.

use crate::i18n::{mapping_words, texts};
use crate::shared::SheetRef;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_intake::{sheet_lang, sheet_line, ReadAs, SheetReading};
use phusong_model::Lang;

/// The list, or nothing when no spreadsheet is loaded or waiting for a reading.
#[component]
pub fn Readings() -> impl IntoView {
    let state = use_app();
    move || {
        let lang = state.lang.get();
        let mut files: Vec<_> = state.files.with(|files| {
            files
                .iter()
                .filter_map(|f| {
                    let c = f.conversion.as_ref()?;
                    let problems: Vec<String> = c
                        .reading
                        .problems
                        .iter()
                        .map(|p| p.message(sheet_lang(lang)))
                        .collect();
                    Some(file_view(
                        &f.name,
                        &c.reading.reading,
                        problems,
                        false,
                        lang,
                    ))
                })
                .collect()
        });
        files.extend(state.unrecognised.with(|list| {
            list.iter()
                .map(|u| file_view(&u.file.name, &u.reading, Vec::new(), true, lang))
                .collect::<Vec<_>>()
        }));
        (!files.is_empty()).then(|| {
            view! {
                <h4>{texts(lang).how_read}</h4>
                <ul class="readings">{files}</ul>
            }
        })
    }
}

fn file_view(
    name: &str,
    sheets: &[SheetReading],
    problems: Vec<String>,
    unrecognised: bool,
    lang: Lang,
) -> impl IntoView {
    let state = use_app();
    let sheets = sheets
        .iter()
        .map(|r| {
            let target = SheetRef {
                file: name.to_owned(),
                sheet: r.sheet.clone(),
            };
            let label = format!("{} '{}'", mapping_words(lang).choose, r.sheet);
            // A shared report is read as its author chose: no other reading there.
            let open = (r.read_as != ReadAs::Hidden && !crate::read_only::read_only()).then(|| {
                view! {
                    " "
                    <button
                        class="link-button"
                        data-testid="choose-reading"
                        data-sheet=r.sheet.clone()
                        aria-label=label
                        on:click=move |_| state.mapping.set(Some(target.clone()))
                    >
                        {mapping_words(lang).choose}
                    </button>
                }
            });
            view! { <li>{sheet_line(r, lang)} {open}</li> }
        })
        .collect_view();
    let problems = problems
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! {
        <li data-testid="reading">
            <strong>{name.to_owned()}</strong>
            {unrecognised.then(|| view! {
                <p class="hint" data-testid="unrecognised-hint">{mapping_words(lang).unrecognised_hint}</p>
            })}
            <ul>{sheets} {problems}</ul>
        </li>
    }
}
