//! Reads one file's bytes: UTF-8, JSON, the top-level shape, `organization` and
//! `plan`. Anything wrong here refuses the whole file.

use crate::dataset::{Organization, Plan};
use crate::diagnostics::{FieldProblem, FileError, Found, Section};
use crate::plan;
use crate::raw::{RawFile, RawSection, Seen};

/// The one `format` value this version reads.
pub const FORMAT: &str = "coverage-report/v1";

/// A file that passed the file-level checks; its records are still unchecked.
#[derive(Debug, Clone)]
pub struct ParsedFile<'a> {
    /// File name as given.
    pub name: String,
    /// `organization`, as written and as read.
    pub organization: Option<(serde_json::Value, Organization)>,
    /// `plan`, as written and as read.
    pub plan: Option<(serde_json::Value, Plan)>,
    /// The record sections, unchecked (strings borrowed from the file's text).
    pub outlets: RawSection<'a>,
    /// See above.
    pub contracts: RawSection<'a>,
    /// See above.
    pub coverage: RawSection<'a>,
}

/// Checks one file at file level.
pub fn parse_file<'a>(name: &str, bytes: &'a [u8]) -> Result<ParsedFile<'a>, FileError> {
    let text = text_of(bytes)?;
    let raw: RawFile = serde_json::from_str(text).map_err(|e| FileError::Syntax {
        line: e.line().max(1),
        column: e.column().max(1),
        detail: e.to_string(),
    })?;
    check_raw(name, raw)
}

/// The file's text without its byte order mark, if it is UTF-8 and not empty.
fn text_of(bytes: &[u8]) -> Result<&str, FileError> {
    let bytes = without_bom(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    // UTF-8 first, for the whole file (strings serde_json skips are checked too);
    // simdutf8 validates several times faster than the standard library and only
    // a failed file pays for locating the bad byte.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(_) => {
            let valid_up_to = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let (line, column) = line_column(bytes, valid_up_to);
            Err(FileError::NotUtf8 { line, column })
        }
    }
}

/// `bytes` without a leading UTF-8 byte order mark.
pub(crate) fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The file-level checks of a file read by the lenient pass.
pub(crate) fn check_raw<'a>(name: &str, raw: RawFile<'a>) -> Result<ParsedFile<'a>, FileError> {
    if let Some(found) = raw.not_object {
        return Err(FileError::NotObject {
            found: Found::of(&found),
        });
    }
    match &raw.format {
        None | Some(Seen::Null) => return Err(FileError::FormatMissing),
        Some(Seen::Str(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(FileError::FormatWrong {
                found: Found::of(other),
            })
        }
    }
    for (section, s) in [
        (Section::Outlets, &raw.outlets),
        (Section::Contracts, &raw.contracts),
        (Section::Coverage, &raw.coverage),
    ] {
        if let RawSection::WrongType(found) = s {
            return Err(FileError::SectionNotArray {
                section,
                found: Found::of(found),
            });
        }
    }
    let field_error = |(path, problem): (String, FieldProblem)| FileError::Field { path, problem };
    let organization = match raw.organization {
        None => None,
        Some(v) => {
            let org = plan::organization(&v).map_err(field_error)?;
            Some((v, org))
        }
    };
    let plan = match raw.plan {
        None => None,
        Some(v) => {
            let p = plan::plan(&v).map_err(field_error)?;
            Some((v, p))
        }
    };
    Ok(ParsedFile {
        name: name.to_owned(),
        organization,
        plan,
        outlets: raw.outlets,
        contracts: raw.contracts,
        coverage: raw.coverage,
    })
}

/// Line and column (both from 1, column in characters) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = before
        .get(line_start..)
        .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &[u8]) -> FileError {
        parse_file("f.json", text).unwrap_err()
    }

    #[test]
    fn file_level_errors() {
        assert_eq!(err(b""), FileError::Empty);
        assert_eq!(err(b" \n "), FileError::Empty);
        assert!(matches!(
            err(b"{\n \"a\": NaN}"),
            FileError::Syntax {
                line: 2,
                column: 7,
                ..
            }
        ));
        assert_eq!(
            err(b"{\"a\":\n\"x\xff\"}"),
            FileError::NotUtf8 { line: 2, column: 3 }
        );
        assert!(matches!(
            err(b"[]"),
            FileError::NotObject {
                found: Found::Array
            }
        ));
        assert_eq!(err(b"{}"), FileError::FormatMissing);
        assert!(matches!(
            err(br#"{"format":"coverage-report/v2"}"#),
            FileError::FormatWrong { .. }
        ));
        assert!(matches!(
            err(br#"{"format":"coverage-report/v1","coverage":{}}"#),
            FileError::SectionNotArray {
                section: Section::Coverage,
                found: Found::Object
            }
        ));
        assert!(matches!(
            err(br#"{"format":"coverage-report/v1","organization":{"name":"A","parent":1}}"#),
            FileError::Field { ref path, .. } if path == "organization.parent"
        ));
    }

    #[test]
    fn bom_null_sections_and_repeated_keys() {
        let f = parse_file(
            "f.json",
            b"\xEF\xBB\xBF{\"format\":\"x\",\"coverage\":null,\"format\":\"coverage-report/v1\",\"outlets\":[]}",
        )
        .unwrap();
        assert_eq!(f.coverage, RawSection::Absent);
        assert!(matches!(f.outlets, RawSection::Elements(ref r) if r.elements.is_empty()));
    }
}
