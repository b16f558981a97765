//! Theme suggestions ("Gợi ý nội dung"): themes for the untagged items from the plan's
//! keywords ([`phusong_model::Theme::keywords`]), and a check of the tagged ones.
//!
//! The rules (docs/theme-suggestions.md measures them):
//! - a keyword matches an item when its words appear, in order and next to each other, among
//!   the words of the item's title or of its summary (each on its own: a keyword never spans
//!   the two), both folded as the title search folds ([`crate::search::fold`]: case,
//!   diacritics, NFC/NFD ignored). A word is a run of letters and digits: "du lịch" matches
//!   "Du lịch Sầm Sơn" and "du-lịch", never "du lịchxyz"; "an" never matches "Thanh";
//! - a theme matches when one of its keywords does; a keyword the plan gives to two
//!   unrelated themes is left out;
//! - a theme matched only by names (keywords written with every word capitalised: "Sầm
//!   Sơn") is not suggested: a name says where more often than what;
//! - at most one theme is suggested, and only when the evidence agrees and is not thin: every
//!   other matched theme is on its line (an ancestor: the deeper theme wins), and at least two
//!   different keywords of the line matched (a keyword the plan gives to a theme and to its
//!   ancestor counts once). Otherwise nothing is suggested: saying less is better than
//!   suggesting a wrong theme;
//! - each suggestion carries the keyword that matched (the first one, in text order);
//! - only items in the plan period are looked at (the others do not count in the report).
//!
//! A tagged item whose *title* matches some theme's keywords but none on the line of its own
//! themes (the theme itself, an ancestor or a descendant) is flagged ([`Flagged`]): a check
//! for the author, never a change.
//!
//! Cost: one fold and one split per text, then for each word a hash look-up among the
//! keywords' first words (the sample's 1,500 items in 1–1.5 ms natively, release).

use crate::search::fold_into;
use phusong_model::{Dataset, Plan, ThemeIdx};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

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
    /// The themes: one, as the rules stand (a list, so a rule may suggest more).
    pub themes: Vec<Suggestion>,
}

/// A tagged item whose title matches other themes' keywords and none of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    /// Position of the item in [`Dataset::items`].
    pub item: u32,
    /// The themes its title matches (those without a matched descendant), in plan order.
    pub matched: Vec<Suggestion>,
}

/// The suggestions for a dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// Untagged items with at least one suggestion, in item order.
    pub items: Vec<Suggested>,
    /// Untagged items (in the period) without a suggestion.
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
    /// Written as a name: every word capitalised ("Sầm Sơn", "FDI").
    name: bool,
    /// Equal for keywords of equal words (a theme and its ancestor may share one).
    text: u32,
}

/// A theme whose keywords matched a text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    theme: ThemeIdx,
    /// The first keyword that matched, in text order.
    keyword: u32,
    /// How many of its keywords that are not names matched.
    common: u32,
}

/// FNV-1a: words are short, a keyed hash is not needed for the plan's own keywords.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

type WordMap = HashMap<Box<str>, (usize, usize), BuildHasherDefault<Fnv>>;

