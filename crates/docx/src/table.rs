//! Tables: the report's tables as real Word tables (borders, the header row repeated on
//! every page with `w:tblHeader`, rows never split, numbers to the right, item titles linked)
//! and the borderless two-column tables of the letterhead and the signature.

use crate::para::{para, Align, Para, Run};
use crate::rels::Rels;
use phusong_export::tables::Table;

/// The width between the margins (A4 less 30 and 15 mm, `body::MARGINS`), in twips.
pub const TEXT_WIDTH: u32 = 11906 - 1701 - 851;
/// The paragraph style of table text (12 pt, no spacing).
const CELL: Para = Para {
    style: Some("TableText"),
    align: Align::Left,
    first_line: 0,
    indent: (0, 0),
    before: None,
    after: None,
    exact_line: None,
    keep_next: false,
    page_break: false,
    rule: false,
};

/// About one character of 12 pt Times New Roman (digits are 6 pt wide), and a cell's
/// margins, in twips. A table too wide for 12 pt is set in 11 pt ([`SMALL_CHAR`]).
const CHAR: u32 = 120;
const SMALL_CHAR: u32 = 110;
const PAD: u32 = 150;
/// The longest unbreakable piece counted in a text column, and the most characters a
/// column asks room for.
const WORD_CAP: usize = 12;
const WANT_CAP: usize = 40;

/// Column widths (twips, adding up to [`TEXT_WIDTH`]): each column gets room for its
/// longest word (a number whole) so that nothing breaks inside a word, then the space left
/// goes to the columns with longer texts.
fn widths(table: &Table, char_width: u32) -> (Vec<u32>, bool) {
    let longest_word = |s: &str| {
        s.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    let (mut least, mut want) = (Vec::new(), Vec::new());
    for (i, c) in table.columns.iter().enumerate() {
        let cells = table.rows.iter().filter_map(|r| r.cells.get(i));
        // Heads are bold: a character more.
        let (mut word, mut chars) = (longest_word(&c.title) + 1, c.title.chars().count() / 2);
        for cell in cells {
            let n = cell.chars().count();
            chars = chars.max(n);
            word = word.max(if c.numeric {
                n
            } else {
                longest_word(cell).min(WORD_CAP)
            });
        }
        let word = word.max(2) as u32;
        least.push(word * char_width + PAD);
        want.push(
            (chars.clamp(2, WANT_CAP) as u32 * char_width + PAD).max(word * char_width + PAD),
        );
    }
    let least_sum: u32 = least.iter().sum();
    let fits = least_sum <= TEXT_WIDTH;
    let mut w: Vec<u32> = if least_sum >= TEXT_WIDTH {
        least
            .iter()
            .map(|x| TEXT_WIDTH * x / least_sum.max(1))
            .collect()
    } else {
        let room = TEXT_WIDTH - least_sum;
        let extra: Vec<u32> = want.iter().zip(&least).map(|(w, l)| w - l).collect();
        let extra_sum: u32 = extra.iter().sum();
        if extra_sum <= room {
            // Everything fits: the rest of the width in proportion to what each wants.
            let want_sum: u32 = want.iter().sum::<u32>().max(1);
            want.iter().map(|x| TEXT_WIDTH * x / want_sum).collect()
        } else {
            least
                .iter()
                .zip(&extra)
                .map(|(l, e)| l + (u64::from(room) * u64::from(*e) / u64::from(extra_sum)) as u32)
                .collect()
        }
    };
    let used: u32 = w.iter().sum();
    if let Some(last) = w.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(used);
    }
    (w, fits)
}

/// The column widths and the text size (half-points) of `table`: 12 pt when its words fit
/// whole, else 11 pt.
fn layout(table: &Table) -> (Vec<u32>, Option<u32>) {
    match widths(table, CHAR) {
        (w, true) => (w, None),
        _ => (widths(table, SMALL_CHAR).0, Some(22)),
    }
}

fn grid(out: &mut String, widths: &[u32]) {
    out.push_str("<w:tblGrid>");
    for w in widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{w}"/>"#));
    }
    out.push_str("</w:tblGrid>");
}

fn cell_start(out: &mut String, width: u32, shade: bool) {
    out.push_str(&format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#
    ));
    if shade {
        out.push_str(r#"<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>"#);
    }
    out.push_str("</w:tcPr>");
}

