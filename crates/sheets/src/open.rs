//! Opening a file: workbooks through calamine (.xlsx/.xlsm, .xls, .ods) after
//! checking what the zip would unpack to, delimited text through `csv` after
//! checking its encoding, quotes and NUL bytes. Caps every size on the way.

use crate::grid::{Cell, Row, Sheet, Workbook};
use crate::problems::RefusalKind;
use calamine::{
    CfbError, Data, DataRef, Ods, OdsError, Reader, SheetVisible, Xls, XlsError, Xlsx, XlsxError,
};
use std::io::Cursor;

/// The most a workbook's parts may unpack to (the page's memory is the limit; the
/// app keeps the file, the cells and the converted JSON at once).
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// Unpacked parts may be at most this many times the file's size.
pub const MAX_UNPACK_RATIO: u64 = 100;
/// The most non-empty cells kept from one file (100k coverage rows of 12 columns
/// need 1.2 million).
pub const MAX_CELLS: usize = 5_000_000;
/// The most merged cells filled down in one file.
pub const MAX_MERGED_FILL: usize = 2_000_000;
/// Excel's own limits: a sheet past them is refused.
pub const MAX_ROWS: u32 = 1_048_576;
pub const MAX_COLUMNS: u32 = 16_384;

/// What kind of file a name is, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Xls,
    Ods,
    Text,
}

pub fn kind_of(name: &str) -> Option<Kind> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" => Some(Kind::Xlsx),
        "xls" => Some(Kind::Xls),
        "ods" => Some(Kind::Ods),
        "csv" | "tsv" | "txt" => Some(Kind::Text),
        _ => None,
    }
}

/// The name without its extension (a delimited file's one sheet).
pub fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s)
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a workbook (by its content: a zip is .xlsx or .ods, an OLE file .xls or
/// an encrypted .xlsx) into sheets of cells.
pub fn open_workbook(name: &str, bytes: &[u8]) -> Result<Workbook, RefusalKind> {
    if bytes.starts_with(ZIP_MAGIC) {
        let is_ods = check_zip(bytes)?;
        if is_ods {
            read_ods(bytes)
        } else {
            read_xlsx(bytes)
        }
    } else if bytes.starts_with(CFB_MAGIC) {
        if kind_of(name) == Some(Kind::Xlsx) || is_encrypted_ooxml(bytes) {
            // An encrypted .xlsx is an OLE file holding "EncryptionInfo".
            return match Xlsx::new(Cursor::new(bytes)) {
                Err(XlsxError::Password) => Err(RefusalKind::PasswordProtected),
                _ if is_encrypted_ooxml(bytes) => Err(RefusalKind::PasswordProtected),
                _ => read_xls(bytes),
            };
        }
        read_xls(bytes)
    } else {
        Err(RefusalKind::Damaged {
            detail: "not a workbook".into(),
        })
    }
}

fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    // "EncryptionInfo" as the UTF-16LE name of an OLE stream.
    let needle: Vec<u8> = "EncryptionInfo"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// The zip's declared sizes (which bound what its reader unpacks) against the
/// limits; true for an OpenDocument file.
fn check_zip(bytes: &[u8]) -> Result<bool, RefusalKind> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| RefusalKind::Damaged {
        detail: e.to_string(),
    })?;
    let limit = MAX_UNPACKED_BYTES.min((bytes.len() as u64).saturating_mul(MAX_UNPACK_RATIO));
    let mut total: u64 = 0;
    let mut is_ods = false;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| RefusalKind::Damaged {
            detail: e.to_string(),
        })?;
        if entry.name().is_ok_and(|n| n == "content.xml") {
            is_ods = true;
        }
        total = total.saturating_add(entry.size());
    }
    if total > limit {
        return Err(RefusalKind::ZipBomb {
            unpacked: total,
            limit,
        });
    }
    Ok(is_ods)
}

fn damaged(e: impl std::fmt::Display) -> RefusalKind {
    RefusalKind::Damaged {
        detail: e.to_string(),
    }
}

struct Cap {
    cells: usize,
    merged: usize,
}

impl Cap {
    fn new() -> Self {
        Cap {
            cells: MAX_CELLS,
            merged: MAX_MERGED_FILL,
        }
    }

