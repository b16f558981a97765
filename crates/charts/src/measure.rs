//! Deterministic text measurement and truncation.
//!
//! The SVG is rendered by the browser (or the PDF printer) in Tinos, a
//! metric clone of Times New Roman, but the layout is computed here, without
//! fonts: each character gets an advance width, in em, from a small table of
//! Times-like classes (narrow `i l t f r . , ;`, digits, lowercase,
//! uppercase, wide `m w M W`, CJK and other wide scripts at 1 em, combining
//! marks at 0 so NFC and NFD Vietnamese measure the same). The estimate is
//! padded by 4 % so it errs on the wide side: a label may end a little
//! before its room, never overflow it. This keeps output identical on every
//! machine and target and avoids bundling a font (hundreds of KB in wasm)
//! or touching the DOM as plotters' own wasm measurement does.

/// The ellipsis appended to truncated text.
pub const ELLIPSIS: char = '…';

/// Safety margin on every estimate.
const PAD: f64 = 1.04;

/// Advance width of one character, in em, for a Times-like serif.
fn advance(c: char) -> f64 {
    match c {
        // Combining diacritical marks (NFD Vietnamese) take no room.
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' => 0.0,
        ' ' | '\u{00A0}' => 0.25,
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' => 0.28,
        'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '/' | '-' | '"' => 0.34,
        '0'..='9' | '%' | '…' => 0.5,
        'm' | 'w' | 'M' | 'W' | '@' => 0.9,
        '–' | '—' => 0.75,
        // CJK, Hangul, fullwidth forms, emoji: about a full em.
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{20000}'..='\u{3FFFD}' => 1.0,
        c if c.is_uppercase() => 0.7,
        c if c.is_lowercase() => 0.5,
        _ => 0.6,
    }
}

/// Estimated width in px of `text` at `font_size` px (bold adds 5 %).
pub fn text_width(text: &str, font_size: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(advance).sum();
    em * font_size * PAD * if bold { 1.05 } else { 1.0 }
}

/// Returns `text` unchanged if it fits in `max_width` px, otherwise the
/// longest prefix that fits with "…" appended (never cutting a base letter
/// from its combining marks); an empty string if not even "…" fits. Work is
/// bounded by `max_width`, not by the length of `text`.
pub fn truncate_to_width(text: &str, max_width: f64, font_size: f64, bold: bool) -> String {
    let scale = font_size * PAD * if bold { 1.05 } else { 1.0 };
    if !(max_width.is_finite() && scale.is_finite()) || scale <= 0.0 {
        return String::new();
    }
    let budget = max_width / scale;
    let ellipsis = advance(ELLIPSIS);
    let mut used = 0.0;
    // Byte index after the last base letter (with its marks) that still
    // leaves room for the ellipsis.
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        let w = advance(c);
        if w > 0.0 && used + ellipsis <= budget {
            cut = i;
        }
        used += w;
        if used > budget {
            if ellipsis > budget {
                return String::new();
            }
            let mut out = text.get(..cut).unwrap_or("").trim_end().to_owned();
            out.push(ELLIPSIS);
            return out;
        }
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept() {
        assert_eq!(truncate_to_width("Kinh tế", 200.0, 12.0, false), "Kinh tế");
    }

    #[test]
    fn long_text_gets_ellipsis_and_fits() {
        let long = "Lĩnh vực kinh tế, phát triển hạ tầng giao thông ".repeat(300);
        let t = truncate_to_width(&long, 150.0, 12.0, false);
        assert!(t.ends_with(ELLIPSIS));
        assert!(text_width(&t, 12.0, false) <= 150.0);
        assert!(t.chars().count() > 10);
    }

    #[test]
    fn nfd_and_nfc_measure_the_same() {
        let nfc = "Kinh tế";
        let nfd = "Kinh te\u{302}\u{301}";
        assert_eq!(text_width(nfc, 12.0, false), text_width(nfd, 12.0, false));
    }

    #[test]
    fn truncation_keeps_combining_marks_with_their_letter() {
        let nfd = "e\u{302}\u{301}".repeat(50);
        let t = truncate_to_width(&nfd, 40.0, 12.0, false);
        let before: String = t.chars().filter(|&c| c != ELLIPSIS).collect();
        assert_eq!(before.chars().count() % 3, 0, "{t:?}");
    }

    #[test]
    fn no_room_gives_empty() {
        assert_eq!(truncate_to_width("abc", 1.0, 12.0, false), "");
        assert_eq!(truncate_to_width("abc", f64::NAN, 12.0, false), "");
        assert_eq!(truncate_to_width("", 0.0, 12.0, false), "");
    }
}
