//! Year over year (issue 24): last year's figures as a [`Baseline`], read from its
//! summary export (`coverage-report-summary/v1`) or from its data files, and matched to
//! this year's report ([`compare`]): themes by code, or by folded name where the codes
//! changed (a summary has no names: by code only); outlets by id; formats; months by month
//! of the year; totals. Last year is taken whole (a summary has no filters), whatever
//! this year's view is filtered to.

use crate::report::Report;
use crate::search::fold;
use crate::summary::{PeriodOut, SUMMARY_FORMAT};
use chrono::Datelike;
use phusong_model::date::{format_iso, parse_date};
use phusong_model::{Dataset, Format, Loaded, Period, FORMAT_COUNT};
use serde::Serialize;
use serde_json::Value;

/// Why a baseline cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineError {
    /// The file is not JSON (nor data the loader accepts).
    NotJson,
    /// JSON, but not a `coverage-report-summary/v1` export (or one missing a field).
    NotASummary,
    /// Data files without a plan (or a summary without its plan id).
    NoPlan,
    /// The same plan and year as the report's: nothing to compare with.
    SamePlanAndYear {
        /// The plan id.
        plan: String,
        /// The year.
        year: i32,
    },
}

/// One theme of last year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineTheme {
    /// Its code.
    pub code: String,
    /// Its name folded ([`fold`], spaces collapsed); `None` from a summary.
    pub folded_name: Option<String>,
    /// Its items.
    pub items: u64,
}

/// Last year's figures, whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// Plan id.
    pub plan: String,
    /// The plan's year (from a summary: the year its period starts in).
    pub year: i32,
    /// Its period.
    pub period: Period,
    /// Items.
    pub items: u64,
    /// Every theme, depth-first in file order.
    pub themes: Vec<BaselineTheme>,
    /// Every outlet: (id, items).
    pub outlets: Vec<(String, u64)>,
    /// Items per format, indexed by [`Format::index`].
    pub formats: [u64; FORMAT_COUNT],
    /// Items per month of the year (January first); `None` for a month outside its period.
    pub months: [Option<u64>; 12],
    /// Whether it was read from a summary export (else from data files).
    pub from_summary: bool,
}

