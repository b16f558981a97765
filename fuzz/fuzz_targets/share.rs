//! Fuzz target `share`: a shared report's data as it arrives from a file anyone could have
//! changed. The input as a bundle (`phusong_share::Bundle::from_bytes`: read, or refused,
//! never a panic; a bundle read, written and read again is the same), as a data block's text
//! (`text::unescape`: what it reads escapes back to that text), and as a page to carry a report
//! (`page::shared_page`: never a panic).

#![no_main]

use libfuzzer_sys::fuzz_target;
use phusong_share::{page, text, Bundle};

fuzz_target!(|data: &[u8]| {
    if let Ok(bundle) = Bundle::from_bytes(data) {
        let again = Bundle::from_bytes(&bundle.to_bytes());
        assert_eq!(again.as_ref(), Ok(&bundle), "a bundle read, written and read is the same");
    }
    let as_text: String = data.iter().map(|&b| char::from(b)).collect();
    if let Ok(bytes) = text::unescape(&as_text) {
        assert_eq!(text::escape(&bytes), data, "a block read escapes back to its text");
    }
    // The page is the app's own (its DOM, or phusong.html): only that it never panics.
    let _ = page::shared_page(data, data);
});
