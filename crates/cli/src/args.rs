//! Command-line arguments: `check`, `summary`, `convert`, `docx` and `sample`.

use chrono::NaiveDate;
use lexopt::prelude::*;
use phusong_model::Lang;
use phusong_sample::SampleOptions;
use std::ffi::OsString;
use std::path::PathBuf;

/// What the user asked for.
pub enum Command {
    /// `phusong check FILE...`
    Check { files: Vec<PathBuf>, lang: Lang },
    /// `phusong summary [--as-of DATE] FILE...`
    Summary {
        files: Vec<PathBuf>,
        lang: Lang,
        /// The as-of date; `None` = today (both capped at the plan period's end).
        as_of: Option<NaiveDate>,
        /// `--compare FILE` (repeatable): last year's summary export or data files.
        compare: Vec<PathBuf>,
    },
    /// `phusong convert FILE... --out PATH`
    Convert {
        files: Vec<PathBuf>,
        out: PathBuf,
        lang: Lang,
    },
    /// `phusong docx [--as-of DATE] FILE... --out FILE.docx`
    Docx {
        files: Vec<PathBuf>,
        out: PathBuf,
        lang: Lang,
        /// The as-of date; `None` = today (both capped at the plan period's end).
        as_of: Option<NaiveDate>,
    },
    /// `phusong sample --items N --seed S [--out FILE]`
    Sample {
        options: SampleOptions,
        out: Option<PathBuf>,
    },
    /// `phusong --help`
    Help,
}

/// Usage text (Vietnamese first, English second).
pub const USAGE: &str = "\
phusong — báo cáo kết quả thông tin, tuyên truyền / coverage reports

Cách dùng / Usage:
  phusong check [--lang vi|en] TỆP...     kiểm tra dữ liệu (JSON, bảng tính), liệt kê mọi lỗi
                                          / check data (JSON, spreadsheets), list every problem
  phusong summary [--lang vi|en] [--as-of YYYY-MM-DD] [--compare TỆP]... TỆP...
                                          in bản tổng hợp JSON / print the summary JSON;
                                          số liệu tính đến ngày --as-of (mặc định: hôm nay,
                                          không quá ngày cuối kỳ kế hoạch) / figures as of
                                          that date (default: today, capped at the period's end);
                                          --compare: số liệu năm trước (bản tổng hợp JSON năm
                                          trước, hoặc các tệp dữ liệu, mỗi tệp một --compare)
                                          / last year's summary JSON or data files, one
                                          --compare per file: adds \"comparison\"
  phusong convert [--lang vi|en] TỆP... --out ĐÍCH
                                          chuyển bảng tính (.xlsx, .xls, .ods, .csv) thành
                                          JSON coverage-report/v1 / convert spreadsheets to JSON;
                                          một bảng tính: ĐÍCH là tệp .json; nhiều: ĐÍCH là thư mục
                                          / one spreadsheet: PATH is the .json; several: a folder
  phusong docx [--lang vi|en] [--as-of YYYY-MM-DD] TỆP... --out BAO-CAO.docx
                                          xuất báo cáo ra tệp Word (thể thức Nghị định
                                          30/2020/NĐ-CP, có biểu đồ) / write the report as a
                                          Word document (Decree 30 layout, charts included)
  phusong sample [--items N] [--seed S] [--out TỆP]
                                          tạo bộ dữ liệu mẫu (.json, hoặc .xlsx theo tên
                                          tệp) / write a sample dataset (.json, or .xlsx by name)

Mã thoát / exit codes: 0 = mọi tệp, bản ghi đều hợp lệ / all accepted;
  1 = có tệp bị từ chối hoặc bản ghi bị loại / something refused or quarantined
      (summary: chưa có kế hoạch / no plan loaded);
  2 = dùng sai lệnh / bad usage";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let sub = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(v)) => v
            .into_string()
            .map_err(|_| "lệnh không hợp lệ / bad command".to_owned())?,
        Some(Long("help")) | Some(Short('h')) | None => return Ok(Command::Help),
        Some(other) => return Err(other.unexpected().to_string()),
    };
    match sub.as_str() {
        "check" | "summary" => {
            let mut files = Vec::new();
            let mut lang = Lang::Vi;
            let mut as_of = None;
            let mut compare = Vec::new();
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("lang") => {
                        lang = match parser.value().map_err(|e| e.to_string())?.to_str() {
                            Some("vi") => Lang::Vi,
                            Some("en") => Lang::En,
                            _ => return Err("--lang nhận vi hoặc en / takes vi or en".into()),
                        }
                    }
                    Long("as-of") if sub == "summary" => {
                        let v = parser.value().map_err(|e| e.to_string())?;
                        as_of = Some(parse_as_of(&v.to_string_lossy())?);
                    }
                    Long("compare") if sub == "summary" => {
                        compare.push(PathBuf::from(parser.value().map_err(|e| e.to_string())?));
                    }
                    Long("help") | Short('h') => return Ok(Command::Help),
                    Value(v) => files.push(PathBuf::from(v)),
                    other => return Err(other.unexpected().to_string()),
                }
            }
            if files.is_empty() {
                return Err("cần ít nhất một tệp / at least one file is needed".into());
            }
            Ok(if sub == "check" {
                Command::Check { files, lang }
            } else {
                Command::Summary {
                    files,
                    lang,
                    as_of,
                    compare,
                }
            })
        }
        "convert" | "docx" => {
            let mut files = Vec::new();
            let mut out = None;
            let mut lang = Lang::Vi;
            let mut as_of = None;
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("out") | Short('o') => {
                        out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
                    }
                    Long("lang") => {
                        lang = match parser.value().map_err(|e| e.to_string())?.to_str() {
                            Some("vi") => Lang::Vi,
                            Some("en") => Lang::En,
                            _ => return Err("--lang nhận vi hoặc en / takes vi or en".into()),
                        }
                    }
                    Long("as-of") if sub == "docx" => {
                        let v = parser.value().map_err(|e| e.to_string())?;
                        as_of = Some(parse_as_of(&v.to_string_lossy())?);
                    }
                    Long("help") | Short('h') => return Ok(Command::Help),
                    Value(v) => files.push(PathBuf::from(v)),
                    other => return Err(other.unexpected().to_string()),
                }
            }
            if files.is_empty() {
                return Err("cần ít nhất một tệp / at least one file is needed".into());
            }
            let out = out.ok_or("cần --out ĐÍCH / --out PATH is needed")?;
            Ok(if sub == "docx" {
                Command::Docx {
                    files,
                    out,
                    lang,
                    as_of,
                }
            } else {
                Command::Convert { files, out, lang }
            })
        }
        "sample" => {
            let mut options = SampleOptions {
                items: 1000,
                seed: 1,
            };
            let mut out = None;
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("items") => {
                        options.items = parser
                            .value()
                            .map_err(|e| e.to_string())?
                            .parse()
                            .map_err(|e: lexopt::Error| e.to_string())?
                    }
                    Long("seed") => {
                        options.seed = parser
                            .value()
                            .map_err(|e| e.to_string())?
                            .parse()
                            .map_err(|e: lexopt::Error| e.to_string())?
                    }
                    Long("out") | Short('o') => {
                        out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
                    }
                    Long("help") | Short('h') => return Ok(Command::Help),
                    other => return Err(other.unexpected().to_string()),
                }
            }
            Ok(Command::Sample { options, out })
        }
        other => Err(format!(
            "không có lệnh '{other}' / unknown command '{other}'"
        )),
    }
}

