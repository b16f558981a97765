//! The counting pass: one walk over the items computes every number of the report,
//! following the counting rules of the format specification.

use crate::filter::{tone_slot, Filter, Matcher};
use crate::pace::{elapsed_share, status, term_state};
use crate::report::{
    ContractRow, DeliverableRow, EventRow, MonthRow, OutletRow, Report, ThemeRow, ToneCounts,
    Totals,
};
use crate::titles::FoldedTitles;
use chrono::{Datelike, NaiveDate};
use phusong_model::{Dataset, Format, ThemeIdx, FORMAT_COUNT};

/// Options that are not filters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// The report's as-of date: the figures are stated at it and contracts are judged
    /// against the pace of their term then. Capped at the last day of the plan period,
    /// which is also the default.
    pub as_of: Option<NaiveDate>,
    /// Records quarantined while loading, stated in the totals.
    pub quarantined_records: u64,
}

/// Computes the report of `data` for the view `filter`.
pub fn build_report(data: &Dataset, filter: &Filter, options: ReportOptions) -> Report {
    count(data, Matcher::new(filter, data), filter, options)
}

/// [`build_report`], with `titles`, the folded titles of `data` ([`FoldedTitles::new`]):
/// a title search looks its text up there instead of folding every title. The same
/// report; what an app that keeps its dataset uses while the user types a search.
pub fn build_report_with_titles(
    data: &Dataset,
    filter: &Filter,
    options: ReportOptions,
    titles: &FoldedTitles,
) -> Report {
    count(
        data,
        Matcher::with_titles(filter, data, Some(titles)),
        filter,
        options,
    )
}

