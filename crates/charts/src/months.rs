//! Monthly chart: items per month stacked by top-level theme (plus the
//! untagged items), with the plan's events marked at their day.

use crate::canvas::{legend_layout, placeholder, px, render, ticks, Align, Font, LEGEND_ROW};
use crate::format::{format_int, ratio};
use crate::measure::text_width;
use crate::messages::messages;
use crate::style::{self, RGBColor};
use crate::ChartOptions;

/// Most months drawn (the format allows 120); later ones are left out.
pub(crate) const MAX_MONTHS: usize = 240;
/// Most events drawn and listed.
const MAX_EVENTS: usize = 60;
/// Margin, px.
const MARGIN: i32 = 8;
/// Height of one level of event markers, px.
const MARKER_ROW: i32 = 14;
/// Height of one line of the event key, px.
const KEY_ROW: i32 = 16;

/// One stacked series: a top-level theme's items per month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthSeries {
    /// Legend label, e.g. "1 Kinh tế".
    pub name: String,
    /// Items per month, aligned with [`MonthsData::months`]; missing
    /// months count as 0, extra values are ignored.
    pub counts: Vec<u64>,
}

/// A plan event (sự kiện, ngày kỷ niệm) to mark on the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMark {
    /// Index of its month in [`MonthsData::months`]; events outside are
    /// not drawn.
    pub month: usize,
    /// Day of the month, 1–31 (placed proportionally in the month).
    pub day: u32,
    /// Short label, e.g. "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ".
    pub label: String,
}

/// Input of [`months_chart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MonthsData {
    /// Month labels, in order, e.g. "01/2025" … "12/2025".
    pub months: Vec<String>,
    /// One series per top-level theme, stacked bottom-up in this order.
    pub series: Vec<MonthSeries>,
    /// Untagged items per month ("Chưa gắn chủ đề"), stacked on top.
    pub untagged: Vec<u64>,
    /// Events to mark.
    pub events: Vec<EventMark>,
}

/// Draws the stacked monthly columns, a count axis, every month label that
/// fits, a legend, and the events as numbered vertical lines with a key
/// "1. 19/05/2025 – name" below. No months gives the placeholder; months
/// without items give the axes and months with "Không có dữ liệu" inside. The total height is
/// `opts.height`, grown when the legend and key need the room.
pub fn months_chart(data: &MonthsData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.months_title);
    let months: Vec<&String> = data.months.iter().take(MAX_MONTHS).collect();
    if months.is_empty() {
        return placeholder(opts, &title);
    }
    let n = months.len();
    // Layers bottom-up: each series, then untagged.
    let mut layers: Vec<(RGBColor, String, &[u64])> = data
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| (style::series_color(i), s.name.clone(), s.counts.as_slice()))
        .collect();
    if data.untagged.iter().take(n).any(|v| *v > 0) {
        layers.push((
            style::NONE,
            msg.untagged.to_owned(),
            data.untagged.as_slice(),
        ));
    }
    stacked(&months, layers, &data.events, &[], &title, opts)
}

