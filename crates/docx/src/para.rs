//! Paragraphs and runs of WordprocessingML: a [`Para`] says how a paragraph is set (style,
//! alignment, indents, spacing, keeping with the next, a page break before, a rule under
//! it), a [`Run`] how a piece of its text is (bold, italic, size, a link).

use crate::xml;

/// Paragraph alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Left (the default).
    #[default]
    Left,
    /// Centred.
    Center,
    /// Right.
    Right,
    /// Justified (body text).
    Both,
}

/// How a paragraph is set. Lengths in twentieths of a point (twips).
#[derive(Debug, Clone, Copy, Default)]
pub struct Para {
    /// A paragraph style of `styles.xml` ("Heading1", …).
    pub style: Option<&'static str>,
    pub align: Align,
    /// First-line indent.
    pub first_line: u32,
    /// Left and right indents.
    pub indent: (u32, u32),
    /// Space before and after; `None` keeps the style's.
    pub before: Option<u32>,
    pub after: Option<u32>,
    /// Exact line height, for thin rule paragraphs.
    pub exact_line: Option<u32>,
    /// Kept on the page of the next paragraph (headings, a chart's caption).
    pub keep_next: bool,
    /// Starts a page.
    pub page_break: bool,
    /// A rule under the paragraph (the short lines of the letterhead).
    pub rule: bool,
}

/// A piece of text and how it looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Run<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub italic: bool,
    /// Size in half-points; `None` keeps the paragraph's.
    pub size: Option<u32>,
    /// A hyperlink's relationship id (an external http(s) target).
    pub link: Option<&'a str>,
}

impl<'a> Run<'a> {
    /// Plain text.
    pub fn plain(text: &'a str) -> Self {
        Run {
            text,
            ..Run::default()
        }
    }
    /// Bold text.
    pub fn bold(text: &'a str) -> Self {
        Run {
            bold: true,
            ..Run::plain(text)
        }
    }
    /// Italic text.
    pub fn italic(text: &'a str) -> Self {
        Run {
            italic: true,
            ..Run::plain(text)
        }
    }
    /// The same at `half_points`.
    pub fn sized(self, half_points: u32) -> Self {
        Run {
            size: Some(half_points),
            ..self
        }
    }
}

/// Writes `<w:pPr>` for `p` (nothing when it has no property).
fn para_props(out: &mut String, p: &Para) {
    let mut props = String::new();
    if let Some(s) = p.style {
        props.push_str(&format!(r#"<w:pStyle w:val="{s}"/>"#));
    }
    if p.keep_next {
        props.push_str("<w:keepNext/>");
    }
    if p.page_break {
        props.push_str("<w:pageBreakBefore/>");
    }
    if p.rule {
        props.push_str(
            r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#,
        );
    }
    if p.before.is_some() || p.after.is_some() || p.exact_line.is_some() {
        props.push_str("<w:spacing");
        if let Some(b) = p.before {
            props.push_str(&format!(r#" w:before="{b}""#));
        }
        if let Some(a) = p.after {
            props.push_str(&format!(r#" w:after="{a}""#));
        }
        if let Some(l) = p.exact_line {
            props.push_str(&format!(r#" w:line="{l}" w:lineRule="exact""#));
        }
        props.push_str("/>");
    }
    if p.first_line > 0 || p.indent != (0, 0) {
        props.push_str(&format!(
            r#"<w:ind w:left="{}" w:right="{}" w:firstLine="{}"/>"#,
            p.indent.0, p.indent.1, p.first_line
        ));
    }
    let jc = match p.align {
        Align::Left => None,
        Align::Center => Some("center"),
        Align::Right => Some("right"),
        Align::Both => Some("both"),
    };
    if let Some(jc) = jc {
        props.push_str(&format!(r#"<w:jc w:val="{jc}"/>"#));
    }
    if !props.is_empty() {
        out.push_str("<w:pPr>");
        out.push_str(&props);
        out.push_str("</w:pPr>");
    }
}

/// Writes one run.
fn run(out: &mut String, r: &Run) {
    if let Some(id) = r.link {
        out.push_str(&format!(r#"<w:hyperlink r:id="{id}">"#));
    }
    out.push_str("<w:r>");
    if r.bold || r.italic || r.size.is_some() || r.link.is_some() {
        out.push_str("<w:rPr>");
        if r.link.is_some() {
            out.push_str(r#"<w:rStyle w:val="Hyperlink"/>"#);
        }
        if r.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if r.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(s) = r.size {
            out.push_str(&format!(r#"<w:sz w:val="{s}"/><w:szCs w:val="{s}"/>"#));
        }
        out.push_str("</w:rPr>");
    }
    // Spaces at either end are kept only with xml:space (most runs have none).
    let edges = r.text.starts_with(char::is_whitespace) || r.text.ends_with(char::is_whitespace);
    out.push_str(if edges {
        r#"<w:t xml:space="preserve">"#
    } else {
        "<w:t>"
    });
    xml::text(out, r.text);
    out.push_str("</w:t></w:r>");
    if r.link.is_some() {
        out.push_str("</w:hyperlink>");
    }
}

/// Writes a paragraph set as `p` holding `runs`.
pub fn para(out: &mut String, p: &Para, runs: &[Run]) {
    out.push_str("<w:p>");
    para_props(out, p);
    for r in runs {
        if !r.text.is_empty() {
            run(out, r);
        }
    }
    out.push_str("</w:p>");
}

/// A body paragraph: justified, first line indented 1 cm (Decree 30).
pub const BODY: Para = Para {
    style: None,
    align: Align::Both,
    first_line: 567,
    indent: (0, 0),
    before: None,
    after: None,
    exact_line: None,
    keep_next: false,
    page_break: false,
    rule: false,
};

/// A centred paragraph.
pub const CENTER: Para = Para {
    align: Align::Center,
    first_line: 0,
    ..BODY
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_properties_in_schema_order_and_escapes_text() {
        let mut out = String::new();
        let p = Para {
            style: Some("Heading2"),
            keep_next: true,
            before: Some(120),
            ..CENTER
        };
        para(
            &mut out,
            &p,
            &[Run::bold("A & B").sized(26), Run::plain("")],
        );
        assert_eq!(
            out,
            "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:keepNext/><w:spacing w:before=\"120\"/>\
             <w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz w:val=\"26\"/>\
             <w:szCs w:val=\"26\"/></w:rPr><w:t>A &amp; B</w:t></w:r></w:p>"
        );
        let mut out = String::new();
        let link = Run {
            link: Some("rId9"),
            ..Run::plain("x")
        };
        para(&mut out, &Para::default(), &[link]);
        assert!(out.starts_with("<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:rPr><w:rStyle"));
    }
}
