//! Located problems and refusals, as data, with their Vietnamese and English
//! messages: what is wrong, where (file, sheet, row, column letter and header),
//! and how to fix it.

use crate::columns::Section;
use crate::values::Bad;

/// The language of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was skipped on purpose (a hidden sheet, a totals row).
    Note,
    /// Read, but not as written (a duplicate column, a code written as a number).
    Warning,
    /// A value the record cannot use: the record will be quarantined (or, in the
    /// plan, the file refused) when loaded.
    Error,
}

/// Where a problem is. `row` is the row number as the spreadsheet shows it (in
/// delimited text, the record number, the first being 1).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    pub file: String,
    pub sheet: Option<String>,
    pub row: Option<u32>,
    /// Column letter and header text.
    pub column: Option<(String, String)>,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    HiddenSheet,
    /// No header row, not a key–value sheet.
    SheetNotRecognised,
    /// A best row with at least two fields of `section` but not its required ones.
    SheetLacksColumns {
        section: Section,
        missing: Vec<String>,
        headers: Vec<String>,
    },
    /// A second column of the same field (this one) is ignored; `used` is the letter
    /// of the one read.
    DuplicateColumn {
        field: String,
        used: String,
    },
    /// Rows without a format were read as `online_article`.
    FormatDefaulted {
        rows: usize,
    },
    TotalsRow {
        text: String,
    },
    BadValue {
        field: String,
        bad: Bad,
    },
    /// A reference that matches no record (the load quarantines the record).
    UnknownReference {
        field: String,
        text: String,
    },
    /// A name matching several records; the first in load order is taken.
    AmbiguousName {
        field: String,
        text: String,
        chosen: String,
        count: usize,
    },
    /// A theme code written as a number cell.
    CodeAsNumber {
        text: String,
    },
    /// Rows of one contract (long sheet) that disagree in this column.
    ContractDisagrees {
        id: String,
        values: Vec<String>,
    },
    /// A required value left empty (the load quarantines the record).
    Missing {
        field: String,
    },
    /// Themes nested deeper than the reader follows.
    TooDeep,
    /// Organization labels given without "Cơ quan báo cáo".
    OrganizationWithoutName,
    /// More merged cells than the reader keeps.
    TooManyMergedCells,
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub place: Place,
    pub kind: ProblemKind,
}

/// Why a whole file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusalKind {
    /// Not one of the extensions of the spec.
    NotASpreadsheet,
    /// The workbook could not be read (damaged, or not what its extension says).
    Damaged {
        detail: String,
    },
    PasswordProtected,
    /// Its parts would unpack to more than `limit` bytes (100 × the file, or the cap).
    ZipBomb {
        unpacked: u64,
        limit: u64,
    },
    /// A sheet past 1,048,576 rows or 16,384 columns.
    SheetTooLarge {
        sheet: String,
    },
    /// More cells than the reader keeps.
    TooManyCells {
        limit: usize,
    },
    /// Delimited text neither UTF-8 nor UTF-16 with a BOM.
    Encoding,
    /// An .xls (Excel 95 or older, or a BIFF8 writer of its own) whose text is in a code page
    /// the reader does not decode: a multi-byte one (932 Japanese, 936 and 950 Chinese,
    /// 949 Korean, ...) or one it does not know.
    CodePage {
        code_page: u16,
    },
    /// A quoted field that never ends, starting in record `row`.
    UnterminatedQuote {
        row: u32,
    },
    /// A NUL byte in delimited text, in record `row`.
    NulByte {
        row: u32,
    },
    /// No sheet recognised: each sheet and what it lacked.
    NothingRecognised {
        sheets: Vec<(String, String)>,
    },
    /// A plan without a year, and none loaded with it.
    NoPlanYear,
    /// A plan without themes, and none loaded with it.
    NoThemes,
    /// A theme's parent code that is not in the sheet.
    UnknownParent {
        sheet: String,
        row: u32,
        code: String,
        parent: String,
    },
    /// Themes whose parents go round in a circle.
    ParentCycle {
        sheet: String,
        code: String,
    },
    /// Themes nested more than 20 levels deep.
    ThemesTooDeep {
        sheet: String,
    },
    /// Two themes with the same code.
    DuplicateCode {
        sheet: String,
        row: u32,
        code: String,
    },
}

