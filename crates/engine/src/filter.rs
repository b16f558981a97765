//! Filters of the report view: date range, theme subtrees, outlets, outlet levels,
//! contracts, formats, tone and a title search. An empty list means "no filter".

use crate::search::{fold, matches_folded};
use crate::titles::FoldedTitles;
use chrono::NaiveDate;
use phusong_model::{
    ContractIdx, CoverageItem, Dataset, Format, Level, OutletIdx, ThemeIdx, Tone, FORMAT_COUNT,
};
use serde::Serialize;

/// Which contract an item must be under; `None` selects items under no contract.
pub type ContractChoice = Option<ContractIdx>;

/// A view of the report (bộ lọc). Default: everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
    /// Items tagged with any of these themes or their descendants.
    pub themes: Vec<ThemeIdx>,
    /// Items of these outlets.
    pub outlets: Vec<OutletIdx>,
    /// Items of outlets of these levels.
    pub levels: Vec<Level>,
    /// Items under these contracts (`None` = not under contract).
    pub contracts: Vec<ContractChoice>,
    /// Items of these formats.
    pub formats: Vec<Format>,
    /// Items of this tone (`None` = not rated).
    pub tones: Vec<Option<Tone>>,
    /// Title search (case, diacritics and NFC/NFD ignored).
    pub title: String,
}

impl Filter {
    /// True when the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.from.is_none()
            && self.to.is_none()
            && self.themes.is_empty()
            && self.outlets.is_empty()
            && self.levels.is_empty()
            && self.contracts.is_empty()
            && self.formats.is_empty()
            && self.tones.is_empty()
            && self.title.trim().is_empty()
    }

    /// The filter as ids and codes, for the summary export and the printed report.
    pub fn describe(&self, data: &Dataset) -> FilterDescription {
        let theme = |t: &ThemeIdx| data.plan.themes.get(*t as usize).map(|t| t.code.clone());
        let outlet = |o: &OutletIdx| data.outlets.get(*o as usize).map(|o| o.id.clone());
        FilterDescription {
            from: self.from.map(phusong_model::date::format_iso),
            to: self.to.map(phusong_model::date::format_iso),
            themes: self.themes.iter().filter_map(theme).collect(),
            outlets: self.outlets.iter().filter_map(outlet).collect(),
            levels: self.levels.iter().map(|l| l.as_str().to_owned()).collect(),
            contracts: self
                .contracts
                .iter()
                .filter_map(|c| match c {
                    Some(c) => data.contracts.get(*c as usize).map(|c| Some(c.id.clone())),
                    None => Some(None),
                })
                .collect(),
            formats: self.formats.iter().map(|f| f.as_str().to_owned()).collect(),
            tones: self
                .tones
                .iter()
                .map(|t| t.map(|t| t.as_str().to_owned()))
                .collect(),
            title: Some(self.title.trim().to_owned()).filter(|t| !t.is_empty()),
        }
    }
}

/// A filter in the words of the data: codes and ids. Empty lists are left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FilterDescription {
    /// First day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Theme codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// Outlet ids.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outlets: Vec<String>,
    /// Outlet levels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// Contract ids (`null` = not under contract).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contracts: Vec<Option<String>>,
    /// Formats.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<String>,
    /// Tones (`null` = not rated).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tones: Vec<Option<String>>,
    /// Title search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A filter compiled against one dataset: lookups are array indexes.
pub struct Matcher {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    themes: Option<Vec<bool>>,
    outlets: Option<Vec<bool>>,
    contracts: Option<(Vec<bool>, bool)>,
    formats: Option<[bool; FORMAT_COUNT]>,
    tones: Option<[bool; 4]>,
    title: Option<TitleSearch>,
}

/// How the title search is answered.
enum TitleSearch {
    /// Folding each title and looking for this folded text in it.
    EachTitle(String),
    /// Looked up in the dataset's folded titles at once: whether each item (by position) matches.
    Found(Vec<bool>),
}

impl Matcher {
    /// Compiles `filter` for `data`.
    pub fn new(filter: &Filter, data: &Dataset) -> Matcher {
        Matcher::with_titles(filter, data, None)
    }

