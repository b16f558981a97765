//! The workbook itself: a sheet per section laid out by [`crate::layout`], filled with the
//! template's example rows or a dataset's records.

use crate::layout::{self, Col};
use phusong_model::date::format_vi;
use phusong_model::{Dataset, Format, Lang, Level, OutletKind, Tone};
use rust_xlsxwriter::{DataValidation, Format as CellFormat, Formula, Workbook, Worksheet};

/// Why a workbook could not be written (the writer's own error, in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookError(pub String);

impl std::fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "không ghi được tệp Excel / cannot write the workbook: {}",
            self.0
        )
    }
}

impl std::error::Error for WorkbookError {}

impl From<rust_xlsxwriter::XlsxError> for WorkbookError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        WorkbookError(e.to_string())
    }
}

/// A cell to write.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A count or an amount (exact in f64: the format caps them at 2^53 − 1).
fn number(n: u64) -> Cell {
    Cell::Number(n as f64)
}

fn opt(s: Option<&str>) -> Cell {
    s.filter(|s| !s.is_empty()).map_or(Cell::Empty, text)
}

/// What the workbook holds: the plan's values (in the order of [`layout::PLAN_LABELS`])
/// and each sheet's rows.
struct Content {
    plan: Vec<Cell>,
    themes: Vec<Vec<Cell>>,
    events: Vec<Vec<Cell>>,
    outlets: Vec<Vec<Cell>>,
    contracts: Vec<Vec<Cell>>,
    coverage: Vec<Vec<Cell>>,
}

/// The Excel template: every sheet with its heads, one example row each, drop-down lists,
/// and the instructions.
pub fn template_xlsx() -> Result<Vec<u8>, WorkbookError> {
    let content = Content {
        plan: vec![
            number(2026),
            text("Kế hoạch thông tin, tuyên truyền năm 2026"),
            text("KH-2026"),
            text("01/01/2026"),
            text("31/12/2026"),
            text("Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"),
            text("UBND tỉnh Thanh Hóa"),
            text("Thanh Hóa"),
        ],
        themes: vec![vec![
            text("1"),
            text("Phát triển kinh tế - xã hội"),
            number(50),
            text("kinh tế; đầu tư; doanh nghiệp"),
            Cell::Empty,
        ]],
        events: vec![vec![
            text("tet-2026"),
            text("Tết Nguyên đán Bính Ngọ 2026"),
            text("17/02/2026"),
            text("1"),
        ]],
        outlets: vec![vec![
            text("nhandan"),
            text("Báo Nhân Dân"),
            text(Level::Central.label(Lang::Vi)),
            text(OutletKind::Newspaper.label(Lang::Vi)),
        ]],
        contracts: vec![vec![
            text("01/2026/HĐ-STTTT"),
            text("nhandan"),
            text("Tuyên truyền trên Báo Nhân Dân năm 2026"),
            text("05/01/2026"),
            text("05/01/2026"),
            text("31/12/2026"),
            number(150_000_000),
            text(Format::OnlineArticle.label(Lang::Vi)),
            number(12),
            text("1"),
        ]],
        coverage: vec![vec![
            text("TB-0001"),
            text("20/02/2026"),
            text("nhandan"),
            text("Thanh Hóa đón những du khách đầu tiên của năm 2026"),
            text("https://nhandan.vn/vi-du"),
            text(Format::OnlineArticle.label(Lang::Vi)),
            text("1"),
            text("01/2026/HĐ-STTTT"),
            text("tet-2026"),
            text(Tone::Positive.label(Lang::Vi)),
            number(12_500),
            Cell::Empty,
        ]],
    };
    write(&content, true)
}

