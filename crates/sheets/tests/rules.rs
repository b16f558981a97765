//! Every rule of spreadsheet-import.md on a small workbook or text file made in
//! the test: header rows, columns, values, references, contracts, the plan,
//! located messages and refusals.

mod common;
use common::*;
use phusong_sheets::{
    convert_all, is_spreadsheet, read_spreadsheet, Lang, Outcome, ProblemKind, ReadAs, RefusalKind,
    Section, Severity, Source,
};
use serde_json::json;

fn coverage_head() -> Vec<C> {
    vec![
        S("STT"),
        S("Ngày đăng"),
        S("Cơ quan báo chí"),
        S("Tiêu đề"),
        S("Đường dẫn (link)"),
        S("Loại sản phẩm"),
        S("Nội dung tuyên truyền"),
        S("Sắc thái"),
        S("Lượt xem"),
    ]
}

/// The plan workbook and a coverage workbook loaded together.
fn with_plan(coverage: Vec<SheetSpec>) -> (Vec<Outcome>, phusong_model::Loaded) {
    convert_and_load(&[
        ("1-plan.xlsx", xlsx(&plan_sheets())),
        ("2-tin.xlsx", xlsx(&coverage)),
    ])
}

#[test]
fn header_below_a_banner_stt_ignored_and_parentheses_dropped() {
    let mut s = sheet(
        "Tháng 3",
        vec![
            vec![S("DANH SÁCH TIN, BÀI NĂM 2025")],
            vec![],
            coverage_head(),
            vec![
                N(1.0),
                D(45731.0),
                S("nd"),
                S("Bài một"),
                S("https://a.vn/1"),
                S("Bài báo in"),
                S("1.1"),
                S("Tích cực"),
                N(10.0),
            ],
        ],
    );
    s.merges.push((0, 0, 0, 8));
    let (outcomes, loaded) = with_plan(vec![s]);
    let c = converted(&outcomes[1]);
    let r = &c.reading[0];
    assert_eq!(r.read_as, ReadAs::Section(Section::Coverage));
    assert_eq!(r.header_row, Some(3));
    assert_eq!(r.columns[0].ignored.as_deref(), Some("STT"));
    assert_eq!(r.columns[4].field.as_deref(), Some("url"));
    let v = json_of(c);
    assert_eq!(
        v["coverage"][0],
        json!({"id": "2-tin.xlsx:Tháng 3!4", "date": "2025-03-15", "outlet": "nd", "title": "Bài một",
               "url": "https://a.vn/1", "format": "print_article", "themes": ["1.1"], "tone": "positive", "reach": 10})
    );
    assert!(loaded.diagnostics.quarantined.is_empty());
    assert_eq!(loaded.dataset.as_ref().map(|d| d.items.len()), Some(1));
}

#[test]
fn merged_cells_fill_down_in_their_column_and_totals_rows_are_skipped() {
    let mut s = sheet(
        "Tin",
        vec![
            coverage_head(),
            vec![
                N(1.0),
                S("1/3/2025"),
                S("Báo Nhân Dân"),
                S("A"),
                E,
                S("Tin"),
                E,
                E,
                E,
            ],
            vec![N(2.0), S("2/3/2025"), E, S("B"), E, S("Tin"), E, E, E],
            vec![N(3.0), S("3/3/2025"), E, S("C"), E, S("Tin"), E, E, E],
            vec![],
            vec![S("Tổng cộng:"), E, E, S("3 tin, bài")],
            vec![
                S("Tổng"),
                S("4/3/2025"),
                S("vtv"),
                S("Tổng kết năm"),
                E,
                S("Tin"),
                E,
                E,
                E,
            ],
        ],
    );
    s.merges.push((1, 2, 3, 2));
    let (outcomes, loaded) = with_plan(vec![s]);
    let c = converted(&outcomes[1]);
    let v = json_of(c);
    let outlets: Vec<&str> = v["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outlet"].as_str().unwrap())
        .collect();
    // The merged outlet reaches rows 3 and 4; "Tổng" with a valid date is a record.
    assert_eq!(outlets, ["nd", "nd", "nd", "vtv"]);
    assert_eq!(c.reading[0].totals_rows, vec![6]);
    assert!(c
        .problems
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::TotalsRow { .. }) && p.place.row == Some(6)));
    assert_eq!(loaded.dataset.as_ref().unwrap().items.len(), 4);
}

