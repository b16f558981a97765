//! Layout shared by the row charts (themes, contracts, outlets, formats):
//! a label column on the left, bars in the middle, a value column on the
//! right, a value axis below and a legend under it.

use plotters::style::RGBColor;

use crate::canvas::{legend_layout, px, scale, Align, Canvas, DrawError, Drawn, Font, LEGEND_ROW};
use crate::measure::text_width;
use crate::style;

/// Outer margin, px.
const MARGIN: i32 = 8;
/// Gap between columns, px.
const GAP: i32 = 8;
/// Vertical room of one row, px.
pub(crate) const PITCH: i32 = 24;
/// Height of a bar, px.
pub(crate) const BAR: i32 = 14;
/// Room under the bars for the axis tick labels, px.
const AXIS_ROOM: i32 = 24;
/// Widest the value column may get, as a share of the width.
const VALUE_SHARE: f64 = 0.3;

/// The row under the point `y` (in the SVG's own units) of a row chart (themes,
/// contracts, outlets, formats): lets a click on a bar select that row.
pub fn row_at(y: f64) -> Option<usize> {
    let offset = y - f64::from(MARGIN);
    if offset.is_nan() || offset < 0.0 {
        return None;
    }
    let row = (offset / f64::from(PITCH)).floor();
    (row < MAX_ROWS as f64).then_some(row as usize)
}

/// Where everything goes in a row chart.
pub(crate) struct RowLayout {
    /// Total width.
    pub width: u32,
    /// Total height.
    pub height: u32,
    /// Left edge of the label column.
    pub label_x: i32,
    /// Width of the label column.
    pub label_w: i32,
    /// Left end of the bars (value 0).
    pub bar_x0: i32,
    /// Right end of the bars (axis maximum).
    pub bar_x1: i32,
    /// Right edge of the value column (values are right-aligned there).
    pub value_x: i32,
    /// Width of the value column.
    pub value_w: i32,
    /// y of the top of the first row.
    pub top: i32,
    /// y of the value axis line.
    pub axis_y: i32,
    /// y of the centre of the first legend row.
    pub legend_y: i32,
}

impl RowLayout {
    /// Lays out `rows` rows for a chart `width` px wide whose values read
    /// `values` and whose legend is `legend`.
    pub fn new(width: u32, rows: usize, values: &[String], legend: &[(RGBColor, String)]) -> Self {
        let w = i32::try_from(width).unwrap_or(4000);
        let wf = f64::from(w);
        let widest = values
            .iter()
            .map(|v| text_width(v, style::LABEL_SIZE, false))
            .fold(0.0, f64::max);
        let value_w = px(widest.min(wf * VALUE_SHARE)) + 2;
        let label_w = px((wf * 0.36).clamp(110.0, 320.0));
        let label_x = MARGIN;
        let bar_x0 = label_x + label_w + GAP;
        let value_x = w - MARGIN;
        let bar_x1 = (value_x - value_w - GAP).max(bar_x0 + 20);
        let rows = i32::try_from(rows).unwrap_or(i32::MAX / PITCH / 2);
        let top = MARGIN;
        let axis_y = top.saturating_add(rows.saturating_mul(PITCH));
        let legend_y = axis_y + AXIS_ROOM + LEGEND_ROW / 2;
        let (_, legend_rows) = legend_layout(legend, label_x, w - MARGIN);
        let height = legend_y - LEGEND_ROW / 2 + legend_rows * LEGEND_ROW + MARGIN / 2;
        RowLayout {
            width,
            height: u32::try_from(height.max(60)).unwrap_or(60),
            label_x,
            label_w,
            bar_x0,
            bar_x1,
            value_x,
            value_w,
            top,
            axis_y,
            legend_y,
        }
    }

    /// y of the centre of row `i`.
    pub fn row_center(&self, i: usize) -> i32 {
        let i = i32::try_from(i).unwrap_or(i32::MAX / PITCH / 2);
        self.top + i.saturating_mul(PITCH) + PITCH / 2
    }

    /// Draws a row's label (indented by `indent` px) and its value text.
    pub fn label_and_value(
        &self,
        c: &Canvas,
        i: usize,
        label: &str,
        indent: i32,
        bold: bool,
        value: &str,
    ) -> Drawn {
        let y = self.row_center(i);
        let indent = indent.clamp(0, self.label_w / 3);
        let mut font = Font::new(style::LABEL_SIZE);
        if bold {
            font = font.bold();
        }
        c.text(
            label,
            self.label_x + indent,
            y,
            f64::from(self.label_w - indent),
            font,
        )?;
        c.text(
            value,
            self.value_x,
            y,
            f64::from(self.value_w),
            Font::new(style::LABEL_SIZE).align(Align::End),
        )?;
        Ok(())
    }

    /// Draws the value axis: grid lines at `ticks` (values up to
    /// `axis_max`) labelled with `label`, and the zero line.
    pub fn axis(
        &self,
        c: &Canvas,
        ticks: &[u64],
        axis_max: u64,
        label: impl Fn(u64) -> String,
    ) -> Drawn {
        let font = Font::new(style::SMALL_SIZE)
            .color(style::MUTED)
            .align(Align::Middle);
        // Keep tick labels apart: skip some when they would touch.
        let widest = ticks
            .iter()
            .map(|t| text_width(&label(*t), style::SMALL_SIZE, false))
            .fold(0.0, f64::max);
        let span = f64::from(self.bar_x1 - self.bar_x0);
        let count = ticks.len().max(1);
        let fits = (span / (widest + 8.0)).floor().max(1.0);
        let every = (count as f64 / fits).ceil().max(1.0);
        let mut next = 0.0;
        for (n, t) in ticks.iter().enumerate() {
            let x = scale(*t, axis_max, self.bar_x0, self.bar_x1);
            c.line((x, self.top), (x, self.axis_y), style::GRID, 1)?;
            if n as f64 >= next {
                c.text(&label(*t), x, self.axis_y + 12, widest + 2.0, font)?;
                next += every;
            }
        }
        c.line(
            (self.bar_x0, self.top),
            (self.bar_x0, self.axis_y),
            style::AXIS,
            1,
        )?;
        c.line(
            (self.bar_x0, self.axis_y),
            (self.bar_x1, self.axis_y),
            style::AXIS,
            1,
        )
    }

    /// Draws the legend under the axis.
    pub fn legend(&self, c: &Canvas, entries: &[(RGBColor, String)]) -> Result<i32, DrawError> {
        c.legend(entries, self.label_x, self.legend_y, c.width - MARGIN)
    }

    /// Top and bottom y of the bar in row `i`.
    pub fn bar_span(&self, i: usize) -> (i32, i32) {
        let y = self.row_center(i);
        (y - BAR / 2, y + BAR / 2)
    }
}

/// Most rows a row chart draws; further rows are left out (a chart of more
/// rows would not be readable anyway).
pub(crate) const MAX_ROWS: usize = 400;

#[cfg(test)]
mod row_at_tests {
    use super::*;

    #[test]
    fn rows_are_found_from_their_y() {
        let layout = RowLayout::new(680, 3, &[], &[]);
        for i in 0..3 {
            assert_eq!(row_at(f64::from(layout.row_center(i))), Some(i));
        }
        assert_eq!(row_at(0.0), None);
        assert_eq!(row_at(f64::NAN), None);
    }
}
