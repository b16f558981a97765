//! Theme suggestions ("Gợi ý nội dung"): themes for the untagged items from the plan's
//! keywords ([`phusong_model::Theme::keywords`]), and a check of the tagged ones.
//!
//! The rules:
//! - a keyword matches an item when its words appear, in order and next to each other, among
//!   the words of the item's title or of its summary (each on its own: a keyword never spans
//!   the two), both folded as the title search folds ([`crate::search::fold`]: case,
//!   diacritics, NFC/NFD ignored). A word is a run of letters and digits: "du lịch" matches
//!   "Du lịch Sầm Sơn" and "du-lịch", never "du lịchxyz"; "an" never matches "Thanh";
//! - a theme matches when one of its keywords does; of a theme and its ancestor that both
//!   match, only the deeper one is suggested; unrelated themes are all suggested, in plan order;
//! - each suggestion carries the keyword that matched (the first one, in text order);
//! - only items in the plan period are looked at (the others do not count in the report).
//!
//! A tagged item whose *title* matches some theme's keywords but none on the line of its own
//! themes (the theme itself, an ancestor or a descendant) is flagged ([`Flagged`]): a check
//! for the author, never a change.
//!
//! Cost: one fold and one split per text, then for each word a binary search among the
//! keywords' first words (the sample's 1,500 items in ~1 ms natively).

use crate::search::fold_into;
use phusong_model::{Dataset, Plan, ThemeIdx};

/// A theme suggested for an item, with the keyword that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// The theme.
    pub theme: ThemeIdx,
    /// Index of the keyword in the theme's `keywords`.
    pub keyword: u32,
}

impl Suggestion {
    /// The keyword that matched, as the plan writes it.
    pub fn keyword<'a>(&self, plan: &'a Plan) -> &'a str {
        plan.themes
            .get(self.theme as usize)
            .and_then(|t| t.keywords.get(self.keyword as usize))
            .map_or("", String::as_str)
    }
}

/// An item and the themes suggested for it (at least one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggested {
    /// Position of the item in [`Dataset::items`].
    pub item: u32,
    /// The themes, in plan order, none an ancestor of another.
    pub themes: Vec<Suggestion>,
}

/// A tagged item whose title matches other themes' keywords and none of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    /// Position of the item in [`Dataset::items`].
    pub item: u32,
    /// The themes its title matches (as [`Suggested::themes`]).
    pub matched: Vec<Suggestion>,
}

/// The suggestions for a dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// Untagged items with at least one suggestion, in item order.
    pub items: Vec<Suggested>,
    /// Untagged items (in the period) for which no keyword matched.
    pub unmatched: usize,
    /// Tagged items to check, in item order.
    pub flagged: Vec<Flagged>,
}

/// One keyword, folded and split into words.
#[derive(Debug, Clone)]
struct Entry {
    first: Box<str>,
    rest: Vec<Box<str>>,
    theme: ThemeIdx,
    keyword: u32,
}

/// The plan's keywords, ready to match texts against.
#[derive(Debug, Clone)]
pub struct Keywords {
    /// Sorted by first word.
    entries: Vec<Entry>,
    /// Each theme's `subtree_end` (descendants are `theme + 1 .. subtree_end`).
    subtree_end: Vec<ThemeIdx>,
}

/// The words of folded text: runs of letters and digits, as byte ranges.
fn split_words(folded: &str, words: &mut Vec<(usize, usize)>) {
    words.clear();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, folded.len()));
    }
}

impl Keywords {
    /// The keywords of `plan`'s themes (a keyword without any letter or digit is left out).
    pub fn new(plan: &Plan) -> Keywords {
        let mut entries = Vec::new();
        let mut folded = String::new();
        let mut words = Vec::new();
        for (theme, t) in (0..).zip(&plan.themes) {
            for (keyword, k) in (0..).zip(&t.keywords) {
                folded.clear();
                fold_into(&mut folded, k);
                split_words(&folded, &mut words);
                let mut parts = words.iter().map(|&(s, e)| Box::<str>::from(&folded[s..e]));
                let Some(first) = parts.next() else { continue };
                entries.push(Entry {
                    first,
                    rest: parts.collect(),
                    theme,
                    keyword,
                });
            }
        }
        entries.sort_by(|a, b| a.first.cmp(&b.first));
        Keywords {
            entries,
            subtree_end: plan.themes.iter().map(|t| t.subtree_end).collect(),
        }
    }

