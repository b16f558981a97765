//! Search folding: case, diacritics and Unicode form ignored, so that "thanh hoa"
//! finds "Thanh Hóa" whether the file was written in NFC or NFD.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds text for matching: NFD, combining marks dropped, đ → d, lower case.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// Appends `text` folded (see [`fold`]) to `out`.
///
/// Character by character: ASCII as it is (lower-cased: it has no decomposition), Latin
/// and Vietnamese letters from a table, any other character through its canonical
/// decomposition. That is the NFD of the whole text but for the canonical reordering of
/// combining characters, and those are all combining marks, which folding drops (tested
/// over every character), so the result is the same, several times faster.
pub fn fold_into(out: &mut String, text: &str) {
    // Built on the first non-ASCII character ever folded (~2 ms in Chromium, once).
    let mut table = None;
    for c in text.chars() {
        let code = c as usize;
        if code < 0x80 {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match table.get_or_insert_with(latin_table).get(code - 0x80) {
            Some(&DROPPED) => {}
            Some(&byte) if byte != UNTABLED => out.push(char::from(byte)),
            _ => decompose_canonical(c, |d| fold_decomposed(out, d)),
        }
    }
}

/// Characters from U+0080 to the end of the Latin Extended Additional block (Vietnamese letters).
const TABLED: usize = 0x1F00 - 0x80;
/// In the table: the character folds to nothing (a combining mark).
const DROPPED: u8 = 0xFF;
/// In the table: the character does not fold to one ASCII letter (decompose it).
const UNTABLED: u8 = 0;

/// What each character of U+0080..U+1EFF folds to, when that is nothing or one ASCII
/// character; computed once, by folding each of them the long way.
fn latin_table() -> &'static [u8; TABLED] {
    static TABLE: std::sync::OnceLock<Box<[u8; TABLED]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Box::new([UNTABLED; TABLED]);
        for (slot, code) in table.iter_mut().zip(0x80u32..) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut folded = String::new();
            decompose_canonical(c, |d| fold_decomposed(&mut folded, d));
            *slot = match folded.as_bytes() {
                [] => DROPPED,
                &[b] if b.is_ascii() && b != 0 => b,
                _ => UNTABLED,
            };
        }
        table
    })
}

/// One character of a canonical decomposition, folded.
fn fold_decomposed(out: &mut String, c: char) {
    if is_combining_mark(c) {
        return;
    }
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Whether `text` contains the already folded `needle`.
pub fn matches_folded(text: &str, needle: &str) -> bool {
    needle.is_empty() || fold(text).contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::UnicodeNormalization;

    /// The definition: NFD of the whole text, then each character folded by the rule
    /// (marks dropped, đ → d, lower case; its cases: `ignores_case_diacritics_and_form`).
    /// What `fold_into` does instead (ASCII as it is, the table, no reordering) is what
    /// the tests below compare with it.
    fn fold_by_definition(text: &str) -> String {
        let mut out = String::new();
        for c in text.nfd() {
            fold_decomposed(&mut out, c);
        }
        out
    }

    #[test]
    fn ignores_case_diacritics_and_form() {
        let nfc = "Thanh Hóa đẩy mạnh chuyển đổi số";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for text in [nfc, nfd.as_str()] {
            assert!(matches_folded(text, &fold("thanh hoa")));
            assert!(matches_folded(text, &fold("CHUYỂN ĐỔI")));
            assert!(matches_folded(text, &fold("day manh")));
            assert!(!matches_folded(text, &fold("nghe an")));
        }
        assert_eq!(fold("ĐƯỜNG Ơ"), "duong o");
    }

    #[test]
    fn every_character_folds_as_the_definition_says() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(fold(&s), fold_by_definition(&s), "U+{:04X}", c as u32);
        }
    }

    /// Canonical reordering (part of NFD, skipped by `fold_into`) only moves characters
    /// of non-zero combining class; all of them are combining marks, dropped by folding.
    #[test]
    fn reordered_characters_are_all_dropped() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if canonical_combining_class(c) != 0 {
                assert!(is_combining_mark(c), "U+{:04X}", c as u32);
            }
        }
    }

    proptest! {
        #[test]
        fn folds_texts_as_the_definition_says(
            text in "([a-zA-Z0-9 .,đĐ]|[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]|[\u{0300}-\u{036F}]|\\PC){0,40}"
        ) {
            prop_assert_eq!(fold(&text), fold_by_definition(&text));
        }
    }
}
