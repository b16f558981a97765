//! The relationships of the document part (`word/_rels/document.xml.rels`): its styles,
//! settings and page headers, the chart pictures, and the hyperlinks, which are only ever
//! http(s) addresses ([`Rels::link`] refuses anything else and percent-encodes what is not
//! ASCII).

use crate::xml;

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The relationships gathered while the body is written.
pub struct Rels {
    /// (id, type, target, external).
    list: Vec<(String, &'static str, String, bool)>,
    /// The pictures: (part name under `word/media/`, PNG bytes index in the content).
    pub media: Vec<String>,
}

/// Ids of the fixed relationships.
pub const HEADER_DEFAULT: &str = "rIdHeader";
pub const HEADER_FIRST: &str = "rIdHeaderFirst";

impl Default for Rels {
    fn default() -> Self {
        let fixed = [
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            (HEADER_DEFAULT, "header", "header1.xml"),
            (HEADER_FIRST, "header", "header2.xml"),
        ];
        Rels {
            list: fixed
                .into_iter()
                .map(|(id, ty, target)| (id.to_owned(), ty, target.to_owned(), false))
                .collect(),
            media: Vec::new(),
        }
    }
}

impl Rels {
    /// A picture's relationship id; the picture is `word/media/image{n}.png`.
    pub fn image(&mut self) -> String {
        let n = self.media.len() + 1;
        let id = format!("rIdImage{n}");
        let name = format!("media/image{n}.png");
        self.list.push((id.clone(), "image", name.clone(), false));
        self.media.push(name);
        id
    }

    /// A hyperlink's relationship id, when `url` is an http(s) address.
    pub fn link(&mut self, url: &str) -> Option<String> {
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let web = lower.starts_with("http://") || lower.starts_with("https://");
        if !web || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        // Word refuses a target that is not a URI: letters beyond ASCII percent-encoded.
        let mut target = String::with_capacity(url.len());
        for c in url.chars() {
            if c.is_ascii() {
                target.push(c);
            } else {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    target.push_str(&format!("%{b:02X}"));
                }
            }
        }
        let id = format!("rIdLink{}", self.list.len() + 1);
        self.list.push((id.clone(), "hyperlink", target, true));
        Some(id)
    }

    /// The `.rels` part.
    pub fn xml(&self) -> String {
        let mut out = String::from(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        );
        for (id, ty, target, external) in &self.list {
            out.push_str(&format!(
                r#"<Relationship Id="{id}" Type="{REL}/{ty}" Target=""#
            ));
            xml::attr(&mut out, target);
            out.push('"');
            if *external {
                out.push_str(r#" TargetMode="External""#);
            }
            out.push_str("/>");
        }
        out.push_str("</Relationships>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_and_escaped_targets() {
        let mut r = Rels::default();
        assert!(r.link("javascript:alert(1)").is_none());
        assert!(r.link("file:///etc/passwd").is_none());
        assert!(r.link("http").is_none());
        assert!(r.link("https://a.vn/x y").is_none());
        let id = r.link("HTTPS://a.vn/?a=1&b=\"2\"").unwrap();
        assert_eq!(r.image(), "rIdImage1");
        let x = r.xml();
        assert!(x.contains(&format!(
            r#"Id="{id}" Type="{REL}/hyperlink" Target="HTTPS://a.vn/?a=1&amp;b=&quot;2&quot;" TargetMode="External""#
        )));
        assert!(x.contains(r#"Target="media/image1.png""#));
        let id = r.link("https://báo.vn/tin").unwrap();
        assert!(r.xml().contains(&format!(
            r#"Id="{id}" Type="{REL}/hyperlink" Target="https://b%C3%A1o.vn/tin""#
        )));
    }
}
