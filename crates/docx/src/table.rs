//! Tables: the report's tables as real Word tables (borders, the header row repeated on
//! every page with `w:tblHeader`, rows never split, numbers to the right, item titles linked)
//! and the borderless two-column tables of the letterhead and the signature.

use crate::para::{para, Align, Para, Run};
use crate::rels::Rels;
use phusong_export::tables::Table;

/// The width between the margins: 165 mm, in twips.
pub const TEXT_WIDTH: u32 = 9356;
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

/// Column widths (twips, adding up to [`TEXT_WIDTH`]) from the length of what they hold.
fn widths(table: &Table) -> Vec<u32> {
    let weights: Vec<u32> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let longest_word = c.title.split_whitespace().map(|w| w.chars().count()).max();
            let cells = table
                .rows
                .iter()
                .filter_map(|r| r.cells.get(i))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0);
            let head = (c.title.chars().count() / 2).max(longest_word.unwrap_or(0));
            (head.max(cells) as u32).clamp(4, 40)
        })
        .collect();
    let total: u32 = weights.iter().sum::<u32>().max(1);
    let mut w: Vec<u32> = weights.iter().map(|x| TEXT_WIDTH * x / total).collect();
    let used: u32 = w.iter().sum();
    if let Some(last) = w.last_mut() {
        *last += TEXT_WIDTH - used;
    }
    w
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
    let widths = widths(table);
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
        para(out, &p, &[Run::bold(&c.title)]);
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
    for row in &table.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, w) in widths.iter().enumerate() {
            let column = table.columns.get(i);
            let text = row.cells.get(i).map_or("", String::as_str);
            cell_start(out, *w, false);
            let p = Para {
                align: if column.is_some_and(|c| c.numeric) {
                    Align::Right
                } else {
                    Align::Left
                },
                ..CELL
            };
            let link = match (column.is_some_and(|c| c.links), &row.link) {
                (true, Some(url)) => rels.link(url),
                _ => None,
            };
            let run = Run {
                link: link.as_deref(),
                ..Run::plain(text)
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
        let w = widths(&table);
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH);
    }
}
