//! The headline figures of the view, as `phusong_export::headline` writes them (the same
//! as Word's), with the items the author tagged ("gắn bổ sung") when there are some.

use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::headline::{headline, left_out_note};

/// Items, contracted share, reach, untagged, out of period, left-out records, and the items
/// the author tagged (data-testid "figure-added-tags", when there are some).
#[component]
pub fn Headline() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let lang = state.lang.get();
        let added = state.added_tags.get();
        with_view(view_memo, |_, r| {
            let figures = headline(r, added, lang)
                .into_iter()
                .map(|f| {
                    view! {
                        <div class="figure" class:added-tags=f.id == "added-tags" data-testid=format!("figure-{}", f.id)>
                            <span class="value">{f.value}</span>
                            <span class="label">{f.label}</span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="headline">{figures}</section>
                {left_out_note(r, lang).map(|note| view! { <p class="left-out">{note}</p> })}
            }
        })
    }
}