/// `data` as a workbook in the template's layout: every record, references by id or code,
/// vocabularies as the spec's Vietnamese labels, dates as dd/mm/yyyy.
pub fn dataset_xlsx(data: &Dataset) -> Result<Vec<u8>, WorkbookError> {
    let plan = &data.plan;
    let org = data.organization.as_ref();
    let theme_code = |t: u32| plan.themes.get(t as usize).map(|t| t.code.as_str());
    let codes = |list: &mut dyn Iterator<Item = u32>| {
        let v: Vec<&str> = list.filter_map(theme_code).collect();
        opt(Some(&v.join("; ")))
    };
    let outlet_id = |o: u32| data.outlets.get(o as usize).map(|o| o.id.as_str());
    let content = Content {
        plan: vec![
            number(u64::try_from(plan.year).unwrap_or(0)),
            text(plan.title.clone()),
            text(plan.id.clone()),
            text(format_vi(plan.period.start)),
            text(format_vi(plan.period.end)),
            opt(org.map(|o| o.name.as_str())),
            opt(org.and_then(|o| o.parent.as_deref())),
            opt(org.and_then(|o| o.place.as_deref())),
        ],
        themes: plan
            .themes
            .iter()
            .map(|t| {
                vec![
                    text(t.code.clone()),
                    text(t.name.clone()),
                    t.target.map_or(Cell::Empty, number),
                    opt(Some(&t.keywords.join("; "))),
                    opt(t.parent.and_then(theme_code)),
                ]
            })
            .collect(),
        events: plan
            .events
            .iter()
            .map(|e| {
                vec![
                    text(e.id.clone()),
                    text(e.name.clone()),
                    text(format_vi(e.date)),
                    opt(e.theme.and_then(theme_code)),
                ]
            })
            .collect(),
        outlets: data
            .outlets
            .iter()
            .map(|o| {
                vec![
                    text(o.id.clone()),
                    text(o.name.clone()),
                    text(o.level.label(Lang::Vi)),
                    o.kind.map_or(Cell::Empty, |k| text(k.label(Lang::Vi))),
                ]
            })
            .collect(),
        contracts: data
            .contracts
            .iter()
            .flat_map(|c| {
                c.deliverables.iter().map(move |d| {
                    vec![
                        text(c.id.clone()),
                        opt(outlet_id(c.outlet)),
                        opt(c.title.as_deref()),
                        c.signed.map_or(Cell::Empty, |d| text(format_vi(d))),
                        text(format_vi(c.term.start)),
                        text(format_vi(c.term.end)),
                        number(c.value_vnd),
                        text(d.format.label(Lang::Vi)),
                        number(d.quantity),
                        codes(&mut d.themes.iter().copied()),
                    ]
                })
            })
            .collect(),
        coverage: data
            .items
            .iter()
            .map(|i| {
                vec![
                    text(i.id()),
                    text(format_vi(i.date)),
                    opt(outlet_id(i.outlet)),
                    text(i.title()),
                    opt(i.url()),
                    text(i.format.label(Lang::Vi)),
                    codes(&mut i.themes.iter().copied()),
                    opt(i
                        .contract
                        .and_then(|c| data.contracts.get(c as usize))
                        .map(|c| c.id.as_str())),
                    opt(i
                        .event
                        .and_then(|e| plan.events.get(e as usize))
                        .map(|e| e.id.as_str())),
                    i.tone.map_or(Cell::Empty, |t| text(t.label(Lang::Vi))),
                    i.reach.map_or(Cell::Empty, number),
                    opt(i.summary()),
                ]
            })
            .collect(),
    };
    write(&content, false)
}

/// The workbook of `content`; `guide`: with the instructions sheet (the template).
fn write(content: &Content, guide: bool) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    let head = CellFormat::new().set_bold().set_background_color("#E8EEF7");
    let amount = CellFormat::new().set_num_format("#,##0");
    if guide {
        write_guide(book.add_worksheet())?;
    }
    {
        let sheet = book.add_worksheet();
        sheet.set_name(layout::PLAN_SHEET)?;
        sheet.set_column_width(0, 20)?;
        sheet.set_column_width(1, 56)?;
        for (row, (label, value)) in (0u32..).zip(layout::PLAN_LABELS.iter().zip(&content.plan)) {
            sheet.write_string_with_format(row, 0, *label, &head)?;
            put(sheet, row, 1, value, &amount)?;
        }
    }
    let sheets: [Sheet; 5] = [
        (layout::THEMES_SHEET, &layout::THEMES, &content.themes),
        (layout::EVENTS_SHEET, &layout::EVENTS, &content.events),
        (layout::OUTLETS_SHEET, &layout::OUTLETS, &content.outlets),
        (
            layout::CONTRACTS_SHEET,
            &layout::CONTRACTS,
            &content.contracts,
        ),
        (layout::COVERAGE_SHEET, &layout::COVERAGE, &content.coverage),
    ];
    for (name, cols, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        for (c, col) in (0u16..).zip(cols) {
            sheet.write_string_with_format(0, c, col.head, &head)?;
            sheet.set_column_width(c, col.width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        for (r, row) in (1u32..).zip(rows.iter()) {
            for (c, cell) in (0u16..).zip(row) {
                put(sheet, r, c, cell, &amount)?;
            }
        }
        lists(sheet, name, cols, rows.len())?;
    }
    Ok(book.save_to_buffer()?)
}

/// A sheet of records: its name, its columns, its rows.
type Sheet<'a> = (&'a str, &'a [Col], &'a Vec<Vec<Cell>>);

/// Writes one cell.
fn put(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    amount: &CellFormat,
) -> Result<(), WorkbookError> {
    match cell {
        Cell::Text(s) => {
            sheet.write_string(row, col, s)?;
        }
        Cell::Number(n) => {
            sheet.write_number_with_format(row, col, *n, amount)?;
        }
        Cell::Empty => {}
    }
    Ok(())
}

