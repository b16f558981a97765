//! JSON Schema of the `coverage-report/v1` input format (feature `schema`): mirror
//! types of the format, documented in Vietnamese and English, from which
//! `public/coverage-report-v1.schema.json` is generated.
//!
//! These types are never used to load data ([`crate::load`] reads bytes leniently,
//! with its own messages); they only describe well-formed input for the people
//! and tools that produce it. `crates/model/tests/schema.rs` keeps the committed
//! file equal to [`schema_json`] (`UPDATE_SCHEMA=1` rewrites it).

use schemars::JsonSchema;

/// The largest integer the format allows: 2^53 − 1.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// The schema of one `coverage-report/v1` file.
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(CoverageReportFile)
}

/// [`schema`] as pretty JSON with a final newline: the text of the committed file.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// Tệp dữ liệu `coverage-report/v1` — one file of a `coverage-report/v1` dataset.
///
/// VI: Một bộ dữ liệu gồm một hay nhiều tệp JSON (UTF-8); các mảng được nối theo
/// thứ tự tệp. Lược đồ này mô tả dữ liệu đúng chuẩn, chặt chẽ. Ứng dụng thì dễ
/// dãi hơn: một bản ghi sai (cơ quan báo chí, hợp đồng, tin bài) chỉ bị loại
/// riêng bản ghi đó, phần còn lại vẫn được tải; vì vậy một tệp không qua được
/// lược đồ vẫn có thể tải được, kèm danh sách bản ghi bị loại. Lược đồ không
/// kiểm tra được những gì cần cả bộ dữ liệu: mã trùng, tham chiếu tới mã không
/// có, ngày có thật trong lịch, `end` trước `start`, kỳ báo cáo quá 120 tháng.
///
/// EN: A dataset is one or more JSON files (UTF-8); their arrays are
/// concatenated in file order. This schema describes well-formed input,
/// strictly. The app is lenient: a bad record (outlet, contract, coverage item)
/// is quarantined on its own and the rest loads, so a file that fails this
/// schema may still load, with its quarantined records listed. What needs the
/// whole dataset is beyond a schema: duplicate ids, references to unknown ids,
/// real calendar days, `end` before `start`, periods over 120 months. Unknown
/// fields are allowed and ignored. Integers must be written without a fraction
/// or exponent (`10`, not `10.0`), which JSON Schema cannot express.
#[derive(JsonSchema)]
#[schemars(title = "coverage-report/v1")]
pub struct CoverageReportFile {
    /// Phiên bản định dạng, luôn là "coverage-report/v1" — format version, always "coverage-report/v1".
    #[schemars(extend("const" = "coverage-report/v1"))]
    pub format: String,
    /// Cơ quan báo cáo; có thể có ở nhiều tệp nếu giống hệt nhau — issuing body; may repeat across files only if identical.
    pub organization: Option<Organization>,
    /// Kế hoạch; bắt buộc trong cả bộ dữ liệu, có thể có ở nhiều tệp nếu giống hệt nhau — the plan; required in the dataset as a whole, may repeat across files only if identical.
    pub plan: Option<Plan>,
    /// Cơ quan báo chí — press outlets.
    pub outlets: Option<Vec<Outlet>>,
    /// Hợp đồng đặt hàng, ký kết tuyên truyền — contracts.
    pub contracts: Option<Vec<Contract>>,
    /// Tin, bài, sản phẩm đã đăng/phát — published or broadcast coverage items.
    pub coverage: Option<Vec<CoverageItem>>,
}

/// Ngày dạng `YYYY-MM-DD`, là một ngày có thật (không phải `31/12/2024`) — a date `YYYY-MM-DD`, a real calendar day (not `31/12/2024`).
#[derive(JsonSchema)]
#[schemars(extend("pattern" = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format" = "date"))]
pub struct Date(pub String);

/// Cơ quan báo cáo — the issuing body.
#[derive(JsonSchema)]
pub struct Organization {
    /// Tên cơ quan, vd. "Sở Thông tin và Truyền thông tỉnh Thanh Hóa" — name of the issuing body.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Cơ quan chủ quản, vd. "UBND TỈNH THANH HÓA" — governing body shown above it.
    pub parent: Option<String>,
    /// Địa danh ghi ở dòng ngày tháng — place name used in the dateline.
    pub place: Option<String>,
}

