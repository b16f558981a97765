//! Lenient first pass over a file's JSON: keeps every value as it was written, so
//! that validation can say precisely what is wrong instead of failing on the first
//! ill-typed field.
//!
//! The big sections (outlets, contracts, coverage) are read into fixed field slots
//! (in a chunked arena per section, keys never allocated); `organization` and `plan`
//! are small and read as [`serde_json::Value`] so that they can be compared whole.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// One JSON value as it was found, reduced to what validation needs. 12 bytes on wasm32
/// (numbers are kept in [`Packed`] halves, arrays and objects as boxed slices): every
/// record of a big section has a slot of this size per known field until it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Seen<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A negative integer (no fraction, no exponent).
    Negative(Packed<i64>),
    /// A non-negative integer (no fraction, no exponent).
    Unsigned(Packed<u64>),
    /// A number written with a fraction or an exponent, or too large for 64 bits.
    Float(Packed<f64>),
    /// A string, borrowed from the file's text when it has no escapes.
    Str(Cow<'a, str>),
    /// An array.
    Array(Box<[Seen<'a>]>),
    /// An object: its keys in order (a repeated key appears twice; the last counts).
    Object(Box<[(Cow<'a, str>, Seen<'a>)]>),
}

/// A 64-bit number as two 32-bit halves, aligned to 4 bytes: with a `u64`, `i64` or `f64`
/// inside, [`Seen`] would be 16 bytes on wasm32 (aligned to 8) instead of 12, and the slot
/// arena of 100k coverage records 4.8 MB bigger.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Packed<T> {
    halves: [u32; 2],
    of: PhantomData<T>,
}

// The point of `Packed` and the boxed slices: keep it so.
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<Seen>() == 12);

impl<T> Packed<T> {
    fn from_bits(bits: u64) -> Self {
        let [a, b, c, d, e, f, g, h] = bits.to_le_bytes();
        Packed {
            halves: [
                u32::from_le_bytes([a, b, c, d]),
                u32::from_le_bytes([e, f, g, h]),
            ],
            of: PhantomData,
        }
    }

    fn bits(self) -> u64 {
        u64::from(self.halves[0]) | (u64::from(self.halves[1]) << 32)
    }
}

impl Packed<u64> {
    /// Packs `v`.
    pub fn new(v: u64) -> Self {
        Self::from_bits(v)
    }
    /// The number.
    pub fn get(self) -> u64 {
        self.bits()
    }
}

impl Packed<i64> {
    /// Packs `v`.
    pub fn new(v: i64) -> Self {
        Self::from_bits(u64::from_le_bytes(v.to_le_bytes()))
    }
    /// The number.
    pub fn get(self) -> i64 {
        i64::from_le_bytes(self.bits().to_le_bytes())
    }
}

impl Packed<f64> {
    /// Packs `v`.
    pub fn new(v: f64) -> Self {
        Self::from_bits(v.to_bits())
    }
    /// The number.
    pub fn get(self) -> f64 {
        f64::from_bits(self.bits())
    }
}

impl fmt::Debug for Packed<u64> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl fmt::Debug for Packed<i64> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl fmt::Debug for Packed<f64> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl<'a> Seen<'a> {
    /// The value of `key` in an object (the last occurrence, as `JSON.parse` does).
    pub fn get(&self, key: &str) -> Option<&Seen<'a>> {
        match self {
            Seen::Object(pairs) => pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> de::Deserialize<'de> for Seen<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SeenVisitor)
    }
}

struct SeenVisitor;

