//! The app's shared state, provided once at the root and read with [`use_app`]:
//! the loaded files, what loading made of them, the view's filter, the language,
//! and the author's edits. Derived values (the report) are memos, never copies.

use crate::edits::Edits;
use crate::shared::{Shared, SheetRef, SourceBytes, Unrecognised};
use crate::titles::{folded_titles, forget_other, start_folding, Titles};
use leptos::prelude::*;
use phusong_engine::{
    build_report, build_report_with_titles, Filter, FoldedTitles, Report, ReportOptions,
};
use phusong_intake::SheetMapping;
use phusong_model::{Lang, Loaded};
use std::sync::Arc;

/// What the app is busy with; the report is not "ready" while this is set.
#[derive(Debug, Clone, PartialEq)]
pub enum Busy {
    /// Reading file `file` of `files` (from 0) from disk: `read` of all files' `bytes`.
    Reading {
        file: usize,
        files: usize,
        read: u64,
        bytes: u64,
    },
    /// Parsing file `file` of `files` (from 0): `read` of all files' `bytes`.
    Parsing {
        file: usize,
        files: usize,
        read: u64,
        bytes: u64,
    },
    /// Converting the spreadsheets of a load (one step, no progress within it).
    Converting,
    /// Checking the merged records (references, duplicates): `done` of `total`.
    Validating { done: usize, total: usize },
    /// Restoring the stored dataset.
    Restoring,
}

/// What the user chose as last year's figures: the figures and the names of their files,
/// or why the files cannot be used.
pub type BaselineChoice =
    Result<(Shared<phusong_engine::Baseline>, Vec<String>), phusong_engine::BaselineError>;

/// Files as read: name and bytes (last year's, for a shared report).
pub type NamedBytes = Arc<Vec<(String, Vec<u8>)>>;

/// The state shared by every component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// UI language.
    pub lang: RwSignal<Lang>,
    /// Files currently loaded (accepted), in load order.
    pub files: RwSignal<Vec<SourceBytes>>,
    /// The result of loading them (plus any file refused by the last action).
    pub loaded: RwSignal<Option<Shared<Loaded>>>,
    /// `loaded` with the themes the author accepted (`Edits::tags`) added to its items: what
    /// the report counts and shows (`loaded` itself when they add nothing; `crate::tagging`).
    pub tagged: Memo<Option<Shared<Loaded>>>,
    /// How many items and themes the accepted themes add to the loaded data.
    pub added_tags: Memo<phusong_engine::tags::Added>,
    /// Progress of the current load, if any.
    pub busy: RwSignal<Option<Busy>>,
    /// The report view's filter.
    pub filter: RwSignal<Filter>,
    /// The report of the current view.
    pub report: Memo<Option<Shared<Report>>>,
    /// A report counted ahead of its render, which `report` takes instead of counting.
    pub prepared: StoredValue<Option<Prepared>>,
    /// The author's header fields and narrative.
    pub edits: RwSignal<Edits>,
    /// The report's as-of date: the author's choice, or today (the browser's local date);
    /// the engine caps it at the end of the plan period.
    pub as_of: Memo<Option<chrono::NaiveDate>>,
    /// How many times the edits were stored since the page opened (the report root's
    /// `data-edits-stored`, which tests wait on).
    pub edits_stored: RwSignal<u32>,
    /// A message about storage (quota, unavailable), shown in the problems panel.
    pub storage_note: RwSignal<Option<String>>,
    /// The folded titles of the loaded data, for the title search ([`crate::titles`]).
    pub titles: StoredValue<Titles>,
    /// The user's readings of sheets, per set of headers (`None` until read from storage,
    /// which the first load of a spreadsheet does).
    pub mappings: RwSignal<Option<Vec<SheetMapping>>>,
    /// Spreadsheets of the last load refused for recognising no sheet, kept so the user can
    /// choose how to read one.
    pub unrecognised: RwSignal<Vec<Unrecognised>>,
    /// The sheet whose reading the user is choosing (the mapping screen is open), if any.
    pub mapping: RwSignal<Option<SheetRef>>,
    /// Last year's figures for "Năm trước để so sánh" (or why the files chosen cannot be
    /// used), when the user chose some (read by `baseline.rs`).
    pub baseline: RwSignal<Option<BaselineChoice>>,
    /// The files last year's figures were read from (name, bytes), which a shared report
    /// carries; empty without them.
    pub baseline_files: StoredValue<NamedBytes>,
    /// Whether the report shows all of itself. A newly loaded report first renders what
    /// the first screen shows (the document's head, the headline figures, the assessment) and the rest
    /// once that is painted: the user sees the report one render sooner.
    pub complete: RwSignal<bool>,
}