#[test]
fn dates_in_the_1900_and_1904_systems_and_as_text() {
    let rows = vec![
        vec![S("Ngày đăng"), S("Cơ quan báo chí"), S("Tiêu đề")],
        vec![D(45731.0), S("nd"), S("date cell")],
        vec![N(45731.0), S("nd"), S("serial number")],
        vec![S("15/3/2025 08:30"), S("nd"), S("text")],
        vec![S("2025-03-15"), S("nd"), S("iso")],
        vec![S("15.03.2025"), S("nd"), S("dots")],
        vec![N(60.0), S("nd"), S("lotus")],
        vec![S("31/02/2025"), S("nd"), S("no such day")],
        vec![S("15/3/25"), S("nd"), S("two-digit year")],
    ];
    let book = xlsx(&[sheet("Tin", rows.clone())]);
    let c = read_spreadsheet("t.xlsx", &book).unwrap();
    let v = json_of(&c);
    let dates: Vec<&str> = v["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2025-03-15",
            "2025-03-15",
            "2025-03-15",
            "2025-03-15",
            "2025-03-15",
            "60",
            "31/02/2025",
            "15/3/25"
        ]
    );
    let bad: Vec<u32> = c
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::BadValue { .. }))
        .filter_map(|p| p.place.row)
        .collect();
    assert_eq!(bad, [7, 8, 9]);
    let msg = c
        .problems
        .iter()
        .find(|p| p.place.row == Some(8))
        .unwrap()
        .message(Lang::Vi);
    assert_eq!(
        msg,
        "Tệp 't.xlsx', trang 'Tin', dòng 8, cột A 'Ngày đăng': '31/02/2025' không phải ngày có thật; hãy sửa ngày"
    );
    let en = c
        .problems
        .iter()
        .find(|p| p.place.row == Some(8))
        .unwrap()
        .message(Lang::En);
    assert!(
        en.starts_with("File 't.xlsx', sheet 'Tin', row 8, column A 'Ngày đăng':"),
        "{en}"
    );
    // The same serials in a 1904 workbook are 1462 days later.
    let c = read_spreadsheet("t.xlsx", &to_1904(&book)).unwrap();
    let v = json_of(&c);
    assert_eq!(v["coverage"][0]["date"], "2029-03-16");
    assert_eq!(v["coverage"][1]["date"], "2029-03-16");
    assert_eq!(v["coverage"][5]["date"], "1904-03-01");
}

#[test]
fn grouped_numbers_labels_and_formula_errors() {
    let rows = vec![
        vec![
            S("Ngày"),
            S("Báo"),
            S("Tên bài"),
            S("Thể loại"),
            S("Đánh giá"),
            S("Lượt tiếp cận"),
        ],
        vec![
            S("1/3/2025"),
            S("nd"),
            S("a"),
            S("Phóng sự truyền hình"),
            S("Tích cực"),
            S("1.250.000"),
        ],
        vec![
            S("1/3/2025"),
            S("nd"),
            S("b"),
            S("tv_report"),
            S("Bình thường"),
            S("1 250 000"),
        ],
        vec![
            S("1/3/2025"),
            S("nd"),
            S("c"),
            S("Mạng xã hội"),
            S("TIÊU CỰC"),
            S("12,5"),
        ],
        vec![S("1/3/2025"), S("nd"), S("d"), E, E, N(-5.0)],
        vec![
            S("1/3/2025"),
            S("nd"),
            F("=1/0", "#DIV/0!"),
            S("Khác"),
            S("Rất tốt"),
            E,
        ],
    ];
    let c = read_spreadsheet("n.xlsx", &xlsx(&[sheet("Tin", rows)])).unwrap();
    let v = json_of(&c);
    let cov = v["coverage"].as_array().unwrap();
    assert_eq!(cov[0]["format"], "tv_report");
    assert_eq!(cov[0]["reach"], 1_250_000);
    assert_eq!(cov[1]["format"], "tv_report");
    assert_eq!(cov[1]["tone"], "neutral");
    assert_eq!(cov[1]["reach"], 1_250_000);
    assert_eq!(cov[2]["format"], "social_post");
    assert_eq!(cov[2]["tone"], "negative");
    assert_eq!(cov[2]["reach"], "12,5");
    assert_eq!(cov[3]["format"], "online_article");
    assert_eq!(cov[3]["reach"], "-5");
    assert_eq!(cov[4]["title"], json!({"error": "#DIV/0!"}));
    assert_eq!(cov[4]["tone"], "Rất tốt");
    assert!(c
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::FormatDefaulted { rows: 1 }));
}

