//! The analysis parts of the report (issue 24) as tables and sentences: tone by month, the
//! months flagged for negative coverage with their negative items, money per contract and
//! per outlet level, the "Năm trước" and "Tăng/giảm" columns of a comparison with last
//! year, and the narrative's sentences about them. The engine computes; this module writes.

use crate::tables::{item_link, num_col, text_col, Column, Row, RowFilter, Section, Table};
use crate::text::{
    fmt_change, fmt_date, fmt_decimal, fmt_int, fmt_million, fmt_money, fmt_money_f, fmt_month,
    fmt_percent, fmt_share,
};
use chrono::Datelike;
use phusong_engine::compare::{BaselineError, Comparison};
use phusong_engine::money::{value_by_level, value_delivered, value_per_delivered, value_totals};
use phusong_engine::Report;
use phusong_model::{Dataset, Lang, Tone};
use phusong_words::{words, Analysis};

fn analysis(lang: Lang) -> &'static Analysis {
    &words(lang).analysis
}

/// "–" for a missing value.
const NONE: &str = "–";

/// Adds this module's tables to the report's (as [`crate::tables::report_tables`] gives
/// them): money per contract and by outlet level after the contracts' deliverables, tone
/// by month after tone; then, with last year's `comparison` and no filter, its columns
/// ([`add_comparison`]). Last year's figures are its whole year's: they are not set beside
/// a filtered view.
pub fn insert_tables(
    tables: &mut Vec<Table>,
    data: &Dataset,
    report: &Report,
    comparison: Option<&Comparison>,
    lang: Lang,
) {
    let after = |tables: &Vec<Table>, s: Section| {
        tables
            .iter()
            .position(|t| t.section == s)
            .map_or(tables.len(), |i| i + 1)
    };
    let at = after(tables, Section::Tone);
    tables.insert(at, tone_months_table(report, lang));
    let at = after(tables, Section::Deliverables);
    tables.insert(at, money_levels_table(data, report, lang));
    tables.insert(at, money_table(data, report, lang));
    if let Some(c) = comparison.filter(|_| report.filter.is_empty()) {
        add_comparison(tables, report, c, lang);
    }
}

/// Tone by month: month, positive, neutral, negative, not rated, items; a click on a row
/// narrows the report to that month.
pub fn tone_months_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let rows = report
        .months
        .iter()
        .map(|m| {
            let t = m.tone;
            Row {
                cells: vec![
                    fmt_month(m.year, m.month),
                    fmt_int(t.positive),
                    fmt_int(t.neutral),
                    fmt_int(t.negative),
                    fmt_int(t.unrated),
                    fmt_int(m.items),
                ],
                filter: Some(RowFilter::Month {
                    year: m.year,
                    month: m.month,
                }),
                link: None,
            }
        })
        .collect();
    Table {
        section: Section::ToneMonths,
        title: Section::ToneMonths.title(lang).to_owned(),
        columns: vec![
            text_col(w.columns.month),
            num_col(w.charts.positive),
            num_col(w.charts.neutral),
            num_col(w.charts.negative),
            num_col(w.charts.unrated),
            num_col(w.columns.items),
        ],
        rows,
    }
}

/// One month flagged for negative coverage, with its negative items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertPart {
    /// `03/2025`.
    pub month: String,
    /// "Tháng 03/2025: 7 tin, bài tiêu cực (trung bình các tháng trước: 1,5)".
    pub heading: String,
    /// Its negative items in the view, by date: date, outlet, title (linked when the item
    /// has an http(s) link), link.
    pub items: Table,
}