    fn take_cell(&mut self) -> Result<(), RefusalKind> {
        if self.cells == 0 {
            return Err(RefusalKind::TooManyCells { limit: MAX_CELLS });
        }
        self.cells -= 1;
        Ok(())
    }
}

/// Adds a cell at 0-based (row, col) to `rows` (kept in order as cells arrive in
/// order, sorted at the end otherwise).
fn push_cell(
    sheet: &mut Sheet,
    (row, col): (u32, u32),
    cell: Cell,
    cap: &mut Cap,
) -> Result<(), RefusalKind> {
    if row >= MAX_ROWS || col >= MAX_COLUMNS {
        return Err(RefusalKind::SheetTooLarge {
            sheet: sheet.name.clone(),
        });
    }
    if cell == Cell::Empty {
        return Ok(());
    }
    cap.take_cell()?;
    let number = row + 1;
    match sheet.rows.last_mut() {
        Some(last) if last.number == number => last.cells.push((col, cell)),
        _ => sheet.rows.push(Row {
            number,
            cells: vec![(col, cell)],
        }),
    }
    Ok(())
}

fn finish(sheet: &mut Sheet) {
    sheet.rows.sort_by_key(|r| r.number);
    // Rows given twice (out of order) are joined, then each row's cells sorted.
    let mut joined: Vec<Row> = Vec::with_capacity(sheet.rows.len());
    for row in std::mem::take(&mut sheet.rows) {
        match joined.last_mut() {
            Some(last) if last.number == row.number => last.cells.extend(row.cells),
            _ => joined.push(row),
        }
    }
    for row in &mut joined {
        row.cells.sort_by_key(|(c, _)| *c);
        row.cells.dedup_by_key(|(c, _)| *c);
    }
    sheet.rows = joined;
}

fn add_merges(sheet: &mut Sheet, merges: &[calamine::Dimensions], cap: &mut Cap) {
    for m in merges {
        let (top, bottom) = (m.start.0.saturating_add(1), m.end.0.saturating_add(1));
        if bottom > top && m.start.1 < MAX_COLUMNS {
            sheet.add_merge(top, bottom.min(MAX_ROWS), m.start.1, &mut cap.merged);
        }
    }
}

