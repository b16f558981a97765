//! Comparing a summary with an expected one that predates the additive fields of v1 (the
//! shared conformance cases): every expected field must be there and equal, recursively
//! (integers and strings exactly, other numbers within 1e-9, arrays of the same length);
//! a field that is not expected is allowed only if it is one of [`ADDITIONS`].

use serde_json::Value;

/// The additive fields of `coverage-report-summary/v1` (data-format.md, "Additions"), as
/// paths: `$` the document, `[]` any element of an array.
pub const ADDITIONS: [&str; 6] = [
    "$.as_of",
    "$.months[].tone",
    "$.tone_alerts",
    "$.contracts[].value_per_delivered_vnd",
    "$.value_by_level",
    "$.comparison",
];

/// The differences between `got` and `expected` (empty when `got` is `expected` with
/// only listed additions), each "path: what".
pub fn subset_diff(got: &Value, expected: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(got, expected, "$", "$", &mut out);
    out
}

fn walk(got: &Value, want: &Value, at: &str, pattern: &str, out: &mut Vec<String>) {
    match (got, want) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if (a - b).abs() > 1e-9 || a.is_nan() {
                out.push(format!("{at}: {a} ≠ {b} (±1e-9)"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                out.push(format!("{at}: {} elements ≠ {}", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                walk(x, y, &format!("{at}[{i}]"), &format!("{pattern}[]"), out);
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get(k) {
                    Some(g) => walk(g, v, &format!("{at}.{k}"), &format!("{pattern}.{k}"), out),
                    None => out.push(format!("{at}.{k}: missing")),
                }
            }
            for k in a.keys().filter(|k| !b.contains_key(*k)) {
                let p = format!("{pattern}.{k}");
                if !ADDITIONS.contains(&p.as_str()) {
                    out.push(format!("{at}.{k}: unexpected"));
                }
            }
        }
        _ if got == want => {}
        _ => out.push(format!("{at}: {got} ≠ {want}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn additions_are_allowed_anything_else_is_not() {
        let want = json!({"plan": "KH", "months": [{"month": "2024-01", "items": 1}],
                          "contracts": [{"fulfilment": 0.5}]});
        let got = json!({"plan": "KH", "months": [{"month": "2024-01", "items": 1,
                          "tone": {"negative": 0}}], "tone_alerts": [],
                          "contracts": [{"fulfilment": 0.5 + 1e-12, "value_per_delivered_vnd": null}],
                          "value_by_level": [], "as_of": "2024-05-01"});
        assert_eq!(subset_diff(&got, &want), Vec::<String>::new());
        let extra = json!({"plan": "KH", "months": [{"month": "2024-01", "items": 1, "x": 1}],
                           "contracts": [{"fulfilment": 0.5}], "y": 2});
        assert_eq!(
            subset_diff(&extra, &want),
            vec!["$.months[0].x: unexpected", "$.y: unexpected"]
        );
        let wrong = json!({"plan": "KH2", "months": [], "contracts": [{}]});
        assert_eq!(
            subset_diff(&wrong, &want),
            vec![
                "$.contracts[0].fulfilment: missing",
                "$.months: 0 elements ≠ 1",
                "$.plan: \"KH2\" ≠ \"KH\"",
            ]
        );
    }
}
