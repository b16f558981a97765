//! Parsing one file a slice of records at a time, so that a page can repaint (and a
//! progress bar move) between slices of a big file. The outcome is always the one of
//! [`parse_file`]: for a well-formed file this parser builds the same [`ParsedFile`];
//! at the first thing it does not expect (a syntax error, bad UTF-8, very deep nesting,
//! a top level that is not an object) it hands the whole file to [`parse_file`], whose
//! result (usually a located [`FileError`]) is then the answer.
//!
//! A file can also be parsed while it arrives ([`FileParse::arriving`], then
//! [`FileParse::grow`] as bytes come in): the parser reads the records that are complete
//! and waits at the first one that is not. While the file is incomplete, anything it does
//! not expect only makes it wait (a cut record looks like a syntax error); once the file is
//! complete, the same thing falls back to [`parse_file`]. A value cut so that its first
//! part is valid JSON (a number) is always followed by something the parser does not
//! expect, so it too ends in the fallback, never in a different reading of the file.

use crate::diagnostics::FileError;
use crate::parse::{check_raw, parse_file, without_bom, ParsedFile};
use crate::plain_record;
use crate::raw::{
    fields, fill_slots, non_null, RawElement, RawFile, RawRecords, RawSection, Seen, TOP,
};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Text checked for UTF-8 per budget unit (a unit is otherwise one record): about the
/// time a record takes to read (in Chromium at 100k items, ~1–1.4 µs per KiB checked and
/// ~2 µs per record read), so that a slice sized by the pace of one stays short for the
/// other when it spans both.
const UTF8_BYTES_PER_UNIT: usize = 2048;
/// Text checked for UTF-8 in one go at most.
const UTF8_SLICE: usize = 1 << 20;
/// Nesting this parser accepts inside one value (a record, `plan`…); deeper values are
/// left to [`parse_file`], whose parser counts the depth from the top of the file.
const MAX_DEPTH: usize = 100;

/// One file being parsed in slices.
pub struct FileParse<'a> {
    name: String,
    /// The file as given (for the fallback).
    bytes: &'a [u8],
    /// The file without its byte order mark.
    text: &'a [u8],
    /// Bytes of `text` known to be UTF-8 (always a character boundary).
    checked: usize,
    /// All of the file is in `bytes` (a file that arrives in parts is not, until its end).
    complete: bool,
    /// The parser stopped at something the bytes so far do not finish; more bytes or the
    /// file's end make it go on.
    waiting: bool,
    /// Next byte of `text` to read.
    pos: usize,
    at: At,
    raw: RawFile<'a>,
    /// The section array being read: which one (0 outlets, 1 contracts, 2 coverage), and
    /// its elements so far.
    section: Option<(usize, RawRecords<'a>)>,
    /// The outcome has been given.
    done: bool,
    /// The outcome came from [`parse_file`].
    fell_back: bool,
    /// The coverage records are being checked as they are read (see
    /// [`FileParse::stream_coverage`]).
    streaming: bool,
    /// Where the last `coverage` array opened (byte of the text after its `[`).
    coverage_from: usize,
    /// A top-level key that [`FileParse::stream_coverage`] assumed settled came again
    /// after it: what was checked may not be what the whole file says.
    changed_while_streaming: bool,
}

/// Where the parser stands in the file's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Checking UTF-8.
    Utf8,
    /// Before the top-level `{`.
    Open,
    /// Before a top-level key.
    Key,
    /// After a top-level value: `,` or `}`.
    AfterValue,
    /// Inside a section array, before an element (`first`: right after `[`).
    Element { first: bool },
    /// Inside a section array, after an element: `,` or `]`.
    AfterElement,
    /// After the top-level `}`: only whitespace may follow.
    End,
}

/// Something this parser leaves to [`parse_file`].
struct Fallback;

impl<'a> FileParse<'a> {
    /// Starts parsing `bytes`, named `name` in messages.
    pub fn new(name: &str, bytes: &'a [u8]) -> Self {
        Self::start(name, bytes, true)
    }

    /// Starts parsing a file of which only `bytes` (the start) has arrived; [`FileParse::grow`]
    /// gives it more.
    pub fn arriving(name: &str, bytes: &'a [u8]) -> Self {
        Self::start(name, bytes, false)
    }

    fn start(name: &str, bytes: &'a [u8], complete: bool) -> Self {
        FileParse {
            name: name.to_owned(),
            bytes,
            text: text_of(bytes, complete),
            checked: 0,
            complete,
            waiting: false,
            pos: 0,
            at: At::Utf8,
            raw: RawFile::default(),
            section: None,
            done: false,
            fell_back: false,
            streaming: false,
            coverage_from: 0,
            changed_while_streaming: false,
        }
    }

