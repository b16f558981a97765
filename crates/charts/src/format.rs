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
/// The value is rounded *down* to a tenth of a percent, so anything below
/// 100 % never reads "100 %" (the colour bands switch at exactly 100 %).
/// Negative, NaN and infinite ratios give `"–"`.
pub fn format_percent(ratio: f64) -> String {
    if !ratio.is_finite() || ratio < 0.0 {
        return "–".to_owned();
    }
    // Tenths of a percent; the tiny epsilon keeps 0.29 (28.999…%) at 29 %.
    let tenths = (ratio * 1000.0 + 1e-6).floor();
    // f64 → u64 saturates; anything above 2^64 tenths is unreadable anyway.
    let tenths = if tenths >= 18_446_744_073_709_549_568.0 {
        u64::MAX
    } else {
        tenths as u64
    };
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
        assert_eq!(format_percent(12.5), "1.250 %");
        assert_eq!(format_percent(1.0 / 3.0), "33,3 %");
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
