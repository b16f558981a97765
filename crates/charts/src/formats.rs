//! Formats chart: one horizontal bar per format (loại hình) with its count
//! and share of all items.

use crate::canvas::{placeholder, render, scale, ticks};
use crate::format::{format_int, format_shares};
use crate::messages::messages;
use crate::rows::{RowLayout, MAX_ROWS};
use crate::style;
use crate::ChartOptions;

/// One format of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatRow {
    /// Label in the report's language, e.g. "Phóng sự truyền hình".
    pub label: String,
    /// Number of items of this format.
    pub items: u64,
}

/// Input of [`formats_chart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatsData {
    /// Rows, top to bottom (the caller's order).
    pub rows: Vec<FormatRow>,
}

/// Draws items per format, with "count (share %)" on the right. No rows,
/// or no items at all, gives the placeholder.
pub fn formats_chart(data: &FormatsData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.formats_title);
    let rows: Vec<&FormatRow> = data.rows.iter().take(MAX_ROWS).collect();
    let total = rows.iter().fold(0u64, |s, r| s.saturating_add(r.items));
    if total == 0 {
        return placeholder(opts, &title);
    }
    // Shares of one whole: as shown, they add up to 100 %.
    let counts: Vec<u64> = rows.iter().map(|r| r.items).collect();
    let values: Vec<String> = rows
        .iter()
        .zip(format_shares(&counts))
        .map(|(r, share)| format!("{} ({share})", format_int(r.items)))
        .collect();
    let layout = RowLayout::new(opts.clamped_width(), rows.len(), &values, &[]);
    let max = rows.iter().map(|r| r.items).max().unwrap_or(0);
    let (ticks, axis_max) = ticks(max, 5);
    render(layout.width, layout.height, &title, |c| {
        layout.axis(c, &ticks, axis_max, format_int)?;
        for (i, (row, value)) in rows.iter().zip(&values).enumerate() {
            layout.label_and_value(c, i, &row.label, 0, false, value)?;
            let (y0, y1) = layout.bar_span(i);
            let x = scale(row.items, axis_max, layout.bar_x0, layout.bar_x1);
            c.bar(layout.bar_x0, y0, x, y1, style::NEUTRAL_BAR)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_valid, long_hostile};

    fn row(label: &str, items: u64) -> FormatRow {
        FormatRow {
            label: label.into(),
            items,
        }
    }

    #[test]
    fn snapshot() {
        let data = FormatsData {
            rows: vec![
                row("Bài báo in", 34),
                row("Tin, bài báo điện tử", 112),
                row("Phóng sự truyền hình", 18),
                row("Phóng sự phát thanh", 9),
                row("Bài mạng xã hội", 1),
            ],
        };
        let svg = formats_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let zero = FormatsData {
            rows: vec![row("Video", 0)],
        };
        let svg = formats_chart(&zero, &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
        assert_valid(&formats_chart(
            &FormatsData::default(),
            &ChartOptions::default(),
        ));
    }

    #[test]
    fn markup_in_labels_is_escaped_not_executed() {
        let data = FormatsData {
            rows: vec![row("</svg><script>alert(1)</script>", 3)],
        };
        let svg = formats_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        assert!(svg.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!svg.contains("<script"));
        // The text survives a parse as text.
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(doc.descendants().any(|n| n
            .text()
            .is_some_and(|t| t.contains("</svg><script>alert(1)</script>"))));
    }

    #[test]
    fn odd_input() {
        let data = FormatsData {
            rows: vec![
                row(&long_hostile(), u64::MAX),
                row("b", u64::MAX),
                row("c", 1),
            ],
        };
        assert_valid(&formats_chart(&data, &ChartOptions::default()));
    }
}
