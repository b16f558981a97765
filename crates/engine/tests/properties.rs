//! Property tests of the counting rules on generated datasets: the invariants the
//! core issue lists, over random plans, outlets, contracts, items and filters.

use chrono::NaiveDate;
use phusong_engine::{
    build_report, build_report_with_titles, report_of, summary, Filter, FoldedTitles, Report,
    ReportOptions,
};
use phusong_model::{load, Dataset, Format, Level, SourceFile, Tone};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A small deterministic generator driven by proptest's seed.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Files of a random, valid dataset (no duplicate ids), split over several files.
fn dataset_files(seed: u64) -> Vec<(String, Vec<u8>)> {
    let mut g = Gen(seed);
    let mut codes = Vec::new();
    let themes: Vec<Value> = (0..1 + g.below(4))
        .map(|i| {
            let code = format!("{}", i + 1);
            codes.push(code.clone());
            let children: Vec<Value> = (0..g.below(4))
                .map(|j| {
                    let c = format!("{}.{}", i + 1, j + 1);
                    codes.push(c.clone());
                    let grandchildren: Vec<Value> = (0..g.below(2))
                        .map(|k| {
                            let gc = format!("{c}.{}", k + 1);
                            codes.push(gc.clone());
                            json!({"code": gc, "name": format!("Nội dung {gc}")})
                        })
                        .collect();
                    json!({"code": c, "name": format!("Nội dung {c}"), "target": g.below(20), "children": grandchildren})
                })
                .collect();
            json!({"code": code, "name": format!("Lĩnh vực {code}"), "target": g.below(40), "children": children})
        })
        .collect();
    let events: Vec<Value> = (0..g.below(3))
        .map(|i| json!({"id": format!("e{i}"), "name": "Sự kiện", "date": "2024-05-01"}))
        .collect();
    let plan = json!({"format": "coverage-report/v1",
        "plan": {"id": "KH", "title": "Kế hoạch", "year": 2024,
                 "period": {"start": "2024-02-01", "end": "2024-11-30"},
                 "themes": themes, "events": events}});
    let levels = ["central", "provincial", "other_province", "other"];
    let outlets: Vec<Value> = (0..1 + g.below(5))
        .map(|i| json!({"id": format!("o{i}"), "name": format!("Báo {i}"), "level": g.pick(&levels)}))
        .collect();
    let n_outlets = outlets.len();
    let contracts: Vec<Value> = (0..g.below(4))
        .map(|i| {
            let deliverables: Vec<Value> = (0..1 + g.below(3))
                .map(|_| json!({"format": g.pick(Format::NAMES), "quantity": 1 + g.below(6)}))
                .collect();
            json!({"id": format!("HĐ {i}"), "outlet": format!("o{}", g.below(n_outlets)),
                   "start": "2024-03-01", "end": "2024-09-30", "value_vnd": g.below(1000) * 1_000_000,
                   "deliverables": deliverables})
        })
        .collect();
    let n_contracts = contracts.len();
    let n_events = events.len();
    let items: Vec<Value> = (0..g.below(80))
        .map(|i| {
            let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(g.below(366) as u64);
            let tags: Vec<&String> = (0..g.below(3)).map(|_| g.pick(&codes)).collect();
            let mut item = json!({"id": format!("t{i}"), "date": day.to_string(), "outlet": format!("o{}", g.below(n_outlets)),
                                  "title": format!("Tin {i}"), "format": g.pick(Format::NAMES), "themes": tags});
            if n_contracts > 0 && g.chance(50) {
                item["contract"] = json!(format!("HĐ {}", g.below(n_contracts)));
            }
            if n_events > 0 && g.chance(30) {
                item["event"] = json!(format!("e{}", g.below(n_events)));
            }
            if g.chance(70) {
                item["tone"] = json!(g.pick(Tone::NAMES));
            }
            if g.chance(60) {
                item["reach"] = json!(g.below(100_000));
            }
            item
        })
        .collect();
    // Split records over files: outlets, contracts, then coverage in up to three parts.
    let mut files = vec![("plan.json".to_owned(), plan)];
    files.push((
        "outlets.json".into(),
        json!({"format": "coverage-report/v1", "outlets": outlets}),
    ));
    files.push((
        "contracts.json".into(),
        json!({"format": "coverage-report/v1", "contracts": contracts}),
    ));
    let parts = 1 + g.below(3);
    let chunk = items.len().div_ceil(parts).max(1);
    for (k, part) in items.chunks(chunk).enumerate() {
        files.push((
            format!("coverage-{k}.json"),
            json!({"format": "coverage-report/v1", "coverage": part}),
        ));
    }
    files
        .into_iter()
        .map(|(n, v)| (n, serde_json::to_vec(&v).unwrap()))
        .collect()
}