/// Kế hoạch tuyên truyền — the plan.
#[derive(JsonSchema)]
pub struct Plan {
    /// Số hiệu kế hoạch, vd. "KH-2024" — plan identifier.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Tên kế hoạch — plan title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Năm báo cáo — reporting year.
    #[schemars(range(min = 1000, max = 9999))]
    pub year: i32,
    /// Kỳ báo cáo; mặc định 1/1 – 31/12 của `year`; `start <= end`, tối đa 120 tháng — reporting period; default 1 Jan – 31 Dec of `year`; `start <= end`, at most 120 months.
    pub period: Option<Period>,
    /// Cây nội dung tuyên truyền trọng tâm, ít nhất một — the theme tree, at least one theme.
    #[schemars(length(min = 1))]
    pub themes: Vec<Theme>,
    /// Sự kiện, ngày kỷ niệm — anniversaries and key events.
    pub events: Option<Vec<Event>>,
}

/// Khoảng ngày, gồm cả hai đầu — a date range, both ends included.
#[derive(JsonSchema)]
pub struct Period {
    /// Ngày đầu — first day.
    pub start: Date,
    /// Ngày cuối, không trước `start` — last day, not before `start`.
    pub end: Date,
}

/// Nội dung tuyên truyền (một nút của cây) — a theme (a node of the tree).
#[derive(JsonSchema)]
pub struct Theme {
    /// Mã, duy nhất trong cả cây, vd. "1", "1.2", "KT" — code, unique in the whole tree.
    #[schemars(length(min = 1))]
    pub code: String,
    /// Tên nội dung — theme name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Số tin, bài dự kiến — planned number of coverage items.
    #[schemars(range(max = MAX_SAFE_INTEGER))]
    pub target: Option<u64>,
    /// Từ khóa gợi ý gắn nội dung; không ảnh hưởng số liệu — words suggesting this theme, for tagging help; they change no count.
    pub keywords: Option<Vec<String>>,
    /// Nội dung con — sub-themes.
    pub children: Option<Vec<Theme>>,
}

/// Sự kiện, ngày kỷ niệm — an anniversary or key event.
#[derive(JsonSchema)]
pub struct Event {
    /// Mã, duy nhất trong các sự kiện — id, unique among events.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Tên, vd. "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" — name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Ngày diễn ra — the day itself.
    pub date: Date,
    /// Mã nội dung mà sự kiện thuộc về — theme code it belongs to.
    #[schemars(length(min = 1))]
    pub theme: Option<String>,
}

/// Cơ quan báo chí — a press outlet.
#[derive(JsonSchema)]
pub struct Outlet {
    /// Mã, duy nhất, vd. "nhandan" — id, unique.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Tên, vd. "Báo Nhân Dân" — name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Cấp — level.
    pub level: Level,
    /// Loại hình — kind.
    pub kind: Option<OutletKind>,
}

/// Cấp của cơ quan báo chí — level of an outlet.
#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
pub enum Level {
    /// Trung ương — central.
    Central,
    /// Của tỉnh — provincial.
    Provincial,
    /// Tỉnh bạn — of another province.
    OtherProvince,
    /// Khác — other.
    Other,
}

/// Loại hình báo chí — kind of outlet.
#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
pub enum OutletKind {
    /// Báo in — newspaper.
    Newspaper,
    /// Tạp chí — magazine.
    Magazine,
    /// Báo điện tử — online.
    Online,
    /// Truyền hình — television.
    Tv,
    /// Phát thanh — radio.
    Radio,
    /// Thông tấn — news agency.
    NewsAgency,
}

/// Hợp đồng đặt hàng, ký kết tuyên truyền — a contract.
#[derive(JsonSchema)]
pub struct Contract {
    /// Số hợp đồng, duy nhất, vd. "05/2024/HĐ-STTTT" — contract number, unique.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Mã cơ quan báo chí — an outlet `id`.
    #[schemars(length(min = 1))]
    pub outlet: String,
    /// Nội dung hợp đồng — subject of the contract.
    #[schemars(length(min = 1))]
    pub title: Option<String>,
    /// Ngày ký — signing date.
    pub signed: Option<Date>,
    /// Ngày bắt đầu thực hiện — start of the term.
    pub start: Date,
    /// Ngày kết thúc, không trước `start` — end of the term, not before `start`.
    pub end: Date,
    /// Giá trị hợp đồng (đồng) — contract value in đồng.
    #[schemars(range(max = MAX_SAFE_INTEGER))]
    pub value_vnd: u64,
    /// Sản phẩm đặt hàng, ít nhất một — what is ordered, at least one line.
    #[schemars(length(min = 1))]
    pub deliverables: Vec<Deliverable>,
}

