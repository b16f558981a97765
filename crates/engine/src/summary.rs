//! The summary export `coverage-report-summary/v1`: the numbers behind a report view
//! as JSON, field for field as the format specification lists them.

use crate::filter::FilterDescription;
use crate::report::Report;
use phusong_model::date::format_iso;
use phusong_model::{Dataset, Format};
use serde::Serialize;

/// The summary format identifier.
pub const SUMMARY_FORMAT: &str = "coverage-report-summary/v1";

/// The summary document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    /// Always [`SUMMARY_FORMAT`].
    pub format: &'static str,
    /// Plan id.
    pub plan: String,
    /// Plan period.
    pub period: PeriodOut,
    /// `YYYY-MM-DD`: the as-of date the figures are stated at, present only when it falls
    /// before the period's end (an additive field of v1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Headline figures.
    pub totals: TotalsOut,
    /// Every theme, depth-first in file order.
    pub themes: Vec<ThemeOut>,
    /// Every accepted contract.
    pub contracts: Vec<ContractOut>,
    /// Every accepted outlet.
    pub outlets: Vec<OutletOut>,
    /// Formats with at least one item, in the spec's order.
    pub formats: Vec<FormatOut>,
    /// Every month of the period.
    pub months: Vec<MonthOut>,
    /// Counts by tone.
    pub tone: ToneOut,
    /// Every event of the plan.
    pub events: Vec<EventOut>,
    /// The filters of this view; absent when none applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<FilterDescription>,
}

/// `period`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PeriodOut {
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub end: String,
}

/// `totals`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TotalsOut {
    /// See [`crate::Totals`].
    pub items: u64,
    /// See [`crate::Totals`].
    pub contracted_items: u64,
    /// See [`crate::Totals`].
    pub uncontracted_items: u64,
    /// See [`crate::Totals`].
    pub untagged_items: u64,
    /// See [`crate::Totals`].
    pub reach: u64,
    /// See [`crate::Totals`].
    pub quarantined_records: u64,
    /// See [`crate::Totals`].
    pub out_of_period_items: u64,
}

/// One entry of `themes`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ThemeOut {
    /// Theme code.
    pub code: String,
    /// Count.
    pub items: u64,
    /// Target, `null` when absent or 0.
    pub target: Option<u64>,
    /// items / target, `null` without target.
    pub attainment: Option<f64>,
}

/// One entry of `contracts`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContractOut {
    /// Contract id.
    pub id: String,
    /// Outlet id.
    pub outlet: String,
    /// Value in đồng.
    pub value_vnd: u64,
    /// Σ quantity.
    pub ordered: u64,
    /// Σ min(delivered, quantity).
    pub delivered: u64,
    /// delivered / ordered.
    pub fulfilment: f64,
    /// Items in formats not ordered.
    pub unordered_items: u64,
    /// Items dated outside the term.
    pub outside_term_items: u64,
    /// Per ordered format.
    pub deliverables: Vec<DeliverableOut>,
}

/// One entry of a contract's `deliverables`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DeliverableOut {
    /// Format.
    pub format: &'static str,
    /// Σ quantity.
    pub quantity: u64,
    /// Items delivered (not capped).
    pub delivered: u64,
}

/// One entry of `outlets`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OutletOut {
    /// Outlet id.
    pub id: String,
    /// Items.
    pub items: u64,
    /// Of which under contract.
    pub contracted_items: u64,
}

/// One entry of `formats`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FormatOut {
    /// Format.
    pub format: &'static str,
    /// Items.
    pub items: u64,
}

/// One entry of `months`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MonthOut {
    /// `YYYY-MM`.
    pub month: String,
    /// Items.
    pub items: u64,
}

/// `tone`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ToneOut {
    /// Tích cực.
    pub positive: u64,
    /// Trung lập.
    pub neutral: u64,
    /// Tiêu cực.
    pub negative: u64,
    /// Chưa đánh giá.
    pub unrated: u64,
}

/// One entry of `events`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventOut {
    /// Event id.
    pub id: String,
    /// Items.
    pub items: u64,
}

/// The summary of a report view.
pub fn summary(data: &Dataset, report: &Report) -> Summary {
    let t = &report.totals;
    let text = |s: Option<&String>| s.cloned().unwrap_or_default();
    Summary {
        format: SUMMARY_FORMAT,
        plan: data.plan.id.clone(),
        period: PeriodOut {
            start: format_iso(data.plan.period.start),
            end: format_iso(data.plan.period.end),
        },
        as_of: report.stated_as_of.map(format_iso),
        totals: TotalsOut {
            items: t.items,
            contracted_items: t.contracted_items,
            uncontracted_items: t.uncontracted_items,
            untagged_items: t.untagged_items,
            reach: t.reach,
            quarantined_records: t.quarantined_records,
            out_of_period_items: t.out_of_period_items,
        },
        themes: report
            .themes
            .iter()
            .map(|r| ThemeOut {
                code: text(data.plan.themes.get(r.theme as usize).map(|t| &t.code)),
                items: r.items,
                target: r.target,
                attainment: r.attainment,
            })
            .collect(),
        contracts: report
            .contracts
            .iter()
            .filter_map(|r| {
                let c = data.contracts.get(r.contract as usize)?;
                Some(ContractOut {
                    id: c.id.clone(),
                    outlet: text(data.outlets.get(c.outlet as usize).map(|o| &o.id)),
                    value_vnd: c.value_vnd,
                    ordered: r.ordered,
                    delivered: r.delivered,
                    fulfilment: r.fulfilment,
                    unordered_items: r.unordered_items,
                    outside_term_items: r.outside_term_items,
                    deliverables: r
                        .deliverables
                        .iter()
                        .map(|d| DeliverableOut {
                            format: d.format.as_str(),
                            quantity: d.quantity,
                            delivered: d.delivered,
                        })
                        .collect(),
                })
            })
            .collect(),
        outlets: report
            .outlets
            .iter()
            .map(|r| OutletOut {
                id: text(data.outlets.get(r.outlet as usize).map(|o| &o.id)),
                items: r.items,
                contracted_items: r.contracted_items,
            })
            .collect(),
        formats: Format::ALL
            .iter()
            .filter(|f| report.formats[f.index()] > 0)
            .map(|f| FormatOut {
                format: f.as_str(),
                items: report.formats[f.index()],
            })
            .collect(),
        months: report
            .months
            .iter()
            .map(|m| MonthOut {
                month: m.key(),
                items: m.items,
            })
            .collect(),
        tone: ToneOut {
            positive: report.tone.positive,
            neutral: report.tone.neutral,
            negative: report.tone.negative,
            unrated: report.tone.unrated,
        },
        events: report
            .events
            .iter()
            .map(|e| EventOut {
                id: text(data.plan.events.get(e.event as usize).map(|e| &e.id)),
                items: e.items,
            })
            .collect(),
        filters: (!report.filter.is_empty()).then(|| report.filter.describe(data)),
    }
}

/// The summary as pretty JSON text (what "Xuất JSON" saves).
pub fn summary_json(data: &Dataset, report: &Report) -> String {
    serde_json::to_string_pretty(&summary(data, report)).unwrap_or_default()
}
