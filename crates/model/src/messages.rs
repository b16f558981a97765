//! The message catalogue: every diagnostic rendered in Vietnamese or English,
//! saying what is wrong, where (file, record, field) and how to fix it.

use crate::check::MAX_SAFE_INTEGER;
use crate::date::format_iso;
use crate::diagnostics::{
    Expected, FieldProblem, FileError, Found, Quarantined, Reason, RecordLocation, RefKind,
    RefusedFile, Warning, WarningKind,
};
use crate::labels::Lang;
use crate::parse::FORMAT;
use crate::plan::MAX_PERIOD_MONTHS;

/// "Tệp 'a.json' bị từ chối: … ".
pub fn refused(r: &RefusedFile, lang: Lang) -> String {
    // A spreadsheet's refusal names the file itself and says what to do.
    if let FileError::Spreadsheet { vi, en } = &r.error {
        return match lang {
            Lang::Vi => {
                format!("{vi}. Không tải gì từ tệp này; dữ liệu đã tải trước đó giữ nguyên.")
            }
            Lang::En => {
                format!("{en}. Nothing was loaded from it; data loaded before is unchanged.")
            }
        };
    }
    let what = file_error(&r.error, lang);
    match lang {
        Lang::Vi => format!(
            "Tệp '{}' bị từ chối, không tải gì từ tệp này: {what} Dữ liệu đã tải trước đó giữ nguyên.",
            r.file
        ),
        Lang::En => format!(
            "File '{}' was refused, nothing was loaded from it: {what} Data loaded before is unchanged.",
            r.file
        ),
    }
}

/// "Tệp 'a.json', coverage\[13\] (id 'c13') bị loại: …".
pub fn quarantined(q: &Quarantined, lang: Lang) -> String {
    quarantined_at(q, &location(&q.at, lang), lang)
}

/// [`quarantined`], the record's place written as `place` (a spreadsheet's sheet and row).
pub fn quarantined_at(q: &Quarantined, place: &str, lang: Lang) -> String {
    let reasons: Vec<String> = q.reasons.iter().map(|r| reason(r, lang)).collect();
    match lang {
        Lang::Vi => format!("{place} bị loại khỏi báo cáo: {}", reasons.join("; ")),
        Lang::En => format!("{place} was left out of the report: {}", reasons.join("; ")),
    }
}

/// "Tệp 'a.json', coverage\[13\] (id 'c13'): …".
pub fn warning(w: &Warning, lang: Lang) -> String {
    warning_at(w, &location(&w.at, lang), lang)
}

/// [`warning`], the record's place written as `place` (a spreadsheet's sheet and row).
pub fn warning_at(w: &Warning, place: &str, lang: Lang) -> String {
    format!("{place}: {}", warning_kind(&w.kind, lang))
}

/// "tệp 'a.json', coverage\[13\] (id 'c13')".
pub fn location(at: &RecordLocation, lang: Lang) -> String {
    let id = match (&at.id, lang) {
        (Some(id), Lang::Vi) => format!(" (id '{id}')"),
        (Some(id), Lang::En) => format!(" (id '{id}')"),
        (None, _) => String::new(),
    };
    match lang {
        Lang::Vi => format!(
            "Tệp '{}', {}[{}]{id}",
            at.file,
            at.section.as_str(),
            at.index
        ),
        Lang::En => format!(
            "File '{}', {}[{}]{id}",
            at.file,
            at.section.as_str(),
            at.index
        ),
    }
}

