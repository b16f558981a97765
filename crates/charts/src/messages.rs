//! The words the charts draw themselves, from the word catalogue (`phusong-words`): the
//! charts' own words and, as their default accessible titles, the sections' titles.

use crate::Lang;
use phusong_words::words;

/// Every fixed string a chart may draw.
pub(crate) struct Messages {
    pub no_data: &'static str,
    pub untagged: &'static str,
    pub themes_title: &'static str,
    pub months_title: &'static str,
    pub contracts_title: &'static str,
    pub outlets_title: &'static str,
    pub formats_title: &'static str,
    pub tone_title: &'static str,
    pub tone_months_title: &'static str,
    pub target: &'static str,
    pub no_target: &'static str,
    /// Legend of the bars at or above their target (no "≥": the bundled font's subsets lack it).
    pub at_target: &'static str,
    pub done: &'static str,
    pub on_pace: &'static str,
    pub behind: &'static str,
    pub not_started: &'static str,
    pub contracted: &'static str,
    pub uncontracted: &'static str,
    pub other_outlets: &'static str,
    pub positive: &'static str,
    pub neutral: &'static str,
    pub negative: &'static str,
    pub unrated: &'static str,
}

/// The words of `lang`.
pub(crate) fn messages(lang: Lang) -> Messages {
    let w = words(lang);
    let (c, s) = (&w.charts, &w.sections);
    Messages {
        no_data: c.no_data,
        untagged: c.untagged,
        themes_title: s.themes,
        months_title: s.months,
        contracts_title: s.contracts,
        outlets_title: s.outlets,
        formats_title: s.formats,
        tone_title: s.tone,
        tone_months_title: s.tone_months,
        target: c.target,
        no_target: c.no_target,
        at_target: c.at_target,
        done: c.done,
        on_pace: c.on_pace,
        behind: c.behind,
        not_started: c.not_started,
        contracted: c.contracted,
        uncontracted: c.uncontracted,
        other_outlets: c.other_outlets,
        positive: c.positive,
        neutral: c.neutral,
        negative: c.negative,
        unrated: c.unrated,
    }
}
