//! `docx`: the report of the files (JSON or spreadsheets, loaded as `summary` loads them) as
//! a Word document, the charts drawn as PNG with resvg at `phusong_docx::DPI` in the
//! system's fonts (the charts ask for Tinos or Times New Roman; another serif otherwise),
//! the XML parts deflated with flate2.

use crate::check::{load_all, read_files, render_problems};
use chrono::NaiveDate;
use phusong_docx::{content, parts, raster_size, svg_size, zip, Request};
use phusong_engine::{report_at, Filter};
use phusong_export::document::AuthorFields;
use phusong_model::Lang;
use resvg::{tiny_skia, usvg};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The serif faces the charts may be drawn in, the first found on this computer used.
const SERIFS: [&str; 5] = [
    "Tinos",
    "Times New Roman",
    "Liberation Serif",
    "DejaVu Serif",
    "Noto Serif",
];

/// resvg's options with the system's fonts, `serif` set to a face that is there.
fn svg_options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_system_fonts();
    let present = |name: &str| {
        db.faces()
            .any(|f| f.families.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)))
    };
    if let Some(serif) = SERIFS.into_iter().find(|s| present(s)) {
        db.set_serif_family(serif);
        opt.font_family = serif.to_owned();
    }
    opt
}

/// `svg` drawn as a PNG at `phusong_docx::DPI`, on white.
pub fn rasterize(svg: &str, opt: &usvg::Options) -> Option<Vec<u8>> {
    let (w, h) = raster_size(svg)?;
    let (sw, sh) = svg_size(svg)?;
    let tree = usvg::Tree::from_str(svg, opt).ok()?;
    let mut pixmap = tiny_skia::Pixmap::new(w, h)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let scale = tiny_skia::Transform::from_scale(w as f32 / sw as f32, h as f32 / sh as f32);
    resvg::render(&tree, scale, &mut pixmap.as_mut());
    // On white every pixel is opaque: RGB, without the alpha channel.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    // pHYs: the resolution the chart prints at (dots per metre).
    let dpm = (phusong_docx::DPI as f64 / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: dpm,
        yppu: dpm,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&rgb).ok()?;
    writer.finish().ok()?;
    Some(out)
}

/// `bytes` as a raw DEFLATE stream (the document's XML parts).
fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).ok()?;
    e.finish().ok()
}

/// Loads `files` and writes the report at `as_of` to `out`.
pub fn run(
    files: &[PathBuf],
    out: &Path,
    lang: Lang,
    as_of: NaiveDate,
    today: NaiveDate,
) -> ExitCode {
    let contents = match read_files(files) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (loaded, _) = load_all(&contents, lang);
    let (Some(data), Some(report)) = (
        loaded.dataset.as_ref(),
        report_at(&loaded, &Filter::default(), Some(as_of)),
    ) else {
        eprint!("{}", render_problems(&loaded, lang));
        eprintln!(
            "{}",
            match lang {
                Lang::Vi => "phusong: chưa có kế hoạch (plan) nào được tải, nên chưa có báo cáo.",
                Lang::En => "phusong: no plan was loaded, so there is no report.",
            }
        );
        return ExitCode::from(1);
    };
    let fields = AuthorFields::default();
    let request = Request {
        data,
        report: &report,
        fields: &fields,
        lang,
        today: Some(today),
        acceptance: None,
        comparison: None,
        // The author's accepted themes ("gắn bổ sung") are edits kept by the app, not in
        // data files: none here (a JSON the app saved carries them as the items' own).
        added: Default::default(),
    };
    let mut doc = content(&request);
    let opt = svg_options();
    for chart in doc.charts_mut() {
        chart.png = rasterize(&chart.svg, &opt);
        if chart.png.is_none() {
            eprintln!(
                "phusong: không vẽ được biểu đồ / cannot draw the chart '{}'",
                chart.title
            );
        }
    }
    let mut parts = parts(&doc);
    for p in parts.iter_mut().filter(|p| p.compressible()) {
        p.deflated = deflate(&p.bytes);
    }
    let written = zip(&parts)
        .map_err(|_| std::io::Error::other("too large"))
        .and_then(|bytes| std::fs::write(out, bytes));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "phusong docx: không ghi được / cannot write '{}': {e}",
                out.display()
            );
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_chart_at_the_resolution_asked() {
        let svg = concat!(
            r#"<svg width="680" height="120" viewBox="0 0 680 120" xmlns="http://www.w3.org/2000/svg">"#,
            r##"<rect x="10" y="10" width="300" height="50" fill="#1f4e79"/>"##,
            r#"<text x="340" y="100" font-family="Tinos, 'Times New Roman', serif" font-size="14">Hòa</text></svg>"#
        );
        let png = rasterize(svg, &svg_options()).unwrap();
        let (w, h) = phusong_docx::png_size(&png).unwrap();
        assert_eq!((w, h), raster_size(svg).unwrap());
        // 160 mm wide: at least 200 dpi.
        assert!(f64::from(w) / (160.0 / 25.4) >= 200.0, "{w}");
    }
}
