//! Record-level validation of the merged dataset: outlets, then contracts, then
//! coverage, each in load order. A bad record is quarantined with every reason;
//! references are checked against records already accepted.

use crate::check::{texts_of, Checks};
use crate::dataset::{
    Contract, ContractIdx, CoverageItem, Deliverable, EventIdx, ItemText, Outlet, OutletIdx,
    Period, Plan, ThemeIdx, ThemeList,
};
use crate::diagnostics::{
    Diagnostics, Found, Quarantined, Reason, RecordLocation, RefKind, Section, Warning, WarningKind,
};
use crate::filling::FillingBuffer;
use crate::index::{key_hash, KeyIndex};
use crate::item_text::ItemTextBuilder;
use crate::raw::fields::{self, contract, item, outlet};
use crate::raw::{RawRecord, RawRecords, RawSection, Seen};
use crate::suggest::closest;
use crate::vocab::{Format, Level, OutletKind, Tone};
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

/// The record sections of one accepted file.
pub struct FileSections<'a> {
    /// File name.
    pub name: String,
    /// `outlets`, `contracts`, `coverage`, in that order.
    pub sections: [RawSection<'a>; 3],
    /// The file's bytes, when the dataset may keep them: accepted items then read their
    /// texts from them instead of copies ([`ItemText::in_file`]).
    pub shared: Option<Arc<FillingBuffer>>,
}

/// Accepted records of all sections.
#[derive(Default)]
pub struct Accepted {
    /// Outlets.
    pub outlets: Vec<Outlet>,
    /// Contracts.
    pub contracts: Vec<Contract>,
    /// Coverage items.
    pub items: Vec<CoverageItem>,
}

/// Validation of every record of the accepted files against the plan (theme and event
/// references are not checked while there is no plan), which can stop after any record
/// and resume, so that a page can repaint between slices of a big dataset.
pub struct Validation<'a> {
    v: Validator,
    files: Vec<FileSections<'a>>,
    /// Section (0 outlets, 1 contracts, 2 coverage), file and record next to check.
    slot: usize,
    file: usize,
    index: usize,
    /// The records of the section of the file being checked, taken out of `files`.
    current: Option<RawRecords<'a>>,
    /// Where each accepted record of the current section came from (file, index).
    origins: Vec<(usize, usize)>,
    /// Urls of the accepted items (coverage only).
    urls: KeyIndex,
    done: usize,
    total: usize,
    /// The file (of `files`) whose coverage records come while it is parsed
    /// ([`Validation::stream_coverage`]), until [`Validation::end_stream`].
    streamed: Option<usize>,
    /// Room was made for the streamed coverage.
    stream_reserved: bool,
}

/// What [`Validation::open_next_section`] found.
enum Next {
    Opened,
    /// No file is left for this section.
    NoneLeft,
    /// The next records are those of the streamed coverage.
    Stream,
}

const SECTIONS: [Section; 3] = [Section::Outlets, Section::Contracts, Section::Coverage];

impl<'a> Validation<'a> {
    /// Prepares the validation of `files` (in load order) against `plan`.
    pub fn new(files: Vec<FileSections<'a>>, plan: Option<Plan>, diag: Diagnostics) -> Self {
        let total = files
            .iter()
            .flat_map(|f| f.sections.iter())
            .map(|s| match s {
                RawSection::Elements(r) => r.elements.len(),
                _ => 0,
            })
            .sum();
        Validation {
            v: Validator {
                names: files.iter().map(|f| f.name.clone()).collect(),
                themes: plan.as_ref().map(index_of_themes).unwrap_or_default(),
                events: plan.as_ref().map(index_of_events).unwrap_or_default(),
                plan,
                accepted: Accepted::default(),
                diag,
                refused_outlets: HashSet::new(),
                refused_contracts: HashSet::new(),
                ids: Default::default(),
            },
            files,
            slot: 0,
            file: 0,
            index: 0,
            current: None,
            origins: Vec::new(),
            urls: KeyIndex::default(),
            done: 0,
            total,
            streamed: None,
            stream_reserved: false,
        }
    }

    /// The coverage of the last of `files` comes while that file is parsed: checked by
    /// [`Validation::step_streamed`] once everything before it is, until
    /// [`Validation::end_stream`] hands over the rest.
    pub fn stream_coverage(&mut self) {
        self.streamed = self.files.len().checked_sub(1);
    }