#[test]
fn contract_values_grouped_with_dong() {
    use phusong_sheets::values::integer_text;
    assert_eq!(integer_text("1.250.000.000 đ"), Ok(1_250_000_000));
    assert_eq!(integer_text("1,250,000,000 VNĐ"), Ok(1_250_000_000));
    assert_eq!(integer_text("1 250 000 000 đồng"), Ok(1_250_000_000));
    assert!(integer_text("1.25.000").is_err());
}

#[test]
fn references_by_id_code_name_and_folded_name_with_splitting() {
    let rows = vec![
        vec![
            S("Ngày đăng"),
            S("Cơ quan báo chí"),
            S("Tiêu đề"),
            S("Nội dung"),
        ],
        vec![S("1/3/2025"), S("nd"), S("by id"), S("1.1; 2")],
        vec![
            S("1/3/2025"),
            S("ND"),
            S("by folded id"),
            S("Kinh tế\nVăn hóa"),
        ],
        vec![S("1/3/2025"), S("Báo Nhân Dân"), S("by name"), S("1.1, 2")],
        vec![
            S("1/3/2025"),
            S("bao nhan dan"),
            S("by folded name"),
            S("Đầu tư, hạ tầng"),
        ],
        vec![S("1/3/2025"), S("Báo Không Có"), S("unknown"), S("1; 1")],
    ];
    let (outcomes, loaded) = with_plan(vec![sheet("Tin", rows)]);
    let c = converted(&outcomes[1]);
    let v = json_of(c);
    let cov = v["coverage"].as_array().unwrap();
    let outlets: Vec<&str> = cov.iter().map(|r| r["outlet"].as_str().unwrap()).collect();
    assert_eq!(outlets, ["nd", "nd", "nd", "nd", "Báo Không Có"]);
    assert_eq!(cov[0]["themes"], json!(["1.1", "2"]));
    assert_eq!(cov[1]["themes"], json!(["1", "2"]));
    assert_eq!(cov[2]["themes"], json!(["1.1", "2"]));
    // A theme name holding a comma is a name first.
    assert_eq!(cov[3]["themes"], json!(["1.1"]));
    // A theme given twice counts once.
    assert_eq!(cov[4]["themes"], json!(["1"]));
    let unknown = c
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::UnknownReference { .. }))
        .unwrap();
    assert_eq!(unknown.place.row, Some(6));
    assert_eq!(
        unknown.place.column,
        Some(("B".into(), "Cơ quan báo chí".into()))
    );
    // The load quarantines it, as it would the same JSON.
    let q = &loaded.diagnostics.quarantined;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].at.index, 4);
    assert_eq!(c.origin("coverage", 4), Some(("Tin", 6)));
}

#[test]
fn an_ambiguous_name_takes_the_first_with_a_warning() {
    let outlets = sheet(
        "Cơ quan",
        vec![
            vec![S("Mã"), S("Tên"), S("Cấp")],
            vec![S("a"), S("Báo X"), S("Tỉnh")],
            vec![S("b"), S("Báo X"), S("Tỉnh bạn")],
        ],
    );
    let cov = sheet(
        "Tin",
        vec![
            vec![S("Ngày"), S("Báo"), S("Tin bài")],
            vec![S("1/3/2025"), S("Báo X"), S("t")],
        ],
    );
    let c = read_spreadsheet("x.xlsx", &xlsx(&[outlets, cov])).unwrap();
    let v = json_of(&c);
    assert_eq!(v["outlets"][1]["level"], "other_province");
    assert_eq!(v["coverage"][0]["outlet"], "a");
    assert!(c
        .problems
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::AmbiguousName { count: 2, .. })));
}

