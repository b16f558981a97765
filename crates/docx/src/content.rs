//! What the document says, in print order, from the report and the author's fields: the
//! letterhead, the as-of line and the filters, the headline figures, part I (the assessment,
//! then a section per table with its chart), parts II–IV, "Nơi nhận" and the signature, the
//! items appendix and the chosen contract's acceptance appendix. Every piece is what
//! `phusong-export` gives the app's print layout. The charts are SVG here; the caller draws
//! each as a PNG ([`Chart::png`]) before writing the package.

use chrono::NaiveDate;
use phusong_engine::tags::Added;
use phusong_engine::{Comparison, Report};
use phusong_export::acceptance::{acceptance, Acceptance};
use phusong_export::analysis::{alert_parts, insert_tables};
use phusong_export::as_of::as_of_line;
use phusong_export::charts::{report_chart, ChartSet};
use phusong_export::document::{closing, letterhead, part_text, AuthorFields, Closing, Letterhead};
use phusong_export::filters::describe_filter;
use phusong_export::headline::{headline, left_out_note};
use phusong_export::narrative::draft_narrative_with;
use phusong_export::shortcomings::draft_shortcomings;
use phusong_export::tables::{
    items_page, report_tables, sorted_positions, ItemSort, Section, Table,
};
use phusong_model::{ContractIdx, Dataset, Lang};

/// What the document is made from.
pub struct Request<'a> {
    pub data: &'a Dataset,
    /// The report of the view (its filter is described under the title).
    pub report: &'a Report,
    pub fields: &'a AuthorFields,
    pub lang: Lang,
    /// Dates the document when the author has not.
    pub today: Option<NaiveDate>,
    /// The contract whose acceptance appendix follows, if one was chosen.
    pub acceptance: Option<ContractIdx>,
    /// Last year's figures, when chosen: their columns and the narrative's sentences.
    pub comparison: Option<&'a Comparison>,
    /// What the author's accepted themes add to the data as loaded (`data` is the data with
    /// them): the headline's "Gắn bổ sung nội dung", as on screen. None from data files
    /// alone (`phusong docx`), which hold no author's edits.
    pub added: Added,
}

/// A chart: its title (the picture's description), its SVG, and the PNG drawn from it.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub svg: String,
    /// Filled by the caller (`phusong docx`: resvg; the app: a canvas); a chart without
    /// one is left out.
    pub png: Option<Vec<u8>>,
}

/// A numbered section of part I: its heading, chart and table, notes under the heading,
/// and the tables that belong to it, each with its heading (the contracts' deliverables,
/// money by outlet level, the months flagged for negative coverage).
#[derive(Debug, Clone)]
pub struct Part1Section {
    pub heading: String,
    pub chart: Option<Chart>,
    pub notes: Vec<String>,
    pub table: Option<Table>,
    pub followers: Vec<(String, Table)>,
}

