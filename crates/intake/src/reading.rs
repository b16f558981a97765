//! "Cách đọc tệp": how each sheet of a spreadsheet was read, in words: the section it was
//! read as, its header row, which column became which field, what was skipped and why,
//! then the located problems.

use phusong_model::Lang;
use phusong_sheets::{Converted, ReadAs, Section, SheetReading};

/// The spreadsheet crate's language for `lang`.
pub fn sheet_lang(lang: Lang) -> phusong_sheets::Lang {
    match lang {
        Lang::Vi => phusong_sheets::Lang::Vi,
        Lang::En => phusong_sheets::Lang::En,
    }
}

/// One line per sheet of `converted`, then one per located problem.
pub fn reading_lines(converted: &Converted, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = converted
        .reading
        .iter()
        .map(|r| sheet_line(r, lang))
        .collect();
    out.extend(
        converted
            .problems
            .iter()
            .map(|p| p.message(sheet_lang(lang))),
    );
    out
}

/// The section's name in words.
fn section(s: Section, lang: Lang) -> &'static str {
    let vi = lang == Lang::Vi;
    match s {
        Section::Coverage if vi => "tin, bài",
        Section::Coverage => "coverage",
        Section::Contracts if vi => "hợp đồng",
        Section::Contracts => "contracts",
        Section::Outlets if vi => "cơ quan báo chí",
        Section::Outlets => "outlets",
        Section::Themes if vi => "nội dung tuyên truyền",
        Section::Themes => "plan themes",
        Section::Events if vi => "sự kiện, ngày kỷ niệm",
        Section::Events => "events",
    }
}

/// "Trang 'Tin bài': đọc là tin, bài (dòng tiêu đề 3, 120 bản ghi); cột A 'Ngày đăng' →
/// date, …; bỏ qua: cột F 'Ghi chú' (không nhận ra)."
pub fn sheet_line(r: &SheetReading, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let name = format!("'{}'", r.sheet);
    let head = match (&r.read_as, vi) {
        (ReadAs::Section(s), true) => format!(
            "Trang {name}: đọc là danh sách {}{} (dòng tiêu đề {}, {} bản ghi)",
            section(*s, lang),
            if r.long {
                ", mỗi dòng một loại sản phẩm"
            } else {
                ""
            },
            r.header_row.unwrap_or(0),
            r.records
        ),
        (ReadAs::Section(s), false) => format!(
            "Sheet {name}: read as {}{} (header row {}, {} records)",
            section(*s, lang),
            if r.long {
                ", one row per deliverable"
            } else {
                ""
            },
            r.header_row.unwrap_or(0),
            r.records
        ),
        (ReadAs::KeyValue(labels), true) => {
            format!(
                "Trang {name}: đọc là thông tin kế hoạch ({})",
                labels.join(", ")
            )
        }
        (ReadAs::KeyValue(labels), false) => {
            format!(
                "Sheet {name}: read as the plan's details ({})",
                labels.join(", ")
            )
        }
        (ReadAs::Hidden, true) => format!("Trang {name}: trang ẩn, không đọc"),
        (ReadAs::Hidden, false) => format!("Sheet {name}: hidden, not read"),
        (ReadAs::NotRecognised, true) => {
            format!("Trang {name}: không nhận ra dòng tiêu đề cột, không đọc")
        }
        (ReadAs::NotRecognised, false) => format!("Sheet {name}: no header row found, not read"),
        (ReadAs::LacksColumns(s), true) => format!(
            "Trang {name}: giống danh sách {} nhưng thiếu cột bắt buộc, không đọc",
            section(*s, lang)
        ),
        (ReadAs::LacksColumns(s), false) => format!(
            "Sheet {name}: looks like {} but lacks a required column, not read",
            section(*s, lang)
        ),
    };
    let used: Vec<String> = r
        .columns
        .iter()
        .filter_map(|c| {
            let field = c.field.as_ref()?;
            Some(format!("{} '{}' → {field}", c.letter, c.header))
        })
        .collect();
    let skipped: Vec<String> = r
        .columns
        .iter()
        .filter_map(|c| {
            let why = c.ignored.as_ref()?;
            Some(format!(
                "{} '{}' ({})",
                c.letter,
                c.header,
                why_skipped(why, vi)
            ))
        })
        .collect();
    let mut line = head;
    if r.mapped {
        line.push_str(if vi {
            ", theo cách bạn đã chọn"
        } else {
            ", the way you chose"
        });
    }
    if !used.is_empty() {
        line.push_str(&format!("; {}", used.join(", ")));
    }
    if !skipped.is_empty() {
        line.push_str(&if vi {
            format!("; bỏ qua cột {}", skipped.join(", "))
        } else {
            format!("; columns skipped: {}", skipped.join(", "))
        });
    }
    if r.blank_rows > 0 || !r.totals_rows.is_empty() {
        let totals: Vec<String> = r.totals_rows.iter().map(u32::to_string).collect();
        line.push_str(&match (vi, totals.is_empty()) {
            (true, true) => format!("; {} dòng trống", r.blank_rows),
            (true, false) => format!(
                "; {} dòng trống, dòng tổng cộng {} không tính",
                r.blank_rows,
                totals.join(", ")
            ),
            (false, true) => format!("; {} blank rows", r.blank_rows),
            (false, false) => format!(
                "; {} blank rows, totals rows {} not counted",
                r.blank_rows,
                totals.join(", ")
            ),
        });
    }
    line.push('.');
    line
}

/// Why a column was skipped, in words (`phusong_sheets` says it in English).
fn why_skipped(why: &str, vi: bool) -> String {
    if !vi {
        return why.to_owned();
    }
    match why {
        "not recognised" => "không nhận ra".to_owned(),
        "skipped" => "bỏ qua theo cách bạn chọn".to_owned(),
        "wide column in a long sheet" => {
            "cột số lượng theo loại trong trang mỗi dòng một loại".to_owned()
        }
        _ => match why.strip_prefix("duplicate of ") {
            Some(letter) => format!("trùng cột {letter}"),
            None => why.to_owned(),
        },
    }
}

/// Where a record of a converted spreadsheet is, as the user sees the file: "Tệp 'a.xlsx',
/// trang 'Tin bài', dòng 139" (with its id when the sheet gave one), or `None` when `at` is
/// not one of `converted`'s records.
pub fn sheet_place(
    converted: &Converted,
    at: &phusong_model::diagnostics::RecordLocation,
    lang: Lang,
) -> Option<String> {
    if at.file != converted.file {
        return None;
    }
    let (sheet, row) = converted.origin(at.section.as_str(), at.index)?;
    let generated = format!("{}:{sheet}!{row}", converted.file);
    let id = match &at.id {
        Some(id) if *id != generated => format!(" (id '{id}')"),
        _ => String::new(),
    };
    Some(match lang {
        Lang::Vi => format!("Tệp '{}', trang '{sheet}', dòng {row}{id}", at.file),
        Lang::En => format!("File '{}', sheet '{sheet}', row {row}{id}", at.file),
    })
}
