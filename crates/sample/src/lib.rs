//! Deterministic, realistic sample datasets (dữ liệu mẫu) in the
//! `coverage-report/v1` format, for the CLI, benchmarks and the web demo.
//!
//! The data describe the yearly propaganda plan of a provincial Department of
//! Information and Communications (Sở Thông tin và Truyền thông tỉnh Thanh
//! Hóa): a theme tree with targets, the 2025 anniversaries, ~20 press outlets,
//! contracts and `items` coverage items. The same [`SampleOptions`] always give
//! byte-identical JSON on every platform. Output is streamed: items are drawn
//! twice from per-item random streams (a counting pass that calibrates targets
//! and contract quantities, then a writing pass), never held in memory.

mod calendar;
mod contracts;
mod coverage;
mod headlines;
mod json;
mod plan;
mod records;
mod rng;
mod themes;
mod vocab;

use std::convert::Infallible;

use contracts::Contract;
use coverage::Drawer;
use plan::Plan;

/// Options of a generated dataset (tùy chọn dữ liệu mẫu).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleOptions {
    /// Number of coverage items (tin, bài).
    pub items: usize,
    /// Random seed; the same seed gives the same bytes.
    pub seed: u64,
}

impl Default for SampleOptions {
    /// 1,000 items, seed 2025.
    fn default() -> Self {
        SampleOptions {
            items: 1_000,
            seed: 2025,
        }
    }
}

/// The sample the web app bundles (its "dữ liệu mẫu" button and `phusong.html#sample`):
/// 1,500 items, seed 2025. The app's build script generates it once, at build time.
pub const BUNDLED: SampleOptions = SampleOptions {
    items: 1_500,
    seed: 2025,
};

/// Writes one complete `coverage-report/v1` JSON file (organization, plan,
/// outlets, contracts, coverage) into `out`.
pub fn write_sample(opts: &SampleOptions, out: &mut impl std::io::Write) -> std::io::Result<()> {
    generate(opts, &mut |chunk: &str| out.write_all(chunk.as_bytes()))?;
    out.flush()
}

/// Same as [`write_sample`], into a `String`.
pub fn sample_json(opts: &SampleOptions) -> String {
    let mut s = String::with_capacity(4096 + opts.items.min(1 << 20) * 360);
    let result = generate(opts, &mut |chunk: &str| {
        s.push_str(chunk);
        Ok::<(), Infallible>(())
    });
    match result {
        Ok(()) => s,
        Err(never) => match never {},
    }
}

/// Size at which buffered text is handed to the sink.
const CHUNK: usize = 1 << 16;

/// Counting pass: theme counts (an item counts once per theme and ancestor)
/// and deliveries per contract deliverable.
fn count(
    drawer: &Drawer<'_>,
    items: usize,
    plan: &Plan,
    contracts: &[Contract],
) -> (Vec<u64>, Vec<Vec<u64>>) {
    let mut theme_counts = vec![0u64; plan.themes.len()];
    let mut delivered: Vec<Vec<u64>> = contracts
        .iter()
        .map(|c| vec![0; c.deliverables.len()])
        .collect();
    let mut seen: Vec<usize> = Vec::with_capacity(8);
    for i in 0..items {
        let (item, _) = drawer.draw(i);
        seen.clear();
        for &t in &item.themes {
            let mut cur = Some(t);
            while let Some(c) = cur {
                if !seen.contains(&c) {
                    seen.push(c);
                    theme_counts[c] += 1;
                }
                cur = plan.themes[c].parent;
            }
        }
        if let Some((c, Some(d))) = item.contract {
            delivered[c][d] += 1;
        }
    }
    (theme_counts, delivered)
}

/// Generates the dataset, handing text to `emit` in chunks.
fn generate<E>(
    opts: &SampleOptions,
    emit: &mut impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let mut plan = Plan::new(opts.seed);
    let mut contracts = contracts::build(opts.seed, opts.items, &plan);
    let (theme_counts, delivered) = {
        let drawer = Drawer::new(opts.seed, opts.items, &plan, &contracts);
        count(&drawer, opts.items, &plan, &contracts)
    };
    plan.set_targets(&theme_counts);
    contracts::set_quantities(&mut contracts, &delivered);

    let mut buf = String::with_capacity(CHUNK + 4096);
    buf.push_str("{\n  \"format\": \"coverage-report/v1\",\n  \"organization\": ");
    records::write_organization(&mut buf);
    buf.push_str(",\n  \"plan\": ");
    plan.write(&mut buf);
    buf.push_str(",\n  \"outlets\": ");
    records::write_outlets(&mut buf);
    buf.push_str(",\n  \"contracts\": ");
    contracts::write(&mut buf, &contracts, &plan);
    buf.push_str(",\n  \"coverage\": [\n");

    let drawer = Drawer::new(opts.seed, opts.items, &plan, &contracts);
    let mut title = String::with_capacity(160);
    for i in 0..opts.items {
        let (item, mut rng) = drawer.draw(i);
        drawer.write(&mut buf, i, &item, &mut rng, &mut title);
        buf.push_str(if i + 1 < opts.items { ",\n" } else { "\n" });
        if buf.len() >= CHUNK {
            emit(&buf)?;
            buf.clear();
        }
    }
    buf.push_str("  ]\n}\n");
    emit(&buf)
}

#[cfg(test)]
mod tests;