    /// Compiles `filter` for `data`, answering its title search from `titles`, the
    /// folded titles of `data` (when given and of the right length).
    pub fn with_titles(filter: &Filter, data: &Dataset, titles: Option<&FoldedTitles>) -> Matcher {
        let themes = (!filter.themes.is_empty()).then(|| {
            let mut mask = vec![false; data.plan.themes.len()];
            for &t in &filter.themes {
                let start = t as usize;
                let end = data
                    .plan
                    .themes
                    .get(start)
                    .map_or(start, |th| th.subtree_end as usize);
                for m in mask.iter_mut().take(end).skip(start) {
                    *m = true;
                }
            }
            mask
        });
        let outlets = (!filter.outlets.is_empty() || !filter.levels.is_empty()).then(|| {
            data.outlets
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let by_id = filter.outlets.is_empty()
                        || filter.outlets.iter().any(|&x| x as usize == i);
                    let by_level = filter.levels.is_empty() || filter.levels.contains(&o.level);
                    by_id && by_level
                })
                .collect()
        });
        let contracts = (!filter.contracts.is_empty()).then(|| {
            let mut mask = vec![false; data.contracts.len()];
            let mut none = false;
            for c in &filter.contracts {
                match c.and_then(|c| mask.get_mut(c as usize)) {
                    Some(m) => *m = true,
                    None => none |= c.is_none(),
                }
            }
            (mask, none)
        });
        let formats = (!filter.formats.is_empty()).then(|| {
            let mut mask = [false; FORMAT_COUNT];
            for f in &filter.formats {
                mask[f.index()] = true;
            }
            mask
        });
        let tones = (!filter.tones.is_empty()).then(|| {
            let mut mask = [false; 4];
            for t in &filter.tones {
                mask[tone_slot(*t)] = true;
            }
            mask
        });
        // No search, no folding (the fold's table is built on first use).
        let title = Some(filter.title.trim())
            .filter(|t| !t.is_empty())
            .map(fold)
            .filter(|t| !t.is_empty())
            .map(|needle| {
                titles
                    .filter(|t| t.len() == data.items.len())
                    .and_then(|t| t.containing(&needle))
                    .map_or(TitleSearch::EachTitle(needle), TitleSearch::Found)
            });
        Matcher {
            from: filter.from,
            to: filter.to,
            themes,
            outlets,
            contracts,
            formats,
            tones,
            title,
        }
    }

    /// Whether the item's date is in the filter's range.
    pub fn date_matches(&self, item: &CoverageItem) -> bool {
        self.from.is_none_or(|d| item.date >= d) && self.to.is_none_or(|d| item.date <= d)
    }

    /// Whether the item (at `position` in the dataset's items) passes every filter but
    /// the date range.
    pub fn others_match(&self, position: usize, item: &CoverageItem) -> bool {
        let flag = |mask: &Vec<bool>, i: u32| mask.get(i as usize).copied().unwrap_or(false);
        if let Some(m) = &self.outlets {
            if !flag(m, item.outlet) {
                return false;
            }
        }
        if let Some(m) = &self.formats {
            if !m[item.format.index()] {
                return false;
            }
        }
        if let Some(m) = &self.tones {
            if !m[tone_slot(item.tone)] {
                return false;
            }
        }
        if let Some((m, none)) = &self.contracts {
            let ok = match item.contract {
                Some(c) => flag(m, c),
                None => *none,
            };
            if !ok {
                return false;
            }
        }
        if let Some(m) = &self.themes {
            if !item.themes.iter().any(|&t| flag(m, t)) {
                return false;
            }
        }
        match &self.title {
            None => true,
            Some(TitleSearch::EachTitle(needle)) => matches_folded(item.title(), needle),
            Some(TitleSearch::Found(hits)) => hits.get(position).copied().unwrap_or(false),
        }
    }
}

/// Slot of a tone in a 4-wide array: positive, neutral, negative, unrated.
pub fn tone_slot(t: Option<Tone>) -> usize {
    match t {
        Some(Tone::Positive) => 0,
        Some(Tone::Neutral) => 1,
        Some(Tone::Negative) => 2,
        None => 3,
    }
}
