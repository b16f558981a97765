//! The report's tables as plain rows of formatted cells: what the app renders
//! under each chart, what prints, and what [`crate::csv`] downloads. A row may
//! say what clicking it filters the report to ([`RowFilter`]).

mod items;

pub use items::{item_link, items_page, items_table, sorted_positions, ItemSort};

use crate::text::{fmt_date, fmt_int, fmt_month, fmt_percent, fmt_shares};
use crate::words::{status_label, words};
use phusong_engine::{Filter, Report};
use phusong_model::{ContractIdx, Dataset, EventIdx, Format, Lang, OutletIdx, ThemeIdx, Tone};
pub use phusong_words::Section;

/// One column head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Head text; percentage columns end in "(%)".
    pub title: String,
    /// Whether the cells are numbers (right-aligned; plain numbers in CSV).
    pub numeric: bool,
    /// How the items appendix sorts by this column, when it does (see [`ItemSort::by`]).
    pub sort: Option<SortKey>,
    /// Whether the cells of this column link to the row's item ([`Row::link`]).
    pub links: bool,
}

/// A column the items appendix can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Publication date.
    Date,
    /// Outlet name.
    Outlet,
    /// Title.
    Title,
    /// Reach.
    Reach,
}

/// What clicking a row narrows the report to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowFilter {
    /// A theme and its subtree.
    Theme(ThemeIdx),
    /// An outlet.
    Outlet(OutletIdx),
    /// A contract.
    Contract(ContractIdx),
    /// A format.
    Format(Format),
    /// A tone (`None` = not rated).
    Tone(Option<Tone>),
    /// A calendar month.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// An event of the plan (the engine has no event filter yet).
    Event(EventIdx),
}

impl RowFilter {
    /// Narrows `filter` to this row: its theme, outlet, contract, format or tone instead of
    /// the ones chosen before, or the calendar month as the date range. An event changes
    /// nothing (the engine has no event filter).
    pub fn apply(&self, filter: &mut Filter) {
        match *self {
            RowFilter::Theme(t) => filter.themes = vec![t],
            RowFilter::Outlet(o) => filter.outlets = vec![o],
            RowFilter::Contract(c) => filter.contracts = vec![Some(c)],
            RowFilter::Format(f) => filter.formats = vec![f],
            RowFilter::Tone(t) => filter.tones = vec![t],
            RowFilter::Month { year, month } => {
                let first = chrono::NaiveDate::from_ymd_opt(year, month, 1);
                filter.from = first;
                filter.to = first
                    .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                    .and_then(|d| d.pred_opt());
            }
            RowFilter::Event(_) => {}
        }
    }
}

/// One row: formatted cells, one per column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Cell texts, aligned with [`Table::columns`]; numbers formatted with [`crate::text`].
    pub cells: Vec<String>,
    /// What clicking the row filters to, if anything.
    pub filter: Option<RowFilter>,
    /// A safe http(s) link for the row (only items have one; see [`item_link`]).
    pub link: Option<String>,
}

impl Row {
    fn new(cells: Vec<String>, filter: Option<RowFilter>) -> Self {
        Row {
            cells,
            filter,
            link: None,
        }
    }
}

/// A table of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The section of the report it is the table of (its title, its chart, its CSV name).
    pub section: Section,
    /// Title in the report's language.
    pub title: String,
    /// Column heads.
    pub columns: Vec<Column>,
    /// Rows, in report order.
    pub rows: Vec<Row>,
}

/// A text column.
pub(crate) fn text_col(title: &str) -> Column {
    Column {
        title: title.to_owned(),
        numeric: false,
        sort: None,
        links: false,
    }
}

/// A number column.
pub(crate) fn num_col(title: &str) -> Column {
    Column {
        title: title.to_owned(),
        numeric: true,
        sort: None,
        links: false,
    }
}

/// Every table of the report, in the order of its sections: themes, months,
/// contracts and their deliverables (the same section), outlets, formats, tone, events.
pub fn report_tables(data: &Dataset, report: &Report, lang: Lang) -> Vec<Table> {
    vec![
        themes_table(data, report, lang),
        months_table(data, report, lang),
        contracts_table(data, report, lang),
        deliverables_table(data, report, lang),
        outlets_table(data, report, lang),
        formats_table(report, lang),
        tone_table(report, lang),
        events_table(data, report, lang),
    ]
}

/// "–" for a missing value.
const NONE: &str = "–";

