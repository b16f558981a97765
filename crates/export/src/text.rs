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

/// An amount in đồng that need not be whole (a value per product), rounded half up to
/// the đồng: `3333333.33` → `"3.333.333 đ"`; negative, NaN and infinite give `"–"`.
pub fn fmt_money_f(vnd: f64) -> String {
    if !vnd.is_finite() || vnd < 0.0 {
        return "–".to_owned();
    }
    fmt_money(round_half_up(vnd))
}

/// An amount in millions of đồng with one decimal, rounded half up, for tables:
/// `1234567890` → `"1.234,6 triệu đ"`, `250000000` → `"250,0 triệu đ"`.
pub fn fmt_million(vnd: f64) -> String {
    if !vnd.is_finite() || vnd < 0.0 {
        return "–".to_owned();
    }
    let tenths = round_half_up(vnd / 100_000.0);
    format!("{},{} triệu đ", format_int(tenths / 10), tenths % 10)
}

/// A number with at most one decimal, rounded half up: `1.5` → `"1,5"`, `2.0` → `"2"`,
/// `10.0 / 3.0` → `"3,3"`; negative, NaN and infinite give `"–"`.
pub fn fmt_decimal(x: f64) -> String {
    if !x.is_finite() || x < 0.0 {
        return "–".to_owned();
    }
    let tenths = round_half_up(x * 10.0);
    match tenths % 10 {
        0 => format_int(tenths / 10),
        d => format!("{},{d}", format_int(tenths / 10)),
    }
}

/// The change from `before` to `now` for a "Tăng/giảm" column: `"+12,4 %"`, `"−3 %"`,
/// `"0 %"`; `"–"` when there was nothing before.
pub fn fmt_change(now: u64, before: u64) -> String {
    match phusong_engine::compare::change(now, before) {
        None => "–".to_owned(),
        Some(r) if r > 0.0 => format!("+{}", format_percent(r)),
        Some(r) if r < 0.0 => format!("−{}", format_percent(-r)),
        Some(_) => format_percent(0.0),
    }
}

/// A non-negative amount rounded half up to a whole number (saturating).
fn round_half_up(x: f64) -> u64 {
    let r = (x + 0.5 + 1e-9).floor();
    if r >= 18_446_744_073_709_549_568.0 {
        u64::MAX
    } else {
        r as u64
    }
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
    fn money_and_changes() {
        assert_eq!(fmt_money(1_234_567), "1.234.567 đ");
        assert_eq!(fmt_money_f(10_000_000.0 / 3.0), "3.333.333 đ");
        assert_eq!(fmt_money_f(2.5), "3 đ");
        assert_eq!(fmt_money_f(f64::NAN), "–");
        assert_eq!(fmt_million(1_234_567_890.0), "1.234,6 triệu đ");
        assert_eq!(fmt_million(1_234_550_000.0), "1.234,6 triệu đ");
        assert_eq!(fmt_million(250_000_000.0), "250,0 triệu đ");
        assert_eq!(fmt_million(49_999.0), "0,0 triệu đ");
        assert_eq!(fmt_decimal(1.5), "1,5");
        assert_eq!(fmt_decimal(2.0), "2");
        assert_eq!(fmt_decimal(10.0 / 3.0), "3,3");
        assert_eq!(fmt_decimal(1234.25), "1.234,3");
        assert_eq!(fmt_change(1124, 1000), "+12,4 %");
        assert_eq!(fmt_change(97, 100), "−3 %");
        assert_eq!(fmt_change(5, 5), "0 %");
        assert_eq!(fmt_change(5, 0), "–");
        // A fall to 1 from 2,000 is 99,95 %: never read as 100 % (that would be all).
        assert_eq!(fmt_change(1, 2000), "−99,9 %");
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
