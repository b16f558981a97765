//! Tables: the report's tables as real Word tables (borders, the header row repeated on
//! every page with `w:tblHeader`, rows never split, numbers to the right, item titles linked)
//! and the borderless two-column tables of the letterhead and the signature.

use crate::para::{para, Align, Para, Run};
use crate::rels::Rels;
use phusong_export::tables::Table;

/// The width between the margins (A4 less 30 and 15 mm, `body::MARGINS`), in twips.
pub const TEXT_WIDTH: u32 = 11906 - 1701 - 851;
/// A table cell's paragraph: style `TableText` (12 pt, no spacing; `TableText11` and
/// `TableText10` at 11 and 10 pt), which sets the size once instead of on every run.
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

/// A cell's margins, in twips.
const PAD: u32 = 150;
/// The longest piece of a word counted in a text column (a longer one may break), and the
/// most characters a column asks room for.
const WORD_CAP: usize = 8;
const WANT_CAP: usize = 60;
/// The text sizes a table may take (half-points) and about one character's width at each
/// (twips; Times New Roman's digits are half an em): 12 pt, else 11, else 10 when the
/// columns' words would leave the widest texts no room.
const SIZES: [(u32, u32); 3] = [(24, 120), (22, 110), (20, 100)];
/// The share of the width the columns' words may take at a size before a smaller one is
/// tried.
const ROOMY: u32 = 80;

/// How many characters of `word` must stay on one line: numbers and dates whole, other
/// words up to [`WORD_CAP`] and in pieces after '-' or '/'.
fn unbreakable(word: &str) -> usize {
    let number = word
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '%' | '-' | '+'));
    if number {
        return word.chars().count();
    }
    word.split_inclusive(['-', '/'])
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0)
        .min(WORD_CAP)
}

/// The room each column needs (its longest unbreakable piece), asks for (its average
/// text: a title column asks much more than an outlet column, though both have long ones),
/// and would like (that, or its head on one line), in characters.
fn needs(table: &Table) -> Vec<(u32, u32, u32)> {
    let longest = |s: &str| s.split_whitespace().map(unbreakable).max().unwrap_or(0);
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // Heads are bold: a character more.
            let mut word = longest(&c.title) + 1;
            let (mut total, mut count) = (0usize, 0usize);
            for cell in table.rows.iter().filter_map(|r| r.cells.get(i)) {
                total += cell.chars().count();
                count += 1;
                word = word.max(if c.numeric {
                    cell.chars().count()
                } else {
                    longest(cell)
                });
            }
            let average = total.checked_div(count).unwrap_or(0);
            let head = c.title.chars().count();
            let want = average.max(head / 2).clamp(2, WANT_CAP).max(word);
            (word.max(2) as u32, want as u32, (head + 1).max(want) as u32)
        })
        .collect()
}

/// Column widths (twips, adding up to [`TEXT_WIDTH`]) at `char_width`: in proportion to
/// what the columns would like, or ask for, when that fits; else each column gets the room
/// it needs, then the rest goes to the columns in proportion to what they ask more.
fn widths(needs: &[(u32, u32, u32)], char_width: u32) -> Vec<u32> {
    let twips = |chars: u32| chars * char_width + PAD;
    let least: Vec<u32> = needs.iter().map(|n| twips(n.0)).collect();
    let least_sum: u32 = least.iter().sum();
    let proportional = |of: Vec<u32>| {
        let sum: u32 = of.iter().sum::<u32>().max(1);
        of.iter()
            .map(|x| TEXT_WIDTH * x / sum)
            .collect::<Vec<u32>>()
    };
    let like: Vec<u32> = needs.iter().map(|n| twips(n.2)).collect();
    let want: Vec<u32> = needs.iter().map(|n| twips(n.1)).collect();
    let mut w: Vec<u32> = if like.iter().sum::<u32>() <= TEXT_WIDTH {
        proportional(like)
    } else if want.iter().sum::<u32>() <= TEXT_WIDTH {
        proportional(want)
    } else if least_sum >= TEXT_WIDTH {
        proportional(least)
    } else {
        let extra: Vec<u32> = needs.iter().map(|n| (n.1 - n.0) * char_width).collect();
        let extra_sum = u64::from(extra.iter().sum::<u32>().max(1));
        let room = u64::from(TEXT_WIDTH - least_sum);
        least
            .iter()
            .zip(&extra)
            .map(|(l, e)| l + (room * u64::from(*e) / extra_sum) as u32)
            .collect()
    };
    let used: u32 = w.iter().sum();
    if let Some(last) = w.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(used);
    }
    w
}

/// The column widths and the text size of `table`: the largest of [`SIZES`] at which the
/// columns' words take at most [`ROOMY`] % of the width (`None`: the style's 12 pt).
fn layout(table: &Table) -> (Vec<u32>, Option<u32>) {
    let needs = needs(table);
    let fits = |char_width: u32| {
        let least: u32 = needs.iter().map(|n| n.0 * char_width + PAD).sum();
        least * 100 <= TEXT_WIDTH * ROOMY
    };
    let (size, char_width) = SIZES
        .into_iter()
        .find(|(_, c)| fits(*c))
        .unwrap_or(SIZES[SIZES.len() - 1]);
    let size = (size != SIZES[0].0).then_some(size);
    (widths(&needs, char_width), size)
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
    let style = match size {
        None => "TableText",
        Some(22) => "TableText11",
        Some(_) => "TableText10",
    };
    let cell = Para {
        style: Some(style),
        ..CELL
    };
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
            ..cell
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
                ..cell
            };
            let link = match (column.is_some_and(|c| c.links), &row.link) {
                (true, Some(url)) => rels.link(url),
                _ => None,
            };
            let run = Run {
                link: link.as_deref(),
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
        assert!(out.contains(r#"<w:jc w:val="right"/></w:pPr><w:r><w:t>1.234"#));
        // A short row still has a cell (with a paragraph) per column.
        assert_eq!(out.matches("<w:tc>").count(), 6);
        assert_eq!(out.matches("<w:p>").count(), 6);
        let (w, size) = layout(&table);
        assert_eq!((w.iter().sum::<u32>(), size), (TEXT_WIDTH, None));
        // Ten wide columns: 10 pt.
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
        assert_eq!(size, Some(20));
        assert_eq!(unbreakable("02/2025/HĐ-STTTT"), 5);
        assert_eq!(unbreakable("31/12/2025"), 10);
        assert_eq!(unbreakable("Nghi-Sơn-Sầm-Sơn-xyz-abcdefghijkl"), WORD_CAP);
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH);
    }
}
