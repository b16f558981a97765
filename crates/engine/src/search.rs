//! Search folding: case, diacritics and Unicode form ignored, so that "thanh hoa"
//! finds "Thanh Hóa" whether the file was written in NFC or NFD.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds text for matching: NFD, combining marks dropped, đ → d, lower case.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether `text` contains the already folded `needle`.
pub fn matches_folded(text: &str, needle: &str) -> bool {
    needle.is_empty() || fold(text).contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

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
    }
}
