//! Fuzz target `engine`: realistic datasets from `phusong-sample` (size and seed drawn
//! from the input) under many filters drawn from the input. Beyond "no panic", every
//! filtered report must be a sub-count of the unfiltered one and add up: Σ months =
//! Σ outlets = items, tone and formats add up to items (and each month's tone to its
//! items), a theme counts at least each of its children, 0 ≤ fulfilment ≤ 1, the flagged
//! months follow the alert rule, every contract has one level, and the summary export is
//! JSON.

#![no_main]

#[path = "../common/draw.rs"]
mod draw;

use draw::Draw;
use libfuzzer_sys::fuzz_target;
use phusong_engine::{report_of, summary_json, Filter, Report};
use phusong_model::{Dataset, SourceFile};
use phusong_sample::{sample_json, SampleOptions};

fuzz_target!(|data: &[u8]| {
    let mut draw = Draw::new(data);
    let items = usize::try_from(draw.below(600)).unwrap_or(0);
    let json = sample_json(&SampleOptions {
        items,
        seed: draw.next(),
    });
    let loaded = phusong_model::load([SourceFile {
        name: "sample.json",
        bytes: json.as_bytes(),
    }]);
    let Some(dataset) = loaded.dataset.as_ref() else {
        panic!("a sample dataset without a plan");
    };
    assert!(loaded.diagnostics.refused.is_empty(), "the sample was refused");
    let Some(all) = report_of(&loaded, &Filter::default()) else {
        panic!("a dataset without a report");
    };
    check_sums(dataset, &all);
    for _ in 0..4 {
        let filter = draw.filter(dataset);
        let _ = filter.describe(dataset);
        let Some(view) = report_of(&loaded, &filter) else {
            panic!("a dataset without a report");
        };
        check_sums(dataset, &view);
        assert!(view.totals.items <= all.totals.items, "a filter added items");
        for (v, a) in view.themes.iter().zip(&all.themes) {
            assert_eq!(v.theme, a.theme, "theme rows in another order");
            assert!(v.items <= a.items, "a filter added items to a theme");
        }
        for (v, a) in view.outlets.iter().zip(&all.outlets) {
            assert!(v.items <= a.items, "a filter added items to an outlet");
        }
        let json = summary_json(dataset, &view);
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
            panic!("summary_json is not JSON: {e}\n{json}");
        }
    }
});

/// The sums every report must satisfy, whatever the filter.
fn check_sums(data: &Dataset, r: &Report) {
    let n = r.totals.items;
    assert_eq!(r.months.iter().map(|m| m.items).sum::<u64>(), n, "Σ months");
    assert_eq!(r.outlets.iter().map(|o| o.items).sum::<u64>(), n, "Σ outlets");
    assert_eq!(r.formats.iter().sum::<u64>(), n, "Σ formats");
    let t = &r.tone;
    assert_eq!(t.positive + t.neutral + t.negative + t.unrated, n, "Σ tone");
    assert_eq!(r.items.len() as u64, n, "listed items");
    assert_eq!(
        r.totals.contracted_items + r.totals.uncontracted_items,
        n,
        "contracted + uncontracted"
    );
    // Rows are depth-first; index their counts by theme.
    let mut count = vec![0u64; data.plan.themes.len()];
    for row in &r.themes {
        if let Some(c) = count.get_mut(row.theme as usize) {
            *c = row.items;
        }
    }
    for (i, theme) in data.plan.themes.iter().enumerate() {
        if let (Some(parent), Some(&own)) = (theme.parent, count.get(i)) {
            let above = count.get(parent as usize).copied().unwrap_or(0);
            assert!(above >= own, "a parent theme counts less than a child");
        }
    }
    for c in &r.contracts {
        assert!((0.0..=1.0).contains(&c.fulfilment), "fulfilment out of [0, 1]");
    }
    // Tone by month adds up; the flagged months follow the rule (at least two earlier
    // months, ≥ 3 negative, ≥ twice the mean of every earlier month).
    for m in &r.months {
        assert_eq!(m.tone.total(), m.items, "Σ a month's tone");
    }
    let negatives: Vec<u64> = r.months.iter().map(|m| m.tone.negative).collect();
    for a in &r.tone_alerts {
        let earlier: u64 = negatives[..a.month].iter().sum();
        assert!(a.month >= 2 && a.negative >= 3, "a flagged month too early or too few");
        assert!(a.negative * a.month as u64 >= 2 * earlier, "a flagged month under twice the mean");
    }
    // Money by level: every contract once, its delivered counted once.
    let levels = phusong_engine::money::value_by_level(data, r);
    assert_eq!(
        levels.iter().map(|l| l.contracts).sum::<u64>(),
        r.contracts.len() as u64,
        "Σ contracts by level"
    );
}
