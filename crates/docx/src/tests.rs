//! The whole package from conformance data: its parts, the Decree 30 layout in the XML,
//! NFC whatever the input's form, untrusted text that cannot break the XML.

use crate::*;
use phusong_engine::{build_report, Filter, ReportOptions};
use phusong_export::document::AuthorFields;
use phusong_model::{load, Lang, SourceFile};

/// The entries of a zip of stored or deflated entries: (name, bytes).
pub(crate) fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut at = 0;
    while zip.len() >= at + 30 && zip[at..at + 4] == *b"PK\x03\x04" {
        let u16at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
        let u32at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap());
        let (method, crc) = (u16at(at + 8), u32at(at + 14));
        let (packed, size) = (u32at(at + 18) as usize, u32at(at + 22) as usize);
        let (name_len, extra) = (u16at(at + 26), u16at(at + 28));
        let name = String::from_utf8(zip[at + 30..at + 30 + name_len].to_vec()).unwrap();
        let data = at + 30 + name_len + extra;
        let raw = &zip[data..data + packed];
        let bytes = match method {
            0 => raw.to_vec(),
            8 => {
                let mut v = Vec::new();
                flate2::read::DeflateDecoder::new(raw)
                    .read_to_end(&mut v)
                    .unwrap();
                v
            }
            m => panic!("method {m}"),
        };
        assert_eq!(
            (bytes.len(), crc32fast::hash(&bytes)),
            (size, crc),
            "{name}"
        );
        out.push((name, bytes));
        at = data + packed;
    }
    out
}

fn part(zip: &[u8], name: &str) -> String {
    let (_, bytes) = entries(zip).into_iter().find(|(n, _)| n == name).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn case(name: &str) -> phusong_model::Dataset {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/conformance/valid")
        .join(name);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let files: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).unwrap()))
        .collect();
    load(files.iter().map(|(name, bytes)| SourceFile { name, bytes }))
        .dataset
        .unwrap()
}

/// A 1 × 1 PNG header is all the writer reads; the bytes are carried as they are.
fn fake_png(w: u32, h: u32) -> Vec<u8> {
    let mut p = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    p.extend_from_slice(&w.to_be_bytes());
    p.extend_from_slice(&h.to_be_bytes());
    p
}

fn docx_of(data: &phusong_model::Dataset, fields: &AuthorFields) -> Vec<u8> {
    let report = build_report(data, &Filter::default(), ReportOptions::default());
    let req = Request {
        data,
        report: &report,
        fields,
        lang: Lang::Vi,
        today: chrono::NaiveDate::from_ymd_opt(2025, 12, 20),
        acceptance: report.contracts.first().map(|c| c.contract),
        comparison: None,
        added: Default::default(),
    };
    let mut c = content(&req);
    for chart in c.charts_mut() {
        let (w, h) = raster_size(&chart.svg).unwrap();
        chart.png = Some(fake_png(w, h));
    }
    write_docx(&c).unwrap()
}