/// Một dòng sản phẩm đặt hàng — one ordered deliverable.
#[derive(JsonSchema)]
pub struct Deliverable {
    /// Loại sản phẩm — what is ordered.
    pub format: Format,
    /// Số lượng, ít nhất 1 — how many, at least 1.
    #[schemars(range(min = 1, max = MAX_SAFE_INTEGER))]
    pub quantity: u64,
    /// Mã các nội dung cần tuyên truyền; không ảnh hưởng số liệu — theme codes it is meant to cover; they change no count.
    #[schemars(inner(length(min = 1)))]
    pub themes: Option<Vec<String>>,
}

/// Tin, bài, sản phẩm đã đăng/phát — a published or broadcast coverage item.
#[derive(JsonSchema)]
pub struct CoverageItem {
    /// Mã, duy nhất — id, unique.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Ngày đăng/phát — publication or broadcast date.
    pub date: Date,
    /// Mã cơ quan báo chí — an outlet `id`.
    #[schemars(length(min = 1))]
    pub outlet: String,
    /// Tiêu đề — headline.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Đường dẫn; chỉ liên kết `http:`/`https:` được bấm; "" là không có — link; only `http:` and `https:` links are made clickable; "" means none.
    pub url: Option<String>,
    /// Loại sản phẩm — format.
    pub format: Format,
    /// Mã nội dung; rỗng hay không có là chưa gắn nội dung — theme codes; empty or absent means untagged.
    #[schemars(inner(length(min = 1)))]
    pub themes: Option<Vec<String>>,
    /// Mã hợp đồng; không có là tự đăng — a contract `id`; absent means not under contract.
    #[schemars(length(min = 1))]
    pub contract: Option<String>,
    /// Mã sự kiện — an event `id`.
    #[schemars(length(min = 1))]
    pub event: Option<String>,
    /// Sắc thái; không có là chưa đánh giá — tone; absent means not rated.
    pub tone: Option<Tone>,
    /// Lượt xem, nghe, phát hành theo số liệu của cơ quan báo chí — views, listeners or circulation as measured by the outlet.
    #[schemars(range(max = MAX_SAFE_INTEGER))]
    pub reach: Option<u64>,
    /// Tóm tắt — short abstract.
    pub summary: Option<String>,
}

/// Loại sản phẩm báo chí — format of a product.
#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
pub enum Format {
    /// Bài báo in — print article.
    PrintArticle,
    /// Tin, bài báo điện tử — online article.
    OnlineArticle,
    /// E-magazine — e-magazine.
    Emagazine,
    /// Đồ họa thông tin — infographic.
    Infographic,
    /// Phóng sự ảnh — photo story.
    PhotoStory,
    /// Clip, video — video.
    Video,
    /// Phóng sự truyền hình — TV report.
    TvReport,
    /// Phóng sự phát thanh — radio report.
    RadioReport,
    /// Bài mạng xã hội — social media post.
    SocialPost,
    /// Khác — other.
    Other,
}

/// Sắc thái của tin, bài — tone of an item.
#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
pub enum Tone {
    /// Tích cực — positive.
    Positive,
    /// Trung lập — neutral.
    Neutral,
    /// Tiêu cực — negative.
    Negative,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_match_the_loader() {
        let names = |schema: schemars::Schema| -> Vec<String> {
            let v = schema.as_value().clone();
            let list = v
                .get("oneOf")
                .and_then(|l| l.as_array())
                .cloned()
                .unwrap_or_default();
            list.iter()
                .filter_map(|s| s.get("const").and_then(|c| c.as_str()).map(str::to_owned))
                .collect()
        };
        let mut generator = schemars::SchemaGenerator::default();
        let spelled = |all: &[&str]| all.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            names(Format::json_schema(&mut generator)),
            spelled(crate::Format::NAMES)
        );
        assert_eq!(
            names(Level::json_schema(&mut generator)),
            spelled(crate::Level::NAMES)
        );
        assert_eq!(
            names(OutletKind::json_schema(&mut generator)),
            spelled(crate::OutletKind::NAMES)
        );
        assert_eq!(
            names(Tone::json_schema(&mut generator)),
            spelled(crate::Tone::NAMES)
        );
    }
}