/// The date of `--as-of`.
fn parse_as_of(text: &str) -> Result<NaiveDate, String> {
    phusong_model::date::parse_date(text).ok_or_else(|| {
        format!(
            "--as-of cần một ngày dạng YYYY-MM-DD, ví dụ 2025-11-15, không phải '{text}' / \
             --as-of takes a date as YYYY-MM-DD, e.g. 2025-11-15, not '{text}'"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_commands() {
        assert!(
            matches!(p(&["check", "a.json", "b.json"]), Ok(Command::Check { files, .. }) if files.len() == 2)
        );
        assert!(matches!(
            p(&["summary", "--lang", "en", "a.json"]),
            Ok(Command::Summary { lang: Lang::En, .. })
        ));
        assert!(
            matches!(p(&["sample", "--items", "10", "--seed", "7"]), Ok(Command::Sample { options, .. }) if options.items == 10 && options.seed == 7)
        );
        assert!(matches!(
            p(&["summary", "--as-of", "2025-11-15", "a.json"]),
            Ok(Command::Summary { as_of: Some(d), .. }) if d == NaiveDate::from_ymd_opt(2025, 11, 15).unwrap()
        ));
        assert!(matches!(
            p(&["summary", "a.json"]),
            Ok(Command::Summary { as_of: None, .. })
        ));
        let bad = p(&["summary", "--as-of", "15/11/2025", "a.json"])
            .err()
            .unwrap();
        assert!(
            bad.contains("YYYY-MM-DD") && bad.contains("15/11/2025"),
            "{bad}"
        );
        assert!(p(&["check", "--as-of", "2025-11-15", "a.json"]).is_err());
        assert!(matches!(
            p(&["summary", "--compare", "2024.json", "--compare", "b.json", "a.json"]),
            Ok(Command::Summary { compare, files, .. }) if compare.len() == 2 && files.len() == 1
        ));
        assert!(p(&["check", "--compare", "2024.json", "a.json"]).is_err());
        assert!(
            matches!(p(&["convert", "a.xlsx", "b.csv", "--out", "dir"]), Ok(Command::Convert { files, .. }) if files.len() == 2)
        );
        assert!(p(&["convert", "a.xlsx"]).is_err());
        assert!(matches!(
            p(&["docx", "a.json", "b.xlsx", "--out", "r.docx", "--as-of", "2025-11-15"]),
            Ok(Command::Docx { files, as_of: Some(_), .. }) if files.len() == 2
        ));
        assert!(p(&["docx", "a.json"]).is_err());
        assert!(p(&["convert", "a.json", "--out", "d", "--as-of", "2025-11-15"]).is_err());
        assert!(p(&["check"]).is_err());
        assert!(p(&["frobnicate"]).is_err());
        assert!(p(&["sample", "--items", "many"]).is_err());
        assert!(matches!(p(&[]), Ok(Command::Help)));
    }
}
