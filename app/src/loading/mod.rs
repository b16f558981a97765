//! The loading pipeline: files read as they arrive ([`arriving`]), parsed and checked in
//! slices ([`check`]), then shown and stored ([`commit`]), within the page's limits
//! ([`limits`]). It draws nothing: the views watch `AppState::busy` and the report. No
//! module here imports a view.

pub mod arriving;
mod check;
mod commit;
mod convert;
mod ending;
pub mod limits;
mod watcher;

pub use arriving::load_arriving;
pub use arriving::{read_and_check, Arriving};
pub use commit::{apply, apply_with};
pub use ending::{Ending, Mode};
pub use watcher::Watcher;

use crate::browser::next_frame;
use crate::state::AppState;
use leptos::prelude::*;

/// Waits for a load in progress to end: the page answers input during a load, and files
/// dropped meanwhile load after it, in turn (the buttons are disabled meanwhile).
pub async fn wait_until_idle(state: AppState) {
    while state.busy.with_untracked(Option::is_some) {
        next_frame().await;
    }
}