fn from_ref(v: DataRef<'_>) -> Cell {
    match v {
        DataRef::Int(i) => Cell::Number(i as f64),
        DataRef::Float(f) => Cell::Number(f),
        DataRef::String(s) => Cell::Text(s),
        DataRef::SharedString(s) => Cell::Text(s.to_owned()),
        DataRef::Bool(b) => Cell::Bool(b),
        DataRef::DateTime(d) if d.is_duration() => Cell::Number(d.as_f64()),
        DataRef::DateTime(d) => Cell::Date(d.as_f64()),
        DataRef::DateTimeIso(s) => Cell::DateIso(s),
        DataRef::DurationIso(s) => Cell::Text(s),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn from_data(v: &Data) -> Cell {
    match v {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) if d.is_duration() => Cell::Number(d.as_f64()),
        Data::DateTime(d) => Cell::Date(d.as_f64()),
        Data::DateTimeIso(s) => Cell::DateIso(s.clone()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
        Data::Empty => Cell::Empty,
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Workbook, RefusalKind> {
    let mut wb = match Xlsx::new(Cursor::new(bytes)) {
        Ok(wb) => wb,
        Err(XlsxError::Password) => return Err(RefusalKind::PasswordProtected),
        Err(e) => return Err(damaged(e)),
    };
    let is_1904 = wb.has_1904_epoch();
    let metas = wb.sheets_metadata().to_vec();
    let mut cap = Cap::new();
    let mut sheets = Vec::with_capacity(metas.len());
    for meta in metas {
        let mut sheet = Sheet {
            name: meta.name.clone(),
            hidden: meta.visible != SheetVisible::Visible,
            ..Sheet::default()
        };
        if !sheet.hidden {
            let mut reader = wb.worksheet_cells_reader(&meta.name).map_err(damaged)?;
            while let Some(c) = reader.next_cell_with_formula().map_err(damaged)? {
                let cell = match (from_ref(c.value), c.formula) {
                    (Cell::Empty, Some(f)) if !f.is_empty() => Cell::Error(format!("={f}")),
                    (cell, _) => cell,
                };
                push_cell(&mut sheet, c.pos, cell, &mut cap)?;
            }
            drop(reader);
            finish(&mut sheet);
            let merges = wb.merge_cells_by_sheet_name(&meta.name).unwrap_or_default();
            add_merges(&mut sheet, &merges, &mut cap);
        }
        sheets.push(sheet);
    }
    Ok(Workbook {
        sheets,
        is_1904,
        is_text: false,
    })
}

fn read_range(
    sheet: &mut Sheet,
    range: &calamine::Range<Data>,
    cap: &mut Cap,
) -> Result<(), RefusalKind> {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, c, v) in range.used_cells() {
        let pos = (r0.saturating_add(r as u32), c0.saturating_add(c as u32));
        push_cell(sheet, pos, from_data(v), cap)?;
    }
    finish(sheet);
    Ok(())
}

fn read_xls(bytes: &[u8]) -> Result<Workbook, RefusalKind> {
    let mut wb = match Xls::new(Cursor::new(bytes)) {
        Ok(wb) => wb,
        Err(XlsError::Password) => return Err(RefusalKind::PasswordProtected),
        // calamine decodes UTF-16, UTF-8 and the single-byte code pages (vendor/calamine/PHUSONG.md).
        Err(XlsError::Cfb(CfbError::CodePageNotFound(code_page))) => {
            return Err(RefusalKind::CodePage { code_page })
        }
        Err(e) => return Err(damaged(e)),
    };
    let is_1904 = wb.has_1904_epoch();
    let metas = wb.sheets_metadata().to_vec();
    let mut cap = Cap::new();
    let mut sheets = Vec::with_capacity(metas.len());
    for meta in metas {
        let mut sheet = Sheet {
            name: meta.name.clone(),
            hidden: meta.visible != SheetVisible::Visible,
            ..Sheet::default()
        };
        if !sheet.hidden {
            let range = wb.worksheet_range(&meta.name).map_err(damaged)?;
            read_range(&mut sheet, &range, &mut cap)?;
            let merges = wb.merge_cells_by_sheet_name(&meta.name).unwrap_or_default();
            add_merges(&mut sheet, &merges, &mut cap);
        }
        sheets.push(sheet);
    }
    Ok(Workbook {
        sheets,
        is_1904,
        is_text: false,
    })
}

fn read_ods(bytes: &[u8]) -> Result<Workbook, RefusalKind> {
    let mut wb = match Ods::new(Cursor::new(bytes)) {
        Ok(wb) => wb,
        Err(OdsError::Password) => return Err(RefusalKind::PasswordProtected),
        Err(e) => return Err(damaged(e)),
    };
    let metas = wb.sheets_metadata().to_vec();
    let mut cap = Cap::new();
    let mut sheets = Vec::with_capacity(metas.len());
    for meta in metas {
        let mut sheet = Sheet {
            name: meta.name.clone(),
            hidden: meta.visible != SheetVisible::Visible,
            ..Sheet::default()
        };
        if !sheet.hidden {
            let range = wb.worksheet_range(&meta.name).map_err(damaged)?;
            read_range(&mut sheet, &range, &mut cap)?;
        }
        sheets.push(sheet);
    }
    Ok(Workbook {
        sheets,
        is_1904: false,
        is_text: false,
    })
}

/// The text of a delimited file: UTF-8 (BOM optional) or UTF-16 with a BOM.
pub fn decode_text(bytes: &[u8]) -> Result<String, RefusalKind> {
    let utf16 = |le: bool| -> Result<String, RefusalKind> {
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err(RefusalKind::Encoding);
        }
        let units = body.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| RefusalKind::Encoding)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        utf16(true)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        utf16(false)
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        std::str::from_utf8(body)
            .map(str::to_owned)
            .map_err(|_| RefusalKind::Encoding)
    }
}

/// Refuses a NUL byte or a quoted field that never ends (RFC 4180: a quote opens
/// a quoted field only at the field's start).
pub fn check_text(text: &str, delimiter: u8) -> Result<(), RefusalKind> {
    let delimiter = delimiter as char;
    let mut record: u32 = 1;
    let mut record_has_content = false;
    let mut at_field_start = true;
    let mut in_quotes = false;
    let mut quote_record = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\0' {
            return Err(RefusalKind::NulByte { row: record });
        }
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    in_quotes = false;
                }
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                in_quotes = true;
                quote_record = record;
                record_has_content = true;
                at_field_start = false;
            }
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                if record_has_content {
                    record = record.saturating_add(1);
                }
                record_has_content = false;
                at_field_start = true;
            }
            _ if c == delimiter => {
                record_has_content = true;
                at_field_start = true;
            }
            _ => {
                record_has_content = true;
                at_field_start = false;
            }
        }
    }
    if in_quotes {
        return Err(RefusalKind::UnterminatedQuote { row: quote_record });
    }
    Ok(())
}