/// One file-level error.
pub fn file_error(e: &FileError, lang: Lang) -> String {
    use Lang::*;
    match (e, lang) {
        (FileError::NotUtf8 { line, column }, Vi) => format!(
            "tệp không phải văn bản UTF-8 (byte lạ ở dòng {line}, cột {column}). Hãy lưu lại tệp với bảng mã UTF-8 (trong Excel/Notepad: \"Save as\" → UTF-8)."
        ),
        (FileError::NotUtf8 { line, column }, En) => format!(
            "the file is not UTF-8 text (bad byte at line {line}, column {column}). Save it again with UTF-8 encoding."
        ),
        (FileError::Empty, Vi) => "tệp rỗng, không có dữ liệu JSON. Hãy chọn đúng tệp dữ liệu.".into(),
        (FileError::Empty, En) => "the file is empty: there is no JSON in it. Choose the right data file.".into(),
        (FileError::Syntax { line, column, detail }, Vi) => format!(
            "không phải JSON hợp lệ ở dòng {line}, cột {column}: {}. Hãy sửa chỗ đó (có thể kiểm tra bằng một trình kiểm tra JSON) rồi tải lại.",
            syntax_vi(detail)
        ),
        (FileError::Syntax { line, column, detail }, En) => format!(
            "not valid JSON at line {line}, column {column}: {}. Fix it there and load the file again.",
            syntax_en(detail)
        ),
        (FileError::NotObject { found }, Vi) => format!(
            "tệp phải là một đối tượng JSON {{ \"format\": \"{FORMAT}\", … }}, nhưng cấp ngoài cùng là {}.",
            found_vi(found)
        ),
        (FileError::NotObject { found }, En) => format!(
            "the file must be a JSON object {{ \"format\": \"{FORMAT}\", … }}, but its top level is {}.",
            found_en(found)
        ),
        (FileError::FormatMissing, Vi) => format!("thiếu trường \"format\". Hãy thêm \"format\": \"{FORMAT}\" vào đầu tệp."),
        (FileError::FormatMissing, En) => format!("the \"format\" field is missing. Add \"format\": \"{FORMAT}\" at the top of the file."),
        (FileError::FormatWrong { found }, Vi) => format!(
            "trường \"format\" là {}, phiên bản này chỉ đọc \"{FORMAT}\". Hãy xuất lại dữ liệu theo định dạng {FORMAT}.",
            found_vi(found)
        ),
        (FileError::FormatWrong { found }, En) => format!(
            "\"format\" is {}; this version reads only \"{FORMAT}\". Export the data again as {FORMAT}.",
            found_en(found)
        ),
        (FileError::SectionNotArray { section, found }, Vi) => format!(
            "phần \"{}\" phải là một mảng [ … ], nhưng là {}.",
            section.as_str(),
            found_vi(found)
        ),
        (FileError::SectionNotArray { section, found }, En) => format!(
            "the \"{}\" section must be an array [ … ], but it is {}.",
            section.as_str(),
            found_en(found)
        ),
        (FileError::Field { path, problem }, _) => field_problem(path, problem, lang),
        (FileError::Differs { section, first_file }, Vi) => format!(
            "phần \"{section}\" khác với \"{section}\" trong tệp '{first_file}' đã tải. Một bộ dữ liệu chỉ có một kế hoạch và một cơ quan báo cáo: hãy sửa cho giống nhau, hoặc bỏ phần này khỏi tệp."
        ),
        (FileError::Differs { section, first_file }, En) => format!(
            "its \"{section}\" differs from the one in '{first_file}', loaded already. A dataset has one plan and one organization: make them identical or remove this one."
        ),
        (FileError::Unreadable { detail }, Vi) => format!(
            "trình duyệt không đọc được tệp ({detail}). Hãy kiểm tra tệp còn ở chỗ cũ và mở được (thư mục mạng còn kết nối), hoặc chép tệp về máy rồi chọn lại."
        ),
        (FileError::Unreadable { detail }, En) => format!(
            "the browser could not read the file ({detail}). Check that it is still there and can be opened (the network share is connected), or copy it to this computer and choose it again."
        ),
        (FileError::Spreadsheet { vi, .. }, Vi) => vi.clone(),
        (FileError::Spreadsheet { en, .. }, En) => en.clone(),
        (FileError::TooLarge { bytes, room, limit }, Vi) => format!(
            "tệp có {} MB, {} (một trang tải được tối đa khoảng {} MB dữ liệu, chừng 4 triệu tin, bài). Hãy bớt dữ liệu không cần cho báo cáo (ví dụ chỉ giữ các tin, bài của năm kế hoạch), hoặc tổng hợp bằng lệnh \"phusong summary\" trên máy tính.",
            megabytes(*bytes, Vi),
            if room < limit {
                format!("quá chỗ còn lại ({} MB) bên cạnh dữ liệu đã tải", megabytes(*room, Vi))
            } else {
                "quá lớn để mở trong trình duyệt".to_owned()
            },
            megabytes(*limit, Vi)
        ),
        (FileError::TooLarge { bytes, room, limit }, En) => format!(
            "the file is {} MB, {} (a page holds at most about {} MB of data, some 4 million items). Leave out data the report does not need (e.g. keep only the plan year's items), or summarise it with \"phusong summary\" on a computer.",
            megabytes(*bytes, En),
            if room < limit {
                format!("more than the room left ({} MB) next to the data already loaded", megabytes(*room, En))
            } else {
                "too large to open in a browser".to_owned()
            },
            megabytes(*limit, En)
        ),
    }
}

