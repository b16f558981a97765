//! Counting rules, filters and the summary export of a phusong report.
//!
//! [`build_report`] walks the accepted items of a [`phusong_model::Dataset`] once
//! and computes every number a report shows ([`Report`]); [`Filter`] narrows the
//! view; [`summary`] turns a view into the `coverage-report-summary/v1` export.

pub mod alerts;
mod build;
pub mod compare;
pub mod filter;
pub mod money;
pub mod pace;
pub mod report;
pub mod search;
pub mod subset;
pub mod suggest;
pub mod summary;
pub mod tags;
pub mod titles;

pub use alerts::ToneAlert;
pub use build::{build_report, build_report_with_titles, ReportOptions};
pub use compare::{compare, Baseline, BaselineError, Comparison};
pub use filter::{Filter, FilterDescription};
pub use report::{
    ContractRow, ContractStatus, DeliverableRow, EventRow, MonthRow, OutletRow, Report, TermState,
    ThemeRow, ToneCounts, Totals,
};
pub use summary::{
    summary, summary_json, summary_json_with, summary_with, Summary, SUMMARY_FORMAT,
};
pub use titles::{FoldedTitles, FoldingTitles};

use chrono::NaiveDate;
use phusong_model::Loaded;

/// The report of a loaded dataset seen through `filter`, stating the whole period, with its
/// quarantine count; `None` until a plan has been loaded.
pub fn report_of(loaded: &Loaded, filter: &Filter) -> Option<Report> {
    report_at(loaded, filter, None)
}

/// [`report_of`] at the as-of date `as_of` (see [`ReportOptions::as_of`]).
pub fn report_at(loaded: &Loaded, filter: &Filter, as_of: Option<NaiveDate>) -> Option<Report> {
    let data = loaded.dataset.as_ref()?;
    let options = ReportOptions {
        as_of,
        quarantined_records: loaded.diagnostics.quarantined.len() as u64,
    };
    Some(build_report(data, filter, options))
}
