//! A worker's answer to a [`super::Job`]: where its part starts and ends in the file, where
//! each of its records starts, and the items of those it accepted with nothing to report.
//!
//! Layout (integers little-endian; positions are bytes of the file, from its first byte):
//! ```text
//! "PSA1"
//! u64 start of the part (its first record's first byte), u64 end (after its last record)
//! u32 records; then each record's u64 start; then each record's u8: 1 checked, 0 not
//! the items of the checked records, in order, each:
//!   u8 0 + 4 × (u64 start or u64::MAX when absent, u32 length): texts in the file, or
//!   u8 1 + 4 × (u8 given, u32 length, UTF-8 bytes): texts copied
//!   i32 date (days from 0001-01-01 as day 1), u32 outlet, u8 format, u8 themes + u32 each,
//!   u32 contract, u32 event (u32::MAX: none), u8 tone (255: none), u8 reach given + u64,
//!   u8 in period
//! ```

use super::job::Reader;
use crate::dataset::{CoverageItem, ItemText, ThemeList};
use crate::filling::FillingBuffer;
use crate::vocab::{Format, Tone};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// What an answer starts with.
const ANSWER_MAGIC: &[u8; 4] = b"PSA1";
/// "None" for an index.
const NONE: u32 = u32::MAX;

/// An answer, read back.
pub struct Answer {
    /// Where the part's first record starts (a byte of the file).
    pub start: u64,
    /// Where its last record ends.
    pub end: u64,
    /// Each record's first byte, and its item when the worker accepted it with nothing to
    /// report.
    pub records: Vec<(u64, Option<CoverageItem>)>,
}

/// Writes an answer; `to_file` maps a byte of the worker's buffer to the file's (`None`
/// when it is not in the part).
pub(super) fn write(
    start: u64,
    end: u64,
    records: &[(u64, Option<&CoverageItem>)],
    to_file: impl Fn(u32) -> Option<u64>,
) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(16 + records.len() * 64);
    out.extend_from_slice(ANSWER_MAGIC);
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&end.to_le_bytes());
    out.extend_from_slice(&u32::try_from(records.len()).ok()?.to_le_bytes());
    for (at, _) in records {
        out.extend_from_slice(&at.to_le_bytes());
    }
    out.extend(records.iter().map(|(_, item)| u8::from(item.is_some())));
    for item in records.iter().filter_map(|(_, item)| *item) {
        write_item(&mut out, item, &to_file)?;
    }
    Some(out)
}

fn write_item(
    out: &mut Vec<u8>,
    item: &CoverageItem,
    to_file: &impl Fn(u32) -> Option<u64>,
) -> Option<()> {
    let t = &item.text;
    match t.file_spans() {
        Some(spans) => {
            out.push(0);
            for (start, len) in spans {
                let at = if start == NONE {
                    u64::MAX
                } else {
                    to_file(start)?
                };
                out.extend_from_slice(&at.to_le_bytes());
                out.extend_from_slice(&len.to_le_bytes());
            }
        }
        None => {
            out.push(1);
            for text in [Some(t.id()), Some(t.title()), t.url(), t.summary()] {
                out.push(u8::from(text.is_some()));
                let text = text.unwrap_or("");
                out.extend_from_slice(&u32::try_from(text.len()).ok()?.to_le_bytes());
                out.extend_from_slice(text.as_bytes());
            }
        }
    }
    out.extend_from_slice(&item.date.num_days_from_ce().to_le_bytes());
    out.extend_from_slice(&item.outlet.to_le_bytes());
    out.push(u8::try_from(item.format.index()).ok()?);
    out.push(u8::try_from(item.themes.len()).ok()?);
    for theme in &item.themes {
        out.extend_from_slice(&theme.to_le_bytes());
    }
    out.extend_from_slice(&item.contract.unwrap_or(NONE).to_le_bytes());
    out.extend_from_slice(&item.event.unwrap_or(NONE).to_le_bytes());
    out.push(item.tone.map_or(u8::MAX, |t| t.index() as u8));
    out.push(u8::from(item.reach.is_some()));
    out.extend_from_slice(&item.reach.unwrap_or(0).to_le_bytes());
    out.push(u8::from(item.in_period));
    Some(())
}