impl AppState {
    /// Creates the state and provides it as context.
    pub fn provide() -> AppState {
        let loaded: RwSignal<Option<Shared<Loaded>>> = RwSignal::new(None);
        let filter = RwSignal::new(Filter::default());
        let prepared: StoredValue<Option<Prepared>> = StoredValue::new(None);
        let titles: StoredValue<Titles> = StoredValue::new(Titles::None);
        let edits = RwSignal::new(Edits::default());
        // Its own memo: the report follows the as-of date, not every edit of the header.
        let as_of =
            Memo::new(move |_| edits.with(Edits::as_of_date).or_else(crate::browser::today));
        // Its own memo: the data is tagged anew when the accepted themes change, not at
        // every edit of the header.
        let accepted = Memo::new(move |_| edits.with(|e| e.tags.clone()));
        let tagged = Memo::new(move |_| {
            let loaded = loaded.get()?;
            Some(accepted.with(|tags| crate::tagging::tag(loaded, tags)))
        });
        let added_tags = Memo::new(move |_| {
            loaded.with(|l| {
                let data = l.as_ref().and_then(|l| l.dataset.as_ref());
                accepted.with(|tags| crate::tagging::added(data, tags))
            })
        });
        let report = Memo::new(move |_| {
            let source = loaded.get()?;
            let loaded = tagged.get()?;
            let as_of = as_of.get();
            filter.with(|f| {
                let ready = prepared
                    .try_update_value(|p| {
                        p.take_if(|p| p.loaded == loaded && p.filter == *f && p.as_of == as_of)
                    })
                    .flatten();
                match ready {
                    Some(p) => Some(p.report),
                    None => {
                        // The titles are the same with the accepted themes or without.
                        let searched = (!f.title.trim().is_empty())
                            .then(|| folded_titles(titles, &source))
                            .flatten();
                        count_report(&loaded.0, f, as_of, searched.as_deref())
                            .map(|r| Shared(Arc::new(r)))
                    }
                }
            })
        });
        // Other data loaded (or none): the folded titles of the data before go.
        Effect::new(move |_| loaded.with(|current| forget_other(titles, current.as_ref())));
        let state = AppState {
            lang: RwSignal::new(crate::storage::stored_lang().unwrap_or(Lang::Vi)),
            files: RwSignal::new(Vec::new()),
            loaded,
            tagged,
            added_tags,
            busy: RwSignal::new(None),
            filter,
            report,
            prepared,
            edits,
            as_of,
            edits_stored: RwSignal::new(0),
            storage_note: RwSignal::new(None),
            titles,
            mappings: RwSignal::new(None),
            unrecognised: RwSignal::new(Vec::new()),
            mapping: RwSignal::new(None),
            complete: RwSignal::new(true),
            baseline: RwSignal::new(None),
            baseline_files: StoredValue::new(Arc::new(Vec::new())),
        };
        provide_context(state);
        state
    }
}

/// What the views do to the state: each a method, so that a view never updates a signal
/// and forgets what goes with it (storing the edits, say).
impl AppState {
    /// Whether files are being read, checked or restored (tracked: for `disabled=`).
    pub fn is_busy(&self) -> bool {
        self.busy.with(Option::is_some)
    }

    /// Changes the author's edits with `f` and stores them; `edits_stored` counts it once
    /// they are stored, and a storage failure is shown in the problems panel.
    pub fn edit(self, f: impl FnOnce(&mut Edits)) {
        if crate::read_only::read_only() {
            return;
        }
        self.edits.update(f);
        self.store_edits();
    }

    /// Stores the edits as they are (not generic, so that each caller of `edit` does not
    /// carry a copy of it).
    fn store_edits(self) {
        let json = self.edits.with_untracked(Edits::to_json);
        leptos::task::spawn_local(async move {
            match crate::storage::save_edits(&json).await {
                Ok(()) => self.edits_stored.update(|n| *n += 1),
                Err(e) => self.storage_note.set(Some(e)),
            }
        });
    }