/// The plan's keywords, ready to match texts against.
#[derive(Debug, Clone)]
pub struct Keywords {
    /// Sorted by first word.
    entries: Vec<Entry>,
    /// Each first word's range in `entries`.
    by_first: WordMap,
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
                let name = k
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                entries.push(Entry {
                    first,
                    rest: parts.collect(),
                    theme,
                    keyword,
                    name,
                    text: 0,
                });
            }
        }
        entries.sort_by(|a, b| (&a.first, &a.rest).cmp(&(&b.first, &b.rest)));
        let mut text = 0;
        for i in 1..entries.len() {
            if (&entries[i].first, &entries[i].rest)
                != (&entries[i - 1].first, &entries[i - 1].rest)
            {
                text += 1;
            }
            entries[i].text = text;
        }
        let mut keywords = Keywords {
            entries: Vec::new(),
            by_first: WordMap::default(),
            subtree_end: plan.themes.iter().map(|t| t.subtree_end).collect(),
        };
        // A keyword the plan gives to two unrelated themes cannot say which: left out.
        let ambiguous: Vec<bool> = entries
            .iter()
            .map(|e| {
                entries.iter().any(|o| {
                    o.first == e.first && o.rest == e.rest && !keywords.related(o.theme, e.theme)
                })
            })
            .collect();
        keywords.entries = entries
            .into_iter()
            .zip(ambiguous)
            .filter_map(|(e, a)| (!a).then_some(e))
            .collect();
        for (i, e) in keywords.entries.iter().enumerate() {
            let range = keywords.by_first.entry(e.first.clone()).or_insert((i, i));
            range.1 = i + 1;
        }
        keywords
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
    fn collect(&self, text: &str, scratch: &mut Scratch, found: &mut Vec<Hit>) {
        scratch.folded.clear();
        fold_into(&mut scratch.folded, text);
        split_words(&scratch.folded, &mut scratch.words);
        let folded = scratch.folded.as_str();
        let words = &scratch.words;
        let word = |i: usize| words.get(i).map(|&(s, e)| &folded[s..e]);
        for i in 0..words.len() {
            let Some(w) = word(i) else { continue };
            let Some(&(from, to)) = self.by_first.get(w) else {
                continue;
            };
            for (n, e) in self.entries[from..to].iter().enumerate() {
                let whole = (1..).zip(&e.rest).all(|(k, r)| word(i + k) == Some(r));
                // Each keyword counts once per item.
                if !whole || scratch.matched.contains(&(from + n)) {
                    continue;
                }
                scratch.matched.push(from + n);
                let hit = match found.iter_mut().find(|h| h.theme == e.theme) {
                    Some(hit) => hit,
                    None => {
                        found.push(Hit {
                            theme: e.theme,
                            keyword: e.keyword,
                            common: 0,
                        });
                        let last = found.len() - 1;
                        &mut found[last]
                    }
                };
                hit.common += u32::from(!e.name);
            }
        }
    }

    /// The themes suggested for `title` and `summary` (none or one, as the rules stand).
    pub fn suggest(&self, title: &str, summary: Option<&str>) -> Vec<Suggestion> {
        let mut scratch = Scratch::default();
        let found = self.found(&mut scratch, title, summary);
        self.choose(&found, &scratch.matched)
    }

    /// Every theme whose keywords match `title` or `summary` (names too), each with its first
    /// keyword in text order, in plan order: what the rules choose from.
    pub fn matches(&self, title: &str, summary: Option<&str>) -> Vec<Suggestion> {
        let mut scratch = Scratch::default();
        let found = self.found(&mut scratch, title, summary);
        let mut out: Vec<Suggestion> = found.iter().map(Hit::suggestion).collect();
        out.sort_by_key(|s| s.theme);
        out
    }

    /// The themes matching `title` and `summary`; `scratch.matched` holds their keywords.
    fn found(&self, scratch: &mut Scratch, title: &str, summary: Option<&str>) -> Vec<Hit> {
        let mut found = Vec::new();
        scratch.matched.clear();
        self.collect(title, scratch, &mut found);
        if let Some(summary) = summary {
            self.collect(summary, scratch, &mut found);
        }
        found
    }

    /// The suggestion among the themes `found` (whose keywords, indexes in `entries`, are
    /// `matched`): themes matched by names only are left out; the others must lie on one line
    /// (the deepest is suggested) and at least two different keywords of that line must have
    /// matched. Otherwise none.
    fn choose(&self, found: &[Hit], matched: &[usize]) -> Vec<Suggestion> {
        let mut themes = found.iter().filter(|h| h.common > 0);
        let Some(first) = themes.next() else {
            return Vec::new();
        };
        let mut deepest = first;
        for h in themes {
            if self.is_ancestor(deepest.theme, h.theme) {
                deepest = h;
            } else if !self.is_ancestor(h.theme, deepest.theme) {
                // Two themes off one line: the keywords disagree.
                return Vec::new();
            }
        }
        let on_line = |t: ThemeIdx| {
            (t == deepest.theme || self.is_ancestor(t, deepest.theme))
                && found.iter().any(|h| h.theme == t && h.common > 0)
        };
        let mut texts: Vec<u32> = matched
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|e| on_line(e.theme))
            .map(|e| e.text)
            .collect();
        texts.sort_unstable();
        texts.dedup();
        if texts.len() < 2 {
            return Vec::new();
        }
        vec![deepest.suggestion()]
    }

    /// The themes of `found` without a matched descendant, in plan order (what a flagged
    /// item's title matches).
    fn deepest(&self, found: &[Hit]) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = found
            .iter()
            .filter(|h| !found.iter().any(|o| self.is_ancestor(h.theme, o.theme)))
            .map(Hit::suggestion)
            .collect();
        out.sort_by_key(|s| s.theme);
        out
    }
}

impl Hit {
    fn suggestion(&self) -> Suggestion {
        Suggestion {
            theme: self.theme,
            keyword: self.keyword,
        }
    }
}