impl Answer {
    /// Reads an answer. Texts in the file are read from `file` (the file's bytes, `utf8`:
    /// known to be UTF-8 whole) when it is given, else copied from `bytes` (the file's bytes).
    /// `None` if it is not an answer or anything in it does not fit.
    pub fn read(
        answer: &[u8],
        bytes: &[u8],
        file: Option<(&Arc<FillingBuffer>, bool)>,
    ) -> Option<Answer> {
        let mut r = Reader { rest: answer };
        if r.bytes(4)? != ANSWER_MAGIC {
            return None;
        }
        let (start, end) = (r.u64()?, r.u64()?);
        let count = r.u32()? as usize;
        if count.checked_mul(9)? > r.rest.len() {
            return None;
        }
        let starts: Vec<u64> = (0..count).map(|_| r.u64()).collect::<Option<_>>()?;
        let checked = r.bytes(count)?.to_vec();
        let mut records = Vec::with_capacity(count);
        for (at, checked) in starts.into_iter().zip(checked) {
            let item = match checked {
                0 => None,
                1 => Some(read_item(&mut r, bytes, file)?),
                _ => return None,
            };
            records.push((at, item));
        }
        r.rest.is_empty().then_some(Answer {
            start,
            end,
            records,
        })
    }
}

fn read_item(
    r: &mut Reader<'_>,
    bytes: &[u8],
    file: Option<(&Arc<FillingBuffer>, bool)>,
) -> Option<CoverageItem> {
    let text = match r.u8()? {
        0 => {
            let mut spans = [(NONE, 0u32); 4];
            for span in &mut spans {
                let (at, len) = (r.u64()?, r.u32()?);
                let start = if at == u64::MAX {
                    NONE
                } else {
                    u32::try_from(at).ok().filter(|&s| s != NONE)?
                };
                *span = (start, len);
            }
            match file {
                Some((file, utf8)) => ItemText::at_spans(file, spans, utf8)?,
                None => copied_texts(bytes, spans)?,
            }
        }
        1 => {
            let mut texts: [Option<&str>; 4] = [None; 4];
            for text in &mut texts {
                let given = r.u8()?;
                let len = r.u32()? as usize;
                let t = std::str::from_utf8(r.bytes(len)?).ok()?;
                *text = (given == 1).then_some(t);
            }
            let [Some(id), Some(title), url, summary] = texts else {
                return None;
            };
            ItemText::new(id, title, url, summary)
        }
        _ => return None,
    };
    let date =
        NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(r.bytes(4)?.try_into().ok()?))?;
    let outlet = r.u32()?;
    let format = *Format::ALL.get(r.u8()? as usize)?;
    let count = r.u8()? as usize;
    let mut themes = ThemeList::new();
    for _ in 0..count {
        themes.push(r.u32()?);
    }
    let index = |i: u32| (i != NONE).then_some(i);
    let contract = index(r.u32()?);
    let event = index(r.u32()?);
    let tone = match r.u8()? {
        u8::MAX => None,
        t => Some(*Tone::ALL.get(t as usize)?),
    };
    let reach_given = r.u8()? == 1;
    let reach = r.u64()?;
    let in_period = r.u8()? == 1;
    Some(CoverageItem {
        text,
        date,
        outlet,
        format,
        themes,
        contract,
        event,
        tone,
        reach: reach_given.then_some(reach),
        in_period,
    })
}

/// The texts at `spans` of `bytes`, copied; `None` if one is not there or not UTF-8.
fn copied_texts(bytes: &[u8], spans: [(u32, u32); 4]) -> Option<ItemText> {
    let text = |(start, len): (u32, u32)| -> Option<Option<&str>> {
        if start == NONE {
            return Some(None);
        }
        let part = bytes.get(start as usize..start as usize + len as usize)?;
        std::str::from_utf8(part).ok().map(Some)
    };
    let [id, title, url, summary] = spans;
    Some(ItemText::new(
        text(id)??,
        text(title)??,
        text(url)?,
        text(summary)?,
    ))
}
