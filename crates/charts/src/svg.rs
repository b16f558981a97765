//! Post-processing of plotters' SVG output and the text hygiene shared by
//! every chart: cleaning user text, XML escaping, accessibility attributes.
//!
//! plotters-svg 0.3.7 already XML-escapes `<`, `>`, `&`, `"` and `'` in text
//! content and attribute values (`SVGBackend::escape_and_push`) and emits
//! `viewBox="0 0 w h"`. It does not remove characters that XML 1.0 forbids
//! (C0 controls) nor bidi/zero-width controls, so [`sanitize`] does that
//! before any text reaches plotters; the few strings this module writes
//! itself (title, aria-label) are escaped here with [`escape_xml`].

/// Cleans user text for display: control characters and line breaks become
/// spaces, bidi controls, zero-width characters, the BOM and the XML
/// non-characters U+FFFE/U+FFFF are removed, runs of whitespace collapse to
/// one space, and the ends are trimmed. The result contains only characters
/// XML 1.0 allows and cannot reorder the text around it.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096));
    let mut pending_space = false;
    for c in text.chars() {
        if is_invisible_control(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Format characters that change layout or hide text without showing
/// anything: bidi embeddings/overrides/isolates and marks, zero-width
/// spaces and joiners, word joiner, BOM, soft hyphen, and the XML
/// non-characters.
fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{FFFE}'
            | '\u{FFFF}'
    )
}

/// Escapes the five XML special characters for text content and
/// double-quoted attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
    out
}

/// Longest title kept in `<title>`/`aria-label`, in characters.
const MAX_TITLE_CHARS: usize = 300;

/// Adds `role="img"`, `aria-label` and a `<title>` to a document produced
/// by plotters' `SVGBackend` (whose root tag already has `width`, `height`
/// and `viewBox`). A string that does not start with `<svg ` is returned
/// unchanged.
pub fn add_accessibility(svg: &str, title: &str) -> String {
    let clean: String = sanitize(title).chars().take(MAX_TITLE_CHARS).collect();
    let title = escape_xml(&clean);
    let Some(rest) = svg.strip_prefix("<svg ") else {
        return svg.to_owned();
    };
    let Some(end) = rest.find('>') else {
        return svg.to_owned();
    };
    let (attrs, after) = rest.split_at(end);
    let after = after.strip_prefix('>').unwrap_or(after);
    let mut out = String::with_capacity(svg.len() + 2 * title.len() + 64);
    out.push_str("<svg ");
    out.push_str(attrs);
    out.push_str(" role=\"img\" aria-label=\"");
    out.push_str(&title);
    out.push_str("\">\n<title>");
    out.push_str(&title);
    out.push_str("</title>");
    out.push_str(after);
    out
}

/// A minimal, valid SVG document used when even the placeholder could not
/// be drawn (plotters reported an error). Never expected in practice.
pub(crate) fn fallback(width: u32, height: u32, title: &str, message: &str) -> String {
    let title = escape_xml(
        &sanitize(title)
            .chars()
            .take(MAX_TITLE_CHARS)
            .collect::<String>(),
    );
    let message = escape_xml(&sanitize(message));
    format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{title}\">\n\
         <title>{title}</title>\n\
         <text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" font-family=\"{font}\" \
         font-size=\"14\">{message}</text>\n</svg>\n",
        x = width / 2,
        y = height / 2,
        font = escape_xml(crate::style::FONT_FAMILY),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_removes_controls_and_collapses_space() {
        assert_eq!(sanitize("  a\u{0}b\n\tc  "), "a b c");
        assert_eq!(sanitize("x\u{202E}y\u{200B}z\u{FEFF}"), "xyz");
        assert_eq!(sanitize("\u{1}\u{2}"), "");
        assert_eq!(sanitize("Kinh tế"), "Kinh tế");
        // NFD stays as given (combining marks are ordinary characters).
        assert_eq!(sanitize("Kinh te\u{302}\u{301}"), "Kinh te\u{302}\u{301}");
    }

    #[test]
    fn escape_covers_markup() {
        assert_eq!(
            escape_xml("</svg><script>\"&'"),
            "&lt;/svg&gt;&lt;script&gt;&quot;&amp;&apos;"
        );
    }

    #[test]
    fn accessibility_is_added_once_after_root() {
        let svg = "<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\">\n<rect/>\n</svg>\n";
        let out = add_accessibility(svg, "A <b>");
        assert!(out.starts_with(
            "<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"A &lt;b&gt;\">\n<title>A &lt;b&gt;</title>\n<rect/>"
        ));
        assert_eq!(add_accessibility("junk", "t"), "junk");
    }

    #[test]
    fn fallback_parses() {
        let svg = fallback(100, 50, "t\"<", "m&");
        assert!(roxmltree::Document::parse(&svg).is_ok());
    }
}
