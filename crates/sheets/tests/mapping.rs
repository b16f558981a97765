//! Sheets read as the user chose (mappings): a sheet with unknown headers refused without
//! one and read with one, whatever the order of its columns or the rows above them; values
//! that matched nothing mapped to labels, outlets and theme codes; a recognised sheet read
//! differently; the unmatched values listed with their row counts.

mod common;
use common::*;
use phusong_sheets::mapping::signature;
use phusong_sheets::{
    convert_all_mapped, unmatched_values, MappedColumn, Outcome, ReadAs, RefusalKind, Section,
    SheetMapping, Source,
};
use serde_json::json;

fn own_headers() -> Vec<C> {
    vec![
        S("Ngày lên sóng"),
        S("Kênh"),
        S("Tên tin bài"),
        S("Thể loại"),
        S("Nhóm chủ đề"),
        S("Người viết"),
    ]
}

fn own_sheet(rows: Vec<Vec<C>>) -> SheetSpec {
    let mut all = vec![vec![S("THEO DÕI TIN BÀI 2025")], own_headers()];
    all.extend(rows);
    sheet("Theo dõi", all)
}

fn rows() -> Vec<Vec<C>> {
    vec![
        vec![
            D(45731.0),
            S("Báo Nhân Dân"),
            S("Bài một"),
            S("Phóng sự"),
            S("Kinh tế"),
            S("An"),
        ],
        vec![
            D(45732.0),
            S("Báo ND"),
            S("Bài hai"),
            S("Phóng sự"),
            S("KT; Văn hóa"),
            S("Bình"),
        ],
        vec![
            D(45733.0),
            S("vtv"),
            S("Bài ba"),
            S("Tin"),
            S("1.1"),
            S("Chi"),
        ],
    ]
}

fn mapping() -> SheetMapping {
    let col = |h: &str, f: Option<&str>| MappedColumn {
        header: h.into(),
        field: f.map(Into::into),
    };
    SheetMapping {
        section: "coverage".into(),
        columns: vec![
            col("Ngày lên sóng", Some("date")),
            col("Kênh", Some("outlet")),
            col("Tên tin bài", Some("title")),
            col("Thể loại", Some("format")),
            col("Nhóm chủ đề", Some("themes")),
            col("Người viết", None),
        ],
        values: Vec::new(),
    }
}

fn convert(coverage: &[u8], mappings: &[SheetMapping]) -> Vec<Outcome> {
    let plan = xlsx(&plan_sheets());
    convert_all_mapped(
        &[
            Source {
                name: "ke-hoach.xlsx",
                bytes: &plan,
            },
            Source {
                name: "tin.xlsx",
                bytes: coverage,
            },
        ],
        mappings,
    )
}

#[test]
fn unknown_headers_are_refused_with_the_sheets_to_choose_from() {
    let file = xlsx(&[own_sheet(rows())]);
    let out = convert(&file, &[]);
    let Outcome::Refused(r) = &out[1] else {
        panic!("a workbook with no recognised sheet is refused")
    };
    assert!(matches!(r.kind, RefusalKind::NothingRecognised { .. }));
    assert_eq!(r.reading.len(), 1);
    let top = &r.reading[0].top;
    assert_eq!(top[0].row, 1);
    assert_eq!(top[1].cells[1], (1, "Kênh".to_owned()));
    assert_eq!(top[2].cells[0].1, "2025-03-15");
    assert!(!r.reading[0].mapped);
}

#[test]
fn a_mapping_reads_the_sheet_and_lists_what_matched_nothing() {
    let file = xlsx(&[own_sheet(rows())]);
    let out = convert(&file, &[mapping()]);
    let c = converted(&out[1]);
    let r = &c.reading[0];
    assert_eq!(r.read_as, ReadAs::Section(Section::Coverage));
    assert!(r.mapped);
    assert_eq!(r.header_row, Some(2));
    assert_eq!(r.records, 3);
    assert_eq!(r.columns[5].field, None);
    let v = json_of(c);
    assert_eq!(v["coverage"][0]["outlet"], json!("nd"));
    assert_eq!(v["coverage"][0]["themes"], json!(["1"]));
    assert_eq!(v["coverage"][2]["themes"], json!(["1.1"]));
    let un = unmatched_values(c, "Theo dõi");
    let seen: Vec<(&str, &str, usize)> = un
        .iter()
        .map(|u| (u.field.as_str(), u.text.as_str(), u.rows))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("format", "Phóng sự", 2),
            ("outlet", "Báo ND", 1),
            ("themes", "KT", 1),
        ]
    );
    assert_eq!(un[0].header, "Thể loại");
}

