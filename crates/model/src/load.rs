//! Loading a dataset: parse each file, merge `organization` and `plan`, validate
//! the records of the accepted files together, and return the dataset with
//! everything that was found wrong.

use crate::dataset::{Dataset, Organization, Plan};
use crate::diagnostics::{Diagnostics, FileError, RefusedFile};
use crate::filling::FillingBuffer;
use crate::parse::ParsedFile;
use crate::parse_slices::FileParse;
use crate::raw::RawSection;
use crate::records::{FileSections, Validation};
use std::sync::Arc;

/// One input file: its name and bytes.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// File name, used in every message about it.
    pub name: &'a str,
    /// Raw bytes (UTF-8 JSON, optional BOM).
    pub bytes: &'a [u8],
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOutcome {
    /// File name.
    pub name: String,
    /// False when the file was refused whole.
    pub accepted: bool,
    /// Number of records (array elements of all sections) the file holds.
    pub records: usize,
}

/// A loaded dataset and its diagnostics: the output plus everything worth saying.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The validated dataset; `None` until some accepted file gives a plan.
    pub dataset: Option<Dataset>,
    /// Refused files, quarantined records, warnings.
    pub diagnostics: Diagnostics,
    /// Every file in load order.
    pub files: Vec<FileOutcome>,
}

/// Loads files given in order.
pub fn load<'a>(files: impl IntoIterator<Item = SourceFile<'a>>) -> Loaded {
    Loading::new(files.into_iter().collect()).finish()
}

/// A load done a bounded amount of work at a time ([`Loading::step`]), so that a page
/// can repaint and show progress in between; the result is the one of [`load`].
pub struct Loading<'a> {
    files: Vec<SourceFile<'a>>,
    /// Whether each file has arrived whole (see [`Loading::arriving`]).
    complete: Vec<bool>,
    /// The parser of the file being parsed (file `parsed_files`).
    current: Option<FileParse<'a>>,
    /// Files parsed whole.
    parsed_files: usize,
    /// Their outcomes, merged as each file is parsed (until validation starts: at the end
    /// of parsing, or when the last file's coverage starts to be checked while it is read).
    merging: Merging<'a>,
    /// Bytes of the files parsed completely.
    parsed_bytes: u64,
    /// Units of work done (see [`Loading::step`]).
    work_done: u64,
    merged: Option<Merged<'a>>,
    /// The files whose bytes the dataset may keep (see [`Loading::share`]), by file.
    shared: Vec<Option<Arc<FillingBuffer>>>,
    /// Whether the last file's coverage may be checked while it is read (see
    /// [`Loading::stream_coverage`]); off for good once that was undone.
    may_stream: bool,
    /// Where in the last file its streamed coverage started (a byte of its text).
    stream_start: usize,
}

/// How far a [`Loading`] has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading file `file` of `files` (from 0); `read` of all files' `bytes` are read.
    Parsing {
        /// The file being read.
        file: usize,
        /// Files in all.
        files: usize,
        /// Bytes read, all files together.
        read: u64,
        /// Bytes of all files.
        bytes: u64,
    },
    /// Checking records: `done` of `total`.
    Validating {
        /// Records checked.
        done: usize,
        /// Records in all accepted files.
        total: usize,
    },
}

impl<'a> Loading<'a> {
    /// Starts loading `files` (in load order).
    pub fn new(files: Vec<SourceFile<'a>>) -> Self {
        let all = files.len();
        Self::arriving(files, all)
    }

