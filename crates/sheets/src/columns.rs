//! The spec's tables: column names of each section, the plan's key–value
//! labels, and the labels of formats, tones, levels and kinds.

use crate::fold::{fold, fold_without_parentheses};

/// A section a sheet can be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Coverage,
    Contracts,
    Outlets,
    Themes,
    Events,
}

impl Section {
    /// The order ties go in.
    pub const ALL: [Section; 5] = [
        Section::Coverage,
        Section::Contracts,
        Section::Outlets,
        Section::Themes,
        Section::Events,
    ];

    /// The name of the section in `coverage-report/v1` (themes and events are
    /// parts of `plan`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Coverage => "coverage",
            Section::Contracts => "contracts",
            Section::Outlets => "outlets",
            Section::Themes => "themes",
            Section::Events => "events",
        }
    }

    pub fn fields(self) -> &'static [FieldDef] {
        match self {
            Section::Coverage => COVERAGE,
            Section::Contracts => CONTRACTS,
            Section::Outlets => OUTLETS,
            Section::Themes => THEMES,
            Section::Events => EVENTS,
        }
    }
}

/// A column of a section: its field and the names it may be headed by.
#[derive(Debug)]
pub struct FieldDef {
    pub key: &'static str,
    pub names: &'static [&'static str],
    pub required: bool,
}

const fn f(key: &'static str, names: &'static [&'static str], required: bool) -> FieldDef {
    FieldDef {
        key,
        names,
        required,
    }
}

pub const COVERAGE: &[FieldDef] = &[
    f("id", &["Mã", "Mã tin", "Mã tin bài", "ID"], false),
    f(
        "date",
        &[
            "Ngày đăng",
            "Ngày phát",
            "Ngày đăng/phát",
            "Ngày xuất bản",
            "Ngày",
        ],
        true,
    ),
    f(
        "outlet",
        &[
            "Cơ quan báo chí",
            "Tên cơ quan báo chí",
            "Báo",
            "Tên báo",
            "Đơn vị đăng",
        ],
        true,
    ),
    f(
        "title",
        &[
            "Tiêu đề",
            "Tên tin, bài",
            "Tên tin bài",
            "Tên bài",
            "Tên bài viết",
            "Tên sản phẩm",
            "Tin bài",
        ],
        true,
    ),
    f("url", &["Đường dẫn", "Link", "URL", "Địa chỉ"], false),
    f(
        "format",
        &["Loại sản phẩm", "Loại", "Thể loại", "Hình thức"],
        false,
    ),
    f(
        "themes",
        &["Nội dung tuyên truyền", "Nội dung", "Chủ đề", "Mã nội dung"],
        false,
    ),
    f("contract", &["Số hợp đồng", "Hợp đồng"], false),
    f(
        "event",
        &["Sự kiện", "Sự kiện, ngày kỷ niệm", "Ngày kỷ niệm"],
        false,
    ),
    f("tone", &["Sắc thái", "Tính chất", "Đánh giá"], false),
    f(
        "reach",
        &[
            "Lượt tiếp cận",
            "Lượt xem",
            "Lượt đọc",
            "Lượt nghe",
            "Lượt xem, nghe",
        ],
        false,
    ),
    f("summary", &["Tóm tắt", "Sapo"], false),
];

pub const CONTRACTS: &[FieldDef] = &[
    f("id", &["Số hợp đồng", "Hợp đồng", "Số HĐ"], true),
    f(
        "outlet",
        &[
            "Cơ quan báo chí",
            "Tên cơ quan báo chí",
            "Báo",
            "Đơn vị thực hiện",
        ],
        true,
    ),
    f(
        "title",
        &["Tên hợp đồng", "Nội dung hợp đồng", "Trích yếu"],
        false,
    ),
    f("signed", &["Ngày ký"], false),
    f("start", &["Từ ngày", "Ngày bắt đầu", "Ngày hiệu lực"], true),
    f("end", &["Đến ngày", "Ngày kết thúc", "Ngày hết hạn"], true),
    f(
        "value_vnd",
        &[
            "Giá trị",
            "Giá trị hợp đồng",
            "Kinh phí",
            "Thành tiền",
            "Giá trị (đồng)",
            "Giá trị (VNĐ)",
        ],
        true,
    ),
    // Long sheets: one row per deliverable.
    f("format", &["Loại sản phẩm", "Loại", "Hình thức"], false),
    f("quantity", &["Số lượng"], false),
    f("deliverable_themes", &["Nội dung đặt hàng"], false),
];

pub const OUTLETS: &[FieldDef] = &[
    f("id", &["Mã", "Mã cơ quan", "Ký hiệu", "ID"], false),
    f(
        "name",
        &["Tên cơ quan báo chí", "Cơ quan báo chí", "Tên", "Tên báo"],
        true,
    ),
    f("level", &["Cấp", "Cấp quản lý", "Phân loại"], true),
    f("kind", &["Loại hình"], false),
];

pub const THEMES: &[FieldDef] = &[
    f("code", &["Mã", "Mã nội dung", "STT nội dung"], true),
    f(
        "name",
        &[
            "Nội dung tuyên truyền",
            "Nội dung",
            "Tên nội dung",
            "Chủ đề",
        ],
        true,
    ),
    f(
        "target",
        &[
            "Chỉ tiêu",
            "Chỉ tiêu (tin, bài)",
            "Số lượng kế hoạch",
            "Kế hoạch",
        ],
        false,
    ),
    f("keywords", &["Từ khóa"], false),
    f("parent", &["Mã cha", "Thuộc nội dung", "Thuộc"], false),
];

pub const EVENTS: &[FieldDef] = &[
    f("id", &["Mã", "Mã sự kiện"], false),
    f(
        "name",
        &["Sự kiện", "Tên sự kiện", "Ngày kỷ niệm", "Tên ngày kỷ niệm"],
        true,
    ),
    f("date", &["Ngày", "Ngày diễn ra"], true),
    f("theme", &["Nội dung", "Mã nội dung"], false),
];

/// The plan's key–value labels and what they give.
pub const PLAN_LABELS: &[(&str, &[&str])] = &[
    ("year", &["Năm"]),
    ("title", &["Tên kế hoạch", "Kế hoạch"]),
    ("id", &["Số kế hoạch", "Số hiệu"]),
    ("start", &["Từ ngày"]),
    ("end", &["Đến ngày"]),
    ("organization.name", &["Cơ quan báo cáo", "Cơ quan"]),
    ("organization.parent", &["Cơ quan chủ quản"]),
    ("organization.place", &["Địa danh"]),
];

pub type Labels = &'static [(&'static str, &'static [&'static str])];

