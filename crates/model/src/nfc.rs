//! Display text in NFC: Vietnamese text may arrive in NFC or NFD (spec: "display and
//! keyword matching treat both the same"), and fonts draw precomposed letters, not a
//! base letter plus combining marks. Ids and codes are never normalised: they compare
//! exactly.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `text` in NFC, copying it only when it is not already NFC.
pub fn display(text: Cow<'_, str>) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.into_owned(),
        _ => text.nfc().collect(),
    }
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
}