#[test]
fn wide_and_long_contracts() {
    let mut wide = sheet(
        "Hợp đồng",
        vec![
            vec![S("DANH SÁCH HỢP ĐỒNG")],
            vec![],
            vec![
                S("STT"),
                S("Số HĐ"),
                S("Đơn vị thực hiện"),
                S("Ngày hiệu lực"),
                S("Ngày hết hạn"),
                S("Kinh phí"),
                S("Số lượng video"),
                S("Bài báo in"),
                S("Nội dung đặt hàng"),
            ],
            vec![
                N(1.0),
                S("01/HĐ"),
                S("nd"),
                S("1/1/2025"),
                S("31/12/2025"),
                S("100.000.000 đ"),
                N(2.0),
                N(0.0),
                S("1; 2"),
            ],
            vec![
                N(2.0),
                S("02/HĐ"),
                S("vtv"),
                S("1/1/2025"),
                S("31/12/2025"),
                N(5e7),
                E,
                N(3.0),
                E,
            ],
        ],
    );
    wide.merges.push((0, 0, 0, 5));
    let long = sheet(
        "Chi tiết",
        vec![
            vec![
                S("Hợp đồng"),
                S("Cơ quan báo chí"),
                S("Từ ngày"),
                S("Đến ngày"),
                S("Giá trị"),
                S("Hình thức"),
                S("Số lượng"),
                S("Số lượng video"),
            ],
            vec![
                S("03/HĐ"),
                S("bt"),
                S("1/1/2025"),
                S("30/6/2025"),
                S("1.000"),
                S("Video"),
                N(1.0),
                N(9.0),
            ],
            vec![E, E, E, E, E, S("Ảnh"), N(2.0)],
            vec![
                S("04/HĐ"),
                S("bt"),
                S("1/1/2025"),
                S("30/6/2025"),
                S("2.000"),
                S("Tin"),
                N(1.0),
            ],
            vec![S("03/HĐ"), E, E, E, E, S("Infographic"), N(4.0)],
            vec![S("04/HĐ"), S("nd"), E, E, S("2.000"), S("Tin"), N(1.0)],
        ],
    );
    let mut sheets = plan_sheets();
    sheets.push(wide);
    sheets.push(long);
    let (outcomes, loaded) = convert_and_load(&[("hd.xlsx", xlsx(&sheets))]);
    let c = converted(&outcomes[0]);
    let v = json_of(c);
    let k = &v["contracts"];
    assert_eq!(
        k[0],
        json!({"id": "01/HĐ", "outlet": "nd", "start": "2025-01-01", "end": "2025-12-31", "value_vnd": 100000000,
               "deliverables": [{"format": "video", "quantity": 2, "themes": ["1", "2"]}]})
    );
    assert_eq!(
        k[1]["deliverables"],
        json!([{"format": "print_article", "quantity": 3}])
    );
    // Long: rows with one number are one contract wherever they stand; an empty
    // number continues the contract above; the wide column is ignored.
    assert_eq!(
        k[2]["deliverables"],
        json!([{"format": "video", "quantity": 1}, {"format": "photo_story", "quantity": 2}, {"format": "infographic", "quantity": 4}])
    );
    assert_eq!(k[2]["value_vnd"], 1000);
    assert!(c.reading[4].long);
    assert!(c.reading[4].columns[7].ignored.is_some());
    // 04/HĐ's rows disagree on the outlet: quarantined, the column named.
    assert_eq!(k[3]["outlet"], json!(["bt", "nd"]));
    let p = c
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::ContractDisagrees { .. }))
        .unwrap();
    assert_eq!(p.place.column, Some(("B".into(), "Cơ quan báo chí".into())));
    assert_eq!(p.place.row, Some(6));
    let q: Vec<(String, usize)> = loaded
        .diagnostics
        .quarantined
        .iter()
        .map(|q| (format!("{:?}", q.at.section), q.at.index))
        .collect();
    assert_eq!(q, [("Contracts".to_string(), 3)]);
}

