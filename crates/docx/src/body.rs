//! `word/document.xml`: the head ([`crate::front`]), part I with a section per table (its
//! heading kept with its chart, the chart one unsplittable picture paragraph, then the table),
//! parts II–IV, the closing, the appendices each from a new page, and the section
//! properties: A4 portrait, the margins of Decree 30, the page number in the header from
//! page 2 (`w:titlePg`, an empty first-page header).

use crate::closing::{sign_off, signature};
use crate::content::{Chart, Content, TextPart};
use crate::front::front;
use crate::para::{para, Para, Run, BODY, CENTER};
use crate::picture::{drawing, png_size, printed_size};
use crate::rels::{Rels, HEADER_DEFAULT, HEADER_FIRST};
use crate::table::data_table;

/// The namespaces the body uses.
const OPEN: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#,
    r#" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#,
    r#" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing""#,
    r#" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#,
    r#" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>"#
);

/// Page size and margins in twips: A4; top and bottom 20 mm, left 30 mm, right 15 mm; the
/// header 10 mm from the edge.
pub const PAGE: (u32, u32) = (11906, 16838);
pub const MARGINS: Margins = Margins {
    top: 1134,
    bottom: 1134,
    left: 1701,
    right: 851,
    header: 567,
};

/// Page margins in twips.
pub struct Margins {
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
    pub header: u32,
}

fn heading(out: &mut String, style: &'static str, text: &str) {
    let p = Para {
        style: Some(style),
        ..Para::default()
    };
    para(out, &p, &[Run::plain(text)]);
}

fn text_part(out: &mut String, part: &TextPart, style: &'static str) {
    heading(out, style, &part.heading);
    for p in &part.paragraphs {
        para(out, &BODY, &[Run::plain(p)]);
    }
}

/// A chart's picture in its own centred paragraph; nothing without a PNG.
fn chart(out: &mut String, chart: &Chart, rels: &mut Rels, media: &mut Vec<Vec<u8>>) {
    let Some(png) = &chart.png else { return };
    let Some((w, h)) = png_size(png) else { return };
    let rel = rels.image();
    media.push(png.clone());
    let p = Para {
        before: Some(60),
        after: Some(120),
        ..CENTER
    };
    out.push_str("<w:p>");
    let mut props = String::new();
    para(&mut props, &p, &[]);
    // `para` wrote "<w:p><w:pPr>…</w:pPr></w:p>": keep its properties.
    out.push_str(&props["<w:p>".len()..props.len() - "</w:p>".len()]);
    drawing(out, &rel, media.len(), &chart.title, printed_size(w, h));
    out.push_str("</w:p>");
}

/// The body; the PNGs it refers to are pushed to `media` in the order of `rels.media`.
pub fn document(c: &Content, rels: &mut Rels, media: &mut Vec<Vec<u8>>) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(OPEN);
    front(&mut out, c);
    heading(&mut out, "Heading1", &c.results_heading);
    text_part(&mut out, &c.assessment, "Heading2");
    for s in &c.sections {
        heading(&mut out, "Heading2", &s.heading);
        if let Some(ch) = &s.chart {
            chart(&mut out, ch, rels, media);
        }
        for note in &s.notes {
            para(&mut out, &BODY, &[Run::italic(note)]);
        }
        if let Some(t) = &s.table {
            data_table(&mut out, t, rels);
        }
        for (title, t) in &s.followers {
            heading(&mut out, "Heading3", title);
            data_table(&mut out, t, rels);
        }
    }
    for part in &c.later {
        text_part(&mut out, part, "Heading1");
    }
    signature(&mut out, c);
    let (title, table) = &c.appendix;
    let appendix = Para {
        style: Some("Heading1"),
        page_break: true,
        ..CENTER
    };
    para(&mut out, &appendix, &[Run::plain(title)]);
    data_table(&mut out, table, rels);
    if let Some(acc) = &c.acceptance {
        let a = &acc.appendix;
        para(&mut out, &appendix, &[Run::plain(&a.title)]);
        for fact in &a.facts {
            para(&mut out, &BODY, &[Run::plain("- "), Run::plain(fact)]);
        }
        for part in &a.parts {
            heading(&mut out, "Heading3", &part.heading);
            if part.items.rows.is_empty() {
                para(&mut out, &BODY, &[Run::italic(acc.empty)]);
            } else {
                data_table(&mut out, &part.items, rels);
            }
        }
        sign_off(&mut out, acc.buyer, acc.outlet, acc.sign_hint);
    }
    // The body ends with a paragraph (Word's rule), a thin one: never a page of its own.
    let end = Para {
        exact_line: Some(20),
        before: Some(0),
        after: Some(0),
        ..Para::default()
    };
    para(&mut out, &end, &[]);
    let m = &MARGINS;
    out.push_str(&format!(
        concat!(
            r#"<w:sectPr><w:headerReference w:type="default" r:id="{hd}"/>"#,
            r#"<w:headerReference w:type="first" r:id="{hf}"/>"#,
            r#"<w:pgSz w:w="{pw}" w:h="{ph}"/>"#,
            r#"<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="{h}" w:footer="{h}" w:gutter="0"/>"#,
            r#"<w:cols w:space="720"/><w:titlePg/></w:sectPr></w:body></w:document>"#
        ),
        hd = HEADER_DEFAULT,
        hf = HEADER_FIRST,
        pw = PAGE.0,
        ph = PAGE.1,
        t = m.top,
        r = m.right,
        b = m.bottom,
        l = m.left,
        h = m.header,
    ));
    out
}
