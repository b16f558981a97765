//! The reading of a sheet the user is choosing on the mapping screen (a draft mapping):
//! where it starts (the stored mapping the sheet was read with, the reading the spec's
//! names gave it, or a guess: the fullest of its first rows as the header row, the spec's
//! names proposed), how it changes when the section or the header row changes, and the
//! [`SheetMapping`] it makes.

use phusong_sheets::mapping::{signature, suggest_field};
use phusong_sheets::read::HEADER_ROWS;
use phusong_sheets::SheetReading;
use phusong_sheets::{MappedColumn, MappedValue, PreviewRow, ReadAs, Section, SheetMapping};

/// A column of the header row: its index, header and chosen field key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftColumn {
    pub col: u32,
    pub header: String,
    pub field: Option<String>,
}

/// A mapping being chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub section: Section,
    pub header_row: u32,
    pub columns: Vec<DraftColumn>,
    pub values: Vec<MappedValue>,
}

impl Draft {
    /// Where the screen starts for `reading` (with `mappings`, the stored ones).
    pub fn initial(reading: &SheetReading, mappings: &[SheetMapping]) -> Draft {
        let stored = reading
            .header_row
            .filter(|_| reading.mapped)
            .and_then(|row| {
                let sig = signature(header_cells(&reading.top, row).map(|(_, t)| t));
                let m = mappings.iter().find(|m| m.signature() == sig)?;
                Some((row, m))
            });
        if let Some((row, m)) = stored {
            if let Some(section) = m.section() {
                let mut d = Draft::at(section, row, &reading.top);
                for c in &mut d.columns {
                    c.field = m
                        .columns
                        .iter()
                        .find(|mc| {
                            signature([mc.header.as_str()]) == signature([c.header.as_str()])
                        })
                        .and_then(|mc| mc.field.clone());
                }
                d.values = m.values.clone();
                return d;
            }
        }
        match (&reading.read_as, reading.header_row) {
            (ReadAs::Section(s), Some(row)) => {
                let mut d = Draft::at(*s, row, &reading.top);
                for c in &mut d.columns {
                    c.field = reading
                        .columns
                        .iter()
                        .find(|rc| rc.header == c.header)
                        .and_then(|rc| rc.field.clone());
                }
                d
            }
            (read_as, _) => {
                let section = match read_as {
                    ReadAs::LacksColumns(s) => *s,
                    _ => Section::Coverage,
                };
                Draft::at(section, fullest_row(&reading.top), &reading.top)
            }
        }
    }

    /// The columns of row `row` of `top`, each with the field the spec's names propose.
    pub fn at(section: Section, row: u32, top: &[PreviewRow]) -> Draft {
        Draft {
            section,
            header_row: row,
            columns: header_cells(top, row)
                .map(|(col, header)| DraftColumn {
                    col,
                    header: header.to_owned(),
                    field: suggest_field(section, header),
                })
                .collect(),
            values: Vec::new(),
        }
    }

    /// The mapping this draft makes.
    pub fn mapping(&self) -> SheetMapping {
        SheetMapping {
            section: self.section.key().to_owned(),
            columns: self
                .columns
                .iter()
                .map(|c| MappedColumn {
                    header: c.header.clone(),
                    field: c.field.clone(),
                })
                .collect(),
            values: self.values.clone(),
        }
    }

    /// Up to `n` values of column `col` below the header row.
    pub fn samples<'a>(&self, top: &'a [PreviewRow], col: u32, n: usize) -> Vec<&'a str> {
        top.iter()
            .filter(|r| r.row > self.header_row)
            .filter_map(|r| r.cells.iter().find(|(c, _)| *c == col))
            .map(|(_, t)| t.as_str())
            .take(n)
            .collect()
    }
}

/// The rows of `top` that can be a header row (the first [`HEADER_ROWS`]).
pub fn header_candidates(top: &[PreviewRow]) -> impl Iterator<Item = &PreviewRow> {
    top.iter().take_while(|r| r.row <= HEADER_ROWS)
}

fn header_cells(top: &[PreviewRow], row: u32) -> impl Iterator<Item = (u32, &str)> {
    top.iter()
        .filter(move |r| r.row == row)
        .flat_map(|r| r.cells.iter().map(|(c, t)| (*c, t.as_str())))
}

/// The first of the candidate rows with the most cells (a title banner has one).
fn fullest_row(top: &[PreviewRow]) -> u32 {
    header_candidates(top)
        .fold(None::<&PreviewRow>, |best, r| match best {
            Some(b) if b.cells.len() >= r.cells.len() => Some(b),
            _ => Some(r),
        })
        .map_or(1, |r| r.row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: u32, cells: &[&str]) -> PreviewRow {
        PreviewRow {
            row: n,
            cells: cells
                .iter()
                .enumerate()
                .map(|(i, t)| (i as u32, (*t).to_owned()))
                .collect(),
        }
    }

    fn unrecognised() -> SheetReading {
        let bytes = {
            let mut csv = String::from("BẢNG THEO DÕI\n");
            csv.push_str("Ngày lên sóng,Kênh,Tiêu đề,Ghi chú\n05/03/2025,VTV1,Tin một,x\n");
            csv.into_bytes()
        };
        match phusong_sheets::read_spreadsheet("theo-doi.csv", &bytes) {
            Err(r) => r.reading.into_iter().next().unwrap(),
            Ok(c) => panic!("{:?}", c.reading),
        }
    }

    #[test]
    fn an_unrecognised_sheet_starts_from_its_fullest_row_with_the_spec_names() {
        let r = unrecognised();
        let d = Draft::initial(&r, &[]);
        assert_eq!(d.section, Section::Coverage);
        assert_eq!(d.header_row, 2);
        let fields: Vec<Option<&str>> = d.columns.iter().map(|c| c.field.as_deref()).collect();
        assert_eq!(fields, vec![None, None, Some("title"), None]);
        assert_eq!(d.samples(&r.top, 1, 3), vec!["VTV1"]);
        let other = Draft::at(Section::Outlets, 1, &r.top);
        assert_eq!(other.columns.len(), 1);
    }

    #[test]
    fn a_mapped_sheet_starts_from_its_stored_mapping() {
        let r = unrecognised();
        let mut d = Draft::initial(&r, &[]);
        d.columns[0].field = Some("date".into());
        d.columns[1].field = Some("outlet".into());
        let mut m = d.mapping();
        m.set_value("outlet", "VTV1", "vtv");
        let bytes =
            "BẢNG THEO DÕI\nNgày lên sóng,Kênh,Tiêu đề,Ghi chú\n05/03/2025,VTV1,Tin một,x\n";
        let c = phusong_sheets::convert_all_mapped(
            &[phusong_sheets::Source {
                name: "theo-doi.csv",
                bytes: bytes.as_bytes(),
            }],
            std::slice::from_ref(&m),
        );
        let phusong_sheets::Outcome::Converted(c) = &c[0] else {
            panic!("read with the mapping")
        };
        let again = Draft::initial(&c.reading[0], &[m.clone()]);
        assert_eq!(again.mapping(), m);
        // Without the stored mapping, the reading it gave is where it starts.
        let from_reading = Draft::initial(&c.reading[0], &[]);
        assert_eq!(from_reading.columns[0].field.as_deref(), Some("date"));
        assert!(from_reading.values.is_empty());
    }

    #[test]
    fn the_fullest_row_is_the_first_with_most_cells() {
        let top = vec![row(1, &["A"]), row(3, &["a", "b"]), row(4, &["c", "d"])];
        assert_eq!(fullest_row(&top), 3);
        assert_eq!(fullest_row(&[]), 1);
    }
}