/// Bytes in whole megabytes (10^6), rounded up, grouped by thousands ("1.500" in
/// Vietnamese, "1,500" in English).
fn megabytes(bytes: u64, lang: Lang) -> String {
    let mb = bytes.div_ceil(1_000_000).to_string();
    let separator = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in mb.chars().enumerate() {
        if i > 0 && (mb.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

fn field_problem(path: &str, p: &FieldProblem, lang: Lang) -> String {
    use Lang::*;
    match (p, lang) {
        (FieldProblem::Missing, Vi) => format!("thiếu trường bắt buộc {path}. Hãy bổ sung trường này."),
        (FieldProblem::Missing, En) => format!("the required field {path} is missing. Add it."),
        (FieldProblem::IllTyped { expected, found }, Vi) => format!(
            "trường {path} phải là {}, nhưng là {}.",
            expected_vi(*expected),
            found_vi(found)
        ),
        (FieldProblem::IllTyped { expected, found }, En) => format!(
            "{path} must be {}, but it is {}.",
            expected_en(*expected),
            found_en(found)
        ),
        (FieldProblem::BadDate { value, hint }, _) => bad_date(path, value, hint.as_deref(), lang),
        (FieldProblem::EndBeforeStart { start, end }, Vi) => format!(
            "{path}: ngày kết thúc {} trước ngày bắt đầu {}. Hãy đổi chỗ hoặc sửa lại hai ngày.",
            format_iso(*end),
            format_iso(*start)
        ),
        (FieldProblem::EndBeforeStart { start, end }, En) => format!(
            "{path}: end {} is before start {}. Swap or correct the dates.",
            format_iso(*end),
            format_iso(*start)
        ),
        (FieldProblem::PeriodTooLong { months }, Vi) => format!(
            "{path} kéo dài {months} tháng, tối đa là {MAX_PERIOD_MONTHS} tháng. Hãy rút ngắn kỳ kế hoạch."
        ),
        (FieldProblem::PeriodTooLong { months }, En) => format!(
            "{path} spans {months} months; at most {MAX_PERIOD_MONTHS} are allowed. Shorten the period."
        ),
        (FieldProblem::NoThemes, Vi) => format!("{path} rỗng: kế hoạch phải có ít nhất một nội dung tuyên truyền."),
        (FieldProblem::NoThemes, En) => format!("{path} is empty: a plan needs at least one theme."),
        (FieldProblem::DuplicateThemeCode { code, first }, Vi) => format!(
            "mã nội dung '{code}' ở {path} đã dùng ở {first}. Mỗi mã chỉ được dùng một lần trong cây nội dung."
        ),
        (FieldProblem::DuplicateThemeCode { code, first }, En) => format!(
            "theme code '{code}' at {path} is already used at {first}. Each code may appear once in the tree."
        ),
        (FieldProblem::DuplicateEventId { id }, Vi) => format!("mã sự kiện '{id}' ở {path} bị trùng. Hãy đặt mã khác."),
        (FieldProblem::DuplicateEventId { id }, En) => format!("event id '{id}' at {path} is used twice. Give it another id."),
        (FieldProblem::UnknownTheme { code, suggestion }, Vi) => format!(
            "{path}: mã nội dung '{code}' không có trong cây nội dung của kế hoạch{}.",
            did_you_mean(suggestion.as_deref(), lang)
        ),
        (FieldProblem::UnknownTheme { code, suggestion }, En) => format!(
            "{path}: theme code '{code}' is not in the plan's theme tree{}.",
            did_you_mean(suggestion.as_deref(), lang)
        ),
    }
}

/// One reason a record was quarantined.
pub fn reason(r: &Reason, lang: Lang) -> String {
    use Lang::*;
    match (r, lang) {
        (Reason::NotObject { found }, Vi) => format!("phần tử phải là một đối tượng {{ … }}, nhưng là {}", found_vi(found)),
        (Reason::NotObject { found }, En) => format!("the element must be an object {{ … }}, but it is {}", found_en(found)),
        (Reason::Missing { field }, Vi) => format!("thiếu trường bắt buộc '{field}'"),
        (Reason::Missing { field }, En) => format!("the required field '{field}' is missing"),
        (Reason::IllTyped { field, expected, found }, Vi) => format!(
            "trường '{field}' phải là {}, nhưng là {}",
            expected_vi(*expected),
            found_vi(found)
        ),
        (Reason::IllTyped { field, expected, found }, En) => format!(
            "'{field}' must be {}, but it is {}",
            expected_en(*expected),
            found_en(found)
        ),
        (Reason::NotInList { field, value, allowed, suggestion }, Vi) => format!(
            "giá trị '{value}' của trường '{field}' không có trong danh sách ({}){}",
            allowed.join(", "),
            did_you_mean(*suggestion, lang)
        ),
        (Reason::NotInList { field, value, allowed, suggestion }, En) => format!(
            "'{value}' is not an allowed value of '{field}' ({}){}",
            allowed.join(", "),
            did_you_mean(*suggestion, lang)
        ),
        (Reason::BadDate { field, value, hint }, _) => bad_date(&format!("'{field}'"), value, hint.as_deref(), lang),
        (Reason::UnknownReference { field, target, value, suggestion, quarantined }, Vi) => {
            let what = match target {
                RefKind::Outlet => "mã cơ quan báo chí",
                RefKind::Contract => "số hợp đồng",
                RefKind::Theme => "mã nội dung",
                RefKind::Event => "mã sự kiện",
            };
            let list = match target {
                RefKind::Outlet => "danh sách cơ quan báo chí (outlets)",
                RefKind::Contract => "danh sách hợp đồng (contracts)",
                RefKind::Theme => "cây nội dung của kế hoạch",
                RefKind::Event => "danh sách sự kiện của kế hoạch",
            };
            if *quarantined {
                format!("{what} '{value}' (trường '{field}') thuộc một bản ghi đã bị loại; hãy sửa bản ghi đó trước")
            } else {
                format!("{what} '{value}' (trường '{field}') không có trong {list}{}", did_you_mean(suggestion.as_deref(), lang))
            }
        }
        (Reason::UnknownReference { field, target, value, suggestion, quarantined }, En) => {
            let what = match target {
                RefKind::Outlet => "outlet",
                RefKind::Contract => "contract",
                RefKind::Theme => "theme code",
                RefKind::Event => "event",
            };
            if *quarantined {
                format!("{what} '{value}' ('{field}') belongs to a record that was left out; fix that record first")
            } else {
                format!("{what} '{value}' ('{field}') is not in the loaded data{}", did_you_mean(suggestion.as_deref(), lang))
            }
        }
        (Reason::DuplicateId { id, first_file, first_index }, Vi) => format!(
            "mã '{id}' trùng với bản ghi đã nhận ở tệp '{first_file}', vị trí {first_index}; hãy đặt mã khác hoặc xóa bản trùng"
        ),
        (Reason::DuplicateId { id, first_file, first_index }, En) => format!(
            "id '{id}' is already used by the accepted record at '{first_file}', index {first_index}; give it another id or remove the copy"
        ),
        (Reason::EndBeforeStart { start, end }, Vi) => format!(
            "ngày kết thúc (end) {} trước ngày bắt đầu (start) {}",
            format_iso(*end),
            format_iso(*start)
        ),
        (Reason::EndBeforeStart { start, end }, En) => format!(
            "end {} is before start {}",
            format_iso(*end),
            format_iso(*start)
        ),
        (Reason::Negative { field, value }, Vi) => format!("trường '{field}' là số âm ({value}); phải từ 0 trở lên"),
        (Reason::Negative { field, value }, En) => format!("'{field}' is negative ({value}); it must be 0 or more"),
        (Reason::QuantityBelowOne { field, value }, Vi) => format!("trường '{field}' là {value}; số lượng đặt hàng phải từ 1 trở lên"),
        (Reason::QuantityBelowOne { field, value }, En) => format!("'{field}' is {value}; an ordered quantity must be at least 1"),
        (Reason::NoDeliverables, Vi) => "hợp đồng không có sản phẩm đặt hàng nào (deliverables rỗng); hãy liệt kê ít nhất một".into(),
        (Reason::NoDeliverables, En) => "the contract orders nothing (empty deliverables); list at least one".into(),
    }
}

fn warning_kind(k: &WarningKind, lang: Lang) -> String {
    use Lang::*;
    match (k, lang) {
        (WarningKind::OutOfPeriod { date, start, end }, Vi) => format!(
            "ngày {} nằm ngoài kỳ kế hoạch ({} – {}): tin, bài này không tính vào báo cáo",
            format_iso(*date), format_iso(*start), format_iso(*end)
        ),
        (WarningKind::OutOfPeriod { date, start, end }, En) => format!(
            "date {} is outside the plan period ({} – {}): the item is not counted",
            format_iso(*date), format_iso(*start), format_iso(*end)
        ),
        (WarningKind::OutsideContractTerm { contract, date, start, end }, Vi) => format!(
            "ngày {} nằm ngoài thời hạn hợp đồng '{contract}' ({} – {}); vẫn được tính cho hợp đồng",
            format_iso(*date), format_iso(*start), format_iso(*end)
        ),
        (WarningKind::OutsideContractTerm { contract, date, start, end }, En) => format!(
            "date {} is outside the term of contract '{contract}' ({} – {}); it still counts for the contract",
            format_iso(*date), format_iso(*start), format_iso(*end)
        ),
        (WarningKind::OutletDiffersFromContract { outlet, contract, contract_outlet }, Vi) => format!(
            "cơ quan báo chí '{outlet}' khác với cơ quan của hợp đồng '{contract}' ('{contract_outlet}'); hãy kiểm tra lại"
        ),
        (WarningKind::OutletDiffersFromContract { outlet, contract, contract_outlet }, En) => format!(
            "outlet '{outlet}' differs from the outlet of contract '{contract}' ('{contract_outlet}'); please check"
        ),
        (WarningKind::DuplicateUrl { url, first_file, first_index }, Vi) => format!(
            "đường dẫn '{url}' trùng với tin, bài ở tệp '{first_file}', vị trí {first_index}; có thể bị nhập hai lần"
        ),
        (WarningKind::DuplicateUrl { url, first_file, first_index }, En) => format!(
            "url '{url}' is the same as the item at '{first_file}', index {first_index}; it may have been entered twice"
        ),
        (WarningKind::RepeatedKey { keys }, Vi) => format!(
            "trường {} được ghi hai lần trong một bản ghi; giá trị sau cùng được dùng",
            keys.join(", ")
        ),
        (WarningKind::RepeatedKey { keys }, En) => format!(
            "field {} is written twice in one record; the last value was used",
            keys.join(", ")
        ),
    }
}

fn bad_date(field: &str, value: &str, hint: Option<&str>, lang: Lang) -> String {
    match (lang, hint) {
        (Lang::Vi, Some(h)) => format!(
            "{field} là '{value}': ngày phải có dạng YYYY-MM-DD, ví dụ 2024-12-31; có phải '{h}'?"
        ),
        (Lang::Vi, None) => format!(
            "{field} là '{value}', không phải một ngày có thật dạng YYYY-MM-DD (ví dụ 2024-12-31)"
        ),
        (Lang::En, Some(h)) => format!(
            "{field} is '{value}': dates must read YYYY-MM-DD, e.g. 2024-12-31; did you mean '{h}'?"
        ),
        (Lang::En, None) => {
            format!("{field} is '{value}', not a real day written YYYY-MM-DD (e.g. 2024-12-31)")
        }
    }
}

fn did_you_mean(s: Option<&str>, lang: Lang) -> String {
    match (s, lang) {
        (Some(s), Lang::Vi) => format!("; có phải '{s}'?"),
        (Some(s), Lang::En) => format!("; did you mean '{s}'?"),
        (None, _) => String::new(),
    }
}

fn expected_vi(e: Expected) -> String {
    match e {
        Expected::NonEmptyString => "một chuỗi ký tự không rỗng".into(),
        Expected::String => "một chuỗi ký tự".into(),
        Expected::Integer { min } => format!(
            "một số nguyên từ {min} đến {MAX_SAFE_INTEGER}, viết không có phần thập phân hay số mũ (ví dụ 10, không phải 10.0, 1e1 hay \"10\")"
        ),
        Expected::Year => "một năm từ 1000 đến 9999 (ví dụ 2024)".into(),
        Expected::StringArray => "một mảng chuỗi ký tự, ví dụ [\"1.1\", \"2\"]".into(),
        Expected::Array => "một mảng [ … ]".into(),
        Expected::Object => "một đối tượng { … }".into(),
    }
}

fn expected_en(e: Expected) -> String {
    match e {
        Expected::NonEmptyString => "a non-empty string".into(),
        Expected::String => "a string".into(),
        Expected::Integer { min } => format!(
            "an integer from {min} to {MAX_SAFE_INTEGER} written without fraction or exponent (10, not 10.0, 1e1 or \"10\")"
        ),
        Expected::Year => "a year from 1000 to 9999 (e.g. 2024)".into(),
        Expected::StringArray => "an array of strings, e.g. [\"1.1\", \"2\"]".into(),
        Expected::Array => "an array [ … ]".into(),
        Expected::Object => "an object { … }".into(),
    }
}

fn found_vi(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("giá trị logic {b}"),
        Found::Number(n) => format!("số {n}"),
        Found::String(s) if s.is_empty() => "chuỗi rỗng \"\"".into(),
        Found::String(s) => format!("chuỗi \"{s}\""),
        Found::Array => "một mảng".into(),
        Found::Object => "một đối tượng".into(),
    }
}

fn found_en(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("the boolean {b}"),
        Found::Number(n) => format!("the number {n}"),
        Found::String(s) if s.is_empty() => "an empty string \"\"".into(),
        Found::String(s) => format!("the string \"{s}\""),
        Found::Array => "an array".into(),
        Found::Object => "an object".into(),
    }
}

/// The JSON reader's own words without its position suffix.
fn syntax_en(detail: &str) -> &str {
    detail.split(" at line ").next().unwrap_or(detail)
}

fn syntax_vi(detail: &str) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("EOF while parsing", "tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ] hay dấu ngoặc kép)"),
        ("trailing comma", "có dấu phẩy thừa trước dấu đóng"),
        ("trailing characters", "còn ký tự thừa sau khi đối tượng JSON đã đóng"),
        ("key must be a string", "tên trường phải đặt trong ngoặc kép"),
        ("expected `:`", "thiếu dấu hai chấm sau tên trường"),
        ("expected `,` or", "thiếu dấu phẩy giữa hai phần tử, hoặc thiếu dấu đóng"),
        ("recursion limit", "dữ liệu lồng nhau quá sâu (quá 128 cấp)"),
        ("control character", "chuỗi chứa ký tự điều khiển (như xuống dòng, tab) chưa viết dạng \\n, \\t"),
        ("escape", "chuỗi có ký tự thoát (\\) không hợp lệ"),
        ("surrogate", "chuỗi có mã Unicode \\u không hợp lệ"),
        ("number out of range", "số quá lớn"),
        ("invalid number", "số viết sai"),
        ("expected value", "không đọc được giá trị (NaN, Infinity, dấu phẩy thừa hoặc chữ không có ngoặc kép không phải JSON)"),
        ("expected ident", "từ khóa viết sai (chỉ có true, false, null)"),
    ];
    TABLE
        .iter()
        .find(|(en, _)| detail.contains(en))
        .map_or("lỗi cú pháp JSON", |(_, vi)| vi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Section;

    #[test]
    fn examples_from_the_issue() {
        let at = RecordLocation {
            file: "q1.json".into(),
            section: Section::Coverage,
            index: 4,
            id: Some("c4".into()),
        };
        let q = Quarantined {
            at,
            reasons: vec![
                Reason::BadDate {
                    field: "date".into(),
                    value: "31/12/2024".into(),
                    hint: Some("2024-12-31".into()),
                },
                Reason::UnknownReference {
                    field: "outlet".into(),
                    target: RefKind::Outlet,
                    value: "vnexpres".into(),
                    suggestion: Some("vnexpress".into()),
                    quarantined: false,
                },
            ],
        };
        let vi = quarantined(&q, Lang::Vi);
        assert!(
            vi.starts_with("Tệp 'q1.json', coverage[4] (id 'c4') bị loại"),
            "{vi}"
        );
        assert!(
            vi.contains("ngày phải có dạng YYYY-MM-DD, ví dụ 2024-12-31; có phải '2024-12-31'?"),
            "{vi}"
        );
        assert!(vi.contains("mã cơ quan báo chí 'vnexpres' (trường 'outlet') không có trong danh sách cơ quan báo chí (outlets); có phải 'vnexpress'?"), "{vi}");
        let en = quarantined(&q, Lang::En);
        assert!(en.contains("did you mean 'vnexpress'?"), "{en}");
    }

    #[test]
    fn files_too_large_or_unreadable_say_how_big_and_what_to_do() {
        let whole = RefusedFile {
            file: "toan-bo.json".into(),
            error: FileError::TooLarge {
                bytes: 2_320_801_750,
                room: 1_500_000_000,
                limit: 1_500_000_000,
            },
        };
        let vi = refused(&whole, Lang::Vi);
        assert!(
            vi.contains("tệp có 2.321 MB, quá lớn để mở trong trình duyệt"),
            "{vi}"
        );
        assert!(
            vi.contains("tối đa khoảng 1.500 MB") && vi.contains("phusong summary"),
            "{vi}"
        );
        let en = refused(&whole, Lang::En);
        assert!(
            en.contains("the file is 2,321 MB, too large to open in a browser"),
            "{en}"
        );
        let beside = FileError::TooLarge {
            bytes: 900_000_000,
            room: 600_000_000,
            limit: 1_500_000_000,
        };
        assert!(file_error(&beside, Lang::Vi)
            .contains("quá chỗ còn lại (600 MB) bên cạnh dữ liệu đã tải"));
        let gone = FileError::Unreadable {
            detail: "NotReadableError".into(),
        };
        assert!(file_error(&gone, Lang::Vi).contains("không đọc được tệp (NotReadableError)"));
    }

    #[test]
    fn syntax_errors_are_translated() {
        assert_eq!(syntax_vi("expected value at line 1 column 1"), "không đọc được giá trị (NaN, Infinity, dấu phẩy thừa hoặc chữ không có ngoặc kép không phải JSON)");
        assert_eq!(
            syntax_en("expected value at line 1 column 1"),
            "expected value"
        );
    }
}