#[test]
fn the_package_has_its_parts_and_the_decree_layout() {
    let data = case("01-small");
    let docx = docx_of(&data, &AuthorFields::default());
    let names: Vec<String> = entries(&docx).into_iter().map(|(n, _)| n).collect();
    for want in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/header1.xml",
        "word/header2.xml",
        "word/media/image1.png",
    ] {
        assert!(names.iter().any(|n| n == want), "{want} missing: {names:?}");
    }
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    assert!(doc.contains("<w:titlePg/>"));
    assert!(doc.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(doc.contains("Độc lập - Tự do - Hạnh phúc"));
    assert!(doc.contains("Nơi nhận:"));
    assert!(doc.contains("ngày 20 tháng 12 năm 2025"));
    assert!(doc.contains("<w:tblHeader/>"));
    // Tables never touch: Word and LibreOffice would merge them into one.
    assert!(!doc.contains("</w:tbl><w:tbl>"));
    assert!(
        doc.contains("ĐẠI DIỆN BÊN ĐẶT HÀNG"),
        "the acceptance appendix's sign-off"
    );
    // Every chart drawn is in the document, each in a paragraph of its own.
    let charts = names
        .iter()
        .filter(|n| n.starts_with("word/media/"))
        .count();
    assert_eq!(doc.matches("<w:drawing>").count(), charts);
    assert!(charts >= 5, "{charts}");
    let header = part(&docx, "word/header1.xml");
    assert!(header.contains(" PAGE "));
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains(r#"w:ascii="Times New Roman""#));
    assert!(styles.contains(r#"<w:sz w:val="28"/>"#));
}

#[test]
fn the_items_the_author_tagged_are_in_the_headline_as_on_screen() {
    use phusong_engine::tags::{apply_tags, AcceptedTags};
    let mut data = case("01-small");
    let fields = AuthorFields::default();
    let doc = part(&docx_of(&data, &fields), "word/document.xml");
    assert!(
        !doc.contains("Gắn bổ sung nội dung"),
        "none accepted: no figure"
    );
    // The author accepts a theme for two untagged items.
    let theme = data.plan.themes[0].code.clone();
    let untagged: Vec<String> = data
        .items
        .iter()
        .filter(|i| i.themes.is_empty())
        .take(2)
        .map(|i| i.id().to_owned())
        .collect();
    assert_eq!(untagged.len(), 2);
    let tags: AcceptedTags = untagged
        .into_iter()
        .map(|id| (id, vec![theme.clone()]))
        .collect();
    let added = apply_tags(&mut data, &tags);
    assert_eq!(added.items, 2);
    let report = build_report(&data, &Filter::default(), ReportOptions::default());
    let req = Request {
        data: &data,
        report: &report,
        fields: &fields,
        lang: Lang::Vi,
        today: None,
        acceptance: None,
        comparison: None,
        added,
    };
    let doc = part(&zip(&parts(&content(&req))).unwrap(), "word/document.xml");
    // A paragraph of the headline: the label, then the number in bold.
    let at = doc.find("Gắn bổ sung nội dung").expect("the figure");
    let rest = &doc[at..doc[at..].find("</w:p>").unwrap() + at];
    assert!(rest.contains(">2</w:t>"), "{rest}");
}

#[test]
fn parts_deflated_by_the_caller_read_back_the_same() {
    use std::io::Write;
    let data = case("01-small");
    let report = build_report(&data, &Filter::default(), ReportOptions::default());
    let fields = AuthorFields::default();
    let req = Request {
        data: &data,
        report: &report,
        fields: &fields,
        lang: Lang::Vi,
        today: None,
        acceptance: None,
        comparison: None,
        added: Default::default(),
    };
    let stored = parts(&content(&req));
    let mut deflated = stored.clone();
    for p in deflated.iter_mut().filter(|p| p.compressible()) {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(&p.bytes).unwrap();
        p.deflated = Some(e.finish().unwrap());
    }
    let small = zip(&deflated).unwrap();
    let big = zip(&stored).unwrap();
    assert!(
        small.len() * 3 < big.len(),
        "{} vs {}",
        small.len(),
        big.len()
    );
    assert_eq!(entries(&small), entries(&big));
}

#[test]
fn nfd_arrives_nfc_and_hostile_text_stays_text() {
    let data = case("01-small");
    let fields = AuthorFields {
        // "Thừa Thiên Huế" in NFD, markup, an unpaired quote, control characters.
        place: Some("Thu\u{300}a Thie\u{302}n Hue\u{302}\u{301}".into()),
        title: Some("</w:t></w:r></w:p><w:p>\"x\u{1}".into()),
        signer_name: Some("Nguyê\u{303}n Văn A & B".into()),
        ..AuthorFields::default()
    };
    let docx = docx_of(&data, &fields);
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains("Thùa Thiên Huế"), "NFC place");
    assert!(!doc.contains("e\u{302}"), "no NFD left");
    assert!(doc.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt;&lt;w:p&gt;\"x"));
    assert!(doc.contains("Nguyễn Văn A &amp; B"));
    assert!(!doc.contains('\u{1}'));
}

#[test]
fn an_nfd_dataset_arrives_nfc() {
    // Conformance case 02's coverage is written in NFD.
    let data = case("02-split-with-bad-records");
    let docx = docx_of(&data, &AuthorFields::default());
    let doc = part(&docx, "word/document.xml");
    use unicode_normalization::UnicodeNormalization;
    assert_eq!(doc.nfc().collect::<String>(), doc);
}