fn folded_name(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Baseline {
    /// Last year's figures from its summary export.
    pub fn from_summary(bytes: &[u8]) -> Result<Baseline, BaselineError> {
        let v: Value = serde_json::from_slice(bytes).map_err(|_| BaselineError::NotJson)?;
        if v.get("format").and_then(Value::as_str) != Some(SUMMARY_FORMAT) {
            return Err(BaselineError::NotASummary);
        }
        let plan = match v.get("plan") {
            Some(Value::String(p)) if !p.trim().is_empty() => p.clone(),
            _ => return Err(BaselineError::NoPlan),
        };
        let bad = || BaselineError::NotASummary;
        let date = |key: &str| {
            v.get("period")
                .and_then(|p| p.get(key))
                .and_then(Value::as_str)
                .and_then(parse_date)
                .ok_or_else(bad)
        };
        let period = Period {
            start: date("start")?,
            end: date("end")?,
        };
        let items = v
            .get("totals")
            .and_then(|t| t.get("items"))
            .and_then(Value::as_u64)
            .ok_or_else(bad)?;
        let list = |key: &str| v.get(key).and_then(Value::as_array).ok_or_else(bad);
        let entry = |e: &Value, key: &str| -> Result<(String, u64), BaselineError> {
            Ok((
                e.get(key)
                    .and_then(Value::as_str)
                    .ok_or_else(bad)?
                    .to_owned(),
                e.get("items").and_then(Value::as_u64).ok_or_else(bad)?,
            ))
        };
        let themes = list("themes")?
            .iter()
            .map(|e| {
                entry(e, "code").map(|(code, items)| BaselineTheme {
                    code,
                    folded_name: None,
                    items,
                })
            })
            .collect::<Result<_, _>>()?;
        let outlets = list("outlets")?
            .iter()
            .map(|e| entry(e, "id"))
            .collect::<Result<_, _>>()?;
        let mut formats = [0u64; FORMAT_COUNT];
        for e in list("formats")? {
            let (format, n) = entry(e, "format")?;
            if let Some(f) = Format::parse(&format) {
                formats[f.index()] = formats[f.index()].saturating_add(n);
            }
        }
        let mut months = [None; 12];
        for e in list("months")? {
            let (month, n) = entry(e, "month")?;
            let m = parse_date(&format!("{month}-01")).ok_or_else(bad)?.month0() as usize;
            let slot: &mut Option<u64> = &mut months[m];
            *slot = Some(slot.unwrap_or(0).saturating_add(n));
        }
        Ok(Baseline {
            plan,
            year: period.start.year(),
            period,
            items,
            themes,
            outlets,
            formats,
            months,
            from_summary: true,
        })
    }

    /// Last year's figures from its data files, loaded as any data is (the whole period,
    /// no filter).
    pub fn from_loaded(loaded: &Loaded) -> Result<Baseline, BaselineError> {
        let data = loaded.dataset.as_ref().ok_or(BaselineError::NoPlan)?;
        let report =
            crate::report_of(loaded, &crate::Filter::default()).ok_or(BaselineError::NoPlan)?;
        Ok(Baseline::from_report(data, &report))
    }

    /// Last year's figures from its report.
    pub fn from_report(data: &Dataset, report: &Report) -> Baseline {
        let mut months = [None; 12];
        for m in &report.months {
            let slot: &mut Option<u64> = &mut months[(m.month.clamp(1, 12) - 1) as usize];
            *slot = Some(slot.unwrap_or(0).saturating_add(m.items));
        }
        Baseline {
            plan: data.plan.id.clone(),
            year: data.plan.year,
            period: data.plan.period,
            items: report.totals.items,
            themes: report
                .themes
                .iter()
                .filter_map(|r| {
                    let t = data.plan.themes.get(r.theme as usize)?;
                    Some(BaselineTheme {
                        code: t.code.clone(),
                        folded_name: Some(folded_name(&t.name)),
                        items: r.items,
                    })
                })
                .collect(),
            outlets: report
                .outlets
                .iter()
                .filter_map(|r| Some((data.outlets.get(r.outlet as usize)?.id.clone(), r.items)))
                .collect(),
            formats: report.formats,
            months,
            from_summary: false,
        }
    }
}

/// Last year matched to this year's report: each field aligned with the report's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Last year's plan id.
    pub plan: String,
    /// Last year's year.
    pub year: i32,
    /// Last year's period.
    pub period: Period,
    /// Last year's items.
    pub items: u64,
    /// Per row of [`Report::themes`]: last year's items of the matching theme.
    pub themes: Vec<Option<u64>>,
    /// Per row of [`Report::outlets`]: last year's items of the outlet with its id.
    pub outlets: Vec<Option<u64>>,
    /// Items per format last year.
    pub formats: [u64; FORMAT_COUNT],
    /// Per row of [`Report::months`]: last year's items in the same month of the year.
    pub months: Vec<Option<u64>>,
}

/// Matches `baseline` to the report of `data`; refused when it is the same plan and year.
pub fn compare(
    data: &Dataset,
    report: &Report,
    baseline: &Baseline,
) -> Result<Comparison, BaselineError> {
    if baseline.plan == data.plan.id && baseline.year == data.plan.year {
        return Err(BaselineError::SamePlanAndYear {
            plan: baseline.plan.clone(),
            year: baseline.year,
        });
    }
    Ok(Comparison {
        plan: baseline.plan.clone(),
        year: baseline.year,
        period: baseline.period,
        items: baseline.items,
        themes: match_themes(data, report, baseline),
        outlets: report
            .outlets
            .iter()
            .map(|r| {
                let id = &data.outlets.get(r.outlet as usize)?.id;
                baseline.outlets.iter().find(|(o, _)| o == id).map(|x| x.1)
            })
            .collect(),
        formats: baseline.formats,
        months: report
            .months
            .iter()
            .map(|m| {
                baseline
                    .months
                    .get((m.month.max(1) - 1) as usize)
                    .copied()
                    .flatten()
            })
            .collect(),
    })
}

