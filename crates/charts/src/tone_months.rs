//! Tone by month: items per month stacked by tone (positive, neutral, negative, not
//! rated), the months flagged for negative coverage with their total in bold dark red.

use crate::canvas::placeholder;
use crate::messages::messages;
use crate::months::{stacked, MAX_MONTHS};
use crate::style::{self, RGBColor};
use crate::ChartOptions;

/// Input of [`tone_months_chart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ToneMonthsData {
    /// Month labels, in order, e.g. "01/2025" … "12/2025".
    pub months: Vec<String>,
    /// Items per month by tone, aligned with `months`; missing months count as 0.
    pub positive: Vec<u64>,
    pub neutral: Vec<u64>,
    pub negative: Vec<u64>,
    pub unrated: Vec<u64>,
    /// Positions in `months` of the months flagged for negative coverage.
    pub flagged: Vec<usize>,
}

/// Draws the months as stacked columns, positive at the bottom, then neutral, negative
/// and not rated, with the same axes, labels and legend as the monthly chart; the total of
/// a flagged month is bold dark red. No months gives the placeholder.
pub fn tone_months_chart(data: &ToneMonthsData, opts: &ChartOptions) -> String {
    let msg = messages(opts.lang);
    let title = opts.title_or(msg.tone_months_title);
    let months: Vec<&String> = data.months.iter().take(MAX_MONTHS).collect();
    if months.is_empty() {
        return placeholder(opts, &title);
    }
    let layers: Vec<(RGBColor, String, &[u64])> = vec![
        (style::GOOD, msg.positive.to_owned(), &data.positive),
        (style::ON_PACE, msg.neutral.to_owned(), &data.neutral),
        (style::BAD, msg.negative.to_owned(), &data.negative),
        (style::NONE, msg.unrated.to_owned(), &data.unrated),
    ];
    stacked(&months, layers, &[], &data.flagged, &title, opts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::assert_valid;

    fn sample() -> ToneMonthsData {
        ToneMonthsData {
            months: (1..=12).map(|m| format!("{m:02}/2025")).collect(),
            positive: vec![8, 9, 7, 10, 12, 8, 6, 9, 11, 7, 6, 5],
            neutral: vec![4, 5, 3, 6, 5, 4, 3, 5, 6, 4, 3, 2],
            negative: vec![1, 0, 1, 6, 1, 0, 0, 1, 0, 4, 0, 0],
            unrated: vec![1, 1, 0, 2, 0, 1, 0, 0, 3, 1, 0, 0],
            flagged: vec![3, 9],
        }
    }

    #[test]
    fn snapshot() {
        let svg = tone_months_chart(&sample(), &ChartOptions::default());
        assert_valid(&svg);
        assert!(svg.contains("Sắc thái thông tin theo tháng"));
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn english_and_empty() {
        let opts = ChartOptions {
            lang: crate::Lang::En,
            ..ChartOptions::default()
        };
        let svg = tone_months_chart(&sample(), &opts);
        assert_valid(&svg);
        assert!(svg.contains("Tone by month") && svg.contains("Negative"));
        let empty = tone_months_chart(&ToneMonthsData::default(), &ChartOptions::default());
        assert_valid(&empty);
        insta::assert_snapshot!(empty);
        // Months without items: axes and "no data", never a panic; short series are 0.
        let zero = ToneMonthsData {
            months: vec!["01/2025".into(), "02/2025".into()],
            positive: vec![u64::MAX],
            flagged: vec![7],
            ..ToneMonthsData::default()
        };
        assert_valid(&tone_months_chart(&zero, &ChartOptions::default()));
    }
}