    /// Whether everything before the streamed coverage is checked: the next records to
    /// check are those [`Validation::step_streamed`] is given.
    pub fn at_stream(&self) -> bool {
        self.streamed
            .is_some_and(|f| self.slot == 2 && self.file == f && self.current.is_none())
    }

    /// How many of the streamed coverage records are checked, while they are streamed.
    pub fn streamed_checked(&self) -> Option<usize> {
        self.at_stream().then_some(self.index)
    }

    /// Checks up to `budget` more of the streamed coverage records in `records` (the
    /// section so far, as the parser fills it), once [`Validation::at_stream`]. `expected`:
    /// how many there will be in all, once that can be told (room is made for them once).
    pub fn step_streamed(
        &mut self,
        records: &mut RawRecords<'a>,
        budget: &mut usize,
        expected: Option<usize>,
    ) {
        if !self.at_stream() {
            return;
        }
        if let Some(expected) = expected.filter(|_| !self.stream_reserved) {
            self.stream_reserved = true;
            self.reserve_coverage(expected.saturating_sub(self.index));
        }
        while self.index < records.elements.len() && *budget > 0 {
            self.check_next(Section::Coverage, records);
            self.total = self.total.max(self.done);
            *budget -= 1;
        }
    }

    /// The streamed coverage is parsed whole: `records` is all of it (those already
    /// checked included); [`Validation::step`] checks the rest.
    pub fn end_stream(&mut self, records: RawRecords<'a>) {
        if self.at_stream() {
            let checked = self.index;
            self.total += records.elements.len().saturating_sub(checked);
            self.total = self.total.max(self.done);
            self.current = Some(records);
        }
        self.streamed = None;
    }

    /// Records checked so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.total)
    }

    /// Checks up to `budget` more records, taking from it one per record; true when every
    /// record has been checked.
    pub fn step(&mut self, budget: &mut usize) -> bool {
        while let Some(section) = SECTIONS.get(self.slot).copied() {
            let Some(records) = &mut self.current else {
                match self.open_next_section() {
                    Next::Opened => {}
                    Next::Stream => return false,
                    Next::NoneLeft => {
                        self.slot += 1;
                        self.file = 0;
                        self.origins.clear();
                        self.urls = KeyIndex::default();
                    }
                }
                continue;
            };
            if self.index >= records.elements.len() {
                self.current = None;
                self.file += 1;
                self.index = 0;
                continue;
            }
            if *budget == 0 {
                return false;
            }
            let mut records = std::mem::take(records);
            self.check_next(section, &mut records);
            self.current = Some(records);
            *budget -= 1;
        }
        true
    }

    /// Checks record `index` of `records` (of `section`, file `file`), after freeing the
    /// arena chunks behind it, and moves on to the next.
    fn check_next(&mut self, section: Section, records: &mut RawRecords<'a>) {
        records.release_before(self.index);
        let element = records.take(self.index);
        let at = (self.file, self.index);
        let shared = self.files.get(self.file).and_then(|f| f.shared.as_ref());
        self.v.check(
            (self.slot, section),
            at,
            element,
            shared,
            &mut self.origins,
            &mut self.urls,
        );
        self.index += 1;
        self.done += 1;
    }

    /// Takes the records of the current section of the next file that has some.
    fn open_next_section(&mut self) -> Next {
        let (Some(section), slot) = (SECTIONS.get(self.slot).copied(), self.slot) else {
            return Next::NoneLeft;
        };
        while let Some(f) = self.files.get_mut(self.file) {
            if section == Section::Coverage && self.streamed == Some(self.file) {
                return Next::Stream;
            }
            if let Some(RawSection::Elements(records)) =
                f.sections.get_mut(slot).map(std::mem::take)
            {
                let count = records.elements.len();
                let accepted = &self.v.accepted;
                if section == Section::Coverage {
                    self.reserve_coverage(count);
                } else if let Some(index) = self.v.ids.get_mut(slot) {
                    index.reserve_with(count, |i| key_of(accepted, section, i));
                }
                self.current = Some(records);
                self.index = 0;
                return Next::Opened;
            }
            self.file += 1;
        }
        Next::NoneLeft
    }

    /// Room for `count` more items, their urls (and ids, for the coverage section).
    fn reserve_coverage(&mut self, count: usize) {
        let accepted = &self.v.accepted;
        if let Some(index) = self.v.ids.get_mut(2) {
            index.reserve_with(count, |i| key_of(accepted, Section::Coverage, i));
        }
        let url_of = |i: u32| {
            accepted
                .items
                .get(i as usize)
                .and_then(|x| x.url())
                .unwrap_or("")
        };
        self.urls.reserve_with(count, url_of);
        self.v.accepted.items.reserve(count);
    }

    /// The accepted records, the plan and the diagnostics.
    pub fn finish(self) -> (Accepted, Option<Plan>, Diagnostics) {
        (self.v.accepted, self.v.plan, self.v.diag)
    }
}

