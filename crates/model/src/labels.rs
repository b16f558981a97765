//! Names of the vocabularies in Vietnamese and English, for screens and reports.

use crate::vocab::{Format, Level, OutletKind, Tone};

/// The language of user-facing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Tiếng Việt (default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Format {
    /// "Phóng sự truyền hình" / "TV report".
    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Format::PrintArticle => ("Bài báo in", "Print article"),
            Format::OnlineArticle => ("Tin, bài báo điện tử", "Online article"),
            Format::Emagazine => ("E-magazine", "E-magazine"),
            Format::Infographic => ("Infographic", "Infographic"),
            Format::PhotoStory => ("Phóng sự ảnh", "Photo story"),
            Format::Video => ("Clip, video", "Video"),
            Format::TvReport => ("Phóng sự truyền hình", "TV report"),
            Format::RadioReport => ("Phóng sự phát thanh", "Radio report"),
            Format::SocialPost => ("Bài mạng xã hội", "Social media post"),
            Format::Other => ("Khác", "Other"),
        };
        pick(lang, vi, en)
    }
}

impl Level {
    /// "Trung ương" / "Central".
    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Level::Central => ("Trung ương", "Central"),
            Level::Provincial => ("Của tỉnh", "Provincial"),
            Level::OtherProvince => ("Tỉnh bạn", "Other province"),
            Level::Other => ("Khác", "Other"),
        };
        pick(lang, vi, en)
    }
}

impl OutletKind {
    /// "Truyền hình" / "Television".
    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            OutletKind::Newspaper => ("Báo in", "Newspaper"),
            OutletKind::Magazine => ("Tạp chí", "Magazine"),
            OutletKind::Online => ("Báo điện tử", "Online"),
            OutletKind::Tv => ("Truyền hình", "Television"),
            OutletKind::Radio => ("Phát thanh", "Radio"),
            OutletKind::NewsAgency => ("Thông tấn", "News agency"),
        };
        pick(lang, vi, en)
    }
}

impl Tone {
    /// "Tích cực" / "Positive".
    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            Tone::Positive => ("Tích cực", "Positive"),
            Tone::Neutral => ("Trung lập", "Neutral"),
            Tone::Negative => ("Tiêu cực", "Negative"),
        };
        pick(lang, vi, en)
    }
}

/// The text for `lang`.
pub fn pick(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
