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

#[cfg(test)]
mod tests {
    use super::closest;

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
