//! The `phusong` binary as a user runs it: exit codes, output and files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn phusong() -> Command {
    Command::new(env!("CARGO_BIN_EXE_phusong"))
}

fn conformance(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/conformance")
        .join(rel)
}

fn case_files(case: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(conformance(&format!("valid/{case}")))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn check_exit_codes() {
    let clean = phusong()
        .arg("check")
        .args(case_files("01-small"))
        .output()
        .unwrap();
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    let stdout = String::from_utf8(clean.stdout).unwrap();
    assert!(
        stdout.contains("0 tệp bị từ chối, 0 bản ghi bị loại"),
        "{stdout}"
    );

    let bad = phusong()
        .arg("check")
        .args(case_files("02-split-with-bad-records"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8(bad.stdout).unwrap();
    assert!(stdout.contains("30 bản ghi bị loại"), "{stdout}");
    assert!(stdout.contains("có phải '2024-05-03'?"), "{stdout}");

    let en = phusong()
        .args(["check", "--lang", "en"])
        .arg(conformance("invalid/01-not-json.json"))
        .output()
        .unwrap();
    assert_eq!(en.status.code(), Some(1));
    let stdout = String::from_utf8(en.stdout).unwrap();
    assert!(
        stdout.contains("not valid JSON at line 3, column 36"),
        "{stdout}"
    );

    assert_eq!(
        phusong().arg("check").output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        phusong()
            .args(["check", "/no/such/file.json"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        phusong().arg("bogus").output().unwrap().status.code(),
        Some(2)
    );
}

#[test]
fn summary_prints_the_expected_json() {
    let out = phusong()
        .arg("summary")
        .args(case_files("03-settled-edges"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(conformance("valid/03-settled-edges.expected.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(got["totals"], expected["summary"]["totals"]);
    assert_eq!(got["contracts"][0]["id"], "HĐ 1");

    let no_plan = phusong()
        .arg("summary")
        .arg(conformance("valid/03-settled-edges/3-records.json"))
        .output()
        .unwrap();
    assert_eq!(no_plan.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_plan.stderr).contains("chưa có kế hoạch"));
}

#[test]
fn sample_is_deterministic_and_loads_cleanly() {
    let dir = std::env::temp_dir().join(format!("phusong-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.json");
    let st = phusong()
        .args(["sample", "--items", "500", "--seed", "3", "--out"])
        .arg(&a)
        .status()
        .unwrap();
    assert!(st.success());
    let b = phusong()
        .args(["sample", "--items", "500", "--seed", "3"])
        .output()
        .unwrap();
    assert_eq!(
        std::fs::read(&a).unwrap(),
        b.stdout,
        "same seed, same bytes"
    );
    let check = phusong().arg("check").arg(&a).output().unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let summary = phusong().arg("summary").arg(&a).output().unwrap();
    let s: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert!(s["totals"]["items"].as_u64().unwrap() > 400);
    std::fs::remove_dir_all(&dir).ok();
}

/// `summary --as-of`: a date before the period's end is stated (`as_of`) and judges the pace;
/// the period's end or later, and no flag at all (today, 2026 or later, capped), give the
/// summary of the whole period, byte for byte.
#[test]
fn summary_as_of() {
    let as_of =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/as-of/dataset.json");
    let run = |args: &[&str]| {
        let out = phusong()
            .arg("summary")
            .args(args)
            .arg(&as_of)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (early, warning) = run(&["--as-of", "2025-11-15"]);
    let json: serde_json::Value = serde_json::from_str(&early).unwrap();
    assert_eq!(json["as_of"], "2025-11-15");
    // Items dated after the as-of date still count, with one warning.
    assert_eq!(json["totals"]["items"], 24);
    assert!(
        warning.contains("Có 1 tin, bài có ngày đăng sau ngày 15/11/2025"),
        "{warning}"
    );
    let (end, quiet) = run(&["--as-of", "2025-11-30"]);
    assert!(!end.contains("as_of"), "{end}");
    assert!(quiet.is_empty(), "{quiet}");
    let (later, _) = run(&["--as-of", "2026-03-01"]);
    let (today, _) = run(&[]);
    assert_eq!(later, end);
    assert_eq!(today, end);
    let bad = phusong()
        .args(["summary", "--as-of", "15/11/2025"])
        .arg(&as_of)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

/// Spreadsheets load like JSON: the conformance case 04 (a workbook and a CSV) gives its
/// expected summary, `check` says how each sheet was read, and `convert` writes JSON that
/// loads to the same summary.
#[test]
fn spreadsheets_check_summary_and_convert() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/spreadsheets");
    let files = [
        dir.join("04-spreadsheets/1-du-lieu.xlsx"),
        dir.join("04-spreadsheets/2-tin-bai-6-thang-cuoi.csv"),
    ];
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("04-spreadsheets.expected.json")).unwrap())
            .unwrap();
    let summary = phusong().arg("summary").args(&files).output().unwrap();
    assert_eq!(summary.status.code(), Some(0));
    let got: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    let diff = phusong_engine::subset::subset_diff(&got, &expected["summary"]);
    assert!(diff.is_empty(), "{diff:#?}");

    let check = phusong().arg("check").args(&files).output().unwrap();
    assert_eq!(check.status.code(), Some(1), "3 rows are quarantined");
    let text = String::from_utf8(check.stdout).unwrap();
    assert!(text.starts_with("Cách đọc tệp:"), "{text}");
    assert!(
        text.contains("Trang 'Tin bài': đọc là danh sách tin, bài (dòng tiêu đề 3"),
        "{text}"
    );
    assert!(
        text.contains("dòng 138, cột B 'Ngày đăng': '31/02/2025' không phải ngày có thật"),
        "{text}"
    );

    let out = std::env::temp_dir().join(format!("phusong-convert-{}", std::process::id()));
    let convert = phusong()
        .arg("convert")
        .args(&files)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(convert.status.code(), Some(0));
    let json = [
        out.join("1-du-lieu.json"),
        out.join("2-tin-bai-6-thang-cuoi.json"),
    ];
    let again = phusong().arg("summary").args(&json).output().unwrap();
    let again: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(
        again, got,
        "the converted JSON counts as the spreadsheets do"
    );
    let _ = std::fs::remove_dir_all(&out);

    let broken = std::env::temp_dir().join(format!("phusong-broken-{}.xlsx", std::process::id()));
    std::fs::write(&broken, b"PK not really a workbook").unwrap();
    let refused = phusong().arg("check").arg(&broken).output().unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let text = String::from_utf8(refused.stdout).unwrap();
    assert!(text.contains("bị hỏng hoặc không đúng dạng"), "{text}");
    let _ = std::fs::remove_file(&broken);
}

/// `sample --out x.xlsx` writes the sample as a workbook that loads back to the same summary
/// as the sample's JSON (written, then read by the spreadsheet reader).
#[test]
fn sample_as_a_workbook_loads_back_to_the_same_summary() {
    let dir = std::env::temp_dir().join(format!("phusong-sample-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (json, xlsx) = (dir.join("mau.json"), dir.join("mau.xlsx"));
    for out in [&json, &xlsx] {
        let made = phusong()
            .args(["sample", "--items", "300", "--seed", "4", "--out"])
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(
            made.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
    }
    let summary = |file: &Path| {
        let out = phusong().arg("summary").arg(file).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(summary(&xlsx), summary(&json));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `summary --compare`: the analysis fixture (2025, with last year's summary or data files)
/// gives its expected summary, whose new fields are checked here by hand as well: tone by
/// month, two months flagged, money per delivered product and by level, last year matched.
#[test]
fn summary_compares_with_last_year() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/analysis");
    let run = |compare: &str| {
        let out = phusong()
            .args(["summary", "--as-of", "2025-12-31", "--compare"])
            .arg(dir.join(compare))
            .arg(dir.join("2025/du-lieu-2025.json"))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let expected = |name: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(dir.join(name)).unwrap()).unwrap()
    };
    let got = run("2024/summary-2024.json");
    assert_eq!(got, expected("2025.expected-summary.json"));
    let from_data = run("2024/du-lieu-2024.json");
    assert_eq!(from_data, expected("2025.expected-summary-from-data.json"));

    // April: 4 negative against a mean of (1 + 0 + 1) / 3; October: 3 against 8 / 9.
    let alerts = got["tone_alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 2);
    assert_eq!(
        (&alerts[0]["month"], &alerts[0]["negative"]),
        (&"2025-04".into(), &4.into())
    );
    assert!((alerts[0]["baseline"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(alerts[1]["month"], "2025-10");
    assert!((alerts[1]["baseline"].as_f64().unwrap() - 8.0 / 9.0).abs() < 1e-12);
    assert_eq!(
        got["months"][3]["tone"],
        serde_json::json!({"positive": 2, "neutral": 1, "negative": 4, "unrated": 1})
    );
    // 120 M for 12 delivered, 90 M for 3, 30 M for nothing delivered.
    let per: Vec<_> = got["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value_per_delivered_vnd"].clone())
        .collect();
    assert_eq!(
        per,
        [
            10_000_000.0.into(),
            30_000_000.0.into(),
            serde_json::Value::Null
        ]
    );
    let levels: Vec<_> = got["value_by_level"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["central", "provincial", "other_province"]);
    // Last year: "1" and "1.1" by code; "2" (Văn hóa – xã hội, "VH" last year) by name only
    // from the data files (a summary has no names); "3" is new.
    assert_eq!(got["comparison"]["totals"]["items"], 52);
    assert_eq!(got["comparison"]["themes"].as_array().unwrap().len(), 2);
    assert_eq!(
        from_data["comparison"]["themes"][2],
        serde_json::json!({"code": "2", "items": 13})
    );

    // This year as its own baseline is refused, in words.
    let same = phusong()
        .args(["summary", "--compare"])
        .arg(dir.join("2025/du-lieu-2025.json"))
        .arg(dir.join("2025/du-lieu-2025.json"))
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&same.stderr).contains("không so sánh được"));
}
