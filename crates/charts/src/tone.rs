//! Tone chart: one 100 % stacked bar of positive, neutral, negative and
//! unrated items, with counts and shares in the legend.

use crate::canvas::{placeholder, px, render, Align, Font};
use crate::format::{format_int, format_shares, ratio};
use crate::measure::text_width;
use crate::messages::messages;
use crate::style::{self, RGBColor};
use crate::ChartOptions;

/// Counts of items by tone (sắc thái).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ToneData {
    /// Tích cực.
    pub positive: u64,
    /// Trung lập.
    pub neutral: u64,
    /// Tiêu cực.
    pub negative: u64,
    /// Not rated (chưa đánh giá).
    pub unrated: u64,
}

/// Margin, px.
const MARGIN: i32 = 8;
/// Height of the bar, px.
const BAR: i32 = 32;

/// Draws the share of each tone as one stacked bar across the width, the
/// share written inside each segment wide enough for it, and a legend
/// "Tích cực: 12 (40 %)". No items gives the placeholder. The height is
/// fixed by the content; `opts.height` is not used.
pub fn tone_chart(data: &ToneData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.tone_title);
    let parts = [
        (data.positive, style::GOOD, msg.positive),
        (data.neutral, style::ON_PACE, msg.neutral),
        (data.negative, style::BAD, msg.negative),
        (data.unrated, style::NONE, msg.unrated),
    ];
    let total = parts.iter().fold(0u64, |s, p| s.saturating_add(p.0));
    if total == 0 {
        return placeholder(opts, &title);
    }
    let width = opts.clamped_width();
    let w = i32::try_from(width).unwrap_or(4000);
    // Shares of one whole: as shown, they add up to 100 %.
    let shares = format_shares(&parts.map(|p| p.0));
    let legend: Vec<(RGBColor, String)> = parts
        .iter()
        .zip(&shares)
        .map(|((n, color, label), share)| {
            (*color, format!("{label}: {} ({share})", format_int(*n)))
        })
        .collect();
    let (_, legend_rows) = crate::canvas::legend_layout(&legend, MARGIN, w - MARGIN);
    let legend_y = MARGIN + BAR + 18;
    let height = legend_y + legend_rows * crate::canvas::LEGEND_ROW;
    let height = u32::try_from(height).unwrap_or(120);
    render(width, height, &title, |c| {
        let (x0, x1) = (MARGIN, w - MARGIN);
        let span = f64::from(x1 - x0);
        // Cumulative sums keep the segments exactly end to end.
        let mut before = 0u64;
        for ((n, color, _), share) in parts.iter().zip(&shares) {
            let a = px(f64::from(x0) + ratio(before, total) * span);
            before = before.saturating_add(*n);
            let b = px(f64::from(x0) + ratio(before, total) * span);
            c.bar(a, MARGIN, b, MARGIN + BAR, *color)?;
            let font = Font::new(style::LABEL_SIZE)
                .color(style::text_on(*color))
                .align(Align::Middle);
            if *n > 0 && text_width(share, font.size, false) + 6.0 < f64::from(b - a) {
                c.text(share, (a + b) / 2, MARGIN + BAR / 2, f64::from(b - a), font)?;
            }
        }
        c.frame(x0, MARGIN, x1, MARGIN + BAR, style::AXIS, 1)?;
        c.legend(&legend, x0, legend_y, x1)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::assert_valid;

    #[test]
    fn snapshot() {
        let data = ToneData {
            positive: 96,
            neutral: 61,
            negative: 4,
            unrated: 13,
        };
        let svg = tone_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let svg = tone_chart(&ToneData::default(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn huge() {
        let data = ToneData {
            positive: u64::MAX,
            neutral: u64::MAX,
            negative: 9_007_199_254_740_991,
            unrated: 0,
        };
        assert_valid(&tone_chart(&data, &ChartOptions::default()));
    }
}
