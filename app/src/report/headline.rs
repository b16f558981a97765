//! The headline figures of the view, as `phusong_export::headline` writes them.

use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::headline::{headline, left_out_note};

/// Items, contracted share, reach, untagged, out of period and left-out records.
#[component]
pub fn Headline() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let lang = state.lang.get();
        with_view(view_memo, |_, r| {
            let figures = headline(r, lang)
                .into_iter()
                .map(|f| {
                    view! {
                        <div class="figure" data-testid=format!("figure-{}", f.id)>
                            <span class="value">{f.value}</span>
                            <span class="label">{f.label}</span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="headline">{figures}<crate::report::suggestion_check::AddedFigure/></section>
                {left_out_note(r, lang).map(|note| view! { <p class="left-out">{note}</p> })}
            }
        })
    }
}