#[test]
fn key_value_plan_and_theme_tree() {
    let mut sheets = plan_sheets();
    sheets[1] = sheet(
        "Nội dung",
        vec![
            vec![
                S("STT"),
                S("Mã nội dung"),
                S("Tên nội dung"),
                S("Chỉ tiêu (tin, bài)"),
                S("Từ khóa"),
            ],
            vec![
                N(1.0),
                S("1"),
                S("Kinh tế"),
                S("1.000"),
                S("đầu tư; hạ tầng\nNghi Sơn"),
            ],
            vec![N(2.0), S("1.1"), S("Đầu tư"), E, E],
            vec![N(3.0), S("1.1.2"), S("FDI"), E, E],
            vec![N(4.0), N(2.0), S("Văn hóa"), E, E],
            vec![N(5.0), S("1.2"), S("Hạ tầng"), E, E],
        ],
    );
    sheets[0].rows.push(vec![S("Từ ngày"), S("1/7/2025")]);
    sheets[0].rows.push(vec![E, S("Địa danh"), S("Thanh Hóa")]);
    let c = read_spreadsheet("kh.xlsx", &xlsx(&sheets)).unwrap();
    let v = json_of(&c);
    assert_eq!(
        v["organization"],
        json!({"name": "Sở Văn hóa", "place": "Thanh Hóa"})
    );
    assert_eq!(v["plan"]["id"], "KH-2025");
    assert_eq!(
        v["plan"]["period"],
        json!({"start": "2025-07-01", "end": "2025-12-31"})
    );
    assert_eq!(
        v["plan"]["themes"],
        json!([
            {"code": "1", "name": "Kinh tế", "target": 1000, "keywords": ["đầu tư", "hạ tầng", "Nghi Sơn"],
             "children": [{"code": "1.1", "name": "Đầu tư", "children": [{"code": "1.1.2", "name": "FDI"}]},
                          {"code": "1.2", "name": "Hạ tầng"}]},
            {"code": "2", "name": "Văn hóa"}
        ])
    );
    assert!(c
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::CodeAsNumber { text: "2".into() }));
    assert!(matches!(c.reading[0].read_as, ReadAs::KeyValue(_)));
}

#[test]
fn parent_column_unknown_parent_and_cycle_refuse() {
    let themes = |rows: Vec<Vec<C>>| {
        let mut s = plan_sheets();
        s[1] = sheet("Nội dung", rows);
        xlsx(&s)
    };
    let ok = themes(vec![
        vec![S("Mã"), S("Nội dung"), S("Mã cha")],
        vec![S("A"), S("Một"), E],
        vec![S("B"), S("Hai"), S("A")],
    ]);
    let v = json_of(&read_spreadsheet("p.xlsx", &ok).unwrap());
    assert_eq!(v["plan"]["themes"][0]["children"][0]["code"], "B");
    let unknown = themes(vec![
        vec![S("Mã"), S("Nội dung"), S("Thuộc")],
        vec![S("B"), S("Hai"), S("Z")],
    ]);
    let r = read_spreadsheet("p.xlsx", &unknown).unwrap_err();
    assert!(
        matches!(r.kind, RefusalKind::UnknownParent { row: 2, .. }),
        "{r:?}"
    );
    let cycle = themes(vec![
        vec![S("Mã"), S("Nội dung"), S("Thuộc")],
        vec![S("A"), S("Một"), S("B")],
        vec![S("B"), S("Hai"), S("A")],
    ]);
    let r = read_spreadsheet("p.xlsx", &cycle).unwrap_err();
    assert!(matches!(r.kind, RefusalKind::ParentCycle { .. }), "{r:?}");
}

