//! The headline figures of the view.

use crate::i18n::texts;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_export::text::{fmt_int, fmt_percent};

/// Items, contracted share, reach, untagged, out of period and left-out records.
#[component]
pub fn Headline() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let t = texts(state.lang.get());
        with_view(view_memo, |_, r| {
            let tot = r.totals;
            let share = if tot.items > 0 {
                tot.contracted_items as f64 / tot.items as f64
            } else {
                0.0
            };
            let figure = |label: &'static str, value: String, id: &'static str| {
                view! {
                    <div class="figure" data-testid=id>
                        <span class="value">{value}</span>
                        <span class="label">{label}</span>
                    </div>
                }
            };
            view! {
                <section class="headline">
                    {figure(t.items, fmt_int(tot.items), "figure-items")}
                    {figure(t.contracted, format!("{} ({})", fmt_int(tot.contracted_items), fmt_percent(share)), "figure-contracted")}
                    {figure(t.reach, fmt_int(tot.reach), "figure-reach")}
                    {figure(t.untagged, fmt_int(tot.untagged_items), "figure-untagged")}
                    {figure(t.out_of_period, fmt_int(tot.out_of_period_items), "figure-out-of-period")}
                    {figure(t.left_out, fmt_int(tot.quarantined_records), "figure-quarantined")}
                </section>
                {(tot.quarantined_records > 0).then(|| view! {
                    <p class="left-out">{fmt_int(tot.quarantined_records)} " " {t.left_out_note}</p>
                })}
            }
        })
    }
}
