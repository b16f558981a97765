//! The summary export `coverage-report-summary/v1`: the numbers behind a report view
//! as JSON, field for field as the format specification lists them.

use crate::compare::{Comparison, ComparisonOut};
use crate::filter::FilterDescription;
use crate::money::{value_by_level, value_per_delivered};
use crate::report::{Report, ToneCounts};
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
    /// The contracts by outlet level (an additive field of v1).
    pub value_by_level: Vec<LevelOut>,
    /// Every accepted outlet.
    pub outlets: Vec<OutletOut>,
    /// Formats with at least one item, in the spec's order.
    pub formats: Vec<FormatOut>,
    /// Every month of the period.
    pub months: Vec<MonthOut>,
    /// Counts by tone.
    pub tone: ToneOut,
    /// Months flagged for negative coverage (an additive field of v1).
    pub tone_alerts: Vec<ToneAlertOut>,
    /// Every event of the plan.
    pub events: Vec<EventOut>,
    /// Last year, when one is loaded for comparison (an additive field of v1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<ComparisonOut>,
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
    /// value_vnd / delivered, `null` when nothing is delivered (an additive field of v1).
    pub value_per_delivered_vnd: Option<f64>,
}

/// One entry of `value_by_level`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LevelOut {
    /// Outlet level.
    pub level: &'static str,
    /// Contracts with an outlet of that level.
    pub contracts: u64,
    /// Σ their value.
    pub value_vnd: u64,
    /// Σ ordered.
    pub ordered: u64,
    /// Σ delivered.
    pub delivered: u64,
}

/// One entry of `tone_alerts`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ToneAlertOut {
    /// `YYYY-MM`.
    pub month: String,
    /// Negative items that month.
    pub negative: u64,
    /// The mean of the negative counts of all earlier months of the period.
    pub baseline: f64,
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
    /// Its items by tone (an additive field of v1).
    pub tone: ToneOut,
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

impl From<ToneCounts> for ToneOut {
    fn from(t: ToneCounts) -> ToneOut {
        ToneOut {
            positive: t.positive,
            neutral: t.neutral,
            negative: t.negative,
            unrated: t.unrated,
        }
    }
}

/// The summary of a report view.
pub fn summary(data: &Dataset, report: &Report) -> Summary {
    summary_with(data, report, None)
}

/// The summary of a report view, with last year's `comparison` when one is loaded.
pub fn summary_with(data: &Dataset, report: &Report, comparison: Option<&Comparison>) -> Summary {
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
                    value_per_delivered_vnd: value_per_delivered(c.value_vnd, r.delivered),
                })
            })
            .collect(),
        value_by_level: value_by_level(data, report)
            .into_iter()
            .map(|l| LevelOut {
                level: l.level.as_str(),
                contracts: l.contracts,
                value_vnd: l.value_vnd,
                ordered: l.ordered,
                delivered: l.delivered,
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
                tone: m.tone.into(),
            })
            .collect(),
        tone: report.tone.into(),
        tone_alerts: report
            .tone_alerts
            .iter()
            .map(|a| ToneAlertOut {
                month: report
                    .months
                    .get(a.month)
                    .map(|m| m.key())
                    .unwrap_or_default(),
                negative: a.negative,
                baseline: a.baseline,
            })
            .collect(),
        events: report
            .events
            .iter()
            .map(|e| EventOut {
                id: text(data.plan.events.get(e.event as usize).map(|e| &e.id)),
                items: e.items,
            })
            .collect(),
        comparison: comparison.map(|c| ComparisonOut::new(data, report, c)),
        filters: (!report.filter.is_empty()).then(|| report.filter.describe(data)),
    }
}

/// The summary as pretty JSON text (what "Xuất JSON" saves).
pub fn summary_json(data: &Dataset, report: &Report) -> String {
    summary_json_with(data, report, None)
}

/// [`summary_json`] with last year's `comparison`.
pub fn summary_json_with(
    data: &Dataset,
    report: &Report,
    comparison: Option<&Comparison>,
) -> String {
    serde_json::to_string_pretty(&summary_with(data, report, comparison)).unwrap_or_default()
}
