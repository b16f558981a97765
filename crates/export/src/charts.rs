//! The report's six charts as SVG strings: maps the engine's rows to the plain
//! inputs of [`phusong_charts`] (names, labels, statuses) and draws them.

use crate::tables::{RowFilter, Section};
use crate::text::fmt_month;
use chrono::Datelike;
use phusong_charts as ch;
use phusong_engine::{ContractStatus, Report};
use phusong_model::{Dataset, Format, Lang};

/// The charts of one view of the report, each a complete SVG document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportCharts {
    /// Attainment by theme.
    pub themes: String,
    /// Items per month stacked by top-level theme, with the plan's events.
    pub months: String,
    /// Contract fulfilment, coloured by pace.
    pub contracts: String,
    /// Top outlets, contracted and not.
    pub outlets: String,
    /// Items per format.
    pub formats: String,
    /// Tone shares.
    pub tone: String,
}

/// What to draw and how wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartSet {
    /// Width in px (680 fits the text width of an A4 page).
    pub width: u32,
    /// Every theme of the tree (true) or only the top level (false).
    pub whole_tree: bool,
    /// How many outlets the outlets chart shows before "Other outlets".
    pub top_outlets: usize,
}

impl Default for ChartSet {
    fn default() -> Self {
        ChartSet {
            width: 680,
            whole_tree: true,
            top_outlets: 12,
        }
    }
}

/// What each bar of the row charts filters to, in the order the charts draw the
/// bars (`None` for a bar that stands for several rows, such as "other outlets").
/// With [`phusong_charts::row_at`], a click on a bar becomes a filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChartRows {
    /// Rows of the themes chart.
    pub themes: Vec<Option<RowFilter>>,
    /// Rows of the contracts chart.
    pub contracts: Vec<Option<RowFilter>>,
    /// Rows of the outlets chart.
    pub outlets: Vec<Option<RowFilter>>,
    /// Rows of the formats chart.
    pub formats: Vec<Option<RowFilter>>,
}

impl ChartRows {
    /// The rows of the chart of `section`, if it is a row chart.
    pub fn of(&self, section: Section) -> Option<&[Option<RowFilter>]> {
        match section {
            Section::Themes => Some(&self.themes),
            Section::Contracts => Some(&self.contracts),
            Section::Outlets => Some(&self.outlets),
            Section::Formats => Some(&self.formats),
            _ => None,
        }
    }
}

/// The filters behind the bars of the row charts, in drawing order (mirrors the
/// order the charts use: themes and contracts as given, formats with items in the
/// spec's order, outlets with items by total, stable, the top ones then the rest).
pub fn chart_rows(data: &Dataset, report: &Report, opts: ChartSet) -> ChartRows {
    let themes = report
        .themes
        .iter()
        .filter(|row| {
            data.plan
                .themes
                .get(row.theme as usize)
                .is_some_and(|t| opts.whole_tree || t.depth == 0)
        })
        .map(|row| Some(RowFilter::Theme(row.theme)))
        .collect();
    let contracts = report
        .contracts
        .iter()
        .map(|r| Some(RowFilter::Contract(r.contract)))
        .collect();
    let mut outlets: Vec<_> = report.outlets.iter().filter(|r| r.items > 0).collect();
    outlets.sort_by_key(|r| std::cmp::Reverse(r.items));
    let top = opts.top_outlets.max(1);
    let mut outlet_rows: Vec<Option<RowFilter>> = outlets
        .iter()
        .take(top)
        .map(|r| Some(RowFilter::Outlet(r.outlet)))
        .collect();
    match outlets.get(top..).unwrap_or(&[]) {
        [] => {}
        [only] => outlet_rows.push(Some(RowFilter::Outlet(only.outlet))),
        _ => outlet_rows.push(None),
    }
    let formats = Format::ALL
        .iter()
        .filter(|f| report.formats.get(f.index()).copied().unwrap_or(0) > 0)
        .map(|&f| Some(RowFilter::Format(f)))
        .collect();
    ChartRows {
        themes,
        contracts,
        outlets: outlet_rows,
        formats,
    }
}

/// Draws every chart of `report`.
pub fn report_charts(data: &Dataset, report: &Report, lang: Lang, opts: ChartSet) -> ReportCharts {
    let chart = |section| report_chart(section, data, report, lang, opts).unwrap_or_default();
    ReportCharts {
        themes: chart(Section::Themes),
        months: chart(Section::Months),
        contracts: chart(Section::Contracts),
        outlets: chart(Section::Outlets),
        formats: chart(Section::Formats),
        tone: chart(Section::Tone),
    }
}