/// Themes by code; a theme whose code last year did not have, by its folded name among
/// last year's themes no code matched.
fn match_themes(data: &Dataset, report: &Report, baseline: &Baseline) -> Vec<Option<u64>> {
    let codes: Vec<&str> = report
        .themes
        .iter()
        .map(|r| {
            data.plan
                .themes
                .get(r.theme as usize)
                .map_or("", |t| t.code.as_str())
        })
        .collect();
    let by_code: Vec<Option<usize>> = codes
        .iter()
        .map(|c| baseline.themes.iter().position(|b| b.code == *c))
        .collect();
    let mut taken: Vec<bool> = vec![false; baseline.themes.len()];
    for i in by_code.iter().flatten() {
        taken[*i] = true;
    }
    report
        .themes
        .iter()
        .zip(&by_code)
        .map(|(r, code_match)| {
            if let Some(i) = code_match {
                return Some(baseline.themes[*i].items);
            }
            let name = folded_name(&data.plan.themes.get(r.theme as usize)?.name);
            let i =
                baseline.themes.iter().enumerate().position(|(i, b)| {
                    !taken[i] && b.folded_name.as_deref() == Some(name.as_str())
                })?;
            taken[i] = true;
            Some(baseline.themes[i].items)
        })
        .collect()
}

/// The summary's `comparison`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ComparisonOut {
    /// Last year's plan id.
    pub plan: String,
    /// Last year's period.
    pub period: PeriodOut,
    /// Last year's totals.
    pub totals: ComparisonTotals,
    /// This year's theme codes matched, with last year's items.
    pub themes: Vec<ComparisonTheme>,
}

/// `comparison.totals`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ComparisonTotals {
    /// Last year's items.
    pub items: u64,
}

/// One entry of `comparison.themes`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ComparisonTheme {
    /// This year's code.
    pub code: String,
    /// Last year's items of the matching theme.
    pub items: u64,
}

impl ComparisonOut {
    /// The summary's `comparison` of `c`, against the report of `data`.
    pub fn new(data: &Dataset, report: &Report, c: &Comparison) -> ComparisonOut {
        ComparisonOut {
            plan: c.plan.clone(),
            period: PeriodOut {
                start: format_iso(c.period.start),
                end: format_iso(c.period.end),
            },
            totals: ComparisonTotals { items: c.items },
            themes: report
                .themes
                .iter()
                .zip(&c.themes)
                .filter_map(|(r, items)| {
                    Some(ComparisonTheme {
                        code: data.plan.themes.get(r.theme as usize)?.code.clone(),
                        items: (*items)?,
                    })
                })
                .collect(),
        }
    }
}

