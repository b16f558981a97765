//! The loaded data's titles folded for the title search (`phusong_engine::FoldedTitles`):
//! folded once, in slices, when the search box gets focus, and kept while the same data
//! is loaded, so that each letter typed is a lookup, not a fold of every title.

use crate::browser::{mark, yield_now};
use crate::shared::Shared;
use leptos::prelude::*;
use leptos::task::spawn_local;
use phusong_engine::{FoldedTitles, FoldingTitles};
use phusong_model::{Dataset, Loaded};
use std::sync::{Arc, Weak};

/// The folded titles of the data they are folded from (a `Weak`: they do not keep it).
#[derive(Default)]
pub enum Titles {
    /// None folded.
    #[default]
    None,
    /// Being folded, slice by slice.
    Folding(Weak<Loaded>, FoldingTitles),
    /// Folded.
    Folded(Weak<Loaded>, Arc<FoldedTitles>),
}

/// Titles folded per slice: ~20 ms of main thread in Chromium.
const TITLES_PER_SLICE: usize = 100_000;

impl Titles {
    /// Whether these are (or are becoming) the titles of `loaded`.
    fn of(&self, loaded: &Shared<Loaded>) -> bool {
        match self {
            Titles::None => false,
            Titles::Folding(of, _) | Titles::Folded(of, _) => of.as_ptr() == Arc::as_ptr(&loaded.0),
        }
    }

    /// The folded titles of `loaded`, folding now whatever is left to fold (none without
    /// a dataset).
    fn finish(&mut self, loaded: &Shared<Loaded>) -> Option<Arc<FoldedTitles>> {
        let data = loaded.dataset.as_ref()?;
        if !self.of(loaded) {
            *self = Titles::Folding(Arc::downgrade(&loaded.0), FoldingTitles::new(data));
        }
        self.fold_more(data, usize::MAX);
        match self {
            Titles::Folded(_, titles) => Some(Arc::clone(titles)),
            _ => None,
        }
    }

    /// Folds up to `count` more titles of `data` (the data these are of) if they are
    /// being folded; true once all are folded.
    fn fold_more(&mut self, data: &Dataset, count: usize) -> bool {
        match std::mem::take(self) {
            Titles::Folding(of, mut folding) => {
                let done = folding.fold_more(data, count);
                *self = if done {
                    mark("phusong:titles-folded");
                    Titles::Folded(of, Arc::new(folding.finish()))
                } else {
                    Titles::Folding(of, folding)
                };
                done
            }
            other => {
                let done = matches!(other, Titles::Folded(..));
                *self = other;
                done
            }
        }
    }
}

/// The folded titles of `loaded`: the kept ones if they are of `loaded`, else folded now
/// (the rest of them, if they were being folded), and kept (none without a dataset).
pub fn folded_titles(
    kept: StoredValue<Titles>,
    loaded: &Shared<Loaded>,
) -> Option<Arc<FoldedTitles>> {
    kept.try_update_value(|t| t.finish(loaded)).flatten()
}

/// Starts folding the titles of `loaded` into `kept`, in slices between which the page
/// paints and answers, unless they are folded or being folded already: called when the
/// search box gets focus, so that the first letter typed finds them ready (1M items:
/// ~0.2 s in all). A letter typed before they are ready folds the rest at once
/// ([`folded_titles`]).
pub fn start_folding(kept: StoredValue<Titles>, loaded: Shared<Loaded>) {
    let Some(data) = loaded.dataset.as_ref() else {
        return;
    };
    if kept.with_value(|t| t.of(&loaded)) {
        return;
    }
    let folding = FoldingTitles::new(data);
    kept.set_value(Titles::Folding(Arc::downgrade(&loaded.0), folding));
    spawn_local(async move {
        loop {
            yield_now().await;
            // Stops once folded, or when other data was loaded meanwhile.
            let more = kept.try_update_value(|t| {
                let data = loaded.dataset.as_ref();
                t.of(&loaded) && data.is_some_and(|d| !t.fold_more(d, TITLES_PER_SLICE))
            });
            if more != Some(true) {
                return;
            }
        }
    });
}

/// Forgets titles that are not of `current` (other data loaded, or none).
pub fn forget_other(kept: StoredValue<Titles>, current: Option<&Shared<Loaded>>) {
    kept.update_value(|t| {
        if !matches!(t, Titles::None) && current.is_none_or(|l| !t.of(l)) {
            *t = Titles::None;
        }
    });
}
