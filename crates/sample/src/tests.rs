//! Tests of whole generated datasets: determinism, validity, references.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::{sample_json, write_sample, SampleOptions};

const FORMATS: &[&str] = &[
    "print_article",
    "online_article",
    "emagazine",
    "infographic",
    "photo_story",
    "video",
    "tv_report",
    "radio_report",
    "social_post",
    "other",
];

fn parse(items: usize, seed: u64) -> Value {
    let text = sample_json(&SampleOptions { items, seed });
    serde_json::from_str(&text).expect("sample is valid JSON")
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    let s = v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string in {v}"));
    assert!(!s.is_empty(), "{key} is non-empty in {v}");
    s
}

fn int(v: &Value, key: &str) -> u64 {
    let n = v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is a plain integer in {v}"));
    assert!(n <= 9_007_199_254_740_991);
    n
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Ok(y), Ok(m), Ok(day)) = (
        d[..4].parse::<u32>(),
        d[5..7].parse::<u8>(),
        d[8..].parse::<u8>(),
    ) else {
        return false;
    };
    (1..=12).contains(&m)
        && day >= 1
        && day <= crate::calendar::month_lengths(y)[usize::from(m - 1)] as u8
}

fn collect_themes(list: &Value, codes: &mut Vec<String>) {
    for t in list.as_array().expect("themes array") {
        codes.push(s(t, "code").to_string());
        s(t, "name");
        int(t, "target");
        assert!(t["keywords"].as_array().is_some_and(|k| !k.is_empty()));
        if let Some(children) = t.get("children") {
            let n = children.as_array().map_or(0, Vec::len);
            assert!((2..=4).contains(&n), "2–4 children in {}", t["code"]);
            collect_themes(children, codes);
        }
    }
}

