//! The report as a Word document (.docx), laid out as Decree 30/2020/NĐ-CP asks for an
//! administrative report: A4 portrait, margins 20/20/30/15 mm, Times New Roman (14 pt text,
//! 12 pt in tables), the borderless two-column letterhead, the title and the as-of line, the
//! parts with the author's text, every table a real Word table whose header row repeats on
//! each page, every chart a PNG drawn at [`DPI`] in a paragraph of its own (a picture never
//! splits), "Nơi nhận" and the signature, the appendices, and the page number centred at the
//! top from page 2 (a PAGE field, the first page's header empty: `w:titlePg`). Everything is
//! paragraphs and tables, editable; no text boxes.
//!
//! It writes the same document as the app's print layout: the words and the resolved fields
//! come from `phusong-export` ([`phusong_export::document`]: the letterhead, the parts, the
//! closing, resolved there for both). No DOM: the caller draws the charts' SVG as PNG
//! ([`Content::charts_mut`], [`raster_size`]): `phusong docx` with resvg, the app with a
//! canvas.
//!
//! Why WordprocessingML written here rather than `docx-rs`: the app's wasm is held under
//! 1 MiB gzipped (docs/sizes.md) and was at ~931 KB. A document of a few fixed parts is a
//! few hundred lines of XML templates ([`package`], [`para`], [`table`], [`picture`]) plus a
//! zip container ([`zipfile`], ~130 lines on `crc32fast`, already in the wasm), which costs
//! the wasm a few KB; docx-rs brings its own XML writer, a builder type per element and
//! `zip`'s writer with its compressors. The caller compresses the XML parts if it can
//! ([`parts`], [`Part::deflated`], [`zip`]): the browser has `CompressionStream`, the CLI
//! flate2; [`write_docx`] stores them. All text goes through [`xml`]:
//! NFC, escaped, characters XML cannot hold dropped; only http(s) addresses become links.

mod body;
mod closing;
mod content;
mod front;
mod package;
mod para;
mod picture;
mod rels;
mod table;
mod xml;
mod zipfile;

pub use content::{content, AcceptanceAppendix, Chart, Content, Part1Section, Request, TextPart};
pub use picture::{png_size, raster_size, svg_size, DPI};
pub use zipfile::TooLarge;

/// The MIME type of a .docx.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The file name of the report of `year`: "bao-cao-2025.docx".
pub fn file_name(year: i32) -> String {
    format!("bao-cao-{year}.docx")
}

/// One part of the package: its name, its bytes and, when the caller has compressed them,
/// their raw DEFLATE stream.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub bytes: Vec<u8>,
    pub deflated: Option<Vec<u8>>,
}

impl Part {
    /// Whether the part is worth compressing: XML (a PNG already is).
    pub fn compressible(&self) -> bool {
        !self.name.ends_with(".png")
    }
}

/// The parts of the package of `content` (its charts with their PNGs; one without is left
/// out), none compressed yet.
pub fn parts(content: &Content) -> Vec<Part> {
    let lang = match content.lang {
        phusong_model::Lang::Vi => "vi-VN",
        phusong_model::Lang::En => "en-GB",
    };
    let mut rels = rels::Rels::default();
    let mut media = Vec::new();
    let document = body::document(content, &mut rels, &mut media);
    let h = &content.letterhead;
    let title = format!("{} {}", h.kind, h.subject);
    let mut out: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), package::CONTENT_TYPES.into()),
        ("_rels/.rels".into(), package::ROOT_RELS.into()),
        (
            "docProps/core.xml".into(),
            package::core(&title, lang).into(),
        ),
        ("docProps/app.xml".into(), package::APP.into()),
        ("word/document.xml".into(), document.into()),
        ("word/_rels/document.xml.rels".into(), rels.xml().into()),
        ("word/styles.xml".into(), package::styles(lang).into()),
        ("word/settings.xml".into(), package::SETTINGS.into()),
        (
            "word/header1.xml".into(),
            package::header_page_number().into(),
        ),
        ("word/header2.xml".into(), package::header_first().into()),
    ];
    for (name, png) in rels.media.iter().zip(media) {
        out.push((format!("word/{name}"), png));
    }
    out.into_iter()
        .map(|(name, bytes)| Part {
            name,
            bytes,
            deflated: None,
        })
        .collect()
}

/// The .docx of `parts`, each deflated where the caller has compressed it.
pub fn zip(parts: &[Part]) -> Result<Vec<u8>, TooLarge> {
    let mut zip = zipfile::Zip::default();
    for p in parts {
        zip.add_entry(&p.name, &p.bytes, p.deflated.as_deref())?;
    }
    zip.finish()
}

/// The .docx of `content`, its parts stored uncompressed.
pub fn write_docx(content: &Content) -> Result<Vec<u8>, TooLarge> {
    zip(&parts(content))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tidy {
    //! House conventions, checked: every module starts with a `//!` line and
    //! no source has `todo!`, `dbg!` or `unimplemented!`.

    #[test]
    fn every_module_is_documented_and_finished() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} lacks a //! line",
                path.display()
            );
            for banned in [
                concat!("todo", "!("),
                concat!("dbg", "!("),
                concat!("unimplemented", "!("),
            ] {
                assert!(!text.contains(banned), "{} has {banned}", path.display());
            }
            checked += 1;
        }
        assert!(checked >= 12);
    }
}
