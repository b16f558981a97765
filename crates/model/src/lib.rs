//! Types, loading and validation of the `coverage-report/v1` format.
//!
//! [`load`] takes named files (bytes), refuses whole files that break the format,
//! quarantines bad records with every reason, and returns the merged, validated
//! [`Dataset`] together with its [`Diagnostics`]. Nothing is dropped silently.
//!
//! The API is the crate root ([`load`], and [`Loading`] for a load in slices or while
//! the bytes arrive into a [`FillingBuffer`], sized by a [`SliceSizer`]; the dataset and
//! diagnostic types; the vocabularies and [`Lang`]) and the modules [`date`],
//! [`diagnostics`] and [`messages`]. How files are parsed and validated stays inside.

mod check;
mod dataset;
pub mod date;
pub mod diagnostics;
mod filling;
mod fuzz;
mod index;
mod item_text;
mod labels;
mod load;
pub mod messages;
mod nfc;
mod parse;
mod parse_slices;
mod plain_record;
mod plan;
mod raw;
mod records;
#[cfg(feature = "schema")]
pub mod schema;
mod slices;
mod suggest;
mod vocab;

pub use dataset::{
    Contract, ContractIdx, CoverageItem, Dataset, Deliverable, Event, EventIdx, ItemText,
    Organization, Outlet, OutletIdx, Period, Plan, Theme, ThemeIdx, ThemeList,
};
pub use diagnostics::{Diagnostics, FileError, Quarantined, Reason, RefusedFile, Section, Warning};
pub use filling::{FillingBuffer, NotAppended};
#[doc(hidden)]
pub use fuzz::check_parse_paths;
pub use labels::Lang;
pub use load::{load, FileOutcome, Loaded, Loading, SourceFile, Stage};
pub use slices::SliceSizer;
pub use vocab::{Format, Level, OutletKind, Tone, FORMAT_COUNT};
