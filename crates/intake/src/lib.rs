//! The files a user chose, made ready to load: spreadsheets converted to
//! `coverage-report/v1` JSON by `phusong-sheets` (each against every file loaded with it),
//! refused spreadsheets turned into the model's refusals, and the report of how each
//! sheet was read ("Cách đọc tệp") and its located problems, in words. JSON files pass
//! unchanged. The app and the CLI both load through [`prepare`], so a workbook loads the
//! same everywhere.

mod choices;
mod draft;
mod reading;

pub use choices::{value_choices, Choice};
pub use draft::{header_candidates, Draft, DraftColumn};
pub use phusong_sheets::grid::column_letter;
pub use phusong_sheets::mapping::{field_choices, signature, suggest_field, FieldChoice};
pub use phusong_sheets::{
    is_spreadsheet, unmatched_values, Converted, MappedColumn, MappedValue, PreviewRow, ReadAs,
    Section, SheetMapping, SheetReading, Unmatched,
};
pub use reading::{reading_lines, sheet_lang, sheet_line, sheet_place};

use phusong_model::{FileError, Lang, RefusedFile};
use phusong_sheets::{convert_all_mapped, Outcome, Source};
use std::borrow::Cow;

/// A file ready to load: its name as chosen and the JSON bytes the model reads (the file's
/// own, or what its spreadsheet converted to).
#[derive(Debug, Clone)]
pub struct Ready<'a> {
    /// The name as chosen (messages name the spreadsheet, not its conversion).
    pub name: &'a str,
    /// JSON bytes.
    pub bytes: Cow<'a, [u8]>,
    /// What the spreadsheet converted to, for a spreadsheet.
    pub converted: Option<Converted>,
}

/// What became of one file of a load.
#[derive(Debug, Clone)]
pub enum Prepared<'a> {
    /// Ready to load.
    Ready(Ready<'a>),
    /// A spreadsheet that could not be converted; `reading` says how its sheets were read
    /// when none was recognised (the user may choose how to read one), else it is empty.
    Refused {
        refused: RefusedFile,
        reading: Vec<SheetReading>,
    },
}

impl Prepared<'_> {
    fn refused(refused: RefusedFile) -> Self {
        Prepared::Refused {
            refused,
            reading: Vec::new(),
        }
    }
}

/// Converts the spreadsheets among `files` (name, bytes; in load order, the JSON files
/// among them) against all of them; one outcome per file, in order. Without any
/// spreadsheet, nothing is converted and nothing copied.
pub fn prepare<'a>(files: &[(&'a str, &'a [u8])]) -> Vec<Prepared<'a>> {
    prepare_mapped(files, &[])
}

/// [`prepare`], each sheet whose set of headers one of `mappings` has read as the user chose.
pub fn prepare_mapped<'a>(
    files: &[(&'a str, &'a [u8])],
    mappings: &[SheetMapping],
) -> Vec<Prepared<'a>> {
    let json = |name, bytes| {
        Prepared::Ready(Ready {
            name,
            bytes: Cow::Borrowed(bytes),
            converted: None,
        })
    };
    if !files.iter().any(|(name, _)| is_spreadsheet(name)) {
        return files
            .iter()
            .map(|&(name, bytes)| json(name, bytes))
            .collect();
    }
    let sources: Vec<Source<'_>> = files
        .iter()
        .map(|&(name, bytes)| Source { name, bytes })
        .collect();
    let Some(outcomes) = convert_guarded(&sources, mappings) else {
        // The reader gave up on one of the files (see `convert_guarded`): each spreadsheet
        // is refused as damaged, the JSON files load.
        return files
            .iter()
            .map(|&(name, bytes)| {
                if is_spreadsheet(name) {
                    Prepared::refused(damaged(name))
                } else {
                    json(name, bytes)
                }
            })
            .collect();
    };
    files
        .iter()
        .zip(outcomes)
        .map(|(&(name, bytes), outcome)| match outcome {
            Outcome::Json => json(name, bytes),
            Outcome::Converted(c) => Prepared::Ready(Ready {
                name,
                bytes: Cow::Owned(c.json.clone().into_bytes()),
                converted: Some(c),
            }),
            Outcome::Refused(r) => Prepared::Refused {
                refused: RefusedFile {
                    file: name.to_owned(),
                    error: FileError::Spreadsheet {
                        vi: r.message(sheet_lang(Lang::Vi)),
                        en: r.message(sheet_lang(Lang::En)),
                    },
                },
                reading: r.reading,
            },
        })
        .collect()
}