    /// Accepts the suggested themes `pairs` (item id, theme code): the author's edits, stored.
    pub fn accept_tags(self, pairs: Vec<(String, String)>) {
        if pairs.is_empty() {
            return;
        }
        self.edit(|e| {
            for (id, code) in pairs {
                let codes = e.tags.entry(id).or_default();
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
        });
    }

    /// Removes the themes accepted for the item `id` (one row of "Đã gắn bổ sung").
    pub fn remove_tags(self, id: &str) {
        if self.edits.with_untracked(|e| e.tags.contains_key(id)) {
            // Rebuilt without it rather than `BTreeMap::remove`, whose rebalancing code the
            // wasm would carry for this alone (~2 KB gzipped).
            self.edit(|e| {
                for (k, codes) in std::mem::take(&mut e.tags) {
                    if k != id {
                        e.tags.insert(k, codes);
                    }
                }
            });
        }
    }

    /// Removes every accepted theme.
    pub fn clear_tags(self) {
        if self.edits.with_untracked(|e| !e.tags.is_empty()) {
            self.edit(|e| e.tags.clear());
        }
    }

    /// Narrows the view with `f` (a filter control, a click on a row or a chart bar).
    pub fn narrow(self, f: impl FnOnce(&mut Filter)) {
        self.filter.update(f);
    }

    /// Starts folding the loaded data's titles for the title search, unless they are
    /// folded or being folded already (called when the search box gets focus; see
    /// [`crate::titles`]).
    pub fn fold_titles_soon(self) {
        if let Some(loaded) = self.loaded.get_untracked() {
            start_folding(self.titles, loaded);
        }
    }

    /// Sets (or, with `None`, removes) last year's figures to compare the report with.
    pub fn set_baseline(self, chosen: Option<BaselineChoice>) {
        if chosen.is_none() && self.baseline.with_untracked(Option::is_some) {
            self.baseline_files.set_value(Arc::new(Vec::new()));
            leptos::task::spawn_local(async move {
                if let Err(e) = crate::storage::save_baseline(&[]).await {
                    self.storage_note.set(Some(e));
                }
            });
        }
        self.baseline.set(chosen);
    }

    /// Switches the language and remembers it in this browser.
    pub fn switch_language(self) {
        self.lang.update(|l| {
            *l = match l {
                Lang::Vi => Lang::En,
                Lang::En => Lang::Vi,
            }
        });
        crate::storage::save_lang(self.lang.get_untracked());
    }
}

/// A report counted for `loaded` seen through `filter` before anything shows it: a load
/// counts the first view in a task of its own, then the page renders it in the next.
pub struct Prepared {
    pub loaded: Shared<Loaded>,
    pub filter: Filter,
    pub as_of: Option<chrono::NaiveDate>,
    pub report: Shared<Report>,
}

/// The report of `loaded` seen through `filter` at `as_of` (none without a plan); `titles`,
/// the folded titles of `loaded`, answer its title search when given.
pub fn count_report(
    loaded: &Loaded,
    filter: &Filter,
    as_of: Option<chrono::NaiveDate>,
    titles: Option<&FoldedTitles>,
) -> Option<Report> {
    let report = report_of(loaded, filter, as_of, titles)?;
    crate::browser::mark("phusong:aggregated");
    Some(report)
}

/// [`count_report`] without its performance mark.
pub fn report_of(
    loaded: &Loaded,
    filter: &Filter,
    as_of: Option<chrono::NaiveDate>,
    titles: Option<&FoldedTitles>,
) -> Option<Report> {
    let data = loaded.dataset.as_ref()?;
    let options = ReportOptions {
        as_of,
        quarantined_records: u64::try_from(loaded.diagnostics.quarantined.len())
            .unwrap_or(u64::MAX),
    };
    Some(match titles {
        Some(titles) => build_report_with_titles(data, filter, options, titles),
        None => build_report(data, filter, options),
    })
}

/// The app state; provided by the root component, so always present below it.
pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| {
        // Only reachable if a component is mounted outside `App`: a programming error.
        panic!("AppState is provided by App; mount components inside it")
    })
}