    /// Starts loading whole files kept in `buffers` (name and bytes, in load order), each
    /// buffer shared with the dataset ([`Loading::share`]).
    pub fn shared(buffers: &'a [(&'a str, Arc<FillingBuffer>)]) -> Self {
        let files = buffers
            .iter()
            .map(|(name, buffer)| SourceFile {
                name,
                bytes: buffer.filled(),
            })
            .collect();
        let mut loading = Loading::new(files);
        for (i, (_, buffer)) in buffers.iter().enumerate() {
            loading.share(i, Arc::clone(buffer));
        }
        loading
    }

    /// Starts loading `files` of which those from index `from` on are still arriving:
    /// their bytes so far are in `files`, and [`Loading::grow`] gives more. Records are
    /// parsed as they arrive; the result is the one of [`load`] on the whole files.
    pub fn arriving(files: Vec<SourceFile<'a>>, from: usize) -> Self {
        let complete = (0..files.len()).map(|i| i < from).collect();
        Loading {
            files,
            complete,
            current: None,
            parsed_files: 0,
            merging: Merging::default(),
            parsed_bytes: 0,
            work_done: 0,
            merged: None,
            shared: Vec::new(),
            may_stream: true,
            stream_start: 0,
        }
    }

    /// Whether the coverage of the last file may be checked while that file is read
    /// (on by default): its records are then checked right after they are read, and the
    /// parse arena holds a few slices of records instead of all of them. It happens when
    /// the file's `outlets`, `contracts`, `plan` and `organization` (and `format`) come
    /// before its `coverage` and are fine; if the rest of the file then says otherwise (it
    /// is refused, or gives one of those keys again), the load starts over without it. The
    /// result is the same either way.
    pub fn stream_coverage(&mut self, on: bool) {
        self.may_stream = on && self.merged.is_none();
    }

    /// Lets the dataset keep file `file`'s bytes, `buffer` (whose filled part is, or will
    /// be, that file's bytes): its accepted items then read their texts from it instead of
    /// copies. Memory the app holds anyway (it keeps each file's bytes) is not taken twice.
    /// To be called before the file's records are checked; the result is the same either way.
    pub fn share(&mut self, file: usize, buffer: Arc<FillingBuffer>) {
        if file >= self.files.len() {
            return;
        }
        if self.shared.len() <= file {
            self.shared.resize(file + 1, None);
        }
        if let Some(slot) = self.shared.get_mut(file) {
            *slot = Some(buffer);
        }
    }

    /// Does about `budget` units of work (a unit is a record, or 2 KiB of text checked
    /// for UTF-8, about as long); true once everything is parsed and validated. The end of parsing also
    /// ends a step.
    pub fn step(&mut self, budget: usize) -> bool {
        let mut left = budget;
        let done = self.work(&mut left);
        self.work_done += (budget - left) as u64;
        done
    }

    /// More of file `file` has arrived: `bytes` is all of it so far, and `complete` says
    /// whether that is the whole file.
    pub fn grow(&mut self, file: usize, bytes: &'a [u8], complete: bool) {
        let (Some(source), Some(done)) = (self.files.get_mut(file), self.complete.get_mut(file))
        else {
            return;
        };
        if *done {
            return;
        }
        source.bytes = bytes;
        *done = complete;
        if self.parsed_files == file {
            if let Some(parser) = &mut self.current {
                parser.grow(bytes, complete);
            }
        }
    }

    /// Whether the load waits for more of a file that is still arriving (a step does
    /// nothing until [`Loading::grow`] gives more).
    pub fn waiting(&self) -> bool {
        // While the coverage is streamed, records read but not yet checked are work.
        let lagging = match (&self.merged, &self.current) {
            (Some(merged), Some(parser)) => {
                match (merged.validation.streamed_checked(), parser.streamed_len()) {
                    (Some(checked), Some(read)) => checked < read,
                    _ => true,
                }
            }
            _ => false,
        };
        self.parsed_files < self.files.len()
            && !lagging
            && self.current.as_ref().is_some_and(FileParse::waiting)
    }

    /// Units of work done so far (to size the next step by the time the last one took).
    pub fn work_done(&self) -> u64 {
        self.work_done
    }

    fn work(&mut self, budget: &mut usize) -> bool {
        while self.parsed_files < self.files.len() {
            if *budget == 0 {
                return false;
            }
            let next = self.parsed_files;
            let Some(file) = self.files.get(next).copied() else {
                break;
            };
            let complete = self.complete.get(next).copied().unwrap_or(true);
            let parser = self.current.get_or_insert_with(|| {
                if complete {
                    FileParse::new(file.name, file.bytes)
                } else {
                    FileParse::arriving(file.name, file.bytes)
                }
            });
            // While the coverage is streamed: the records before it, then those of it
            // read so far are checked first; then the parser reads on.
            if let Some(merged) = &mut self.merged {
                merged.validation.step(budget);
                let position = parser.position();
                if let Some(records) = parser.streamed_records() {
                    let expected = expected_records(
                        records.elements.len(),
                        self.stream_start,
                        position,
                        self.shared.get(next).and_then(Option::as_ref),
                    );
                    merged.validation.step_streamed(records, budget, expected);
                }
                if *budget == 0 {
                    return false;
                }
            }
            let outcome = parser.step(budget);
            let last = next + 1 == self.files.len();
            if last && self.may_stream && self.merged.is_none() && outcome.is_none() {
                self.start_stream();
            }
            let Some(outcome) = outcome else {
                return false;
            };
            let intact = self.current.take().is_some_and(|p| p.streamed_intact());
            self.parsed_files += 1;
            self.parsed_bytes += file.bytes.len() as u64;
            match (&mut self.merged, outcome) {
                (None, outcome) => {
                    let shared = self.shared.get(next).cloned().flatten();
                    let outcome = outcome.map_err(|e| (file.name.to_owned(), e));
                    self.merging.add(outcome, shared);
                }
                (Some(merged), Ok(parsed)) if intact => merged.end_stream(parsed),
                (Some(_), _) => self.start_over(),
            }
            // The end of parsing ends a step, so that it can be marked.
            if self.parsed_files == self.files.len() {
                if self.merged.is_none() {
                    self.merged = Some(std::mem::take(&mut self.merging).validate());
                }
                return false;
            }
        }
        match &mut self.merged {
            Some(merged) => merged.validation.step(budget),
            None => {
                self.merged = Some(std::mem::take(&mut self.merging).validate());
                false
            }
        }
    }

    /// Starts checking the last file's coverage while it is read, if the parser is inside
    /// it and what came before it is settled (see [`Loading::stream_coverage`]).
    fn start_stream(&mut self) {
        let Some(parser) = &mut self.current else {
            return;
        };
        let Some(mut part) = parser.settled_part() else {
            return;
        };
        if self.merging.clash_of(&part).is_some() {
            return;
        }
        let mut merging = std::mem::take(&mut self.merging);
        (part.outlets, part.contracts) = parser.stream_coverage();
        self.stream_start = parser.coverage_from();
        let shared = self.shared.get(self.parsed_files).cloned().flatten();
        merging.add(Ok(part), shared);
        let mut merged = merging.validate();
        merged.validation.stream_coverage();
        self.merged = Some(merged);
    }

    /// Undoes a streamed coverage (the file turned out other than assumed): the load
    /// starts over, every file complete by now, without streaming.
    fn start_over(&mut self) {
        self.may_stream = false;
        self.merged = None;
        self.current = None;
        self.merging = Merging::default();
        self.parsed_files = 0;
        self.parsed_bytes = 0;
    }

    /// Whether the last file's coverage is being checked while it is read (see
    /// [`Loading::stream_coverage`]).
    pub fn streaming(&self) -> bool {
        self.merged.is_some() && self.parsed_files < self.files.len()
    }

    /// Where the load stands.
    pub fn stage(&self) -> Stage {
        match &self.merged {
            Some(merged) if self.parsed_files == self.files.len() => {
                let (done, total) = merged.validation.progress();
                Stage::Validating { done, total }
            }
            _ => Stage::Parsing {
                file: self.parsed_files,
                files: self.files.len(),
                read: self.parsed_bytes
                    + self.current.as_ref().map_or(0, |p| p.position().0 as u64),
                bytes: self.files.iter().map(|f| f.bytes.len() as u64).sum(),
            },
        }
    }

    /// The loaded dataset (finishing the work first if [`Loading::step`] has not). A file
    /// still arriving is taken as it is: as if its bytes so far were the whole file.
    pub fn finish(mut self) -> Loaded {
        for file in 0..self.files.len() {
            let bytes = self.files.get(file).map_or(&[][..], |f| f.bytes);
            self.grow(file, bytes, true);
        }
        while !self.step(usize::MAX) {}
        match self.merged {
            Some(merged) => merged.finish(),
            None => Merging::default().validate().finish(),
        }
    }
}