impl Validator {
    /// Checks one element of `section` found at `at` (file, index).
    fn check(
        &mut self,
        (slot, section): (usize, Section),
        at: (usize, usize),
        element: Result<RawRecord<'_, '_>, Seen<'_>>,
        shared: Option<&Arc<FillingBuffer>>,
        origins: &mut Vec<(usize, usize)>,
        urls: &mut KeyIndex,
    ) {
        let v = self;
        let rec = match element {
            Ok(rec) => rec,
            Err(found) => {
                let reasons = vec![Reason::NotObject {
                    found: Found::of(&found),
                }];
                v.quarantine(section, at, None, reasons);
                return;
            }
        };
        let id: Option<Cow<'_, str>> = match rec.slot(fields::ID) {
            Some(Seen::Str(s)) => Some(s.clone()),
            _ => None,
        };
        let repeated = rec.repeated.clone();
        let mut checks = Checks::default();
        let accepted = match section {
            Section::Outlets => v.outlet(rec, &mut checks).map(Record::Outlet),
            Section::Contracts => v.contract(rec, &mut checks).map(Record::Contract),
            Section::Coverage => v.item(rec, shared, &mut checks).map(Record::Item),
        };
        // Hashed once: looked up now, inserted below if the record is accepted.
        let id_key = id
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| (s, key_hash(s)));
        if let Some((id, hash)) = id_key {
            if let Some(first) = v.find_hashed(section, hash, id) {
                let (ff, fi) = origins.get(first as usize).copied().unwrap_or_default();
                checks.reasons.push(Reason::DuplicateId {
                    id: id.to_owned(),
                    first_file: v.names.get(ff).cloned().unwrap_or_default(),
                    first_index: fi,
                });
            }
        }
        match accepted {
            Some(record) if checks.reasons.is_empty() => {
                let position = u32::try_from(origins.len()).unwrap_or(u32::MAX);
                if !repeated.is_empty() {
                    let loc = v.location(section, at, id.as_deref().map(str::to_owned));
                    v.diag.warnings.push(Warning {
                        at: loc,
                        kind: WarningKind::RepeatedKey { keys: repeated },
                    });
                }
                if let Record::Item(item) = &record {
                    v.item_warnings(item, at, urls, origins);
                }
                v.push(record);
                origins.push(at);
                if let Some((_, hash)) = id_key {
                    let accepted = &v.accepted;
                    if let Some(index) = v.ids.get_mut(slot) {
                        index.insert_hashed(hash, position, |i| key_of(accepted, section, i));
                    }
                }
            }
            _ => {
                if let Some(id) = &id {
                    match section {
                        Section::Outlets => v.refused_outlets.insert(id.to_string()),
                        Section::Contracts => v.refused_contracts.insert(id.to_string()),
                        Section::Coverage => false,
                    };
                }
                v.quarantine(section, at, id.map(Cow::into_owned), checks.reasons);
            }
        }
    }
}

/// An accepted item's texts: read in place from the file when it is `shared`, the texts
/// are slices of it (strings without escapes) and the headline and abstract are already in
/// NFC; else copied, the headline and abstract normalised.
fn item_text(
    shared: Option<&Arc<FillingBuffer>>,
    id: &str,
    title: &str,
    url: Option<&str>,
    summary: Option<&str>,
) -> ItemText {
    let in_file = shared
        .filter(|_| crate::nfc::is_display(title) && summary.is_none_or(crate::nfc::is_display))
        .and_then(|file| ItemText::in_file(file, id, title, url, summary));
    if let Some(text) = in_file {
        return text;
    }
    let bytes = id.len() + title.len() + url.map_or(0, str::len) + summary.map_or(0, str::len);
    let mut text = ItemTextBuilder::with_capacity(bytes);
    text.id(id);
    text.title(|out| crate::nfc::push_display(out, title));
    text.url(url);
    text.summary(summary.map(|t| move |out: &mut String| crate::nfc::push_display(out, t)));
    text.finish()
}

/// A string-keyed map with a fast, fixed hasher (no DoS concern: keys come from the plan).
type StrMap<V> = hashbrown::HashMap<Box<str>, V, foldhash::fast::FixedState>;