/// Draws `layers` stacked month by month (bottom-up in their order) over `months`, with
/// `events` marked and the totals of the months at the positions `flagged` written bold
/// in the colour of bad news; the body of [`months_chart`] and of
/// [`crate::tone_months_chart`]. `months` is not empty.
pub(crate) fn stacked(
    months: &[&String],
    layers: Vec<(RGBColor, String, &[u64])>,
    events: &[EventMark],
    flagged: &[usize],
    title: &str,
    opts: &ChartOptions,
) -> String {
    let msg = messages(opts.lang);
    let n = months.len();
    let totals: Vec<u64> = (0..n)
        .map(|m| {
            layers.iter().fold(0u64, |s, l| {
                s.saturating_add(l.2.get(m).copied().unwrap_or(0))
            })
        })
        .collect();
    let (ticks, axis_max) = ticks(totals.iter().copied().max().unwrap_or(0), 5);
    let events: Vec<&EventMark> = events
        .iter()
        .filter(|e| e.month < n)
        .take(MAX_EVENTS)
        .collect();

    let width = opts.clamped_width();
    let w = i32::try_from(width).unwrap_or(4000);
    let tick_w = ticks
        .iter()
        .map(|t| text_width(&format_int(*t), style::SMALL_SIZE, false))
        .fold(0.0, f64::max);
    let plot_x0 = MARGIN + px(tick_w) + 6;
    let plot_x1 = w - MARGIN;
    let col_w = f64::from(plot_x1 - plot_x0) / n as f64;
    let event_x = |e: &EventMark| {
        let day = f64::from(e.day.clamp(1, 31));
        px(f64::from(plot_x0) + (e.month as f64 + (day - 0.5) / 31.0) * col_w)
    };
    // Marker levels: a marker goes on the first level where it does not
    // touch the previous marker of that level.
    let mut level_last: Vec<i32> = Vec::new();
    let levels: Vec<i32> = events
        .iter()
        .map(|e| {
            let x = event_x(e);
            let free = level_last.iter().position(|last| x - *last >= 16);
            let level = match free {
                Some(l) => l,
                None if level_last.len() < 3 => {
                    level_last.push(i32::MIN / 2);
                    level_last.len() - 1
                }
                None => level_last.len() - 1,
            };
            if let Some(last) = level_last.get_mut(level) {
                *last = x;
            }
            i32::try_from(level).unwrap_or(0)
        })
        .collect();
    let band = i32::try_from(level_last.len()).unwrap_or(3) * MARKER_ROW;

    let legend: Vec<(RGBColor, String)> = layers.iter().map(|l| (l.0, l.1.clone())).collect();
    let (_, legend_rows) = legend_layout(&legend, MARGIN, w - MARGIN);
    let key_cols: i32 = if w >= 560 { 2 } else { 1 };
    let key_n = i32::try_from(events.len()).unwrap_or(0);
    let key_rows = (key_n + key_cols - 1) / key_cols;
    let below = 22 + 8 + legend_rows * LEGEND_ROW + key_rows * KEY_ROW + MARGIN;
    let plot_top = MARGIN + band + 8;
    let min_height = plot_top + 120 + below;
    let h = i32::try_from(opts.clamped_height())
        .unwrap_or(4000)
        .max(min_height);
    let height = u32::try_from(h).unwrap_or(4000);
    let plot_bottom = h - below;
    // Headroom for the totals written above the columns.
    let scale_top = plot_top + 14;
    let y_of = |v: u64| {
        px(f64::from(plot_bottom)
            - ratio(v, axis_max).clamp(0.0, 1.0) * f64::from(plot_bottom - scale_top))
    };
    let label_w = text_width("00/0000", style::SMALL_SIZE, false) + 6.0;
    let every = (label_w / col_w).ceil().max(1.0);

    render(width, height, title, |c| {
        let small = Font::new(style::SMALL_SIZE).color(style::MUTED);
        for t in &ticks {
            let y = y_of(*t);
            c.line((plot_x0, y), (plot_x1, y), style::GRID, 1)?;
            c.text(
                &format_int(*t),
                plot_x0 - 4,
                y,
                tick_w + 2.0,
                small.align(Align::End),
            )?;
        }
        for (m, (label, total)) in months.iter().zip(&totals).enumerate() {
            let x0 = f64::from(plot_x0) + m as f64 * col_w;
            // Columns fill 70 % of their slot, but at most 48 px.
            let half = (0.35 * col_w).min(24.0);
            let mid = x0 + col_w / 2.0;
            let (a, b) = (px(mid - half), px(mid + half));
            let mut sum = 0u64;
            for (color, _, counts) in &layers {
                let v = counts.get(m).copied().unwrap_or(0);
                let y0 = y_of(sum);
                sum = sum.saturating_add(v);
                c.bar(a, y_of(sum), b, y0, *color)?;
            }
            let total_text = format_int(*total);
            let font = if flagged.contains(&m) {
                Font::new(style::SMALL_SIZE).bold().color(style::ALERT_TEXT)
            } else {
                Font::new(style::SMALL_SIZE)
            };
            if *total > 0 && text_width(&total_text, style::SMALL_SIZE, false) <= col_w {
                c.text(
                    &total_text,
                    px(x0 + col_w / 2.0),
                    y_of(*total) - 7,
                    col_w,
                    font.align(Align::Middle),
                )?;
            }
            if (m as f64 % every) == 0.0 {
                let x = px(x0 + col_w / 2.0);
                c.text(
                    label,
                    x,
                    plot_bottom + 11,
                    label_w.max(col_w * every),
                    small.align(Align::Middle),
                )?;
            }
        }
        if totals.iter().all(|t| *t == 0) {
            let font = Font::new(style::PLACEHOLDER_SIZE)
                .color(style::MUTED)
                .align(Align::Middle);
            let mid = (plot_top + plot_bottom) / 2;
            c.text(
                msg.no_data,
                (plot_x0 + plot_x1) / 2,
                mid,
                f64::from(plot_x1 - plot_x0),
                font,
            )?;
        }
        c.line(
            (plot_x0, plot_bottom),
            (plot_x1, plot_bottom),
            style::AXIS,
            1,
        )?;
        c.line((plot_x0, plot_top), (plot_x0, plot_bottom), style::AXIS, 1)?;
        for (i, (e, level)) in events.iter().zip(&levels).enumerate() {
            let x = event_x(e);
            let y = MARGIN + level * MARKER_ROW + MARKER_ROW / 2;
            c.line((x, y + 6), (x, plot_bottom), style::MUTED, 1)?;
            let number = format_int(u64::try_from(i + 1).unwrap_or(0));
            c.text(
                &number,
                x,
                y,
                30.0,
                Font::new(style::SMALL_SIZE).bold().align(Align::Middle),
            )?;
        }
        let legend_y = plot_bottom + 22 + LEGEND_ROW / 2;
        let key_y = c.legend(&legend, MARGIN, legend_y, w - MARGIN)? + 2;
        let col = (w - 2 * MARGIN) / key_cols;
        for (i, e) in events.iter().enumerate() {
            let i = i32::try_from(i).unwrap_or(0);
            let (row, k) = (i / key_cols, i % key_cols);
            let month = months.get(e.month).map(|m| m.as_str()).unwrap_or("");
            let line = format!(
                "{}. {:02}/{} – {}",
                i + 1,
                e.day.clamp(1, 31),
                month,
                e.label
            );
            let x = MARGIN + k * col;
            c.text(
                &line,
                x,
                key_y + row * KEY_ROW,
                f64::from(col - 12),
                Font::new(style::SMALL_SIZE),
            )?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_valid, long_hostile};

    fn sample() -> MonthsData {
        let months: Vec<String> = (1..=12).map(|m| format!("{m:02}/2025")).collect();
        MonthsData {
            months,
            series: vec![
                MonthSeries {
                    name: "1 Lĩnh vực kinh tế, phát triển hạ tầng".into(),
                    counts: vec![4, 6, 5, 9, 12, 7, 6, 8, 10, 5, 4, 3],
                },
                MonthSeries {
                    name: "2 Văn hóa – xã hội".into(),
                    counts: vec![2, 3, 1, 4, 6, 2, 1, 3, 9, 2, 2, 1],
                },
                MonthSeries {
                    name: "3 Quốc phòng, an ninh".into(),
                    counts: vec![1, 0, 2, 1, 3, 0, 5, 1, 1, 0, 2, 1],
                },
            ],
            untagged: vec![1, 1, 0, 2, 0, 1, 0, 0, 3, 1, 0, 0],
            events: vec![
                EventMark {
                    month: 1,
                    day: 3,
                    label: "Kỷ niệm 95 năm Ngày thành lập Đảng".into(),
                },
                EventMark {
                    month: 3,
                    day: 30,
                    label: "50 năm Giải phóng miền Nam".into(),
                },
                EventMark {
                    month: 4,
                    day: 1,
                    label: "Ngày Quốc tế Lao động".into(),
                },
                EventMark {
                    month: 4,
                    day: 19,
                    label: "Ngày sinh Chủ tịch Hồ Chí Minh".into(),
                },
                EventMark {
                    month: 8,
                    day: 2,
                    label: "Quốc khánh 2/9".into(),
                },
            ],
        }
    }

    #[test]
    fn snapshot() {
        let svg = months_chart(&sample(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn empty() {
        let svg = months_chart(&MonthsData::default(), &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn one_month_without_items() {
        let data = MonthsData {
            months: vec!["01/2025".into()],
            ..MonthsData::default()
        };
        let svg = months_chart(&data, &ChartOptions::default());
        assert_valid(&svg);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn odd_input() {
        let data = MonthsData {
            months: (0..120)
                .map(|m| format!("{:02}/{}", m % 12 + 1, 2020 + m / 12))
                .collect(),
            series: vec![
                MonthSeries {
                    name: long_hostile(),
                    counts: vec![u64::MAX; 3],
                },
                MonthSeries {
                    name: "b".into(),
                    counts: vec![9_007_199_254_740_991; 200],
                },
            ],
            untagged: vec![u64::MAX],
            events: vec![
                EventMark {
                    month: 500,
                    day: 99,
                    label: long_hostile(),
                },
                EventMark {
                    month: 0,
                    day: 0,
                    label: long_hostile(),
                },
                EventMark {
                    month: 0,
                    day: 1,
                    label: "x".into(),
                },
                EventMark {
                    month: 0,
                    day: 2,
                    label: "y".into(),
                },
                EventMark {
                    month: 0,
                    day: 3,
                    label: "z".into(),
                },
            ],
        };
        assert_valid(&months_chart(
            &data,
            &ChartOptions {
                width: 0,
                height: 0,
                ..ChartOptions::default()
            },
        ));
    }
}
