//! One dataset written three ways (JSON; an .xlsx workbook made with
//! rust_xlsxwriter; the workbook's plan, outlets and contracts with the coverage as
//! a CSV) gives byte-identical summaries and the same quarantine counts.

mod common;
use common::*;
use serde_json::json;

const ITEMS: usize = 60;
const OUTLETS: [(&str, &str, &str, &str); 3] = [
    ("nd", "Báo Nhân Dân", "central", "Trung ương"),
    ("bt", "Báo tỉnh", "provincial", "Của tỉnh"),
    ("vtv", "Đài Truyền hình Việt Nam", "central", "Trung ương"),
];
const FORMATS: [(&str, &str); 4] = [
    ("online_article", "Tin, bài báo điện tử"),
    ("print_article", "Bài báo in"),
    ("tv_report", "Phóng sự truyền hình"),
    ("video", "Video"),
];
const TONES: [(&str, &str); 3] = [
    ("positive", "Tích cực"),
    ("neutral", "Trung lập"),
    ("negative", "Tiêu cực"),
];
const THEMES: [&str; 3] = ["1", "1.1", "2"];

/// Item `i`: (day, month, outlet, format, tone, theme, contract, reach, bad).
fn item(i: usize) -> (u32, u32, usize, usize, usize, usize, bool, u64, bool) {
    (
        (i % 28) as u32 + 1,
        (i % 12) as u32 + 1,
        i % 3,
        i % 4,
        i % 3,
        i % 3,
        i.is_multiple_of(3) && i % 4 < 2,
        (i as u64 * 7919) % 100_000,
        i == 17,
    )
}

fn json_dataset() -> Vec<u8> {
    let coverage: Vec<_> = (0..ITEMS)
        .map(|i| {
            let (d, m, o, f, t, th, contract, reach, bad) = item(i);
            let mut v = json!({
                "id": format!("T{i}"),
                "date": format!("2025-{m:02}-{d:02}"),
                "outlet": OUTLETS[o].0,
                "title": format!("Tin số {i}"),
                "format": FORMATS[f].0,
                "themes": [THEMES[th]],
                "tone": TONES[t].0,
                "reach": reach,
            });
            if contract {
                v["contract"] = json!("01/HĐ");
            }
            if bad {
                v["reach"] = json!("-5");
            }
            v
        })
        .collect();
    json!({
        "format": "coverage-report/v1",
        "organization": {"name": "Sở Văn hóa"},
        "plan": {"id": "KH-2025", "title": "Kế hoạch 2025", "year": 2025,
                 "themes": [{"code": "1", "name": "Kinh tế", "target": 20,
                             "children": [{"code": "1.1", "name": "Đầu tư", "target": 10}]},
                            {"code": "2", "name": "Văn hóa"}]},
        "outlets": OUTLETS.iter().map(|(id, name, level, _)| json!({"id": id, "name": name, "level": level})).collect::<Vec<_>>(),
        "contracts": [{"id": "01/HĐ", "outlet": "nd", "start": "2025-01-01", "end": "2025-12-31", "value_vnd": 120000000,
                       "deliverables": [{"format": "online_article", "quantity": 5}, {"format": "print_article", "quantity": 4}]}],
        "coverage": coverage,
    })
    .to_string()
    .into_bytes()
}

fn base_sheets() -> Vec<SheetSpec> {
    vec![
        sheet(
            "Kế hoạch",
            vec![
                vec![S("Năm"), N(2025.0)],
                vec![S("Tên kế hoạch"), S("Kế hoạch 2025")],
                vec![S("Cơ quan báo cáo"), S("Sở Văn hóa")],
            ],
        ),
        sheet(
            "Nội dung",
            vec![
                vec![S("Mã"), S("Nội dung"), S("Chỉ tiêu")],
                vec![S("1"), S("Kinh tế"), N(20.0)],
                vec![S("1.1"), S("Đầu tư"), N(10.0)],
                vec![S("2"), S("Văn hóa")],
            ],
        ),
        sheet(
            "Cơ quan báo chí",
            std::iter::once(vec![S("Mã"), S("Tên"), S("Cấp")])
                .chain(
                    OUTLETS
                        .iter()
                        .map(|(id, name, _, level)| vec![S(id), S(name), S(level)]),
                )
                .collect(),
        ),
        sheet(
            "Hợp đồng",
            vec![
                vec![
                    S("Số hợp đồng"),
                    S("Cơ quan báo chí"),
                    S("Từ ngày"),
                    S("Đến ngày"),
                    S("Giá trị (VNĐ)"),
                    S("Số lượng tin, bài báo điện tử"),
                    S("Số lượng bài báo in"),
                ],
                vec![
                    S("01/HĐ"),
                    S("Báo Nhân Dân"),
                    S("01/01/2025"),
                    S("31/12/2025"),
                    S("120.000.000 đ"),
                    N(5.0),
                    N(4.0),
                ],
            ],
        ),
    ]
}

