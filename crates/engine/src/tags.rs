//! Themes the author accepted for items ("gắn bổ sung"): applied to a dataset before the
//! report is built, so that every count, filter, table and export sees them, and written
//! into a copy of a source file for "Lưu dữ liệu dạng JSON". The source files never change.

use phusong_model::{Dataset, ThemeIdx};
use serde_json::Value;
use std::collections::BTreeMap;

/// The author's accepted themes: item id → theme codes, in the order accepted.
pub type AcceptedTags = BTreeMap<String, Vec<String>>;

/// What applying accepted tags added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    /// Items that gained at least one theme.
    pub items: u64,
    /// Themes added, over all items.
    pub themes: u64,
}

/// The themes of `codes` that `data`'s plan knows and the item lacks, in order.
fn missing(data: &Dataset, have: &[ThemeIdx], codes: &[String]) -> Vec<ThemeIdx> {
    let mut out: Vec<ThemeIdx> = Vec::new();
    for code in codes {
        if let Some(t) = data.plan.theme_index(code) {
            if !have.contains(&t) && !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// Adds to each item of `data` the accepted themes it lacks (ids or codes `data` does not
/// know are passed over); says how many were added.
pub fn apply_tags(data: &mut Dataset, tags: &AcceptedTags) -> Added {
    let mut added = Added::default();
    if tags.is_empty() {
        return added;
    }
    for i in 0..data.items.len() {
        let Some(codes) = tags.get(data.items[i].id()) else {
            continue;
        };
        let new = missing(data, &data.items[i].themes, codes);
        if !new.is_empty() {
            added.items += 1;
            added.themes += new.len() as u64;
            data.items[i].themes.extend(new);
        }
    }
    added
}

/// Each item the accepted `tags` add themes to, in `data`'s order: its position and the
/// themes they add (those it lacks, each once), without changing it.
fn each_added<'a>(
    data: &'a Dataset,
    tags: &'a AcceptedTags,
) -> impl Iterator<Item = (usize, Vec<ThemeIdx>)> + 'a {
    // No tags: not even a look at the items.
    let items = if tags.is_empty() {
        &[][..]
    } else {
        &data.items[..]
    };
    items.iter().enumerate().filter_map(move |(i, item)| {
        let new = missing(data, &item.themes, tags.get(item.id())?);
        (!new.is_empty()).then_some((i, new))
    })
}

/// What [`apply_tags`] would add to `data`, without changing it.
pub fn count_added(data: &Dataset, tags: &AcceptedTags) -> Added {
    each_added(data, tags).fold(Added::default(), |mut a, (_, new)| {
        a.items += 1;
        a.themes += new.len() as u64;
        a
    })
}

/// The items the accepted `tags` add themes to ("Đã gắn bổ sung"), in `data`'s order: each
/// item's position in `data.items` and the themes added to it. Ids and codes `data` does
/// not know, and themes an item has already, are left out, as [`apply_tags`] leaves them.
pub fn added_themes(data: &Dataset, tags: &AcceptedTags) -> Vec<(usize, Vec<ThemeIdx>)> {
    each_added(data, tags).collect()
}

/// The top-level keys of a `coverage-report/v1` file in the order the spec writes them
/// (the model reads the coverage while it arrives when these come before it).
const KEY_ORDER: [&str; 6] = [
    "format",
    "organization",
    "plan",
    "outlets",
    "contracts",
    "coverage",
];

/// A copy of the `coverage-report/v1` file `json` whose coverage items carry the accepted
/// themes (added after their own, each code once), or `None` when it is not such a file or
/// no item of it gains a theme. Top-level keys in the spec's order, one coverage item a line;
/// the keys inside an object come out sorted.
pub fn tagged_json(json: &[u8], tags: &AcceptedTags) -> Option<String> {
    if tags.is_empty() {
        return None;
    }
    let Ok(Value::Object(mut top)) = serde_json::from_slice::<Value>(json) else {
        return None;
    };
    let mut changed = false;
    if let Some(Value::Array(items)) = top.get_mut("coverage") {
        for item in items.iter_mut().filter_map(Value::as_object_mut) {
            let Some(codes) = item
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| tags.get(id))
            else {
                continue;
            };
            let mut themes: Vec<Value> = match item.get("themes") {
                Some(Value::Array(a)) => a.clone(),
                Some(Value::String(s)) => vec![Value::String(s.clone())],
                _ => Vec::new(),
            };
            let before = themes.len();
            for code in codes {
                if !themes.iter().any(|t| t.as_str() == Some(code)) {
                    themes.push(Value::String(code.clone()));
                }
            }
            if themes.len() > before {
                item.insert("themes".to_owned(), Value::Array(themes));
                changed = true;
            }
        }
    }
    if !changed {
        return None;
    }
    let mut out = String::with_capacity(json.len() + 1024);
    out.push('{');
    let mut first = true;
    let mut write = |out: &mut String, key: &str, value: &Value| {
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        out.push_str(&Value::String(key.to_owned()).to_string());
        out.push_str(": ");
        match value {
            Value::Array(items) if key == "coverage" => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n  " } else { ",\n  " });
                    out.push_str(&item.to_string());
                }
                out.push_str("\n]");
            }
            v => out.push_str(&v.to_string()),
        }
    };
    for key in KEY_ORDER {
        if let Some(v) = top.get(key) {
            write(&mut out, key, v);
        }
    }
    for (key, v) in &top {
        if !KEY_ORDER.contains(&key.as_str()) {
            write(&mut out, key, v);
        }
    }
    out.push_str("\n}\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{build_report, Filter, ReportOptions};
    use phusong_model::{load, SourceFile};

    const JSON: &str = r#"{"format":"coverage-report/v1",
      "plan":{"id":"KH","title":"t","year":2025,"themes":[
        {"code":"1","name":"A","children":[{"code":"1.1","name":"B"}]},{"code":"2","name":"C"}]},
      "outlets":[{"id":"a","name":"A","level":"provincial"}],
      "coverage":[
        {"id":"x","date":"2025-02-01","outlet":"a","title":"x","format":"video"},
        {"id":"y","date":"2025-02-02","outlet":"a","title":"y","format":"video","themes":["2"]},
        {"id":"z","date":"2025-02-03","outlet":"a","title":"z","format":"video","themes":[]}]}"#;

    fn data(json: &str) -> Dataset {
        load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }])
        .dataset
        .unwrap()
    }

    fn tags(pairs: &[(&str, &[&str])]) -> AcceptedTags {
        pairs
            .iter()
            .map(|(id, codes)| {
                (
                    id.to_string(),
                    codes.iter().map(|c| c.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn accepted_tags_count_in_the_report() {
        let mut d = data(JSON);
        let before = build_report(&d, &Filter::default(), ReportOptions::default());
        assert_eq!(before.totals.untagged_items, 2);
        let t = tags(&[
            ("x", &["1.1"]),
            ("y", &["2", "1"]),
            ("z", &["9"]),
            ("nobody", &["1"]),
        ]);
        assert_eq!(
            count_added(&d, &t),
            Added {
                items: 2,
                themes: 2
            }
        );
        // x gains 1.1; y gains 1 (it has 2); z's and nobody's codes are unknown.
        let theme = |code: &str| d.plan.theme_index(code).unwrap();
        assert_eq!(
            added_themes(&d, &t),
            [(0, vec![theme("1.1")]), (1, vec![theme("1")])]
        );
        assert_eq!(added_themes(&d, &AcceptedTags::new()), []);
        assert_eq!(
            apply_tags(&mut d, &t),
            Added {
                items: 2,
                themes: 2
            }
        );
        let after = build_report(&d, &Filter::default(), ReportOptions::default());
        assert_eq!(after.totals.untagged_items, 1);
        let items = |code: &str| {
            let t = d.plan.theme_index(code).unwrap();
            after.themes.iter().find(|r| r.theme == t).unwrap().items
        };
        // x under 1.1 and its parent 1; y under 1 and 2.
        assert_eq!((items("1"), items("1.1"), items("2")), (2, 1, 1));
        // Applied twice: nothing more.
        assert_eq!(apply_tags(&mut d, &t), Added::default());
        assert_eq!(added_themes(&d, &t), []);
    }

    #[test]
    fn the_saved_json_carries_them_and_loads_to_the_same_counts() {
        let t = tags(&[("x", &["1.1"]), ("z", &["2"]), ("y", &["2"])]);
        let saved = tagged_json(JSON.as_bytes(), &t).unwrap();
        assert!(saved.starts_with("{\n\"format\": \"coverage-report/v1\",\n\"plan\""));
        let mut tagged = data(JSON);
        apply_tags(&mut tagged, &t);
        let back = data(&saved);
        assert_eq!(back.items, tagged.items);
        // Nothing to add: no copy.
        assert_eq!(tagged_json(saved.as_bytes(), &t), None);
        assert_eq!(tagged_json(b"not json", &t), None);
        assert_eq!(tagged_json(JSON.as_bytes(), &AcceptedTags::new()), None);
    }
}