    /// Whether `ancestor` is a strict ancestor of `theme`.
    fn is_ancestor(&self, ancestor: ThemeIdx, theme: ThemeIdx) -> bool {
        ancestor < theme
            && self
                .subtree_end
                .get(ancestor as usize)
                .is_some_and(|&end| theme < end)
    }

    /// Whether two themes are on one line (equal, or one an ancestor of the other).
    fn related(&self, a: ThemeIdx, b: ThemeIdx) -> bool {
        a == b || self.is_ancestor(a, b) || self.is_ancestor(b, a)
    }

    /// Adds to `found` the keywords matching `text`, one per theme (the first in text order).
    fn collect(&self, text: &str, scratch: &mut Scratch, found: &mut Vec<Suggestion>) {
        scratch.folded.clear();
        fold_into(&mut scratch.folded, text);
        split_words(&scratch.folded, &mut scratch.words);
        let folded = scratch.folded.as_str();
        let words = &scratch.words;
        let word = |i: usize| words.get(i).map(|&(s, e)| &folded[s..e]);
        for i in 0..words.len() {
            let Some(w) = word(i) else { continue };
            let from = self.entries.partition_point(|e| &*e.first < w);
            for e in self.entries[from..].iter().take_while(|e| &*e.first == w) {
                let whole = (1..).zip(&e.rest).all(|(k, r)| word(i + k) == Some(r));
                if whole && !found.iter().any(|s| s.theme == e.theme) {
                    found.push(Suggestion {
                        theme: e.theme,
                        keyword: e.keyword,
                    });
                }
            }
        }
    }

    /// The themes suggested for `title` and `summary`: every matching theme but those with a
    /// matching descendant, in plan order.
    pub fn suggest(&self, title: &str, summary: Option<&str>) -> Vec<Suggestion> {
        let mut scratch = Scratch::default();
        self.suggest_with(&mut scratch, title, summary)
    }

    fn suggest_with(
        &self,
        scratch: &mut Scratch,
        title: &str,
        summary: Option<&str>,
    ) -> Vec<Suggestion> {
        let mut found = Vec::new();
        self.collect(title, scratch, &mut found);
        if let Some(summary) = summary {
            self.collect(summary, scratch, &mut found);
        }
        self.deepest(found)
    }

    /// `found` without the themes that have a descendant in it, in plan order.
    fn deepest(&self, mut found: Vec<Suggestion>) -> Vec<Suggestion> {
        let all = found.clone();
        found.retain(|s| !all.iter().any(|o| self.is_ancestor(s.theme, o.theme)));
        found.sort_by_key(|s| s.theme);
        found
    }
}

/// Buffers reused from one text to the next.
#[derive(Debug, Default)]
struct Scratch {
    folded: String,
    words: Vec<(usize, usize)>,
}

