//! Bytes written almost as they are into a windows-1252 page, and read back from the text the
//! browser decoded.
//!
//! The offline file (`dist/phusong.html`) and a shared report are windows-1252 pages: a byte
//! is one character there, so the wasm and the data ride in data blocks with a seventh more
//! bytes than they have (base64 costs a third more). In a `<script>` data block the HTML parser
//! changes only NUL (to U+FFFD) and CR (to LF), and `<` could end the block; and windows-1252
//! decodes bytes 0x80–0x9F to characters past U+00FF, which make the browser hold the whole
//! page as two-byte text (measured: 40–80 ms more to open the offline file). So those bytes, and
//! `=` itself, are written as `=` and the byte XOR 0x40 (`=@`, `=M`, `=|`, `=}`, 0xC0–0xDF).
//! Everything else of the page is ASCII (`scripts/post_build.py` escapes the rest), so the page
//! reads the same in any ASCII-compatible encoding but the data blocks.
//!
//! `scripts/post_build.py` writes the blocks of the offline file the same way, and its boot
//! script reads the wasm's as [`unescape`] does.

use thiserror::Error;

/// The byte that starts an escape.
const ESCAPE: u8 = b'=';
/// XORed with an escaped byte.
const FLIP: u8 = 0x40;

/// Why a data block's text does not give bytes back.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum TextError {
    /// A character no writer puts in a block: the page was read in another encoding (a server
    /// that says UTF-8, an editor that saved it again).
    #[error("character U+{0:04X} at {1} is not one of a data block: the page was decoded in another encoding")]
    NotWindows1252(u32, usize),
    /// An escape that no writer makes, or a byte it would have escaped.
    #[error("bad escape at {0}")]
    BadEscape(usize),
}

/// Whether `byte` must be escaped in a data block.
fn escaped(byte: u8) -> bool {
    matches!(byte, 0x00 | b'\r' | b'<' | ESCAPE | 0x80..=0x9F)
}

/// `bytes` as they go into a data block of a windows-1252 page.
pub fn escape(bytes: &[u8]) -> Vec<u8> {
    let extra = bytes.iter().filter(|&&b| escaped(b)).count();
    let mut out = Vec::with_capacity(bytes.len() + extra);
    for &b in bytes {
        if escaped(b) {
            out.push(ESCAPE);
            out.push(b ^ FLIP);
        } else {
            out.push(b);
        }
    }
    out
}

/// The byte windows-1252 decodes to `c`, for the characters that stand for themselves (all
/// but U+0080–U+009F and those past U+00FF).
fn byte_of(c: char) -> Option<u8> {
    u8::try_from(u32::from(c))
        .ok()
        .filter(|b| !(0x80..=0x9F).contains(b))
}

/// The bytes of a data block from its text as the browser decoded it (`textContent`).
pub fn unescape(text: &str) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().enumerate();
    while let Some((at, c)) = chars.next() {
        let byte = byte_of(c).ok_or(TextError::NotWindows1252(u32::from(c), at))?;
        if byte != ESCAPE {
            // A byte no writer leaves as it is (NUL, CR, `<`): not a block's text.
            if escaped(byte) {
                return Err(TextError::BadEscape(at));
            }
            out.push(byte);
            continue;
        }
        let next = chars.next().and_then(|(_, c)| byte_of(c));
        match next.map(|n| n ^ FLIP).filter(|&b| escaped(b)) {
            Some(b) => out.push(b),
            None => return Err(TextError::BadEscape(at)),
        }
    }
    Ok(out)
}

/// A page serialized by the browser (its DOM as text) as windows-1252 bytes: each character
/// that stands for itself as one byte, any other as a character reference. Only for text where
/// a reference means the character (text and attribute values): the page's scripts and styles
/// are ASCII and its data blocks hold only characters that stand for themselves.
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// How a browser's windows-1252 decoder reads a block's bytes (they never hold 0x80–0x9F).
    fn decode(bytes: &[u8]) -> String {
        bytes.iter().map(|&b| char::from(b)).collect()
    }

    #[test]
    fn what_the_parser_would_change_is_escaped() {
        let out = escape(b"a\0b\rc<d=e\n\x80\x9f\xa0");
        assert_eq!(out, b"a=@b=Mc=|d=}e\n=\xc0=\xdf\xa0");
        for forbidden in [0u8, b'\r', b'<'] {
            assert!(!out.contains(&forbidden));
        }
        assert!(!out.iter().any(|b| (0x80..=0x9F).contains(b)));
    }

    #[test]
    fn text_in_another_encoding_is_refused() {
        // U+FFFD: what a UTF-8 reading of a lone high byte gives; U+20AC: windows-1252's 0x80,
        // which no writer leaves in a block.
        assert_eq!(
            unescape("ab\u{FFFD}"),
            Err(TextError::NotWindows1252(0xFFFD, 2))
        );
        assert_eq!(
            unescape("\u{20AC}"),
            Err(TextError::NotWindows1252(0x20AC, 0))
        );
        assert_eq!(unescape("a="), Err(TextError::BadEscape(1)));
        assert_eq!(unescape("a=A"), Err(TextError::BadEscape(1)));
        assert_eq!(unescape("a\0"), Err(TextError::BadEscape(1)));
        assert_eq!(unescape("<"), Err(TextError::BadEscape(0)));
    }

    #[test]
    fn a_page_keeps_its_bytes_and_references_the_rest() {
        let text = "<title>Báo bản</title>\u{20AC}\u{FF}";
        assert_eq!(
            page_bytes(text),
            b"<title>B\xE1o b&#7843;n</title>&#8364;\xFF"
        );
    }

    proptest! {
        #[test]
        fn escaped_bytes_read_back(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let text = decode(&escape(&bytes));
            prop_assert!(!text.contains(['\0', '\r', '<']));
            let in_blocks = |c: char| byte_of(c).is_some();
            prop_assert!(text.chars().all(in_blocks));
            prop_assert_eq!(unescape(&text).unwrap(), bytes);
        }
    }
}
