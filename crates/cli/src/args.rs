//! Command-line arguments: `check`, `summary` and `sample`.

use lexopt::prelude::*;
use phusong_model::Lang;
use phusong_sample::SampleOptions;
use std::ffi::OsString;
use std::path::PathBuf;

/// What the user asked for.
pub enum Command {
    /// `phusong check FILE...`
    Check { files: Vec<PathBuf>, lang: Lang },
    /// `phusong summary FILE...`
    Summary { files: Vec<PathBuf>, lang: Lang },
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
  phusong check [--lang vi|en] TỆP...     kiểm tra dữ liệu, liệt kê mọi lỗi / list every problem
  phusong summary [--lang vi|en] TỆP...   in bản tổng hợp JSON / print the summary JSON
  phusong sample [--items N] [--seed S] [--out TỆP]
                                          tạo bộ dữ liệu mẫu / write a sample dataset

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
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("lang") => {
                        lang = match parser.value().map_err(|e| e.to_string())?.to_str() {
                            Some("vi") => Lang::Vi,
                            Some("en") => Lang::En,
                            _ => return Err("--lang nhận vi hoặc en / takes vi or en".into()),
                        }
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
                Command::Summary { files, lang }
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
        assert!(p(&["check"]).is_err());
        assert!(p(&["frobnicate"]).is_err());
        assert!(p(&["sample", "--items", "many"]).is_err());
        assert!(matches!(p(&[]), Ok(Command::Help)));
    }
}
