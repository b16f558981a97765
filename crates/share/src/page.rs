//! Where a shared report goes in the page: the offline file, its bundled sample left out
//! (nothing is loaded in a shared report), the report's data block put in its head.

use crate::text::escape;
use thiserror::Error;

/// The id of the offline file's data block holding the wasm, gzipped
/// (`scripts/post_build.py` writes it).
pub const WASM_BLOCK_ID: &str = "phusong-wasm-gz";
/// The id of the data block holding the sample as .xlsx (`scripts/post_build.py`).
pub const SAMPLE_BLOCK_ID: &str = "phusong-sample-xlsx";
/// The id of a shared report's data block: its [`crate::Bundle`], gzipped.
pub const SHARE_BLOCK_ID: &str = "phusong-share";
/// The `data-encoding` of a data block written as [`crate::text`] says.
pub const RAW_ENCODING: &str = "raw";

/// Why a page cannot carry a shared report.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PageError {
    /// Not the offline file (no wasm inside, or not a windows-1252 page): the hosted app's
    /// own page loads its wasm from beside it.
    #[error("not the offline single-file page")]
    NotOffline,
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| at + from)
}

fn rfind(hay: &[u8], needle: &[u8], before: usize) -> Option<usize> {
    hay.get(..before)?
        .windows(needle.len())
        .rposition(|w| w == needle)
}

/// Where the `<script>` element with `id` is (through its end tag and a line break after).
fn block(page: &[u8], id: &str) -> Option<std::ops::Range<usize>> {
    let attr = format!("id=\"{id}\"");
    let at = find(page, attr.as_bytes(), 0)?;
    let start = rfind(page, b"<script", at)?;
    // The id must be an attribute of that start tag, not text after it.
    if page[start..at].contains(&b'>') {
        return None;
    }
    let mut end = find(page, b"</script>", at)? + b"</script>".len();
    if page.get(end) == Some(&b'\n') {
        end += 1;
    }
    Some(start..end)
}

/// Whether `page` is the offline file, with its wasm inside.
pub fn is_offline_page(page: &[u8]) -> bool {
    let head = &page[..page.len().min(1024)];
    find(head, b"charset=\"windows-1252\"", 0).is_some() && block(page, WASM_BLOCK_ID).is_some()
}

/// `page` (the offline file, as written or as its DOM serializes) carrying `payload` (a
/// gzipped [`crate::Bundle`]) instead of the sample or any earlier report.
pub fn shared_page(page: &[u8], payload: &[u8]) -> Result<Vec<u8>, PageError> {
    if !is_offline_page(page) {
        return Err(PageError::NotOffline);
    }
    let mut page = page.to_vec();
    for id in [SAMPLE_BLOCK_ID, SHARE_BLOCK_ID] {
        while let Some(range) = block(&page, id) {
            page.drain(range);
        }
    }
    // Right after the policy, before the head's scripts: the first of them asks whether the
    // page is a shared report (then it reads no stored data).
    let policy =
        find(&page, b"http-equiv=\"Content-Security-Policy\"", 0).ok_or(PageError::NotOffline)?;
    let after = find(&page, b">", policy).ok_or(PageError::NotOffline)? + 1;
    let open = format!(
        "\n<script type=\"application/octet-stream\" id=\"{SHARE_BLOCK_ID}\" data-encoding=\"{RAW_ENCODING}\">"
    );
    let data = escape(payload);
    let mut out = Vec::with_capacity(page.len() + open.len() + data.len() + 10);
    out.extend_from_slice(&page[..after]);
    out.extend_from_slice(open.as_bytes());
    out.extend_from_slice(&data);
    out.extend_from_slice(b"</script>");
    out.extend_from_slice(&page[after..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::unescape;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"windows-1252\" />\
        <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\
        <script>early()</script></head><body>\
        <script type=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" id=\"phusong-sample-xlsx\" data-encoding=\"raw\">PK=|</script>\n\
        <script type=\"application/octet-stream\" id=\"phusong-wasm-gz\" data-encoding=\"raw\">\x1f=\u{cb}</script>\n\
        <script type=\"module\">boot()</script></body></html>";

    /// The text of the data block `id` as a browser reads it.
    fn block_text(page: &[u8], id: &str) -> Option<String> {
        let r = block(page, id)?;
        let tag_end = find(page, b">", r.start)? + 1;
        let close = find(page, b"</script>", tag_end)?;
        Some(
            page[tag_end..close]
                .iter()
                .map(|&b| char::from(b))
                .collect(),
        )
    }

    #[test]
    fn the_report_replaces_the_sample_and_goes_before_the_scripts() {
        let payload: Vec<u8> = (0..=255).collect();
        let out = shared_page(PAGE.as_bytes(), &payload).unwrap();
        assert!(block(&out, SAMPLE_BLOCK_ID).is_none());
        assert_eq!(
            unescape(&block_text(&out, SHARE_BLOCK_ID).unwrap()).unwrap(),
            payload
        );
        let share = block(&out, SHARE_BLOCK_ID).unwrap().start;
        assert!(share < find(&out, b"<script>early", 0).unwrap());
        assert!(share > find(&out, b"Content-Security-Policy", 0).unwrap());
        assert!(block_text(&out, WASM_BLOCK_ID).is_some());
    }

    #[test]
    fn sharing_a_shared_report_keeps_one_report() {
        let once = shared_page(PAGE.as_bytes(), b"first").unwrap();
        let twice = shared_page(&once, b"second").unwrap();
        assert_eq!(block_text(&twice, SHARE_BLOCK_ID).unwrap(), "second");
        let first = block(&twice, SHARE_BLOCK_ID).unwrap();
        assert!(block(&twice[first.end..], SHARE_BLOCK_ID).is_none());
    }

    #[test]
    fn only_the_offline_page_can_carry_a_report() {
        let hosted = PAGE.replace("windows-1252", "utf-8");
        assert_eq!(
            shared_page(hosted.as_bytes(), b"x"),
            Err(PageError::NotOffline)
        );
        let no_wasm = PAGE.replace("phusong-wasm-gz", "other");
        assert_eq!(
            shared_page(no_wasm.as_bytes(), b"x"),
            Err(PageError::NotOffline)
        );
    }
}