    /// Whether the parser is inside the `coverage` array.
    pub fn in_coverage(&self) -> bool {
        matches!(self.section, Some((2, _)))
    }

    /// When the parser is inside the `coverage` array: the file as read so far (`format`,
    /// `organization`, `plan` checked as at the end of the file, without its record
    /// sections), so that its coverage can be checked while it is read; `None` when that
    /// fails or an `outlets` or `contracts` section is not an array.
    pub fn settled_part(&self) -> Option<ParsedFile<'a>> {
        if !self.in_coverage() || self.streaming || self.done {
            return None;
        }
        let sections = [&self.raw.outlets, &self.raw.contracts];
        if sections
            .iter()
            .any(|s| matches!(s, RawSection::WrongType(_)))
        {
            return None;
        }
        let part = RawFile {
            not_object: None,
            format: self.raw.format.clone(),
            organization: self.raw.organization.clone(),
            plan: self.raw.plan.clone(),
            ..RawFile::default()
        };
        check_raw(&self.name, part).ok()
    }

    /// Starts checking the coverage as it is read: gives the `outlets` and `contracts`
    /// read so far (they leave the file's outcome, which then has only its `coverage`).
    /// [`FileParse::streamed_intact`] says at the end whether the assumption held.
    pub fn stream_coverage(&mut self) -> (RawSection<'a>, RawSection<'a>) {
        self.streaming = true;
        (
            std::mem::take(&mut self.raw.outlets),
            std::mem::take(&mut self.raw.contracts),
        )
    }

    /// The coverage records read so far, while they are streamed.
    pub fn streamed_records(&mut self) -> Option<&mut RawRecords<'a>> {
        if !self.streaming {
            return None;
        }
        match (&mut self.section, &mut self.raw.coverage) {
            (Some((2, records)), _) | (_, RawSection::Elements(records)) => Some(records),
            _ => None,
        }
    }

    /// Where the coverage being read started (a byte of the text, as
    /// [`FileParse::position`] counts).
    pub fn coverage_from(&self) -> usize {
        self.coverage_from
    }

    /// How many coverage records are read so far, while they are streamed.
    pub fn streamed_len(&self) -> Option<usize> {
        if !self.streaming {
            return None;
        }
        match (&self.section, &self.raw.coverage) {
            (Some((2, records)), _) | (_, RawSection::Elements(records)) => {
                Some(records.elements.len())
            }
            _ => None,
        }
    }

    /// Once the outcome is given: whether the file read whole is what
    /// [`FileParse::settled_part`] assumed (no fallback to [`parse_file`], no settled
    /// top-level key, `coverage` included, given again after the coverage started).
    pub fn streamed_intact(&self) -> bool {
        self.streaming && !self.fell_back && !self.changed_while_streaming
    }

    /// More of the file has arrived: `bytes` is all of it so far (what was given before,
    /// then more), and `complete` says whether that is the whole file.
    pub fn grow(&mut self, bytes: &'a [u8], complete: bool) {
        debug_assert!(bytes.len() >= self.bytes.len() && !self.complete);
        self.bytes = bytes;
        self.text = text_of(bytes, complete);
        self.complete = complete;
        self.waiting = false;
    }

    /// Whether the parser waits for more of the file (see [`FileParse::arriving`]).
    pub fn waiting(&self) -> bool {
        self.waiting
    }

    /// Bytes read so far, out of the file's length (for progress).
    pub fn position(&self) -> (usize, usize) {
        let read = if self.at == At::Utf8 { 0 } else { self.pos };
        (read.min(self.text.len()), self.text.len())
    }

    /// Parses until `budget` runs out (one unit per record, or per 2 KiB checked for UTF-8);
    /// the file's outcome once it is complete, `None` while there is more to read. A call
    /// after the outcome gives it again (from [`parse_file`]: the parser kept nothing).
    pub fn step(&mut self, budget: &mut usize) -> Option<Result<ParsedFile<'a>, FileError>> {
        if self.done {
            return Some(parse_file(&self.name, self.bytes));
        }
        let outcome = match self.run(budget) {
            Ok(false) => return None,
            Ok(true) => check_raw(&self.name, std::mem::take(&mut self.raw)),
            Err(Fallback) => {
                self.fell_back = true;
                parse_file(&self.name, self.bytes)
            }
        };
        self.done = true;
        self.section = None;
        Some(outcome)
    }

    /// Reads on; `Ok(true)` when the whole file has been read.
    fn run(&mut self, budget: &mut usize) -> Result<bool, Fallback> {
        loop {
            if !self.check_utf8(budget)? {
                return Ok(false);
            }
            let before = (self.pos, self.at);
            match self.advance(budget) {
                Ok(Some(done)) => return Ok(done),
                Ok(None) => {}
                // Perhaps only cut by the end of what has arrived: wait for more.
                Err(Fallback) if !self.complete => {
                    (self.pos, self.at) = before;
                    self.waiting = true;
                    return Ok(false);
                }
                Err(Fallback) => return Err(Fallback),
            }
        }
    }

    /// One step of the file's structure: `Some(true)` at its end, `Some(false)` when the
    /// budget ran out, `None` to go on. Nothing is kept from a step that fails.
    fn advance(&mut self, budget: &mut usize) -> Result<Option<bool>, Fallback> {
        match self.at {
            At::Utf8 => {
                if self.complete && self.text.iter().all(u8::is_ascii_whitespace) {
                    return Err(Fallback);
                }
                self.at = At::Open;
            }
            At::Open => {
                self.skip_whitespace();
                self.require(b'{')?;
                self.skip_whitespace();
                self.at = if self.eat(b'}') { At::End } else { At::Key };
            }
            At::Key => self.key_and_value()?,
            At::AfterValue => {
                self.skip_whitespace();
                if self.eat(b',') {
                    self.at = At::Key;
                } else {
                    self.require(b'}')?;
                    self.at = At::End;
                }
            }
            At::Element { first } => {
                self.skip_whitespace();
                if first && self.eat(b']') {
                    self.close_section();
                    return Ok(None);
                }
                if *budget == 0 {
                    return Ok(Some(false));
                }
                *budget -= 1;
                self.element()?;
                self.at = At::AfterElement;
            }
            At::AfterElement => {
                self.skip_whitespace();
                if self.eat(b',') {
                    self.at = At::Element { first: false };
                } else {
                    self.require(b']')?;
                    self.close_section();
                }
            }
            At::End => {
                self.skip_whitespace();
                return if self.complete && self.pos == self.text.len() {
                    Ok(Some(true))
                } else {
                    Err(Fallback)
                };
            }
        }
        Ok(None)
    }

    /// Checks the next part of the text for UTF-8; true when all of it that has arrived
    /// has been checked (all but a character cut by the end of an incomplete file).
    fn check_utf8(&mut self, budget: &mut usize) -> Result<bool, Fallback> {
        let len = self.text.len();
        while self.checked < len {
            if *budget == 0 {
                return Ok(false);
            }
            let size = UTF8_SLICE.min(budget.saturating_mul(UTF8_BYTES_PER_UNIT));
            let end = self.checked.saturating_add(size).min(len);
            let part = self.text.get(self.checked..end).ok_or(Fallback)?;
            let valid = match simdutf8::compat::from_utf8(part) {
                Ok(_) => part.len(),
                // A character cut by the end of this part (not of the file): the next
                // part starts with it.
                Err(e) if e.error_len().is_none() && (end < len || !self.complete) => {
                    e.valid_up_to()
                }
                Err(_) => return Err(Fallback),
            };
            if valid == 0 {
                // The cut character is all there is to check: it needs the next bytes
                // (nothing was done, so nothing is charged to the budget).
                return if self.complete || end < len {
                    Err(Fallback)
                } else {
                    Ok(true)
                };
            }
            *budget = budget.saturating_sub(part_units(valid));
            self.checked += valid;
        }
        Ok(true)
    }

    /// The text from the current position (always a character boundary: the parser
    /// stops only next to ASCII punctuation).
    fn rest(&self) -> Result<&'a str, Fallback> {
        let text = self.checked_text();
        let rest = text.get(self.pos..).ok_or(Fallback)?;
        let continuation = rest.first().is_some_and(|b| (0x80..0xC0).contains(b));
        if (self.complete && self.checked < self.text.len()) || continuation {
            return Err(Fallback);
        }
        // `text[..checked]` was checked for UTF-8 before it was parsed, a part at a time,
        // each part ending on a character boundary; `pos` is just after an ASCII byte or
        // at the start. The standard library's check of `rest` would cost a full pass
        // over the file again, which the checked parts already paid for.
        // SAFETY: `text[..checked]` is valid UTF-8 (checked in parts that each end on a
        // character boundary), `rest` is `text[pos..checked]` and does not start with a
        // continuation byte, so it starts on a character boundary: `rest` is valid UTF-8.
        #[allow(unsafe_code)]
        Ok(unsafe { std::str::from_utf8_unchecked(rest) })
    }

    /// The text checked for UTF-8 so far: what the parser may read.
    fn checked_text(&self) -> &'a [u8] {
        let text = self.text;
        text.get(..self.checked).unwrap_or(text)
    }

    /// Reads one top-level key and its value.
    fn key_and_value(&mut self) -> Result<(), Fallback> {
        self.skip_whitespace();
        if self.peek() != Some(b'"') {
            return Err(Fallback);
        }
        let key: String = self.value()?;
        self.skip_whitespace();
        self.require(b':')?;
        self.skip_whitespace();
        self.at = At::AfterValue;
        let known = TOP.iter().position(|k| *k == key);
        if self.streaming && known.is_some() {
            self.changed_while_streaming = true;
        }
        match known {
            Some(0) => {
                let format: Seen<'a> = self.value()?;
                shallow_seen(&format)?;
                self.raw.format = Some(format);
            }
            Some(i @ (1 | 2)) => {
                let value: serde_json::Value = self.value()?;
                if value_depth(&value) > MAX_DEPTH {
                    return Err(Fallback);
                }
                let value = non_null(value);
                if i == 1 {
                    self.raw.organization = value;
                } else {
                    self.raw.plan = value;
                }
            }
            Some(i @ 3..=5) => {
                let which = i - 3;
                if self.eat(b'[') {
                    let width = section_fields(which).len();
                    let records = RawRecords {
                        width,
                        ..RawRecords::default()
                    };
                    self.section = Some((which, records));
                    self.at = At::Element { first: true };
                    if which == 2 {
                        self.coverage_from = self.pos;
                    }
                } else {
                    let found: Seen<'a> = self.value()?;
                    shallow_seen(&found)?;
                    let section = match found {
                        Seen::Null => RawSection::Absent,
                        other => RawSection::WrongType(other),
                    };
                    self.set_section(which, section);
                }
            }
            _ => {
                self.value::<Ignored>()?;
            }
        }
        Ok(())
    }

    /// Reads the next element of the section array being read.
    fn element(&mut self) -> Result<(), Fallback> {
        let which = self.section.as_ref().map(|(w, _)| *w).ok_or(Fallback)?;
        if self.peek() != Some(b'{') {
            let found: Seen<'a> = self.value()?;
            shallow_seen(&found)?;
            let (_, records) = self.section.as_mut().ok_or(Fallback)?;
            records.elements.push(RawElement::NotObject(found));
            return Ok(());
        }
        match which {
            0 => self.record::<Outlets, { fields::outlet::COUNT }>(),
            1 => self.record::<Contracts, { fields::contract::COUNT }>(),
            _ => self.record::<Items, { fields::item::COUNT }>(),
        }
    }

    /// Reads one record (an object) into the section's arena.
    fn record<F: Fields, const N: usize>(&mut self) -> Result<(), Fallback> {
        let plain = plain_record::read::<N>(self.rest()?, F::NAMES);
        let record: Fixed<'a, F, N> = match plain {
            Some((slots, used)) => {
                self.pos += used;
                Fixed {
                    slots,
                    repeated: Vec::new(),
                    fields: PhantomData,
                }
            }
            None => self.value()?,
        };
        for value in record.slots.iter().flatten() {
            shallow_seen(value)?;
        }
        let (_, records) = self.section.as_mut().ok_or(Fallback)?;
        let chunk = records.room_for(N);
        let slots = records.chunks.get_mut(chunk).ok_or(Fallback)?;
        let start = slots.len();
        slots.extend(record.slots);
        records.elements.push(RawElement::Record {
            chunk,
            start,
            repeated: record.repeated,
        });
        Ok(())
    }

    /// Ends the section array just read.
    fn close_section(&mut self) {
        if let Some((which, records)) = self.section.take() {
            self.set_section(which, RawSection::Elements(records));
        }
        self.at = At::AfterValue;
    }

    /// Sets a section; a repeated key replaces what an earlier one gave, as in [`parse_file`].
    fn set_section(&mut self, which: usize, section: RawSection<'a>) {
        match which {
            0 => self.raw.outlets = section,
            1 => self.raw.contracts = section,
            _ => self.raw.coverage = section,
        }
    }

    /// Reads one JSON value at the current position with serde_json, and moves past it.
    fn value<T: Deserialize<'a>>(&mut self) -> Result<T, Fallback> {
        let rest = self.rest()?;
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<T>();
        match values.next() {
            Some(Ok(value)) => {
                self.pos += values.byte_offset();
                Ok(value)
            }
            _ => Err(Fallback),
        }
    }

    /// The next byte, if it has been checked for UTF-8 (the parser reads nothing else).
    fn peek(&self) -> Option<u8> {
        if self.pos < self.checked {
            self.text.get(self.pos).copied()
        } else {
            None
        }
    }

    /// Moves past `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        if next {
            self.pos += 1;
        }
        next
    }

    fn require(&mut self, byte: u8) -> Result<(), Fallback> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(Fallback)
        }
    }

    /// Skips JSON whitespace (exactly the four characters JSON allows).
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.pos += 1;
        }
    }
}