/// Checks every rule of the format the generator must follow; returns the
/// coverage array.
fn check_valid(doc: &Value) -> Vec<Value> {
    assert_eq!(doc["format"], "coverage-report/v1");
    s(&doc["organization"], "name");
    let plan = &doc["plan"];
    s(plan, "id");
    s(plan, "title");
    assert_eq!(int(plan, "year"), 2025);
    let (start, end) = (s(&plan["period"], "start"), s(&plan["period"], "end"));
    assert_eq!((start, end), ("2025-01-01", "2025-12-31"));

    let mut codes = Vec::new();
    collect_themes(&plan["themes"], &mut codes);
    let code_set: HashSet<&str> = codes.iter().map(String::as_str).collect();
    assert_eq!(code_set.len(), codes.len(), "theme codes unique");
    assert_eq!(plan["themes"].as_array().map(Vec::len), Some(6));

    let mut event_ids = HashSet::new();
    for e in plan["events"].as_array().expect("events") {
        assert!(event_ids.insert(s(e, "id")), "event ids unique");
        s(e, "name");
        assert!(is_date(s(e, "date")));
        assert!(code_set.contains(s(e, "theme")));
    }

    let mut outlets = HashSet::new();
    for o in doc["outlets"].as_array().expect("outlets") {
        assert!(outlets.insert(s(o, "id")), "outlet ids unique");
        s(o, "name");
        assert!(["central", "provincial", "other_province", "other"].contains(&s(o, "level")));
        assert!([
            "newspaper",
            "magazine",
            "online",
            "tv",
            "radio",
            "news_agency"
        ]
        .contains(&s(o, "kind")));
    }

    let mut contracts = HashMap::new();
    for c in doc["contracts"].as_array().expect("contracts") {
        let id = s(c, "id");
        assert!(id.ends_with("/2025/HĐ-STTTT"), "{id}");
        assert!(outlets.contains(s(c, "outlet")));
        s(c, "title");
        let (cs, ce) = (s(c, "start"), s(c, "end"));
        assert!(is_date(cs) && is_date(ce) && is_date(s(c, "signed")));
        assert!(
            start <= cs && cs <= ce && ce <= end,
            "term within the year: {c}"
        );
        let value = int(c, "value_vnd");
        assert!(value.is_multiple_of(1_000_000) && (100_000_000..=900_000_000).contains(&value));
        let ds = c["deliverables"].as_array().expect("deliverables");
        assert!((1..=3).contains(&ds.len()));
        let mut formats = Vec::new();
        for d in ds {
            formats.push(s(d, "format").to_string());
            assert!(FORMATS.contains(&s(d, "format")));
            assert!(int(d, "quantity") >= 1);
            for t in d["themes"].as_array().into_iter().flatten() {
                assert!(code_set.contains(t.as_str().expect("theme code")));
            }
        }
        assert!(
            contracts.insert(id, (s(c, "outlet"), formats)).is_none(),
            "contract ids unique"
        );
    }

    let items = doc["coverage"].as_array().expect("coverage").clone();
    let mut ids = HashSet::new();
    for it in &items {
        assert!(ids.insert(s(it, "id").to_string()), "item ids unique");
        let date = s(it, "date");
        assert!(is_date(date) && start <= date && date <= end, "{it}");
        assert!(outlets.contains(s(it, "outlet")));
        s(it, "title");
        assert!(FORMATS.contains(&s(it, "format")));
        if let Some(url) = it.get("url") {
            assert!(url.as_str().is_some_and(|u| u.starts_with("https://")));
        }
        for t in it["themes"].as_array().into_iter().flatten() {
            assert!(code_set.contains(t.as_str().expect("theme code")), "{it}");
        }
        if let Some(c) = it.get("contract") {
            let (outlet, _) = contracts
                .get(c.as_str().expect("contract id"))
                .expect("known contract");
            assert_eq!(
                *outlet,
                s(it, "outlet"),
                "item outlet is its contract's outlet"
            );
        }
        if let Some(e) = it.get("event") {
            assert!(event_ids.contains(e.as_str().expect("event id")));
        }
        if let Some(t) = it.get("tone") {
            assert!(["positive", "neutral", "negative"].contains(&t.as_str().expect("tone")));
        }
        if it.get("reach").is_some() {
            int(it, "reach");
        }
    }
    items
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let a = sample_json(&SampleOptions {
        items: 500,
        seed: 7,
    });
    let b = sample_json(&SampleOptions {
        items: 500,
        seed: 7,
    });
    let c = sample_json(&SampleOptions {
        items: 500,
        seed: 8,
    });
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn writer_and_string_agree() {
    let opts = SampleOptions {
        items: 3_000,
        seed: 1,
    };
    let mut bytes = Vec::new();
    write_sample(&opts, &mut bytes).expect("writing to a Vec");
    assert_eq!(bytes, sample_json(&opts).into_bytes());
}

#[test]
fn valid_with_expected_item_count() {
    for (items, seed) in [(0, 1), (1, 2), (7, 3), (1_000, 2025), (20_000, 4)] {
        let doc = parse(items, seed);
        let got = check_valid(&doc);
        assert_eq!(got.len(), items);
        if items > 0 {
            assert_eq!(got[0]["id"], "TT-000001");
        }
    }
}

#[test]
fn one_item_per_line() {
    let text = sample_json(&SampleOptions { items: 50, seed: 3 });
    let lines = text
        .lines()
        .filter(|l| l.trim_start().starts_with("{\"id\": \"TT-"))
        .count();
    assert_eq!(lines, 50);
}

#[test]
fn proportions_are_realistic() {
    let doc = parse(20_000, 2025);
    let items = doc["coverage"].as_array().expect("coverage");
    let n = items.len() as f64;
    let share = |f: &dyn Fn(&Value) -> bool| items.iter().filter(|i| f(i)).count() as f64 / n;
    let contracted = share(&|i| i.get("contract").is_some());
    let untagged = share(&|i| i["themes"].as_array().is_none_or(Vec::is_empty));
    let unrated = share(&|i| i.get("tone").is_none());
    let with_event = share(&|i| i.get("event").is_some());
    assert!(
        (0.48..0.62).contains(&contracted),
        "contracted {contracted}"
    );
    assert!((0.03..0.07).contains(&untagged), "untagged {untagged}");
    assert!((0.03..0.07).contains(&unrated), "unrated {unrated}");
    assert!((0.05..0.4).contains(&with_event), "with event {with_event}");

    // Every month has items, and items are in date order.
    let dates: Vec<&str> = items
        .iter()
        .map(|i| i["date"].as_str().unwrap_or(""))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    let months: HashSet<&str> = dates.iter().map(|d| &d[..7]).collect();
    assert_eq!(months.len(), 12);

    // Formats follow the outlet kind.
    let kinds: HashMap<&str, &str> = doc["outlets"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            (
                o["id"].as_str().unwrap_or(""),
                o["kind"].as_str().unwrap_or(""),
            )
        })
        .collect();
    for it in items {
        let kind = kinds[it["outlet"].as_str().unwrap_or("")];
        let format = it["format"].as_str().unwrap_or("");
        if format == "tv_report" {
            assert_eq!(kind, "tv");
        }
        if format == "radio_report" {
            assert_eq!(kind, "radio");
        }
    }
}

#[test]
fn attainment_is_mixed() {
    let doc = parse(20_000, 2025);
    let items = doc["coverage"].as_array().expect("coverage");
    // Count per top-level area (code before the first dot, once per item).
    let mut counts: HashMap<String, u64> = HashMap::new();
    for it in items {
        let mut areas: Vec<&str> = it["themes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|c| c.split('.').next().unwrap_or(c))
            .collect();
        areas.dedup();
        for a in areas {
            *counts.entry(a.to_string()).or_default() += 1;
        }
    }
    let ratios: Vec<f64> = doc["plan"]["themes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            counts
                .get(t["code"].as_str().unwrap_or(""))
                .copied()
                .unwrap_or(0) as f64
                / t["target"].as_f64().unwrap_or(1.0)
        })
        .collect();
    assert!(ratios.iter().any(|&r| r > 1.0), "{ratios:?}");
    assert!(ratios.iter().any(|&r| r < 0.55), "{ratios:?}");
    assert!(
        ratios.iter().filter(|&&r| (0.4..=1.2).contains(&r)).count() >= 3,
        "{ratios:?}"
    );
}