/// Parsed files merged (`organization`, `plan`), their records being validated.
struct Merged<'a> {
    validation: Validation<'a>,
    organization: Option<Organization>,
    files: Vec<FileOutcome>,
}

/// Parsed files being merged, one at a time in load order, before their records are
/// validated ([`Merging::validate`]).
#[derive(Default)]
struct Merging<'a> {
    diagnostics: Diagnostics,
    files: Vec<FileOutcome>,
    /// The first accepted `plan` and `organization`, as written and as read, and the file
    /// each came from.
    plan: Option<(serde_json::Value, Plan, String)>,
    organization: Option<(serde_json::Value, Organization, String)>,
    sections: Vec<FileSections<'a>>,
}

impl<'a> Merging<'a> {
    /// The file-level error `file` gets for a `plan` or `organization` that differs from
    /// the first one; `None` when it is accepted.
    fn clash_of(&self, file: &ParsedFile<'a>) -> Option<FileError> {
        let plan_clash = clash(&self.plan, &file.plan, "plan");
        plan_clash.or_else(|| clash(&self.organization, &file.organization, "organization"))
    }

    /// Adds the next file's outcome; `shared`: its bytes, when the dataset may keep them.
    fn add(
        &mut self,
        outcome: Result<ParsedFile<'a>, (String, FileError)>,
        shared: Option<Arc<FillingBuffer>>,
    ) {
        let file = match outcome {
            Ok(file) => file,
            Err((name, error)) => {
                refuse(&mut self.diagnostics, &mut self.files, name, error);
                return;
            }
        };
        if let Some(error) = self.clash_of(&file) {
            refuse(&mut self.diagnostics, &mut self.files, file.name, error);
            return;
        }
        let ParsedFile {
            name,
            organization: org,
            plan: pl,
            outlets,
            contracts,
            coverage,
        } = file;
        if self.plan.is_none() {
            self.plan = pl.map(|(v, p)| (v, p, name.clone()));
        }
        if self.organization.is_none() {
            self.organization = org.map(|(v, o)| (v, o, name.clone()));
        }
        self.files.push(FileOutcome {
            name: name.clone(),
            accepted: true,
            records: [&outlets, &contracts, &coverage].into_iter().map(len).sum(),
        });
        self.sections.push(FileSections {
            name,
            sections: [outlets, contracts, coverage],
            shared,
        });
    }

