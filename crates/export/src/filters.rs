//! The filter as people read and choose it: the active filters in words (printed under
//! the title), and the filter bar's choices: their options, the value each shows for a
//! filter, and the filter a chosen value gives. The app only renders these.

use crate::text::fmt_date;
use phusong_engine::Filter;
use phusong_model::{Dataset, Format, Lang, Level, Tone};
use phusong_words::words;

/// The value of a choice's "all" option (no filter on it).
pub const ALL: &str = "";
/// The value of "not under contract" and "not rated".
const NONE: &str = "none";

/// The active filters in words ("Nội dung: 1.2 …"), one entry per filter.
pub fn describe_filter(filter: &Filter, data: &Dataset, lang: Lang) -> Vec<String> {
    let t = &words(lang).ui;
    let mut out = Vec::new();
    if filter.from.is_some() || filter.to.is_some() {
        let from = filter.from.map(fmt_date).unwrap_or_else(|| "…".into());
        let to = filter.to.map(fmt_date).unwrap_or_else(|| "…".into());
        out.push(format!("{from} – {to}"));
    }
    let mut named = |label: &str, names: Vec<String>| {
        if !names.is_empty() {
            out.push(format!("{label}: {}", names.join(", ")));
        }
    };
    named(
        t.theme,
        filter
            .themes
            .iter()
            .filter_map(|&i| data.plan.themes.get(i as usize))
            .map(|t| format!("{} {}", t.code, t.name))
            .collect(),
    );
    named(
        t.outlet,
        filter
            .outlets
            .iter()
            .filter_map(|&i| data.outlets.get(i as usize))
            .map(|o| o.name.clone())
            .collect(),
    );
    named(
        t.level,
        filter
            .levels
            .iter()
            .map(|l| l.label(lang).to_owned())
            .collect(),
    );
    named(
        t.contract,
        filter
            .contracts
            .iter()
            .map(|c| match c {
                Some(i) => data
                    .contracts
                    .get(*i as usize)
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
                None => t.uncontracted.to_owned(),
            })
            .collect(),
    );
    named(
        t.format,
        filter
            .formats
            .iter()
            .map(|f| f.label(lang).to_owned())
            .collect(),
    );
    named(
        t.tone,
        filter
            .tones
            .iter()
            .map(|x| x.map_or(t.unrated, |x| x.label(lang)).to_owned())
            .collect(),
    );
    if !filter.title.trim().is_empty() {
        out.push(format!("\"{}\"", filter.title.trim()));
    }
    out
}

/// A choice of the filter bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// A theme and its subtree.
    Theme,
    /// An outlet.
    Outlet,
    /// An outlet level.
    Level,
    /// A contract, or "not under contract".
    Contract,
    /// A format.
    Format,
    /// A tone, or "not rated".
    Tone,
}

impl Choice {
    /// Every choice, in the filter bar's order.
    pub const ALL: [Choice; 6] = [
        Choice::Theme,
        Choice::Outlet,
        Choice::Level,
        Choice::Contract,
        Choice::Format,
        Choice::Tone,
    ];

