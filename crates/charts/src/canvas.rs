//! A thin pixel-coordinate drawing layer over plotters' SVG backend, and the
//! render cycle every chart goes through (draw → accessibility → fallback).
//!
//! Only primitives whose SVG output needs no text measurement are used
//! (rectangles, paths, single-line `Text` with an anchor): plotters never
//! calls its own font layout, which on wasm32 would query the DOM.

use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use crate::measure::truncate_to_width;
use crate::messages::messages;
use crate::style::{self, FONT_FAMILY};
use crate::{svg, ChartOptions};

/// Plotters reported an error while drawing (never expected with the SVG
/// backend writing to a `String`; handled by drawing a placeholder).
#[derive(Debug)]
pub(crate) struct DrawError;

/// Result of a drawing step.
pub(crate) type Drawn = Result<(), DrawError>;

/// Horizontal alignment of a text at its anchor point.
#[derive(Clone, Copy)]
pub(crate) enum Align {
    Start,
    Middle,
    End,
}

/// A text to draw: size, colour, weight, alignment. Text is vertically
/// centred on its anchor.
#[derive(Clone, Copy)]
pub(crate) struct Font {
    pub size: f64,
    pub color: RGBColor,
    pub bold: bool,
    pub align: Align,
}

impl Font {
    /// Regular text of `size` in ink colour, left-aligned.
    pub fn new(size: f64) -> Self {
        Font {
            size,
            color: style::INK,
            bold: false,
            align: Align::Start,
        }
    }
    /// The same font with another alignment.
    pub fn align(self, align: Align) -> Self {
        Font { align, ..self }
    }
    /// The same font in another colour.
    pub fn color(self, color: RGBColor) -> Self {
        Font { color, ..self }
    }
    /// The same font in bold.
    pub fn bold(self) -> Self {
        Font { bold: true, ..self }
    }
}

/// The drawing surface of one chart, in px from the top-left corner.
pub(crate) struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
    /// Width in px.
    pub width: i32,
    /// Height in px.
    pub height: i32,
}

/// Rounds a pixel position, mapping NaN to 0 and clamping far-off values
/// so the conversion to `i32` is always exact.
pub(crate) fn px(v: f64) -> i32 {
    if v.is_nan() {
        0
    } else {
        // In range after the clamp, so the cast cannot truncate.
        v.round().clamp(-100_000.0, 100_000.0) as i32
    }
}

impl<'a> Canvas<'a> {
    /// A filled rectangle from (x0, y0) to (x1, y1).
    pub fn fill(&self, x0: i32, y0: i32, x1: i32, y1: i32, color: RGBColor) -> Drawn {
        self.draw(&Rectangle::new([(x0, y0), (x1, y1)], color.filled()))
    }

    /// A rectangle outline of `width` px.
    pub fn frame(&self, x0: i32, y0: i32, x1: i32, y1: i32, color: RGBColor, width: u32) -> Drawn {
        self.draw(&Rectangle::new(
            [(x0, y0), (x1, y1)],
            color.stroke_width(width),
        ))
    }

    /// A filled rectangle with a thin outline, visible on white in print
    /// even when the fill is light. Zero-width boxes draw nothing.
    pub fn bar(&self, x0: i32, y0: i32, x1: i32, y1: i32, fill: RGBColor) -> Drawn {
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        self.fill(x0, y0, x1, y1, fill)?;
        self.frame(x0, y0, x1, y1, style::AXIS, 1)
    }

    /// A straight line.
    pub fn line(&self, from: (i32, i32), to: (i32, i32), color: RGBColor, width: u32) -> Drawn {
        self.draw(&PathElement::new(vec![from, to], color.stroke_width(width)))
    }

    /// A single line of text, cleaned, truncated with "…" to `max_width`
    /// px, vertically centred on `y`. Returns the text actually drawn.
    pub fn text(
        &self,
        text: &str,
        x: i32,
        y: i32,
        max_width: f64,
        font: Font,
    ) -> Result<String, DrawError> {
        let clean = svg::sanitize(text);
        let shown = truncate_to_width(&clean, max_width, font.size, font.bold);
        if shown.is_empty() {
            return Ok(shown);
        }
        let h = match font.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        let weight = if font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // plotters writes font-size = size / 1.24 in SVG.
        let style = TextStyle::from((FONT_FAMILY, font.size * 1.24, weight))
            .color(&font.color)
            .pos(Pos::new(h, VPos::Center));
        self.draw(&Text::new(shown.clone(), (x, y), style))?;
        Ok(shown)
    }

    /// Draws a legend laid out by [`legend_layout`]. Returns the y below it.
    pub fn legend(
        &self,
        entries: &[(RGBColor, String)],
        x: i32,
        y: i32,
        max_x: i32,
    ) -> Result<i32, DrawError> {
        let (items, rows) = legend_layout(entries, x, max_x);
        let font = Font::new(style::SMALL_SIZE);
        for (item, (color, _)) in items.iter().zip(entries) {
            let cy = y + item.row * LEGEND_ROW;
            self.bar(
                item.x,
                cy - LEGEND_SWATCH / 2,
                item.x + LEGEND_SWATCH,
                cy + LEGEND_SWATCH / 2,
                *color,
            )?;
            self.text(&item.text, item.x + LEGEND_SWATCH + 5, cy, f64::MAX, font)?;
        }
        Ok(y + rows * LEGEND_ROW)
    }

    fn draw<E>(&self, element: &E) -> Drawn
    where
        for<'b> &'b E: PointCollection<'b, (i32, i32)>,
        E: Drawable<SVGBackend<'a>>,
    {
        self.area.draw(element).map_err(|_| DrawError)
    }
}

