//! The report shared as one read-only HTML file (issue 25): [`make`] writes it ("Lưu báo cáo
//! để gửi": the offline page with the report's files, edits, readings of sheets and last
//! year's files inside, gzipped), [`open`] shows it when such a page starts. The format and
//! the page surgery are `phusong_share`'s; the compression is the browser's.

pub mod make;
pub mod open;
