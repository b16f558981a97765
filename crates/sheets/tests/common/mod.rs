//! Helpers of the integration tests: workbooks made with rust_xlsxwriter, files
//! converted and loaded as the app would, summaries as JSON text.
#![allow(dead_code)]

use phusong_engine::{report_of, summary, Filter};
use phusong_model::{load, Loaded, SourceFile};
use phusong_sheets::{convert_all, Converted, Outcome, Source};
use rust_xlsxwriter::{Format, Workbook};
use std::io::{Cursor, Read, Write};

/// A cell of a test sheet.
#[derive(Clone, Debug)]
pub enum C {
    S(&'static str),
    T(String),
    N(f64),
    /// A date cell (an Excel serial with a date format).
    D(f64),
    F(&'static str, &'static str),
    E,
}
pub use C::*;

/// A test sheet: name, rows from row 1, merged ranges (first row, first col, last row,
/// last col; 0-based), hidden.
pub struct SheetSpec {
    pub name: &'static str,
    pub rows: Vec<Vec<C>>,
    pub merges: Vec<(u32, u16, u32, u16)>,
    pub hidden: bool,
}

pub fn sheet(name: &'static str, rows: Vec<Vec<C>>) -> SheetSpec {
    SheetSpec {
        name,
        rows,
        merges: Vec::new(),
        hidden: false,
    }
}

pub fn xlsx(sheets: &[SheetSpec]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(s.name).unwrap();
        for (r, row) in s.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if s.merges.iter().any(|m| m.0 == r && m.1 == c) {
                    continue;
                }
                match cell {
                    S(t) => {
                        ws.write_string(r, c, *t).unwrap();
                    }
                    T(t) => {
                        ws.write_string(r, c, t).unwrap();
                    }
                    N(n) => {
                        ws.write_number(r, c, *n).unwrap();
                    }
                    D(n) => {
                        ws.write_number_with_format(r, c, *n, &date).unwrap();
                    }
                    F(f, v) => {
                        ws.write_formula(r, c, *f).unwrap();
                        ws.set_formula_result(r, c, *v);
                    }
                    E => {}
                }
            }
        }
        for m in &s.merges {
            let text = match s.rows.get(m.0 as usize).and_then(|r| r.get(m.1 as usize)) {
                Some(S(t)) => t.to_string(),
                Some(T(t)) => t.clone(),
                _ => String::new(),
            };
            ws.merge_range(m.0, m.1, m.2, m.3, &text, &Format::new())
                .unwrap();
        }
        if s.hidden {
            ws.set_hidden(true);
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The workbook with its date system switched to 1904 (rust_xlsxwriter writes 1900).
pub fn to_1904(bytes: &[u8]) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if name == "xl/workbook.xml" {
            let text = String::from_utf8(data).unwrap();
            let text = if text.contains("<workbookPr/>") {
                text.replace("<workbookPr/>", "<workbookPr date1904=\"1\"/>")
            } else {
                text.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1)
            };
            data = text.into_bytes();
        }
        out.start_file(name, opts).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Converts the spreadsheets among `files` (JSON ones pass through) and loads all.
pub fn convert_and_load(files: &[(&str, Vec<u8>)]) -> (Vec<Outcome>, Loaded) {
    let sources: Vec<Source> = files
        .iter()
        .map(|(n, b)| Source { name: n, bytes: b })
        .collect();
    let outcomes = convert_all(&sources);
    let mut texts: Vec<(String, Vec<u8>)> = Vec::new();
    for ((name, bytes), o) in files.iter().zip(&outcomes) {
        match o {
            Outcome::Json => texts.push((name.to_string(), bytes.clone())),
            Outcome::Converted(c) => texts.push((name.to_string(), c.json.clone().into_bytes())),
            Outcome::Refused(_) => {}
        }
    }
    let loaded = load(texts.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
    (outcomes, loaded)
}

pub fn converted(o: &Outcome) -> &Converted {
    match o {
        Outcome::Converted(c) => c,
        other => panic!("not converted: {other:?}"),
    }
}

pub fn json_of(c: &Converted) -> serde_json::Value {
    serde_json::from_str(&c.json).unwrap()
}

/// The unfiltered summary as JSON text.
pub fn summary_text(loaded: &Loaded) -> String {
    let report = report_of(loaded, &Filter::default()).expect("a plan");
    serde_json::to_string(&summary(loaded.dataset.as_ref().unwrap(), &report)).unwrap()
}

/// A plan workbook's sheets: key–value plan and a themes sheet.
pub fn plan_sheets() -> Vec<SheetSpec> {
    vec![
        sheet(
            "Kế hoạch",
            vec![
                vec![S("THÔNG TIN KẾ HOẠCH")],
                vec![S("Năm"), N(2025.0)],
                vec![S("Tên kế hoạch"), S("Kế hoạch tuyên truyền 2025")],
                vec![S("Cơ quan báo cáo"), S("Sở Văn hóa")],
            ],
        ),
        sheet(
            "Nội dung",
            vec![
                vec![S("Mã"), S("Nội dung tuyên truyền"), S("Chỉ tiêu")],
                vec![S("1"), S("Kinh tế"), N(10.0)],
                vec![S("1.1"), S("Đầu tư, hạ tầng"), N(5.0)],
                vec![S("2"), S("Văn hóa")],
            ],
        ),
        sheet(
            "Cơ quan",
            vec![
                vec![S("Mã"), S("Tên cơ quan báo chí"), S("Cấp"), S("Loại hình")],
                vec![S("nd"), S("Báo Nhân Dân"), S("Trung ương"), S("Báo in")],
                vec![
                    S("vtv"),
                    S("Đài Truyền hình Việt Nam"),
                    S("Trung ương"),
                    S("Truyền hình"),
                ],
                vec![S("bt"), S("Báo tỉnh"), S("Của tỉnh"), S("Báo")],
            ],
        ),
    ]
}