fn index_of_themes(plan: &Plan) -> StrMap<ThemeIdx> {
    let pairs = plan.themes.iter().enumerate();
    pairs
        .filter_map(|(i, t)| Some((t.code.as_str().into(), ThemeIdx::try_from(i).ok()?)))
        .collect()
}

fn index_of_events(plan: &Plan) -> StrMap<EventIdx> {
    let pairs = plan.events.iter().enumerate();
    pairs
        .filter_map(|(i, e)| Some((e.id.as_str().into(), EventIdx::try_from(i).ok()?)))
        .collect()
}

/// A record that passed its own checks (the duplicate-id check comes after).
enum Record {
    Outlet(Outlet),
    Contract(Contract),
    Item(CoverageItem),
}

struct Validator {
    plan: Option<Plan>,
    names: Vec<String>,
    themes: StrMap<ThemeIdx>,
    events: StrMap<EventIdx>,
    accepted: Accepted,
    diag: Diagnostics,
    refused_outlets: HashSet<String>,
    refused_contracts: HashSet<String>,
    /// Ids of accepted outlets, contracts and items, in that order.
    ids: [KeyIndex; 3],
}

/// The id of accepted record `i` of `section`.
fn key_of(accepted: &Accepted, section: Section, i: u32) -> &str {
    let i = i as usize;
    match section {
        Section::Outlets => accepted.outlets.get(i).map_or("", |o| o.id.as_str()),
        Section::Contracts => accepted.contracts.get(i).map_or("", |c| c.id.as_str()),
        Section::Coverage => accepted.items.get(i).map_or("", |c| c.id()),
    }
}

impl Validator {
    fn location(&self, section: Section, at: (usize, usize), id: Option<String>) -> RecordLocation {
        RecordLocation {
            file: self.names.get(at.0).cloned().unwrap_or_default(),
            section,
            index: at.1,
            id,
        }
    }

    fn quarantine(
        &mut self,
        section: Section,
        at: (usize, usize),
        id: Option<String>,
        reasons: Vec<Reason>,
    ) {
        let at = self.location(section, at, id);
        self.diag.quarantined.push(Quarantined { at, reasons });
    }

    /// The position of the accepted record of `section` with this id.
    fn find(&self, section: Section, id: &str) -> Option<u32> {
        self.find_hashed(section, key_hash(id), id)
    }

    /// [`Validator::find`] with the id's [`key_hash`] already computed.
    fn find_hashed(&self, section: Section, hash: u64, id: &str) -> Option<u32> {
        let index = self.ids.get(section as usize)?;
        index.find_hashed(hash, id, |i| key_of(&self.accepted, section, i))
    }

    fn push(&mut self, record: Record) {
        match record {
            Record::Outlet(o) => self.accepted.outlets.push(o),
            Record::Contract(c) => self.accepted.contracts.push(c),
            Record::Item(i) => self.accepted.items.push(i),
        }
    }

    fn outlet(&self, mut rec: RawRecord<'_, '_>, c: &mut Checks) -> Option<Outlet> {
        let id = c.text(rec.take(outlet::ID), "id");
        let name = c.text(rec.take(outlet::NAME), "name");
        let level = c.one_of(
            rec.take(outlet::LEVEL),
            "level",
            true,
            Level::parse,
            Level::NAMES,
        );
        let kind = c.one_of(
            rec.take(outlet::KIND),
            "kind",
            false,
            OutletKind::parse,
            OutletKind::NAMES,
        );
        Some(Outlet {
            id: id?.into_owned(),
            name: crate::nfc::display(name?),
            level: level?,
            kind,
        })
    }

    /// Resolves an outlet id among accepted outlets, or records why not.
    fn outlet_ref(
        &self,
        id: Option<Cow<'_, str>>,
        field: &str,
        c: &mut Checks,
    ) -> Option<OutletIdx> {
        let id = id?;
        match self.find(Section::Outlets, &id) {
            Some(i) => Some(i),
            None => {
                c.reasons.push(Reason::UnknownReference {
                    field: field.to_owned(),
                    target: RefKind::Outlet,
                    suggestion: closest(&id, self.accepted.outlets.iter().map(|o| o.id.as_str()))
                        .map(str::to_owned),
                    quarantined: self.refused_outlets.contains(id.as_ref()),
                    value: id.into_owned(),
                });
                None
            }
        }
    }

