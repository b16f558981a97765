//! The fixed parts of the package around the body: content types, relationships, the
//! styles (Times New Roman everywhere: 14 pt text, 12 pt in tables (11 or 10 in wide ones); bold headings kept with
//! what follows), the settings, the two page headers (the first page's empty, the others a
//! centred PAGE field) and the document properties.

use crate::xml;

/// `[Content_Types].xml`.
pub const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Default Extension="png" ContentType="image/png"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#,
    r#"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    r#"</Types>"#
);

/// `_rels/.rels`.
pub const ROOT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    r#"</Relationships>"#
);

const FONT: &str = r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#;

/// A paragraph style: id, name, based on Normal, its paragraph and run properties.
fn style(out: &mut String, id: &str, name: &str, ppr: &str, rpr: &str) {
    out.push_str(&format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{FONT}{rpr}</w:rPr></w:style>"#
    ));
}

/// `word/styles.xml`; `lang` is the text's language tag ("vi-VN", "en-GB").
pub fn styles(lang: &str) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    out.push_str(&format!(
        concat!(
            r#"<w:docDefaults><w:rPrDefault><w:rPr>{font}<w:sz w:val="28"/><w:szCs w:val="28"/>"#,
            r#"<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#,
            r#"<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#,
            r#"</w:docDefaults>"#,
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>{font}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>"#,
            r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#,
            r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
            r#"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>"#
        ),
        font = FONT,
        lang = lang
    ));
    style(
        &mut out,
        "Heading1",
        "heading 1",
        r#"<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>"#,
        r#"<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    );
    style(
        &mut out,
        "Heading2",
        "heading 2",
        r#"<w:keepNext/><w:keepLines/><w:spacing w:before="180" w:after="120"/><w:ind w:firstLine="567"/><w:outlineLvl w:val="1"/>"#,
        r#"<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    );
    style(
        &mut out,
        "Heading3",
        "heading 3",
        r#"<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:ind w:firstLine="567"/><w:outlineLvl w:val="2"/>"#,
        r#"<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    );
    style(
        &mut out,
        "TableText",
        "Table Text",
        r#"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
        r#"<w:sz w:val="24"/><w:szCs w:val="24"/>"#,
    );
    for (id, name, size) in [
        ("TableText11", "Table Text 11", 22),
        ("TableText10", "Table Text 10", 20),
    ] {
        style(
            &mut out,
            id,
            name,
            r#"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
            &format!(r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#),
        );
    }
    style(
        &mut out,
        "Header",
        "header",
        r#"<w:spacing w:after="0"/><w:jc w:val="center"/>"#,
        r#"<w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    );
    out.push_str("</w:styles>");
    out
}

/// `word/settings.xml`.
pub const SETTINGS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#,
    r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
    r#"</w:settings>"#
);

const HEADER_OPEN: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
);

/// `word/header1.xml`: the page number, centred (pages 2 on).
pub fn header_page_number() -> String {
    format!(
        concat!(
            "{open}",
            r#"<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>"#,
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#,
            r#"<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#
        ),
        open = HEADER_OPEN
    )
}

/// `word/header2.xml`: the first page's, empty.
pub fn header_first() -> String {
    format!(r#"{HEADER_OPEN}<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>"#)
}

/// `docProps/core.xml`: the title.
pub fn core(title: &str, lang: &str) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#,
        "<dc:title>"
    ));
    xml::text(&mut out, title);
    out.push_str(&format!(
        "</dc:title><dc:language>{lang}</dc:language><dc:creator>phusong</dc:creator></cp:coreProperties>"
    ));
    out
}

/// `docProps/app.xml`.
pub const APP: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    r#"<Application>phusong</Application></Properties>"#
);
