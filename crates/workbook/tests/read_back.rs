//! The workbooks as a reader sees them (calamine, the reader the app uses for .xlsx): the
//! sheets in order with the spec's heads, the template's example rows, the drop-down lists,
//! and a dataset's every record.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use phusong_model::{load, SourceFile};
use std::io::{Cursor, Read};

fn rows(bytes: &[u8], sheet: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::Float(f) => format!("{f}"),
                    Data::Int(i) => format!("{i}"),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_template_has_every_sheet_its_heads_an_example_and_lists() {
    let bytes = phusong_workbook::template_xlsx().unwrap();
    let book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Hướng dẫn",
            "Kế hoạch",
            "Nội dung",
            "Sự kiện",
            "Cơ quan báo chí",
            "Hợp đồng",
            "Tin bài"
        ]
    );
    let plan = rows(&bytes, "Kế hoạch");
    assert_eq!(plan[0], ["Năm", "2026"]);
    assert_eq!(plan[3], ["Từ ngày", "01/01/2026"]);
    let coverage = rows(&bytes, "Tin bài");
    assert_eq!(
        coverage[0],
        [
            "Mã",
            "Ngày đăng",
            "Cơ quan báo chí",
            "Tiêu đề",
            "Đường dẫn",
            "Loại sản phẩm",
            "Nội dung tuyên truyền",
            "Số hợp đồng",
            "Sự kiện",
            "Sắc thái",
            "Lượt tiếp cận",
            "Tóm tắt"
        ]
    );
    assert_eq!(coverage.len(), 2, "one example row");
    assert_eq!(coverage[1][5], "Tin, bài báo điện tử");
    assert_eq!(rows(&bytes, "Hợp đồng")[1][6], "150000000");
    // Drop-down lists: format and tone on the coverage sheet, outlet ids from the outlets sheet.
    let sheet7 = part(&bytes, "xl/worksheets/sheet7.xml");
    assert!(sheet7.contains("<dataValidation"), "{sheet7}");
    assert!(sheet7.contains("Phóng sự truyền hình"));
    assert!(sheet7.contains("Tích cực"));
    assert!(
        sheet7.contains("&apos;Cơ quan báo chí&apos;!$A$2:$A$5000")
            || sheet7.contains("'Cơ quan báo chí'!$A$2:$A$5000"),
        "{sheet7}"
    );
    let outlets = part(&bytes, "xl/worksheets/sheet5.xml");
    assert!(outlets.contains("Trung ương") && outlets.contains("Thông tấn"));
}

#[test]
fn a_dataset_writes_every_record() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/conformance/valid/01-small/dataset.json");
    let json = std::fs::read(path).unwrap();
    let loaded = load([SourceFile {
        name: "dataset.json",
        bytes: &json,
    }]);
    let data = loaded.dataset.unwrap();
    let bytes = phusong_workbook::dataset_xlsx(&data).unwrap();
    assert_eq!(rows(&bytes, "Tin bài").len(), data.items.len() + 1);
    assert_eq!(
        rows(&bytes, "Cơ quan báo chí").len(),
        data.outlets.len() + 1
    );
    assert_eq!(rows(&bytes, "Nội dung").len(), data.plan.themes.len() + 1);
    let deliverables: usize = data.contracts.iter().map(|c| c.deliverables.len()).sum();
    assert_eq!(rows(&bytes, "Hợp đồng").len(), deliverables + 1);
    let plan = rows(&bytes, "Kế hoạch");
    assert_eq!(plan[2], ["Số kế hoạch", data.plan.id.as_str()]);
    // The first item, field by field.
    let item = &data.items[0];
    let first = &rows(&bytes, "Tin bài")[1];
    assert_eq!(first[0], item.id());
    assert_eq!(first[1], phusong_model::date::format_vi(item.date));
    assert_eq!(first[3], item.title());
    assert_eq!(first[5], item.format.label(phusong_model::Lang::Vi));
}
