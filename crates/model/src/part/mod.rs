//! Checking the last part of a big file's coverage in a second thread (a Web Worker in the
//! browser), while the page checks the first part: the worker is given a [`Job`] and
//! answers with [`check_part_job`]'s bytes, which [`crate::Loading::take_part`] merges.
//!
//! The split is speculative: the worker starts its part at what looks like a record's
//! start after the byte the page chose; the page's own parser, which reads the file from
//! the start, confirms it when it reaches the first record starting at or after that byte
//! there. The worker loads a file made of the last file's head (everything before its
//! coverage records) and that tail, with the same earlier files, so its records are checked
//! against the same plan, outlets and contracts. Of each record it says whether it was
//! accepted with nothing to report (then it sends the item) or not (then the page parses
//! and checks that record itself, from its own copy of the bytes, in order). An id or a link
//! the page's part already has also sends the record back to the page's own check: the
//! outcome is exactly that of one pass over the file.

mod answer;
mod job;

pub use answer::Answer;
pub use job::{Job, JOB_MAGIC};

/// How far before the split a job's tail starts (`Job::from` = split − this): the worker
/// looks back there for the `}` and `,` that tell a record's start.
pub const LOOK_BEHIND: u64 = 64;

use crate::diagnostics::{RecordLocation, Section};
use crate::filling::FillingBuffer;
use crate::load::{Loading, SourceFile};
use std::collections::HashSet;
use std::sync::Arc;

/// Checks the part of a file a [`Job`] describes (`job`: its buffer); the answer for
/// [`crate::Loading::take_part`]. Never panics: a job it cannot do gets an empty answer,
/// which the page declines (it then checks that part itself).
pub fn check_part_job(job: &[u8]) -> Vec<u8> {
    Job::read(job)
        .and_then(|job| check_part(&job))
        .unwrap_or_default()
}

/// [`check_part_job`] on a job read.
pub fn check_part(job: &Job<'_>) -> Option<Vec<u8>> {
    if job.earlier.iter().any(|(name, _)| *name == job.name) {
        // Its diagnostics could not be told from the earlier file's.
        return None;
    }
    let skip = record_start(job.tail, LOOK_BEHIND as usize)?;
    let start = job.from.checked_add(skip as u64)?;
    let mut joined = Vec::with_capacity(job.head.len() + job.tail.len() - skip);
    joined.extend_from_slice(job.head);
    joined.extend_from_slice(job.tail.get(skip..)?);
    let buffer = Arc::new(FillingBuffer::from_vec(joined));
    let mut files: Vec<SourceFile<'_>> = job
        .earlier
        .iter()
        .map(|&(name, bytes)| SourceFile { name, bytes })
        .collect();
    files.push(SourceFile {
        name: job.name,
        bytes: buffer.filled(),
    });
    let last = files.len() - 1;
    let mut loading = Loading::new(files);
    loading.share(last, Arc::clone(&buffer));
    loading.record_last_starts();
    let (loaded, starts) = loading.finish_with_starts();
    let (starts, end) = starts?;
    if !loaded.files.last().is_some_and(|f| f.accepted) {
        return None;
    }
    // Bytes of the joined file → bytes of the file: the head is the same, then the part.
    let head = job.head.len();
    let bom = buffer.filled().len() - text_len(buffer.filled());
    let to_file = |at: usize| -> Option<u64> { start.checked_add(at.checked_sub(head)? as u64) };
    if starts.first().map(|s| s + bom) != Some(head) {
        return None;
    }
    let mine = |at: &RecordLocation| at.section == Section::Coverage && at.file == job.name;
    let diag = &loaded.diagnostics;
    let quarantined: HashSet<usize> = diag
        .quarantined
        .iter()
        .filter(|q| mine(&q.at))
        .map(|q| q.at.index)
        .collect();
    let warned: HashSet<usize> = diag
        .warnings
        .iter()
        .filter(|w| mine(&w.at))
        .map(|w| w.at.index)
        .collect();
    let items = loaded.dataset.as_ref().map_or(&[][..], |d| &d.items[..]);
    let accepted = starts.len().checked_sub(quarantined.len())?;
    let mut mine_items = items.get(items.len().checked_sub(accepted)?..)?.iter();
    let mut records = Vec::with_capacity(starts.len());
    for (i, &at) in starts.iter().enumerate() {
        let item = if quarantined.contains(&i) {
            None
        } else {
            Some(mine_items.next()?)
        };
        let clean = item.filter(|_| !warned.contains(&i));
        records.push((to_file(at + bom)?, clean));
    }
    answer::write(start, to_file(end + bom)?, &records, |at| {
        to_file(at as usize)
    })
}

/// Where the first record of a coverage array from byte `from` of `tail` on seems to start
/// (`tail`: a part of a file that begins inside that array): the first `{` after a `,` after
/// a `}` (JSON whitespace between them), the way records follow one another. It may be wrong
/// (those characters can be in a string): the page's parser confirms it or declines the answer.
fn record_start(tail: &[u8], from: usize) -> Option<usize> {
    let ws = |b: &u8| matches!(b, b' ' | b'\n' | b'\t' | b'\r');
    let mut from = from;
    while let Some(k) = tail.get(from..)?.iter().position(|&b| b == b'{') {
        let at = from + k;
        let mut before = tail.get(..at)?.iter().rev().skip_while(|b| ws(b));
        if before.next() == Some(&b',') && before.find(|b| !ws(b)) == Some(&b'}') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Length of a file's text: without its byte order mark.
fn text_len(bytes: &[u8]) -> usize {
    crate::parse::without_bom(bytes).len()
}

#[cfg(test)]
mod tests;