fn load_files(files: &[(String, Vec<u8>)]) -> (Dataset, Report) {
    let loaded = load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b }));
    assert!(
        loaded.diagnostics.all_accepted(),
        "{:?}",
        loaded.diagnostics
    );
    let report = report_of(&loaded, &Filter::default()).unwrap();
    (loaded.dataset.unwrap(), report)
}

/// A random filter over the dataset's own themes, outlets, contracts.
fn random_filter(data: &Dataset, seed: u64) -> Filter {
    let mut g = Gen(seed ^ 0xF11);
    let mut f = Filter::default();
    if g.chance(40) {
        f.from = NaiveDate::from_ymd_opt(2024, 1 + g.below(12) as u32, 1);
    }
    if g.chance(40) {
        f.to = NaiveDate::from_ymd_opt(2024, 1 + g.below(12) as u32, 28);
    }
    if g.chance(40) {
        f.themes = vec![g.below(data.plan.themes.len()) as u32];
    }
    if g.chance(30) {
        f.outlets = vec![g.below(data.outlets.len()) as u32];
    }
    if g.chance(30) {
        f.levels = vec![*g.pick(Level::ALL)];
    }
    if g.chance(30) {
        f.contracts = vec![if data.contracts.is_empty() || g.chance(30) {
            None
        } else {
            Some(g.below(data.contracts.len()) as u32)
        }];
    }
    if g.chance(30) {
        f.formats = vec![*g.pick(Format::ALL)];
    }
    if g.chance(30) {
        f.tones = vec![if g.chance(25) {
            None
        } else {
            Some(*g.pick(Tone::ALL))
        }];
    }
    if g.chance(20) {
        f.title = "tin 1".into();
    }
    f
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn counts_are_consistent(seed in any::<u64>()) {
        let (data, r) = load_files(&dataset_files(seed));
        let t = r.totals;
        prop_assert_eq!(r.months.iter().map(|m| m.items).sum::<u64>(), t.items);
        prop_assert_eq!(r.outlets.iter().map(|o| o.items).sum::<u64>(), t.items);
        prop_assert_eq!(t.contracted_items + t.uncontracted_items, t.items);
        prop_assert_eq!(r.formats.iter().sum::<u64>(), t.items);
        prop_assert!(r.events.iter().map(|e| e.items).sum::<u64>() <= t.items);
        prop_assert_eq!(r.tone.positive + r.tone.neutral + r.tone.negative + r.tone.unrated, t.items);
        for m in &r.months {
            prop_assert_eq!(m.by_top_theme.iter().sum::<u64>(), m.items);
            prop_assert_eq!(m.tone.total(), m.items);
        }
        // The months' tones add up to the view's; alerts follow the rule on those months.
        prop_assert_eq!(r.months.iter().map(|m| m.tone.negative).sum::<u64>(), r.tone.negative);
        prop_assert_eq!(r.months.iter().map(|m| m.tone.positive).sum::<u64>(), r.tone.positive);
        let negatives: Vec<u64> = r.months.iter().map(|m| m.tone.negative).collect();
        prop_assert_eq!(&r.tone_alerts, &phusong_engine::alerts::tone_alerts(&negatives));
        for a in &r.tone_alerts {
            prop_assert!(a.month >= 2 && a.negative >= 3);
            prop_assert!(a.negative as f64 >= 2.0 * a.baseline - 1e-9);
        }
        // Money: value per delivered, and the levels add up to the contracts.
        let levels = phusong_engine::money::value_by_level(&data, &r);
        prop_assert_eq!(levels.iter().map(|l| l.contracts).sum::<u64>(), r.contracts.len() as u64);
        prop_assert_eq!(
            levels.iter().map(|l| l.delivered).sum::<u64>(),
            r.contracts.iter().map(|c| c.delivered).sum::<u64>()
        );
        let s = serde_json::to_value(summary(&data, &r)).unwrap();
        for (c, out) in r.contracts.iter().zip(s["contracts"].as_array().unwrap()) {
            prop_assert_eq!(out["value_per_delivered_vnd"].is_null(), c.delivered == 0);
        }
        for (i, theme) in data.plan.themes.iter().enumerate() {
            let children: Vec<usize> = data.plan.themes.iter().enumerate()
                .filter(|(_, c)| c.parent == Some(i as u32)).map(|(j, _)| j).collect();
            let me = r.themes[i].items;
            for &c in &children {
                prop_assert!(me >= r.themes[c].items, "parent {} < child", theme.code);
            }
            if !children.is_empty() {
                let bound: u64 = children.iter().map(|&c| r.themes[c].items).sum::<u64>() + r.themes[i].direct_items;
                prop_assert!(me <= bound, "parent {} above children + direct", theme.code);
            }
        }
        for c in &r.contracts {
            prop_assert!((0.0..=1.0).contains(&c.fulfilment));
            prop_assert!(c.delivered <= c.ordered);
        }
    }

    #[test]
    fn filters_yield_sub_counts(seed in any::<u64>()) {
        let (data, all) = load_files(&dataset_files(seed));
        let filter = random_filter(&data, seed);
        let some = build_report(&data, &filter, ReportOptions::default());
        prop_assert!(some.totals.items <= all.totals.items);
        prop_assert!(some.totals.reach <= all.totals.reach);
        for (a, b) in some.themes.iter().zip(&all.themes) {
            prop_assert!(a.items <= b.items);
        }
        for (a, b) in some.outlets.iter().zip(&all.outlets) {
            prop_assert!(a.items <= b.items);
        }
        for (a, b) in some.months.iter().zip(&all.months) {
            prop_assert!(a.items <= b.items);
        }
        for (a, b) in some.contracts.iter().zip(&all.contracts) {
            prop_assert!(a.delivered <= b.delivered && a.items <= b.items);
        }
        prop_assert_eq!(some.items.len() as u64, some.totals.items);
        // The view's items are exactly those the filter lets through.
        prop_assert_eq!(some.months.iter().map(|m| m.items).sum::<u64>(), some.totals.items);
    }

    /// The folded titles answer a title search as folding each title does: the same report.
    #[test]
    fn folded_titles_give_the_same_report(seed in any::<u64>(), cut in any::<(usize, usize, usize)>()) {
        let (data, _) = load_files(&dataset_files(seed));
        let titles = FoldedTitles::new(&data);
        let mut filter = random_filter(&data, seed);
        // A piece of some item's title, in another case, or a text no title has.
        let title = data.items.get(cut.0 % data.items.len().max(1)).map(|i| i.title()).unwrap_or("");
        let chars: Vec<char> = title.chars().collect();
        let (a, b) = (cut.1 % (chars.len() + 1), cut.2 % (chars.len() + 1));
        let piece: String = chars[a.min(b)..a.max(b)].iter().collect();
        filter.title = match cut.0 % 3 {
            0 => piece.to_uppercase(),
            1 => piece,
            _ => "không có".into(),
        };
        let options = ReportOptions::default();
        prop_assert_eq!(
            build_report_with_titles(&data, &filter, options, &titles),
            build_report(&data, &filter, options)
        );
    }

    #[test]
    fn file_order_does_not_change_the_numbers(seed in any::<u64>(), rotation in 0usize..8) {
        let files = dataset_files(seed);
        let (data, r) = load_files(&files);
        let mut shuffled = files.clone();
        shuffled.reverse();
        let len = shuffled.len();
        shuffled.rotate_left(rotation % len);
        let (data2, r2) = load_files(&shuffled);
        let a = serde_json::to_value(summary(&data, &r)).unwrap();
        let b = serde_json::to_value(summary(&data2, &r2)).unwrap();
        prop_assert_eq!(&a, &b);
    }
}
