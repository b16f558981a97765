//! Outlets chart: the top outlets by items, each bar split into items under
//! contract and items the outlet published on its own.

use crate::canvas::{placeholder, render, scale, ticks};
use crate::format::format_int;
use crate::messages::messages;
use crate::rows::{RowLayout, MAX_ROWS};
use crate::style::{self, RGBColor};
use crate::ChartOptions;

/// One outlet of the chart (cơ quan báo chí).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletRow {
    /// Outlet name, e.g. "Báo Nhân Dân"; truncated to fit.
    pub name: String,
    /// Items under a contract (theo hợp đồng).
    pub contracted: u64,
    /// Items not under a contract (tự đăng).
    pub uncontracted: u64,
}

impl OutletRow {
    fn total(&self) -> u64 {
        self.contracted.saturating_add(self.uncontracted)
    }
}

/// Input of [`outlets_chart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutletsData {
    /// Every outlet, in any order; the chart sorts by total items
    /// (descending; ties keep this order).
    pub rows: Vec<OutletRow>,
    /// How many outlets to show (at least 1); when two or more remain they
    /// are summed into one last "Cơ quan khác (n)" bar. Outlets without
    /// items are left out.
    pub top: usize,
}

/// Draws the top outlets by items, each bar stacked contracted (dark) then
/// not contracted (light), with the total on the right and a legend.
/// No items at all gives the placeholder.
pub fn outlets_chart(data: &OutletsData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.outlets_title);
    let mut sorted: Vec<&OutletRow> = data.rows.iter().filter(|r| r.total() > 0).collect();
    if sorted.is_empty() {
        return placeholder(opts, &title);
    }
    sorted.sort_by_key(|r| std::cmp::Reverse(r.total()));
    let top = data.top.clamp(1, MAX_ROWS - 1);
    let mut rows: Vec<OutletRow> = sorted.iter().take(top).map(|r| (*r).clone()).collect();
    let rest = sorted.get(top..).unwrap_or(&[]);
    if let [only] = rest {
        // One outlet left over: show it rather than "others (1)".
        rows.push((*only).clone());
    } else if !rest.is_empty() {
        rows.push(OutletRow {
            name: format!(
                "{} ({})",
                msg.other_outlets,
                format_int(u64::try_from(rest.len()).unwrap_or(u64::MAX))
            ),
            contracted: rest
                .iter()
                .fold(0u64, |s, r| s.saturating_add(r.contracted)),
            uncontracted: rest
                .iter()
                .fold(0u64, |s, r| s.saturating_add(r.uncontracted)),
        });
    }
    let values: Vec<String> = rows.iter().map(|r| format_int(r.total())).collect();
    let dark = style::series_color(0);
    let light = style::series_color(1);
    let legend: Vec<(RGBColor, String)> = vec![
        (dark, msg.contracted.to_owned()),
        (light, msg.uncontracted.to_owned()),
    ];
    let layout = RowLayout::new(opts.clamped_width(), rows.len(), &values, &legend);
    let max = rows.iter().map(OutletRow::total).max().unwrap_or(0);
    let (ticks, axis_max) = ticks(max, 5);
    render(layout.width, layout.height, &title, |c| {
        layout.axis(c, &ticks, axis_max, format_int)?;
        for (i, (row, value)) in rows.iter().zip(&values).enumerate() {
            layout.label_and_value(c, i, &row.name, 0, false, value)?;
            let (y0, y1) = layout.bar_span(i);
            let xc = scale(row.contracted, axis_max, layout.bar_x0, layout.bar_x1);
            let xt = scale(row.total(), axis_max, layout.bar_x0, layout.bar_x1);
            c.bar(layout.bar_x0, y0, xc, y1, dark)?;
            c.bar(xc, y0, xt, y1, light)?;
        }
        layout.legend(c, &legend)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_valid, long_hostile};

    fn row(name: &str, contracted: u64, uncontracted: u64) -> OutletRow {
        OutletRow {
            name: name.into(),
            contracted,
            uncontracted,
        }
    }

    #[test]
    fn snapshot() {
        let data = OutletsData {
            rows: vec![
                row("Báo Nhân Dân", 20, 4),
                row("Báo Thanh Hóa", 35, 28),
                row("Đài Phát thanh và Truyền hình tỉnh Thanh Hóa", 41, 12),
                row("Tạp chí Xứ Thanh", 0, 7),
                row("Báo điện tử VnExpress", 0, 3),
                row("Thông tấn xã Việt Nam", 2, 1),
                row("Báo Lao Động", 0, 0),
            ],
            top: 4,
        };
        let svg = outlets_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        assert!(svg.contains("Cơ quan khác (2)"));
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let data = OutletsData {
            rows: vec![row("Báo Lao Động", 0, 0)],
            top: 10,
        };
        let svg = outlets_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn odd_input() {
        let data = OutletsData {
            rows: vec![row(&long_hostile(), u64::MAX, u64::MAX), row("b", 1, 0)],
            top: 0,
        };
        assert_valid(&outlets_chart(&data, &ChartOptions::default()));
    }
}
