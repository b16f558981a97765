//! Text into XML: every string the document carries goes through [`text`] or [`attr`],
//! which normalise it to NFC, drop what XML 1.0 cannot hold (control characters,
//! U+FFFE/U+FFFF) and escape markup, so untrusted text never changes the document's shape.

use unicode_normalization::UnicodeNormalization;

/// Whether XML 1.0 can hold `c` at all.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// Appends `s` as element content: NFC, escaped.
pub fn text(out: &mut String, s: &str) {
    for c in s.nfc() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// Appends `s` as an attribute value (between double quotes): NFC, escaped, line breaks
/// and tabs kept as character references.
pub fn attr(out: &mut String, s: &str) {
    for c in s.nfc() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `s` as an attribute value, returned.
pub fn attr_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    attr(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_normalises() {
        let mut out = String::new();
        // "Hòa" in NFD (o + combining grave), markup, a NUL and a U+FFFF.
        text(&mut out, "Ho\u{300}a <w:p/> & \u{0}x\u{FFFF}");
        assert_eq!(out, "Hòa &lt;w:p/&gt; &amp; x");
        assert_eq!(attr_string("a\"b'c\n<"), "a&quot;b&apos;c&#10;&lt;");
    }
}