#[test]
fn a_themes_sheet_without_plan_sheet_takes_the_plan_loaded_with_it() {
    let plan = json!({"format": "coverage-report/v1", "plan": {"id": "KH", "title": "T", "year": 2025,
        "themes": [{"code": "1", "name": "Kinh tế"}]}});
    let themes = sheet(
        "Nội dung",
        vec![vec![S("Mã"), S("Nội dung")], vec![S("1"), S("Kinh tế")]],
    );
    let (outcomes, loaded) = convert_and_load(&[
        ("a.json", plan.to_string().into_bytes()),
        ("b.xlsx", xlsx(&[themes.clone_spec()])),
    ]);
    assert!(matches!(outcomes[1], Outcome::Converted(_)));
    assert!(
        loaded.diagnostics.refused.is_empty(),
        "{:?}",
        loaded.diagnostics.refused
    );
    // Alone, it has no year.
    let r = read_spreadsheet("b.xlsx", &xlsx(&[themes])).unwrap_err();
    assert_eq!(r.kind, RefusalKind::NoPlanYear);
    assert!(r.message(Lang::Vi).contains("thiếu năm của kế hoạch"));
}

trait CloneSpec {
    fn clone_spec(&self) -> SheetSpec;
}
impl CloneSpec for SheetSpec {
    fn clone_spec(&self) -> SheetSpec {
        SheetSpec {
            name: self.name,
            rows: self.rows.clone(),
            merges: self.merges.clone(),
            hidden: self.hidden,
        }
    }
}

#[test]
fn sheets_skipped_hidden_lacking_or_unrecognised_and_duplicate_columns() {
    let mut hidden = sheet(
        "Ẩn",
        vec![
            vec![S("Ngày"), S("Báo"), S("Tin bài")],
            vec![S("1/1/2025"), S("nd"), S("x")],
        ],
    );
    hidden.hidden = true;
    let lacking = sheet(
        "Ghi chú",
        vec![vec![S("Ngày"), S("Nội dung")], vec![S("1/1/2025"), S("x")]],
    );
    let other = sheet("Khác", vec![vec![S("abc")]]);
    let dup = sheet(
        "Tin",
        vec![
            vec![S("Ngày"), S("Báo"), S("Tin bài"), S("Ngày đăng")],
            vec![S("1/1/2025"), S("nd"), S("x"), S("2/2/2025")],
        ],
    );
    // A hidden sheet counts as the first; the visible sheet after it.
    let c = read_spreadsheet(
        "s.xlsx",
        &xlsx(&[
            sheet("Trống", vec![vec![S("x")]]),
            hidden,
            lacking,
            other,
            dup,
        ]),
    )
    .unwrap();
    let kinds: Vec<&ReadAs> = c.reading.iter().map(|r| &r.read_as).collect();
    assert_eq!(kinds[1], &ReadAs::Hidden);
    assert_eq!(kinds[2], &ReadAs::LacksColumns(Section::Coverage));
    assert_eq!(kinds[3], &ReadAs::NotRecognised);
    let lacks = c
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::SheetLacksColumns { .. }))
        .unwrap();
    assert_eq!(lacks.severity, Severity::Warning);
    let m = lacks.message(Lang::Vi);
    assert!(
        m.contains("'Cơ quan báo chí'") && m.contains("'Tiêu đề'") && m.contains("'Nội dung'"),
        "{m}"
    );
    let dup = c
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::DuplicateColumn { .. }))
        .unwrap();
    assert_eq!(dup.place.column, Some(("D".into(), "Ngày đăng".into())));
    assert_eq!(json_of(&c)["coverage"][0]["date"], "2025-01-01");
}

