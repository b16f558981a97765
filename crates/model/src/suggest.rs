//! "Did you mean …?": the closest known id or code to a mistyped one.

/// The candidate closest to `value` by edit distance, when it is close enough to be
/// a plausible typo (at most a third of the length, at least one edit allowed).
pub fn closest<'a>(value: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = value.chars().count();
    let budget = (len / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(len) <= budget)
        .map(|c| (strsim::levenshtein(value, c), c))
        .filter(|(d, _)| *d > 0 && *d <= budget)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Vietnamese words people type for the English values of the closed lists
/// ("tích cực" for `positive`), folded: lower case, no diacritics, `-`/`_` as spaces.
const ALIASES: &[(&str, &str)] = &[
    ("tich cuc", "positive"),
    ("trung lap", "neutral"),
    ("trung tinh", "neutral"),
    ("tieu cuc", "negative"),
    ("trung uong", "central"),
    ("tinh", "provincial"),
    ("cua tinh", "provincial"),
    ("dia phuong", "provincial"),
    ("tinh ban", "other_province"),
    ("khac", "other"),
    ("bao in", "print_article"),
    ("bai bao in", "print_article"),
    ("bao dien tu", "online_article"),
    ("tin bai dien tu", "online_article"),
    ("phong su anh", "photo_story"),
    ("phong su truyen hinh", "tv_report"),
    ("truyen hinh", "tv_report"),
    ("phong su phat thanh", "radio_report"),
    ("phat thanh", "radio_report"),
    ("mang xa hoi", "social_post"),
];

/// The allowed value a Vietnamese word stands for, if it is one of `allowed`.
pub fn alias(value: &str, allowed: &[&'static str]) -> Option<&'static str> {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let folded: String = value
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            '-' | '_' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let folded = folded.trim();
    let (_, target) = ALIASES.iter().find(|(word, _)| *word == folded)?;
    allowed.iter().copied().find(|a| a == target)
}

#[cfg(test)]
mod tests {
    use super::{alias, closest};

    #[test]
    fn vietnamese_words_map_to_values() {
        let tones = ["positive", "neutral", "negative"];
        assert_eq!(alias("tich-cuc", &tones), Some("positive"));
        assert_eq!(alias("Tích cực", &tones), Some("positive"));
        assert_eq!(alias("tiêu cực", &tones), Some("negative"));
        assert_eq!(alias("trung ương", &tones), None, "not a tone");
    }

    #[test]
    fn finds_typos_only() {
        let outlets = ["vnexpress", "vtv", "vov", "nhandan"];
        assert_eq!(closest("vnexpres", outlets), Some("vnexpress"));
        assert_eq!(closest("nhan-dan", outlets), Some("nhandan"));
        assert_eq!(closest("khong-ton-tai", outlets), None);
        assert_eq!(closest("vtx", outlets), Some("vtv"));
        assert_eq!(closest("xyz", outlets), None);
        assert_eq!(
            closest("tich-cuc", ["positive", "neutral", "negative"]),
            None
        );
    }
}
