//! Names of the vocabularies in the user's language, for screens and reports: read from
//! the word catalogue (`phusong-words`), in the order of each vocabulary's `ALL` list.

use crate::vocab::{Format, Level, OutletKind, Tone};
use phusong_words::words;
pub use phusong_words::Lang;

impl Format {
    /// "Phóng sự truyền hình" / "TV report".
    pub fn label(self, lang: Lang) -> &'static str {
        words(lang).vocab.formats[self.index()]
    }
}

impl Level {
    /// "Trung ương" / "Central".
    pub fn label(self, lang: Lang) -> &'static str {
        words(lang).vocab.levels[self.index()]
    }
}

impl OutletKind {
    /// "Truyền hình" / "Television".
    pub fn label(self, lang: Lang) -> &'static str {
        words(lang).vocab.kinds[self.index()]
    }
}

impl Tone {
    /// "Tích cực" / "Positive".
    pub fn label(self, lang: Lang) -> &'static str {
        words(lang).vocab.tones[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue's lists follow the vocabularies' `ALL` order.
    #[test]
    fn labels_follow_the_vocabularies() {
        assert_eq!(Format::TvReport.label(Lang::Vi), "Phóng sự truyền hình");
        assert_eq!(Format::Other.label(Lang::En), "Other");
        assert_eq!(Level::Central.label(Lang::Vi), "Trung ương");
        assert_eq!(Level::Other.label(Lang::Vi), "Khác");
        assert_eq!(OutletKind::NewsAgency.label(Lang::En), "News agency");
        assert_eq!(Tone::Negative.label(Lang::Vi), "Tiêu cực");
        assert_eq!(Format::ALL.len(), words(Lang::Vi).vocab.formats.len());
        assert_eq!(Level::ALL.len(), words(Lang::Vi).vocab.levels.len());
        assert_eq!(OutletKind::ALL.len(), words(Lang::Vi).vocab.kinds.len());
        assert_eq!(Tone::ALL.len(), words(Lang::Vi).vocab.tones.len());
    }
}
