//! The appendix: the items of the view, sorted, one page at a time (so the app can
//! page 100k items without building 100k rows), and the safe link of an item.

use super::{num_col, text_col, Column, Row, Section, SortKey, Table};
use crate::text::{fmt_date, fmt_int};
use crate::words::words;
use phusong_engine::search::fold;
use phusong_engine::Report;
use phusong_model::{CoverageItem, Dataset, Lang};
use std::cmp::Ordering;
use std::ops::Range;

/// How the appendix is sorted; `true` is ascending. Ties keep load order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemSort {
    /// By publication date.
    Date(bool),
    /// By outlet name (case and diacritics ignored).
    Outlet(bool),
    /// By title (case and diacritics ignored).
    Title(bool),
    /// By reach; items without reach count as lowest.
    Reach(bool),
    /// By format, in the order of the spec.
    Format(bool),
    /// By contract number; items under no contract count as lowest.
    Contract(bool),
}

impl ItemSort {
    /// The sort by `key`, ascending or not.
    pub fn by(key: SortKey, asc: bool) -> ItemSort {
        match key {
            SortKey::Date => ItemSort::Date(asc),
            SortKey::Outlet => ItemSort::Outlet(asc),
            SortKey::Title => ItemSort::Title(asc),
            SortKey::Reach => ItemSort::Reach(asc),
        }
    }

    /// The column key and direction of this sort, for the columns that sort.
    pub fn key(self) -> Option<(SortKey, bool)> {
        match self {
            ItemSort::Date(a) => Some((SortKey::Date, a)),
            ItemSort::Outlet(a) => Some((SortKey::Outlet, a)),
            ItemSort::Title(a) => Some((SortKey::Title, a)),
            ItemSort::Reach(a) => Some((SortKey::Reach, a)),
            ItemSort::Format(_) | ItemSort::Contract(_) => None,
        }
    }
}

impl Default for ItemSort {
    fn default() -> Self {
        ItemSort::Date(true)
    }
}

/// The positions of `report.items` in `sort` order (never cloning items).
pub fn sorted_positions(data: &Dataset, report: &Report, sort: ItemSort) -> Vec<u32> {
    let mut order = report.items.clone();
    let item = |p: u32| data.items.get(p as usize);
    let dir = |asc: bool, o: Ordering| if asc { o } else { o.reverse() };
    match sort {
        ItemSort::Date(asc) => {
            order.sort_by(|&a, &b| dir(asc, item(a).map(|i| i.date).cmp(&item(b).map(|i| i.date))));
        }
        ItemSort::Outlet(asc) => {
            let names: Vec<String> = data.outlets.iter().map(|o| fold(&o.name)).collect();
            let key = |p: u32| {
                item(p)
                    .and_then(|i| names.get(i.outlet as usize))
                    .map_or("", String::as_str)
            };
            order.sort_by(|&a, &b| dir(asc, key(a).cmp(key(b))));
        }
        ItemSort::Title(asc) => {
            let mut keyed: Vec<(String, u32)> = order
                .iter()
                .map(|&p| (item(p).map(|i| fold(i.title())).unwrap_or_default(), p))
                .collect();
            keyed.sort_by(|a, b| dir(asc, a.0.cmp(&b.0)));
            order = keyed.into_iter().map(|(_, p)| p).collect();
        }
        ItemSort::Reach(asc) => {
            order.sort_by(|&a, &b| {
                dir(
                    asc,
                    item(a)
                        .and_then(|i| i.reach)
                        .cmp(&item(b).and_then(|i| i.reach)),
                )
            });
        }
        ItemSort::Format(asc) => {
            order.sort_by(|&a, &b| {
                dir(
                    asc,
                    item(a).map(|i| i.format).cmp(&item(b).map(|i| i.format)),
                )
            });
        }
        ItemSort::Contract(asc) => {
            let key = |p: u32| {
                item(p)
                    .and_then(|i| i.contract)
                    .and_then(|c| data.contracts.get(c as usize))
                    .map(|c| c.id.as_str())
            };
            order.sort_by(|&a, &b| dir(asc, key(a).cmp(&key(b))));
        }
    }
    order
}

/// The appendix rows in `range` of the view sorted by `sort` (the range is
/// clamped to the view). Columns: STT (row number in the sorted view), date,
/// outlet, title, format, theme codes, contract number, tone, reach. Each row
/// carries the item's link when it is a safe http(s) URL.
pub fn items_table(
    data: &Dataset,
    report: &Report,
    lang: Lang,
    sort: ItemSort,
    range: Range<usize>,
) -> Table {
    items_page(data, &sorted_positions(data, report, sort), lang, range)
}

/// Like [`items_table`], over an order already computed with
/// [`sorted_positions`] (so paging a large view sorts it once, not per page).
pub fn items_page(data: &Dataset, order: &[u32], lang: Lang, range: Range<usize>) -> Table {
    let w = words(lang);
    let end = range.end.min(order.len());
    let start = range.start.min(end);
    let rows = order
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .zip(start..)
        .filter_map(|(&p, n)| {
            let item = data.items.get(p as usize)?;
            Some(item_row(data, item, n, lang))
        })
        .collect();
    Table {
        section: Section::Items,
        title: Section::Items.title(lang).to_owned(),
        columns: vec![
            num_col(w.row_no),
            sorted(text_col(w.date), SortKey::Date),
            sorted(text_col(w.outlet), SortKey::Outlet),
            Column {
                links: true,
                ..sorted(text_col(w.title), SortKey::Title)
            },
            text_col(w.format),
            text_col(w.theme_codes),
            text_col(w.contract),
            text_col(w.tone),
            sorted(num_col(w.reach), SortKey::Reach),
        ],
        rows,
    }
}

/// `column`, sortable by `key`.
fn sorted(column: Column, key: SortKey) -> Column {
    Column {
        sort: Some(key),
        ..column
    }
}

/// One appendix row; `n` is the 0-based row number in the sorted view.
fn item_row(data: &Dataset, item: &CoverageItem, n: usize, lang: Lang) -> Row {
    let outlet = data
        .outlets
        .get(item.outlet as usize)
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let themes: Vec<&str> = item
        .themes
        .iter()
        .filter_map(|&t| data.plan.themes.get(t as usize).map(|t| t.code.as_str()))
        .collect();
    let contract = item
        .contract
        .and_then(|c| data.contracts.get(c as usize))
        .map(|c| c.id.clone())
        .unwrap_or_default();
    let number = u64::try_from(n).unwrap_or(u64::MAX).saturating_add(1);
    Row {
        cells: vec![
            fmt_int(number),
            fmt_date(item.date),
            outlet,
            item.title().to_owned(),
            item.format.label(lang).to_owned(),
            themes.join(", "),
            contract,
            item.tone
                .map(|t| t.label(lang).to_owned())
                .unwrap_or_default(),
            item.reach.map(fmt_int).unwrap_or_default(),
        ],
        filter: None,
        link: item_link(item).map(str::to_owned),
    }
}

/// The item's URL when it is safe to make a link of: an `http:` or `https:` URL
/// (scheme in any case) with a host, and no whitespace or control character
/// anywhere that could hide another scheme (" javascript:", "java\tscript:").
pub fn item_link(item: &CoverageItem) -> Option<&str> {
    item.url().filter(|u| is_web_url(u))
}

/// Whether `url` is an http(s) URL with a host and nothing hidden in it.
fn is_web_url(url: &str) -> bool {
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || is_invisible(c))
    {
        return false;
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return false;
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !host.contains('\\')
}

/// Zero-width and bidirectional formatting characters (not `is_control`).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