#[test]
fn delimited_text_delimiters_encodings_and_record_numbers() {
    let semi = "\u{feff}Ngày đăng;Cơ quan báo chí;Tiêu đề\n1/3/2025;nd;\"a; b\"\n\n2/3/2025;nd;\"dòng\nhai\"\n3/3/2025;nd;c\n";
    let c = read_spreadsheet("tin.csv", semi.as_bytes()).unwrap();
    let v = json_of(&c);
    let cov = v["coverage"].as_array().unwrap();
    assert_eq!(cov[0]["title"], "a; b");
    assert_eq!(cov[1]["title"], "dòng\nhai");
    // Rows count records: the header is 1.
    assert_eq!(cov[2]["id"], "tin.csv:tin!4");
    let comma = "Ngày đăng,Cơ quan báo chí,Tiêu đề,Nội dung\n1/3/2025,nd,x,\"1; 2\"\n";
    assert_eq!(
        json_of(&read_spreadsheet("c.txt", comma.as_bytes()).unwrap())["coverage"][0]["title"],
        "x"
    );
    let tab: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Ngày\tBáo\tTin bài\n1/3/2025\tnd\tt\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    assert_eq!(
        json_of(&read_spreadsheet("u.txt", &tab).unwrap())["coverage"][0]["title"],
        "t"
    );
}

#[test]
fn refusals_each_say_what_to_do() {
    let refuse = |name: &str, bytes: &[u8]| read_spreadsheet(name, bytes).unwrap_err();
    let r = refuse("a.xlsx", b"this is not a workbook");
    assert!(matches!(r.kind, RefusalKind::Damaged { .. }));
    assert!(r.message(Lang::Vi).contains("lưu lại"));
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.extend(vec![0u8; 512]);
    cfb.extend(
        "EncryptionInfo"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    let r = refuse("a.xlsx", &cfb);
    assert_eq!(r.kind, RefusalKind::PasswordProtected);
    assert!(r.message(Lang::Vi).contains("hãy bỏ mật khẩu rồi chọn lại"));
    let r = refuse("a.csv", b"Ng\xE0y;B\xE1o\n");
    assert_eq!(r.kind, RefusalKind::Encoding);
    assert!(r.message(Lang::Vi).contains("Lưu dưới dạng CSV UTF-8"));
    let r = refuse("a.csv", "Ngày;Báo;Tiêu đề\n1/1/2025;nd;\"open\n".as_bytes());
    assert_eq!(r.kind, RefusalKind::UnterminatedQuote { row: 2 });
    let r = refuse("a.csv", "Ngày;Báo;Tiêu đề\n1/1/2025;nd;x\0\n".as_bytes());
    assert_eq!(r.kind, RefusalKind::NulByte { row: 2 });
    let r = refuse("a.xlsx", &xlsx(&[sheet("Một", vec![vec![S("abc")]])]));
    assert!(matches!(&r.kind, RefusalKind::NothingRecognised { sheets } if sheets.len() == 1));
    assert_eq!(refuse("a.pdf", b"%PDF").kind, RefusalKind::NotASpreadsheet);
    assert!(!is_spreadsheet("a.json") && is_spreadsheet("A.XLSM"));
}

#[test]
fn a_zip_bomb_is_refused_before_unpacking() {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    w.write_all(&vec![b' '; 4 << 20]).unwrap();
    let bytes = w.finish().unwrap().into_inner();
    assert!(bytes.len() * 100 < 4 << 20);
    let r = read_spreadsheet("bomb.xlsx", &bytes).unwrap_err();
    assert!(
        matches!(r.kind, RefusalKind::ZipBomb { unpacked, .. } if unpacked == 4 << 20),
        "{r:?}"
    );
    assert!(r.message(Lang::En).contains("unpack"));
}

#[test]
fn conversion_is_deterministic_and_many_files_resolve_together() {
    let outlets = xlsx(&plan_sheets());
    let csv = "Ngày đăng;Cơ quan báo chí;Tiêu đề\n1/3/2025;Báo tỉnh;x\n";
    let sources = [
        Source {
            name: "a.xlsx",
            bytes: &outlets,
        },
        Source {
            name: "b.csv",
            bytes: csv.as_bytes(),
        },
    ];
    let one = convert_all(&sources);
    let two = convert_all(&sources);
    assert_eq!(converted(&one[1]).json, converted(&two[1]).json);
    assert_eq!(json_of(converted(&one[1]))["coverage"][0]["outlet"], "bt");
}