/// The flagged months of the view, in month order.
pub fn alert_parts(data: &Dataset, report: &Report, lang: Lang) -> Vec<AlertPart> {
    let a = analysis(lang);
    let c = &words(lang).columns;
    report
        .tone_alerts
        .iter()
        .filter_map(|alert| {
            let m = report.months.get(alert.month)?;
            let mut positions: Vec<u32> = report
                .items
                .iter()
                .copied()
                .filter(|&p| {
                    data.items.get(p as usize).is_some_and(|i| {
                        i.tone == Some(Tone::Negative)
                            && i.date.year() == m.year
                            && i.date.month() == m.month
                    })
                })
                .collect();
            positions.sort_by_key(|&p| data.items.get(p as usize).map(|i| i.date));
            let rows = positions
                .iter()
                .filter_map(|&p| {
                    let item = data.items.get(p as usize)?;
                    let link = item_link(item).map(str::to_owned);
                    let outlet = data
                        .outlets
                        .get(item.outlet as usize)
                        .map(|o| o.name.clone())
                        .unwrap_or_default();
                    Some(Row {
                        cells: vec![
                            fmt_date(item.date),
                            outlet,
                            item.title().to_owned(),
                            item.url().unwrap_or(NONE).to_owned(),
                        ],
                        filter: None,
                        link,
                    })
                })
                .collect();
            let month = fmt_month(m.year, m.month);
            Some(AlertPart {
                heading: (a.alert_heading)(
                    &month,
                    &fmt_int(alert.negative),
                    &fmt_decimal(alert.baseline),
                ),
                month,
                items: Table {
                    section: Section::Alerts,
                    title: Section::Alerts.title(lang).to_owned(),
                    columns: vec![
                        text_col(c.date),
                        text_col(c.outlet),
                        Column {
                            links: true,
                            ..text_col(c.title)
                        },
                        text_col(c.link),
                    ],
                    rows,
                },
            })
        })
        .collect()
}

/// Money per contract: number, outlet, value, delivered of ordered, cost per delivered
/// product, value delivered (value × fulfilment) and remaining; a total row last.
pub fn money_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let (a, c) = (&w.analysis, &w.columns);
    let mut rows: Vec<Row> = report
        .contracts
        .iter()
        .filter_map(|r| {
            let k = data.contracts.get(r.contract as usize)?;
            let outlet = data
                .outlets
                .get(k.outlet as usize)
                .map(|o| o.name.clone())
                .unwrap_or_default();
            let done = value_delivered(k.value_vnd, r);
            Some(Row {
                cells: vec![
                    k.id.clone(),
                    outlet,
                    fmt_million(k.value_vnd as f64),
                    format!("{}/{}", fmt_int(r.delivered), fmt_int(r.ordered)),
                    value_per_delivered(k.value_vnd, r.delivered)
                        .map_or_else(|| NONE.to_owned(), fmt_money_f),
                    fmt_million(done),
                    fmt_million((k.value_vnd as f64 - done).max(0.0)),
                ],
                filter: Some(RowFilter::Contract(r.contract)),
                link: None,
            })
        })
        .collect();
    if rows.len() > 1 {
        let (value, done) = value_totals(data, report);
        let delivered: u64 = report.contracts.iter().map(|r| r.delivered).sum();
        let ordered: u64 = report.contracts.iter().map(|r| r.ordered).sum();
        rows.push(Row {
            cells: vec![
                a.total.to_owned(),
                String::new(),
                fmt_million(value as f64),
                format!("{}/{}", fmt_int(delivered), fmt_int(ordered)),
                value_per_delivered(value, delivered).map_or_else(|| NONE.to_owned(), fmt_money_f),
                fmt_million(done),
                fmt_million((value as f64 - done).max(0.0)),
            ],
            filter: None,
            link: None,
        });
    }
    Table {
        section: Section::Money,
        title: Section::Money.title(lang).to_owned(),
        columns: vec![
            text_col(c.contract_no),
            text_col(c.outlet),
            num_col(c.value),
            num_col(&format!("{}/{}", c.delivered, c.ordered)),
            num_col(a.per_delivered),
            num_col(a.value_delivered),
            num_col(a.value_remaining),
        ],
        rows,
    }
}