/// The text of a file from its bytes: without a byte order mark; nothing while an
/// incomplete file has too few bytes to tell whether it starts with one.
fn text_of(bytes: &[u8], complete: bool) -> &[u8] {
    if !complete && bytes.len() < 3 {
        return bytes.get(..0).unwrap_or(bytes);
    }
    without_bom(bytes)
}

/// Budget units for checking `bytes` bytes of text.
fn part_units(bytes: usize) -> usize {
    bytes.div_ceil(UTF8_BYTES_PER_UNIT)
}

/// The field list of section `which` (0 outlets, 1 contracts, 2 coverage).
fn section_fields(which: usize) -> &'static [&'static str] {
    match which {
        0 => Outlets::NAMES,
        1 => Contracts::NAMES,
        _ => Items::NAMES,
    }
}

/// Fails on a value nested deeper than [`MAX_DEPTH`].
fn shallow_seen(value: &Seen<'_>) -> Result<(), Fallback> {
    if seen_depth(value) > MAX_DEPTH {
        Err(Fallback)
    } else {
        Ok(())
    }
}

/// Nesting depth of a value (a scalar is 0, `[]` is 1).
fn seen_depth(value: &Seen<'_>) -> usize {
    match value {
        Seen::Array(items) => 1 + items.iter().map(seen_depth).max().unwrap_or(0),
        Seen::Object(pairs) => 1 + pairs.iter().map(|(_, v)| seen_depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

/// Nesting depth of a value (a scalar is 0, `[]` is 1).
fn value_depth(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Array(items) => 1 + items.iter().map(value_depth).max().unwrap_or(0),
        serde_json::Value::Object(map) => 1 + map.values().map(value_depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// A section's field list, as a type.
trait Fields {
    const NAMES: &'static [&'static str];
}

struct Outlets;
impl Fields for Outlets {
    const NAMES: &'static [&'static str] = fields::outlet::NAMES;
}
struct Contracts;
impl Fields for Contracts {
    const NAMES: &'static [&'static str] = fields::contract::NAMES;
}
struct Items;
impl Fields for Items {
    const NAMES: &'static [&'static str] = fields::item::NAMES;
}

/// One record read into `N` slots on the stack (then moved into the section's arena).
struct Fixed<'a, F, const N: usize> {
    slots: [Option<Seen<'a>>; N],
    repeated: Vec<&'static str>,
    fields: PhantomData<F>,
}

impl<'de, F: Fields, const N: usize> Deserialize<'de> for Fixed<'de, F, N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FixedVisitor::<F, N>(PhantomData))
    }
}