/// The coverage rows: outlets by name, labels in Vietnamese, dates as the sheet
/// prefers (a date cell in the workbook, text in the CSV).
fn coverage_rows(as_text: bool) -> Vec<Vec<C>> {
    let mut rows = vec![vec![
        S("STT"),
        S("Mã tin"),
        S("Ngày đăng"),
        S("Cơ quan báo chí"),
        S("Tiêu đề"),
        S("Loại sản phẩm"),
        S("Nội dung tuyên truyền"),
        S("Số hợp đồng"),
        S("Sắc thái"),
        S("Lượt xem"),
    ]];
    for i in 0..ITEMS {
        let (d, m, o, f, t, th, contract, reach, bad) = item(i);
        let date = if as_text {
            T(format!("{d}/{m}/2025"))
        } else {
            let serial = chrono::NaiveDate::from_ymd_opt(2025, m, d).unwrap()
                - chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
            D(serial.num_days() as f64)
        };
        let reach = if bad {
            S("-5")
        } else if as_text {
            // Grouped in threes by dots, as Vietnamese write them.
            T(group(reach))
        } else {
            N(reach as f64)
        };
        rows.push(vec![
            N((i + 1) as f64),
            T(format!("T{i}")),
            date,
            S(OUTLETS[o].1),
            T(format!("Tin số {i}")),
            S(FORMATS[f].1),
            S(THEMES[th]),
            if contract { S("01/HĐ") } else { E },
            S(TONES[t].1),
            reach,
        ]);
    }
    rows.push(vec![S("Tổng cộng"), E, E, E, T(format!("{ITEMS} tin"))]);
    rows
}

fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn csv_of(rows: &[Vec<C>]) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                S(t) => t.to_string(),
                T(t) => t.clone(),
                N(n) => n.to_string(),
                _ => String::new(),
            })
            .map(|t| {
                if t.contains(';') || t.contains('"') {
                    format!("\"{}\"", t.replace('"', "\"\""))
                } else {
                    t
                }
            })
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

#[test]
fn json_xlsx_and_csv_give_the_same_summary_and_quarantine() {
    let (_, from_json) = convert_and_load(&[("data.json", json_dataset())]);
    let mut sheets = base_sheets();
    let mut cov = sheet("Tin bài", vec![vec![S("DANH SÁCH TIN, BÀI")], vec![]]);
    cov.rows.extend(coverage_rows(false));
    cov.merges.push((0, 0, 0, 9));
    sheets.push(cov);
    let (out_x, from_xlsx) = convert_and_load(&[("data.xlsx", xlsx(&sheets))]);
    let (out_c, from_csv) = convert_and_load(&[
        ("1-data.xlsx", xlsx(&base_sheets())),
        ("2-tin.csv", csv_of(&coverage_rows(true))),
    ]);
    for o in out_x.iter().chain(&out_c) {
        assert!(matches!(o, phusong_sheets::Outcome::Converted(_)), "{o:?}");
    }
    let want = summary_text(&from_json);
    assert!(want.contains("\"quarantined_records\":1"), "{want}");
    assert_eq!(summary_text(&from_xlsx), want);
    assert_eq!(summary_text(&from_csv), want);
    for loaded in [&from_xlsx, &from_csv] {
        assert!(loaded.diagnostics.refused.is_empty());
        assert_eq!(
            loaded.diagnostics.quarantined.len(),
            from_json.diagnostics.quarantined.len()
        );
        assert_eq!(loaded.diagnostics.quarantined[0].at.index, 17);
    }
}

/// .ods and .xls written by LibreOffice from the same workbook give the JSON's summary.
/// `scripts/install-tools.sh` installs LibreOffice for CI; without `soffice` the test says
/// it was skipped.
#[test]
fn libreoffice_ods_and_xls_give_the_same_summary() {
    if std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no soffice (LibreOffice) on this machine");
        return;
    }
    let dir = std::env::temp_dir().join("phusong-sheets-lo");
    let _ = std::fs::create_dir_all(&dir);
    let mut sheets = base_sheets();
    let mut cov = sheet("Tin bài", Vec::new());
    cov.rows.extend(coverage_rows(false));
    sheets.push(cov);
    let src = dir.join("data.xlsx");
    std::fs::write(&src, xlsx(&sheets)).unwrap();
    let (_, from_json) = convert_and_load(&[("data.json", json_dataset())]);
    for ext in ["ods", "xls"] {
        let status = std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", ext, "--outdir"])
            .arg(&dir)
            .arg(&src)
            .status()
            .expect("soffice");
        assert!(status.success());
        let bytes = std::fs::read(dir.join(format!("data.{ext}"))).unwrap();
        let name = format!("data.{ext}");
        let (_, loaded) = convert_and_load(&[(name.as_str(), bytes)]);
        assert_eq!(summary_text(&loaded), summary_text(&from_json), "{ext}");
    }
}