pub const FORMATS: Labels = &[
    ("print_article", &["Bài báo in", "Báo in", "Bài in"]),
    (
        "online_article",
        &[
            "Tin, bài báo điện tử",
            "Báo điện tử",
            "Tin bài điện tử",
            "Tin",
            "Bài",
            "Tin bài",
            "Bài viết",
        ],
    ),
    ("emagazine", &["E-magazine", "Emagazine", "Longform"]),
    ("infographic", &["Infographic", "Đồ họa"]),
    ("photo_story", &["Phóng sự ảnh", "Ảnh"]),
    ("video", &["Video", "Clip, video", "Clip", "Video clip"]),
    (
        "tv_report",
        &["Phóng sự truyền hình", "Truyền hình", "Tin truyền hình"],
    ),
    (
        "radio_report",
        &["Phóng sự phát thanh", "Phát thanh", "Tin phát thanh"],
    ),
    (
        "social_post",
        &["Bài mạng xã hội", "Mạng xã hội", "Bài đăng mạng xã hội"],
    ),
    ("other", &["Khác"]),
];

pub const TONES: Labels = &[
    ("positive", &["Tích cực"]),
    ("neutral", &["Trung lập", "Trung tính", "Bình thường"]),
    ("negative", &["Tiêu cực"]),
];

pub const LEVELS: Labels = &[
    ("central", &["Trung ương"]),
    ("provincial", &["Tỉnh", "Của tỉnh", "Địa phương"]),
    ("other_province", &["Tỉnh bạn", "Tỉnh khác", "Ngoài tỉnh"]),
    ("other", &["Khác"]),
];

pub const KINDS: Labels = &[
    ("newspaper", &["Báo in", "Báo"]),
    ("magazine", &["Tạp chí"]),
    ("online", &["Báo điện tử", "Trang thông tin điện tử"]),
    ("tv", &["Truyền hình"]),
    ("radio", &["Phát thanh"]),
    ("news_agency", &["Thông tấn"]),
];

/// What a header cell is, for one section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// One of the section's columns, by its key.
    Named(&'static str),
    /// A wide contracts column: the quantity ordered of this format.
    Wide(&'static str),
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Named(k) | Field::Wide(k) => k,
        }
    }
}

