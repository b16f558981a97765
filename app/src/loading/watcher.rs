//! Who follows a load: the page (its progress and marks), or the warm-up, nobody.

use crate::browser::mark;
use crate::state::{AppState, Busy};
use leptos::prelude::*;

/// Who follows a load: the page (its progress bar, the performance marks), or nobody (the
/// warm-up, the warm-up (`warm_up.rs`), which gives up as soon as the user starts a load).
#[derive(Clone, Copy)]
pub enum Watcher {
    /// A load the user asked for: progress shown, marks set.
    Page(AppState),
    /// The warm-up's load of the sample: nothing shown, stopped by anything else.
    WarmUp(AppState),
}

impl Watcher {
    /// Shows how far the load is (the page only).
    pub(super) fn busy(self, busy: Busy) {
        if let Watcher::Page(state) = self {
            state.busy.set(Some(busy));
        }
    }

    /// Sets a performance mark (the page only: the benchmark reads them).
    pub(super) fn mark(self, name: &str) {
        if let Watcher::Page(_) = self {
            mark(name);
        }
    }

    /// Whether to stop here: the warm-up stops once the user loads something.
    pub fn gave_up(self) -> bool {
        match self {
            Watcher::Page(_) => false,
            Watcher::WarmUp(state) => {
                state.busy.with_untracked(Option::is_some)
                    || state.loaded.with_untracked(Option::is_some)
            }
        }
    }
}
