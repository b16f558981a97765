//! The report's sections: each a chart (SVG drawn by `phusong_charts`) beside its
//! table (from `phusong_export`), numbered in administrative style.

use crate::report::table::ReportTable;
use crate::report::{use_view, with_view};
use crate::state::{use_app, Shared};
use leptos::prelude::*;
use phusong_export::charts::{report_charts, ChartSet, ReportCharts};
use phusong_export::tables::{report_tables, Table};
use phusong_model::Lang;
use std::sync::Arc;

const ROMAN: [&str; 10] = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];

/// Chart key → (Vietnamese, English) section title.
fn section_title(key: &str, lang: Lang) -> String {
    let (vi, en) = match key {
        "themes" => (
            "Kết quả theo nội dung tuyên truyền trọng tâm",
            "Coverage by plan theme",
        ),
        "months" => ("Diễn biến theo tháng", "Month by month"),
        "contracts" => ("Thực hiện hợp đồng đặt hàng", "Contract fulfilment"),
        "outlets" => ("Theo cơ quan báo chí", "By outlet"),
        "formats" => ("Theo loại sản phẩm", "By format"),
        "tone" => ("Sắc thái thông tin", "Tone"),
        "events" => (
            "Tuyên truyền các sự kiện, ngày kỷ niệm",
            "Events and anniversaries",
        ),
        _ => (key, key),
    };
    match lang {
        Lang::Vi => vi.to_owned(),
        Lang::En => en.to_owned(),
    }
}

fn chart_of<'a>(charts: &'a ReportCharts, key: &str) -> Option<&'a str> {
    match key {
        "themes" => Some(&charts.themes),
        "months" => Some(&charts.months),
        "contracts" => Some(&charts.contracts),
        "outlets" => Some(&charts.outlets),
        "formats" => Some(&charts.formats),
        "tone" => Some(&charts.tone),
        _ => None,
    }
}

/// Every section of the report.
#[component]
pub fn Sections() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    let content = Memo::new(move |_| {
        let lang = state.lang.get();
        with_view(view_memo, |d, r| {
            let charts = report_charts(d, r, lang, ChartSet::default());
            let tables = report_tables(d, r, lang);
            let plan_id = d.plan.id.clone();
            Shared(Arc::new((charts, tables, plan_id)))
        })
    });
    move || {
        let lang = state.lang.get();
        let content = content.get()?;
        let (charts, tables, plan_id) = &*content.0;
        let sections = tables
            .iter()
            .enumerate()
            .map(|(i, table): (usize, &Table)| {
                let number = ROMAN.get(i).copied().unwrap_or("");
                let title = section_title(table.key, lang);
                let svg = chart_of(charts, table.key).map(str::to_owned);
                let csv_name = format!("{}-{}.csv", plan_id, table.key);
                view! {
                    <section class="report-section" data-section=table.key>
                        // Heading and chart stay on one page: never a caption without its chart.
                        <div class="chart-block">
                            <h2>{format!("{number}. {title}")}</h2>
                            {svg.map(|svg| view! {
                                // The SVG is produced by phusong_charts, which sanitises and
                                // XML-escapes every text it draws (tested with hostile names).
                                <figure class="chart" inner_html=svg></figure>
                            })}
                        </div>
                        <ReportTable table=table.clone() csv_name=csv_name/>
                    </section>
                }
            })
            .collect_view();
        Some(sections)
    }
}