/// The drop-down lists of a sheet's vocabulary and outlet columns, over its rows (at least
/// [`layout::LIST_ROWS`]).
fn lists(
    sheet: &mut Worksheet,
    name: &str,
    cols: &[Col],
    rows: usize,
) -> Result<(), WorkbookError> {
    let last = layout::LIST_ROWS.max(u32::try_from(rows).unwrap_or(u32::MAX).saturating_add(1));
    let labels = |all: Vec<&'static str>| DataValidation::new().allow_list_strings(&all);
    for (c, col) in (0u16..).zip(cols) {
        let list = match (name, col.head) {
            (_, "Loại sản phẩm") => {
                labels(Format::ALL.iter().map(|f| f.label(Lang::Vi)).collect())?
            }
            (_, "Sắc thái") => labels(Tone::ALL.iter().map(|t| t.label(Lang::Vi)).collect())?,
            (_, "Cấp") => labels(Level::ALL.iter().map(|l| l.label(Lang::Vi)).collect())?,
            (_, "Loại hình") => {
                labels(OutletKind::ALL.iter().map(|k| k.label(Lang::Vi)).collect())?
            }
            (layout::CONTRACTS_SHEET | layout::COVERAGE_SHEET, "Cơ quan báo chí") => {
                let range = format!("='{}'!$A$2:$A${}", layout::OUTLETS_SHEET, layout::LIST_ROWS);
                DataValidation::new().allow_list_formula(Formula::new(range))
            }
            _ => continue,
        };
        // A name typed instead of an id is accepted too: warn, never refuse.
        let list = list.set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning);
        sheet.add_data_validation(1, c, last, c, &list)?;
    }
    Ok(())
}

/// The instructions sheet, in Vietnamese.
fn write_guide(sheet: &mut Worksheet) -> Result<(), WorkbookError> {
    sheet.set_name(layout::GUIDE_SHEET)?;
    sheet.set_column_width(0, 110)?;
    let title = CellFormat::new().set_bold().set_font_size(14);
    let wrap = CellFormat::new().set_text_wrap();
    let lines = [
        "MẪU DỮ LIỆU BÁO CÁO KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN (phusong)",
        "Mỗi trang tính là một phần dữ liệu; giữ nguyên dòng tiêu đề (dòng 1) của từng trang. Dòng 2 của mỗi trang là dòng ví dụ: hãy sửa hoặc xóa trước khi dùng.",
        "Trang 'Kế hoạch': cột A là tên mục, cột B là giá trị (năm, tên, số kế hoạch, thời gian, cơ quan báo cáo, cơ quan chủ quản, địa danh).",
        "Trang 'Nội dung': mỗi dòng một nội dung tuyên truyền trọng tâm; 'Mã cha' để trống với nội dung cấp 1; mã nên ghi dạng văn bản (1.1, 1.2…).",
        "Trang 'Sự kiện': các sự kiện, ngày kỷ niệm; cột 'Nội dung' ghi mã nội dung liên quan.",
        "Trang 'Cơ quan báo chí': 'Mã' là ký hiệu ngắn dùng ở các trang khác; 'Cấp' chọn trong danh sách (Trung ương, Của tỉnh, Tỉnh bạn, Khác).",
        "Trang 'Hợp đồng': mỗi dòng một loại sản phẩm đặt hàng; một hợp đồng nhiều loại sản phẩm thì ghi nhiều dòng cùng số hợp đồng.",
        "Trang 'Tin bài': mỗi dòng một tin, bài, sản phẩm đã đăng, phát; 'Cơ quan báo chí' ghi mã hoặc tên; 'Nội dung tuyên truyền' ghi một hoặc nhiều mã, cách nhau bằng dấu ';'.",
        "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2026 (hoặc định dạng ngày của Excel). Số tiền, số lượng ghi bằng số, có thể có dấu chấm phân cách hàng nghìn.",
        "Loại sản phẩm, sắc thái, cấp, loại hình: chọn trong danh sách thả xuống của ô.",
        "Có thể chia tin bài ra nhiều trang (mỗi tháng một trang) với cùng dòng tiêu đề, hoặc ra nhiều tệp (Excel hoặc CSV).",
        "Lưu tệp rồi chọn 'Chọn tệp dữ liệu…' trong phusong. Dữ liệu chỉ được xử lý trên máy này.",
    ];
    for (row, line) in (0u32..).zip(lines) {
        if row == 0 {
            sheet.write_string_with_format(row, 0, line, &title)?;
        } else {
            sheet.write_string_with_format(row, 0, line, &wrap)?;
        }
    }
    Ok(())
}
