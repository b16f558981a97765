//! The texts of a coverage item (id, headline, link, abstract): read in place from the
//! file the item came from when the load shares that file's bytes, else copied into one
//! string per item.

use crate::filling::FillingBuffer;
use std::sync::Arc;

/// An item's id, headline, link and abstract. A load of 100k items from a 35 MB file
/// would otherwise copy ~17 MB of these texts out of a file the app keeps anyway.
#[derive(Clone)]
pub struct ItemText(Repr);

#[derive(Clone)]
enum Repr {
    /// The four texts one after another, with where the headline, the link and the
    /// abstract start, and whether the link and the abstract were given.
    Joined {
        joined: Box<str>,
        starts: [u32; 3],
        has_url: bool,
        has_summary: bool,
    },
    /// The four texts where they are in `file` (see [`ItemText::in_file`]).
    InFile {
        file: Arc<FillingBuffer>,
        spans: [Span; 4],
    },
}

/// Where a text is in a file's bytes; `start == u32::MAX` when it is absent.
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    const ABSENT: Span = Span {
        start: u32::MAX,
        len: 0,
    };
}

impl ItemText {
    /// The texts as given (the headline and the abstract should already be in NFC).
    pub fn new(id: &str, title: &str, url: Option<&str>, summary: Option<&str>) -> Self {
        let mut b = ItemTextBuilder::with_capacity(
            id.len() + title.len() + url.map_or(0, str::len) + summary.map_or(0, str::len),
        );
        b.id(id);
        b.title(|s| s.push_str(title));
        b.url(url);
        b.summary(summary.map(|t| move |s: &mut String| s.push_str(t)));
        b.finish()
    }

    /// The texts read in place from `file`, when every one given is a slice of its filled
    /// bytes (as the parser's strings without escapes are); `None` otherwise.
    pub fn in_file(
        file: &Arc<FillingBuffer>,
        id: &str,
        title: &str,
        url: Option<&str>,
        summary: Option<&str>,
    ) -> Option<Self> {
        let bytes = file.filled();
        let base = bytes.as_ptr() as usize;
        let span = |text: &str| -> Option<Span> {
            let start = (text.as_ptr() as usize).checked_sub(base)?;
            let end = start.checked_add(text.len())?;
            // Inside the filled bytes, at the same address: then those bytes are `text`.
            let inside = bytes.get(start..end)?;
            if !std::ptr::eq(inside.as_ptr(), text.as_ptr()) {
                return None;
            }
            Some(Span {
                start: u32::try_from(start).ok().filter(|&s| s != u32::MAX)?,
                len: u32::try_from(text.len()).ok()?,
            })
        };
        let optional = |text: Option<&str>| match text {
            None => Some(Span::ABSENT),
            Some(t) => span(t),
        };
        let spans = [span(id)?, span(title)?, optional(url)?, optional(summary)?];
        Some(ItemText(Repr::InFile {
            file: Arc::clone(file),
            spans,
        }))
    }

    /// Unique id.
    pub fn id(&self) -> &str {
        self.part(0).unwrap_or("")
    }

    /// Headline.
    pub fn title(&self) -> &str {
        self.part(1).unwrap_or("")
    }

    /// Link, when given.
    pub fn url(&self) -> Option<&str> {
        self.part(2)
    }

    /// Abstract, when given.
    pub fn summary(&self) -> Option<&str> {
        self.part(3)
    }

    /// The same texts with another headline.
    pub fn with_title(&self, title: &str) -> Self {
        ItemText::new(self.id(), title, self.url(), self.summary())
    }

    /// The same texts with another link.
    pub fn with_url(&self, url: Option<&str>) -> Self {
        ItemText::new(self.id(), self.title(), url, self.summary())
    }

    /// Whether the texts are read in place from a file (not copied).
    pub fn is_in_file(&self) -> bool {
        matches!(self.0, Repr::InFile { .. })
    }

    /// Text `k`: 0 id, 1 headline, 2 link, 3 abstract.
    fn part(&self, k: usize) -> Option<&str> {
        match &self.0 {
            Repr::Joined {
                joined,
                starts,
                has_url,
                has_summary,
            } => {
                let given = match k {
                    2 => *has_url,
                    3 => *has_summary,
                    _ => true,
                };
                let end_of_all = u32::try_from(joined.len()).unwrap_or(u32::MAX);
                let start = if k == 0 {
                    0
                } else {
                    starts.get(k - 1).copied()?
                };
                let end = starts.get(k).copied().unwrap_or(end_of_all);
                given.then(|| joined.get(start as usize..end as usize).unwrap_or(""))
            }
            Repr::InFile { file, spans } => {
                let span = spans.get(k).filter(|s| s.start != u32::MAX)?;
                let start = span.start as usize;
                let bytes = file.filled().get(start..start + span.len as usize)?;
                // SAFETY: `in_file` made this span from a `&str` at exactly these bytes of
                // `file`'s filled part, which is never written again: valid UTF-8, whole
                // characters.
                #[allow(unsafe_code)]
                let text = unsafe { std::str::from_utf8_unchecked(bytes) };
                Some(text)
            }
        }
    }
}