#[test]
fn mapped_values_replace_what_matched_nothing_and_the_load_is_clean() {
    let mut m = mapping();
    m.set_value("format", "phóng sự", "tv_report");
    m.set_value("outlet", "Báo ND", "nd");
    m.set_value("themes", "KT", "1");
    let file = xlsx(&[own_sheet(rows())]);
    let (out, loaded) = convert_and_load_mapped(&file, &[m]);
    let c = converted(&out[1]);
    assert!(
        unmatched_values(c, "Theo dõi").is_empty(),
        "{:?}",
        c.problems
    );
    let v = json_of(c);
    assert_eq!(v["coverage"][0]["format"], json!("tv_report"));
    assert_eq!(v["coverage"][1]["outlet"], json!("nd"));
    assert_eq!(v["coverage"][1]["themes"], json!(["1", "2"]));
    assert!(
        loaded.diagnostics.quarantined.is_empty(),
        "{:?}",
        loaded.diagnostics
    );
    assert_eq!(loaded.dataset.map(|d| d.items.len()), Some(3));
}

#[test]
fn a_mapping_applies_whatever_the_column_order_and_the_rows_above() {
    let mut reordered: Vec<Vec<C>> = vec![vec![], vec![S("Báo cáo")], vec![]];
    let mut head = own_headers();
    head.reverse();
    reordered.push(head);
    for mut r in rows() {
        r.reverse();
        reordered.push(r);
    }
    let file = xlsx(&[sheet("Khác", reordered)]);
    let out = convert(&file, &[mapping()]);
    let c = converted(&out[1]);
    assert_eq!(c.reading[0].header_row, Some(4));
    assert_eq!(json_of(c)["coverage"][2]["title"], json!("Bài ba"));
    // Another set of headers (one more column) is not this mapping's.
    let mut more = own_headers();
    more.push(S("Ghi chú"));
    let file = xlsx(&[sheet("Khác", vec![more])]);
    assert!(matches!(
        convert(&file, &[mapping()])[1],
        Outcome::Refused(_)
    ));
    assert_eq!(
        mapping().signature(),
        signature(own_headers().iter().rev().map(|c| match c {
            C::S(s) => *s,
            _ => "",
        }))
    );
}

#[test]
fn a_recognised_sheet_can_be_read_differently() {
    // "Cơ quan" is recognised as outlets; the user reads "Loại hình" as the level instead.
    let sheets = plan_sheets();
    let headers = ["Mã", "Tên cơ quan báo chí", "Cấp", "Loại hình"];
    let m = SheetMapping {
        section: "outlets".into(),
        columns: headers
            .iter()
            .zip([Some("id"), Some("name"), None, Some("level")])
            .map(|(h, f)| MappedColumn {
                header: (*h).into(),
                field: f.map(Into::into),
            })
            .collect(),
        values: Vec::new(),
    };
    let file = xlsx(&sheets);
    let out = convert_all_mapped(
        &[Source {
            name: "ke-hoach.xlsx",
            bytes: &file,
        }],
        &[m],
    );
    let c = converted(&out[0]);
    let outlets = c.reading.iter().find(|r| r.sheet == "Cơ quan").unwrap();
    assert!(outlets.mapped);
    let un = unmatched_values(c, "Cơ quan");
    assert_eq!(un.len(), 3, "{un:?}");
    assert!(un.iter().all(|u| u.field == "level"));
}

fn convert_and_load_mapped(
    coverage: &[u8],
    mappings: &[SheetMapping],
) -> (Vec<Outcome>, phusong_model::Loaded) {
    let out = convert(coverage, mappings);
    let plan_json = converted(&out[0]).json.clone();
    let cov_json = converted(&out[1]).json.clone();
    let loaded = phusong_model::load([
        phusong_model::SourceFile {
            name: "ke-hoach.xlsx",
            bytes: plan_json.as_bytes(),
        },
        phusong_model::SourceFile {
            name: "tin.xlsx",
            bytes: cov_json.as_bytes(),
        },
    ]);
    (out, loaded)
}
