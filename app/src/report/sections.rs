//! The report's sections, the headings of part I after "1. Đánh giá chung": each a chart
//! (SVG drawn by `phusong_charts`) beside its table (from `phusong_export`), numbered from 2.
//! The contracts section also holds their deliverables (acceptance per format).

use crate::baseline::use_comparison;
use crate::report::alerts::AlertsPart;
use crate::report::table::ReportTable;
use crate::report::view::{use_view, with_view, ViewMemo};
use crate::shared::Shared;
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use phusong_export::analysis::insert_tables;
use phusong_export::charts::{chart_rows, report_chart, ChartRows, ChartSet};
use phusong_export::tables::{report_tables, Table};
use phusong_export::tables::{RowFilter, Section};
use phusong_model::Lang;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What the sections show, computed once per view: the charts' clickable rows, the tables
/// and the plan id (for CSV names). Each chart is drawn when its section renders.
type Content = Shared<(ChartRows, Vec<Table>, String)>;

/// The bar row under a click on a row chart, from the click's height in the
/// SVG's own units (the chart scales uniformly to the figure's width).
fn clicked_row(ev: &leptos::ev::MouseEvent) -> Option<usize> {
    let figure = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let svg = figure.query_selector("svg").ok()??;
    let view_width: f64 = svg
        .get_attribute("viewBox")?
        .split_whitespace()
        .nth(2)?
        .parse()
        .ok()?;
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let y = (f64::from(ev.client_y()) - rect.top()) * view_width / rect.width();
    phusong_charts::row_at(y)
}

/// The sections of `content`.
fn section_views(
    state: AppState,
    view_memo: ViewMemo,
    content: &Content,
    lang: Lang,
) -> impl IntoView {
    let (rows, tables, plan_id) = &*content.0;
    // A table that belongs to the section before it (the deliverables of the contracts,
    // money by outlet level).
    let part_of_previous =
        |t: &Table| matches!(t.section, Section::Deliverables | Section::MoneyLevels);
    let mut number = 1;
    tables
        .iter()
        .enumerate()
        .filter(|(_, t)| !part_of_previous(t))
        .map(|(i, table): (usize, &Table)| {
            number += 1;
            let own = number;
            let section = table.section;
            let title = section.title(lang);
            let svg = with_view(view_memo, |d, r| {
                report_chart(section, d, r, lang, ChartSet::default())
            })
            .flatten();
            let bars: Vec<Option<RowFilter>> = rows.of(section).map(<[_]>::to_vec).unwrap_or_default();
            let clickable = !bars.is_empty();
            let csv_name = format!("{}-{}.csv", plan_id, section.key());
            // The flagged months follow the tone by month, numbered after it.
            let alerts = (section == Section::ToneMonths).then(|| {
                number += 1;
                view! { <AlertsPart number=number/> }
            });
            let follower = tables.get(i + 1).filter(|t| part_of_previous(t)).map(|t| {
                let heading = t.section.title(lang);
                let csv_name = format!("{}-{}.csv", plan_id, t.section.key());
                view! {
                    <h4 class="table-title">{heading}</h4>
                    <ReportTable table=t.clone() csv_name=csv_name/>
                }
            });
            view! {
                <section class="report-section" class:first=i == 0 data-section=section.key()>
                    // Heading and chart stay on one page: never a caption without its chart.
                    <div class="chart-block">
                        <h3>{format!("{own}. {title}")}</h3>
                        {svg.map(|svg| view! {
                            // The SVG is produced by phusong_charts, which sanitises and
                            // XML-escapes every text it draws (tested with hostile names).
                            <figure
                                class="chart"
                                class:clickable=clickable
                                inner_html=svg
                                on:click=move |ev| {
                                    if let Some(Some(rf)) = clicked_row(&ev).and_then(|i| bars.get(i)) {
                                        let rf = *rf;
                                        state.narrow(|f| rf.apply(f));
                                    }
                                }
                            ></figure>
                        })}
                    </div>
                    <ReportTable table=table.clone() csv_name=csv_name/>
                    {follower}
                </section>
                {alerts}
            }
        })
        .collect_view()
}

/// Every section of the report, once `AppState::complete`: a new report's first screen is
/// the document's head, the headline figures and the assessment; the first section starts
/// below it (at 1,080 px of a 900 px high window, for the bundled sample). Rendering that
/// section with the first screen delayed its paint by ~40 ms (20 runs of
/// `phusong.html#sample`) for nothing on screen.
#[component]
pub fn Sections() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let comparison = use_comparison(state);
    let content = Memo::new(move |_| {
        let lang = state.lang.get();
        with_view(view_memo, |d, r| {
            let rows = chart_rows(d, r, ChartSet::default());
            let mut tables = report_tables(d, r, lang);
            let cmp = comparison.get().and_then(Result::ok);
            insert_tables(&mut tables, d, r, cmp.as_deref(), lang);
            let plan_id = d.plan.id.clone();
            Shared(Arc::new((rows, tables, plan_id)))
        })
    });
    move || {
        if !state.complete.get() {
            return None;
        }
        let lang = state.lang.get();
        let content = content.get()?;
        Some(section_views(state, view_memo, &content, lang))
    }
}