/// A file refused whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub file: String,
    pub kind: RefusalKind,
    /// How its sheets were read, when it was refused for recognising none of them (so the
    /// user can choose how to read one); empty otherwise.
    pub reading: Vec<crate::read::SheetReading>,
}

fn q(s: &str) -> String {
    format!("'{s}'")
}

impl Place {
    /// "Tệp 'a.xlsx', trang 'Tháng 3', dòng 17, cột C 'Ngày đăng'".
    pub fn describe(&self, lang: Lang) -> String {
        let (file, sheet, row, col) = match lang {
            Lang::Vi => ("Tệp", "trang", "dòng", "cột"),
            Lang::En => ("File", "sheet", "row", "column"),
        };
        let mut out = format!("{file} {}", q(&self.file));
        if let Some(s) = &self.sheet {
            out.push_str(&format!(", {sheet} {}", q(s)));
        }
        if let Some(r) = self.row {
            out.push_str(&format!(", {row} {r}"));
        }
        if let Some((letter, header)) = &self.column {
            out.push_str(&format!(", {col} {letter} {}", q(header)));
        }
        out
    }
}

fn section_name(s: Section, lang: Lang) -> &'static str {
    match (s, lang) {
        (Section::Coverage, Lang::Vi) => "tin, bài",
        (Section::Contracts, Lang::Vi) => "hợp đồng",
        (Section::Outlets, Lang::Vi) => "cơ quan báo chí",
        (Section::Themes, Lang::Vi) => "nội dung tuyên truyền",
        (Section::Events, Lang::Vi) => "sự kiện",
        (Section::Coverage, Lang::En) => "coverage",
        (Section::Contracts, Lang::En) => "contracts",
        (Section::Outlets, Lang::En) => "outlets",
        (Section::Themes, Lang::En) => "themes",
        (Section::Events, Lang::En) => "events",
    }
}

fn bad_message(bad: &Bad, lang: Lang) -> String {
    let t = q(bad.text());
    match (bad, lang) {
        (Bad::Formula { .. }, Lang::Vi) => format!("{t} là lỗi công thức hoặc công thức chưa được tính; hãy sửa công thức hoặc ghi giá trị"),
        (Bad::Formula { .. }, Lang::En) => format!("{t} is a formula error or a formula with no saved value; fix the formula or type the value"),
        (Bad::NotADate { .. }, Lang::Vi) => format!("{t} không phải ngày; hãy ghi ngày/tháng/năm đủ 4 chữ số năm (ví dụ 07/05/2024) hoặc dùng ô kiểu ngày"),
        (Bad::NotADate { .. }, Lang::En) => format!("{t} is not a date; write day/month/year with a 4-digit year (e.g. 07/05/2024) or use a date cell"),
        (Bad::NoSuchDay { .. }, Lang::Vi) => format!("{t} không phải ngày có thật; hãy sửa ngày"),
        (Bad::NoSuchDay { .. }, Lang::En) => format!("{t} is not a real day; correct the date"),
        (Bad::BadSerial { .. }, Lang::Vi) => format!("số {t} không phải ngày Excel hợp lệ; hãy ghi ngày/tháng/năm"),
        (Bad::BadSerial { .. }, Lang::En) => format!("the number {t} is not a valid Excel day; write day/month/year"),
        (Bad::NotAnInteger { .. }, Lang::Vi) => format!("{t} không phải số nguyên; hãy ghi chữ số, có thể nhóm ba chữ số (1.250.000)"),
        (Bad::NotAnInteger { .. }, Lang::En) => format!("{t} is not a whole number; write digits, optionally grouped in threes (1.250.000)"),
        (Bad::Negative { .. }, Lang::Vi) => format!("{t} là số âm; hãy ghi số từ 0 trở lên"),
        (Bad::Negative { .. }, Lang::En) => format!("{t} is negative; write a number from 0 up"),
        (Bad::TooLarge { .. }, Lang::Vi) => format!("{t} quá lớn (tối đa 9007199254740991)"),
        (Bad::TooLarge { .. }, Lang::En) => format!("{t} is too large (at most 9007199254740991)"),
        (Bad::UnknownLabel { .. }, Lang::Vi) => format!("{t} không có trong danh sách giá trị của cột này; hãy chọn một giá trị trong danh sách"),
        (Bad::UnknownLabel { .. }, Lang::En) => format!("{t} is not one of this column's values; choose one from the list"),
    }
}

