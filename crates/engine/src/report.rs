//! The report model: every number a report shows, computed once by
//! [`crate::build_report`] and read by the app, the charts and every export.

use crate::filter::Filter;
use chrono::NaiveDate;
use phusong_model::{ContractIdx, EventIdx, Format, OutletIdx, ThemeIdx, FORMAT_COUNT};

/// Tổng hợp: the headline figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Items in the view (accepted, in the plan period, matching the filter).
    pub items: u64,
    /// Of which under a contract.
    pub contracted_items: u64,
    /// Of which not under a contract.
    pub uncontracted_items: u64,
    /// Of which with no theme.
    pub untagged_items: u64,
    /// Σ reach over items that have it (saturating).
    pub reach: u64,
    /// Records quarantined while loading (outlets, contracts, items).
    pub quarantined_records: u64,
    /// Accepted items dated outside the plan period (matching the other filters).
    pub out_of_period_items: u64,
    /// Items in the view dated after the report's as-of date (counted all the same); 0 when
    /// the report states the whole period.
    pub after_as_of_items: u64,
}

/// One theme of the tree with its count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeRow {
    /// The theme.
    pub theme: ThemeIdx,
    /// Items tagged with it or a descendant, each counted once.
    pub items: u64,
    /// Items tagged with exactly this theme.
    pub direct_items: u64,
    /// Target, when given and > 0.
    pub target: Option<u64>,
    /// items / target.
    pub attainment: Option<f64>,
}

/// Tiến độ: where a contract stands against the pace of its term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContractStatus {
    /// Everything ordered was delivered.
    Done,
    /// Delivered at least what the elapsed share of the term calls for (10 points of slack).
    OnPace,
    /// Delivered less than the elapsed share of the term calls for.
    Behind,
    /// The term has not begun and nothing was delivered.
    NotStarted,
}

/// Where a contract's term stands at the report's as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermState {
    /// The term begins after the as-of date.
    NotStarted,
    /// The term runs on the as-of date (its last day included, when the report is stated
    /// before the period's end).
    Running,
    /// The term is over.
    Ended,
}

/// One ordered format of a contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeliverableRow {
    /// Format.
    pub format: Format,
    /// Σ quantity ordered in that format.
    pub quantity: u64,
    /// Items delivered in that format (not capped).
    pub delivered: u64,
}

/// One contract with its deliveries.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractRow {
    /// The contract.
    pub contract: ContractIdx,
    /// Σ quantity.
    pub ordered: u64,
    /// Σ min(delivered, quantity).
    pub delivered: u64,
    /// delivered / ordered.
    pub fulfilment: f64,
    /// Items under the contract in formats it did not order.
    pub unordered_items: u64,
    /// Items under the contract dated outside its term.
    pub outside_term_items: u64,
    /// All items under the contract in the view.
    pub items: u64,
    /// Per ordered format, in order of first appearance.
    pub deliverables: Vec<DeliverableRow>,
    /// Share of the term elapsed at the report date (0–1).
    pub elapsed: f64,
    /// Status against that pace.
    pub status: ContractStatus,
    /// Whether the term runs, has ended or has not begun at the as-of date.
    pub term: TermState,
}

/// One outlet with its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutletRow {
    /// The outlet.
    pub outlet: OutletIdx,
    /// Items it published.
    pub items: u64,
    /// Of which under a contract.
    pub contracted_items: u64,
    /// Σ reach of its items.
    pub reach: u64,
}

/// One month of the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Items dated in it.
    pub items: u64,
    /// Items by top-level theme of their first tag, in the order of
    /// [`Report::top_themes`], then untagged items last.
    pub by_top_theme: Vec<u64>,
    /// Items dated in it by tone.
    pub tone: ToneCounts,
}

impl MonthRow {
    /// `2024-03`.
    pub fn key(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// Counts by tone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ToneCounts {
    /// Tích cực.
    pub positive: u64,
    /// Trung lập.
    pub neutral: u64,
    /// Tiêu cực.
    pub negative: u64,
    /// Chưa đánh giá.
    pub unrated: u64,
}

impl ToneCounts {
    /// Counts one item in the tone slot `slot` (0 positive, 1 neutral, 2 negative, 3 not
    /// rated: [`crate::filter::tone_slot`]).
    pub fn add(&mut self, slot: usize) {
        match slot {
            0 => self.positive += 1,
            1 => self.neutral += 1,
            2 => self.negative += 1,
            _ => self.unrated += 1,
        }
    }

    /// All items counted.
    pub fn total(&self) -> u64 {
        self.positive + self.neutral + self.negative + self.unrated
    }
}

/// One event of the plan with its count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRow {
    /// The event.
    pub event: EventIdx,
    /// Items whose `event` is it.
    pub items: u64,
}

/// Everything a report shows for one view of a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The filter this view applies.
    pub filter: Filter,
    /// The date the contracts' pace is judged at: the as-of date, or the period's end.
    pub as_of: NaiveDate,
    /// The as-of date the report states ("Số liệu tính đến ngày …"): `Some` only when it
    /// falls before the end of the plan period; `None` for a report of the whole period.
    pub stated_as_of: Option<NaiveDate>,
    /// Headline figures.
    pub totals: Totals,
    /// Every theme, depth-first in file order.
    pub themes: Vec<ThemeRow>,
    /// Top-level themes, in file order (the series of [`MonthRow::by_top_theme`]).
    pub top_themes: Vec<ThemeIdx>,
    /// Every accepted contract, in file order.
    pub contracts: Vec<ContractRow>,
    /// Every accepted outlet, in file order.
    pub outlets: Vec<OutletRow>,
    /// Items per format, indexed by [`Format::index`].
    pub formats: [u64; FORMAT_COUNT],
    /// Every month of the plan period.
    pub months: Vec<MonthRow>,
    /// Counts by tone.
    pub tone: ToneCounts,
    /// Every event of the plan, in file order.
    pub events: Vec<EventRow>,
    /// Months flagged for negative coverage ([`crate::alerts`]), in month order.
    pub tone_alerts: Vec<crate::alerts::ToneAlert>,
    /// Positions (in [`phusong_model::Dataset::items`]) of the items in the view, in load order.
    pub items: Vec<u32>,
}
