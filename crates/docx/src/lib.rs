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
//! zip container of stored entries ([`zipfile`], ~100 lines on `crc32fast`, already in the
//! wasm), which costs the wasm a few KB; docx-rs brings its own XML writer, a builder type
//! per element and `zip`'s writer with its compressors. All text goes through [`xml`]:
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

/// The .docx of `content` (its charts with their PNGs; one without is left out).
pub fn write_docx(content: &Content) -> Result<Vec<u8>, TooLarge> {
    let lang = match content.lang {
        phusong_model::Lang::Vi => "vi-VN",
        phusong_model::Lang::En => "en-GB",
    };
    let mut rels = rels::Rels::default();
    let mut media = Vec::new();
    let document = body::document(content, &mut rels, &mut media);
    let h = &content.letterhead;
    let title = format!("{} {}", h.kind, h.subject);
    let mut zip = zipfile::Zip::default();
    zip.add("[Content_Types].xml", package::CONTENT_TYPES.as_bytes())?;
    zip.add("_rels/.rels", package::ROOT_RELS.as_bytes())?;
    zip.add("docProps/core.xml", package::core(&title, lang).as_bytes())?;
    zip.add("docProps/app.xml", package::APP.as_bytes())?;
    zip.add("word/document.xml", document.as_bytes())?;
    zip.add("word/_rels/document.xml.rels", rels.xml().as_bytes())?;
    zip.add("word/styles.xml", package::styles(lang).as_bytes())?;
    zip.add("word/settings.xml", package::SETTINGS.as_bytes())?;
    zip.add("word/header1.xml", package::header_page_number().as_bytes())?;
    zip.add("word/header2.xml", package::header_first().as_bytes())?;
    for (name, png) in rels.media.iter().zip(&media) {
        zip.add(&format!("word/{name}"), png)?;
    }
    zip.finish()
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
