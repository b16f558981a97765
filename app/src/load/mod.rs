//! Loading: progress, drag-and-drop, and the problems panel.

pub mod drop_zone;
pub mod problems;
pub mod progress;
