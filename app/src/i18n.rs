//! The app's words: the catalogue's (`phusong-words`, one file per language there), which
//! the charts and the exports read too.

use phusong_model::Lang;
pub use phusong_words::{Document, Ui as Texts};

/// The UI's words in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    &phusong_words::words(lang).ui
}

/// The document's fixed words in `lang` (header, title, signature).
pub fn document(lang: Lang) -> &'static Document {
    &phusong_words::words(lang).document
}

/// The mapping screen's words in `lang`.
pub fn mapping_words(lang: Lang) -> &'static phusong_words::Mapping {
    &phusong_words::words(lang).mapping
}