    /// The merged files, their records to be validated.
    fn validate(self) -> Merged<'a> {
        Merged {
            validation: Validation::new(
                self.sections,
                self.plan.map(|(_, p, _)| p),
                self.diagnostics,
            ),
            organization: self.organization.map(|(_, o, _)| o),
            files: self.files,
        }
    }
}

/// How many coverage records the streamed section will have in all, told from the
/// `read` records in the bytes since `start` and the file's length, once enough are read.
fn expected_records(
    read: usize,
    start: usize,
    (position, length): (usize, usize),
    shared: Option<&Arc<FillingBuffer>>,
) -> Option<usize> {
    const ENOUGH: usize = 1024;
    let length = length.max(shared.map_or(0, |b| b.capacity()));
    let (done, all) = (position.checked_sub(start)?, length.checked_sub(start)?);
    if read < ENOUGH || done == 0 {
        return None;
    }
    let all_records = (read as u128 * all as u128 / done as u128) as usize;
    Some(all_records + all_records / 64)
}

impl<'a> Merged<'a> {
    /// The streamed coverage's file is read whole: `parsed` (its coverage; its other
    /// sections went to validation when the stream started).
    fn end_stream(&mut self, parsed: ParsedFile<'a>) {
        if let RawSection::Elements(records) = parsed.coverage {
            if let Some(file) = self.files.last_mut() {
                file.records += records.elements.len();
            }
            self.validation.end_stream(records);
        } else {
            self.validation
                .end_stream(crate::raw::RawRecords::default());
        }
    }