    /// Its label in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = &words(lang).ui;
        match self {
            Choice::Theme => t.theme,
            Choice::Outlet => t.outlet,
            Choice::Level => t.level,
            Choice::Contract => t.contract,
            Choice::Format => t.format,
            Choice::Tone => t.tone,
        }
    }

    /// Its options besides "all", as (value, text): the themes indented by depth, the
    /// outlets and contracts of `data` (none without data), the vocabularies' names.
    pub fn options(self, data: Option<&Dataset>, lang: Lang) -> Vec<(String, String)> {
        let t = &words(lang).ui;
        match self {
            Choice::Theme => data.map_or_else(Vec::new, |d| {
                d.plan
                    .themes
                    .iter()
                    .enumerate()
                    .map(|(i, th)| {
                        let indent = "  ".repeat(th.depth as usize);
                        (i.to_string(), format!("{indent}{} {}", th.code, th.name))
                    })
                    .collect()
            }),
            Choice::Outlet => data.map_or_else(Vec::new, |d| {
                d.outlets
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (i.to_string(), o.name.clone()))
                    .collect()
            }),
            Choice::Level => Level::ALL
                .iter()
                .map(|l| (l.as_str().to_owned(), l.label(lang).to_owned()))
                .collect(),
            Choice::Contract => {
                let mut out = vec![(NONE.to_owned(), t.uncontracted.to_owned())];
                if let Some(d) = data {
                    out.extend(
                        d.contracts
                            .iter()
                            .enumerate()
                            .map(|(i, c)| (i.to_string(), c.id.clone())),
                    );
                }
                out
            }
            Choice::Format => Format::ALL
                .iter()
                .map(|x| (x.as_str().to_owned(), x.label(lang).to_owned()))
                .collect(),
            Choice::Tone => {
                let mut out: Vec<(String, String)> = Tone::ALL
                    .iter()
                    .map(|x| (x.as_str().to_owned(), x.label(lang).to_owned()))
                    .collect();
                out.push((NONE.to_owned(), t.unrated.to_owned()));
                out
            }
        }
    }

    /// The value this choice shows for `filter` ([`ALL`] when it does not narrow it).
    pub fn value(self, filter: &Filter) -> String {
        let first = |v: Option<String>| v.unwrap_or_default();
        match self {
            Choice::Theme => first(filter.themes.first().map(u32::to_string)),
            Choice::Outlet => first(filter.outlets.first().map(u32::to_string)),
            Choice::Level => first(filter.levels.first().map(|l| l.as_str().to_owned())),
            Choice::Contract => first(filter.contracts.first().map(|c| match c {
                Some(i) => i.to_string(),
                None => NONE.to_owned(),
            })),
            Choice::Format => first(filter.formats.first().map(|f| f.as_str().to_owned())),
            Choice::Tone => first(filter.tones.first().map(|t| match t {
                Some(t) => t.as_str().to_owned(),
                None => NONE.to_owned(),
            })),
        }
    }

    /// Narrows `filter` to the option `value` ([`ALL`], or one the choice does not know:
    /// no filter on it).
    pub fn choose(self, filter: &mut Filter, value: &str) {
        let index = || value.parse::<u32>().ok();
        match self {
            Choice::Theme => filter.themes = index().into_iter().collect(),
            Choice::Outlet => filter.outlets = index().into_iter().collect(),
            Choice::Level => filter.levels = Level::parse(value).into_iter().collect(),
            Choice::Contract => {
                filter.contracts = match value {
                    NONE => vec![None],
                    _ => index().map(Some).into_iter().collect(),
                }
            }
            Choice::Format => filter.formats = Format::parse(value).into_iter().collect(),
            Choice::Tone => {
                filter.tones = match value {
                    NONE => vec![None],
                    _ => Tone::parse(value).map(Some).into_iter().collect(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::small;

    #[test]
    fn every_option_of_every_choice_round_trips() {
        let data = small();
        for choice in Choice::ALL {
            let options = choice.options(Some(&data), Lang::Vi);
            assert!(!options.is_empty(), "{choice:?}");
            for (value, _) in options {
                let mut filter = Filter::default();
                choice.choose(&mut filter, &value);
                assert!(!filter.is_empty(), "{choice:?} {value}");
                assert_eq!(choice.value(&filter), value, "{choice:?}");
                choice.choose(&mut filter, ALL);
                assert!(filter.is_empty(), "{choice:?}: all clears it");
            }
            // An unknown value narrows nothing.
            let mut filter = Filter::default();
            choice.choose(&mut filter, "không-có");
            assert!(filter.is_empty(), "{choice:?}");
            assert_eq!(choice.value(&filter), ALL);
        }
        assert_eq!(
            Choice::Contract.options(None, Lang::En)[0].1,
            "Not under contract"
        );
    }

    #[test]
    fn the_active_filters_in_words() {
        let data = small();
        let mut filter = Filter::default();
        assert!(describe_filter(&filter, &data, Lang::Vi).is_empty());
        filter.from = chrono::NaiveDate::from_ymd_opt(2024, 3, 1);
        Choice::Outlet.choose(&mut filter, "0");
        Choice::Contract.choose(&mut filter, "none");
        Choice::Tone.choose(&mut filter, "none");
        filter.title = " lễ hội ".into();
        assert_eq!(
            describe_filter(&filter, &data, Lang::Vi),
            [
                "01/03/2024 – …",
                "Cơ quan báo chí: Báo Nhân Dân",
                "Hợp đồng: Không theo hợp đồng",
                "Sắc thái: Chưa đánh giá",
                "\"lễ hội\""
            ]
        );
        assert_eq!(
            describe_filter(&filter, &data, Lang::En)[1],
            "Outlet: Báo Nhân Dân"
        );
    }
}
