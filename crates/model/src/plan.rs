//! Validation of the `organization` and `plan` sections of one file. Any problem
//! there refuses the file, so each check stops at the first problem, with its path.

use crate::check::json::{self, Located};
use crate::check::MAX_SAFE_INTEGER;
use crate::dataset::{Event, Organization, Period, Plan, Theme, ThemeIdx};
use crate::date::months_spanned;
use crate::diagnostics::{Expected, FieldProblem, Found};
use crate::suggest::closest;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Longest period the format allows, in months from the first to the last.
pub const MAX_PERIOD_MONTHS: i64 = 120;

/// A display text (names, titles) in NFC; see [`crate::nfc`].
fn display(text: String) -> String {
    crate::nfc::display(std::borrow::Cow::Owned(text))
}

/// Reads `organization`.
pub fn organization(v: &Value) -> Result<Organization, Located> {
    let path = "organization";
    let obj = json::object(v, path)?;
    Ok(Organization {
        name: display(json::text(obj, path, "name")?),
        parent: json::opt_text(obj, path, "parent")?.map(display),
        place: json::opt_text(obj, path, "place")?.map(display),
    })
}

/// Reads and checks `plan`.
pub fn plan(v: &Value) -> Result<Plan, Located> {
    let path = "plan";
    let obj = json::object(v, path)?;
    let id = json::text(obj, path, "id")?;
    let title = display(json::text(obj, path, "title")?);
    let year = match json::field(obj, "year") {
        None => return Err((json::join(path, "year"), FieldProblem::Missing)),
        Some(y) => json::integer_value(y, "plan.year", 1000, 9999, Expected::Year)?,
    };
    let year = i32::try_from(year).map_err(|_| year_problem(v))?;
    let period = period(obj, year)?;
    let themes = themes(obj)?;
    let events = events(obj, &themes)?;
    Ok(Plan {
        id,
        title,
        year,
        period,
        themes,
        events,
    })
}

fn year_problem(v: &Value) -> Located {
    (
        "plan.year".to_owned(),
        FieldProblem::IllTyped {
            expected: Expected::Year,
            found: Found::of_json(v),
        },
    )
}

fn period(obj: &Map<String, Value>, year: i32) -> Result<Period, Located> {
    let Some(v) = json::field(obj, "period") else {
        let start = NaiveDate::from_ymd_opt(year, 1, 1);
        let end = NaiveDate::from_ymd_opt(year, 12, 31);
        return match (start, end) {
            (Some(start), Some(end)) => Ok(Period { start, end }),
            _ => Err(("plan.year".to_owned(), FieldProblem::Missing)),
        };
    };
    let p = json::object(v, "plan.period")?;
    let start = match json::field(p, "start") {
        Some(s) => json::date_value(s, "plan.period.start")?,
        None => return Err(("plan.period.start".to_owned(), FieldProblem::Missing)),
    };
    let end = match json::field(p, "end") {
        Some(e) => json::date_value(e, "plan.period.end")?,
        None => return Err(("plan.period.end".to_owned(), FieldProblem::Missing)),
    };
    if end < start {
        return Err((
            "plan.period".to_owned(),
            FieldProblem::EndBeforeStart { start, end },
        ));
    }
    let months = months_spanned(start, end);
    if months > MAX_PERIOD_MONTHS {
        return Err((
            "plan.period".to_owned(),
            FieldProblem::PeriodTooLong { months },
        ));
    }
    Ok(Period { start, end })
}

fn themes(obj: &Map<String, Value>) -> Result<Vec<Theme>, Located> {
    let list = match json::field(obj, "themes") {
        None => return Err(("plan.themes".to_owned(), FieldProblem::Missing)),
        Some(v) => array(v, "plan.themes")?,
    };
    if list.is_empty() {
        return Err(("plan.themes".to_owned(), FieldProblem::NoThemes));
    }
    let mut tree = TreeBuilder::default();
    tree.add_all(list, "plan.themes", None, 0)?;
    Ok(tree.themes)
}

