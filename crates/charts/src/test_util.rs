//! Helpers shared by the chart tests: hostile input and an SVG check.

/// A name that would break out of the SVG if it were not escaped, with
/// control, bidi, zero-width and RTL characters and a 10,000-character tail.
pub(crate) const HOSTILE: &str =
    "</svg><script>alert(1)</script>\" onload=\"x\" & ' \u{0}\u{1}\u{202E}RTL\u{200B} עברית ";

/// Asserts that `svg` parses as XML, is an accessible SVG with a viewBox,
/// contains no `<script>` element and keeps hostile text as text.
pub(crate) fn assert_valid(svg: &str) {
    let doc = match roxmltree::Document::parse(svg) {
        Ok(doc) => doc,
        Err(e) => panic!("not XML: {e}\n{svg}"),
    };
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert!(root.attribute("viewBox").is_some(), "no viewBox");
    assert_eq!(root.attribute("role"), Some("img"));
    assert!(root.attribute("aria-label").is_some_and(|l| !l.is_empty()));
    let first = root.first_element_child().map(|n| n.tag_name().name());
    assert_eq!(first, Some("title"));
    for node in doc.descendants() {
        assert_ne!(node.tag_name().name(), "script", "script element in {svg}");
        if let Some(text) = node.text() {
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "control char"
            );
            assert!(!text.contains('\u{202E}'));
        }
    }
    // Exactly one <svg>: a hostile `</svg>` never closed the document early.
    assert_eq!(
        doc.descendants()
            .filter(|n| n.tag_name().name() == "svg")
            .count(),
        1
    );
}

/// `HOSTILE` followed by 10,000 characters.
pub(crate) fn long_hostile() -> String {
    format!("{HOSTILE}{}", "Đ".repeat(10_000))
}
