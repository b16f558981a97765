//! What a value that matched nothing can be mapped to, for the mapping screen: a label
//! field's values with their Vietnamese names, or the records of the loaded data a
//! reference can name (outlets, contracts, themes, events), each as (value, label).

use phusong_model::Dataset;
use phusong_sheets::mapping::labels_of;

/// A value to map to, and how it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What the cell becomes: a label's JSON value or a record's id or code.
    pub value: String,
    /// "Phóng sự truyền hình (tv_report)", "Báo Nhân Dân (nd)".
    pub label: String,
}

/// The values `field`'s text can be mapped to (none for a field that is neither a label
/// nor a reference, or a reference with no data loaded).
pub fn value_choices(field: &str, data: Option<&Dataset>) -> Vec<Choice> {
    let choice = |value: &str, name: &str| Choice {
        value: value.to_owned(),
        label: format!("{name} ({value})"),
    };
    if let Some(table) = labels_of(field) {
        return table
            .iter()
            .map(|(value, names)| choice(value, names.first().copied().unwrap_or(value)))
            .collect();
    }
    let Some(data) = data else {
        return Vec::new();
    };
    match field {
        "outlet" => data
            .outlets
            .iter()
            .map(|o| choice(&o.id, &o.name))
            .collect(),
        "contract" => data
            .contracts
            .iter()
            .map(|c| Choice {
                value: c.id.clone(),
                label: match &c.title {
                    Some(t) => format!("{} — {t}", c.id),
                    None => c.id.clone(),
                },
            })
            .collect(),
        "themes" | "theme" | "deliverable_themes" => data
            .plan
            .themes
            .iter()
            .map(|t| Choice {
                value: t.code.clone(),
                label: format!("{} {}", t.code, t.name),
            })
            .collect(),
        "event" => data
            .plan
            .events
            .iter()
            .map(|e| choice(&e.id, &e.name))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_records_to_choose_from() {
        let formats = value_choices("format", None);
        assert!(formats
            .iter()
            .any(|c| c.value == "tv_report" && c.label == "Phóng sự truyền hình (tv_report)"));
        assert!(value_choices("outlet", None).is_empty());
        let json = r#"{"format":"coverage-report/v1","plan":{"id":"KH","title":"K","year":2025,
            "themes":[{"code":"1","name":"Kinh tế","children":[{"code":"1.1","name":"Hạ tầng"}]}],
            "events":[{"id":"e1","name":"Tết","date":"2025-01-29"}]},
            "outlets":[{"id":"nd","name":"Báo Nhân Dân","level":"central"}],
            "contracts":[{"id":"01/HĐ","outlet":"nd","start":"2025-01-01","end":"2025-12-31","value_vnd":1000,"deliverables":[{"format":"print_article","quantity":2}]}]}"#;
        let loaded = phusong_model::load([phusong_model::SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }]);
        let data = loaded.dataset.as_ref();
        assert!(data.is_some(), "{:?}", loaded.diagnostics);
        assert_eq!(
            value_choices("outlet", data),
            vec![Choice {
                value: "nd".into(),
                label: "Báo Nhân Dân (nd)".into()
            }]
        );
        let themes: Vec<String> = value_choices("themes", data)
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(themes, vec!["1 Kinh tế", "1.1 Hạ tầng"]);
        assert_eq!(value_choices("event", data)[0].value, "e1");
        assert_eq!(value_choices("contract", data)[0].value, "01/HĐ");
        assert!(value_choices("title", data).is_empty());
    }
}
