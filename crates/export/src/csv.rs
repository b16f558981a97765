//! CSV downloads of the report's tables, for Excel: UTF-8 with a BOM, CRLF line
//! ends, RFC 4180 quoting, and a defence against CSV injection.
//!
//! Cells of numeric columns are written as plain numbers so spreadsheets read
//! them as numbers: integers without thousands separators (`1.234.567` →
//! `1234567`), percentages as the number alone with a decimal comma (`45,5 %` →
//! `45,5`, the column head ending in "(%)"), missing values (`–`) as empty.
//! Every other cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a
//! leading `'`, so a title such as `=cmd|' /C calc'!A0` stays text.

use crate::tables::{sorted_positions, ItemSort, Table};
use crate::text::{fmt_date, fmt_int};
use phusong_engine::Report;
use phusong_model::{Dataset, Lang};

/// The byte order mark Excel needs to read UTF-8.
pub const BOM: char = '\u{FEFF}';

/// The table as CSV: head row, then every row.
pub fn table_csv(table: &Table) -> String {
    let mut out = String::new();
    out.push(BOM);
    let heads = table.columns.iter().map(|c| text_cell(&c.title));
    push_record(&mut out, heads);
    for row in &table.rows {
        let cells = row.cells.iter().enumerate().map(|(i, cell)| {
            let numeric = table.columns.get(i).is_some_and(|c| c.numeric);
            match numeric.then(|| plain_number(cell)).flatten() {
                Some(n) => n,
                None => text_cell(cell),
            }
        });
        push_record(&mut out, cells);
    }
    out
}

/// The columns of the items CSV: the row number, then the item's fields, each headed by a
/// column name of `spreadsheet-import.md` (Vietnamese) or by the field's JSON name
/// (English), so that the file loads back as coverage data.
const ITEM_COLUMNS: [(&str, &str, bool); 13] = [
    ("STT", "no", true),
    ("Mã", "id", false),
    ("Ngày đăng", "date", false),
    ("Cơ quan báo chí", "outlet", false),
    ("Tiêu đề", "title", false),
    ("Loại sản phẩm", "format", false),
    ("Nội dung tuyên truyền", "themes", false),
    ("Số hợp đồng", "contract", false),
    ("Sự kiện", "event", false),
    ("Sắc thái", "tone", false),
    ("Lượt tiếp cận", "reach", true),
    ("Đường dẫn", "url", false),
    ("Tóm tắt", "summary", false),
];

/// "Danh sách tin, bài": every item of the view, by date, as CSV that loads back to the
/// same items (`spreadsheet-import.md`): its id, date, outlet (by name), title, format and
/// tone (labels in Vietnamese, JSON values in English), theme codes split by "; ", contract
/// number, event id, reach, url and summary.
pub fn items_csv(data: &Dataset, report: &Report, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let columns = ITEM_COLUMNS
        .iter()
        .map(|&(head, field, numeric)| crate::tables::Column {
            title: if vi { head } else { field }.to_owned(),
            numeric,
            sort: None,
            links: false,
        })
        .collect();
    let order = sorted_positions(data, report, ItemSort::Date(true));
    let rows = order
        .iter()
        .filter_map(|&p| data.items.get(p as usize))
        .zip(1u64..)
        .map(|(item, n)| {
            let themes: Vec<&str> = item
                .themes
                .iter()
                .filter_map(|&t| data.plan.themes.get(t as usize).map(|t| t.code.as_str()))
                .collect();
            let cells = vec![
                fmt_int(n),
                item.id().to_owned(),
                fmt_date(item.date),
                data.outlets
                    .get(item.outlet as usize)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                item.title().to_owned(),
                if vi {
                    item.format.label(lang)
                } else {
                    item.format.as_str()
                }
                .to_owned(),
                themes.join("; "),
                item.contract
                    .and_then(|c| data.contracts.get(c as usize))
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
                item.event
                    .and_then(|e| data.plan.events.get(e as usize))
                    .map(|e| e.id.clone())
                    .unwrap_or_default(),
                item.tone
                    .map(|t| if vi { t.label(lang) } else { t.as_str() })
                    .unwrap_or_default()
                    .to_owned(),
                item.reach.map(fmt_int).unwrap_or_default(),
                item.url().unwrap_or_default().to_owned(),
                item.summary().unwrap_or_default().to_owned(),
            ];
            crate::tables::Row {
                cells,
                filter: None,
                link: None,
            }
        })
        .collect();
    table_csv(&crate::tables::Table {
        section: crate::tables::Section::Items,
        title: String::new(),
        columns,
        rows,
    })
}

/// Appends one record and its CRLF.
fn push_record(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        quote_into(out, &cell);
    }
    out.push_str("\r\n");
}