/// Draws the chart of the report's `section` (themes, months, contracts, outlets, formats,
/// tone); `None` for a section without a chart (events, deliverables, the appendices).
/// The app draws a section's chart only when it renders that section.
pub fn report_chart(
    section: Section,
    data: &Dataset,
    report: &Report,
    lang: Lang,
    opts: ChartSet,
) -> Option<String> {
    let options = ch::ChartOptions {
        width: opts.width,
        lang,
        ..ch::ChartOptions::default()
    };
    Some(match section {
        Section::Themes => ch::themes_chart(&themes_data(data, report, opts.whole_tree), &options),
        Section::Months => ch::months_chart(&months_data(data, report), &options),
        Section::Contracts => ch::contracts_chart(&contracts_data(data, report), &options),
        Section::Outlets => {
            ch::outlets_chart(&outlets_data(data, report, opts.top_outlets), &options)
        }
        Section::Formats => ch::formats_chart(&formats_data(report, lang), &options),
        Section::Tone => ch::tone_chart(&tone_data(report), &options),
        Section::ToneMonths => ch::tone_months_chart(&tone_months_data(report), &options),
        Section::Deliverables
        | Section::Events
        | Section::Items
        | Section::Acceptance
        | Section::Alerts
        | Section::Money
        | Section::MoneyLevels => return None,
    })
}

/// Theme rows with code, name and depth (the whole tree, or the top level only).
pub fn themes_data(data: &Dataset, report: &Report, whole_tree: bool) -> ch::ThemesData {
    let rows = report
        .themes
        .iter()
        .filter_map(|row| {
            let theme = data.plan.themes.get(row.theme as usize)?;
            (whole_tree || theme.depth == 0).then(|| ch::ThemeRow {
                code: theme.code.clone(),
                name: theme.name.clone(),
                depth: theme.depth,
                items: row.items,
                target: row.target,
            })
        })
        .collect();
    ch::ThemesData { rows }
}

/// "code name" of a theme, or "" when the index is unknown.
pub(crate) fn theme_label(data: &Dataset, theme: u32) -> String {
    data.plan
        .themes
        .get(theme as usize)
        .map(|t| format!("{} {}", t.code, t.name))
        .unwrap_or_default()
}

/// Months labelled "01/2025", one series per top-level theme, untagged on top,
/// and the plan's events that fall in the period.
pub fn months_data(data: &Dataset, report: &Report) -> ch::MonthsData {
    let months = report
        .months
        .iter()
        .map(|m| fmt_month(m.year, m.month))
        .collect();
    let series = report
        .top_themes
        .iter()
        .enumerate()
        .map(|(slot, &theme)| ch::MonthSeries {
            name: theme_label(data, theme),
            counts: report
                .months
                .iter()
                .map(|m| m.by_top_theme.get(slot).copied().unwrap_or(0))
                .collect(),
        })
        .collect();
    let untagged_slot = report.top_themes.len();
    let untagged = report
        .months
        .iter()
        .map(|m| m.by_top_theme.get(untagged_slot).copied().unwrap_or(0))
        .collect();
    let events = data
        .plan
        .events
        .iter()
        .filter_map(|e| {
            let month = report
                .months
                .iter()
                .position(|m| m.year == e.date.year() && m.month == e.date.month())?;
            Some(ch::EventMark {
                month,
                day: e.date.day(),
                label: e.name.clone(),
            })
        })
        .collect();
    ch::MonthsData {
        months,
        series,
        untagged,
        events,
    }
}

/// The engine's status as the charts' status.
fn chart_status(status: ContractStatus) -> ch::ContractStatus {
    match status {
        ContractStatus::Done => ch::ContractStatus::Done,
        ContractStatus::OnPace => ch::ContractStatus::OnPace,
        ContractStatus::Behind => ch::ContractStatus::Behind,
        ContractStatus::NotStarted => ch::ContractStatus::NotStarted,
    }
}

/// "id – outlet name" of a contract.
pub(crate) fn contract_label(data: &Dataset, contract: u32) -> String {
    let Some(c) = data.contracts.get(contract as usize) else {
        return String::new();
    };
    match data.outlets.get(c.outlet as usize) {
        Some(o) => format!("{} – {}", c.id, o.name),
        None => c.id.clone(),
    }
}

/// Contracts labelled "id – outlet name", in file order.
pub fn contracts_data(data: &Dataset, report: &Report) -> ch::ContractsData {
    let rows = report
        .contracts
        .iter()
        .map(|r| ch::ContractRow {
            label: contract_label(data, r.contract),
            ordered: r.ordered,
            delivered: r.delivered,
            status: chart_status(r.status),
        })
        .collect();
    ch::ContractsData { rows }
}

/// Every outlet split into contracted and other items; the chart keeps the top ones.
pub fn outlets_data(data: &Dataset, report: &Report, top: usize) -> ch::OutletsData {
    let rows = report
        .outlets
        .iter()
        .map(|r| ch::OutletRow {
            name: data
                .outlets
                .get(r.outlet as usize)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            contracted: r.contracted_items,
            uncontracted: r.items.saturating_sub(r.contracted_items),
        })
        .collect();
    ch::OutletsData { rows, top }
}

/// The formats that have items, labelled in `lang`, in the order of the spec.
pub fn formats_data(report: &Report, lang: Lang) -> ch::FormatsData {
    let rows = Format::ALL
        .iter()
        .filter_map(|&f| {
            let items = report.formats.get(f.index()).copied().unwrap_or(0);
            (items > 0).then(|| ch::FormatRow {
                label: f.label(lang).to_owned(),
                items,
            })
        })
        .collect();
    ch::FormatsData { rows }
}

