//! Folding of headers, labels and names: NFC, lower case, `đ` → `d`, no
//! diacritics, every run of other characters than letters and digits one space.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Folds `s` as the spec's "Matching a header or a label" says.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return fold_ascii(s);
    }
    fold_unicode(s)
}

/// [`fold`] of any text, through its decomposition.
fn fold_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    // NFD of the NFC form is the NFD form: one decomposition does both steps.
    for ch in s.nfd() {
        if is_combining_mark(ch) {
            continue;
        }
        for lower in ch.to_lowercase() {
            let lower = if lower == 'đ' { 'd' } else { lower };
            if lower.is_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(lower);
            } else {
                gap = true;
            }
        }
    }
    out
}

/// [`fold`] of ASCII text: no decomposition to do (most codes, ids and numbers).
fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else {
            gap = true;
        }
    }
    out
}

/// `s` without any text in parentheses (nested ones included), then folded.
pub fn fold_without_parentheses(s: &str) -> String {
    let mut kept = String::with_capacity(s.len());
    let mut depth = 0usize;
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => kept.push(ch),
            _ => {}
        }
    }
    fold(&kept)
}

/// Lower case without diacritics and with `đ` → `d`, but punctuation kept
/// (the totals rule needs to see a `:` after "Tổng cộng").
pub fn fold_keep_punctuation(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.nfd() {
        if is_combining_mark(ch) {
            continue;
        }
        for lower in ch.to_lowercase() {
            out.push(if lower == 'đ' { 'd' } else { lower });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Ngày đăng/phát"), "ngay dang phat");
        assert_eq!(fold("  ĐƯỜNG DẪN "), "duong dan");
        assert_eq!(fold("Tin, bài báo điện tử"), "tin bai bao dien tu");
        assert_eq!(fold("Giá trị (VNĐ)"), "gia tri vnd");
        // NFD input folds the same as NFC.
        let nfd: String = "Sắc thái".nfd().collect();
        assert_eq!(fold(&nfd), "sac thai");
        // ASCII takes a shorter way to the same result.
        for s in [
            "  Video/Clip 2 ",
            "tv_report",
            "A--b  C",
            "",
            "---",
            "01/2025/HĐ",
        ] {
            assert_eq!(fold(s), fold_unicode(s), "{s:?}");
        }
    }

    #[test]
    fn parentheses_are_removed_on_request() {
        assert_eq!(fold_without_parentheses("Đường dẫn (link)"), "duong dan");
        assert_eq!(
            fold_without_parentheses("Chỉ tiêu (tin, (bài))"),
            "chi tieu"
        );
        assert_eq!(fold_keep_punctuation("Tổng cộng:"), "tong cong:");
    }
}