/// The suggestions for `data`'s untagged items in the period, and its tagged items to check.
pub fn suggest(data: &Dataset) -> Suggestions {
    let keywords = Keywords::new(&data.plan);
    let mut out = Suggestions::default();
    if keywords.entries.is_empty() {
        return out;
    }
    let mut scratch = Scratch::default();
    for (position, item) in (0u32..).zip(&data.items) {
        if !item.in_period {
            continue;
        }
        if item.themes.is_empty() {
            let themes = keywords.suggest_with(&mut scratch, item.title(), item.summary());
            if themes.is_empty() {
                out.unmatched += 1;
            } else {
                out.items.push(Suggested {
                    item: position,
                    themes,
                });
            }
            continue;
        }
        let mut found = Vec::new();
        keywords.collect(item.title(), &mut scratch, &mut found);
        let own = |s: &Suggestion| item.themes.iter().any(|&t| keywords.related(t, s.theme));
        if !found.is_empty() && !found.iter().any(own) {
            out.flagged.push(Flagged {
                item: position,
                matched: keywords.deepest(found),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use phusong_model::{load, SourceFile};
    use unicode_normalization::UnicodeNormalization;

    /// Themes: 1 Kinh tế (kinh tế, ngân sách) > 1.1 Du lịch (du lịch, Sầm Sơn), 1.2 Thu ngân
    /// sách (thu ngân sách); 2 Địa phương (Thanh Hóa, an); 3 Xã hội (an sinh xã hội).
    const PLAN: &str = r#""plan":{"id":"KH","title":"t","year":2025,"themes":[
        {"code":"1","name":"Kinh tế","keywords":["kinh tế","ngân sách"],"children":[
            {"code":"1.1","name":"Du lịch","keywords":["du lịch","Sầm Sơn"]},
            {"code":"1.2","name":"Thu ngân sách","keywords":["thu ngân sách"]}]},
        {"code":"2","name":"Địa phương","keywords":["Thanh Hóa","an"]},
        {"code":"3","name":"Xã hội","keywords":["an sinh xã hội","-"]}]}"#;

    fn plan() -> Plan {
        data(r#""coverage":[]"#).plan
    }

    fn data(coverage: &str) -> Dataset {
        let json = format!(
            r#"{{"format":"coverage-report/v1",{PLAN},
              "outlets":[{{"id":"a","name":"A","level":"provincial"}}],{coverage}}}"#
        );
        let loaded = load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }]);
        loaded.dataset.unwrap()
    }

    /// The codes and matched keywords suggested for a title.
    fn codes(title: &str) -> Vec<(String, String)> {
        let plan = plan();
        Keywords::new(&plan)
            .suggest(title, None)
            .iter()
            .map(|s| {
                (
                    plan.themes[s.theme as usize].code.clone(),
                    s.keyword(&plan).to_owned(),
                )
            })
            .collect()
    }

    fn pair(code: &str, keyword: &str) -> (String, String) {
        (code.to_owned(), keyword.to_owned())
    }

    #[test]
    fn matches_on_word_boundaries() {
        assert_eq!(codes("Mùa du lịch Sầm Sơn"), [pair("1.1", "du lịch")]);
        assert_eq!(codes("Lễ hội du-lịch biển"), [pair("1.1", "du lịch")]);
        // A keyword inside a longer word, or a word of a keyword alone, does not match.
        assert!(codes("Chương trình du lịchxyz mới").is_empty());
        assert!(codes("Anh hùng Thanh niên").is_empty());
        assert!(codes("Cầu Hàm Rồng mới").is_empty());
        assert!(codes("du").is_empty());
        assert_eq!(codes("An toàn giao thông"), [pair("2", "an")]);
        // A keyword without letters never matches.
        assert!(codes("Tin - ảnh").is_empty());
    }

    #[test]
    fn folds_case_diacritics_and_form() {
        // "Thanh Hoá" (old tone placement) and "Thanh Hóa" fold alike.
        assert_eq!(codes("Thanh Hoá vào mùa lễ hội"), [pair("2", "Thanh Hóa")]);
        assert_eq!(codes("THANH HÓA VÀO MÙA"), [pair("2", "Thanh Hóa")]);
        assert_eq!(codes("thanh hoa"), [pair("2", "Thanh Hóa")]);
        let nfd: String = "Sầm Sơn đón khách du lịch".nfd().collect();
        assert_ne!(nfd, "Sầm Sơn đón khách du lịch");
        assert_eq!(codes(&nfd), [pair("1.1", "Sầm Sơn")]);
        // A keyword written in NFD matches an NFC title too.
        let plan_nfd: String = PLAN.nfd().collect();
        let json = format!(r#"{{"format":"coverage-report/v1",{plan_nfd}}}"#);
        let loaded = load([SourceFile {
            name: "nfd.json",
            bytes: json.as_bytes(),
        }]);
        let plan = loaded.dataset.unwrap().plan;
        let found = Keywords::new(&plan).suggest("Sầm Sơn đón khách", None);
        assert_eq!(found.len(), 1);
        assert_eq!(plan.themes[found[0].theme as usize].code, "1.1");
    }

    #[test]
    fn deeper_themes_win_and_unrelated_ones_all_show() {
        // 1 (kinh tế) and its child 1.1 (du lịch): the child only.
        assert_eq!(codes("Kinh tế du lịch khởi sắc"), [pair("1.1", "du lịch")]);
        // "thu ngân sách" holds "ngân sách" (1): 1.2 only.
        assert_eq!(
            codes("Thu ngân sách vượt dự toán"),
            [pair("1.2", "thu ngân sách")]
        );
        // Several unrelated themes, in plan order, each with its keyword.
        assert_eq!(
            codes("Thanh Hóa chăm lo an sinh xã hội, phát triển kinh tế"),
            [
                pair("1", "kinh tế"),
                pair("2", "Thanh Hóa"),
                pair("3", "an sinh xã hội")
            ]
        );
        // Two children of one theme: both.
        assert_eq!(
            codes("Du lịch và thu ngân sách"),
            [pair("1.1", "du lịch"), pair("1.2", "thu ngân sách")]
        );
        // The first keyword in text order is the one shown.
        assert_eq!(codes("Sầm Sơn: du lịch hè"), [pair("1.1", "Sầm Sơn")]);
    }

    #[test]
    fn suggests_for_untagged_items_and_flags_tagged_ones() {
        let d = data(
            r#""coverage":[
            {"id":"u1","date":"2025-03-01","outlet":"a","title":"Du lịch Sầm Sơn","format":"video"},
            {"id":"u2","date":"2025-03-02","outlet":"a","title":"Tin vắn","format":"video",
             "summary":"Thu ngân sách quý I"},
            {"id":"u3","date":"2025-03-03","outlet":"a","title":"Tin vắn","format":"video"},
            {"id":"u4","date":"2024-03-03","outlet":"a","title":"Du lịch","format":"video"},
            {"id":"t1","date":"2025-03-04","outlet":"a","title":"Du lịch hè","format":"video","themes":["1"]},
            {"id":"t2","date":"2025-03-05","outlet":"a","title":"Du lịch hè","format":"video","themes":["3"]},
            {"id":"t3","date":"2025-03-06","outlet":"a","title":"Du lịch, an sinh xã hội","format":"video","themes":["3"]},
            {"id":"t4","date":"2025-03-07","outlet":"a","title":"Tin vắn","format":"video","themes":["3"],
             "summary":"Du lịch"}]"#,
        );
        let s = suggest(&d);
        let code = |t: ThemeIdx| d.plan.themes[t as usize].code.as_str();
        let items: Vec<(&str, Vec<&str>)> = s
            .items
            .iter()
            .map(|x| {
                let id = d.items[x.item as usize].id();
                (id, x.themes.iter().map(|t| code(t.theme)).collect())
            })
            .collect();
        // u3 has no match; u4 is outside the period.
        assert_eq!(items, [("u1", vec!["1.1"]), ("u2", vec!["1.2"])]);
        assert_eq!(s.unmatched, 1);
        // t1 (1, whose child 1.1 matches) and t3 (its own theme matches) and t4 (summary
        // only) are fine; t2's title matches 1.1 and nothing of 3.
        let flagged: Vec<(&str, Vec<&str>)> = s
            .flagged
            .iter()
            .map(|f| {
                let id = d.items[f.item as usize].id();
                (id, f.matched.iter().map(|t| code(t.theme)).collect())
            })
            .collect();
        assert_eq!(flagged, [("t2", vec!["1.1"])]);
    }
}
