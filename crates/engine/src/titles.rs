//! The dataset's titles folded once, for the title search: typing a search then scans
//! one string instead of folding every title again at every keystroke (100k items:
//! ~120 ms a keystroke before; 1M: ~1 s).

use crate::search::fold_into;
use memchr::memmem::Finder;
use phusong_model::Dataset;

/// Every item's title, folded ([`crate::search::fold`]), in item order, each followed
/// by a NUL. Built from one dataset and only meaningful for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldedTitles {
    folded: String,
    /// Where each item's folded title ends in `folded` (the byte of its NUL).
    ends: Vec<usize>,
}

/// Ends every folded title. A search for a text without it cannot match across two
/// titles; a search for a text with it is answered title by title instead.
const SEPARATOR: char = '\0';

/// [`FoldedTitles`] being made, some titles at a time (1M items take ~0.2 s to fold in
/// Chromium: an app folds them in slices between which the page can paint and answer).
#[derive(Debug)]
pub struct FoldingTitles {
    done: FoldedTitles,
}

impl FoldingTitles {
    /// Starts folding the titles of `data`'s items (none folded yet).
    pub fn new(data: &Dataset) -> FoldingTitles {
        let bytes: usize = data.items.iter().map(|i| i.title().len() + 1).sum();
        FoldingTitles {
            done: FoldedTitles {
                folded: String::with_capacity(bytes),
                ends: Vec::with_capacity(data.items.len()),
            },
        }
    }

    /// Folds up to `count` more titles of `data` (the dataset given to [`FoldingTitles::new`]);
    /// true once every title is folded.
    pub fn fold_more(&mut self, data: &Dataset, count: usize) -> bool {
        let done = self.done.len();
        for item in data.items.iter().skip(done).take(count) {
            self.done.push(item.title());
        }
        self.done.len() >= data.items.len()
    }

    /// The titles folded so far (all of them once [`FoldingTitles::fold_more`] said so).
    pub fn finish(self) -> FoldedTitles {
        self.done
    }
}

impl FoldedTitles {
    /// Folds the titles of `data`'s items.
    pub fn new(data: &Dataset) -> FoldedTitles {
        let mut folding = FoldingTitles::new(data);
        folding.fold_more(data, usize::MAX);
        folding.finish()
    }

    /// Folds `title` as the next one.
    fn push(&mut self, title: &str) {
        fold_into(&mut self.folded, title);
        self.ends.push(self.folded.len());
        self.folded.push(SEPARATOR);
    }

    /// Number of titles.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no titles.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// For each item, whether its folded title contains `needle` (already folded);
    /// `None` when `needle` holds the separator (the caller then folds title by title).
    pub fn containing(&self, needle: &str) -> Option<Vec<bool>> {
        if needle.contains(SEPARATOR) {
            return None;
        }
        let mut hits = vec![needle.is_empty(); self.ends.len()];
        if needle.is_empty() {
            return Some(hits);
        }
        let finder = Finder::new(needle.as_bytes());
        let haystack = self.folded.as_bytes();
        let (mut from, mut item) = (0, 0);
        while let Some(found) = haystack.get(from..).and_then(|rest| finder.find(rest)) {
            let at = from + found;
            // The match has no separator, so it lies in one title: the first whose
            // end is past its start (a few titles on, mostly: walked to, not searched).
            while self.ends.get(item).is_some_and(|&end| end < at) {
                item += 1;
            }
            let Some((hit, &end)) = hits.get_mut(item).zip(self.ends.get(item)) else {
                break;
            };
            *hit = true;
            // The rest of this title cannot add anything.
            from = end + 1;
            item += 1;
        }
        Some(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{fold, matches_folded};
    use phusong_model::{load, SourceFile};
    use phusong_sample::{sample_json, SampleOptions};
    use proptest::prelude::*;

    fn titles(list: &[&str]) -> FoldedTitles {
        let mut index = FoldedTitles::default();
        for t in list {
            index.push(t);
        }
        index
    }

    fn by_title(list: &[&str], needle: &str) -> Vec<bool> {
        list.iter().map(|t| matches_folded(t, needle)).collect()
    }

    #[test]
    fn finds_folded_text_in_each_title() {
        let list = [
            "Thanh Hóa đẩy mạnh chuyển đổi số",
            "",
            "Chuyển đổi số ở Nghệ An",
            "số",
        ];
        let index = titles(&list);
        for needle in ["chuyen doi", "so", "thanh hoa", "an", "x", "số", "o"] {
            let needle = fold(needle);
            assert_eq!(
                index.containing(&needle),
                Some(by_title(&list, &needle)),
                "{needle}"
            );
        }
        assert_eq!(index.containing(""), Some(vec![true; 4]));
    }

    #[test]
    fn never_matches_across_two_titles() {
        // "ab" | "cd": "bc" is in neither.
        let index = titles(&["ab", "cd"]);
        assert_eq!(index.containing("bc"), Some(vec![false, false]));
        assert_eq!(index.containing("b"), Some(vec![true, false]));
    }

    #[test]
    fn a_needle_with_the_separator_is_left_to_the_caller() {
        assert_eq!(titles(&["a\0b"]).containing("a\0b"), None);
    }

    #[test]
    fn indexes_a_generated_dataset() {
        let file = sample_json(&SampleOptions {
            items: 300,
            seed: 7,
        });
        let loaded = load([SourceFile {
            name: "sample.json",
            bytes: file.as_bytes(),
        }]);
        let data = loaded.dataset.expect("the sample has a plan");
        let index = FoldedTitles::new(&data);
        assert_eq!(index.len(), data.items.len());
        // Folded in slices: the same.
        let mut folding = FoldingTitles::new(&data);
        let mut slices = 1;
        while !folding.fold_more(&data, 7) {
            slices += 1;
        }
        assert_eq!(slices, data.items.len().div_ceil(7));
        assert_eq!(folding.finish(), index);
        for needle in ["tuyen", "chuyen doi so", "a", "zzz"] {
            let expected: Vec<bool> = data
                .items
                .iter()
                .map(|i| matches_folded(i.title(), needle))
                .collect();
            assert_eq!(index.containing(needle), Some(expected), "{needle}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_folding_each_title(
            list in proptest::collection::vec("[aăâbcdđeêoôơuư \u{0301}\u{0323}ÁẮĐ]{0,8}", 0..12),
            needle in "[aăâbcdđeêoôơuư \u{0301}ÁĐ]{0,3}",
        ) {
            let list: Vec<&str> = list.iter().map(String::as_str).collect();
            let needle = fold(&needle);
            prop_assert_eq!(titles(&list).containing(&needle), Some(by_title(&list, &needle)));
        }
    }
}