fn array<'a>(v: &'a Value, path: &str) -> Result<&'a Vec<Value>, Located> {
    v.as_array().ok_or_else(|| {
        (
            path.to_owned(),
            FieldProblem::IllTyped {
                expected: Expected::Array,
                found: Found::of_json(v),
            },
        )
    })
}

/// Flattens the theme tree depth-first, checking each theme and code uniqueness.
#[derive(Default)]
struct TreeBuilder {
    themes: Vec<Theme>,
    first_path: HashMap<String, String>,
}

impl TreeBuilder {
    fn add_all(
        &mut self,
        list: &[Value],
        path: &str,
        parent: Option<ThemeIdx>,
        depth: u32,
    ) -> Result<(), Located> {
        for (i, v) in list.iter().enumerate() {
            self.add(v, &format!("{path}[{i}]"), parent, depth)?;
        }
        Ok(())
    }

    fn add(
        &mut self,
        v: &Value,
        path: &str,
        parent: Option<ThemeIdx>,
        depth: u32,
    ) -> Result<(), Located> {
        let obj = json::object(v, path)?;
        let code = json::text(obj, path, "code")?;
        let name = display(json::text(obj, path, "name")?);
        let target = json::field(obj, "target")
            .map(|t| {
                let p = json::join(path, "target");
                json::integer_value(t, &p, 0, MAX_SAFE_INTEGER, Expected::Integer { min: 0 })
            })
            .transpose()?;
        let keywords = match json::field(obj, "keywords") {
            None => Vec::new(),
            Some(k) => string_list(k, &json::join(path, "keywords"))?,
        };
        if let Some(first) = self.first_path.get(&code) {
            return Err((
                json::join(path, "code"),
                FieldProblem::DuplicateThemeCode {
                    code,
                    first: first.clone(),
                },
            ));
        }
        self.first_path
            .insert(code.clone(), json::join(path, "code"));
        let index = self.themes.len();
        let me = ThemeIdx::try_from(index).map_err(|_| (path.to_owned(), FieldProblem::Missing))?;
        self.themes.push(Theme {
            code,
            name,
            target,
            keywords,
            parent,
            depth,
            subtree_end: me + 1,
        });
        if let Some(children) = json::field(obj, "children") {
            let p = json::join(path, "children");
            self.add_all(array(children, &p)?, &p, Some(me), depth + 1)?;
        }
        let end = ThemeIdx::try_from(self.themes.len()).unwrap_or(ThemeIdx::MAX);
        if let Some(t) = self.themes.get_mut(index) {
            t.subtree_end = end;
        }
        Ok(())
    }
}

fn string_list(v: &Value, path: &str) -> Result<Vec<String>, Located> {
    array(v, path)?
        .iter()
        .enumerate()
        .map(|(i, s)| match s.as_str() {
            Some(s) if !s.is_empty() => Ok(s.to_owned()),
            _ => Err((
                format!("{path}[{i}]"),
                FieldProblem::IllTyped {
                    expected: Expected::NonEmptyString,
                    found: Found::of_json(s),
                },
            )),
        })
        .collect()
}

fn events(obj: &Map<String, Value>, themes: &[Theme]) -> Result<Vec<Event>, Located> {
    let Some(list) = json::field(obj, "events") else {
        return Ok(Vec::new());
    };
    let list = array(list, "plan.events")?;
    let mut events: Vec<Event> = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let path = format!("plan.events[{i}]");
        let e = json::object(v, &path)?;
        let id = json::text(e, &path, "id")?;
        let name = display(json::text(e, &path, "name")?);
        let date = match json::field(e, "date") {
            Some(d) => json::date_value(d, &json::join(&path, "date"))?,
            None => return Err((json::join(&path, "date"), FieldProblem::Missing)),
        };
        let theme = match json::opt_text(e, &path, "theme")? {
            None => None,
            Some(code) => Some(theme_ref(themes, &code).ok_or_else(|| {
                let suggestion = closest(&code, themes.iter().map(|t| t.code.as_str()));
                (
                    json::join(&path, "theme"),
                    FieldProblem::UnknownTheme {
                        suggestion: suggestion.map(str::to_owned),
                        code: code.clone(),
                    },
                )
            })?),
        };
        if events.iter().any(|other| other.id == id) {
            return Err((
                json::join(&path, "id"),
                FieldProblem::DuplicateEventId { id },
            ));
        }
        events.push(Event {
            id,
            name,
            date,
            theme,
        });
    }
    Ok(events)
}

