//! Cell values to JSON values: text as Excel's General format shows it, dates
//! (date cells, serial days in the 1900 and 1904 systems, day-first text),
//! integers (plain or grouped in threes, with or without "đ"), labels.

use crate::columns::{Labels, FORMATS, KINDS, LEVELS, TONES};
use crate::fold::fold;
use crate::grid::Cell;
use chrono::{Duration, NaiveDate};
use unicode_normalization::UnicodeNormalization;

/// The largest integer of `data-format.md` (2^53 − 1).
pub const MAX_INTEGER: u64 = 9_007_199_254_740_991;

/// Why a cell's value cannot be used; `text` is the cell as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bad {
    /// An error value or a formula with no saved value.
    Formula { text: String },
    /// Not a date in any accepted form (two-digit year, month name, …).
    NotADate { text: String },
    /// A date form with a day that does not exist ("31/02/2025").
    NoSuchDay { text: String },
    /// A serial day that is no day (60 in the 1900 system, 0, negative, too large).
    BadSerial { text: String },
    /// Not a whole number as the spec writes them ("12,5", "1.25.000").
    NotAnInteger { text: String },
    /// A negative number.
    Negative { text: String },
    /// Past 9007199254740991.
    TooLarge { text: String },
    /// Not one of the labels of the field.
    UnknownLabel { text: String },
}

impl Bad {
    /// The cell's text, written in the converted JSON in place of the value.
    pub fn text(&self) -> &str {
        match self {
            Bad::Formula { text }
            | Bad::NotADate { text }
            | Bad::NoSuchDay { text }
            | Bad::BadSerial { text }
            | Bad::NotAnInteger { text }
            | Bad::Negative { text }
            | Bad::TooLarge { text }
            | Bad::UnknownLabel { text } => text,
        }
    }
}

/// A number as Excel's General format shows it: at most 15 significant digits,
/// no trailing zeros, scientific notation only past 1E+21 or below 1E-9.
pub fn general(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v == 0.0 {
        return "0".into();
    }
    let sci = format!("{v:.14e}");
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (sci.as_str(), 0),
    };
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if !(-10..21).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push_str(&format!(
            "E{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
        return out;
    }
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            let (int, frac) = digits.split_at(int_len);
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        }
    }
    out
}