    /// Resolves the theme codes of a list checked by [`Checks::opt_text_list`].
    fn theme_refs(&self, list: &[Seen<'_>], field: &str, c: &mut Checks) -> ThemeList {
        let mut out = ThemeList::new();
        let Some(plan) = &self.plan else {
            return out;
        };
        for (i, code) in texts_of(list) {
            match self.themes.get(code) {
                Some(&t) => {
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
                None => c.reasons.push(Reason::UnknownReference {
                    field: format!("{field}[{i}]"),
                    target: RefKind::Theme,
                    suggestion: closest(code, plan.themes.iter().map(|t| t.code.as_str()))
                        .map(str::to_owned),
                    quarantined: false,
                    value: code.to_owned(),
                }),
            }
        }
        out
    }

    fn contract(&self, mut rec: RawRecord<'_, '_>, c: &mut Checks) -> Option<Contract> {
        let id = c.text(rec.take(contract::ID), "id");
        let outlet_id = c.text(rec.take(contract::OUTLET), "outlet");
        let outlet = self.outlet_ref(outlet_id, "outlet", c);
        let title = c
            .opt_text(rec.take(contract::TITLE), "title")
            .map(crate::nfc::display);
        let signed = c.opt_date(rec.take(contract::SIGNED), "signed");
        let start = c.date(rec.take(contract::START), "start");
        let end = c.date(rec.take(contract::END), "end");
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                c.reasons.push(Reason::EndBeforeStart { start, end });
            }
        }
        let value_vnd = c.integer(rec.take(contract::VALUE), "value_vnd", 0);
        let deliverables = self.deliverables(rec.take(contract::DELIVERABLES), c);
        Some(Contract {
            id: id?.into_owned(),
            outlet: outlet?,
            title,
            signed,
            term: Period {
                start: start?,
                end: end?,
            },
            value_vnd: value_vnd?,
            deliverables: deliverables?,
        })
    }

    fn deliverables(&self, value: Option<Seen<'_>>, c: &mut Checks) -> Option<Vec<Deliverable>> {
        let list = match value {
            None | Some(Seen::Null) => {
                c.reasons.push(Reason::Missing {
                    field: "deliverables".into(),
                });
                return None;
            }
            Some(Seen::Array(list)) => list,
            Some(other) => {
                c.reasons.push(Reason::IllTyped {
                    field: "deliverables".into(),
                    expected: crate::diagnostics::Expected::Array,
                    found: Found::of(&other),
                });
                return None;
            }
        };
        if list.is_empty() {
            c.reasons.push(Reason::NoDeliverables);
            return None;
        }
        let before = c.reasons.len();
        let mut out = Vec::with_capacity(list.len());
        for (i, d) in list.into_vec().into_iter().enumerate() {
            let path = format!("deliverables[{i}]");
            if !matches!(d, Seen::Object(_)) {
                c.reasons.push(Reason::IllTyped {
                    field: path,
                    expected: crate::diagnostics::Expected::Object,
                    found: Found::of(&d),
                });
                continue;
            }
            let get = |k: &str| d.get(k).cloned();
            let format = c.one_of(
                get("format"),
                &format!("{path}.format"),
                true,
                Format::parse,
                Format::NAMES,
            );
            let quantity = c.integer(get("quantity"), &format!("{path}.quantity"), 1);
            let codes = get("themes");
            let codes = c.opt_text_list(&codes, &format!("{path}.themes"));
            let themes = self
                .theme_refs(codes, &format!("{path}.themes"), c)
                .into_vec();
            if let (Some(format), Some(quantity)) = (format, quantity) {
                out.push(Deliverable {
                    format,
                    quantity,
                    themes,
                });
            }
        }
        (c.reasons.len() == before).then_some(out)
    }

