//! What a workbook or a delimited text file holds once read: sheets of sparse
//! rows of cells, their merged regions, and the workbook's date system.

use std::collections::HashMap;

/// One cell's value as the file saved it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in the cell.
    Empty,
    /// Text (a shared or inline string, or a field of a delimited file).
    Text(String),
    /// A number (integers included).
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date or date-time cell: Excel's serial day number in the workbook's system.
    Date(f64),
    /// A date or date-time as ISO 8601 text (OpenDocument).
    DateIso(String),
    /// An error value (`#N/A`, `#DIV/0!`, …) or a formula with no saved value.
    Error(String),
}

impl Cell {
    /// Empty, only spaces, or "-" / "—": "not given".
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => {
                let t = t.trim();
                t.is_empty() || t == "-" || t == "—"
            }
            _ => false,
        }
    }
}

/// One row: its number as the spreadsheet shows it (from 1) and its non-empty
/// cells by 0-based column, in column order.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<(u32, Cell)>,
}

impl Row {
    pub fn get(&self, col: u32) -> Option<&Cell> {
        self.cells
            .binary_search_by_key(&col, |(c, _)| *c)
            .ok()
            .and_then(|i| self.cells.get(i))
            .map(|(_, cell)| cell)
    }
}

/// One sheet.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub hidden: bool,
    /// Rows with at least one cell, in row order.
    pub rows: Vec<Row>,
    /// Merged cells below the top-left one of a merge, in its column only:
    /// (row number, column) → row number of the top-left cell.
    pub merged_from: HashMap<(u32, u32), u32>,
}

impl Sheet {
    pub fn row(&self, number: u32) -> Option<&Row> {
        self.rows
            .binary_search_by_key(&number, |r| r.number)
            .ok()
            .and_then(|i| self.rows.get(i))
    }

    /// The cell at (row, column), or the top-left cell of the merge covering it
    /// from above in the same column.
    pub fn filled<'a>(&'a self, row: &'a Row, col: u32) -> Option<&'a Cell> {
        match row.get(col) {
            Some(cell) if *cell != Cell::Empty => Some(cell),
            _ => {
                let top = *self.merged_from.get(&(row.number, col))?;
                self.row(top).and_then(|r| r.get(col))
            }
        }
    }

    /// Records the merged region (1-based rows, 0-based columns), in its first
    /// column only; stops adding once `budget` cells are recorded.
    pub fn add_merge(&mut self, top: u32, bottom: u32, col: u32, budget: &mut usize) {
        for r in top.saturating_add(1)..=bottom {
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            self.merged_from.insert((r, col), top);
        }
    }
}

/// A whole file as read.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
    /// The 1904 date system (a workbook setting; false for text files).
    pub is_1904: bool,
    /// Delimited text (its rows count records), not a workbook.
    pub is_text: bool,
}

/// Column letters as the spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(16383), "XFD");
    }

    #[test]
    fn merges_fill_down_in_their_first_column() {
        let mut sheet = Sheet {
            rows: vec![
                Row {
                    number: 4,
                    cells: vec![(2, Cell::Text("Báo Đầu tư".into()))],
                },
                Row {
                    number: 5,
                    cells: vec![(3, Cell::Text("x".into()))],
                },
            ],
            ..Sheet::default()
        };
        let mut budget = 10;
        sheet.add_merge(4, 5, 2, &mut budget);
        let row5 = sheet.rows[1].clone();
        assert_eq!(
            sheet.filled(&row5, 2),
            Some(&Cell::Text("Báo Đầu tư".into()))
        );
        assert_eq!(sheet.filled(&row5, 4), None);
        assert_eq!(budget, 9);
    }
}