/// The day of an Excel serial (its fraction, the time, is dropped).
pub fn serial_day(serial: f64, is_1904: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let day = serial.floor() as i64;
    if is_1904 {
        return NaiveDate::from_ymd_opt(1904, 1, 1)?.checked_add_signed(Duration::days(day));
    }
    // 1900 system: serial 1 = 1900-01-01; 60 is Lotus's 29 February 1900.
    match day {
        i64::MIN..=0 | 60 => None,
        1..=59 => NaiveDate::from_ymd_opt(1899, 12, 31)?.checked_add_signed(Duration::days(day)),
        _ => NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(day)),
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The text of a cell as shown: trimmed text, a number in General format, a date
/// as `YYYY-MM-DD`. `Ok(None)` for "not given".
pub fn text(cell: &Cell, is_1904: bool) -> Result<Option<String>, Bad> {
    if cell.is_blank() {
        return Ok(None);
    }
    Ok(Some(match cell {
        Cell::Text(t) => t.trim().to_owned(),
        Cell::Number(v) => general(*v),
        Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Cell::Date(v) => serial_day(*v, is_1904)
            .map(iso)
            .unwrap_or_else(|| general(*v)),
        Cell::DateIso(t) => t.get(..10).unwrap_or(t).to_owned(),
        Cell::Error(e) => return Err(Bad::Formula { text: e.clone() }),
        Cell::Empty => return Ok(None),
    }))
}

/// The cell as shown, for messages and for bad values written in the JSON.
pub fn shown(cell: &Cell, is_1904: bool) -> String {
    match text(cell, is_1904) {
        Ok(t) => t.unwrap_or_default(),
        Err(b) => b.text().to_owned(),
    }
}

/// A date field.
pub fn date(cell: &Cell, is_1904: bool) -> Result<Option<String>, Bad> {
    if cell.is_blank() {
        return Ok(None);
    }
    match cell {
        Cell::Date(v) | Cell::Number(v) => serial_day(*v, is_1904)
            .map(|d| Some(iso(d)))
            .ok_or_else(|| Bad::BadSerial { text: general(*v) }),
        Cell::DateIso(t) => date_text(t.get(..10).unwrap_or(t)).map(Some),
        Cell::Text(t) => date_text(t.trim()).map(Some),
        Cell::Error(e) => Err(Bad::Formula { text: e.clone() }),
        Cell::Bool(_) | Cell::Empty => Err(Bad::NotADate {
            text: shown(cell, is_1904),
        }),
    }
}

/// `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY` (day first) or `YYYY-MM-DD`, optionally
/// followed by a space or `T` and `H:MM` or `H:MM:SS`.
pub fn date_text(t: &str) -> Result<String, Bad> {
    let not = || Bad::NotADate { text: t.to_owned() };
    let (day_part, time_part) = match t.find([' ', 'T']) {
        Some(i) => (&t[..i], Some(t[i + 1..].trim())),
        None => (t, None),
    };
    if let Some(time) = time_part {
        if !time_ok(time) {
            return Err(not());
        }
    }
    let (y, m, d) = if let Some((y, m, d)) =
        split3(day_part, '-').filter(|(y, m, d)| y.len() == 4 && m.len() == 2 && d.len() == 2)
    {
        (y, m, d)
    } else {
        let (d, m, y) = ['/', '-', '.']
            .iter()
            .find_map(|&sep| split3(day_part, sep))
            .ok_or_else(not)?;
        if !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) || y.len() != 4 {
            return Err(not());
        }
        (y, m, d)
    };
    let num = |s: &str| -> Option<u32> {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(y), num(m), num(d)) else {
        return Err(not());
    };
    NaiveDate::from_ymd_opt(y as i32, m, d)
        .map(iso)
        .ok_or_else(|| Bad::NoSuchDay { text: t.to_owned() })
}

fn split3(s: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut it = s.split(sep);
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || a.is_empty() || b.is_empty() || c.is_empty() {
        return None;
    }
    Some((a, b, c))
}

fn time_ok(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [h, m] | [h, m, _] if digits(h) && h.len() <= 2 && digits(m) && m.len() == 2 => {
            let sec_ok = parts.get(2).is_none_or(|s| {
                digits(s) && s.len() == 2 && s.parse::<u32>().is_ok_and(|s| s < 60)
            });
            h.parse::<u32>().is_ok_and(|h| h < 24)
                && m.parse::<u32>().is_ok_and(|m| m < 60)
                && sec_ok
        }
        _ => false,
    }
}

/// An integer field (`reach`, `value_vnd`, quantities, `target`, `year`).
pub fn integer(cell: &Cell, is_1904: bool) -> Result<Option<u64>, Bad> {
    if cell.is_blank() {
        return Ok(None);
    }
    match cell {
        Cell::Number(v) => {
            let text = general(*v);
            if *v < 0.0 {
                Err(Bad::Negative { text })
            } else if v.fract() != 0.0 {
                Err(Bad::NotAnInteger { text })
            } else if *v > MAX_INTEGER as f64 {
                Err(Bad::TooLarge { text })
            } else {
                Ok(Some(*v as u64))
            }
        }
        Cell::Text(t) => integer_text(t.trim()).map(Some),
        Cell::Error(e) => Err(Bad::Formula { text: e.clone() }),
        _ => Err(Bad::NotAnInteger {
            text: shown(cell, is_1904),
        }),
    }
}

