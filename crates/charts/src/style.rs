//! Shared look of the charts: font, sizes, and a print-friendly palette
//! whose colours also differ by lightness, so they stay apart in grey.

pub use plotters::style::RGBColor;

/// Font stack of every text, matching the printed report.
pub const FONT_FAMILY: &str = "Tinos, 'Times New Roman', serif";

/// Size in px of labels (theme, outlet, contract names, values).
pub const LABEL_SIZE: f64 = 12.0;
/// Size in px of axis ticks and legends.
pub const SMALL_SIZE: f64 = 11.0;
/// Size in px of the "no data" placeholder.
pub const PLACEHOLDER_SIZE: f64 = 14.0;

/// White, for the target swatch and text on dark fills.
pub const WHITE: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
/// Text colour.
pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Secondary text (ticks, notes).
pub const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
/// Axis lines and bar outlines.
pub const AXIS: RGBColor = RGBColor(0x44, 0x44, 0x44);
/// Light grid lines.
pub const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
/// Empty track behind a percentage bar.
pub const TRACK: RGBColor = RGBColor(0xF2, 0xF2, 0xF2);

/// Attainment / fulfilment below 50 % (red-ish, mid).
pub const BAD: RGBColor = RGBColor(0xD9, 0x57, 0x4A);
/// Text of bad news (a flagged month's total): dark enough on white for small text.
pub const ALERT_TEXT: RGBColor = RGBColor(0x8C, 0x3B, 0x2E);
/// 50–99 % (amber, light).
pub const WARN: RGBColor = RGBColor(0xF2, 0xC1, 0x4E);
/// 100 % and more (green, dark).
pub const GOOD: RGBColor = RGBColor(0x1B, 0x5E, 0x36);
/// No target / not rated (very light grey, always outlined).
pub const NONE: RGBColor = RGBColor(0xEE, 0xEE, 0xEE);
/// On pace but not done (blue-grey, mid-light).
pub const ON_PACE: RGBColor = RGBColor(0x8F, 0xB4, 0xD6);
/// The one neutral bar colour (formats chart).
pub const NEUTRAL_BAR: RGBColor = RGBColor(0x4A, 0x6A, 0x8A);

/// Series colours of the monthly chart, alternating dark and light so
/// neighbours in a stack differ in grey too.
pub const SERIES: [RGBColor; 8] = [
    RGBColor(0x1F, 0x4E, 0x79),
    RGBColor(0x9D, 0xC3, 0xE6),
    RGBColor(0x8C, 0x3B, 0x2E),
    RGBColor(0xF1, 0xC2, 0x8A),
    RGBColor(0x2E, 0x6B, 0x4A),
    RGBColor(0xB7, 0xDB, 0xB0),
    RGBColor(0x5A, 0x4A, 0x78),
    RGBColor(0xD9, 0xC7, 0xE6),
];

/// Colour of series `i` of the monthly chart (cycles after 8).
pub fn series_color(i: usize) -> RGBColor {
    SERIES[i % SERIES.len()]
}

/// Colour band of an attainment ratio: `None` (no target) grey, < 0.5
/// red-ish, < 1.0 amber, otherwise green.
pub fn attainment_color(ratio: Option<f64>) -> RGBColor {
    match ratio {
        None => NONE,
        Some(r) if r.is_nan() || r < 0.5 => BAD,
        Some(r) if r < 1.0 => WARN,
        Some(_) => GOOD,
    }
}

/// Relative luminance (WCAG) of a colour, 0 (black) to 1 (white).
pub fn luminance(c: RGBColor) -> f64 {
    fn channel(v: u8) -> f64 {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// True if text in `INK` is readable on `fill`; otherwise use white.
pub fn text_on(fill: RGBColor) -> RGBColor {
    if luminance(fill) > 0.3 {
        INK
    } else {
        RGBColor(0xFF, 0xFF, 0xFF)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart(colors: &[RGBColor]) {
        for (i, a) in colors.iter().enumerate() {
            for b in colors.iter().skip(i + 1) {
                let d = (luminance(*a) - luminance(*b)).abs();
                assert!(d >= 0.1, "{a:?} vs {b:?}: {d}");
            }
        }
    }

    #[test]
    fn bands_differ_in_grey() {
        apart(&[BAD, WARN, GOOD, NONE]);
        apart(&[GOOD, ON_PACE, BAD, NONE]);
    }

    #[test]
    fn neighbouring_series_differ_in_grey() {
        for i in 0..SERIES.len() {
            apart(&[series_color(i), series_color(i + 1)]);
        }
    }

    #[test]
    fn bands() {
        assert_eq!(attainment_color(None), NONE);
        assert_eq!(attainment_color(Some(0.49)), BAD);
        assert_eq!(attainment_color(Some(0.5)), WARN);
        assert_eq!(attainment_color(Some(0.999)), WARN);
        assert_eq!(attainment_color(Some(1.0)), GOOD);
        assert_eq!(attainment_color(Some(f64::NAN)), BAD);
    }
}
