//! The problems panel: loaded files, how each spreadsheet was read ("Cách đọc tệp"),
//! refused files, then records left out and warnings grouped by reason and value
//! (`phusong_export::problems`: "19 bản ghi: …", each opening to its records, a
//! spreadsheet's placed by sheet and row), with counts, in the user's language. Long lists are cut on screen; the full list downloads
//! as text.

use super::readings::Readings;
use crate::browser::download;
use crate::i18n::texts;
use crate::shared::Shared;
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::problems::{group_problems, ProblemGroup, ProblemKind};
use phusong_export::text::fmt_int;
use phusong_intake::{sheet_place, Converted};
use phusong_model::diagnostics::RecordLocation;
use phusong_model::{messages, Lang, Loaded};
use std::sync::Arc;

/// Rows of a list shown before "… and N more".
const SHOWN: usize = 200;

/// Every problem, one per line (the downloadable report), a spreadsheet's records placed by
/// sheet and row.
fn all_problems(loaded: &Loaded, converted: &[Arc<Converted>], lang: Lang) -> String {
    let d = &loaded.diagnostics;
    let place = |at: &RecordLocation| {
        converted
            .iter()
            .find_map(|c| sheet_place(c, at, lang))
            .unwrap_or_else(|| messages::location(at, lang))
    };
    let mut lines: Vec<String> = Vec::new();
    lines.extend(d.refused.iter().map(|r| messages::refused(r, lang)));
    lines.extend(
        d.quarantined
            .iter()
            .map(|q| messages::quarantined_at(q, &place(&q.at), lang)),
    );
    lines.extend(
        d.warnings
            .iter()
            .map(|w| messages::warning_at(w, &place(&w.at), lang)),
    );
    lines.join("\r\n")
}

/// The panel (data-testid="problems").
#[component]
pub fn ProblemsPanel() -> impl IntoView {
    let state = use_app();
    move || {
        let lang = state.lang.get();
        let t = texts(lang);
        let note = state.storage_note.get();
        let loaded = state.loaded.get()?;
        let d = &loaded.diagnostics;
        let (r, q, w) = (d.refused.len(), d.quarantined.len(), d.warnings.len());
        // Open when something was left out or could not be stored: the user must see it.
        let open = r + q > 0 || note.is_some();
        let files: Vec<_> = loaded
            .files
            .iter()
            .filter(|f| f.accepted)
            .map(|f| view! { <li>{f.name.clone()} " — " {fmt_int(f.records as u64)} " " {t.records}</li> })
            .collect();
        let refused: Vec<_> = d
            .refused
            .iter()
            .map(|x| view! { <li class="refused">{messages::refused(x, lang)}</li> })
            .collect();
        let groups = group_problems(d, lang);
        // The spreadsheets' conversions, which place their records by sheet and row.
        let converted: Arc<Vec<Arc<Converted>>> = Arc::new(state.files.with(|files| {
            files
                .iter()
                .filter_map(|f| f.conversion.as_ref().map(|c| Arc::clone(&c.reading)))
                .collect()
        }));
        let grouped = |kind: ProblemKind| {
            groups
                .iter()
                .filter(|g| g.kind == kind)
                .map(|g| group_view(g.clone(), loaded.clone(), Arc::clone(&converted), lang))
                .collect_view()
        };
        let quarantined = grouped(ProblemKind::LeftOut);
        let warnings = grouped(ProblemKind::Warning);
        let text = all_problems(&loaded, &converted, lang);
        Some(view! {
            <details class="problems no-print" data-testid="problems" open=open>
                <summary>
                    <strong>{t.problems}</strong>
                    ": "
                    <span data-testid="refused-count">{fmt_int(r as u64)}</span> " " {t.refused_files} ", "
                    <span data-testid="quarantined-count">{fmt_int(q as u64)}</span> " " {t.quarantined} ", "
                    <span data-testid="warning-count">{fmt_int(w as u64)}</span> " " {t.warnings}
                </summary>
                {note.map(|n| view! { <p class="refused">{t.storage_failed} ": " {n}</p> })}
                <h4>{t.loaded_files}</h4>
                <ul>{files}</ul>
                <Readings/>
                {(r > 0).then(|| view! { <h4>{t.refused_files}</h4><ul>{refused}</ul> })}
                {(q > 0).then(|| view! { <h4>{t.quarantined}</h4> <ul class="groups">{quarantined}</ul> })}
                {(w > 0).then(|| view! { <h4>{t.warnings}</h4> <ul class="groups">{warnings}</ul> })}
                {(r + q + w > 0).then(|| view! {
                    <button on:click=move |_| download("kiem-tra-du-lieu.txt", "text/plain;charset=utf-8", &format!("\u{FEFF}{text}"))>
                        "⤓ .txt"
                    </button>
                })}
            </details>
        })
    }
}

/// One group: its headline, opening to its records (the first [`SHOWN`] of them, written
/// when it is first opened: a large file may have thousands).
fn group_view(
    g: ProblemGroup,
    loaded: Shared<Loaded>,
    converted: Arc<Vec<Arc<Converted>>>,
    lang: Lang,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    let more = g.count.saturating_sub(SHOWN);
    let headline = g.headline.clone();
    let lines = move || {
        opened.get().then(|| {
            let place =
                |at: &RecordLocation| converted.iter().find_map(|c| sheet_place(c, at, lang));
            g.lines_placed(&loaded.diagnostics, lang, SHOWN, &place)
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view()
        })
    };
    view! {
        <li class="group" data-testid="problem-group">
            <details on:toggle=move |_| opened.set(true)>
                <summary>{headline}</summary>
                <ul>
                    {lines}
                    {(more > 0).then(|| view! { <li class="more">"… +" {fmt_int(more as u64)}</li> })}
                </ul>
            </details>
        </li>
    }
}