/// Buffers reused from one text to the next.
#[derive(Debug, Default)]
struct Scratch {
    folded: String,
    words: Vec<(usize, usize)>,
    /// The keywords (indexes in `entries`) matched so far in this item.
    matched: Vec<usize>,
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
            let found = keywords.found(&mut scratch, item.title(), item.summary());
            let themes = keywords.choose(&found, &scratch.matched);
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
        scratch.matched.clear();
        keywords.collect(item.title(), &mut scratch, &mut found);
        let own = |h: &Hit| item.themes.iter().any(|&t| keywords.related(t, h.theme));
        if !found.is_empty() && !found.iter().any(own) {
            out.flagged.push(Flagged {
                item: position,
                matched: keywords.deepest(&found),
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

    /// The codes and first keywords of the themes a title matches (the matching alone).
    fn codes(title: &str) -> Vec<(String, String)> {
        let plan = plan();
        named(&plan, &Keywords::new(&plan).matches(title, None))
    }

    /// The codes and keywords suggested for a title (the matching and the rules).
    fn suggested(title: &str) -> Vec<(String, String)> {
        let plan = plan();
        named(&plan, &Keywords::new(&plan).suggest(title, None))
    }

    fn named(plan: &Plan, found: &[Suggestion]) -> Vec<(String, String)> {
        found
            .iter()
            .map(|s| {
                (
                    plan.themes[s.theme as usize].code.clone(),
                    s.keyword(plan).to_owned(),
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
        let found = Keywords::new(&plan).matches("Sầm Sơn đón khách", None);
        assert_eq!(found.len(), 1);
        assert_eq!(plan.themes[found[0].theme as usize].code, "1.1");
    }

    #[test]
    fn several_themes_match_each_with_its_keyword() {
        // Several unrelated themes, in plan order, each with its first keyword.
        assert_eq!(
            codes("Chăm lo an sinh xã hội, phát triển kinh tế"),
            [
                pair("1", "kinh tế"),
                pair("2", "an"),
                pair("3", "an sinh xã hội")
            ]
        );
        assert_eq!(
            codes("Du lịch và thu ngân sách"),
            [
                pair("1", "ngân sách"),
                pair("1.1", "du lịch"),
                pair("1.2", "thu ngân sách")
            ]
        );
        // The first keyword in text order is the one shown.
        assert_eq!(codes("Sầm Sơn: du lịch hè"), [pair("1.1", "Sầm Sơn")]);
    }

    #[test]
    fn deeper_themes_win_when_two_keywords_agree() {
        // 1 (kinh tế) and its child 1.1 (du lịch): the child only.
        assert_eq!(
            suggested("Kinh tế du lịch khởi sắc"),
            [pair("1.1", "du lịch")]
        );
        // "thu ngân sách" holds "ngân sách" (1): 1.2 only.
        assert_eq!(
            suggested("Thu ngân sách vượt dự toán"),
            [pair("1.2", "thu ngân sách")]
        );
        // A name corroborates a common word of its line; the first keyword is shown.
        assert_eq!(suggested("Sầm Sơn: du lịch hè"), [pair("1.1", "Sầm Sơn")]);
        // One keyword is too little.
        assert!(suggested("Du lịch hè").is_empty());
        assert!(suggested("An toàn giao thông").is_empty());
        // A keyword the plan gives to a theme and to its ancestor counts once.
        let json = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"t","year":2025,
            "themes":[{"code":"1","name":"A","keywords":["du lịch"],"children":[
                {"code":"1.1","name":"B","keywords":["du lịch","du khách"]}]}]}}"#;
        let loaded = load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }]);
        let plan = loaded.dataset.unwrap().plan;
        let k = Keywords::new(&plan);
        assert!(k.suggest("Du lịch hè", None).is_empty());
        assert_eq!(k.suggest("Du lịch hè đón du khách", None).len(), 1);
    }

    #[test]
    fn disagreeing_keywords_and_names_alone_suggest_nothing() {
        // Unrelated themes, even two children of one theme, each as strong: nothing.
        assert!(suggested("Chăm lo an sinh xã hội, phát triển kinh tế").is_empty());
        assert!(suggested("Du lịch và thu ngân sách").is_empty());
        // …and when one has more keywords: still nothing (they disagree).
        assert!(suggested("Kinh tế du lịch và an sinh xã hội").is_empty());
        // A name ("Thanh Hóa", every word capitalised) says where, not what: alone it suggests
        // nothing, and a theme matched by names only does not disagree with the others.
        assert!(suggested("Thanh Hóa hôm nay").is_empty());
        assert_eq!(
            suggested("Thanh Hóa: thu ngân sách"),
            [pair("1.2", "thu ngân sách")]
        );
        // A keyword the plan gives to two unrelated themes is left out.
        let json = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"t","year":2025,
            "themes":[{"code":"1","name":"A","keywords":["FDI","khu kinh tế"]},
                      {"code":"2","name":"B","keywords":["fdi","xúc tiến"]}]}}"#;
        let loaded = load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }]);
        let plan = loaded.dataset.unwrap().plan;
        let k = Keywords::new(&plan);
        assert!(k.matches("Vốn FDI tăng", None).is_empty());
        assert_eq!(k.matches("Vốn FDI vào khu kinh tế", None).len(), 1);
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
            {"id":"u5","date":"2025-03-03","outlet":"a","title":"Du lịch hè","format":"video"},
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
        // u3 has no match, u5 one keyword only; u4 is outside the period.
        assert_eq!(items, [("u1", vec!["1.1"]), ("u2", vec!["1.2"])]);
        assert_eq!(s.unmatched, 2);
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
