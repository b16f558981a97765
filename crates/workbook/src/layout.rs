//! The sheets phusong writes and their column heads: each head is the first column name
//! `spreadsheet-import.md` gives for its field, so a written workbook reads back as the
//! same records. One sheet per section, in the order the spec reads them.

/// A column: its head and its width in characters.
pub struct Col {
    pub head: &'static str,
    pub width: f64,
}

const fn col(head: &'static str, width: f64) -> Col {
    Col { head, width }
}

/// The plan's key–value sheet: its labels (column A), values in column B.
pub const PLAN_SHEET: &str = "Kế hoạch";
pub const PLAN_LABELS: [&str; 8] = [
    "Năm",
    "Tên kế hoạch",
    "Số kế hoạch",
    "Từ ngày",
    "Đến ngày",
    "Cơ quan báo cáo",
    "Cơ quan chủ quản",
    "Địa danh",
];

/// The themes of the plan.
pub const THEMES_SHEET: &str = "Nội dung";
pub const THEMES: [Col; 5] = [
    col("Mã", 8.0),
    col("Nội dung tuyên truyền", 48.0),
    col("Chỉ tiêu", 10.0),
    col("Từ khóa", 30.0),
    col("Mã cha", 9.0),
];

/// The plan's events.
pub const EVENTS_SHEET: &str = "Sự kiện";
pub const EVENTS: [Col; 4] = [
    col("Mã", 12.0),
    col("Sự kiện", 48.0),
    col("Ngày", 12.0),
    col("Nội dung", 10.0),
];

/// The outlets.
pub const OUTLETS_SHEET: &str = "Cơ quan báo chí";
pub const OUTLETS: [Col; 4] = [
    col("Mã", 14.0),
    col("Tên cơ quan báo chí", 36.0),
    col("Cấp", 14.0),
    col("Loại hình", 14.0),
];

/// The contracts, one row per deliverable (the spec's long form).
pub const CONTRACTS_SHEET: &str = "Hợp đồng";
pub const CONTRACTS: [Col; 10] = [
    col("Số hợp đồng", 20.0),
    col("Cơ quan báo chí", 16.0),
    col("Tên hợp đồng", 36.0),
    col("Ngày ký", 12.0),
    col("Từ ngày", 12.0),
    col("Đến ngày", 12.0),
    col("Giá trị", 16.0),
    col("Loại sản phẩm", 22.0),
    col("Số lượng", 10.0),
    col("Nội dung đặt hàng", 16.0),
];

/// The coverage.
pub const COVERAGE_SHEET: &str = "Tin bài";
pub const COVERAGE: [Col; 12] = [
    col("Mã", 12.0),
    col("Ngày đăng", 12.0),
    col("Cơ quan báo chí", 16.0),
    col("Tiêu đề", 48.0),
    col("Đường dẫn", 30.0),
    col("Loại sản phẩm", 22.0),
    col("Nội dung tuyên truyền", 14.0),
    col("Số hợp đồng", 20.0),
    col("Sự kiện", 12.0),
    col("Sắc thái", 12.0),
    col("Lượt tiếp cận", 12.0),
    col("Tóm tắt", 40.0),
];

/// The sheet of instructions (no header row: the reader skips it).
pub const GUIDE_SHEET: &str = "Hướng dẫn";

/// Rows of a sheet that get the drop-down lists.
pub const LIST_ROWS: u32 = 5000;
