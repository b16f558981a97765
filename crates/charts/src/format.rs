//! Vietnamese number formatting: `1.234.567` and `45,5 %`.

/// Formats a count with `.` as the thousands separator: `1234567` →
/// `"1.234.567"`.
pub fn format_int(n: u64) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Formats a ratio (0.455 for 45,5 %) as a Vietnamese percentage with at
/// most one decimal and a `,` decimal mark: `"45,5 %"`, `"100 %"`.
///
/// Rounded half up to a tenth of a percent (8/30 = 26,666… % reads `"26,7 %"`), except
/// that a ratio below 1 never reads "100 %": it stops at `"99,9 %"`, because "100 %" says
/// the order or the target is met (the colour bands switch at exactly 100 %).
/// Negative, NaN and infinite ratios give `"–"`.
pub fn format_percent(ratio: f64) -> String {
    if !ratio.is_finite() || ratio < 0.0 {
        return "–".to_owned();
    }
    // Tenths of a percent, half up; the tiny epsilon keeps a ratio of two counts whose
    // exact value is a half (0.2665 = 533/2000, stored as 0.26649999…) rounding up.
    let tenths = (ratio * 1000.0 + 0.5 + 1e-9).floor();
    // f64 → u64 saturates; anything above 2^64 tenths is unreadable anyway.
    let mut tenths = if tenths >= 18_446_744_073_709_549_568.0 {
        u64::MAX
    } else {
        tenths as u64
    };
    if ratio < 1.0 {
        tenths = tenths.min(999);
    }
    tenths_text(tenths)
}

/// Tenths of a percent as text: `267` → `"26,7 %"`, `1000` → `"100 %"`.
fn tenths_text(tenths: u64) -> String {
    let whole = format_int(tenths / 10);
    match tenths % 10 {
        0 => format!("{whole} %"),
        d => format!("{whole},{d} %"),
    }
}

/// Formats `part / whole` as a percentage with [`format_percent`];
/// `"–"` when `whole` is 0.
pub fn format_share(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    format_percent(ratio(part, whole))
}

/// The shares of `parts` in their sum, each to a tenth of a percent, so that the shares
/// as shown add up to exactly 100 % (the largest remainder method: each share is first
/// rounded down, then the tenths still missing go to the parts with the largest remainders,
/// the earlier part first on a tie). A part of 0 reads `"0 %"`; all parts 0 give `"–"` each.
pub fn format_shares(parts: &[u64]) -> Vec<String> {
    share_tenths(parts)
        .map(|t| t.into_iter().map(tenths_text).collect())
        .unwrap_or_else(|| vec!["–".to_owned(); parts.len()])
}

/// The tenths of a percent of [`format_shares`]; `None` when the parts sum to 0.
pub fn share_tenths(parts: &[u64]) -> Option<Vec<u64>> {
    let whole: u128 = parts.iter().map(|&p| u128::from(p)).sum();
    if whole == 0 {
        return None;
    }
    // Exact integer arithmetic: part × 1000 / whole, floor and remainder.
    let mut tenths: Vec<u64> = Vec::with_capacity(parts.len());
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(parts.len());
    for (i, &p) in parts.iter().enumerate() {
        let scaled = u128::from(p) * 1000;
        tenths.push(u64::try_from(scaled / whole).unwrap_or(u64::MAX));
        remainders.push((scaled % whole, i));
    }
    let given: u64 = tenths.iter().sum();
    let missing = 1000u64.saturating_sub(given);
    // Largest remainder first; on a tie, the earlier part.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(rem, i) in remainders
        .iter()
        .take(usize::try_from(missing).unwrap_or(0))
    {
        if rem > 0 {
            if let Some(t) = tenths.get_mut(i) {
                *t += 1;
            }
        }
    }
    Some(tenths)
}