fn theme_ref(themes: &[Theme], code: &str) -> Option<ThemeIdx> {
    themes
        .iter()
        .position(|t| t.code == code)
        .and_then(|i| ThemeIdx::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plan_with(extra: Value) -> Value {
        let mut p = json!({"id": "KH", "title": "T", "year": 2024,
            "themes": [{"code": "1", "name": "A", "children": [{"code": "1.1", "name": "B"}]},
                       {"code": "2", "name": "C", "target": 5}]});
        if let (Some(p), Some(e)) = (p.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                p.insert(k.clone(), v.clone());
            }
        }
        p
    }

    #[test]
    fn flattens_depth_first_with_subtrees() {
        let p = plan(&plan_with(json!({}))).unwrap();
        let codes: Vec<_> = p.themes.iter().map(|t| t.code.as_str()).collect();
        assert_eq!(codes, ["1", "1.1", "2"]);
        assert_eq!(p.themes[0].subtree_end, 2);
        assert_eq!(p.themes[1].parent, Some(0));
        assert_eq!(p.themes[2].subtree_end, 3);
        assert_eq!(p.period.start.to_string(), "2024-01-01");
        assert_eq!(p.period.end.to_string(), "2024-12-31");
    }

    #[test]
    fn locates_problems() {
        let bad = |extra: Value| plan(&plan_with(extra)).unwrap_err();
        assert_eq!(bad(json!({"year": 20230})).0, "plan.year");
        assert_eq!(bad(json!({"year": 2024.0})).0, "plan.year");
        let (path, problem) = bad(json!({"period": {"start": "2024-12-31", "end": "2024-01-01"}}));
        assert_eq!(path, "plan.period");
        assert!(matches!(problem, FieldProblem::EndBeforeStart { .. }));
        let (path, problem) = bad(json!({"period": {"start": "2024-01-01", "end": "2034-01-01"}}));
        assert_eq!(
            (path.as_str(), problem),
            ("plan.period", FieldProblem::PeriodTooLong { months: 121 })
        );
        assert!(plan(&plan_with(
            json!({"period": {"start": "2024-01-01", "end": "2033-12-31"}})
        ))
        .is_ok());
        let (path, _) = bad(
            json!({"themes": [{"code": "1", "name": "A", "children": [{"code": "1", "name": "B"}]}]}),
        );
        assert_eq!(path, "plan.themes[0].children[0].code");
        let (path, _) = bad(json!({"themes": [{"code": "1", "name": "A", "target": -1}]}));
        assert_eq!(path, "plan.themes[0].target");
        assert_eq!(bad(json!({"themes": []})).1, FieldProblem::NoThemes);
        let (path, problem) = bad(
            json!({"events": [{"id": "e", "name": "E", "date": "2024-05-07", "theme": "1.2"}]}),
        );
        assert_eq!(path, "plan.events[0].theme");
        assert!(matches!(problem, FieldProblem::UnknownTheme { .. }));
        let (path, problem) =
            bad(json!({"events": [{"id": "e", "name": "E", "date": "07/05/2024"}]}));
        assert_eq!(path, "plan.events[0].date");
        assert_eq!(
            problem,
            FieldProblem::BadDate {
                value: "07/05/2024".into(),
                hint: Some("2024-05-07".into())
            }
        );
    }
}