/// [`convert_all`], or `None` if the workbook reader panicked on a malformed file. The panics
/// the fuzz targets found in calamine 0.38 are patched (`vendor/calamine/PHUSONG.md`); this
/// guard is for any left. Natively a panic is caught; in the browser's wasm (which aborts on
/// a panic) it cannot be, and the app shows its recovery screen.
fn convert_guarded(sources: &[Source<'_>], mappings: &[SheetMapping]) -> Option<Vec<Outcome>> {
    #[cfg(panic = "unwind")]
    {
        std::panic::catch_unwind(|| convert_all_mapped(sources, mappings)).ok()
    }
    #[cfg(not(panic = "unwind"))]
    {
        Some(convert_all_mapped(sources, mappings))
    }
}

/// The refusal of a spreadsheet the reader could not read.
fn damaged(name: &str) -> RefusedFile {
    RefusedFile {
        file: name.to_owned(),
        error: FileError::Spreadsheet {
            vi: format!("Tệp '{name}' bị hỏng, không đọc được; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại"),
            en: format!("File '{name}' is damaged and cannot be read; open it in Excel or LibreOffice and save it again"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_passes_unchanged_and_a_broken_workbook_is_refused_in_words() {
        let json = br#"{"format":"coverage-report/v1"}"#;
        let only_json = prepare(&[("a.json", json)]);
        assert!(matches!(
            &only_json[0],
            Prepared::Ready(Ready {
                bytes: Cow::Borrowed(_),
                ..
            })
        ));
        let mixed = prepare(&[("a.json", json), ("hong.xlsx", b"not a workbook")]);
        assert!(matches!(mixed[0], Prepared::Ready(_)));
        let Prepared::Refused { refused, .. } = &mixed[1] else {
            panic!("a broken workbook is refused")
        };
        let message = phusong_model::messages::refused(refused, Lang::Vi);
        assert!(message.contains("'hong.xlsx'"), "{message}");
        assert!(
            message.contains("dữ liệu đã tải trước đó giữ nguyên"),
            "{message}"
        );
    }

    /// A damaged .xls on which the workbook reader panics (a fuzz finding) is refused,
    /// natively, and the JSON loaded with it still loads.
    #[test]
    fn a_workbook_the_reader_panics_on_is_refused() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/artifacts-found/sheets_xls/min-utils-assert.xls");
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        let json = br#"{"format":"coverage-report/v1"}"#;
        let p = prepare(&[("a.json", json), ("hong.xls", &bytes)]);
        assert!(matches!(p[0], Prepared::Ready(_)));
        assert!(matches!(p[1], Prepared::Refused { .. }));
    }

    /// The files prepared (none refused) and loaded, as the app loads them.
    fn prepare_and_load<'a>(
        files: &[(&'a str, &'a [u8])],
    ) -> (Vec<Ready<'a>>, phusong_model::Loaded) {
        let p: Vec<Ready> = prepare(files)
            .into_iter()
            .map(|p| match p {
                Prepared::Ready(r) => r,
                Prepared::Refused { refused, .. } => panic!("{refused:?}"),
            })
            .collect();
        let loaded = phusong_model::load(p.iter().map(|r| phusong_model::SourceFile {
            name: r.name,
            bytes: &r.bytes,
        }));
        (p, loaded)
    }

    #[test]
    fn a_record_left_out_is_placed_by_its_sheet_and_row() {
        let plan = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"K","year":2025,"themes":[{"code":"1","name":"Kinh tế"}]},"outlets":[{"id":"bth","name":"Báo Thanh Hóa","level":"provincial"}]}"#.as_bytes();
        let csv = "Mã;Ngày đăng;Cơ quan báo chí;Tiêu đề\nA1;05/03/2025;bth;Tin một\nA2;06/03/2025;Báo Lạ;Tin hai\n;07/03/2025;Báo Lạ;Tin ba\n";
        let (p, loaded) = prepare_and_load(&[("plan.json", plan), ("tin-bai.csv", csv.as_bytes())]);
        let q = &loaded.diagnostics.quarantined;
        assert_eq!(q.len(), 2);
        let c = p[1].converted.as_ref().unwrap();
        assert_eq!(
            sheet_place(c, &q[0].at, Lang::Vi).as_deref(),
            Some("Tệp 'tin-bai.csv', trang 'tin-bai', dòng 3 (id 'A2')")
        );
        // A generated id says no more than the place.
        assert_eq!(
            sheet_place(c, &q[1].at, Lang::En).as_deref(),
            Some("File 'tin-bai.csv', sheet 'tin-bai', row 4")
        );
        let json_file = phusong_model::diagnostics::RecordLocation {
            file: "plan.json".into(),
            ..q[0].at.clone()
        };
        assert_eq!(sheet_place(c, &json_file, Lang::Vi), None);
    }

    #[test]
    fn a_csv_converts_to_json_the_model_loads() {
        let plan = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"K","year":2025,"themes":[{"code":"1","name":"Kinh tế"}]},"outlets":[{"id":"bth","name":"Báo Thanh Hóa","level":"provincial"}]}"#.as_bytes();
        let csv = "Ngày đăng;Cơ quan báo chí;Tiêu đề;Nội dung tuyên truyền\n05/03/2025;Báo Thanh Hóa;Tin một;1\n06/03/2025;bth;Tin hai;Kinh tế\n";
        let (p, loaded) = prepare_and_load(&[("plan.json", plan), ("tin-bai.csv", csv.as_bytes())]);
        assert!(
            loaded.diagnostics.quarantined.is_empty(),
            "{:?}",
            loaded.diagnostics
        );
        let data = loaded.dataset.unwrap();
        assert_eq!(data.items.len(), 2);
        let reading = p[1].converted.as_ref().unwrap();
        let lines = reading_lines(reading, Lang::Vi);
        assert!(
            lines[0].contains("'tin-bai'") && lines[0].contains("tin, bài"),
            "{lines:?}"
        );
    }
}