    fn item(
        &self,
        mut rec: RawRecord<'_, '_>,
        shared: Option<&Arc<FillingBuffer>>,
        c: &mut Checks,
    ) -> Option<CoverageItem> {
        let id = c.text(rec.take(item::ID), "id");
        let date = c.date(rec.take(item::DATE), "date");
        let outlet_id = c.text(rec.take(item::OUTLET), "outlet");
        let outlet = self.outlet_ref(outlet_id, "outlet", c);
        let title = c.text(rec.take(item::TITLE), "title");
        let url = c.opt_any_text(rec.take(item::URL), "url");
        let format = c.one_of(
            rec.take(item::FORMAT),
            "format",
            true,
            Format::parse,
            Format::NAMES,
        );
        let codes = rec.take(item::THEMES);
        let codes = c.opt_text_list(&codes, "themes");
        let themes = self.theme_refs(codes, "themes", c);
        let contract = c
            .opt_text(rec.take(item::CONTRACT), "contract")
            .and_then(|id| self.contract_ref(id, c));
        let event = c
            .opt_text(rec.take(item::EVENT), "event")
            .and_then(|id| self.event_ref(id, c));
        let tone = c.one_of(
            rec.take(item::TONE),
            "tone",
            false,
            Tone::parse,
            Tone::NAMES,
        );
        let reach = c.opt_integer(rec.take(item::REACH), "reach", 0);
        let summary = c.opt_any_text(rec.take(item::SUMMARY), "summary");
        let (id, title, date, outlet, format) = (id?, title?, date?, outlet?, format?);
        let (url, summary) = (url.as_deref(), summary.as_deref());
        Some(CoverageItem {
            text: item_text(shared, &id, &title, url, summary),
            in_period: self.plan.as_ref().is_some_and(|p| p.period.contains(date)),
            date,
            outlet,
            format,
            themes,
            contract,
            event,
            tone,
            reach,
        })
    }

    fn contract_ref(&self, id: Cow<'_, str>, c: &mut Checks) -> Option<ContractIdx> {
        if let Some(i) = self.find(Section::Contracts, &id) {
            return Some(i);
        }
        c.reasons.push(Reason::UnknownReference {
            field: "contract".into(),
            target: RefKind::Contract,
            suggestion: closest(&id, self.accepted.contracts.iter().map(|k| k.id.as_str()))
                .map(str::to_owned),
            quarantined: self.refused_contracts.contains(id.as_ref()),
            value: id.into_owned(),
        });
        None
    }

    fn event_ref(&self, id: Cow<'_, str>, c: &mut Checks) -> Option<EventIdx> {
        let plan = self.plan.as_ref()?;
        if let Some(&e) = self.events.get(id.as_ref()) {
            return Some(e);
        }
        c.reasons.push(Reason::UnknownReference {
            field: "event".into(),
            target: RefKind::Event,
            suggestion: closest(&id, plan.events.iter().map(|e| e.id.as_str())).map(str::to_owned),
            quarantined: false,
            value: id.into_owned(),
        });
        None
    }

    fn item_warnings(
        &mut self,
        item: &CoverageItem,
        at: (usize, usize),
        urls: &mut KeyIndex,
        origins: &[(usize, usize)],
    ) {
        let mut kinds = Vec::new();
        if let Some(plan) = self.plan.as_ref().filter(|_| !item.in_period) {
            kinds.push(WarningKind::OutOfPeriod {
                date: item.date,
                start: plan.period.start,
                end: plan.period.end,
            });
        }
        if let Some(contract) = item
            .contract
            .and_then(|k| self.accepted.contracts.get(k as usize))
        {
            if !contract.term.contains(item.date) {
                kinds.push(WarningKind::OutsideContractTerm {
                    contract: contract.id.clone(),
                    date: item.date,
                    start: contract.term.start,
                    end: contract.term.end,
                });
            }
            if contract.outlet != item.outlet {
                let id_of = |o: OutletIdx| {
                    self.accepted
                        .outlets
                        .get(o as usize)
                        .map(|o| o.id.clone())
                        .unwrap_or_default()
                };
                kinds.push(WarningKind::OutletDiffersFromContract {
                    outlet: id_of(item.outlet),
                    contract: contract.id.clone(),
                    contract_outlet: id_of(contract.outlet),
                });
            }
        }
        if let Some(url) = item.url() {
            let items = &self.accepted.items;
            let url_of = |i: u32| items.get(i as usize).and_then(|x| x.url()).unwrap_or("");
            let hash = key_hash(url);
            match urls.find_hashed(hash, url, url_of) {
                Some(first) => {
                    let (ff, fi) = origins.get(first as usize).copied().unwrap_or_default();
                    kinds.push(WarningKind::DuplicateUrl {
                        url: url.to_owned(),
                        first_file: self.names.get(ff).cloned().unwrap_or_default(),
                        first_index: fi,
                    });
                }
                None => {
                    if let Ok(position) = u32::try_from(items.len()) {
                        // The item is pushed right after; its url is known here.
                        urls.insert_hashed(hash, position, |i| {
                            if i == position {
                                url
                            } else {
                                url_of(i)
                            }
                        });
                    }
                }
            }
        }
        for kind in kinds {
            let loc = self.location(Section::Coverage, at, Some(item.id().to_owned()));
            self.diag.warnings.push(Warning { at: loc, kind });
        }
    }
}

#[cfg(test)]
mod tests;