/// "157258", "1.250.000.000", "1,250,000,000", "1 250 000 000", each optionally
/// followed by spaces and "đ", "đồng", "VNĐ" or "VND" in any case.
pub fn integer_text(t: &str) -> Result<u64, Bad> {
    let bad = || Bad::NotAnInteger { text: t.to_owned() };
    let nfc: String = t.nfc().collect();
    let lower = nfc.to_lowercase();
    let mut body = lower.trim();
    for suffix in ["đồng", "vnđ", "vnd", "đ"] {
        if let Some(rest) = body.strip_suffix(suffix) {
            body = rest.trim_end_matches([' ', '\u{a0}']);
            break;
        }
    }
    if body.starts_with('-') && body.len() > 1 {
        return Err(Bad::Negative { text: t.to_owned() });
    }
    let digits: String = if body.bytes().all(|b| b.is_ascii_digit()) {
        body.to_owned()
    } else {
        let sep = body.chars().find(|c| !c.is_ascii_digit()).ok_or_else(bad)?;
        if ![' ', '.', ',', '\u{a0}'].contains(&sep) {
            return Err(bad());
        }
        let groups: Vec<&str> = body.split(sep).collect();
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
        let all_digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
        if groups.len() < 2 || !first_ok || !rest_ok || !all_digits {
            return Err(bad());
        }
        groups.concat()
    };
    if digits.is_empty() {
        return Err(bad());
    }
    match digits.parse::<u64>() {
        Ok(n) if n <= MAX_INTEGER => Ok(n),
        _ => Err(Bad::TooLarge { text: t.to_owned() }),
    }
}

