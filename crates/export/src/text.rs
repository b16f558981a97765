//! Numbers and dates written the Vietnamese way, for every screen, table and export:
//! thin wrappers over [`phusong_charts::format`] and [`phusong_model::date`].
//!
//! The style is the same in both languages: the report is a Vietnamese document.

use chrono::{Datelike, NaiveDate};
use phusong_charts::format::{format_int, format_percent, format_share, format_shares};

/// A count with `.` as the thousands separator: `1234567` → `"1.234.567"`.
pub fn fmt_int(n: u64) -> String {
    format_int(n)
}

/// An amount in đồng: `1234567` → `"1.234.567 đ"`.
pub fn fmt_money(vnd: u64) -> String {
    format!("{} đ", format_int(vnd))
}

/// A ratio as a percentage with at most one decimal, rounded half up (`8/30` →
/// `"26,7 %"`), a ratio below 1 never reading "100 %"; negative, NaN and infinite give `"–"`.
pub fn fmt_percent(ratio: f64) -> String {
    format_percent(ratio)
}

/// `part / whole` as a percentage (`"–"` when `whole` is 0).
pub fn fmt_share(part: u64, whole: u64) -> String {
    format_share(part, whole)
}

/// The shares of `parts` in their sum, as percentages that add up to exactly 100 % as
/// shown (largest remainder; see [`format_shares`]).
pub fn fmt_shares(parts: &[u64]) -> Vec<String> {
    format_shares(parts)
}

/// `22/11/2026`.
pub fn fmt_date(date: NaiveDate) -> String {
    phusong_model::date::format_vi(date)
}

/// A date as a person types it in a date box: `31/12/2025`, `1/2/2025`, with `-` or `.`
/// instead of `/`, or ISO `2025-12-31`. `None` if it is not a real date.
pub fn parse_date_input(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Some(d) = phusong_model::date::parse_date(text) {
        return Some(d);
    }
    let mut parts = text.split(['/', '-', '.']).map(str::trim);
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = i32::try_from(number(year)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
}

/// `01/2025`: a month of the period.
pub fn fmt_month(year: i32, month: u32) -> String {
    format!("{month:02}/{year:04}")
}

/// The dateline of an administrative document: `"ngày 22 tháng 11 năm 2026"`.
///
/// As Nghị định 30/2020/NĐ-CP requires, days below 10 and the months 1 and 2
/// get a leading zero (`"ngày 05 tháng 02 năm 2026"`, `"ngày 05 tháng 3 năm 2026"`).
pub fn fmt_date_long_vi(date: NaiveDate) -> String {
    let month = date.month();
    let month = if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    #[test]
    fn date_input_takes_what_people_type() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(parse_date_input("31/12/2025"), d(2025, 12, 31));
        assert_eq!(parse_date_input(" 1/2/2025 "), d(2025, 2, 1));
        assert_eq!(parse_date_input("01-02-2025"), d(2025, 2, 1));
        assert_eq!(parse_date_input("01.02.2025"), d(2025, 2, 1));
        assert_eq!(parse_date_input("2025-02-01"), d(2025, 2, 1));
        for bad in [
            "",
            "31/02/2025",
            "2025/02/01",
            "1/2/25",
            "a/b/cccc",
            "1/2/2025/3",
            "+1/2/2025",
            "12/13/2025",
        ] {
            assert_eq!(parse_date_input(bad), None, "{bad:?}");
        }
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn numbers() {
        assert_eq!(fmt_int(1_234_567), "1.234.567");
        assert_eq!(fmt_int(0), "0");
        assert_eq!(fmt_money(280_000_000), "280.000.000 đ");
        assert_eq!(fmt_percent(0.455), "45,5 %");
        assert_eq!(fmt_percent(f64::NAN), "–");
        assert_eq!(fmt_share(69, 118), "58,5 %");
        assert_eq!(fmt_share(8, 30), "26,7 %");
        assert_eq!(fmt_shares(&[69, 49]), ["58,5 %", "41,5 %"]);
        assert_eq!(fmt_share(1, 0), "–");
    }

    #[test]
    fn dates() {
        assert_eq!(fmt_date(d(2026, 11, 22)), "22/11/2026");
        assert_eq!(fmt_date(d(2024, 3, 5)), "05/03/2024");
        assert_eq!(fmt_month(2025, 1), "01/2025");
        assert_eq!(
            fmt_date_long_vi(d(2026, 11, 22)),
            "ngày 22 tháng 11 năm 2026"
        );
        assert_eq!(fmt_date_long_vi(d(2026, 2, 5)), "ngày 05 tháng 02 năm 2026");
        assert_eq!(fmt_date_long_vi(d(2026, 3, 5)), "ngày 05 tháng 3 năm 2026");
        assert_eq!(
            fmt_date_long_vi(d(2026, 12, 31)),
            "ngày 31 tháng 12 năm 2026"
        );
    }
}
