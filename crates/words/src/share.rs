//! The words of the shared report (issue 25, "Lưu báo cáo để gửi"): the button that makes
//! the read-only HTML file, the line atop the report it opens to, and what goes wrong making
//! or opening it. Each language gives one [`Share`] in its file.

/// The shared report's words, in one language.
#[derive(Debug)]
pub struct Share {
    /// The toolbar's button, and what it says while it works.
    pub button: &'static str,
    pub busy: &'static str,
    /// What the button makes, for its tooltip.
    pub button_hint: &'static str,
    /// "Báo cáo do … lập ngày …; dữ liệu chỉ đọc": from who made it and the day, as written.
    pub made: fn(by: &str, on: &str) -> String,
    /// Who made it when the report names no issuing body.
    pub someone: &'static str,
    /// Making the file: the page does not carry the app (the hosted page without
    /// phusong.html beside it).
    pub no_offline_page: &'static str,
    /// Making the file: the browser cannot compress.
    pub no_compression: &'static str,
    /// Opening: the data block is damaged or cut short, with the detail.
    pub damaged: fn(detail: &str) -> String,
    /// Opening: the file was saved again in another encoding.
    pub encoding: &'static str,
    /// Opening: unpacked, the data would pass the page's allowance of this many MB.
    pub too_large: fn(mb: u64) -> String,
}