    fn finish(mut self) -> Loaded {
        let mut unlimited = usize::MAX;
        while !self.validation.step(&mut unlimited) {
            unlimited = usize::MAX;
        }
        let (accepted, plan, diagnostics) = self.validation.finish();
        let organization = self.organization;
        let dataset = plan.map(|plan| Dataset {
            organization,
            plan,
            outlets: accepted.outlets,
            contracts: accepted.contracts,
            items: accepted.items,
        });
        Loaded {
            dataset,
            diagnostics,
            files: self.files,
        }
    }
}

fn len(s: &RawSection<'_>) -> usize {
    match s {
        RawSection::Elements(e) => e.elements.len(),
        _ => 0,
    }
}

fn refuse(diag: &mut Diagnostics, files: &mut Vec<FileOutcome>, name: String, error: FileError) {
    files.push(FileOutcome {
        name: name.clone(),
        accepted: false,
        records: 0,
    });
    diag.refused.push(RefusedFile { file: name, error });
}

/// A file-level error when `new` differs from the `first` one seen.
fn clash<T, U>(
    first: &Option<(serde_json::Value, T, String)>,
    new: &Option<(serde_json::Value, U)>,
    section: &'static str,
) -> Option<FileError> {
    match (first, new) {
        (Some((a, _, first_file)), Some((b, _))) if a != b => Some(FileError::Differs {
            section,
            first_file: first_file.clone(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(dir: &str) -> Vec<(String, Vec<u8>)> {
        let dir = format!(
            "{}/../../tests/fixtures/conformance/valid/{dir}",
            env!("CARGO_MANIFEST_DIR")
        );
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| (p.display().to_string(), std::fs::read(p).unwrap()))
            .collect()
    }

    fn sources_of(files: &[(String, Vec<u8>)]) -> Vec<SourceFile<'_>> {
        files
            .iter()
            .map(|(name, bytes)| SourceFile { name, bytes })
            .collect()
    }

    #[test]
    fn loading_in_small_steps_gives_the_same_result_and_progress_only_grows() {
        for dir in ["01-small", "02-split-with-bad-records", "03-settled-edges"] {
            let files = case(dir);
            let sources = sources_of(&files);
            let whole = format!("{:?}", load(sources.iter().copied()));
            for budget in [1, 3, 50] {
                let mut loading = Loading::new(sources.clone());
                let mut steps = 0;
                let mut last = (0, 0u64);
                while !loading.step(budget) {
                    steps += 1;
                    let now = match loading.stage() {
                        Stage::Parsing { file, read, .. } => (file, read),
                        Stage::Validating { done, .. } => (files.len() + 1, done as u64),
                    };
                    assert!(now >= last, "{dir}: {last:?} then {now:?}");
                    last = now;
                }
                if budget == 1 {
                    assert!(steps > 10, "{dir}: {steps} steps");
                }
                assert_eq!(
                    format!("{:?}", loading.finish()),
                    whole,
                    "{dir}, budget {budget}"
                );
            }
        }
    }

    #[test]
    fn files_arriving_in_pieces_load_as_whole_files_do() {
        for dir in ["01-small", "02-split-with-bad-records", "03-settled-edges"] {
            let files = case(dir);
            let sources = sources_of(&files);
            let whole = format!("{:?}", load(sources.iter().copied()));
            for piece in [1, 13, 500] {
                // The first file is in; the others arrive one after another, in pieces.
                let mut arriving = sources.clone();
                for source in arriving.iter_mut().skip(1) {
                    source.bytes = &[];
                }
                let mut loading = Loading::arriving(arriving, 1);
                for (file, source) in sources.iter().enumerate().skip(1) {
                    let mut have = 0;
                    while have < source.bytes.len() {
                        have = (have + piece).min(source.bytes.len());
                        let complete = have == source.bytes.len();
                        loading.grow(file, &source.bytes[..have], complete);
                        let mut steps = 0;
                        while !loading.waiting() && !loading.step(2) {
                            steps += 1;
                            assert!(steps < 1_000_000, "{dir}: no progress");
                            if complete && file + 1 < sources.len() {
                                break;
                            }
                        }
                    }
                }
                assert!(!loading.waiting());
                assert_eq!(
                    format!("{:?}", loading.finish()),
                    whole,
                    "{dir}, pieces of {piece}"
                );
            }
        }
    }

    #[test]
    fn shared_files_give_the_same_load_with_texts_read_in_place() {
        // An NFD headline and an escaped one are copied (normalised, unescaped); the rest
        // are read in place.
        let odd = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"K","year":2025,"themes":[{"code":"1","name":"A"}]},
            "outlets":[{"id":"o","name":"O","level":"central","kind":"newspaper"}],
            "coverage":[
              {"id":"a","date":"2025-01-02","outlet":"o","title":"Tiêu đề","format":"online_article","url":"https://x.vn/a"},
              {"id":"b","date":"2025-01-02","outlet":"o","title":"Tiêu đề","format":"online_article","summary":"Tóm tắt"},
              {"id":"c","date":"2025-01-02","outlet":"o","title":"Thanh Hoá","format":"online_article"}]}"#;
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Thanh Hoá").collect();
        let odd = odd.replace("Thanh Hoá", &nfd);
        let mut cases: Vec<Vec<(String, Vec<u8>)>> =
            ["01-small", "02-split-with-bad-records", "03-settled-edges"]
                .into_iter()
                .map(case)
                .collect();
        cases.push(vec![("odd.json".to_owned(), odd.into_bytes())]);
        for files in cases {
            let copied = load(sources_of(&files));
            let buffers: Vec<(&str, Arc<FillingBuffer>)> = files
                .iter()
                .map(|(n, b)| (n.as_str(), Arc::new(FillingBuffer::from_vec(b.clone()))))
                .collect();
            let names: Vec<&str> = buffers.iter().map(|(n, _)| *n).collect();
            let shared = Loading::shared(&buffers).finish();
            assert_eq!(format!("{shared:?}"), format!("{copied:?}"), "{names:?}");
            let items = &shared.dataset.as_ref().expect("a plan").items;
            let in_place = items.iter().filter(|i| i.text.is_in_file()).count();
            assert!(in_place > 0, "{names:?}: no text read in place");
            if names == ["odd.json"] {
                let copied: Vec<&str> = items
                    .iter()
                    .filter(|i| !i.text.is_in_file())
                    .map(|i| i.id())
                    .collect();
                assert_eq!(copied, ["a", "c"]);
                assert_eq!(items[2].title(), "Thanh Hoá", "normalised to NFC");
            }
        }
    }

    /// Loads `files` in steps of `budget` with the coverage streamed or not; whether it
    /// was streamed at some step, and whether the stream was kept (not started over).
    fn stepped(files: &[(String, Vec<u8>)], budget: usize, stream: bool) -> (String, bool, bool) {
        let mut loading = Loading::new(sources_of(files));
        loading.stream_coverage(stream);
        let mut streamed = false;
        while !loading.step(budget) {
            streamed |= loading.streaming();
        }
        let kept = loading.may_stream;
        (format!("{:?}", loading.finish()), streamed, kept)
    }

    #[test]
    fn coverage_checked_while_read_gives_the_same_load() {
        for dir in ["01-small", "02-split-with-bad-records", "03-settled-edges"] {
            let files = case(dir);
            let whole = format!("{:?}", load(sources_of(&files)));
            let last = files.len() - 1;
            // The last file as it is, then with what undoes the stream: a settled key
            // again after the coverage, a cut end (refused), a repeated coverage; an
            // unknown key after it changes nothing.
            let text = String::from_utf8(files[last].1.clone()).expect("utf-8");
            let end = text.rfind('}').expect("an object");
            let variants = [
                (None, true),
                (Some(r#","format":"coverage-report/v1""#), false),
                (Some(r#","plan":null"#), false),
                (Some(r#","coverage":[]"#), false),
                (Some(r#","ghi_chu":"x""#), true),
                (Some("CUT"), false),
            ];
            for (extra, kept) in variants {
                let mut files = files.clone();
                if let Some(extra) = extra {
                    files[last].1 = if extra == "CUT" {
                        text.as_bytes()[..end].to_vec()
                    } else {
                        format!("{}{extra}{}", &text[..end], &text[end..]).into_bytes()
                    };
                }
                let expected = format!("{:?}", load(sources_of(&files)));
                if extra.is_none() {
                    assert_eq!(expected, whole);
                }
                for budget in [1, 2, 7, 40] {
                    let (streamed, did, was_kept) = stepped(&files, budget, true);
                    let (plain, not, _) = stepped(&files, budget, false);
                    assert!(!not, "{dir}: streamed although turned off");
                    // 03's last file has an empty coverage: nothing to stream.
                    let can = dir != "03-settled-edges";
                    assert_eq!(did, can, "{dir} {extra:?}, budget {budget}: streamed?");
                    assert_eq!(was_kept, kept || !can, "{dir} {extra:?}: started over?");
                    assert_eq!(plain, expected, "{dir} {extra:?}, budget {budget}");
                    assert_eq!(streamed, expected, "{dir} {extra:?}, budget {budget}");
                }
            }
        }
    }

    #[test]
    fn a_last_file_refused_for_its_plan_is_not_streamed() {
        let first = case("01-small").remove(0);
        let text = String::from_utf8(first.1.clone()).expect("utf-8");
        let other_plan = text.replacen("\"title\"", "\"ghi_chu\": \"khác\", \"title\"", 1);
        assert_ne!(other_plan, text);
        let files = vec![first, ("b.json".to_owned(), other_plan.into_bytes())];
        let expected = load(sources_of(&files));
        assert_eq!(
            expected.diagnostics.refused.len(),
            1,
            "the second plan differs"
        );
        for budget in [1, 7, 40] {
            let (streamed, did, _) = stepped(&files, budget, true);
            assert!(
                !did,
                "budget {budget}: a refused file's coverage was streamed"
            );
            assert_eq!(streamed, format!("{expected:?}"), "budget {budget}");
        }
    }

    #[test]
    fn a_file_cut_short_is_taken_as_it_is() {
        let text = br#"{"format":"coverage-report/v1","coverage":[{"id":"a"}"#;
        let mut loading = Loading::arriving(
            vec![SourceFile {
                name: "f.json",
                bytes: text,
            }],
            0,
        );
        while !loading.waiting() {
            loading.step(5);
        }
        let cut = loading.finish();
        let whole = load([SourceFile {
            name: "f.json",
            bytes: text,
        }]);
        assert_eq!(format!("{cut:?}"), format!("{whole:?}"));
        assert!(
            !cut.diagnostics.refused.is_empty(),
            "a truncated file is refused"
        );
    }
}
