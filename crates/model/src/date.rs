//! The format's date type: strict `YYYY-MM-DD`, a real calendar day.

use chrono::{Datelike, NaiveDate};

/// Parses a date in the only form the format allows: `YYYY-MM-DD`, a real day.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// For a string that is not a valid date, the ISO form the user probably meant
/// (`31/12/2024` → `2024-12-31`), when it is a real day written day-first.
pub(crate) fn iso_hint(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.is_empty() || m.is_empty() || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    NaiveDate::from_ymd_opt(y, m, d).map(format_iso)
}

/// `2024-12-31`.
pub fn format_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `31/12/2024`, the Vietnamese way of writing a date.
pub fn format_vi(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Months from the first month to the last, both counted: Jan–Dec is 12.
pub(crate) fn months_spanned(start: NaiveDate, end: NaiveDate) -> i64 {
    (i64::from(end.year()) - i64::from(start.year())) * 12 + i64::from(end.month())
        - i64::from(start.month())
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_iso_only() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2023-02-30").is_none());
        assert!(parse_date("31/12/2024").is_none());
        assert!(parse_date("2024-1-01").is_none());
        assert!(parse_date("2024-01-01T00:00").is_none());
        assert!(parse_date("+024-01-01").is_none());
        assert!(parse_date("２０２４-01-01").is_none());
    }

    #[test]
    fn hints_the_iso_form() {
        assert_eq!(iso_hint("31/12/2024").as_deref(), Some("2024-12-31"));
        assert_eq!(iso_hint("3/5/2024").as_deref(), Some("2024-05-03"));
        assert_eq!(iso_hint("30/02/2024"), None);
        assert_eq!(iso_hint("2024"), None);
    }

    #[test]
    fn month_span() {
        let d = |s| parse_date(s).unwrap();
        assert_eq!(months_spanned(d("2024-01-01"), d("2024-12-31")), 12);
        assert_eq!(months_spanned(d("2024-12-31"), d("2025-01-01")), 2);
        assert_eq!(months_spanned(d("2024-03-05"), d("2024-03-06")), 1);
    }
}
