//! Minimal JSON text writers: escaped strings, plain integers and dates.
//!
//! Everything is appended to a `String`, which cannot fail, so the generator
//! builds lines without `Result` plumbing and hands them to the sink in chunks.

use crate::calendar::Date;

/// Appends `s` as a JSON string literal (quotes included), escaping `"`, `\`
/// and control characters.
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0..=0x1f => None,
            _ => continue,
        };
        out.push_str(&s[start..i]);
        match esc {
            Some(e) => out.push_str(e),
            None => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends a non-negative integer in plain decimal.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// Appends `n` with at least `width` digits, zero-padded.
pub fn push_padded(out: &mut String, n: u64, width: usize) {
    let mut digits = 1;
    let mut m = n / 10;
    while m > 0 {
        digits += 1;
        m /= 10;
    }
    for _ in digits..width {
        out.push('0');
    }
    push_u64(out, n);
}

/// Appends the bare `YYYY-MM-DD` text of `d` (no quotes).
pub fn push_date_text(out: &mut String, d: Date) {
    push_padded(out, u64::from(d.year), 4);
    out.push('-');
    push_padded(out, u64::from(d.month), 2);
    out.push('-');
    push_padded(out, u64::from(d.day), 2);
}

/// Appends `d` as a quoted JSON date string.
pub fn push_date(out: &mut String, d: Date) {
    out.push('"');
    push_date_text(out, d);
    out.push('"');
}

/// Appends `"key": ` (key quoted, followed by a colon and a space).
pub fn push_key(out: &mut String, key: &str) {
    push_str(out, key);
    out.push_str(": ");
}

/// Appends a JSON array of strings on one line.
pub fn push_str_array<'a>(out: &mut String, items: impl IntoIterator<Item = &'a str>) {
    out.push('[');
    for (i, s) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_str(out, s);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_serde() {
        let s = "Thanh Hóa \"A\" \\ \n\t\u{1}";
        let mut out = String::new();
        push_str(&mut out, s);
        let back: String = serde_json::from_str(&out).expect("valid JSON string");
        assert_eq!(back, s);
    }

    #[test]
    fn numbers_and_dates() {
        let mut out = String::new();
        push_u64(&mut out, 0);
        out.push(' ');
        push_u64(&mut out, 9_007_199_254_740_991);
        out.push(' ');
        push_padded(&mut out, 42, 6);
        out.push(' ');
        push_date(
            &mut out,
            Date {
                year: 2025,
                month: 4,
                day: 30,
            },
        );
        assert_eq!(out, "0 9007199254740991 000042 \"2025-04-30\"");
    }
}