impl<'de> Visitor<'de> for SeenVisitor {
    type Value = Seen<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Seen<'de>, E> {
        Ok(Seen::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Seen<'de>, E> {
        Ok(match u64::try_from(v) {
            Ok(u) => Seen::Unsigned(Packed::<u64>::new(u)),
            Err(_) => Seen::Negative(Packed::<i64>::new(v)),
        })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Seen<'de>, E> {
        Ok(Seen::Unsigned(Packed::<u64>::new(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Seen<'de>, E> {
        Ok(Seen::Float(Packed::<f64>::new(v)))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Seen<'de>, E> {
        Ok(Seen::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Seen<'de>, E> {
        Ok(Seen::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Seen<'de>, E> {
        Ok(Seen::Str(Cow::Owned(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Seen<'de>, E> {
        Ok(Seen::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Seen<'de>, E> {
        Ok(Seen::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Seen<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Seen<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<Seen>()? {
            items.push(v);
        }
        Ok(Seen::Array(items.into_boxed_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Seen<'de>, A::Error> {
        let mut pairs = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value::<Seen>()?;
            pairs.push((Cow::Owned(k), v));
        }
        Ok(Seen::Object(pairs.into_boxed_slice()))
    }
}

/// A record of a section, as a view of its field slots in the section's arena.
#[derive(Debug, PartialEq)]
pub struct RawRecord<'s, 'a> {
    /// One slot per known field, in the order of the field list; `None` = absent.
    pub slots: &'s mut [Option<Seen<'a>>],
    /// Known fields that were written more than once (the last one counts).
    pub repeated: Vec<&'static str>,
}

impl<'a> RawRecord<'_, 'a> {
    /// The value of field number `i` of the field list, if present.
    pub fn slot(&self, i: usize) -> Option<&Seen<'a>> {
        self.slots.get(i).and_then(Option::as_ref)
    }

    /// Takes the value of field number `i` out of the record.
    pub fn take(&mut self, i: usize) -> Option<Seen<'a>> {
        self.slots.get_mut(i).and_then(Option::take)
    }
}

/// An element of a section array: a record, or something that is not an object.
#[derive(Debug, Clone, PartialEq)]
pub enum RawElement<'a> {
    /// A JSON object; its slots start at `start` in chunk `chunk` of [`RawRecords::chunks`].
    Record {
        /// The arena chunk holding the record's slots.
        chunk: usize,
        /// First slot of the record in that chunk.
        start: usize,
        /// Known fields written more than once.
        repeated: Vec<&'static str>,
    },
    /// Anything else, as found.
    NotObject(Seen<'a>),
}

/// The elements of one section array. Every record's field slots live in one
/// arena, `width` slots each: a few allocations per section, not one per record.
///
/// The arena is a list of chunks that are filled and never reallocated (the next chunk
/// is twice as big, up to [`MAX_CHUNK_SLOTS`]): growing one big `Vec` by doubling copied
/// every slot again at each step, ~50 ms of `realloc` at 100k items in the browser.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawRecords<'a> {
    /// Slots per record (the length of the section's field list).
    pub width: usize,
    /// The slots of all records, in order; a record never straddles two chunks.
    pub chunks: Vec<Vec<Option<Seen<'a>>>>,
    /// The elements, in order.
    pub elements: Vec<RawElement<'a>>,
    /// The last chunk [`RawRecords::release_before`] emptied, kept for the next one
    /// [`RawRecords::room_for`] needs (while the section is still being read, that is
    /// the same block of memory again instead of a free and an allocation).
    pub spare: Option<Vec<Option<Seen<'a>>>>,
}

/// Records in the first arena chunk of a section.
const FIRST_CHUNK_RECORDS: usize = 64;
/// Slots in the biggest arena chunk (a record wider than this gets a chunk of its own size).
pub const MAX_CHUNK_SLOTS: usize = 1 << 16;

/// A chunk of `chunks` with room for `width` more slots, adding one if needed; its index.
pub(crate) fn chunk_with_room(chunks: &mut Vec<Vec<Option<Seen<'_>>>>, width: usize) -> usize {
    match chunks.last() {
        Some(last) if last.len() + width <= last.capacity() => chunks.len() - 1,
        last => {
            let first = FIRST_CHUNK_RECORDS.saturating_mul(width);
            let next = last.map_or(first, |c| c.capacity().saturating_mul(2));
            let capacity = next
                .clamp(first.min(MAX_CHUNK_SLOTS), MAX_CHUNK_SLOTS)
                .max(width);
            chunks.push(Vec::with_capacity(capacity));
            chunks.len() - 1
        }
    }
}

impl<'a> RawRecords<'a> {
    /// Frees the arena chunks before the one of element `i`, for a caller that takes the
    /// elements in order and is about to take element `i`: every record in those chunks has
    /// been taken. A load then builds its items in that memory instead of in fresh memory,
    /// which costs a page fault per 4 KiB on first touch (in Chromium on this project's
    /// 2-core VM, 1–3 ms per MiB; docs/performance-experiments.md).
    pub fn release_before(&mut self, i: usize) {
        let Some(RawElement::Record { chunk, .. }) = self.elements.get(i) else {
            return;
        };
        // Freed front to back: the first chunk found freed has only freed ones before it.
        for c in self.chunks.iter_mut().take(*chunk).rev() {
            if c.capacity() == 0 {
                break;
            }
            let mut emptied = std::mem::take(c);
            if self.spare.is_none() {
                emptied.clear();
                self.spare = Some(emptied);
            }
        }
    }

    /// The index of a chunk with room for one more record, adding one (the spare one, if
    /// it is big enough) if needed.
    pub fn room_for(&mut self, width: usize) -> usize {
        let full = self
            .chunks
            .last()
            .is_none_or(|last| last.len() + width > last.capacity());
        if full {
            if let Some(spare) = self.spare.take() {
                let needed = self.chunks.last().map_or(0, |c| c.capacity()).max(width);
                if spare.capacity() >= needed {
                    self.chunks.push(spare);
                    return self.chunks.len() - 1;
                }
            }
        }
        chunk_with_room(&mut self.chunks, width)
    }

    /// Element `i`: a view of its record's slots (taken out: a second call finds the
    /// repeated keys empty), or the non-object value found there (then `null`).
    pub fn take(&mut self, i: usize) -> Result<RawRecord<'_, 'a>, Seen<'a>> {
        let width = self.width;
        match self.elements.get_mut(i) {
            Some(RawElement::Record {
                chunk,
                start,
                repeated,
            }) => {
                let (chunk, start) = (*chunk, *start);
                let repeated = std::mem::take(repeated);
                let slots = self
                    .chunks
                    .get_mut(chunk)
                    .and_then(|c| c.get_mut(start..start.saturating_add(width)))
                    .unwrap_or_default();
                Ok(RawRecord { slots, repeated })
            }
            Some(RawElement::NotObject(found)) => Err(std::mem::replace(found, Seen::Null)),
            None => Err(Seen::Null),
        }
    }
}

/// A section (`outlets`, `contracts`, `coverage`) as found in one file.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawSection<'a> {
    /// Absent or `null`.
    #[default]
    Absent,
    /// An array of elements.
    Elements(RawRecords<'a>),
    /// Not an array: a file-level error.
    WrongType(Seen<'a>),
}

/// Reads one record into the slots of `fields`, appended to the section's arena.
pub struct RecordSeed<'s, 'a> {
    /// Known field names; other keys are skipped without allocating.
    pub fields: &'static [&'static str],
    /// The section's slot arena.
    pub chunks: &'s mut Vec<Vec<Option<Seen<'a>>>>,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_, 'de> {
    type Value = RawElement<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawElement<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_, 'de> {
    type Value = RawElement<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawElement<'de>, A::Error> {
        let chunk = chunk_with_room(self.chunks, self.fields.len());
        let slots = self
            .chunks
            .get_mut(chunk)
            .ok_or_else(|| de::Error::custom("no arena chunk"))?;
        let start = slots.len();
        slots.resize(start + self.fields.len(), None);
        let record = slots.get_mut(start..).unwrap_or_default();
        let repeated = fill_slots::<A, IgnoredAny>(map, self.fields, record)?;
        Ok(RawElement::Record {
            chunk,
            start,
            repeated,
        })
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_bool(v).map(RawElement::NotObject)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_i64(v).map(RawElement::NotObject)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_u64(v).map(RawElement::NotObject)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_f64(v).map(RawElement::NotObject)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_borrowed_str(v).map(RawElement::NotObject)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawElement<'de>, E> {
        SeenVisitor.visit_str(v).map(RawElement::NotObject)
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawElement<'de>, E> {
        Ok(RawElement::NotObject(Seen::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<RawElement<'de>, E> {
        Ok(RawElement::NotObject(Seen::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawElement<'de>, A::Error> {
        SeenVisitor.visit_seq(seq).map(RawElement::NotObject)
    }
}

/// Reads an object's fields into `slots` (one per name of `fields`, in that order),
/// skipping other keys as `Skip`; returns the known fields written more than once.
pub(crate) fn fill_slots<'de, A: MapAccess<'de>, Skip: de::Deserialize<'de>>(
    mut map: A,
    fields: &'static [&'static str],
    slots: &mut [Option<Seen<'de>>],
) -> Result<Vec<&'static str>, A::Error> {
    let mut repeated = Vec::new();
    while let Some(key) = map.next_key_seed(KeySeed(fields))? {
        match key.and_then(|i| slots.get_mut(i).map(|s| (i, s))) {
            Some((i, slot)) => {
                let value = map.next_value::<Seen<'de>>()?;
                if slot.replace(value).is_some() {
                    if let Some(name) = fields.get(i) {
                        repeated.push(*name);
                    }
                }
            }
            None => {
                map.next_value::<Skip>()?;
            }
        }
    }
    Ok(repeated)
}

/// Maps an object key to its slot index without allocating; `None` for unknown keys.
pub(crate) struct KeySeed(pub(crate) &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|k| *k == v))
    }
}

/// Reads a section: an array of records, `null`, or something else (kept to report).
#[derive(Clone, Copy)]
pub struct SectionSeed {
    /// Known field names of the section's records.
    pub fields: &'static [&'static str],
}

impl<'de> DeserializeSeed<'de> for SectionSeed {
    type Value = RawSection<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawSection<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SectionSeed {
    type Value = RawSection<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawSection<'de>, A::Error> {
        let mut records = RawRecords {
            width: self.fields.len(),
            chunks: Vec::new(),
            elements: Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16)),
            spare: None,
        };
        while let Some(e) = seq.next_element_seed(RecordSeed {
            fields: self.fields,
            chunks: &mut records.chunks,
        })? {
            records.elements.push(e);
        }
        Ok(RawSection::Elements(records))
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawSection<'de>, E> {
        Ok(RawSection::Absent)
    }
    fn visit_none<E: de::Error>(self) -> Result<RawSection<'de>, E> {
        Ok(RawSection::Absent)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawSection<'de>, E> {
        Ok(RawSection::WrongType(Seen::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawSection<'de>, E> {
        SeenVisitor.visit_i64(v).map(RawSection::WrongType)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawSection<'de>, E> {
        Ok(RawSection::WrongType(Seen::Unsigned(Packed::<u64>::new(v))))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawSection<'de>, E> {
        Ok(RawSection::WrongType(Seen::Float(Packed::<f64>::new(v))))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawSection<'de>, E> {
        Ok(RawSection::WrongType(Seen::Str(Cow::Owned(v.to_owned()))))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawSection<'de>, A::Error> {
        SeenVisitor.visit_map(map).map(RawSection::WrongType)
    }
}

/// Declares the field table of a section: `id` first (every record's slot 0), then one
/// entry per field, `SLOT = "name"`, in slot order. Both the slot numbers (`SLOT`, an
/// enum's discriminants) and the names (`NAMES`, indexed by slot) come from that one
/// list, and `COUNT` is its length.
macro_rules! field_table {
    ($(#[$doc:meta])* $section:ident { $($slot:ident = $name:literal),+ $(,)? }) => {
        $(#[$doc])*
        pub(crate) mod $section {
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            #[repr(usize)]
            enum Slot {
                ID,
                $($slot),+
            }
            /// Slot of `id`.
            pub(crate) const ID: usize = Slot::ID as usize;
            $(
                #[doc = concat!("Slot of `", $name, "`.")]
                pub(crate) const $slot: usize = Slot::$slot as usize;
            )+
            /// The field names, indexed by slot.
            pub(crate) const NAMES: &[&str] = &["id", $($name),+];
            /// How many slots a record of this section has.
            pub(crate) const COUNT: usize = NAMES.len();
        }
    };
}

/// Field tables of the record sections: the names each record is read into, by slot.
pub(crate) mod fields {
    field_table! {
        /// Fields of an outlet.
        outlet { NAME = "name", LEVEL = "level", KIND = "kind" }
    }
    field_table! {
        /// Fields of a contract.
        contract {
            OUTLET = "outlet",
            TITLE = "title",
            SIGNED = "signed",
            START = "start",
            END = "end",
            VALUE = "value_vnd",
            DELIVERABLES = "deliverables",
        }
    }
    field_table! {
        /// Fields of a coverage item.
        item {
            DATE = "date",
            OUTLET = "outlet",
            TITLE = "title",
            URL = "url",
            FORMAT = "format",
            THEMES = "themes",
            CONTRACT = "contract",
            EVENT = "event",
            TONE = "tone",
            REACH = "reach",
            SUMMARY = "summary",
        }
    }

    /// The slot of `id`, slot 0 in every section (each table starts with it), read before
    /// the record's section-specific checks.
    pub(crate) const ID: usize = item::ID;
}

/// The top-level keys the format knows, in the order of [`RawFile`]'s fields.
pub(crate) const TOP: &[&str] = &[
    "format",
    "organization",
    "plan",
    "outlets",
    "contracts",
    "coverage",
];

/// One file as read by the lenient pass.
#[derive(Debug, Clone, Default)]
pub struct RawFile<'a> {
    /// Whether the top level was an object at all (`Some(found)` when it was not).
    pub not_object: Option<Seen<'a>>,
    /// The `format` field, if present.
    pub format: Option<Seen<'a>>,
    /// The `organization` section, if present (`null` counts as absent).
    pub organization: Option<serde_json::Value>,
    /// The `plan` section, if present (`null` counts as absent).
    pub plan: Option<serde_json::Value>,
    /// `outlets`.
    pub outlets: RawSection<'a>,
    /// `contracts`.
    pub contracts: RawSection<'a>,
    /// `coverage`.
    pub coverage: RawSection<'a>,
}

impl<'de> de::Deserialize<'de> for RawFile<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FileVisitor)
    }
}