struct FixedVisitor<F, const N: usize>(PhantomData<F>);

impl<'de, F: Fields, const N: usize> Visitor<'de> for FixedVisitor<F, N> {
    type Value = Fixed<'de, F, N>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let mut slots: [Option<Seen<'de>>; N] = std::array::from_fn(|_| None);
        let repeated = fill_slots::<A, Ignored>(map, F::NAMES, &mut slots)?;
        Ok(Fixed {
            slots,
            repeated,
            fields: PhantomData,
        })
    }
}

/// A value skipped (an unknown key's), refused when nested deeper than [`MAX_DEPTH`].
struct Ignored;

impl<'de> Deserialize<'de> for Ignored {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoreSeed { depth: 0 }.deserialize(d)
    }
}

#[derive(Clone, Copy)]
struct IgnoreSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for IgnoreSeed {
    type Value = Ignored;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Ignored, D::Error> {
        d.deserialize_any(self)
    }
}

impl IgnoreSeed {
    fn inner<E: de::Error>(self) -> Result<IgnoreSeed, E> {
        if self.depth >= MAX_DEPTH {
            Err(E::custom("nested too deep"))
        } else {
            Ok(IgnoreSeed {
                depth: self.depth + 1,
            })
        }
    }
}

impl<'de> Visitor<'de> for IgnoreSeed {
    type Value = Ignored;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Ignored, E> {
        Ok(Ignored)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ignored, A::Error> {
        let inner = self.inner()?;
        while seq.next_element_seed(inner)?.is_some() {}
        Ok(Ignored)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ignored, A::Error> {
        let inner = self.inner()?;
        while map.next_key::<de::IgnoredAny>()?.is_some() {
            map.next_value_seed(inner)?;
        }
        Ok(Ignored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The outcome of parsing `bytes` in slices of `budget` units, and whether it fell back.
    fn in_slices(bytes: &[u8], budget: usize) -> (String, bool, usize) {
        let mut parser = FileParse::new("f.json", bytes);
        let mut steps = 0;
        loop {
            steps += 1;
            let mut left = budget;
            if let Some(outcome) = parser.step(&mut left) {
                return (format!("{outcome:?}"), parser.fell_back, steps);
            }
            assert!(steps < 1_000_000, "no progress");
        }
    }

    /// The outcome of parsing `bytes` as they arrive, `piece(n)` more bytes after the
    /// first `n` each time (in slices of `budget` units), and whether it fell back.
    fn arriving_in_pieces(
        bytes: &[u8],
        budget: usize,
        piece: impl Fn(usize) -> usize,
    ) -> (String, bool) {
        let mut have = piece(0).min(bytes.len());
        let mut parser = FileParse::arriving("f.json", &bytes[..have]);
        let mut steps = 0;
        loop {
            loop {
                let mut left = budget;
                if let Some(outcome) = parser.step(&mut left) {
                    return (format!("{outcome:?}"), parser.fell_back);
                }
                if parser.waiting() {
                    break;
                }
                steps += 1;
                assert!(steps < 10_000_000, "no progress");
            }
            assert!(!parser.complete, "waits after the file's end");
            let next = (have + piece(have).max(1)).min(bytes.len());
            parser.grow(&bytes[..next], next == bytes.len());
            have = next;
        }
    }

    #[test]
    fn well_formed_files_are_read_as_they_arrive_without_the_fallback() {
        for path in VALID {
            let bytes = fixture(path);
            for (budget, size) in [
                (1, 1),
                (3, 2),
                (usize::MAX, 7),
                (2, 100),
                (usize::MAX, 4096),
            ] {
                let (outcome, fell_back) = arriving_in_pieces(&bytes, budget, |_| size);
                assert!(!fell_back, "{path}: fell back, pieces of {size}");
                assert_eq!(outcome, at_once(&bytes), "{path}, pieces of {size}");
            }
        }
    }

    #[test]
    fn cuts_inside_tokens_wait_or_fall_back_but_never_read_otherwise() {
        // A number cut in two is valid JSON on its own: "12" must not be read as "1".
        let text = r#"{"format":"coverage-report/v1","x":12,"coverage":[{"id":"a","reach":3456},789,"Đ"]}"#;
        for cut in 1..text.len() {
            let (outcome, _) = arriving_in_pieces(text.as_bytes(), usize::MAX, |n| {
                if n == 0 {
                    cut
                } else {
                    text.len()
                }
            });
            assert_eq!(outcome, at_once(text.as_bytes()), "cut at {cut}");
        }
        // A byte order mark and a three-byte character, one byte at a time.
        let bom = "\u{FEFF}{\"format\":\"coverage-report/v1\",\"coverage\":[{\"id\":\"Đường\"}]}";
        let (outcome, fell_back) = arriving_in_pieces(bom.as_bytes(), 1, |_| 1);
        assert!(!fell_back);
        assert_eq!(outcome, at_once(bom.as_bytes()));
        // Nothing at all, then the end: the empty-file error.
        let (outcome, _) = arriving_in_pieces(b"", 1, |_| 0);
        assert_eq!(outcome, at_once(b""));
    }

    fn at_once(bytes: &[u8]) -> String {
        format!("{:?}", parse_file("f.json", bytes))
    }

    fn fixture(path: &str) -> Vec<u8> {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/conformance/"
        );
        std::fs::read(format!("{dir}{path}")).unwrap()
    }

    const VALID: &[&str] = &[
        "valid/01-small/dataset.json",
        "valid/02-split-with-bad-records/part-0-plan.json",
        "valid/02-split-with-bad-records/part-1-contracts.json",
        "valid/02-split-with-bad-records/part-2-coverage.json",
        "valid/02-split-with-bad-records/part-3-coverage.json",
        "valid/03-settled-edges/1-plan-bad-year.json",
        "valid/03-settled-edges/2-plan.json",
        "valid/03-settled-edges/3-records.json",
    ];

    #[test]
    fn well_formed_files_are_read_in_slices_without_the_fallback() {
        for path in VALID {
            let bytes = fixture(path);
            for budget in [1, 2, 7, usize::MAX] {
                let (outcome, fell_back, steps) = in_slices(&bytes, budget);
                assert!(!fell_back, "{path}: fell back");
                assert_eq!(outcome, at_once(&bytes), "{path}, budget {budget}");
                if budget == 1 && !path.contains("plan") {
                    assert!(steps > 3, "{path}: {steps} steps");
                }
            }
        }
    }

    #[test]
    fn refused_files_get_the_same_error() {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/conformance/invalid"
        );
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            let (outcome, _, _) = in_slices(&bytes, 3);
            assert!(outcome.starts_with("Err("), "{outcome}");
            assert_eq!(outcome, at_once(&bytes));
            seen += 1;
        }
        assert_eq!(seen, 11);
    }

    #[test]
    fn utf8_is_checked_across_slice_ends() {
        // Three-byte characters over many 2 KiB parts: cuts fall inside them.
        let title = "Đường điện ".repeat(400);
        let text = format!(
            r#"{{"format":"coverage-report/v1","coverage":[{{"id":"a","title":"{title}"}}]}}"#
        );
        let (outcome, fell_back, steps) = in_slices(text.as_bytes(), 1);
        assert!(!fell_back && steps > 4, "{steps}");
        assert_eq!(outcome, at_once(text.as_bytes()));
        // A bad byte deep in the file: the located error of the one-pass parser.
        let mut bad = text.into_bytes();
        let at = bad.len() - 100;
        bad[at] = 0xFF;
        let (outcome, fell_back, _) = in_slices(&bad, 1);
        assert!(fell_back && outcome.contains("NotUtf8"), "{outcome}");
        assert_eq!(outcome, at_once(&bad));
    }

    #[test]
    fn odd_but_valid_shapes_match_the_one_pass_parser() {
        let cases: &[&str] = &[
            // Repeated sections and format: the last one counts.
            r#"{"coverage":[{"id":"a"}],"format":"x","coverage":[{"id":"b"},7],"format":"coverage-report/v1"}"#,
            // Escaped keys, whitespace everywhere, null and empty sections, unknown keys.
            "\u{FEFF}\t{ \"for\\u006dat\" :\r\n\"coverage-report/v1\" , \"outlets\" : null ,\"contracts\":[ ] , \"x\": {\"y\": [1, {\"z\": null}]}, \"coverage\" : [ { \"id\" : \"a\" , \"extra\" : [[[]]] , \"id\" : \"b\" } , \"s\" , [1] , {} ] }\n",
            // Records repeating keys, numbers of every kind, a record that is not an object.
            r#"{"format":"coverage-report/v1","outlets":[{"id":"o","id":"p","level":-1.5e3},null,true,-7,18446744073709551616]}"#,
            // A section that is not an array: refused, with what was found.
            r#"{"format":"coverage-report/v1","contracts":{"a":1}}"#,
            // Empty object; nesting just under and well over the limit.
            "{}",
        ];
        for case in cases {
            let case = case.replace("\\u{FEFF}", "\u{FEFF}");
            let (outcome, fell_back, _) = in_slices(case.as_bytes(), 1);
            assert_eq!(outcome, at_once(case.as_bytes()), "{case}");
            assert!(!fell_back, "{case}");
        }
        let deep = |n: usize| {
            format!(
                r#"{{"format":"coverage-report/v1","coverage":[{{"x":{}{}}}]}}"#,
                "[".repeat(n),
                "]".repeat(n)
            )
        };
        let (outcome, fell_back, _) = in_slices(deep(90).as_bytes(), 1);
        assert!(!fell_back);
        assert_eq!(outcome, at_once(deep(90).as_bytes()));
        for n in [126, 127, 128, 200] {
            let (outcome, fell_back, _) = in_slices(deep(n).as_bytes(), 1);
            assert!(fell_back, "depth {n}");
            assert_eq!(outcome, at_once(deep(n).as_bytes()), "depth {n}");
        }
    }

    /// `bytes` with each edit applied: at a position, 0 deletes the byte there, 1 inserts
    /// `byte`, 2 replaces the byte there with it.
    fn edited(mut bytes: Vec<u8>, edits: Vec<(prop::sample::Index, u8, u8)>) -> Vec<u8> {
        for (at, kind, byte) in edits {
            let i = at.index(bytes.len() + 1);
            match kind {
                0 if i < bytes.len() => {
                    bytes.remove(i);
                }
                1 => bytes.insert(i, byte),
                _ if i < bytes.len() => bytes[i] = byte,
                _ => {}
            }
        }
        bytes
    }

    /// A record's text from pieces: keys (known, unknown, repeated, escaped) with values
    /// of every kind the plain reader takes or leaves to serde_json, random whitespace.
    fn record_text(pairs: &[(usize, usize)], space: &str) -> String {
        const KEYS: [&str; 6] = ["id", "title", "themes", "reach", "x", "ti\\u0074le"];
        const VALUES: [&str; 22] = [
            "\"a\"",
            "\"Tiêu đề ạ\"",
            "\"\"",
            "\"a\\\"b\"",
            "\"tab\there\"",
            "0",
            "7",
            "012",
            "18446744073709551615",
            "18446744073709551616",
            "-3",
            "1.5",
            "2e3",
            "true",
            "false",
            "null",
            "[]",
            "[\"1.2\", 3, null]",
            "[[1]]",
            "{\"a\": 1}",
            "[\"a\",]",
            "nul",
        ];
        let body: Vec<String> = pairs
            .iter()
            .map(|&(k, v)| {
                let key = KEYS[k % KEYS.len()];
                let value = VALUES[v % VALUES.len()];
                format!("\"{key}\"{space}:{space}{value}")
            })
            .collect();
        format!(
            "{{{space}{}{space}}} ,",
            body.join(&format!("{space},{space}"))
        )
    }

    type ItemSlots<'a> = [Option<Seen<'a>>; 12];