/// Parses delimited text into one sheet; rows are numbered by record, from 1.
/// `limit` stops after that many records (for choosing the delimiter).
pub fn parse_text(
    text: &str,
    delimiter: u8,
    sheet_name: &str,
    limit: Option<usize>,
) -> Result<Sheet, RefusalKind> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        name: sheet_name.to_owned(),
        ..Sheet::default()
    };
    let mut cap = Cap::new();
    for (i, record) in reader.records().enumerate() {
        if limit.is_some_and(|l| i >= l) {
            break;
        }
        let record = record.map_err(damaged)?;
        let row = u32::try_from(i).unwrap_or(u32::MAX);
        for (col, field) in record.iter().enumerate() {
            if !field.is_empty() {
                let col = u32::try_from(col).unwrap_or(u32::MAX);
                push_cell(
                    &mut sheet,
                    (row, col),
                    Cell::Text(field.to_owned()),
                    &mut cap,
                )?;
            }
        }
    }
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension() {
        assert_eq!(kind_of("a.XLSX"), Some(Kind::Xlsx));
        assert_eq!(kind_of("a.xlsm"), Some(Kind::Xlsx));
        assert_eq!(kind_of("b.xls"), Some(Kind::Xls));
        assert_eq!(kind_of("c.ods"), Some(Kind::Ods));
        assert_eq!(kind_of("d.tsv"), Some(Kind::Text));
        assert_eq!(kind_of("e.json"), None);
        assert_eq!(stem("dir/tin-bai.csv"), "tin-bai");
    }

    #[test]
    fn encodings() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa;b").as_deref(), Ok("a;b"));
        assert_eq!(
            decode_text(&[0xFF, 0xFE, b'a', 0, b'\t', 0, b'b', 0]).as_deref(),
            Ok("a\tb")
        );
        assert_eq!(decode_text(&[0xFE, 0xFF, 0, b'a']).as_deref(), Ok("a"));
        // Windows-1258 "Ngày" is not UTF-8.
        assert_eq!(decode_text(b"Ng\xE0y"), Err(RefusalKind::Encoding));
    }

    #[test]
    fn quotes_and_nul() {
        assert!(check_text("a;\"b;\nc\"\nd;e\n", b';').is_ok());
        assert!(check_text("a;b\"c\nd\n", b';').is_ok());
        assert_eq!(
            check_text("a;b\n\nc;\"d\ne;f\n", b';'),
            Err(RefusalKind::UnterminatedQuote { row: 2 })
        );
        assert_eq!(
            check_text("a\nb\0", b','),
            Err(RefusalKind::NulByte { row: 2 })
        );
    }

    #[test]
    fn text_rows_count_records() {
        let sheet = parse_text("h1;h2\n\"x;\ny\";2\n", b';', "s", None).unwrap_or_default();
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[1].number, 2);
        assert_eq!(sheet.rows[1].get(0), Some(&Cell::Text("x;\ny".into())));
    }

    #[test]
    fn not_a_workbook_is_damaged() {
        assert!(matches!(
            open_workbook("a.xlsx", b"hello"),
            Err(RefusalKind::Damaged { .. })
        ));
        assert!(matches!(
            open_workbook("a.xlsx", b"PK\x03\x04garbage"),
            Err(RefusalKind::Damaged { .. })
        ));
    }
}
