//! The closed vocabularies of the format: outlet level and kind, format, tone.

use serde::Serialize;

/// Declares a closed vocabulary: a Rust enum with its spec spelling, parsing and listing.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order the spec lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The spellings the spec allows, in the same order as [`Self::ALL`].
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The spelling used in files, e.g. `"tv_report"`.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the exact spelling of the spec (case-sensitive, like every id).
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// Position in [`Self::ALL`]; handy as an array index.
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

vocabulary! {
    /// Cấp của cơ quan báo chí: the level of a press outlet.
    Level {
        /// Trung ương.
        Central = "central",
        /// Của tỉnh.
        Provincial = "provincial",
        /// Tỉnh bạn.
        OtherProvince = "other_province",
        /// Khác.
        Other = "other",
    }
}

vocabulary! {
    /// Loại hình cơ quan báo chí: what kind of outlet it is.
    OutletKind {
        /// Báo in.
        Newspaper = "newspaper",
        /// Tạp chí.
        Magazine = "magazine",
        /// Báo điện tử.
        Online = "online",
        /// Truyền hình.
        Tv = "tv",
        /// Phát thanh.
        Radio = "radio",
        /// Thông tấn.
        NewsAgency = "news_agency",
    }
}

vocabulary! {
    /// Loại sản phẩm: the format of a coverage item or of an ordered deliverable.
    Format {
        /// Bài báo in.
        PrintArticle = "print_article",
        /// Tin, bài báo điện tử.
        OnlineArticle = "online_article",
        /// E-magazine.
        Emagazine = "emagazine",
        /// Infographic.
        Infographic = "infographic",
        /// Phóng sự ảnh.
        PhotoStory = "photo_story",
        /// Clip, video.
        Video = "video",
        /// Phóng sự truyền hình.
        TvReport = "tv_report",
        /// Phóng sự phát thanh.
        RadioReport = "radio_report",
        /// Bài mạng xã hội.
        SocialPost = "social_post",
        /// Khác.
        Other = "other",
    }
}

vocabulary! {
    /// Sắc thái: the tone of a coverage item.
    Tone {
        /// Tích cực.
        Positive = "positive",
        /// Trung lập.
        Neutral = "neutral",
        /// Tiêu cực.
        Negative = "negative",
    }
}

/// Number of formats, for per-format arrays.
pub const FORMAT_COUNT: usize = Format::ALL.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (f, name) in Format::ALL.iter().zip(Format::NAMES) {
            assert_eq!(f.as_str(), *name);
            assert_eq!(Format::parse(name), Some(*f));
            assert_eq!(Format::ALL[f.index()], *f);
        }
        assert_eq!(Level::parse("Central"), None);
        assert_eq!(Tone::parse("tich-cuc"), None);
        assert_eq!(FORMAT_COUNT, 10);
    }
}
