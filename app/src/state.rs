//! The app's shared state, provided once at the root and read with [`use_app`]:
//! the loaded files, what loading made of them, the view's filter, the language,
//! and the author's edits. Derived values (the report) are memos, never copies.

use crate::edits::Edits;
use crate::titles::{folded_titles, forget_other, Titles};
use leptos::prelude::*;
use phusong_engine::{
    build_report, build_report_with_titles, Filter, FoldedTitles, Report, ReportOptions,
};
use phusong_model::filling::FillingBuffer;
use phusong_model::{Lang, Loaded};
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// A shared value compared by identity, so memos and signals holding large data
/// never compare it field by field.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One file the user loaded and that was accepted: its name and bytes.
#[derive(Clone)]
pub struct SourceBytes {
    /// File name as chosen.
    pub name: String,
    /// Raw bytes, as read; shared with the loaded dataset, whose items read their texts
    /// from them (`phusong_model::Loading::share`).
    pub shared: Arc<FillingBuffer>,
    /// The same bytes as a browser `Blob` (the chosen `File`, or the `Blob` read back from
    /// storage), when there is one. Storage writes it as it is instead of copying the bytes
    /// out of wasm memory on the main thread (110 ms and one more copy of the file at 100k items).
    pub blob: Option<SendWrapper<web_sys::Blob>>,
}

impl SourceBytes {
    /// A file known only by its bytes (the generated sample).
    pub fn from_bytes(name: String, bytes: Vec<u8>) -> Self {
        Self {
            name,
            shared: Arc::new(FillingBuffer::from_vec(bytes)),
            blob: None,
        }
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.shared.filled()
    }
}

impl PartialEq for SourceBytes {
    /// Same name and same bytes (the blob is only another copy of the bytes).
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && (Arc::ptr_eq(&self.shared, &other.shared) || self.bytes() == other.bytes())
    }
}

impl std::fmt::Debug for SourceBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceBytes")
            .field("name", &self.name)
            .field("bytes", &self.bytes().len())
            .field("blob", &self.blob.is_some())
            .finish()
    }
}

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
    /// Checking the merged records (references, duplicates): `done` of `total`.
    Validating { done: usize, total: usize },
    /// Restoring the stored dataset.
    Restoring,
}

/// The state shared by every component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// UI language.
    pub lang: RwSignal<Lang>,
    /// Files currently loaded (accepted), in load order.
    pub files: RwSignal<Vec<SourceBytes>>,
    /// The result of loading them (plus any file refused by the last action).
    pub loaded: RwSignal<Option<Shared<Loaded>>>,
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
        let report = Memo::new(move |_| {
            let loaded = loaded.get()?;
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
                        let searched = (!f.title.trim().is_empty())
                            .then(|| folded_titles(titles, &loaded))
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
            busy: RwSignal::new(None),
            filter,
            report,
            prepared,
            edits,
            as_of,
            edits_stored: RwSignal::new(0),
            storage_note: RwSignal::new(None),
            titles,
            complete: RwSignal::new(true),
        };
        provide_context(state);
        state
    }
}

impl AppState {
    /// Whether files are being read, checked or restored (tracked: for `disabled=`).
    pub fn is_busy(&self) -> bool {
        self.busy.with(Option::is_some)
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
