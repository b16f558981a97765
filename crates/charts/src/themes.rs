//! Theme attainment chart: one horizontal bar per theme, items against the
//! target (an outlined box), coloured by attainment band.

use crate::canvas::{placeholder, render, scale, ticks};
use crate::format::{format_int, format_percent, ratio};
use crate::messages::messages;
use crate::rows::{RowLayout, MAX_ROWS};
use crate::style::{self, attainment_color};
use crate::ChartOptions;

/// Indentation of each tree level, px.
const INDENT: i32 = 12;

/// One theme of the chart (nội dung tuyên truyền trọng tâm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeRow {
    /// Theme code, e.g. "1.2".
    pub code: String,
    /// Theme name; shown as "code name", truncated with "…" to fit.
    pub name: String,
    /// Depth in the tree: 0 for a top-level theme; children are indented.
    pub depth: u32,
    /// Number of items counted for the theme (with its descendants).
    pub items: u64,
    /// Planned number of items; `None` (or 0) when there is no target.
    pub target: Option<u64>,
}

/// Input of [`themes_chart`]: the rows to draw, in order (the whole tree
/// depth-first, or only the top level: the caller chooses).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThemesData {
    /// Rows, top to bottom.
    pub rows: Vec<ThemeRow>,
}

/// Draws theme attainment: per theme a bar of its items coloured by band
/// (< 50 % red-ish, 50–99 % amber, ≥ 100 % green, no target grey), the
/// target as an outlined box, and "items / target · %" on the right.
/// No rows gives the "no data" placeholder.
pub fn themes_chart(data: &ThemesData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.themes_title);
    let rows: Vec<&ThemeRow> = data.rows.iter().take(MAX_ROWS).collect();
    if rows.is_empty() {
        return placeholder(opts, &title);
    }
    let target = |r: &ThemeRow| r.target.filter(|t| *t > 0);
    let values: Vec<String> = rows
        .iter()
        .map(|r| match target(r) {
            Some(t) => format!(
                "{} / {} · {}",
                format_int(r.items),
                format_int(t),
                format_percent(ratio(r.items, t))
            ),
            None => format_int(r.items),
        })
        .collect();
    let legend = vec![
        (style::WHITE, msg.target.to_owned()),
        (style::BAD, "< 50 %".to_owned()),
        (style::WARN, "50–99 %".to_owned()),
        (style::GOOD, msg.at_target.to_owned()),
        (style::NONE, msg.no_target.to_owned()),
    ];
    let layout = RowLayout::new(opts.clamped_width(), rows.len(), &values, &legend);
    let max = rows
        .iter()
        .map(|r| r.items.max(target(r).unwrap_or(0)))
        .max()
        .unwrap_or(0);
    let (ticks, axis_max) = ticks(max, 5);
    let tree = rows.iter().any(|r| r.depth > 0);
    render(layout.width, layout.height, &title, |c| {
        layout.axis(c, &ticks, axis_max, format_int)?;
        for (i, (row, value)) in rows.iter().zip(&values).enumerate() {
            let depth = i32::try_from(row.depth.min(6)).unwrap_or(6);
            let label = format!("{} {}", row.code, row.name);
            let bold = tree && row.depth == 0;
            layout.label_and_value(c, i, &label, depth * INDENT, bold, value)?;
            let (y0, y1) = layout.bar_span(i);
            let t = target(row);
            let color = attainment_color(t.map(|t| ratio(row.items, t)));
            let x = scale(row.items, axis_max, layout.bar_x0, layout.bar_x1);
            c.bar(layout.bar_x0, y0 + 2, x, y1 - 2, color)?;
            if let Some(t) = t {
                let xt = scale(t, axis_max, layout.bar_x0, layout.bar_x1);
                c.frame(layout.bar_x0, y0 - 1, xt, y1 + 1, style::AXIS, 1)?;
                c.line((xt, y0 - 3), (xt, y1 + 3), style::AXIS, 2)?;
            }
        }
        layout.legend(c, &legend)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_valid, HOSTILE};

    fn row(code: &str, name: &str, depth: u32, items: u64, target: Option<u64>) -> ThemeRow {
        ThemeRow {
            code: code.into(),
            name: name.into(),
            depth,
            items,
            target,
        }
    }

    pub(crate) fn sample() -> ThemesData {
        ThemesData {
            rows: vec![
                row(
                    "1",
                    "Lĩnh vực kinh tế, phát triển hạ tầng giao thông, đô thị và nông thôn mới",
                    0,
                    48,
                    Some(40),
                ),
                row("1.1", "Thu hút đầu tư", 1, 30, Some(20)),
                row("1.2", "Xây dựng nông thôn mới", 1, 18, Some(25)),
                row("2", "Văn hóa – xã hội", 0, 12, Some(30)),
                row("2.1", "Giáo dục", 1, 4, None),
                row("3", "Quốc phòng, an ninh", 0, 0, Some(10)),
            ],
        }
    }

    #[test]
    fn snapshot() {
        let svg = themes_chart(&sample(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let svg = themes_chart(&ThemesData::default(), &ChartOptions::default());
        assert_valid(&svg);
        assert!(svg.contains("Không có dữ liệu"));
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn hostile_names_are_escaped() {
        let mut data = sample();
        for r in &mut data.rows {
            r.name = HOSTILE.to_owned();
            r.code = "\"&<".to_owned();
        }
        let opts = ChartOptions {
            title: Some(HOSTILE.to_owned()),
            ..ChartOptions::default()
        };
        assert_valid(&themes_chart(&data, &opts));
    }

    #[test]
    fn huge_values_and_zero_targets() {
        let data = ThemesData {
            rows: vec![
                row("1", "a", 0, 9_007_199_254_740_991, Some(1)),
                row("2", "b", 99, u64::MAX, Some(0)),
                row("3", "c", 0, 0, Some(u64::MAX)),
            ],
        };
        assert_valid(&themes_chart(&data, &ChartOptions::default()));
        let zero = ThemesData {
            rows: vec![row("1", "a", 0, 0, None)],
        };
        assert_valid(&themes_chart(&zero, &ChartOptions::default()));
    }
}