/// Themes, depth-first: code, name indented with "— " per level, items, target,
/// attainment.
pub fn themes_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let rows = report
        .themes
        .iter()
        .filter_map(|r| {
            let t = data.plan.themes.get(r.theme as usize)?;
            let depth = usize::try_from(t.depth).unwrap_or(0).min(16);
            Some(Row::new(
                vec![
                    t.code.clone(),
                    format!("{}{}", "— ".repeat(depth), t.name),
                    fmt_int(r.items),
                    r.target.map_or_else(|| NONE.to_owned(), fmt_int),
                    r.attainment.map_or_else(|| NONE.to_owned(), fmt_percent),
                ],
                Some(RowFilter::Theme(r.theme)),
            ))
        })
        .collect();
    Table {
        section: Section::Themes,
        title: Section::Themes.title(lang).to_owned(),
        columns: vec![
            text_col(w.code),
            text_col(w.theme),
            num_col(w.items),
            num_col(w.target),
            num_col(w.attainment),
        ],
        rows,
    }
}

/// The code of a theme ("1.2").
fn theme_code(data: &Dataset, t: u32) -> String {
    data.plan
        .themes
        .get(t as usize)
        .map(|t| t.code.clone())
        .unwrap_or_default()
}

/// Months: label, items, one column per top-level theme (by code), untagged last.
pub fn months_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let mut columns = vec![text_col(w.month), num_col(w.items)];
    columns.extend(
        report
            .top_themes
            .iter()
            // Codes only: the full names would make the table wider than the page;
            // the chart's legend above names them.
            .map(|&t| num_col(&theme_code(data, t))),
    );
    columns.push(num_col(w.untagged));
    let series = report.top_themes.len() + 1;
    let rows = report
        .months
        .iter()
        .map(|m| {
            let mut cells = vec![fmt_month(m.year, m.month), fmt_int(m.items)];
            cells.extend((0..series).map(|s| fmt_int(m.by_top_theme.get(s).copied().unwrap_or(0))));
            Row::new(
                cells,
                Some(RowFilter::Month {
                    year: m.year,
                    month: m.month,
                }),
            )
        })
        .collect();
    Table {
        section: Section::Months,
        title: Section::Months.title(lang).to_owned(),
        columns,
        rows,
    }
}

/// Contracts in file order: number, outlet, value, ordered, delivered, fulfilment, share
/// of the term elapsed at the as-of date, status, items outside the term, items in formats
/// not ordered.
pub fn contracts_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let rows = report
        .contracts
        .iter()
        .filter_map(|r| {
            let c = data.contracts.get(r.contract as usize)?;
            let outlet = data
                .outlets
                .get(c.outlet as usize)
                .map(|o| o.name.clone())
                .unwrap_or_default();
            Some(Row::new(
                vec![
                    c.id.clone(),
                    outlet,
                    fmt_int(c.value_vnd),
                    fmt_int(r.ordered),
                    fmt_int(r.delivered),
                    fmt_percent(r.fulfilment),
                    fmt_percent(r.elapsed),
                    status_label(r.status, lang).to_owned(),
                    fmt_int(r.outside_term_items),
                    fmt_int(r.unordered_items),
                ],
                Some(RowFilter::Contract(r.contract)),
            ))
        })
        .collect();
    Table {
        section: Section::Contracts,
        title: Section::Contracts.title(lang).to_owned(),
        columns: vec![
            text_col(w.contract_no),
            text_col(w.outlet),
            num_col(w.value),
            num_col(w.ordered),
            num_col(w.delivered),
            num_col(w.fulfilment),
            num_col(w.elapsed),
            text_col(w.status),
            num_col(w.outside_term),
            num_col(w.unordered),
        ],
        rows,
    }
}

/// Acceptance per format (nghiệm thu): one row per ordered format of each contract, in
/// file order: contract number, outlet, format, ordered, delivered (not capped), counted
/// toward the order (at most the quantity), still to deliver. A contract's items in formats
/// it did not order follow its deliverables, on a row of their own, when there are any.
pub fn deliverables_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let mut rows = Vec::new();
    for r in &report.contracts {
        let Some(c) = data.contracts.get(r.contract as usize) else {
            continue;
        };
        let outlet = data
            .outlets
            .get(c.outlet as usize)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        for d in &r.deliverables {
            rows.push(Row::new(
                vec![
                    c.id.clone(),
                    outlet.clone(),
                    d.format.label(lang).to_owned(),
                    fmt_int(d.quantity),
                    fmt_int(d.delivered),
                    fmt_int(d.delivered.min(d.quantity)),
                    fmt_int(d.quantity.saturating_sub(d.delivered)),
                ],
                Some(RowFilter::Contract(r.contract)),
            ));
        }
        if r.unordered_items > 0 {
            rows.push(Row::new(
                vec![
                    c.id.clone(),
                    outlet.clone(),
                    w.unordered_formats.to_owned(),
                    NONE.to_owned(),
                    fmt_int(r.unordered_items),
                    fmt_int(0),
                    NONE.to_owned(),
                ],
                Some(RowFilter::Contract(r.contract)),
            ));
        }
    }
    Table {
        section: Section::Deliverables,
        title: Section::Deliverables.title(lang).to_owned(),
        columns: vec![
            text_col(w.contract_no),
            text_col(w.outlet),
            text_col(w.format),
            num_col(w.ordered),
            num_col(w.delivered),
            num_col(w.counted),
            num_col(w.remaining),
        ],
        rows,
    }
}