struct FileVisitor;

impl FileVisitor {
    fn not_object<'de, E>(found: Seen<'de>) -> Result<RawFile<'de>, E> {
        Ok(RawFile {
            not_object: Some(found),
            ..RawFile::default()
        })
    }
}

impl<'de> Visitor<'de> for FileVisitor {
    type Value = RawFile<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a coverage-report/v1 object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawFile<'de>, A::Error> {
        let mut file = RawFile::default();
        while let Some(key) = map.next_key_seed(KeySeed(TOP))? {
            match key {
                Some(0) => file.format = Some(map.next_value()?),
                Some(1) => file.organization = non_null(map.next_value()?),
                Some(2) => file.plan = non_null(map.next_value()?),
                Some(3) => file.outlets = map.next_value_seed(section(fields::outlet::NAMES))?,
                Some(4) => {
                    file.contracts = map.next_value_seed(section(fields::contract::NAMES))?
                }
                Some(5) => file.coverage = map.next_value_seed(section(fields::item::NAMES))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(file)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawFile<'de>, A::Error> {
        Self::not_object(SeenVisitor.visit_seq(seq)?)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawFile<'de>, E> {
        Self::not_object(Seen::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawFile<'de>, E> {
        Self::not_object(SeenVisitor.visit_i64(v)?)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawFile<'de>, E> {
        Self::not_object(Seen::Unsigned(Packed::<u64>::new(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawFile<'de>, E> {
        Self::not_object(Seen::Float(Packed::<f64>::new(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawFile<'de>, E> {
        Self::not_object(Seen::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawFile<'de>, E> {
        Self::not_object(Seen::Null)
    }
}

fn section(fields: &'static [&'static str]) -> SectionSeed {
    SectionSeed { fields }
}

pub(crate) fn non_null(v: serde_json::Value) -> Option<serde_json::Value> {
    (!v.is_null()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["id", "n", "tag"];

    fn section(json: &str) -> RawRecords<'_> {
        let mut de = serde_json::Deserializer::from_str(json);
        match (SectionSeed { fields: FIELDS }).deserialize(&mut de) {
            Ok(RawSection::Elements(records)) => records,
            other => panic!("not a section: {other:?}"),
        }
    }

    /// 5,000 elements that fill chunks of 64, 128, 256… records; every 7th element is not
    /// an object, every 3rd record repeats a key, and fields come in varying order.
    fn many_records() -> String {
        let mut json = String::from("[");
        for i in 0..5_000 {
            if i > 0 {
                json.push(',');
            }
            if i % 7 == 0 {
                json.push_str(&format!("{i}"));
            } else if i % 3 == 0 {
                json.push_str(&format!(r#"{{"n":{i},"id":"r{i}","n":{i},"other":[1,2]}}"#));
            } else {
                json.push_str(&format!(r#"{{"id":"r{i}","tag":"t{i}","n":{i}}}"#));
            }
        }
        json.push(']');
        json
    }

    /// Checks element `i` of [`many_records`] as taken.
    fn check_element(i: usize, element: Result<RawRecord<'_, '_>, Seen<'_>>) {
        match element {
            Err(Seen::Unsigned(n)) => assert_eq!((n.get(), i % 7), (i as u64, 0)),
            Ok(rec) => {
                assert_ne!(i % 7, 0);
                assert_eq!(rec.slot(0), Some(&Seen::Str(Cow::Owned(format!("r{i}")))));
                assert_eq!(
                    rec.slot(1),
                    Some(&Seen::Unsigned(Packed::<u64>::new(i as u64)))
                );
                if i.is_multiple_of(3) {
                    assert_eq!(rec.slot(2), None);
                    assert_eq!(rec.repeated, vec!["n"]);
                } else {
                    assert_eq!(rec.slot(2), Some(&Seen::Str(Cow::Owned(format!("t{i}")))));
                    assert!(rec.repeated.is_empty());
                }
            }
            Err(other) => panic!("element {i}: {other:?}"),
        }
    }

    #[test]
    fn records_across_many_chunks_keep_their_own_fields() {
        let json = many_records();
        let mut records = section(&json);
        assert!(records.chunks.len() > 5, "{} chunks", records.chunks.len());
        assert!(records
            .chunks
            .iter()
            .all(|c| c.len() <= c.capacity() && c.len() % FIELDS.len() == 0));
        assert_eq!(records.elements.len(), 5_000);
        for i in 0..5_000 {
            check_element(i, records.take(i));
        }
    }

    #[test]
    fn chunks_freed_behind_an_in_order_reader_never_hold_a_record_still_to_take() {
        let json = many_records();
        let mut records = section(&json);
        let chunks = records.chunks.len();
        for i in 0..5_000 {
            records.release_before(i);
            check_element(i, records.take(i));
        }
        // All but the last chunk are freed by then; the last goes with the records.
        let freed = records.chunks.iter().filter(|c| c.capacity() == 0).count();
        assert_eq!(freed, chunks - 1);
    }

    #[test]
    fn a_chunk_emptied_while_records_are_added_is_the_next_one() {
        let width = 4;
        let mut records = RawRecords {
            width,
            ..RawRecords::default()
        };
        let fill = |records: &mut RawRecords<'_>| {
            let chunk = records.room_for(width);
            let slots = &mut records.chunks[chunk];
            let start = slots.len();
            slots.extend([Some(Seen::Null), None, None, None]);
            records.elements.push(RawElement::Record {
                chunk,
                start,
                repeated: Vec::new(),
            });
        };
        // Fill until a few chunks are at the biggest size, taking records right behind.
        let mut taken = 0;
        while records.chunks.len() < 12 || records.spare.is_none() {
            fill(&mut records);
            while taken + 10 < records.elements.len() {
                records.release_before(taken);
                assert!(records.take(taken).is_ok());
                taken += 1;
            }
        }
        let spare = records.spare.as_ref().map(|c| (c.as_ptr(), c.capacity()));
        let (ptr, capacity) = spare.expect("an emptied chunk is kept");
        assert!(records.spare.as_ref().is_some_and(Vec::is_empty));
        // The chunk that fills up next is the spare one, if it is big enough.
        let chunks = records.chunks.len();
        while records.chunks.len() == chunks {
            fill(&mut records);
        }
        let last = records.chunks.last().expect("chunks");
        // (By twelve chunks they are all of the biggest size: the spare one is big enough.)
        assert!(capacity >= records.chunks[chunks - 1].capacity());
        assert_eq!(last.as_ptr(), ptr, "the spare chunk is used again");
        // Every record not yet taken is still there.
        for i in taken..records.elements.len() {
            records.release_before(i);
            assert!(matches!(records.take(i), Ok(r) if r.slots[0] == Some(Seen::Null)));
        }
    }

    #[test]
    fn packed_numbers_read_back_exactly() {
        for v in [0, 1, u64::from(u32::MAX), 1 << 32, u64::MAX] {
            assert_eq!(Packed::<u64>::new(v).get(), v);
        }
        for v in [i64::MIN, -1, 0, 1, i64::MAX] {
            assert_eq!(Packed::<i64>::new(v).get(), v);
        }
        for v in [
            0.0,
            -0.0,
            1.5,
            -2.5e-300,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
        ] {
            assert_eq!(Packed::<f64>::new(v).get().to_bits(), v.to_bits());
        }
    }

    #[test]
    fn a_record_wider_than_a_chunk_gets_a_chunk_of_its_own() {
        let mut chunks = Vec::new();
        let wide = MAX_CHUNK_SLOTS + 3;
        assert_eq!(chunk_with_room(&mut chunks, wide), 0);
        assert!(chunks[0].capacity() >= wide);
        chunks[0].resize(wide, None);
        assert_eq!(chunk_with_room(&mut chunks, wide), 1);
    }
}