impl PartialEq for ItemText {
    fn eq(&self, other: &Self) -> bool {
        (0..4).all(|k| self.part(k) == other.part(k))
    }
}

impl Eq for ItemText {}

impl std::fmt::Debug for ItemText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemText")
            .field("id", &self.id())
            .field("title", &self.title())
            .field("url", &self.url())
            .field("summary", &self.summary())
            .finish()
    }
}

/// Writes an [`ItemText`] part by part, in order (id, title, url, summary), each text
/// written straight into the joined string (the loader normalises headlines as it writes).
pub(crate) struct ItemTextBuilder {
    joined: String,
    starts: [u32; 3],
    has_url: bool,
    has_summary: bool,
}

impl ItemTextBuilder {
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        ItemTextBuilder {
            joined: String::with_capacity(bytes),
            starts: [0; 3],
            has_url: false,
            has_summary: false,
        }
    }

    fn mark(&self) -> u32 {
        u32::try_from(self.joined.len()).unwrap_or(u32::MAX)
    }

    pub(crate) fn id(&mut self, id: &str) {
        self.joined.push_str(id);
        self.starts[0] = self.mark();
    }

    pub(crate) fn title(&mut self, write: impl FnOnce(&mut String)) {
        write(&mut self.joined);
        self.starts[1] = self.mark();
    }

    pub(crate) fn url(&mut self, url: Option<&str>) {
        if let Some(url) = url {
            self.joined.push_str(url);
            self.has_url = true;
        }
        self.starts[2] = self.mark();
    }

    pub(crate) fn summary(&mut self, write: Option<impl FnOnce(&mut String)>) {
        if let Some(write) = write {
            write(&mut self.joined);
            self.has_summary = true;
        }
    }

    pub(crate) fn finish(self) -> ItemText {
        ItemText(Repr::Joined {
            joined: self.joined.into_boxed_str(),
            starts: self.starts,
            has_url: self.has_url,
            has_summary: self.has_summary,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_text_parts_read_back_whatever_is_empty_or_absent() {
        let cases = [
            ("id-1", "Tiêu đề", Some("https://x.vn/1"), Some("Tóm tắt")),
            ("id-2", "", None, None),
            ("", "T", Some(""), None),
            ("x", "y", None, Some("")),
        ];
        for (id, title, url, summary) in cases {
            let t = ItemText::new(id, title, url, summary);
            assert_eq!(
                (t.id(), t.title(), t.url(), t.summary()),
                (id, title, url, summary)
            );
            assert!(!t.is_in_file());
        }
    }

    #[test]
    fn item_text_edits_keep_the_other_parts() {
        let t = ItemText::new("a", "Cũ", Some("https://x.vn"), Some("Tóm"));
        let t = t.with_title("Mới").with_url(None);
        assert_eq!(
            (t.id(), t.title(), t.url(), t.summary()),
            ("a", "Mới", None, Some("Tóm"))
        );
    }

    #[test]
    fn texts_in_a_file_read_back_and_equal_copied_ones() {
        let file = Arc::new(FillingBuffer::from_vec(
            r#"{"id":"TT-1","title":"Tiêu đề","url":"","x":"Tóm tắt"}"#
                .as_bytes()
                .to_vec(),
        ));
        let text = std::str::from_utf8(file.filled()).expect("utf-8");
        let at = |s: &str| {
            let i = text.find(s).expect("in the file");
            &text[i..i + s.len()]
        };
        let (id, title, url, summary) =
            (at("TT-1"), at("Tiêu đề"), &at("\"\"")[1..1], at("Tóm tắt"));
        for (u, s) in [(None, None), (Some(url), Some(summary)), (Some(url), None)] {
            let t = ItemText::in_file(&file, id, title, u, s).expect("all in the file");
            assert!(t.is_in_file());
            assert_eq!((t.id(), t.title(), t.url(), t.summary()), (id, title, u, s));
            assert_eq!(t, ItemText::new(id, title, u, s));
            assert_eq!(
                format!("{t:?}"),
                format!("{:?}", ItemText::new(id, title, u, s))
            );
            assert_eq!(t.with_title("Khác").title(), "Khác");
        }
    }

    #[test]
    fn texts_not_in_the_file_are_refused() {
        let file = Arc::new(FillingBuffer::from_vec(b"abcdef".to_vec()));
        let inside = std::str::from_utf8(&file.filled()[1..3]).expect("ascii");
        let copy = String::from("bc");
        assert!(ItemText::in_file(&file, inside, inside, None, None).is_some());
        assert!(ItemText::in_file(&file, &copy, inside, None, None).is_none());
        assert!(ItemText::in_file(&file, inside, inside, Some(&copy), None).is_none());
        let other = Arc::new(FillingBuffer::from_vec(b"abcdef".to_vec()));
        assert!(ItemText::in_file(&other, inside, inside, None, None).is_none());
    }
}
