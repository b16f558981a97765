//! Load throughput of `coverage-report/v1` files: the JSON floor, `load`, the load as the
//! app runs it (the file arriving in 1 MiB chunks, steps between them, shared bytes; with
//! and without the coverage checked while it is read), and the full pipeline (load,
//! report, summary export), on sample datasets of 10k, 100k and 1M items. Run with
//! `scripts/bench.sh`; figures go in `docs/benchmarks.md`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use phusong_engine::{report_of, summary_json, Filter};
use phusong_model::FillingBuffer;
use phusong_model::{load, Loaded, Loading, SourceFile};
use phusong_sample::{sample_json, SampleOptions};
use std::sync::Arc;

// The allocator the `phusong` CLI ships with (crates/cli/src/main.rs). glibc's malloc
// spends about a third of the load in allocation and free; mimalloc a fraction of it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Dataset sizes (coverage items), all generated with seed 1.
const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

fn load_one(bytes: &[u8]) -> Loaded {
    load([SourceFile {
        name: "sample.json",
        bytes,
    }])
}

/// The load as the app runs it: the bytes arrive 1 MiB at a time into a shared buffer,
/// with a step of `STEP` units after each chunk, then steps to the end.
fn load_arriving(bytes: &[u8], stream: bool) -> Loaded {
    const STEP: usize = 20_000;
    let Ok(buffer) = FillingBuffer::with_capacity(bytes.len()) else {
        panic!("no room for the file");
    };
    let buffer = Arc::new(buffer);
    let sources = vec![SourceFile {
        name: "sample.json",
        bytes: buffer.filled(),
    }];
    let mut loading = Loading::arriving(sources, 0);
    loading.share(0, Arc::clone(&buffer));
    loading.stream_coverage(stream);
    for chunk in bytes.chunks(1 << 20) {
        if buffer.push(chunk).is_err() {
            panic!("the chunk does not fit");
        }
        loading.grow(0, buffer.filled(), buffer.room() == 0);
        if !loading.waiting() {
            loading.step(STEP);
        }
    }
    while !loading.step(STEP) {}
    loading.finish()
}

fn pipeline(bytes: &[u8]) -> String {
    let loaded = load_one(bytes);
    let Some(data) = loaded.dataset.as_ref() else {
        return String::new();
    };
    let Some(report) = report_of(&loaded, &Filter::default()) else {
        return String::new();
    };
    summary_json(data, &report)
}

fn bench_load(c: &mut Criterion) {
    for items in SIZES {
        let bytes = sample_json(&SampleOptions { items, seed: 1 }).into_bytes();
        // Sanity: the sample must load whole, or the figures measure something else.
        let loaded = load_one(&bytes);
        assert!(
            loaded.dataset.is_some(),
            "sample of {items} items has no plan"
        );
        assert!(
            loaded.diagnostics.refused.is_empty() && loaded.diagnostics.quarantined.is_empty(),
            "sample of {items} items is not clean"
        );
        drop(loaded);

        let mut group = c.benchmark_group(format!("{}k_items", items / 1000));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        if items >= 1_000_000 {
            // Seconds per iteration: 10 flat samples keep the whole bench to minutes.
            group
                .sample_size(10)
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(15));
        } else if items >= 100_000 {
            group
                .sample_size(20)
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(8));
        } else {
            group
                .sample_size(30)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(5));
        }
        group.bench_function("floor", |b| {
            b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&bytes)))
        });
        group.bench_function("load", |b| b.iter(|| load_one(black_box(&bytes))));
        group.bench_function("arriving", |b| {
            b.iter(|| load_arriving(black_box(&bytes), false))
        });
        group.bench_function("arriving_streamed", |b| {
            b.iter(|| load_arriving(black_box(&bytes), true))
        });
        group.bench_function("pipeline", |b| b.iter(|| pipeline(black_box(&bytes))));
        group.finish();
    }
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