/// The change from `before` to `now` as a ratio (0.124 for +12.4 %); `None` when there
/// was nothing before.
pub fn change(now: u64, before: u64) -> Option<f64> {
    (before > 0).then(|| (now as f64 - before as f64) / before as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{report_of, summary_with, Filter};
    use phusong_model::{load, SourceFile};

    fn loaded(plan: &str, year: i32, themes: &str, coverage: &str) -> Loaded {
        let json = format!(
            r#"{{"format":"coverage-report/v1",
              "plan":{{"id":"{plan}","title":"t","year":{year},"themes":{themes}}},
              "outlets":[{{"id":"a","name":"A","level":"provincial"}},
                         {{"id":"b","name":"B","level":"central"}}],
              "coverage":{coverage}}}"#
        );
        load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }])
    }

    fn item(id: u32, year: i32, month: u32, outlet: &str, theme: &str) -> String {
        format!(
            r#"{{"id":"{id}","date":"{year}-{month:02}-10","outlet":"{outlet}","title":"x","format":"video","themes":["{theme}"]}}"#
        )
    }

    fn last_year() -> Loaded {
        // 2024: "1" Kinh tế (3 items), "2" Văn hóa – xã hội (2), "3" Quốc phòng (1).
        let themes = r#"[{"code":"1","name":"Kinh tế"},{"code":"2","name":"Văn hóa  – xã hội"},
                         {"code":"3","name":"Quốc phòng"}]"#;
        let items = [
            item(1, 2024, 1, "a", "1"),
            item(2, 2024, 1, "a", "1"),
            item(3, 2024, 3, "b", "1"),
            item(4, 2024, 3, "b", "2"),
            item(5, 2024, 12, "b", "2"),
            item(6, 2024, 12, "a", "3"),
        ];
        loaded("KH-2024", 2024, themes, &format!("[{}]", items.join(",")))
    }

    fn this_year() -> Loaded {
        // 2025: "1" Kinh tế kept its code; Văn hóa – xã hội is now "VH" (NFD, other case);
        // "9" is new.
        let themes = "[{\"code\":\"1\",\"name\":\"Kinh tế\"},{\"code\":\"VH\",\"name\":\"VA\u{0306}N HO\u{0301}A – XÃ HỘI\"},{\"code\":\"9\",\"name\":\"Chuyển đổi số\"}]";
        let items = [item(1, 2025, 1, "a", "1"), item(2, 2025, 3, "b", "VH")];
        loaded("KH-2025", 2025, themes, &format!("[{}]", items.join(",")))
    }

    #[test]
    fn themes_match_by_code_and_by_folded_name_from_data_files() {
        let base = Baseline::from_loaded(&last_year()).unwrap();
        assert_eq!(base.year, 2024);
        let now = this_year();
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let c = compare(data, &report, &base).unwrap();
        assert_eq!(c.items, 6);
        // "1" by code, "VH" by its name (NFD, capitals, two spaces), "9" not at all.
        assert_eq!(c.themes, vec![Some(3), Some(2), None]);
        assert_eq!(c.outlets, vec![Some(3), Some(3)]);
        assert_eq!(c.formats[Format::Video.index()], 6);
        let months: Vec<_> = c.months.iter().map(|m| m.unwrap()).collect();
        assert_eq!(months, vec![2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
        let s = serde_json::to_value(summary_with(data, &report, Some(&c))).unwrap();
        assert_eq!(
            s["comparison"],
            serde_json::json!({"plan": "KH-2024",
                "period": {"start": "2024-01-01", "end": "2024-12-31"},
                "totals": {"items": 6},
                "themes": [{"code": "1", "items": 3}, {"code": "VH", "items": 2}]})
        );
    }

    #[test]
    fn a_summary_matches_by_code_only() {
        let last = last_year();
        let report = report_of(&last, &Filter::default()).unwrap();
        let json = crate::summary_json(last.dataset.as_ref().unwrap(), &report);
        let base = Baseline::from_summary(json.as_bytes()).unwrap();
        assert_eq!(base.plan, "KH-2024");
        assert_eq!(base.year, 2024);
        assert_eq!(base.months[0], Some(2));
        let now = this_year();
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let c = compare(data, &report, &base).unwrap();
        assert_eq!(
            c.themes,
            vec![Some(3), None, None],
            "a summary has no names"
        );
        assert_eq!(c.items, 6);
        // A code matched is not matched again by name.
        assert_eq!(change(7, 6).map(|x| (x * 1000.0).round()), Some(167.0));
        assert_eq!(change(3, 0), None);
    }

    #[test]
    fn what_cannot_be_compared_is_refused() {
        let now = this_year();
        let data = now.dataset.as_ref().unwrap();
        let report = report_of(&now, &Filter::default()).unwrap();
        let same = Baseline::from_loaded(&now).unwrap();
        assert_eq!(
            compare(data, &report, &same),
            Err(BaselineError::SamePlanAndYear {
                plan: "KH-2025".into(),
                year: 2025
            })
        );
        let no_plan = load([SourceFile {
            name: "x.json",
            bytes: br#"{"format":"coverage-report/v1","coverage":[]}"#,
        }]);
        assert_eq!(Baseline::from_loaded(&no_plan), Err(BaselineError::NoPlan));
        assert_eq!(
            Baseline::from_summary(b"{not json"),
            Err(BaselineError::NotJson)
        );
        assert_eq!(
            Baseline::from_summary(br#"{"format":"coverage-report/v1"}"#),
            Err(BaselineError::NotASummary)
        );
        assert_eq!(
            Baseline::from_summary(br#"{"format":"coverage-report-summary/v1","plan":""}"#),
            Err(BaselineError::NoPlan)
        );
        assert_eq!(
            Baseline::from_summary(br#"{"format":"coverage-report-summary/v1","plan":"K"}"#),
            Err(BaselineError::NotASummary)
        );
    }
}
