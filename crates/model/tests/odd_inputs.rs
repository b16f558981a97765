//! Odd and big inputs: each either loads or is refused with a clear message, and
//! nothing panics — deep nesting, numbers past 2^53, empty arrays, huge plans.

use phusong_model::diagnostics::{FileError, Reason};
use phusong_model::{load, messages, Lang, SourceFile};

fn load_one(text: &str) -> phusong_model::Loaded {
    load([SourceFile {
        name: "odd.json",
        bytes: text.as_bytes(),
    }])
}

const PLAN: &str = r#""plan": {"id": "KH", "title": "Kế hoạch", "year": 2024, "themes": [{"code": "1", "name": "Chủ đề"}]}"#;

#[test]
fn deep_nesting_never_overflows_the_stack() {
    let depth = 100_000;
    let nest = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // Inside a field phusong ignores: skipped without recursion, the file loads.
    let ignored = format!(r#"{{"format": "coverage-report/v1", {PLAN}, "x": {nest}}}"#);
    assert!(load_one(&ignored).diagnostics.all_accepted());
    // Inside a record: the reader's depth limit refuses the file with a clear message.
    let in_record =
        format!(r#"{{"format": "coverage-report/v1", {PLAN}, "coverage": [{{"title": {nest}}}]}}"#);
    let loaded = load_one(&in_record);
    let refused = &loaded.diagnostics.refused[0];
    assert!(
        matches!(refused.error, FileError::Syntax { .. }),
        "{:?}",
        refused.error
    );
    assert!(messages::refused(refused, Lang::Vi).contains("lồng nhau quá sâu"));
}

#[test]
fn numbers_beyond_2_pow_53_are_ill_typed() {
    let text = format!(
        r#"{{"format": "coverage-report/v1", {PLAN},
            "outlets": [{{"id": "o", "name": "Báo", "level": "central"}}],
            "coverage": [
              {{"id": "a", "date": "2024-01-02", "outlet": "o", "title": "T", "format": "video", "reach": 9007199254740992}},
              {{"id": "b", "date": "2024-01-02", "outlet": "o", "title": "T", "format": "video", "reach": 123456789012345678901234567890}},
              {{"id": "c", "date": "2024-01-02", "outlet": "o", "title": "T", "format": "video", "reach": 9007199254740991}}
            ]}}"#
    );
    let loaded = load_one(&text);
    let q = &loaded.diagnostics.quarantined;
    assert_eq!(q.len(), 2);
    assert!(q
        .iter()
        .all(|q| matches!(q.reasons[0], Reason::IllTyped { .. })));
    let data = loaded.dataset.unwrap();
    assert_eq!(data.items[0].reach, Some(9_007_199_254_740_991));
}

#[test]
fn empty_arrays_load_and_an_empty_theme_list_is_refused() {
    let text = format!(
        r#"{{"format": "coverage-report/v1", {PLAN}, "outlets": [], "contracts": [], "coverage": []}}"#
    );
    let loaded = load_one(&text);
    assert!(loaded.diagnostics.all_accepted());
    assert_eq!(loaded.dataset.unwrap().items.len(), 0);
    let no_themes = r#"{"format": "coverage-report/v1", "plan": {"id": "KH", "title": "T", "year": 2024, "themes": []}}"#;
    let loaded = load_one(no_themes);
    assert!(messages::refused(&loaded.diagnostics.refused[0], Lang::Vi)
        .contains("ít nhất một nội dung"));
}

#[test]
fn a_plan_with_a_thousand_themes_loads() {
    let themes: Vec<String> = (0..1000)
        .map(|i| format!(r#"{{"code": "T{i}", "name": "Chủ đề {i}", "target": {i}, "children": [{{"code": "T{i}.1", "name": "Con"}}]}}"#))
        .collect();
    let text = format!(
        r#"{{"format": "coverage-report/v1", "plan": {{"id": "KH", "title": "T", "year": 2024, "themes": [{}]}}}}"#,
        themes.join(",")
    );
    let loaded = load_one(&text);
    assert_eq!(loaded.dataset.unwrap().plan.themes.len(), 2000);
}

#[test]
fn hostile_strings_are_kept_as_text() {
    let title = format!(
        "<script>alert(1)</script>\u{202E}\u{200B}{}",
        "x".repeat(10_000)
    );
    let text = format!(
        r#"{{"format": "coverage-report/v1", {PLAN},
            "outlets": [{{"id": "o", "name": "\"><img src=x onerror=alert(1)>", "level": "central"}}],
            "coverage": [{{"id": "a", "date": "2024-01-02", "outlet": "o", "title": {}, "format": "video", "url": "javascript:alert(1)"}}]}}"#,
        serde_json::to_string(&title).unwrap()
    );
    let loaded = load_one(&text);
    let data = loaded.dataset.unwrap();
    assert_eq!(data.items[0].title(), title, "kept byte for byte");
    assert_eq!(data.outlets[0].name, "\"><img src=x onerror=alert(1)>");
}

#[test]
fn each_bad_theme_tag_is_named_by_its_position_in_the_list() {
    let text = format!(
        r#"{{"format": "coverage-report/v1", {PLAN},
            "outlets": [{{"id": "o", "name": "Báo", "level": "central"}}],
            "coverage": [{{"id": "a", "date": "2024-01-02", "outlet": "o", "title": "T", "format": "video",
                           "themes": [7, "1", "", "9"]}}]}}"#
    );
    let loaded = load_one(&text);
    let reasons = &loaded.diagnostics.quarantined[0].reasons;
    let fields: Vec<&str> = reasons
        .iter()
        .map(|r| match r {
            Reason::IllTyped { field, .. } | Reason::UnknownReference { field, .. } => {
                field.as_str()
            }
            other => panic!("unexpected reason {other:?}"),
        })
        .collect();
    assert_eq!(fields, ["themes[0]", "themes[2]", "themes[3]"]);
    assert!(matches!(reasons[2], Reason::UnknownReference { ref value, .. } if value == "9"));
}

#[test]
fn an_item_keeps_its_texts_and_normalises_only_headline_and_abstract() {
    let nfd_title = "Tha\u{301}ng Hai"; // "Tháng Hai" with a combining acute accent
    let nfd_summary = "Tóm ta\u{306}\u{301}t"; // "Tóm tắt" decomposed
    let text = format!(
        r#"{{"format": "coverage-report/v1", {PLAN},
            "outlets": [{{"id": "o", "name": "Báo", "level": "central"}}],
            "coverage": [
              {{"id": "a\u0301", "date": "2024-01-02", "outlet": "o", "title": "{nfd_title}", "format": "video",
                "url": "https://vi.example/a", "summary": "{nfd_summary}"}},
              {{"id": "b", "date": "2024-01-03", "outlet": "o", "title": "Tiêu đề", "format": "video", "url": ""}}
            ]}}"#
    );
    let loaded = load_one(&text);
    assert!(
        loaded.diagnostics.all_accepted(),
        "{:?}",
        loaded.diagnostics
    );
    let data = loaded.dataset.unwrap();
    let (a, b) = (&data.items[0], &data.items[1]);
    assert_eq!(a.id(), "a\u{301}", "ids are never normalised");
    assert_eq!(a.title(), "Tháng Hai");
    assert_eq!(a.url(), Some("https://vi.example/a"));
    assert_eq!(a.summary(), Some("Tóm tắt"));
    assert_eq!(
        (b.id(), b.title(), b.url(), b.summary()),
        ("b", "Tiêu đề", None, None)
    );
}