/// A report table: header row repeated on each page, a row per data row.
pub fn data_table(out: &mut String, table: &Table, rels: &mut Rels) {
    let (widths, size) = layout(table);
    out.push_str(concat!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>"#,
        r#"<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
        r#"</w:tblBorders><w:tblLayout w:type="fixed"/>"#,
        r#"<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>"#,
        r#"<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#,
        r#"</w:tblPr>"#
    ));
    grid(out, &widths);
    out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (c, w) in table.columns.iter().zip(&widths) {
        cell_start(out, *w, true);
        let p = Para {
            align: Align::Center,
            ..CELL
        };
        let head = Run {
            size,
            ..Run::bold(&c.title)
        };
        para(out, &p, &[head]);
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
    for row in &table.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, w) in widths.iter().enumerate() {
            let column = table.columns.get(i);
            let text = row.cells.get(i).map_or("", String::as_str);
            let numeric = column.is_some_and(|c| c.numeric);
            // "95,9 %" never breaks before its sign.
            let text = if numeric {
                std::borrow::Cow::Owned(text.replace(' ', "\u{a0}"))
            } else {
                std::borrow::Cow::Borrowed(text)
            };
            cell_start(out, *w, false);
            let p = Para {
                align: if numeric { Align::Right } else { Align::Left },
                ..CELL
            };
            let link = match (column.is_some_and(|c| c.links), &row.link) {
                (true, Some(url)) => rels.link(url),
                _ => None,
            };
            let run = Run {
                link: link.as_deref(),
                size,
                ..Run::plain(&text)
            };
            para(out, &p, &[run]);
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// A borderless table of one row and two cells, `left` twips wide on the left, each cell
/// filled by its writer (which must write at least one paragraph).
pub fn two_cells(
    out: &mut String,
    left: u32,
    write_left: impl FnOnce(&mut String),
    write_right: impl FnOnce(&mut String),
) {
    let right = TEXT_WIDTH - left;
    out.push_str(concat!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>"#,
        r#"<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>"#,
        r#"<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/>"#,
        r#"<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>"#,
        r#"<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#,
        r#"</w:tblPr>"#
    ));
    grid(out, &[left, right]);
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_start(out, left, false);
    write_left(out);
    out.push_str("</w:tc>");
    cell_start(out, right, false);
    write_right(out);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use phusong_export::tables::{Column, Row, Section};

    fn col(title: &str, numeric: bool, links: bool) -> Column {
        Column {
            title: title.into(),
            numeric,
            sort: None,
            links,
        }
    }

    #[test]
    fn header_repeats_numbers_right_links_only_web() {
        let table = Table {
            section: Section::Items,
            title: "t".into(),
            columns: vec![col("Tiêu đề", false, true), col("Số", true, false)],
            rows: vec![
                Row {
                    cells: vec!["<b>".into(), "1.234".into()],
                    filter: None,
                    link: Some("https://a.vn/1".into()),
                },
                Row {
                    cells: vec!["x".into()],
                    filter: None,
                    link: Some("javascript:x".into()),
                },
            ],
        };
        let mut rels = Rels::default();
        let mut out = String::new();
        data_table(&mut out, &table, &mut rels);
        assert_eq!(out.matches("<w:tblHeader/>").count(), 1);
        assert_eq!(out.matches("<w:tr>").count(), 3);
        assert!(out.contains("&lt;b&gt;"));
        assert_eq!(out.matches("<w:hyperlink").count(), 1);
        assert!(
            out.contains(r#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1.234"#)
        );
        // A short row still has a cell (with a paragraph) per column.
        assert_eq!(out.matches("<w:tc>").count(), 6);
        assert_eq!(out.matches("<w:p>").count(), 6);
        let (w, size) = layout(&table);
        assert_eq!((w.iter().sum::<u32>(), size), (TEXT_WIDTH, None));
        // Ten wide columns: 11 pt, every column at least as wide as its longest word.
        let wide = Table {
            columns: (0..10)
                .map(|i| col(&format!("Cột{i}"), true, false))
                .collect(),
            rows: vec![Row {
                cells: vec!["401.000.000".into(); 10],
                filter: None,
                link: None,
            }],
            ..table
        };
        let (w, size) = layout(&wide);
        assert_eq!(size, Some(22));
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH);
    }
}
