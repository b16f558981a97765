//! Types, loading and validation of the `coverage-report/v1` format.
//!
//! [`load`] takes named files (bytes), refuses whole files that break the format,
//! quarantines bad records with every reason, and returns the merged, validated
//! [`Dataset`] together with its [`Diagnostics`]. Nothing is dropped silently.

pub mod check;
pub mod dataset;
pub mod date;
pub mod diagnostics;
pub mod filling;
mod index;
pub mod item_text;
pub mod labels;
pub mod load;
pub mod messages;
pub mod nfc;
pub mod parse;
pub mod parse_slices;
mod plain_record;
pub mod plan;
pub mod raw;
mod records;
#[cfg(feature = "schema")]
pub mod schema;
pub mod slices;
mod suggest;
pub mod vocab;

pub use dataset::{
    Contract, ContractIdx, CoverageItem, Dataset, Deliverable, Event, EventIdx, ItemText,
    Organization, Outlet, OutletIdx, Period, Plan, Theme, ThemeIdx, ThemeList,
};
pub use diagnostics::{Diagnostics, FileError, Quarantined, Reason, RefusedFile, Section, Warning};
pub use labels::Lang;
pub use load::{load, merge, FileOutcome, Loaded, Loading, SourceFile, Stage};
pub use parse::{parse_file, ParsedFile};
pub use vocab::{Format, Level, OutletKind, Tone, FORMAT_COUNT};