/// The counting pass of [`build_report`] with `matcher`, compiled from `filter`.
fn count(data: &Dataset, matcher: Matcher, filter: &Filter, options: ReportOptions) -> Report {
    let plan = &data.plan;
    let theme_count = plan.themes.len();
    let top_themes: Vec<ThemeIdx> = plan
        .themes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.parent.is_none())
        .filter_map(|(i, _)| ThemeIdx::try_from(i).ok())
        .collect();
    // Series slot of each theme in the monthly chart: its top-level ancestor.
    let mut top_slot = vec![0usize; theme_count];
    for (i, t) in plan.themes.iter().enumerate() {
        top_slot[i] = match t.parent {
            None => top_themes
                .iter()
                .position(|&x| x as usize == i)
                .unwrap_or(0),
            Some(p) => top_slot.get(p as usize).copied().unwrap_or(0),
        };
    }
    let untagged_slot = top_themes.len();
    let as_of = options
        .as_of
        .map_or(plan.period.end, |d| d.min(plan.period.end));
    let stated_as_of = (as_of < plan.period.end).then_some(as_of);
    let month_count = month_index(plan.period.start, plan.period.end).map_or(0, |m| m + 1);
    let mut months: Vec<MonthRow> = (0..month_count)
        .map(|m| {
            let (year, month) = add_months(plan.period.start, m);
            MonthRow {
                year,
                month,
                items: 0,
                by_top_theme: vec![0; untagged_slot + 1],
                tone: ToneCounts::default(),
            }
        })
        .collect();

    let mut totals = Totals {
        quarantined_records: options.quarantined_records,
        ..Totals::default()
    };
    let mut theme_items = vec![0u64; theme_count];
    let mut theme_direct = vec![0u64; theme_count];
    let mut stamp = vec![u32::MAX; theme_count];
    let mut outlets: Vec<OutletRow> = (0..data.outlets.len())
        .filter_map(|i| u32::try_from(i).ok())
        .map(|outlet| OutletRow {
            outlet,
            items: 0,
            contracted_items: 0,
            reach: 0,
        })
        .collect();
    let mut formats = [0u64; FORMAT_COUNT];
    let mut tones = [0u64; 4];
    let mut events = vec![0u64; plan.events.len()];
    let mut per_contract = vec![ContractTally::default(); data.contracts.len()];
    let mut selected = Vec::new();

    for (position, item) in data.items.iter().enumerate() {
        if !item.in_period {
            if matcher.others_match(position, item) && matcher.date_matches(item) {
                totals.out_of_period_items += 1;
            }
            continue;
        }
        if !matcher.date_matches(item) || !matcher.others_match(position, item) {
            continue;
        }
        let Ok(position) = u32::try_from(position) else {
            break;
        };
        selected.push(position);
        totals.items += 1;
        if item.date > as_of {
            totals.after_as_of_items += 1;
        }
        if item.contract.is_some() {
            totals.contracted_items += 1;
        } else {
            totals.uncontracted_items += 1;
        }
        if let Some(r) = item.reach {
            totals.reach = totals.reach.saturating_add(r);
        }
        // Themes: each tag and its ancestors, each theme at most once per item.
        for &tag in &item.themes {
            if let Some(d) = theme_direct.get_mut(tag as usize) {
                *d += 1;
            }
            let mut t = Some(tag);
            while let Some(ti) = t {
                let i = ti as usize;
                match stamp.get_mut(i) {
                    Some(s) if *s != position => {
                        *s = position;
                        if let Some(c) = theme_items.get_mut(i) {
                            *c += 1;
                        }
                    }
                    Some(_) => break, // this ancestor chain was counted already
                    None => break,
                }
                t = plan.themes.get(i).and_then(|th| th.parent);
            }
        }
        let series = match item.themes.first() {
            Some(&t) => top_slot.get(t as usize).copied().unwrap_or(untagged_slot),
            None => {
                totals.untagged_items += 1;
                untagged_slot
            }
        };
        let tone = tone_slot(item.tone);
        if let Some(m) = month_index(plan.period.start, item.date).and_then(|m| months.get_mut(m)) {
            m.items += 1;
            m.tone.add(tone);
            if let Some(s) = m.by_top_theme.get_mut(series) {
                *s += 1;
            }
        }
        if let Some(o) = outlets.get_mut(item.outlet as usize) {
            o.items += 1;
            if item.contract.is_some() {
                o.contracted_items += 1;
            }
            o.reach = o.reach.saturating_add(item.reach.unwrap_or(0));
        }
        formats[item.format.index()] += 1;
        tones[tone] += 1;
        if let Some(e) = item.event.and_then(|e| events.get_mut(e as usize)) {
            *e += 1;
        }
        if let Some(c) = item.contract {
            if let (Some(tally), Some(contract)) = (
                per_contract.get_mut(c as usize),
                data.contracts.get(c as usize),
            ) {
                tally.by_format[item.format.index()] += 1;
                tally.items += 1;
                if !contract.term.contains(item.date) {
                    tally.outside_term += 1;
                }
            }
        }
    }

    let themes = plan
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let items = theme_items.get(i).copied().unwrap_or(0);
            let target = t.target.filter(|&x| x > 0);
            ThemeRow {
                theme: ThemeIdx::try_from(i).unwrap_or(ThemeIdx::MAX),
                items,
                direct_items: theme_direct.get(i).copied().unwrap_or(0),
                target,
                attainment: target.map(|x| items as f64 / x as f64),
            }
        })
        .collect();
    let contracts = data
        .contracts
        .iter()
        .zip(&per_contract)
        .enumerate()
        .map(|(i, (contract, tally))| {
            let mut deliverables: Vec<DeliverableRow> = Vec::new();
            for d in &contract.deliverables {
                match deliverables.iter_mut().find(|r| r.format == d.format) {
                    Some(row) => row.quantity = row.quantity.saturating_add(d.quantity),
                    None => deliverables.push(DeliverableRow {
                        format: d.format,
                        quantity: d.quantity,
                        delivered: tally.by_format[d.format.index()],
                    }),
                }
            }
            let ordered = deliverables
                .iter()
                .fold(0u64, |a, d| a.saturating_add(d.quantity));
            let delivered = deliverables
                .iter()
                .fold(0u64, |a, d| a.saturating_add(d.delivered.min(d.quantity)));
            let unordered_items = Format::ALL
                .iter()
                .filter(|f| !deliverables.iter().any(|d| d.format == **f))
                .map(|f| tally.by_format[f.index()])
                .sum();
            let fulfilment = if ordered > 0 {
                delivered as f64 / ordered as f64
            } else {
                0.0
            };
            let elapsed = elapsed_share(contract.term, as_of);
            ContractRow {
                contract: u32::try_from(i).unwrap_or(u32::MAX),
                ordered,
                delivered,
                fulfilment,
                unordered_items,
                outside_term_items: tally.outside_term,
                items: tally.items,
                deliverables,
                elapsed,
                status: status(fulfilment, elapsed, delivered, contract.term, as_of),
                term: term_state(contract.term, as_of, plan.period.end),
            }
        })
        .collect();
    let events = events
        .into_iter()
        .enumerate()
        .map(|(i, items)| EventRow {
            event: u32::try_from(i).unwrap_or(u32::MAX),
            items,
        })
        .collect();
    let negatives: Vec<u64> = months.iter().map(|m| m.tone.negative).collect();
    let tone_alerts = crate::alerts::tone_alerts(&negatives);
    Report {
        filter: filter.clone(),
        as_of,
        stated_as_of,
        totals,
        themes,
        top_themes,
        contracts,
        outlets,
        formats,
        months,
        tone: ToneCounts {
            positive: tones[0],
            neutral: tones[1],
            negative: tones[2],
            unrated: tones[3],
        },
        events,
        tone_alerts,
        items: selected,
    }
}

/// Items of one contract by format, and the rest of its counts.
#[derive(Debug, Clone, Copy, Default)]
struct ContractTally {
    by_format: [u64; FORMAT_COUNT],
    items: u64,
    outside_term: u64,
}

/// Months from `start`'s month to `date`'s month (0 for the same month).
fn month_index(start: NaiveDate, date: NaiveDate) -> Option<usize> {
    let m = (i64::from(date.year()) - i64::from(start.year())) * 12 + i64::from(date.month())
        - i64::from(start.month());
    usize::try_from(m).ok()
}

/// The (year, month) `n` months after `start`'s month.
fn add_months(start: NaiveDate, n: usize) -> (i32, u32) {
    let total = i64::from(start.year()) * 12 + i64::from(start.month0()) + n as i64;
    (
        i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX),
        u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1,
    )
}
