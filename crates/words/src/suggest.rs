//! The words of the theme suggestions (issue 25, "Gợi ý nội dung"): the panel that lists
//! the untagged items with the themes their keywords suggest, the items the author tagged
//! ("Đã gắn bổ sung", each removable), and their count ("gắn bổ sung") in the headline of
//! the screen, print and Word. Each language gives one [`Suggest`]
//! in its file.

/// The theme suggestions' words, in one language.
#[derive(Debug)]
pub struct Suggest {
    /// The panel's heading ("Gợi ý nội dung").
    pub title: &'static str,
    /// What the panel does, under the heading.
    pub note: &'static str,
    /// "42 tin, bài chưa gắn chủ đề có gợi ý, 34 không có; đã gắn bổ sung 3": from the items
    /// with suggestions, those without, and the items the author tagged.
    pub status: fn(suggested: usize, unmatched: usize, accepted: usize) -> String,
    /// Column heads: date, title, suggested theme, keyword that matched.
    pub date: &'static str,
    pub item: &'static str,
    pub theme: &'static str,
    pub keyword: &'static str,
    /// The button by a suggestion, and its accessible name from the theme and the title.
    pub accept: &'static str,
    pub accept_label: fn(theme: &str, title: &str) -> String,
    /// By an accepted suggestion.
    pub accepted: &'static str,
    /// "Chấp nhận tất cả (42)".
    pub accept_all: fn(count: usize) -> String,
    /// The choice of one theme and its button.
    pub one_theme: &'static str,
    pub accept_theme: &'static str,
    /// Removes every accepted theme.
    pub clear: &'static str,
    /// Shows more rows; "và 12 tin, bài khác".
    pub more: &'static str,
    pub rest: fn(count: usize) -> String,
    /// When no untagged item gets a suggestion.
    pub none: &'static str,
    /// The check of tagged items: its heading, note and column heads.
    pub check_title: &'static str,
    pub check_note: &'static str,
    pub tagged_as: &'static str,
    pub matches: &'static str,
    /// The headline figure's label: items the author tagged.
    pub figure: &'static str,
    /// The list of the items the author tagged: its heading, the button that removes one
    /// item's themes, and that button's accessible name from the title.
    pub added_title: &'static str,
    pub remove: &'static str,
    pub remove_label: fn(title: &str) -> String,
}
