//! Loading: the file chooser, progress, drag-and-drop, and the problems panel.

pub mod baseline;
pub mod choose_files;
pub mod drop_zone;
pub mod mapping;
mod mapping_values;
pub mod problems;
pub mod progress;
mod readings;