/// A part the author writes or edits: its heading and paragraphs.
#[derive(Debug, Clone)]
pub struct TextPart {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// The acceptance appendix with the words of its sign-off.
#[derive(Debug, Clone)]
pub struct AcceptanceAppendix {
    pub appendix: Acceptance,
    /// Shown for a part without items.
    pub empty: &'static str,
    /// The two parties and the hint under each.
    pub buyer: &'static str,
    pub outlet: &'static str,
    pub sign_hint: &'static str,
}

/// The whole document.
#[derive(Debug, Clone)]
pub struct Content {
    pub lang: Lang,
    pub letterhead: Letterhead,
    pub as_of: Option<String>,
    /// "Phạm vi lọc: …" when the view is filtered.
    pub filters: Option<String>,
    /// (value, label) of each headline figure, then the note on left-out records.
    pub figures: Vec<(String, String)>,
    pub left_out: Option<String>,
    /// "I. KẾT QUẢ ĐẠT ĐƯỢC".
    pub results_heading: String,
    /// "1. Đánh giá chung" and its paragraphs.
    pub assessment: TextPart,
    pub sections: Vec<Part1Section>,
    /// II, III and IV.
    pub later: Vec<TextPart>,
    pub closing: Closing,
    /// The items appendix: its heading and table.
    pub appendix: (String, Table),
    pub acceptance: Option<AcceptanceAppendix>,
}

impl Content {
    /// The charts, in document order, for the caller to draw.
    pub fn charts_mut(&mut self) -> impl Iterator<Item = &mut Chart> {
        self.sections.iter_mut().filter_map(|s| s.chart.as_mut())
    }
}

/// Part I's sections as the print layout numbers them (`app/src/report/sections.rs`): a
/// table each from 2 (the report's tables with `phusong_export::analysis`'s inserted), the
/// deliverables and money by level under the section before them, the flagged months after
/// tone by month.
fn sections(req: &Request) -> Vec<Part1Section> {
    let (data, report, lang) = (req.data, req.report, req.lang);
    let mut tables = report_tables(data, report, lang);
    insert_tables(&mut tables, data, report, req.comparison, lang);
    let mut out: Vec<Part1Section> = Vec::new();
    for table in tables {
        if matches!(table.section, Section::Deliverables | Section::MoneyLevels) {
            if let Some(last) = out.last_mut() {
                last.followers.push((table.title.clone(), table));
            }
            continue;
        }
        let section = table.section;
        let title = section.title(lang);
        let chart =
            report_chart(section, data, report, lang, ChartSet::default()).map(|svg| Chart {
                title: title.to_owned(),
                svg,
                png: None,
            });
        out.push(Part1Section {
            heading: format!("{}. {title}", out.len() + 2),
            chart,
            notes: Vec::new(),
            table: Some(table),
            followers: Vec::new(),
        });
        if section == Section::ToneMonths {
            let a = &phusong_words::words(lang).analysis;
            let parts = alert_parts(data, report, lang);
            let mut notes = vec![a.alert_rule.to_owned()];
            if parts.is_empty() {
                notes.push(a.no_alerts.to_owned());
            }
            out.push(Part1Section {
                heading: format!("{}. {}", out.len() + 2, Section::Alerts.title(lang)),
                chart: None,
                notes,
                table: None,
                followers: parts.into_iter().map(|p| (p.heading, p.items)).collect(),
            });
        }
    }
    out
}

/// The document's content.
pub fn content(req: &Request) -> Content {
    let (data, report, lang, f) = (req.data, req.report, req.lang, req.fields);
    let w = phusong_words::words(lang);
    let t = &w.ui;
    let filters = describe_filter(&report.filter, data, lang);
    let part =
        |heading: String, edit: &Option<String>, drafted: &dyn Fn() -> Vec<String>| TextPart {
            heading,
            paragraphs: part_text(edit, || drafted().join("\n")),
        };
    let order = sorted_positions(data, report, ItemSort::Date(true));
    let items = items_page(data, &order, lang, 0..order.len());
    Content {
        lang,
        letterhead: letterhead(data, f, req.today, lang),
        as_of: as_of_line(report, lang),
        filters: (!filters.is_empty())
            .then(|| format!("{}: {}", t.active_filters, filters.join("; "))),
        figures: headline(report, req.added, lang)
            .into_iter()
            .map(|f| (f.value, f.label.to_owned()))
            .collect(),
        left_out: left_out_note(report, lang),
        results_heading: format!("I. {}", t.part_results.to_uppercase()),
        assessment: part(format!("1. {}", t.narrative), &f.narrative, &|| {
            draft_narrative_with(data, report, req.comparison, lang)
        }),
        sections: sections(req),
        later: vec![
            part(
                format!("II. {}", t.part_shortcomings.to_uppercase()),
                &f.shortcomings,
                &|| draft_shortcomings(data, report, lang),
            ),
            part(
                format!("III. {}", t.part_directions.to_uppercase()),
                &f.directions,
                &Vec::new,
            ),
            part(
                format!("IV. {}", t.part_proposals.to_uppercase()),
                &f.proposals,
                &Vec::new,
            ),
        ],
        closing: closing(f, lang),
        appendix: (t.appendix.to_owned(), items),
        acceptance: req
            .acceptance
            .and_then(|c| acceptance(data, report, c, lang))
            .map(|appendix| AcceptanceAppendix {
                appendix,
                empty: t.acceptance_empty,
                buyer: w.document.acceptance_buyer,
                outlet: w.document.acceptance_outlet,
                sign_hint: w.document.sign_hint,
            }),
    }
}