/// Money by outlet level (central, provincial, other province, other; only levels with a
/// contract): contracts, value, ordered, delivered, cost per delivered product.
pub fn money_levels_table(data: &Dataset, report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let (a, c) = (&w.analysis, &w.columns);
    let rows = value_by_level(data, report)
        .into_iter()
        .map(|l| Row {
            cells: vec![
                l.level.label(lang).to_owned(),
                fmt_int(l.contracts),
                fmt_million(l.value_vnd as f64),
                fmt_int(l.ordered),
                fmt_int(l.delivered),
                l.value_per_delivered()
                    .map_or_else(|| NONE.to_owned(), fmt_money_f),
            ],
            filter: None,
            link: None,
        })
        .collect();
    Table {
        section: Section::MoneyLevels,
        title: Section::MoneyLevels.title(lang).to_owned(),
        columns: vec![
            text_col(c.level),
            num_col(a.contracts),
            num_col(c.value),
            num_col(c.ordered),
            num_col(c.delivered),
            num_col(a.per_delivered),
        ],
        rows,
    }
}

/// Adds "Năm trước" and "Tăng/giảm" columns to the tables of themes, months, outlets and
/// formats (as [`crate::tables::report_tables`] gives them) from last year's figures;
/// other tables are left as they are. A row last year has no match for reads "–".
pub fn add_comparison(tables: &mut [Table], report: &Report, cmp: &Comparison, lang: Lang) {
    let a = analysis(lang);
    for table in tables.iter_mut() {
        if !matches!(
            table.section,
            Section::Themes | Section::Months | Section::Outlets | Section::Formats
        ) {
            continue;
        }
        for row in &mut table.rows {
            let (now, before) = match row.filter {
                Some(RowFilter::Theme(t)) => {
                    let i = report.themes.iter().position(|r| r.theme == t);
                    (
                        i.map(|i| report.themes[i].items),
                        i.and_then(|i| cmp.themes.get(i).copied().flatten()),
                    )
                }
                Some(RowFilter::Outlet(o)) => {
                    let i = report.outlets.iter().position(|r| r.outlet == o);
                    (
                        i.map(|i| report.outlets[i].items),
                        i.and_then(|i| cmp.outlets.get(i).copied().flatten()),
                    )
                }
                Some(RowFilter::Format(f)) => (
                    report.formats.get(f.index()).copied(),
                    cmp.formats.get(f.index()).copied(),
                ),
                Some(RowFilter::Month { year, month }) => {
                    let i = report
                        .months
                        .iter()
                        .position(|m| m.year == year && m.month == month);
                    (
                        i.map(|i| report.months[i].items),
                        i.and_then(|i| cmp.months.get(i).copied().flatten()),
                    )
                }
                _ => (None, None),
            };
            row.cells
                .push(before.map_or_else(|| NONE.to_owned(), fmt_int));
            row.cells.push(match (now, before) {
                (Some(n), Some(b)) => fmt_change(n, b),
                _ => NONE.to_owned(),
            });
        }
        table.columns.push(num_col(a.previous_year));
        table.columns.push(num_col(a.change));
    }
}

/// The narrative's sentences of this module: the months flagged for negative coverage,
/// the money of the contracts, and (with a comparison, for the unfiltered view: last year's
/// figures are its whole year's) the change from last year.
pub fn narrative_sentences(
    data: &Dataset,
    report: &Report,
    cmp: Option<&Comparison>,
    lang: Lang,
) -> Vec<String> {
    let a = analysis(lang);
    let mut out = Vec::new();
    if let Some(c) = cmp.filter(|_| report.filter.is_empty()) {
        let now = report.totals.items;
        let change = phusong_engine::compare::change(now, c.items).and_then(|r| {
            if r == 0.0 {
                None
            } else {
                Some((r > 0.0, fmt_percent(r.abs())))
            }
        });
        out.push((a.change_items)(
            &fmt_int(now),
            change.as_ref().map(|(up, p)| (*up, p.as_str())),
            c.year,
            &fmt_int(c.items),
        ));
    }
    let (value, done) = value_totals(data, report);
    if value > 0 {
        let delivered: u64 = report.contracts.iter().map(|r| r.delivered).sum();
        let done_vnd = (done + 0.5).floor() as u64;
        let mut text = (a.money)(
            &fmt_money(value),
            &fmt_money(done_vnd),
            &fmt_share(done_vnd, value),
            &fmt_money(value.saturating_sub(done_vnd)),
        );
        if let Some(per) = value_per_delivered(value, delivered) {
            text.push_str(&(a.money_per_product)(&fmt_money_f(per)));
        }
        text.push('.');
        out.push(text);
    }
    if !report.tone_alerts.is_empty() {
        let list: Vec<String> = report
            .tone_alerts
            .iter()
            .filter_map(|t| {
                let m = report.months.get(t.month)?;
                Some((a.alert_month)(
                    &fmt_month(m.year, m.month),
                    &fmt_int(t.negative),
                    &fmt_decimal(t.baseline),
                ))
            })
            .collect();
        let s = phusong_words::sentences(lang);
        out.push((a.alerts)(
            report.tone_alerts.len() as u64,
            &crate::narrative::list(s, &list, a.noun_months),
        ));
    }
    out
}

