//! Alerts for negative coverage (issue 24, the summary's `tone_alerts`).
//!
//! A month *m* of the period is flagged when at least two months of the period come
//! before it, negative(m) ≥ 3 and negative(m) ≥ 2 × b, where b is the mean of the
//! negative counts of *all* earlier months of the period (flagged ones included).
//! The comparison is made in integers (negative(m) × k ≥ 2 × Σ earlier, k earlier
//! months), so "exactly twice" is flagged whatever the floating point says.

/// One flagged month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ToneAlert {
    /// Position of the month in [`crate::Report::months`].
    pub month: usize,
    /// Negative items that month.
    pub negative: u64,
    /// b: the mean of the negative counts of all earlier months of the period.
    pub baseline: f64,
}

/// The smallest negative count that can be flagged.
pub const MIN_NEGATIVE: u64 = 3;
/// How many earlier months a month needs before it can be flagged.
pub const MIN_EARLIER_MONTHS: usize = 2;

/// The flagged months of a period whose months have `negatives` negative items each
/// (in month order), in month order.
pub fn tone_alerts(negatives: &[u64]) -> Vec<ToneAlert> {
    let mut alerts = Vec::new();
    let mut earlier: u128 = 0;
    for (m, &negative) in negatives.iter().enumerate() {
        if m >= MIN_EARLIER_MONTHS
            && negative >= MIN_NEGATIVE
            && u128::from(negative) * m as u128 >= 2 * earlier
        {
            alerts.push(ToneAlert {
                month: m,
                negative,
                baseline: earlier as f64 / m as f64,
            });
        }
        earlier += u128::from(negative);
    }
    alerts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn flagged(negatives: &[u64]) -> Vec<usize> {
        tone_alerts(negatives).iter().map(|a| a.month).collect()
    }

    #[test]
    fn the_first_two_months_are_never_flagged() {
        assert_eq!(flagged(&[50, 90, 0]), Vec::<usize>::new());
        assert_eq!(flagged(&[0, 9, 0]), Vec::<usize>::new());
        // The third month is the first that can be.
        assert_eq!(flagged(&[0, 0, 3]), vec![2]);
    }

    #[test]
    fn fewer_than_three_is_never_flagged() {
        // 2 against a mean of 0 is "infinitely" more, but still fewer than 3.
        assert_eq!(flagged(&[0, 0, 2, 0, 0, 0, 2]), Vec::<usize>::new());
        assert_eq!(flagged(&[0, 0, 0, 3]), vec![3]);
    }

    #[test]
    fn exactly_twice_the_mean_is_flagged() {
        // Earlier 1, 2 → mean 1.5; 3 = 2 × 1.5.
        let a = tone_alerts(&[1, 2, 3]);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].negative, 3);
        assert_eq!(a[0].baseline, 1.5);
        // Earlier 2, 2 → mean 2: 4 is flagged, 3 is not.
        assert_eq!(flagged(&[2, 2, 4]), vec![2]);
        assert_eq!(flagged(&[2, 2, 3]), Vec::<usize>::new());
        // A mean that is not a binary fraction: earlier 3, 3, 4 → mean 10/3, twice 6.67:
        // 7 is flagged, 6 is not.
        assert_eq!(flagged(&[3, 3, 4, 7]), vec![3]);
        assert_eq!(flagged(&[3, 3, 4, 6]), Vec::<usize>::new());
    }

    #[test]
    fn the_mean_covers_every_earlier_month_flagged_ones_included() {
        // Month 2 (6 against a mean of 1) is flagged; month 3's mean is (1+1+6)/3 = 8/3,
        // so 5 (< 16/3) is not flagged although it is more than twice the mean of the
        // months that were not flagged (1).
        let a = tone_alerts(&[1, 1, 6, 5]);
        assert_eq!(a.iter().map(|a| a.month).collect::<Vec<_>>(), vec![2]);
        assert_eq!(a[0].baseline, 1.0);
        // 6 = 2 × 3 (mean of 1, 1, 6, 4 = 3): flagged, with that mean.
        let b = tone_alerts(&[1, 1, 6, 4, 6]);
        assert_eq!(b.iter().map(|a| a.month).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(b[1].baseline, 3.0);
        // All earlier months, not a trailing window: an early burst keeps the mean up.
        assert_eq!(
            flagged(&[30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]),
            Vec::<usize>::new()
        );
    }

    proptest! {
        #[test]
        fn the_rule_as_written(negatives in proptest::collection::vec(0u64..12, 0..30)) {
            let got = tone_alerts(&negatives);
            let mut expected = Vec::new();
            for m in 0..negatives.len() {
                let earlier = &negatives[..m];
                let b = if m == 0 { 0.0 } else { earlier.iter().sum::<u64>() as f64 / m as f64 };
                // Exact rational comparison written another way: n ≥ 2b ⇔ n·m ≥ 2Σ.
                let twice = negatives[m] as f64 >= 2.0 * b - 1e-9;
                if m >= 2 && negatives[m] >= 3 && twice {
                    expected.push(m);
                }
            }
            prop_assert_eq!(got.iter().map(|a| a.month).collect::<Vec<_>>(), expected);
            for a in &got {
                let m = a.month;
                let mean = negatives[..m].iter().sum::<u64>() as f64 / m as f64;
                prop_assert!((a.baseline - mean).abs() < 1e-12);
                prop_assert_eq!(a.negative, negatives[m]);
            }
        }
    }
}
