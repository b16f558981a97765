//! The words the charts draw themselves, in Vietnamese and English.

use crate::Lang;

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

const VI: Messages = Messages {
    no_data: "Không có dữ liệu",
    untagged: "Chưa gắn chủ đề",
    themes_title: "Kết quả thực hiện theo nội dung tuyên truyền",
    months_title: "Số tin, bài theo tháng",
    contracts_title: "Tiến độ thực hiện hợp đồng",
    outlets_title: "Số tin, bài theo cơ quan báo chí",
    formats_title: "Số tin, bài theo loại hình",
    tone_title: "Sắc thái tin, bài",
    target: "Chỉ tiêu",
    no_target: "Không có chỉ tiêu",
    at_target: "100 % trở lên",
    done: "Hoàn thành",
    on_pace: "Đúng tiến độ",
    behind: "Chậm tiến độ",
    not_started: "Chưa thực hiện",
    contracted: "Theo hợp đồng",
    uncontracted: "Tự đăng",
    other_outlets: "Cơ quan khác",
    positive: "Tích cực",
    neutral: "Trung lập",
    negative: "Tiêu cực",
    unrated: "Chưa đánh giá",
};

const EN: Messages = Messages {
    no_data: "No data",
    untagged: "Untagged",
    themes_title: "Attainment by theme",
    months_title: "Items by month",
    contracts_title: "Contract fulfilment",
    outlets_title: "Items by outlet",
    formats_title: "Items by format",
    tone_title: "Tone of coverage",
    target: "Target",
    no_target: "No target",
    at_target: "100 % or more",
    done: "Done",
    on_pace: "On pace",
    behind: "Behind pace",
    not_started: "Not started",
    contracted: "Under contract",
    uncontracted: "Not under contract",
    other_outlets: "Other outlets",
    positive: "Positive",
    neutral: "Neutral",
    negative: "Negative",
    unrated: "Not rated",
};

/// The catalogue of `lang`.
pub(crate) fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