/// Items by month and tone, with the months flagged for negative coverage.
pub fn tone_months_data(report: &Report) -> ch::ToneMonthsData {
    let series = |f: fn(&phusong_engine::ToneCounts) -> u64| {
        report.months.iter().map(|m| f(&m.tone)).collect()
    };
    ch::ToneMonthsData {
        months: report
            .months
            .iter()
            .map(|m| fmt_month(m.year, m.month))
            .collect(),
        positive: series(|t| t.positive),
        neutral: series(|t| t.neutral),
        negative: series(|t| t.negative),
        unrated: series(|t| t.unrated),
        flagged: report.tone_alerts.iter().map(|a| a.month).collect(),
    }
}

/// Counts by tone.
pub fn tone_data(report: &Report) -> ch::ToneData {
    ch::ToneData {
        positive: report.tone.positive,
        neutral: report.tone.neutral,
        negative: report.tone.negative,
        unrated: report.tone.unrated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::Filter;

    #[test]
    fn maps_the_small_dataset() {
        let data = small();
        let r = report(&data, &Filter::default());
        let themes = themes_data(&data, &r, true);
        assert_eq!(themes.rows.len(), data.plan.themes.len());
        let first = &themes.rows[0];
        assert_eq!(
            (first.code.as_str(), first.items, first.target),
            ("1", 34, Some(120))
        );
        assert_eq!(themes.rows[1].depth, 1);
        let top = themes_data(&data, &r, false);
        assert_eq!(top.rows.len(), r.top_themes.len());
        assert!(top.rows.iter().all(|t| t.depth == 0));

        let months = months_data(&data, &r);
        assert_eq!(months.months.len(), 12);
        assert_eq!(months.months[0], "01/2024");
        assert_eq!(months.months[11], "12/2024");
        assert_eq!(months.series.len(), r.top_themes.len());
        assert!(months.series[0].name.starts_with("1 Lĩnh vực kinh tế"));
        let stacked: u64 = months
            .series
            .iter()
            .flat_map(|s| s.counts.iter())
            .chain(months.untagged.iter())
            .sum();
        assert_eq!(stacked, 118);
        assert_eq!(months.untagged.iter().sum::<u64>(), 8);
        for (e, mark) in data.plan.events.iter().zip(&months.events) {
            assert_eq!(mark.month, e.date.month0() as usize);
            assert_eq!(mark.day, e.date.day());
        }

        let contracts = contracts_data(&data, &r);
        assert_eq!(contracts.rows[0].label, "01/2024/HĐ-TT – Báo Nhân Dân");
        assert_eq!(
            (contracts.rows[0].ordered, contracts.rows[0].delivered),
            (27, 15)
        );

        let outlets = outlets_data(&data, &r, 12);
        let contracted: u64 = outlets.rows.iter().map(|o| o.contracted).sum();
        let other: u64 = outlets.rows.iter().map(|o| o.uncontracted).sum();
        assert_eq!((contracted, other), (69, 49));

        let formats = formats_data(&r, Lang::Vi);
        assert_eq!(formats.rows.iter().map(|f| f.items).sum::<u64>(), 118);
        assert!(formats.rows.iter().all(|f| f.items > 0));

        let tone = tone_data(&r);
        assert_eq!(
            tone.positive + tone.neutral + tone.negative + tone.unrated,
            118
        );
    }

    #[test]
    fn draws_every_chart() {
        let data = small();
        let r = report(&data, &Filter::default());
        for lang in [Lang::Vi, Lang::En] {
            let c = report_charts(&data, &r, lang, ChartSet::default());
            for svg in [
                &c.themes,
                &c.months,
                &c.contracts,
                &c.outlets,
                &c.formats,
                &c.tone,
            ] {
                assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
                assert!(svg.contains("viewBox"));
            }
        }
        let c = report_charts(&data, &r, Lang::Vi, ChartSet::default());
        assert!(c.contracts.contains("Báo Nhân Dân"));
        assert!(c.themes.contains("Lĩnh vực kinh tế"));
    }
}

#[cfg(test)]
mod chart_rows_tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::Filter;

    #[test]
    fn bars_map_to_the_rows_they_draw() {
        let data = small();
        let r = report(&data, &Filter::default());
        let rows = chart_rows(&data, &r, ChartSet::default());
        assert_eq!(rows.themes.len(), themes_data(&data, &r, true).rows.len());
        assert_eq!(rows.contracts.len(), r.contracts.len());
        // The first outlet bar is the outlet with the most items.
        let busiest = r.outlets.iter().max_by_key(|o| o.items).map(|o| o.outlet);
        if let (Some(Some(RowFilter::Outlet(first))), Some(busiest)) =
            (rows.outlets.first(), busiest)
        {
            let items = |o: u32| r.outlets.iter().find(|x| x.outlet == o).map(|x| x.items);
            assert_eq!(items(*first), items(busiest));
        }
        assert_eq!(rows.of(Section::Months), None);
    }
}
