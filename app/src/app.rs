//! The root component: provides the state, restores stored data, and lays out the
//! toolbar, progress, problems panel and report.

use crate::actions::restore;
use crate::load::{
    drop_zone::DropZone, mapping::MappingScreen, problems::ProblemsPanel, progress::Progress,
};
use crate::read_only::read_only;
use crate::report::{shared_line::SharedLine, ReportRoot};
use crate::state::AppState;
use crate::toolbar::Toolbar;
use crate::warm_up::warm_up_when_idle;
use leptos::prelude::*;

/// The application.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    restore(state);
    // Before any data is chosen, the loader and the report's code are compiled unseen
    // (it waits for the restore, and gives up for stored or chosen data).
    warm_up_when_idle(state);
    // Print preview: the screen shows the pages as they will print.
    let preview = RwSignal::new(false);
    // While printing, the appendix renders every row.
    let printing = RwSignal::new(false);
    // While one contract's acceptance appendix prints alone (the rest is hidden in print).
    let acceptance_alone = RwSignal::new(false);
    // Printing from the browser's menu (Ctrl+P) renders the full appendix too: the
    // DOM updates run as microtasks, before the print layout.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        // Only when not yet: setting it again would draw the rest of the report anew and
        // lose what the author chose in it (the contract of the acceptance appendix).
        if !state.complete.get_untracked() {
            state.complete.set(true);
        }
        if !acceptance_alone.get_untracked() {
            printing.set(true);
        }
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        printing.set(false);
        acceptance_alone.set(false);
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    view! {
        <DropZone>
            <div class="app" class:preview=move || preview.get() class:read-only=read_only()>
                <Toolbar preview=preview printing=printing/>
                <SharedLine/>
                <Progress/>
                <ProblemsPanel/>
                // A shared report is read-only: no reading of sheets to choose, no themes to accept.
                {(!read_only()).then(|| view! {
                    <MappingScreen/>
                    <crate::report::suggestions::SuggestionsPanel/>
                })}
                <ReportRoot printing=printing acceptance_alone=acceptance_alone/>
            </div>
        </DropZone>
    }
}