/// `part / whole` as f64 (0 when `whole` is 0). Counts are exact in f64 up
/// to 2^53, the largest the data format allows.
pub fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_use_dots() {
        assert_eq!(format_int(0), "0");
        assert_eq!(format_int(7), "7");
        assert_eq!(format_int(999), "999");
        assert_eq!(format_int(1000), "1.000");
        assert_eq!(format_int(1_234_567), "1.234.567");
        assert_eq!(format_int(9_007_199_254_740_991), "9.007.199.254.740.991");
        assert_eq!(format_int(u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn percents_use_comma_and_space() {
        assert_eq!(format_percent(0.0), "0 %");
        assert_eq!(format_percent(0.455), "45,5 %");
        assert_eq!(format_percent(0.29), "29 %");
        assert_eq!(format_percent(1.0), "100 %");
        assert_eq!(format_percent(0.9999), "99,9 %");
        assert_eq!(format_percent(0.99949), "99,9 %");
        assert_eq!(format_percent(8.0 / 30.0), "26,7 %");
        assert_eq!(format_percent(0.2665), "26,7 %");
        assert_eq!(format_percent(0.26649), "26,6 %");
        assert_eq!(format_percent(2.0 / 3.0), "66,7 %");
        assert_eq!(format_percent(1.0005), "100,1 %");
        assert_eq!(format_share(8, 30), "26,7 %");
        assert_eq!(format_share(533, 2000), "26,7 %");
        assert_eq!(format_percent(12.5), "1.250 %");
        assert_eq!(format_percent(1.0 / 3.0), "33,3 %");
    }

    #[test]
    fn shares_of_a_whole_add_up_to_100() {
        // Rounded half up one by one, 1/3 each would read 33,3 × 3 = 99,9 %.
        assert_eq!(format_shares(&[1, 1, 1]), ["33,4 %", "33,3 %", "33,3 %"]);
        // 2/3 and 1/3: 66,7 + 33,3.
        assert_eq!(format_shares(&[2, 1]), ["66,7 %", "33,3 %"]);
        assert_eq!(format_shares(&[69, 49]), ["58,5 %", "41,5 %"]);
        assert_eq!(format_shares(&[5, 0, 5]), ["50 %", "0 %", "50 %"]);
        assert_eq!(format_shares(&[0, 0]), ["–", "–"]);
        assert_eq!(format_shares(&[]), Vec::<String>::new());
        assert_eq!(format_shares(&[7]), ["100 %"]);
        // Huge counts do not overflow.
        let big = 9_007_199_254_740_991;
        assert_eq!(format_shares(&[big, big]), ["50 %", "50 %"]);
    }

    proptest::proptest! {
        /// Whatever the parts, the shares as shown add up to 100 % (1000 tenths), and each
        /// is within a tenth of its exact value.
        #[test]
        fn shares_always_sum_to_a_thousand_tenths(parts in proptest::collection::vec(0u64..100_000, 1..8)) {
            let whole: u64 = parts.iter().sum();
            proptest::prop_assume!(whole > 0);
            let tenths = share_tenths(&parts).unwrap();
            proptest::prop_assert_eq!(tenths.iter().sum::<u64>(), 1000);
            for (p, t) in parts.iter().zip(&tenths) {
                let exact = *p as f64 * 1000.0 / whole as f64;
                proptest::prop_assert!((*t as f64 - exact).abs() < 1.0, "{} vs {}", t, exact);
            }
        }
    }

    #[test]
    fn odd_percents_do_not_panic() {
        assert_eq!(format_percent(f64::NAN), "–");
        assert_eq!(format_percent(-0.5), "–");
        assert_eq!(format_percent(f64::INFINITY), "–");
        assert!(format_percent(1e300).ends_with(" %"));
        assert_eq!(format_share(1, 0), "–");
        assert_eq!(format_share(1, 4), "25 %");
        let huge = format_share(9_007_199_254_740_991, 1);
        assert!(huge.starts_with("900.719.925.474.099."), "{huge}");
        assert!(huge.ends_with(" %"));
    }
}