    /// What the serde_json path reads from `text`: the slots, repeated keys and bytes used.
    fn by_serde(text: &str) -> Option<(ItemSlots<'_>, Vec<&'static str>, usize)> {
        let mut values = serde_json::Deserializer::from_str(text).into_iter::<Fixed<Items, 12>>();
        let record = values.next()?.ok()?;
        Some((record.slots, record.repeated, values.byte_offset()))
    }

    #[test]
    fn the_plain_reader_takes_plain_records_and_leaves_the_rest() {
        let plain = r#"{"id": "a", "title": "Tiêu đề", "themes": ["1", "2"], "reach": 12, "tone": null, "x": [true, 0]}"#;
        let (slots, used) = plain_record::read::<12>(plain, Items::NAMES).expect("plain");
        let (serde_slots, repeated, serde_used) = by_serde(plain).unwrap();
        assert_eq!((slots, used), (serde_slots, serde_used));
        assert!(repeated.is_empty());
        for odd in [
            r#"{"id": "a\"b"}"#,
            r#"{"id": "a", "id": "b"}"#,
            r#"{"reach": -1}"#,
            r#"{"reach": 1.0}"#,
            r#"{"x": {"y": 1}}"#,
            r#"{"id": "a""#,
            r#"{"id": "a",}"#,
        ] {
            assert!(
                plain_record::read::<12>(odd, Items::NAMES).is_none(),
                "{odd}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// Whatever a file becomes (bytes deleted, inserted or changed anywhere), read in
        /// slices it gives exactly what the one-pass parser gives.
        #[test]
        fn any_edit_of_a_file_gives_the_one_pass_outcome(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, prop::sample::select(
                b"{}[]:,\"\\ \n0-.eE1tfnu\xC3\xA1\xFFa".to_vec())), 1..4),
            which in 0..VALID.len(),
            budget in 1usize..5,
        ) {
            let bytes = edited(fixture(VALID[which]), edits);
            let (outcome, _, _) = in_slices(&bytes, budget);
            prop_assert_eq!(outcome, at_once(&bytes));
        }

        /// The same, with the file arriving in pieces of random sizes.
        #[test]
        fn any_edit_of_a_file_arriving_in_pieces_gives_the_one_pass_outcome(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, prop::sample::select(
                b"{}[]:,\"\\ \n0-.eE1tfnu\xC3\xA1\xFFa".to_vec())), 0..4),
            which in 0..VALID.len(),
            budget in 1usize..5,
            pieces in prop::collection::vec(1usize..300, 1..40),
        ) {
            let bytes = edited(fixture(VALID[which]), edits);
            let piece = |n: usize| pieces[n % pieces.len()];
            let (outcome, _) = arriving_in_pieces(&bytes, budget, piece);
            prop_assert_eq!(outcome, at_once(&bytes));
        }

        /// Whatever the plain reader accepts, it reads as serde_json does: the same slots,
        /// no repeated key, the same number of bytes.
        #[test]
        fn the_plain_reader_reads_what_it_takes_as_serde_json_does(
            pairs in prop::collection::vec((0usize..6, 0usize..22), 0..8),
            space in prop::sample::select(vec!["", " ", "\n\t ", "\r\n"]),
            cut in any::<prop::sample::Index>(),
            cut_it in any::<bool>(),
        ) {
            let full = record_text(&pairs, space);
            let text = if cut_it {
                let mut at = cut.index(full.len() + 1);
                while !full.is_char_boundary(at) { at -= 1; }
                &full[..at]
            } else {
                &full
            };
            if let Some((slots, used)) = plain_record::read::<12>(text, Items::NAMES) {
                let (serde_slots, repeated, serde_used) = by_serde(text).expect("serde_json reads it too");
                prop_assert_eq!(slots, serde_slots);
                prop_assert!(repeated.is_empty());
                prop_assert_eq!(used, serde_used);
            }
        }
    }
}
