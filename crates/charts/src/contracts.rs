//! Contract fulfilment chart: one horizontal bar per contract, delivered
//! against ordered as a percentage, coloured by the contract's status.

use crate::canvas::{placeholder, render, scale};
use crate::format::{format_int, format_percent, ratio};
use crate::messages::messages;
use crate::rows::{RowLayout, MAX_ROWS};
use crate::style::{self, RGBColor};
use crate::ChartOptions;

/// Where a contract stands; decided by the caller (the engine knows the
/// dates and the pace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractStatus {
    /// Delivered ≥ ordered (hoàn thành).
    Done,
    /// Delivering at or above the expected pace (đúng tiến độ).
    OnPace,
    /// Delivering below the expected pace (chậm tiến độ).
    Behind,
    /// Nothing delivered yet (chưa thực hiện).
    NotStarted,
}

impl ContractStatus {
    fn color(self) -> RGBColor {
        match self {
            ContractStatus::Done => style::GOOD,
            ContractStatus::OnPace => style::ON_PACE,
            ContractStatus::Behind => style::BAD,
            ContractStatus::NotStarted => style::NONE,
        }
    }
}

/// One contract of the chart (hợp đồng đặt hàng tuyên truyền).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractRow {
    /// Label, e.g. "05/2024/HĐ-STTTT – Báo Nhân Dân"; truncated to fit.
    pub label: String,
    /// Σ quantity over the deliverables.
    pub ordered: u64,
    /// Σ min(delivered, quantity) over the deliverables.
    pub delivered: u64,
    /// Status, which sets the bar colour.
    pub status: ContractStatus,
}

/// Input of [`contracts_chart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContractsData {
    /// Rows, top to bottom.
    pub rows: Vec<ContractRow>,
}

/// Draws contract fulfilment: per contract a 0–100 % track filled to
/// delivered / ordered in the colour of its status, and
/// "delivered / ordered · %" on the right. No rows gives the placeholder.
pub fn contracts_chart(data: &ContractsData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.contracts_title);
    let rows: Vec<&ContractRow> = data.rows.iter().take(MAX_ROWS).collect();
    if rows.is_empty() {
        return placeholder(opts, &title);
    }
    let values: Vec<String> = rows
        .iter()
        .map(|r| {
            let pct = if r.ordered == 0 {
                "–".to_owned()
            } else {
                format_percent(ratio(r.delivered, r.ordered))
            };
            format!(
                "{} / {} · {pct}",
                format_int(r.delivered),
                format_int(r.ordered)
            )
        })
        .collect();
    let legend: Vec<(RGBColor, String)> = [
        (ContractStatus::Done, msg.done),
        (ContractStatus::OnPace, msg.on_pace),
        (ContractStatus::Behind, msg.behind),
        (ContractStatus::NotStarted, msg.not_started),
    ]
    .iter()
    .map(|(s, l)| (s.color(), (*l).to_owned()))
    .collect();
    let layout = RowLayout::new(opts.clamped_width(), rows.len(), &values, &legend);
    // The axis is in tenths of a percent to reuse the count axis.
    let ticks = [0, 250, 500, 750, 1000];
    render(layout.width, layout.height, &title, |c| {
        layout.axis(c, &ticks, 1000, |t| format_percent(ratio(t, 1000)))?;
        for (i, (row, value)) in rows.iter().zip(&values).enumerate() {
            layout.label_and_value(c, i, &row.label, 0, false, value)?;
            let (y0, y1) = layout.bar_span(i);
            c.fill(layout.bar_x0, y0, layout.bar_x1, y1, style::TRACK)?;
            let done = row.delivered.min(row.ordered);
            let x = scale(done, row.ordered.max(1), layout.bar_x0, layout.bar_x1);
            c.bar(layout.bar_x0, y0, x, y1, row.status.color())?;
            c.frame(layout.bar_x0, y0, layout.bar_x1, y1, style::AXIS, 1)?;
        }
        layout.legend(c, &legend)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_valid, long_hostile};

    fn row(label: &str, ordered: u64, delivered: u64, status: ContractStatus) -> ContractRow {
        ContractRow {
            label: label.into(),
            ordered,
            delivered,
            status,
        }
    }

    fn sample() -> ContractsData {
        ContractsData {
            rows: vec![
                row(
                    "05/2025/HĐ-STTTT – Báo Nhân Dân",
                    24,
                    24,
                    ContractStatus::Done,
                ),
                row(
                    "07/2025/HĐ-STTTT – Đài Phát thanh và Truyền hình tỉnh Thanh Hóa",
                    60,
                    41,
                    ContractStatus::OnPace,
                ),
                row(
                    "09/2025/HĐ-STTTT – Báo Thanh Hóa",
                    40,
                    9,
                    ContractStatus::Behind,
                ),
                row(
                    "12/2025/HĐ-STTTT – Tạp chí Xứ Thanh",
                    12,
                    0,
                    ContractStatus::NotStarted,
                ),
            ],
        }
    }

    #[test]
    fn snapshot() {
        let svg = contracts_chart(&sample(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let svg = contracts_chart(&ContractsData::default(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn odd_input() {
        let data = ContractsData {
            rows: vec![
                row(&long_hostile(), 0, 5, ContractStatus::Done),
                row("x", u64::MAX, u64::MAX, ContractStatus::Done),
                row("y", 9_007_199_254_740_991, 1, ContractStatus::Behind),
            ],
        };
        let svg = contracts_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        assert!(!svg.contains("<script"));
    }
}
