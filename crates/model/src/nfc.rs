//! Display text in NFC: Vietnamese text may arrive in NFC or NFD (spec: "display and
//! keyword matching treat both the same"), and fonts draw precomposed letters, not a
//! base letter plus combining marks. Ids and codes are never normalised: they compare
//! exactly.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `text` in NFC, copying it only when it is not already NFC.
pub fn display(text: Cow<'_, str>) -> String {
    if always_nfc_text(&text) {
        return text.into_owned();
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.into_owned(),
        _ => text.nfc().collect(),
    }
}

/// Whether `text` is already in NFC (display text can then be used as it is).
pub fn is_display(text: &str) -> bool {
    always_nfc_text(text) || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

/// Appends `text` in NFC to `out` (copied as it is when it is already NFC).
pub fn push_display(out: &mut String, text: &str) {
    if is_display(text) {
        out.push_str(text);
    } else {
        out.extend(text.nfc());
    }
}

/// Whether every character of `text` is in the ranges of `always_nfc` (below), read
/// byte by byte (their UTF-8 forms: no decoding; every title is checked once).
fn always_nfc_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        i += match lead {
            // U+0000–U+007F.
            0x00..=0x7F => 1,
            // U+0080–U+02FF: C2 80 – CB BF.
            0xC2..=0xCB => 2,
            // U+1E00–U+1EFF: E1 B8 80 – E1 BB BF.
            0xE1 if (0xB8..=0xBB).contains(&next(1)) => 3,
            // U+2002–U+206F: E2 80 82 – E2 81 AF.
            0xE2 if (next(1) == 0x80 && next(2) >= 0x82)
                || (next(1) == 0x81 && next(2) <= 0xAF) =>
            {
                3
            }
            _ => return false,
        };
    }
    true
}

/// The reference for [`always_nfc_text`] (tested against it, character by character).
/// Whether `c` is NFC whatever surrounds it (NFC quick check "Yes" and combining class 0),
/// by range, for the letters of NFC Vietnamese: everything below U+0300 (ASCII, Latin-1,
/// Latin Extended-A and -B: đ, ơ, ư), Latin Extended Additional (ạ … ỹ) and most of General
/// Punctuation (– “ ” …). Text made only of these needs no table lookup; the test below
/// checks every character of the ranges against the Unicode tables.
#[cfg(test)]
fn always_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2002}'..='\u{206F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_becomes_nfc_and_nfc_is_kept() {
        let nfd = "Thanh Ho\u{61}\u{300}\u{301}"; // odd but valid: a + two marks
        assert_eq!(display(Cow::Borrowed(nfd)), nfd.nfc().collect::<String>());
        let vn_nfd: String = "Khẳng định vị thế".nfd().collect();
        assert_ne!(vn_nfd, "Khẳng định vị thế");
        assert_eq!(display(Cow::Owned(vn_nfd)), "Khẳng định vị thế");
        assert_eq!(display(Cow::Borrowed("<script>")), "<script>");
    }

    #[test]
    fn the_fast_ranges_hold_only_characters_that_are_always_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        let mut checked = 0;
        for c in (0..=0x2070u32)
            .filter_map(char::from_u32)
            .filter(|&c| always_nfc(c))
        {
            assert_eq!(
                is_nfc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
            assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            checked += 1;
        }
        assert_eq!(checked, 0x300 + 0x100 + 0x6E);
        // The neighbours left out are not always NFC: a combining grave, an en quad.
        assert!(!always_nfc('\u{300}') && !always_nfc('\u{2000}'));
        assert_ne!(is_nfc_quick(std::iter::once('\u{300}')), IsNormalized::Yes);
        assert_ne!(is_nfc_quick(std::iter::once('\u{2000}')), IsNormalized::Yes);
    }

    #[test]
    fn the_byte_check_agrees_with_the_character_ranges() {
        for c in (0..=0x3000u32)
            .chain(0x1_0000..0x1_0100)
            .filter_map(char::from_u32)
        {
            let one = c.to_string();
            assert_eq!(always_nfc_text(&one), always_nfc(c), "U+{:04X}", c as u32);
            let mixed = format!("ạ{c}ư–");
            assert_eq!(
                always_nfc_text(&mixed),
                always_nfc(c),
                "U+{:04X} among others",
                c as u32
            );
        }
        assert!(always_nfc_text(""));
    }

    #[test]
    fn nfc_vietnamese_with_punctuation_is_kept_as_is() {
        let title = "Kỷ niệm 95 năm Ngày thành lập Đảng – “Đổi mới” … ưu tiên đầu tư";
        assert_eq!(display(Cow::Borrowed(title)), title);
        let nfd: String = title.nfd().collect();
        assert_eq!(display(Cow::Owned(nfd)), title);
    }
}