/// Side of a legend swatch, px.
const LEGEND_SWATCH: i32 = 10;
/// Height of a legend row, px.
pub(crate) const LEGEND_ROW: i32 = 18;

/// Where one legend entry goes.
pub(crate) struct LegendItem {
    /// x of the swatch.
    pub x: i32,
    /// Row index, from 0.
    pub row: i32,
    /// Label, cleaned and truncated.
    pub text: String,
}

/// Lays out a legend left to right from `x`, wrapping at `max_x`; returns
/// the entries and the number of rows (0 for no entries).
pub(crate) fn legend_layout(
    entries: &[(RGBColor, String)],
    x: i32,
    max_x: i32,
) -> (Vec<LegendItem>, i32) {
    let size = style::SMALL_SIZE;
    let room = f64::from((max_x - x - LEGEND_SWATCH - 6).max(0)).min(300.0);
    let mut out = Vec::with_capacity(entries.len());
    let (mut cx, mut row) = (x, 0);
    for (_, label) in entries {
        let text = truncate_to_width(&svg::sanitize(label), room, size, false);
        let w = LEGEND_SWATCH + 5 + px(crate::measure::text_width(&text, size, false)) + 16;
        if cx > x && cx + w > max_x {
            cx = x;
            row += 1;
        }
        out.push(LegendItem { x: cx, row, text });
        cx += w;
    }
    let rows = if entries.is_empty() { 0 } else { row + 1 };
    (out, rows)
}

/// Renders one chart: runs `draw` on a `width` × `height` canvas and adds
/// the accessibility attributes. If drawing fails, renders the "no data"
/// placeholder instead.
pub(crate) fn render(
    width: u32,
    height: u32,
    title: &str,
    draw: impl FnOnce(&Canvas) -> Drawn,
) -> String {
    let mut buf = String::new();
    let result = {
        let area = SVGBackend::with_string(&mut buf, (width, height)).into_drawing_area();
        let canvas = Canvas {
            area,
            width: i32::try_from(width).unwrap_or(i32::MAX),
            height: i32::try_from(height).unwrap_or(i32::MAX),
        };
        draw(&canvas).and_then(|()| canvas.area.present().map_err(|_| DrawError))
    };
    match result {
        Ok(()) => svg::add_accessibility(&buf, title),
        Err(DrawError) => svg::fallback(width, height, title, "–"),
    }
}

/// The placeholder drawn when a chart has nothing to show: a light frame
/// with "Không có dữ liệu" (or "No data") in the middle.
pub(crate) fn placeholder(opts: &ChartOptions, title: &str) -> String {
    let width = opts.clamped_width();
    let height = 120;
    let message = messages(opts.lang).no_data;
    let out = render(width, height, title, |c| {
        c.frame(1, 1, c.width - 1, c.height - 1, style::GRID, 1)?;
        c.text(
            message,
            c.width / 2,
            c.height / 2,
            f64::from(c.width),
            Font::new(style::PLACEHOLDER_SIZE)
                .color(style::MUTED)
                .align(Align::Middle),
        )?;
        Ok(())
    });
    if out.starts_with("<svg ") {
        out
    } else {
        svg::fallback(width, height, title, message)
    }
}

/// Nice ticks for a count axis from 0: returns the ticks (0 first) and the
/// axis maximum (the last tick, ≥ `max`, ≥ 1), with at most `max_ticks`
/// intervals. Steps are 1, 2 or 5 × 10^k; no overflow up to `u64::MAX`.
pub(crate) fn ticks(max: u64, max_ticks: u64) -> (Vec<u64>, u64) {
    let max = max.max(1);
    let max_ticks = max_ticks.max(1);
    let mut step = None;
    let mut base: u64 = 1;
    'search: loop {
        for m in [1u64, 2, 5] {
            let Some(s) = base.checked_mul(m) else {
                break 'search;
            };
            if max.div_ceil(s) <= max_ticks {
                step = Some(s);
                break 'search;
            }
        }
        match base.checked_mul(10) {
            Some(b) => base = b,
            None => break,
        }
    }
    let Some(step) = step else {
        return (vec![0, max], max);
    };
    let n = max.div_ceil(step);
    let top = n.saturating_mul(step);
    let ticks = (0..=n).map(|i| i.saturating_mul(step)).collect();
    (ticks, top)
}

/// x position of `value` on an axis from `x0` (0) to `x1` (`axis_max`).
pub(crate) fn scale(value: u64, axis_max: u64, x0: i32, x1: i32) -> i32 {
    let r = crate::format::ratio(value, axis_max).clamp(0.0, 1.0);
    px(f64::from(x0) + r * f64::from(x1 - x0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice() {
        assert_eq!(ticks(0, 5), (vec![0, 1], 1));
        assert_eq!(ticks(7, 5), (vec![0, 2, 4, 6, 8], 8));
        assert_eq!(ticks(100, 5), (vec![0, 20, 40, 60, 80, 100], 100));
        assert_eq!(ticks(101, 5).1, 150);
    }

    #[test]
    fn ticks_do_not_overflow() {
        let (t, top) = ticks(9_007_199_254_740_991, 5);
        assert!(top >= 9_007_199_254_740_991);
        assert!(t.len() <= 6);
        let (t, top) = ticks(u64::MAX, 5);
        assert!(top >= u64::MAX / 2);
        assert!(!t.is_empty());
    }

    #[test]
    fn px_clamps() {
        assert_eq!(px(f64::NAN), 0);
        assert_eq!(px(1e300), 100_000);
        assert_eq!(px(2.5), 3);
    }
}