/// True for a header naming the row's running number ("STT", "TT").
pub fn is_running_number(header: &str) -> bool {
    matches!(fold(header).as_str(), "stt" | "tt")
}

fn names_match(folded: &str, names: &[&str], key: &str) -> bool {
    folded == fold(key) || names.iter().any(|n| fold(n) == folded)
}

fn names_match_loose(bare: &str, names: &[&str]) -> bool {
    !bare.is_empty()
        && names
            .iter()
            .any(|n| fold(n) == bare || fold_without_parentheses(n) == bare)
}

/// The field of `section` that `header` names, if any: folded equality, then
/// again with the text in parentheses removed; the JSON field name matches too.
pub fn match_header(section: Section, header: &str) -> Option<Field> {
    if is_running_number(header) {
        return None;
    }
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    let fields = section.fields();
    if let Some(d) = fields.iter().find(|d| names_match(&folded, d.names, d.key)) {
        return Some(Field::Named(d.key));
    }
    let wide = |folded: &str| -> Option<Field> {
        if section != Section::Contracts {
            return None;
        }
        let body = folded.strip_prefix("so luong ").unwrap_or(folded);
        FORMATS
            .iter()
            .find(|(value, labels)| *value == body || labels.iter().any(|l| fold(l) == body))
            .map(|(value, _)| Field::Wide(value))
    };
    if let Some(w) = wide(&folded) {
        return Some(w);
    }
    let bare = fold_without_parentheses(header);
    if bare != folded {
        if let Some(d) = fields.iter().find(|d| names_match_loose(&bare, d.names)) {
            return Some(Field::Named(d.key));
        }
        return wide(&bare);
    }
    None
}

/// The plan label `text` names, if any.
pub fn match_plan_label(text: &str) -> Option<&'static str> {
    let folded = fold(text);
    let bare = fold_without_parentheses(text);
    PLAN_LABELS.iter().find_map(|(key, labels)| {
        labels
            .iter()
            .any(|l| fold(l) == folded || (!bare.is_empty() && fold(l) == bare))
            .then_some(*key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold_and_drop_parentheses() {
        assert_eq!(
            match_header(Section::Coverage, "Đường dẫn (link)"),
            Some(Field::Named("url"))
        );
        assert_eq!(
            match_header(Section::Coverage, "NGÀY ĐĂNG"),
            Some(Field::Named("date"))
        );
        assert_eq!(match_header(Section::Coverage, "value_vnd"), None);
        assert_eq!(
            match_header(Section::Contracts, "value_vnd"),
            Some(Field::Named("value_vnd"))
        );
        assert_eq!(
            match_header(Section::Contracts, "Giá trị (đồng)"),
            Some(Field::Named("value_vnd"))
        );
        assert_eq!(
            match_header(Section::Contracts, "Giá trị (triệu)"),
            Some(Field::Named("value_vnd"))
        );
        assert_eq!(
            match_header(Section::Themes, "Chỉ tiêu (tin, bài)"),
            Some(Field::Named("target"))
        );
        assert_eq!(
            match_header(Section::Themes, "STT nội dung"),
            Some(Field::Named("code"))
        );
    }

    #[test]
    fn running_numbers_are_ignored() {
        for s in Section::ALL {
            assert_eq!(match_header(s, "STT"), None);
            assert_eq!(match_header(s, "T.T"), None);
        }
    }

    #[test]
    fn wide_format_columns() {
        assert_eq!(
            match_header(Section::Contracts, "Số lượng video"),
            Some(Field::Wide("video"))
        );
        assert_eq!(
            match_header(Section::Contracts, "Số lượng tin, bài báo điện tử"),
            Some(Field::Wide("online_article"))
        );
        assert_eq!(
            match_header(Section::Contracts, "Phóng sự truyền hình"),
            Some(Field::Wide("tv_report"))
        );
        assert_eq!(
            match_header(Section::Contracts, "Số lượng"),
            Some(Field::Named("quantity"))
        );
        assert_eq!(match_header(Section::Coverage, "Số lượng video"), None);
    }

    #[test]
    fn plan_labels() {
        assert_eq!(match_plan_label("Năm"), Some("year"));
        assert_eq!(match_plan_label("Số hiệu"), Some("id"));
        assert_eq!(
            match_plan_label("Cơ quan chủ quản"),
            Some("organization.parent")
        );
        assert_eq!(match_plan_label("Ghi chú"), None);
    }
}
