//! The report: its root element with the test hooks, and the document inside it.

pub mod acceptance;
pub mod added_tags;
pub mod alerts;
pub mod appendix;
pub mod as_of;
pub mod editable;
pub mod filters;
pub mod header;
pub mod headline;
pub mod item_rows;
pub mod narrative;
pub mod parts;
pub mod raster;
pub mod sections;
pub mod share_button;
pub mod shared_line;
pub mod show_more;
pub mod signature;
pub mod suggestion_check;
pub mod suggestions;
pub mod table;
pub mod view;
pub mod welcome;
pub mod word;

use crate::i18n::texts;
use crate::read_only::read_only;
use crate::shared::Shared;
use crate::state::use_app;
use leptos::prelude::*;
use view::{use_view, with_view};

/// Writes the performance mark `name` once the DOM it is built with is in place: an
/// effect first runs after the render that created it. The browser benchmark's marks
/// (docs/browser-benchmarks.md): "phusong:rendered" after the report's first screen,
/// "phusong:completed" after all of it. (An effect of the report root, run when the view
/// changed, could run before the view's DOM was built: it did for the bundled sample.)
/// A report drawn where nobody sees it (the warm-up, `warm_up.rs`) marks nothing.
#[component]
fn BuiltMark(name: &'static str) -> impl IntoView {
    let seen = use_context::<Unseen>().is_none();
    Effect::new(move |_| {
        if seen {
            crate::browser::mark(name);
        }
    });
}

/// Context of a report rendered off the page by the warm-up: its marks are not set.
#[derive(Clone, Copy)]
pub struct Unseen;

/// What the report root shows.
#[derive(Clone, PartialEq)]
enum Screen {
    /// The report of this data (drawn anew for other data, updated in place for a filter).
    Report(Shared<phusong_model::Loaded>),
    /// Data without a plan: what is missing.
    NeedPlan,
    /// Data being restored or loaded: nothing yet (the progress says so), not a welcome
    /// screen the data is about to replace.
    Waiting,
    /// Nothing loaded.
    Welcome,
}

/// The report root (data-testid="report"): `data-items` is the view's item count (set
/// with the first screen of a new report), `data-ready` is "true" once that view is
/// rendered whole, "false" while loading; `data-edits-stored` counts the times the author's
/// edits were stored.
#[component]
pub fn ReportRoot(printing: RwSignal<bool>, acceptance_alone: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let items = move || {
        with_view(view_memo, |_, r| r.totals.items)
            .unwrap_or(0)
            .to_string()
    };
    let ready = move || {
        if state.busy.get().is_none() && state.complete.get() {
            "true"
        } else {
            "false"
        }
    };
    // What the root shows changes with the data, not with the view: a filter changes the
    // report's figures in place (its parts follow the view themselves), so the filter bar
    // keeps the focus while the user types a search.
    let screen = Memo::new(move |_| {
        let has_plan = view_memo.with(Option::is_some);
        match state.loaded.get() {
            Some(loaded) if has_plan => Screen::Report(loaded),
            Some(_) => Screen::NeedPlan,
            None if state.busy.with(Option::is_some) => Screen::Waiting,
            None => Screen::Welcome,
        }
    });
    view! {
        <main
            class="report-root"
            class:print-acceptance-alone=move || acceptance_alone.get()
            data-testid="report"
            data-ready=ready
            data-items=items
            data-edits-stored=move || state.edits_stored.get().to_string()
        >
            {move || {
                let t = texts(state.lang.get());
                match screen.get() {
                    Screen::Report(_) => view! {
                        <filters::FilterBar/>
                        {(!read_only()).then(|| view! { <crate::load::baseline::BaselineControl/> })}
                        <article class="document" lang=move || if state.lang.get() == phusong_model::Lang::Vi { "vi" } else { "en" }>
                            <header::DocumentHeader/>
                            <headline::Headline/>
                            // I. Kết quả đạt được: the assessment, then a section per table.
                            <h2 class="part-title" data-testid="part-results">
                                {move || format!("I. {}", texts(state.lang.get()).part_results.to_uppercase())}
                            </h2>
                            <narrative::Narrative/>
                            <sections::Sections/>
                            <BuiltMark name="phusong:rendered"/>
                            // Parts II–IV, then (Decree 30) "Nơi nhận" and the signature; the
                            // appendices follow on their own pages. None is on the first screen.
                            {move || state.complete.get().then(|| view! {
                                <parts::LaterParts/>
                                <signature::Signature/>
                                <appendix::Appendix printing=printing/>
                                <acceptance::AcceptanceAppendix alone=acceptance_alone/>
                                <BuiltMark name="phusong:completed"/>
                            })}
                        </article>
                    }.into_any(),
                    Screen::NeedPlan => view! { <p class="empty">{t.need_plan}</p> }.into_any(),
                    Screen::Waiting => ().into_any(),
                    // A shared report that could not be opened: why, in words.
                    Screen::Welcome if read_only() => view! {
                        <p class="empty" role="alert" data-testid="shared-error">{move || state.storage_note.get()}</p>
                    }.into_any(),
                    Screen::Welcome => view! { <welcome::Welcome/> }.into_any(),
                }
            }}
        </main>
    }
}