/// Why a baseline was refused, in `lang`.
pub fn baseline_error(err: &BaselineError, lang: Lang) -> String {
    let a = analysis(lang);
    match err {
        BaselineError::NotJson => a.baseline_not_json.to_owned(),
        BaselineError::NotASummary => a.baseline_not_summary.to_owned(),
        BaselineError::NoPlan => a.baseline_no_plan.to_owned(),
        BaselineError::SamePlanAndYear { plan, year } => (a.baseline_same)(plan, *year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::report_tables;
    use phusong_engine::{compare, report_of, Baseline, Filter};
    use phusong_model::{load, Loaded, SourceFile};

    fn fixture(rel: &str) -> Loaded {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/analysis")
            .join(rel);
        let bytes = std::fs::read(path).unwrap();
        load([SourceFile {
            name: rel,
            bytes: &bytes,
        }])
    }

    #[test]
    fn tone_by_month_alerts_and_their_items() {
        let now = fixture("2025/du-lieu-2025.json");
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let t = tone_months_table(&report, Lang::Vi);
        assert_eq!(t.rows.len(), 12);
        assert_eq!(t.rows[3].cells, ["04/2025", "2", "1", "4", "1", "8"]);
        let parts = alert_parts(data, &report, Lang::Vi);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            parts[0].heading,
            "Tháng 04/2025: 4 tin, bài tiêu cực (trung bình các tháng trước: 0,7)"
        );
        assert_eq!(parts[0].items.rows.len(), 4);
        // Only http(s) links are links; a javascript: one is shown as text, not linked.
        let links: Vec<_> = parts[0]
            .items
            .rows
            .iter()
            .map(|r| r.link.is_some())
            .collect();
        assert!(links.contains(&true));
        for row in &parts[0].items.rows {
            if let Some(l) = &row.link {
                assert!(l.starts_with("https://"));
            }
        }
        assert!(parts
            .iter()
            .flat_map(|p| &p.items.rows)
            .any(|r| r.link.is_none() && r.cells[3].starts_with("javascript:")));
        // A filter (one outlet) changes them: fewer items, perhaps no month flagged.
        let f = Filter {
            outlets: vec![0],
            ..Filter::default()
        };
        let narrowed = report_of(&now, &f).unwrap();
        let some: usize = alert_parts(data, &narrowed, Lang::Vi)
            .iter()
            .map(|p| p.items.rows.len())
            .sum();
        assert!(some < 7);
        // The narrative says it in one sentence.
        let text = narrative_sentences(data, &report, None, Lang::Vi).join("\n");
        assert!(
            text.contains("Thông tin tiêu cực tăng cao trong 2 tháng: tháng 04/2025 (4 tin, bài, trung bình các tháng trước 0,7) và tháng 10/2025 (3 tin, bài, trung bình các tháng trước 0,9)"),
            "{text}"
        );
    }

    #[test]
    fn money_tables() {
        let now = fixture("2025/du-lieu-2025.json");
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let t = money_table(data, &report, Lang::Vi);
        assert_eq!(
            t.rows[0].cells,
            [
                "HĐ-01/2025",
                "Báo Bắc Giang",
                "120,0 triệu đ",
                "12/12",
                "10.000.000 đ",
                "120,0 triệu đ",
                "0,0 triệu đ"
            ]
        );
        // Nothing delivered: no cost per product, everything remains.
        assert_eq!(t.rows[2].cells[4], "–");
        assert_eq!(t.rows[2].cells[6], "30,0 triệu đ");
        assert_eq!(t.rows[3].cells[0], "Tổng cộng");
        assert_eq!(t.rows[3].cells[2], "240,0 triệu đ");
        let l = money_levels_table(data, &report, Lang::En);
        let levels: Vec<_> = l.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(levels.len(), 3);
        assert_eq!(l.rows[0].cells[5], "30.000.000 đ");
        assert_eq!(l.rows[2].cells[5], "–");
        let text = narrative_sentences(data, &report, None, Lang::Vi).join("\n");
        assert!(
            text.contains("Tổng giá trị các hợp đồng đặt hàng là 240.000.000 đ"),
            "{text}"
        );
        assert!(text.contains("(87,5 %), còn lại 30.000.000 đ"), "{text}");
    }

    #[test]
    fn last_year_columns_and_sentence() {
        let now = fixture("2025/du-lieu-2025.json");
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let base = Baseline::from_loaded(&fixture("2024/du-lieu-2024.json")).unwrap();
        let c = compare(data, &report, &base).unwrap();
        let mut tables = report_tables(data, &report, Lang::Vi);
        add_comparison(&mut tables, &report, &c, Lang::Vi);
        let themes = &tables[0];
        let n = themes.columns.len();
        assert_eq!(themes.columns[n - 2].title, "Năm trước");
        assert_eq!(themes.columns[n - 1].title, "Tăng/giảm");
        // "1": 27 now against 26; "3" is new: "–".
        let row = |code: &str| themes.rows.iter().find(|r| r.cells[0] == code).unwrap();
        assert_eq!(row("2").cells[n - 2], "13");
        assert_eq!(row("3").cells[n - 2], "–");
        assert_eq!(row("3").cells[n - 1], "–");
        let months = &tables[1];
        assert_eq!(months.rows[0].cells.len(), months.columns.len());
        let mut all = report_tables(data, &report, Lang::Vi);
        insert_tables(&mut all, data, &report, Some(&c), Lang::Vi);
        let order: Vec<_> = all.iter().map(|t| t.section.key()).collect();
        assert_eq!(
            order,
            [
                "themes",
                "months",
                "contracts",
                "deliverables",
                "money",
                "money-levels",
                "outlets",
                "formats",
                "tone",
                "tone-months",
                "events"
            ]
        );
        assert_eq!(all[0].columns.last().unwrap().title, "Tăng/giảm");
        // Tables without last year's figures are left alone.
        assert!(tables[2].columns.iter().all(|c| c.title != "Năm trước"));
        let text = narrative_sentences(data, &report, Some(&c), Lang::Vi).join("\n");
        assert!(
            text.contains("Tổng số 65 tin, bài tăng 25 % so với năm 2024 (52 tin, bài)."),
            "{text}"
        );
        // A filtered view is not set beside last year's whole figures.
        let filtered = report_of(
            &now,
            &Filter {
                outlets: vec![0],
                ..Filter::default()
            },
        )
        .unwrap();
        let mut some = report_tables(data, &filtered, Lang::Vi);
        insert_tables(&mut some, data, &filtered, Some(&c), Lang::Vi);
        assert!(some[0].columns.iter().all(|c| c.title != "Năm trước"));
        let text = narrative_sentences(data, &filtered, Some(&c), Lang::Vi).join("\n");
        assert!(!text.contains("so với năm 2024"), "{text}");
        let en = narrative_sentences(data, &report, Some(&c), Lang::En).join("\n");
        assert!(
            en.contains("65 items in all, up 25 % on 2024 (52 items)."),
            "{en}"
        );
        assert_eq!(
            baseline_error(
                &BaselineError::SamePlanAndYear {
                    plan: "KH-2025".into(),
                    year: 2025
                },
                Lang::Vi
            ),
            "Số liệu đã chọn là của chính kế hoạch KH-2025 năm 2025 đang báo cáo, nên không so sánh được. Hãy chọn số liệu của năm trước."
        );
    }
}
