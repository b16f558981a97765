//! A hand-written reader for records of the plain shape nearly every real record has: an
//! object whose values are strings without escapes, non-negative integers, `true`,
//! `false`, `null`, or arrays of those. It fills the same field slots as the serde_json
//! path of [`crate::parse_slices`] and gives up (`None`) on anything else (an escape, a
//! nested object, a negative or fractional number, a repeated key, a syntax error, the
//! end of the text), so that the caller reads that record with serde_json as before:
//! what it accepts it reads exactly as serde_json does, which a proptest checks.
//!
//! Why: in the browser, serde_json's per-record machinery (a deserializer per record,
//! visitor calls per key and value, strings scanned four bytes at a time on wasm32) was
//! most of the parse; this loop scans strings eight bytes at a time and calls nothing.

use crate::raw::{Packed, Seen};
use smallvec::SmallVec;
use std::borrow::Cow;

/// Reads the record that starts at `text[0]` (`{`) into one slot per name of `names`
/// (`N` of them); returns the slots and the number of bytes read (just past the `}`), or
/// `None` when the record is not of the plain shape.
pub(crate) fn read<'a, const N: usize>(
    text: &'a str,
    names: &'static [&'static str],
) -> Option<([Option<Seen<'a>>; N], usize)> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let mut slots: [Option<Seen<'a>>; N] = std::array::from_fn(|_| None);
    r.expect(b'{')?;
    r.skip_whitespace();
    if r.eat(b'}') {
        return Some((slots, r.pos));
    }
    loop {
        r.expect(b'"')?;
        let key = r.string_body()?;
        r.skip_whitespace();
        r.expect(b':')?;
        r.skip_whitespace();
        let value = r.value(true)?;
        if let Some(i) = names.iter().position(|name| *name == key) {
            let slot = slots.get_mut(i)?;
            if slot.is_some() {
                // A repeated key: serde_json's path records it as such.
                return None;
            }
            *slot = Some(value);
        }
        r.skip_whitespace();
        match r.next()? {
            b',' => r.skip_whitespace(),
            b'}' => return Some((slots, r.pos)),
            _ => return None,
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// A value: a string, a non-negative integer, a literal, or (`array_allowed`) an
    /// array of those.
    fn value(&mut self, array_allowed: bool) -> Option<Seen<'a>> {
        match self.next()? {
            b'"' => Some(Seen::Str(Cow::Borrowed(self.string_body()?))),
            b'0'..=b'9' => self.integer(),
            b't' => self.literal(b"rue", Seen::Bool(true)),
            b'f' => self.literal(b"alse", Seen::Bool(false)),
            b'n' => self.literal(b"ull", Seen::Null),
            b'[' if array_allowed => self.array(),
            _ => None,
        }
    }

    fn literal(&mut self, rest: &[u8], value: Seen<'a>) -> Option<Seen<'a>> {
        let end = self.pos.checked_add(rest.len())?;
        (self.bytes.get(self.pos..end)? == rest).then(|| {
            self.pos = end;
            value
        })
    }

    /// The rest of an array after `[`: scalars only. Gathered inline first, then moved to
    /// a heap block of exactly their number (a `Vec` grown by `push` takes room for four,
    /// where the usual theme list has one code: 100k such blocks are alive with the parsed
    /// records when a load's memory peaks).
    fn array(&mut self) -> Option<Seen<'a>> {
        let mut items: SmallVec<[Seen<'a>; 4]> = SmallVec::new();
        self.skip_whitespace();
        if self.eat(b']') {
            return Some(Seen::Array(Box::default()));
        }
        loop {
            items.push(self.value(false)?);
            self.skip_whitespace();
            match self.next()? {
                b',' => self.skip_whitespace(),
                b']' => {
                    // Not collected: collecting starts at a capacity of four (then shrinks).
                    let mut exact = Vec::with_capacity(items.len());
                    exact.extend(items);
                    return Some(Seen::Array(exact.into_boxed_slice()));
                }
                _ => return None,
            }
        }
    }

    /// An integer whose first digit was just read: `0` or no leading zero, at most what
    /// a `u64` holds, and no fraction or exponent (serde_json reads those as floats).
    fn integer(&mut self) -> Option<Seen<'a>> {
        let start = self.pos - 1;
        let first = *self.bytes.get(start)?;
        let mut n = u64::from(first - b'0');
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if first == b'0' {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            self.pos += 1;
        }
        match self.peek() {
            Some(b'.' | b'e' | b'E') => None,
            _ => Some(Seen::Unsigned(Packed::<u64>::new(n))),
        }
    }

    /// The rest of a string after its opening quote, up to and past the closing one;
    /// `None` at an escape or a control character (left to serde_json) or the text's end.
    fn string_body(&mut self) -> Option<&'a str> {
        let start = self.pos;
        let end = start + special_byte(self.bytes.get(start..)?)?;
        if self.bytes.get(end) != Some(&b'"') {
            return None;
        }
        self.pos = end + 1;
        // `text` is a `&str` and both ends sit at ASCII bytes: character boundaries.
        self.text.get(start..end)
    }
}

/// The offset of the first byte in `bytes` that ends a plain string: a quote, a
/// backslash or a control character (below U+0020), eight bytes at a time.
fn special_byte(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    let mut words = bytes.chunks_exact(8);
    for word in words.by_ref() {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(word);
        let x = u64::from_le_bytes(buf);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        // A byte is flagged when it is zero after the xor (a match) or below 0x20; a
        // borrow can only flag bytes after a real match, so the lowest flag is exact.
        let flags = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x);
        let flags = flags & HIGHS;
        if flags != 0 {
            return Some(at + (flags.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = words.remainder();
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_byte_finds_the_first_quote_backslash_or_control_character() {
        for len in 0..40 {
            for at in 0..len {
                for special in [b'"', b'\\', 0x00, 0x1F, b'\n'] {
                    // Letters around it, some of them multi-byte (high bytes never match).
                    let mut bytes: Vec<u8> = "aé~ \u{1EA1}".bytes().cycle().take(len).collect();
                    bytes[at] = special;
                    assert_eq!(special_byte(&bytes), Some(at), "{bytes:?}");
                }
            }
            let plain: Vec<u8> = "xyz ạ!#".bytes().cycle().take(len).collect();
            assert_eq!(special_byte(&plain), None);
        }
    }
}