impl Problem {
    /// The message: where, what, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let at = self.place.describe(lang);
        let vi = lang == Lang::Vi;
        let what = match &self.kind {
            ProblemKind::HiddenSheet if vi => "trang bị ẩn, không đọc; hãy hiện trang nếu cần đọc".to_owned(),
            ProblemKind::HiddenSheet => "hidden sheet, not read; unhide it if it should be".to_owned(),
            ProblemKind::SheetNotRecognised if vi => "không nhận ra dòng tiêu đề cột nào trong 20 dòng đầu; trang được bỏ qua".to_owned(),
            ProblemKind::SheetNotRecognised => "no header row found in its first 20 rows; the sheet is skipped".to_owned(),
            ProblemKind::SheetLacksColumns { section, missing, headers } => {
                let m = missing.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ");
                let h = headers.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ");
                if vi {
                    format!("trang giống danh sách {} nhưng thiếu cột {m} (các cột có: {h}); trang được bỏ qua, hãy thêm cột còn thiếu", section_name(*section, lang))
                } else {
                    format!("looks like a {} sheet but lacks the column(s) {m} (it has: {h}); skipped, add the missing columns", section_name(*section, lang))
                }
            }
            ProblemKind::DuplicateColumn { field, used } if vi => format!("cột thứ hai cho '{field}' bị bỏ qua; cột {used} được dùng"),
            ProblemKind::DuplicateColumn { field, used } => format!("a second column for '{field}' is ignored; column {used} is used"),
            ProblemKind::FormatDefaulted { rows } if vi => format!("{rows} dòng không ghi loại sản phẩm được tính là tin, bài báo điện tử; hãy ghi cột 'Loại sản phẩm' nếu khác"),
            ProblemKind::FormatDefaulted { rows } => format!("{rows} row(s) without a format were read as online articles; fill in 'Loại sản phẩm' if not"),
            ProblemKind::TotalsRow { text } if vi => format!("dòng tổng {} được bỏ qua", q(text)),
            ProblemKind::TotalsRow { text } => format!("totals row {} skipped", q(text)),
            ProblemKind::BadValue { bad, .. } => bad_message(bad, lang),
            ProblemKind::UnknownReference { field, text } if vi => format!("{} không khớp mã hay tên nào ({field}); bản ghi sẽ bị tách riêng, hãy sửa cho đúng mã hoặc tên", q(text)),
            ProblemKind::UnknownReference { field, text } => format!("{} matches no id or name ({field}); the record will be quarantined, correct the id or name", q(text)),
            ProblemKind::AmbiguousName { text, chosen, count, .. } if vi => format!("tên {} khớp {count} bản ghi; lấy bản ghi đầu tiên ({}), hãy ghi mã để rõ", q(text), q(chosen)),
            ProblemKind::AmbiguousName { text, chosen, count, .. } => format!("the name {} matches {count} records; the first ({}) is taken, write the id to be clear", q(text), q(chosen)),
            ProblemKind::CodeAsNumber { text } if vi => format!("mã {} được ghi dạng số và đọc như Excel hiển thị; hãy định dạng cột mã là văn bản", q(text)),
            ProblemKind::CodeAsNumber { text } => format!("the code {} is a number cell, read as Excel shows it; format the code column as text", q(text)),
            ProblemKind::ContractDisagrees { id, values } => {
                let v = values.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ");
                if vi {
                    format!("các dòng của hợp đồng {} ghi khác nhau ({v}); hợp đồng sẽ bị tách riêng, hãy ghi giống nhau hoặc để trống", q(id))
                } else {
                    format!("the rows of contract {} disagree ({v}); the contract will be quarantined, make them equal or leave them empty", q(id))
                }
            }
            ProblemKind::Missing { field } if vi => format!("ô trống nhưng '{field}' là bắt buộc; bản ghi sẽ bị tách riêng, hãy điền vào"),
            ProblemKind::Missing { field } => format!("empty, but '{field}' is required; the record will be quarantined, fill it in"),
            ProblemKind::TooDeep if vi => "nội dung lồng quá 20 cấp".to_owned(),
            ProblemKind::TooDeep => "themes nested more than 20 levels deep".to_owned(),
            ProblemKind::OrganizationWithoutName if vi => "có thông tin cơ quan nhưng thiếu 'Cơ quan báo cáo'; phần cơ quan được bỏ qua".to_owned(),
            ProblemKind::OrganizationWithoutName => "organization details without 'Cơ quan báo cáo'; the organization is left out".to_owned(),
            ProblemKind::TooManyMergedCells if vi => "quá nhiều ô gộp; phần vượt quá không được điền xuống".to_owned(),
            ProblemKind::TooManyMergedCells => "too many merged cells; the rest are not filled down".to_owned(),
        };
        format!("{at}: {what}")
    }
}