/// A label of `table` (folded comparison) or the JSON value itself.
pub fn label(
    cell: &Cell,
    is_1904: bool,
    table: &[(&'static str, &[&str])],
) -> Result<Option<&'static str>, Bad> {
    let Some(t) = text(cell, is_1904)? else {
        return Ok(None);
    };
    label_of(&t, table)
        .map(Some)
        .ok_or(Bad::UnknownLabel { text: t })
}

/// The JSON value whose label (or value) folds like `t`.
pub fn label_of(t: &str, table: &[(&'static str, &[&str])]) -> Option<&'static str> {
    // As written, the usual case: no folding at all.
    if let Some((value, _)) = table
        .iter()
        .find(|(value, labels)| *value == t || labels.contains(&t))
    {
        return Some(value);
    }
    let folded = fold(t);
    match folded_labels(table) {
        Some(known) => known.iter().find(|(_, f)| *f == folded).map(|(v, _)| *v),
        None => table.iter().find_map(|(value, labels)| {
            (fold(value) == folded || labels.iter().any(|l| fold(l) == folded)).then_some(*value)
        }),
    }
}

/// The spec's label tables, each value then its labels folded, in the table's order (folded
/// once: a 100k-row sheet looks a label up for every cell of a format or tone column).
fn folded_labels(table: &[(&'static str, &[&str])]) -> Option<&'static [(&'static str, String)]> {
    type Folded = Vec<(&'static str, String)>;
    const TABLES: [Labels; 4] = [FORMATS, TONES, LEVELS, KINDS];
    static FOLDED: std::sync::OnceLock<[Folded; 4]> = std::sync::OnceLock::new();
    let i = TABLES
        .iter()
        .position(|t| std::ptr::eq(t.as_ptr(), table.as_ptr()))?;
    let all = FOLDED.get_or_init(|| {
        TABLES.map(|t| {
            t.iter()
                .flat_map(|(value, labels)| {
                    std::iter::once((*value, fold(value)))
                        .chain(labels.iter().map(move |l| (*value, fold(l))))
                })
                .collect()
        })
    });
    all.get(i).map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::{FORMATS, LEVELS, TONES};

    #[test]
    fn general_format() {
        assert_eq!(general(12345.0), "12345");
        assert_eq!(general(1.5), "1.5");
        assert_eq!(general(1.1), "1.1");
        assert_eq!(general(0.1 + 0.2), "0.3");
        assert_eq!(general(-2.25), "-2.25");
        assert_eq!(general(123456789012345678.0), "123456789012346000");
        assert_eq!(general(1e22), "1E+22");
        assert_eq!(general(0.000123), "0.000123");
    }

    #[test]
    fn serial_days_in_both_systems() {
        let d = |s, b| serial_day(s, b).map(iso);
        assert_eq!(d(1.0, false).as_deref(), Some("1900-01-01"));
        assert_eq!(d(59.0, false).as_deref(), Some("1900-02-28"));
        assert_eq!(d(60.0, false), None);
        assert_eq!(d(61.0, false).as_deref(), Some("1900-03-01"));
        assert_eq!(d(0.0, false), None);
        assert_eq!(d(-3.0, false), None);
        assert_eq!(d(45419.0, false).as_deref(), Some("2024-05-07"));
        assert_eq!(d(45419.75, false).as_deref(), Some("2024-05-07"));
        // The same day in the 1904 system is 1462 days less.
        assert_eq!(d(45419.0 - 1462.0, true).as_deref(), Some("2024-05-07"));
        assert_eq!(d(0.0, true).as_deref(), Some("1904-01-01"));
    }

    #[test]
    fn date_texts() {
        assert_eq!(date_text("10/3/2024").as_deref(), Ok("2024-03-10"));
        assert_eq!(date_text("06.07.2024").as_deref(), Ok("2024-07-06"));
        assert_eq!(date_text("6-7-2024").as_deref(), Ok("2024-07-06"));
        assert_eq!(date_text("2024-07-06").as_deref(), Ok("2024-07-06"));
        assert_eq!(date_text("29/12/2024 14:30").as_deref(), Ok("2024-12-29"));
        assert_eq!(
            date_text("2024-12-29T08:05:09").as_deref(),
            Ok("2024-12-29")
        );
        assert!(matches!(
            date_text("31/02/2025"),
            Err(Bad::NoSuchDay { .. })
        ));
        assert!(matches!(date_text("1/2/24"), Err(Bad::NotADate { .. })));
        assert!(matches!(
            date_text("5 tháng 3 2024"),
            Err(Bad::NotADate { .. })
        ));
        assert!(matches!(
            date_text("1/2/2024 25:00"),
            Err(Bad::NotADate { .. })
        ));
        assert!(matches!(date_text("1/2-2024"), Err(Bad::NotADate { .. })));
    }

    #[test]
    fn integers() {
        for ok in [
            "157258",
            "1.250.000.000",
            "1,250,000,000",
            "1 250 000 000",
            "1\u{a0}250",
            "210.000.000 đ",
            "5 VNĐ",
            "7 đồng",
            "9vnd",
            "12 ĐỒNG",
        ] {
            assert!(integer_text(ok).is_ok(), "{ok}");
        }
        assert_eq!(integer_text("1.250.000.000 đ"), Ok(1_250_000_000));
        for bad in [
            "12,5",
            "1.5",
            "1.25.000",
            "1.250,000",
            "",
            "abc",
            "đ",
            "1 2",
        ] {
            assert!(integer_text(bad).is_err(), "{bad}");
        }
        assert!(matches!(integer_text("-5"), Err(Bad::Negative { .. })));
        assert!(matches!(
            integer_text("9007199254740992"),
            Err(Bad::TooLarge { .. })
        ));
        assert_eq!(integer(&Cell::Number(42.0), false), Ok(Some(42)));
        assert!(integer(&Cell::Number(4.5), false).is_err());
        assert!(matches!(
            integer(&Cell::Number(-5.0), false),
            Err(Bad::Negative { .. })
        ));
        assert_eq!(integer(&Cell::Text(" - ".into()), false), Ok(None));
    }

    #[test]
    fn labels() {
        assert_eq!(label_of("Phóng sự truyền hình", FORMATS), Some("tv_report"));
        assert_eq!(label_of("tv_report", FORMATS), Some("tv_report"));
        assert_eq!(
            label_of("TIN, BÀI BÁO ĐIỆN TỬ", FORMATS),
            Some("online_article")
        );
        assert_eq!(label_of("Tích cực", TONES), Some("positive"));
        assert_eq!(label_of("Trung ương", LEVELS), Some("central"));
        assert_eq!(label_of("Của tỉnh", LEVELS), Some("provincial"));
        assert_eq!(label_of("Tỉnh bạn", LEVELS), Some("other_province"));
        assert_eq!(label_of("Rất tốt", TONES), None);
    }

    #[test]
    fn text_of_cells() {
        assert_eq!(text(&Cell::Number(1.1), false), Ok(Some("1.1".into())));
        assert_eq!(
            text(&Cell::Date(45419.0), false),
            Ok(Some("2024-05-07".into()))
        );
        assert_eq!(text(&Cell::Text("  — ".into()), false), Ok(None));
        assert!(text(&Cell::Error("#N/A".into()), false).is_err());
    }
}
