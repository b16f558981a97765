//! Charts as pictures: the pixel size to draw a chart's SVG at so that it prints at
//! [`DPI`] or more ([`raster_size`]), and the inline `w:drawing` of a PNG, one paragraph
//! that never splits across pages ([`drawing`]).

use crate::xml;

/// The resolution charts are drawn at, in dots per inch at their printed width (≥ 200).
pub const DPI: u32 = 240;
/// A chart's printed width: 160 mm of the 165 mm between the margins, in EMU (36,000/mm).
pub const WIDTH_EMU: u64 = 160 * 36_000;
/// The tallest a chart prints: 215 mm, so that it fits a page with its heading.
pub const MAX_HEIGHT_EMU: u64 = 215 * 36_000;
const EMU_PER_INCH: u64 = 914_400;

/// The width and height of an SVG from its `viewBox` (else its `width`/`height`).
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let head = &svg[..svg.find('>')?];
    let attr = |name: &str| {
        let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = head[at..].find('"')? + at;
        Some(&head[at..end])
    };
    if let Some(vb) = attr("viewBox") {
        let n: Vec<f64> = vb
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [_, _, w, h] = n[..] {
            return (w > 0.0 && h > 0.0).then_some((w, h));
        }
    }
    let w: f64 = attr("width")?.trim_end_matches("px").parse().ok()?;
    let h: f64 = attr("height")?.trim_end_matches("px").parse().ok()?;
    (w > 0.0 && h > 0.0).then_some((w, h))
}

/// The printed size (EMU) of a picture `w` × `h` pixels: [`WIDTH_EMU`] wide, at most
/// [`MAX_HEIGHT_EMU`] high, the aspect kept.
pub fn printed_size(w: u32, h: u32) -> (u64, u64) {
    let (w, h) = (u64::from(w.max(1)), u64::from(h.max(1)));
    let height = WIDTH_EMU * h / w;
    if height <= MAX_HEIGHT_EMU {
        (WIDTH_EMU, height)
    } else {
        (MAX_HEIGHT_EMU * w / h, MAX_HEIGHT_EMU)
    }
}

/// The pixel size to draw `svg` at: [`DPI`] at its printed size.
pub fn raster_size(svg: &str) -> Option<(u32, u32)> {
    let (w, h) = svg_size(svg)?;
    let (pw, ph) = printed_size(w.round() as u32, h.round() as u32);
    let px = |emu: u64| (emu * u64::from(DPI)).div_ceil(EMU_PER_INCH) as u32;
    Some((px(pw), px(ph)))
}

/// The width and height of a PNG, from its header.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(png[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(png[20..24].try_into().ok()?);
    (w > 0 && h > 0).then_some((w, h))
}

/// An inline picture (relationship `rel`, `id` unique in the document, `alt` its
/// description), `cx` × `cy` EMU.
pub fn drawing(out: &mut String, rel: &str, id: usize, alt: &str, (cx, cy): (u64, u64)) {
    let alt = xml::attr_string(alt);
    out.push_str(&format!(
        concat!(
            r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#,
            r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#,
            r#"<wp:docPr id="{id}" name="Chart {id}" descr="{alt}"/>"#,
            r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
            r#"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
            r#"<pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="chart{id}.png" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
            r#"<pic:blipFill><a:blip r:embed="{rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
            r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#,
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"#,
            r#"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
        ),
        cx = cx,
        cy = cy,
        id = id,
        alt = alt,
        rel = rel
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        let svg = r#"<svg width="680" height="120" viewBox="0 0 680 120" xmlns="x">"#;
        assert_eq!(svg_size(svg), Some((680.0, 120.0)));
        let (w, h) = raster_size(svg).unwrap();
        // 160 mm at 240 dpi: 1,512 px; the aspect kept.
        assert_eq!(w, 1512);
        assert!((i64::from(h) - 267).abs() <= 1, "{h}");
        assert!(u64::from(w) * EMU_PER_INCH / WIDTH_EMU >= 200);
        // A very tall chart is narrowed to fit the page.
        let (cx, cy) = printed_size(100, 1000);
        assert_eq!(cy, MAX_HEIGHT_EMU);
        assert_eq!(cx, MAX_HEIGHT_EMU / 10);
        assert_eq!(svg_size("<svg>"), None);
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x05\xe8\0\0\x01\x0b";
        assert_eq!(png_size(png), Some((1512, 267)));
        assert_eq!(png_size(b"GIF89a"), None);
    }
}
