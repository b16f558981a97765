//! The report shared as one read-only HTML file ("Lưu báo cáo để gửi", issue 25): the offline
//! file with the report's data and the author's edits inside, compressed.
//!
//! - [`Bundle`] (`bundle.rs`): what it carries (the files as loaded, the edits, the readings
//!   of sheets, last year's files, who made it and when) and its bytes;
//! - [`text`]: bytes carried almost as they are in a windows-1252 page's data blocks;
//! - [`page`]: where they go in the page.
//!
//! Compression is the caller's (the browser's `CompressionStream`): nothing here depends on
//! the browser.

mod bundle;
pub mod page;
pub mod text;

pub use bundle::{Bundle, BundleError, BundleFile};