/// Writes a field, quoted (with `"` doubled) when it holds `"`, `,`, CR or LF.
fn quote_into(out: &mut String, cell: &str) {
    if cell.contains(['"', ',', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// A text cell, neutralised when a spreadsheet would read it as a formula.
fn text_cell(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The plain number of a formatted numeric cell (`1.234` → `1234`, `45,5 %` →
/// `45,5`, `–` → empty), or `None` when the cell is not such a number.
fn plain_number(cell: &str) -> Option<String> {
    let cell = cell.trim();
    if cell.is_empty() || cell == "–" {
        return Some(String::new());
    }
    let body = cell
        .strip_suffix(" %")
        .or_else(|| cell.strip_suffix(" đ"))
        .unwrap_or(cell);
    let (int, frac) = match body.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    // Thousands groups: 1–3 digits, then groups of exactly 3.
    let mut groups = int.split('.');
    let first = groups.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || first.len() > 3 && int.contains('.') {
        return None;
    }
    let mut plain: String = first.to_owned();
    for g in groups {
        if g.len() != 3 || !digits(g) {
            return None;
        }
        plain.push_str(g);
    }
    if let Some(f) = frac {
        if !digits(f) {
            return None;
        }
        plain.push(',');
        plain.push_str(f);
    }
    Some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::{report_tables, Column, Row};
    use crate::test_util::{report, small};
    use phusong_engine::Filter;

    fn table(cols: &[(&str, bool)], rows: &[&[&str]]) -> Table {
        Table {
            section: crate::tables::Section::Events,
            title: "Test".to_owned(),
            columns: cols
                .iter()
                .map(|(t, n)| Column {
                    title: (*t).to_owned(),
                    numeric: *n,
                    sort: None,
                    links: false,
                })
                .collect(),
            rows: rows
                .iter()
                .map(|r| Row {
                    cells: r.iter().map(|c| (*c).to_owned()).collect(),
                    filter: None,
                    link: None,
                })
                .collect(),
        }
    }

    #[test]
    fn bom_crlf_and_quoting() {
        let t = table(
            &[("Tên", false), ("Số tin, bài", true)],
            &[
                &["Báo \"Nhân Dân\"", "1.234"],
                &["a, b", "7"],
                &["dòng 1\ndòng 2", "–"],
            ],
        );
        let csv = table_csv(&t);
        assert!(csv.starts_with('\u{FEFF}'));
        assert_eq!(
            csv,
            "\u{FEFF}Tên,\"Số tin, bài\"\r\n\"Báo \"\"Nhân Dân\"\"\",1234\r\n\"a, b\",7\r\n\"dòng 1\ndòng 2\",\r\n"
        );
    }

    #[test]
    fn injection_is_neutralised() {
        let t = table(
            &[("Tiêu đề", false), ("N", true)],
            &[
                &["=cmd|' /C calc'!A0", "1"],
                &["+1+1", "2"],
                &["-2+3", "3"],
                &["@SUM(A1)", "4"],
                &["\tx", "5"],
                &["\rx", "6"],
                &["bình thường", "=1+1"],
            ],
        );
        let csv = table_csv(&t);
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(lines[1], "'=cmd|' /C calc'!A0,1");
        assert_eq!(lines[2], "'+1+1,2");
        assert_eq!(lines[3], "'-2+3,3");
        assert_eq!(lines[4], "'@SUM(A1),4");
        assert_eq!(lines[5], "'\tx,5");
        // A CR-led cell is quoted (it holds CR) and neutralised inside the quotes.
        assert_eq!(lines[6], "\"'\rx\",6");
        // A numeric column that does not hold a number is treated as text.
        assert_eq!(lines[7], "bình thường,'=1+1");
    }

    #[test]
    fn numbers_are_plain() {
        assert_eq!(plain_number("1.234.567").as_deref(), Some("1234567"));
        assert_eq!(plain_number("45,5 %").as_deref(), Some("45,5"));
        assert_eq!(plain_number("100 %").as_deref(), Some("100"));
        assert_eq!(plain_number("1.250 %").as_deref(), Some("1250"));
        assert_eq!(plain_number("280.000.000 đ").as_deref(), Some("280000000"));
        assert_eq!(plain_number("–").as_deref(), Some(""));
        assert_eq!(plain_number("").as_deref(), Some(""));
        assert_eq!(plain_number("1.23"), None);
        assert_eq!(plain_number("1234.567"), None);
        assert_eq!(plain_number("-5"), None);
        assert_eq!(plain_number("=1"), None);
        assert_eq!(plain_number("1,2,3"), None);
    }

    #[test]
    fn report_tables_as_csv() {
        let data = small();
        let r = report(&data, &Filter::default());
        let tables = report_tables(&data, &r, Lang::Vi);
        let contracts = tables
            .iter()
            .find(|t| t.section == crate::tables::Section::Contracts)
            .unwrap();
        let csv = table_csv(contracts);
        let mut lines = csv.trim_start_matches(BOM).split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            "Số hợp đồng,Cơ quan báo chí,Giá trị (đ),Đặt hàng,Đã thực hiện,Tỷ lệ thực hiện (%),Thời gian đã qua (%),Tiến độ,Ngoài thời hạn,Ngoài danh mục đặt hàng"
        );
        assert_eq!(
            lines.next().unwrap(),
            "01/2024/HĐ-TT,Báo Nhân Dân,280000000,27,15,\"55,6\",100,Chậm tiến độ,0,1"
        );
    }

    #[test]
    fn whole_appendix() {
        let data = small();
        let r = report(&data, &Filter::default());
        let csv = items_csv(&data, &r, Lang::Vi);
        let records = csv.matches("\r\n").count();
        assert!(records >= 119, "{records}");
        let head = csv.trim_start_matches(BOM).split("\r\n").next().unwrap();
        assert_eq!(
            head,
            "STT,Mã,Ngày đăng,Cơ quan báo chí,Tiêu đề,Loại sản phẩm,Nội dung tuyên truyền,Số hợp đồng,Sự kiện,Sắc thái,Lượt tiếp cận,Đường dẫn,Tóm tắt"
        );
        assert!(csv.contains("\r\n118,"));
        // In English the heads are the JSON field names and the vocabularies their JSON values.
        let en = items_csv(&data, &r, Lang::En);
        let head = en.trim_start_matches(BOM).split("\r\n").next().unwrap();
        assert_eq!(
            head,
            "no,id,date,outlet,title,format,themes,contract,event,tone,reach,url,summary"
        );
        assert!(en.contains(",positive,") && !en.contains(",Positive,"));
    }
}
