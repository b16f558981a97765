//! Everything that turns the engine's [`phusong_engine::Report`] into things people
//! read, none of it knowing the DOM: formatted numbers and dates ([`text`]), the
//! report's charts as SVG ([`charts`]), its tables ([`tables`]), CSV downloads
//! ([`csv`]) and an auto-drafted narrative ([`narrative`]).
//!
//! The app only renders what this crate returns; every number it shows was
//! formatted here and checked by a native test.

pub mod acceptance;
pub mod analysis;
pub mod as_of;
pub mod charts;
pub mod csv;
pub mod document;
pub mod filters;
pub mod headline;
pub mod narrative;
pub mod problems;
pub mod shortcomings;
pub mod tables;
pub mod text;
mod words;

#[cfg(test)]
mod test_util;

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
        assert!(checked >= 7);
    }
}
