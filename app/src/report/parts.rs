//! Parts II to IV of a year-end report, after the results of part I: "Tồn tại, hạn chế
//! và nguyên nhân" drafted from the numbers, then "Phương hướng, nhiệm vụ năm tới" and
//! "Đề xuất, kiến nghị", which the author writes. Each is kept, printed, and editable.

use crate::i18n::texts;
use crate::report::editable::{EditSlot, EditableText};
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::shortcomings::draft_shortcomings;

const SHORTCOMINGS: EditSlot = EditSlot {
    get: |e| e.shortcomings.clone(),
    set: |e, v| e.shortcomings = v,
};
const DIRECTIONS: EditSlot = EditSlot {
    get: |e| e.directions.clone(),
    set: |e, v| e.directions = v,
};
const PROPOSALS: EditSlot = EditSlot {
    get: |e| e.proposals.clone(),
    set: |e, v| e.proposals = v,
};

/// Parts II, III and IV.
#[component]
pub fn LaterParts() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let t = move || texts(state.lang.get());
    let drafted = Memo::new(move |_| {
        let lang = state.lang.get();
        with_view(view_memo, |d, r| draft_shortcomings(d, r, lang).join("\n")).unwrap_or_default()
    });
    let empty = Signal::derive(String::new);
    view! {
        <section class="part" data-testid="part-shortcomings">
            <h2>{move || format!("II. {}", t().part_shortcomings.to_uppercase())}</h2>
            <EditableText
                kept=SHORTCOMINGS
                drafted=drafted.into()
                testid="shortcomings-editor"
                label=Signal::derive(move || t().part_shortcomings.to_owned())
                rows=6
            />
        </section>
        <section class="part" data-testid="part-directions">
            <h2>{move || format!("III. {}", t().part_directions.to_uppercase())}</h2>
            <EditableText
                kept=DIRECTIONS
                drafted=empty
                testid="directions-editor"
                label=Signal::derive(move || t().part_directions.to_owned())
                hint=Signal::derive(move || t().directions_hint.to_owned())
                rows=4
            />
        </section>
        <section class="part" data-testid="part-proposals">
            <h2>{move || format!("IV. {}", t().part_proposals.to_uppercase())}</h2>
            <EditableText
                kept=PROPOSALS
                drafted=empty
                testid="proposals-editor"
                label=Signal::derive(move || t().part_proposals.to_owned())
                hint=Signal::derive(move || t().proposals_hint.to_owned())
                rows=4
            />
        </section>
    }
}