/// Outlets by items, most first (ties in file order): name, level, items,
/// contracted items, reach. Under a filter, outlets without items are left out.
pub fn outlets_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let mut order: Vec<_> = report
        .outlets
        .iter()
        .filter(|r| r.items > 0 || report.filter.is_empty())
        .collect();
    order.sort_by_key(|r| std::cmp::Reverse(r.items));
    let rows = order
        .into_iter()
        .filter_map(|r| {
            let o = data.outlets.get(r.outlet as usize)?;
            Some(Row::new(
                vec![
                    o.name.clone(),
                    o.level.label(lang).to_owned(),
                    fmt_int(r.items),
                    fmt_int(r.contracted_items),
                    fmt_int(r.reach),
                ],
                Some(RowFilter::Outlet(r.outlet)),
            ))
        })
        .collect();
    Table {
        section: Section::Outlets,
        title: Section::Outlets.title(lang).to_owned(),
        columns: vec![
            text_col(w.outlet),
            text_col(w.level),
            num_col(w.items),
            num_col(w.contracted),
            num_col(w.reach),
        ],
        rows,
    }
}

/// Formats that have items, in the order of the spec: label, items, share.
pub fn formats_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let shown: Vec<(Format, u64)> = Format::ALL
        .iter()
        .map(|&f| (f, report.formats.get(f.index()).copied().unwrap_or(0)))
        .filter(|&(_, n)| n > 0)
        .collect();
    // Shares of one whole: they add up to 100 % as shown.
    let shares = fmt_shares(&shown.iter().map(|&(_, n)| n).collect::<Vec<_>>());
    let rows = shown
        .into_iter()
        .zip(shares)
        .map(|((f, n), share)| {
            Row::new(
                vec![f.label(lang).to_owned(), fmt_int(n), share],
                Some(RowFilter::Format(f)),
            )
        })
        .collect();
    Table {
        section: Section::Formats,
        title: Section::Formats.title(lang).to_owned(),
        columns: vec![text_col(w.format), num_col(w.items), num_col(w.share)],
        rows,
    }
}

/// Tone: positive, neutral, negative, not rated, each with items and share.
pub fn tone_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let t = report.tone;
    let parts = [
        (Some(Tone::Positive), t.positive),
        (Some(Tone::Neutral), t.neutral),
        (Some(Tone::Negative), t.negative),
        (None, t.unrated),
    ];
    // Shares of one whole: they add up to 100 % as shown.
    let shares = fmt_shares(&parts.map(|(_, n)| n));
    let rows = parts
        .into_iter()
        .zip(shares)
        .map(|((tone, n), share)| {
            let label = tone.map_or(w.unrated, |t| t.label(lang));
            Row::new(
                vec![label.to_owned(), fmt_int(n), share],
                Some(RowFilter::Tone(tone)),
            )
        })
        .collect();
    Table {
        section: Section::Tone,
        title: Section::Tone.title(lang).to_owned(),
        columns: vec![text_col(w.tone), num_col(w.items), num_col(w.share)],
        rows,
    }
}

/// Events of the plan in file order: date, name, items.
pub fn events_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let rows = report
        .events
        .iter()
        .filter_map(|r| {
            let e = data.plan.events.get(r.event as usize)?;
            Some(Row::new(
                vec![fmt_date(e.date), e.name.clone(), fmt_int(r.items)],
                Some(RowFilter::Event(r.event)),
            ))
        })
        .collect();
    Table {
        section: Section::Events,
        title: Section::Events.title(lang).to_owned(),
        columns: vec![text_col(w.date), text_col(w.event), num_col(w.items)],
        rows,
    }
}

#[cfg(test)]
mod tests;
