//! Bytes written as they are into a windows-1252 page, and read back from the text the
//! browser decoded.
//!
//! The offline file (`dist/phusong.html`) and a shared report are windows-1252 pages: every
//! byte is one character there, so the wasm and the data ride in data blocks almost as
//! they are (base64 costs a third more). In a `<script>` data block the HTML parser changes
//! only NUL (to U+FFFD) and CR (to LF), and `<` could end the block; so those, and `=` itself,
//! are written as `=` and the byte plus 0x40 (`=@`, `=M`, `=|`, `=}`). Everything else of the
//! page is ASCII (`scripts/post_build.py` escapes the rest), so the page reads the same in
//! any ASCII-compatible encoding but the data blocks.
//!
//! `scripts/post_build.py` writes the blocks of the offline file the same way, and its boot
//! script reads the wasm's as [`unescape`] does.

use thiserror::Error;

/// The byte that starts an escape.
const ESCAPE: u8 = b'=';
/// Added to an escaped byte.
const SHIFT: u8 = 0x40;

/// The characters of windows-1252's bytes 0x80–0x9F (WHATWG Encoding; the five bytes it
/// leaves undefined decode to the C1 control of the same number).
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Why a data block's text does not give bytes back.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum TextError {
    /// A character windows-1252 has no byte for: the page was read in another encoding
    /// (a server that says UTF-8, an editor that saved it again).
    #[error(
        "character U+{0:04X} at {1} is not windows-1252: the page was decoded in another encoding"
    )]
    NotWindows1252(u32, usize),
    /// An escape that no writer makes.
    #[error("bad escape at {0}")]
    BadEscape(usize),
}

/// Whether `byte` must be escaped in a data block.
fn escaped(byte: u8) -> bool {
    matches!(byte, 0x00 | b'\r' | b'<' | ESCAPE)
}

/// `bytes` as they go into a data block of a windows-1252 page.
pub fn escape(bytes: &[u8]) -> Vec<u8> {
    let extra = bytes.iter().filter(|&&b| escaped(b)).count();
    let mut out = Vec::with_capacity(bytes.len() + extra);
    for &b in bytes {
        if escaped(b) {
            out.push(ESCAPE);
            out.push(b + SHIFT);
        } else {
            out.push(b);
        }
    }
    out
}

/// The byte windows-1252 decodes to `c`, if any.
pub fn byte_of(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    let at = HIGH.iter().position(|&h| h == c)?;
    u8::try_from(0x80 + at).ok()
}

/// The bytes of a data block from its text as the browser decoded it (`textContent`).
pub fn unescape(text: &str) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().enumerate();
    while let Some((at, c)) = chars.next() {
        let byte = byte_of(c).ok_or(TextError::NotWindows1252(u32::from(c), at))?;
        if byte != ESCAPE {
            out.push(byte);
            continue;
        }
        let next = chars.next().and_then(|(_, c)| byte_of(c));
        match next
            .and_then(|n| n.checked_sub(SHIFT))
            .filter(|&b| escaped(b))
        {
            Some(b) => out.push(b),
            None => return Err(TextError::BadEscape(at)),
        }
    }
    Ok(out)
}

/// A page serialized by the browser (its DOM as text) as windows-1252 bytes: each
/// character windows-1252 has as one byte, any other as a character reference. Only for text
/// where a reference means the character (text and attribute values): the page's scripts
/// and styles are ASCII and its data blocks windows-1252 already.
pub fn page_bytes(html: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len());
    for c in html.chars() {
        match byte_of(c) {
            Some(b) => out.push(b),
            None => out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes()),
        }
    }
    out
}

/// How windows-1252 decodes `bytes` (what the browser's text of them is).
pub fn decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_byte_is_one_character_and_back() {
        let all: Vec<u8> = (0..=255).collect();
        let text = decode(&all);
        assert_eq!(text.chars().count(), 256);
        let back: Vec<u8> = text.chars().map(|c| byte_of(c).unwrap()).collect();
        assert_eq!(back, all);
    }

    #[test]
    fn what_the_parser_would_change_is_escaped() {
        let out = escape(b"a\0b\rc<d=e\n");
        assert_eq!(out, b"a=@b=Mc=|d=}e\n");
        for forbidden in [0u8, b'\r', b'<'] {
            assert!(!out.contains(&forbidden));
        }
    }

    #[test]
    fn text_in_another_encoding_is_refused() {
        // What a UTF-8 reading of bytes 0xC3 0xA9 would give is fine (two 1252 characters),
        // but a character outside windows-1252 says the page was read otherwise.
        assert_eq!(
            unescape("ab\u{FFFD}"),
            Err(TextError::NotWindows1252(0xFFFD, 2))
        );
        assert_eq!(unescape("a="), Err(TextError::BadEscape(1)));
        assert_eq!(unescape("a=A"), Err(TextError::BadEscape(1)));
    }

    #[test]
    fn a_page_keeps_its_bytes_and_references_the_rest() {
        let text = format!("<title>Báo bản</title>{}", decode(&[0x80, 0x9D, 0xFF]));
        let bytes = page_bytes(&text);
        assert!(bytes.starts_with(b"<title>B\xE1o b&#7843;n</title>"));
        assert!(bytes.ends_with(&[0x80, 0x9D, 0xFF]));
    }

    proptest! {
        #[test]
        fn escaped_bytes_read_back(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let text = decode(&escape(&bytes));
            prop_assert!(!text.contains(['\0', '\r', '<']));
            prop_assert_eq!(unescape(&text).unwrap(), bytes);
        }
    }
}