impl Refused {
    /// The message: what is wrong with the file and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let f = q(&self.file);
        let vi = lang == Lang::Vi;
        match &self.kind {
            RefusalKind::NotASpreadsheet if vi => format!("Tệp {f} không phải bảng tính .xlsx, .xlsm, .xls, .ods, .csv, .tsv hay .txt; hãy lưu lại bằng một trong các dạng đó"),
            RefusalKind::NotASpreadsheet => format!("File {f} is not a .xlsx, .xlsm, .xls, .ods, .csv, .tsv or .txt spreadsheet; save it in one of those"),
            RefusalKind::Damaged { detail } if vi => format!("Tệp {f} bị hỏng hoặc không đúng dạng ({detail}); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại"),
            RefusalKind::Damaged { detail } => format!("File {f} is damaged or not what its name says ({detail}); open it in Excel or LibreOffice and save it again"),
            RefusalKind::PasswordProtected if vi => format!("Tệp {f} có mật khẩu; hãy bỏ mật khẩu rồi chọn lại"),
            RefusalKind::PasswordProtected => format!("File {f} is password-protected; remove the password and choose it again"),
            RefusalKind::ZipBomb { unpacked, limit } if vi => format!("Tệp {f} giải nén ra {unpacked} byte, quá giới hạn {limit} byte; hãy mở bằng Excel, xóa phần thừa rồi lưu lại"),
            RefusalKind::ZipBomb { unpacked, limit } => format!("File {f} would unpack to {unpacked} bytes, past the limit of {limit}; open it in Excel, delete what is not needed and save it again"),
            RefusalKind::SheetTooLarge { sheet } if vi => format!("Tệp {f}, trang {}: quá 1.048.576 dòng hoặc 16.384 cột; hãy chia nhỏ", q(sheet)),
            RefusalKind::SheetTooLarge { sheet } => format!("File {f}, sheet {}: more than 1,048,576 rows or 16,384 columns; split it", q(sheet)),
            RefusalKind::TooManyCells { limit } if vi => format!("Tệp {f} có quá {limit} ô; hãy chia thành nhiều tệp"),
            RefusalKind::TooManyCells { limit } => format!("File {f} has more than {limit} cells; split it into several files"),
            RefusalKind::Encoding if vi => format!("Tệp {f} không phải văn bản UTF-8; trong Excel hãy chọn Lưu dưới dạng CSV UTF-8 (Save As > CSV UTF-8)"),
            RefusalKind::Encoding => format!("File {f} is not UTF-8 text; in Excel use Save As > CSV UTF-8 (Lưu dưới dạng CSV UTF-8)"),
            RefusalKind::CodePage { code_page } if vi => format!("Tệp {f} là .xls kiểu cũ, chữ theo bảng mã {code_page} mà phusong không đọc được; hãy lưu lại tệp dạng .xlsx bằng Excel hoặc LibreOffice rồi chọn lại"),
            RefusalKind::CodePage { code_page } => format!("File {f} is an old-style .xls whose text is in code page {code_page}, which phusong does not read; save it again as .xlsx with Excel or LibreOffice (lưu lại tệp dạng .xlsx) and choose it again"),
            RefusalKind::UnterminatedQuote { row } if vi => format!("Tệp {f}, dòng {row}: dấu ngoặc kép mở mà không đóng; hãy sửa hoặc lưu lại từ Excel"),
            RefusalKind::UnterminatedQuote { row } => format!("File {f}, row {row}: a double quote opens and never closes; fix it or save the file again from Excel"),
            RefusalKind::NulByte { row } if vi => format!("Tệp {f}, dòng {row}: có ký tự NUL, không phải văn bản; hãy lưu lại dạng CSV UTF-8"),
            RefusalKind::NulByte { row } => format!("File {f}, row {row}: holds a NUL byte, not text; save it again as CSV UTF-8"),
            RefusalKind::NothingRecognised { sheets } => {
                let each = sheets.iter().map(|(s, why)| format!("{} ({why})", q(s))).collect::<Vec<_>>().join("; ");
                if vi {
                    format!("Tệp {f}: không trang nào được nhận ra: {each}; hãy đặt dòng tiêu đề cột theo mẫu (ví dụ 'Ngày đăng', 'Cơ quan báo chí', 'Tiêu đề')")
                } else {
                    format!("File {f}: no sheet recognised: {each}; give each sheet a header row as in the template (e.g. 'Ngày đăng', 'Cơ quan báo chí', 'Tiêu đề')")
                }
            }
            RefusalKind::NoPlanYear if vi => format!("Tệp {f}: thiếu năm của kế hoạch; hãy thêm trang kế hoạch có dòng 'Năm' hoặc chọn cùng tệp kế hoạch"),
            RefusalKind::NoPlanYear => format!("File {f}: the plan's year is missing (thiếu năm của kế hoạch); add a plan sheet with a 'Năm' row or load the plan file with it"),
            RefusalKind::NoThemes if vi => format!("Tệp {f}: kế hoạch chưa có nội dung tuyên truyền; hãy thêm trang nội dung hoặc chọn cùng tệp kế hoạch"),
            RefusalKind::NoThemes => format!("File {f}: the plan has no themes; add a themes sheet or load the plan file with it"),
            RefusalKind::UnknownParent { sheet, row, code, parent } if vi => format!("Tệp {f}, trang {}, dòng {row}: nội dung {} thuộc mã {} không có trong trang; hãy sửa mã cha", q(sheet), q(code), q(parent)),
            RefusalKind::UnknownParent { sheet, row, code, parent } => format!("File {f}, sheet {}, row {row}: theme {} belongs to {}, which is not on the sheet; correct the parent code", q(sheet), q(code), q(parent)),
            RefusalKind::ParentCycle { sheet, code } if vi => format!("Tệp {f}, trang {}: nội dung {} là cha của chính nó (vòng lặp); hãy sửa mã cha", q(sheet), q(code)),
            RefusalKind::ParentCycle { sheet, code } => format!("File {f}, sheet {}: theme {} is its own ancestor (a cycle); correct the parent codes", q(sheet), q(code)),
            RefusalKind::ThemesTooDeep { sheet } if vi => format!("Tệp {f}, trang {}: nội dung lồng quá 20 cấp; hãy rút gọn cây nội dung", q(sheet)),
            RefusalKind::ThemesTooDeep { sheet } => format!("File {f}, sheet {}: themes nested more than 20 levels deep; flatten the tree", q(sheet)),
            RefusalKind::DuplicateCode { sheet, row, code } if vi => format!("Tệp {f}, trang {}, dòng {row}: mã nội dung {} bị trùng; mỗi mã chỉ ghi một lần", q(sheet), q(code)),
            RefusalKind::DuplicateCode { sheet, row, code } => format!("File {f}, sheet {}, row {row}: the theme code {} is repeated; give each code once", q(sheet), q(code)),
        }
    }
}
