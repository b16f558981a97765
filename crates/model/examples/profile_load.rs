//! Times the stages of loading one file (JSON floor, parse in one pass and in slices of
//! 20,000 records as the app does, validate, drop), for profiling:
//! `cargo run --release -p phusong-model --example profile_load FILE`.

use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("usage: profile_load FILE.json");
        return;
    };
    for _ in 0..3 {
        let t = Instant::now();
        let floor_ok = serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok();
        let floor = t.elapsed();
        let t = Instant::now();
        let parsed = phusong_model::parse_file("f", &bytes);
        let parse = t.elapsed();
        let t = Instant::now();
        let mut sliced = phusong_model::parse_slices::FileParse::new("f", &bytes);
        let sliced_ok = loop {
            let mut budget = 20_000;
            if let Some(outcome) = sliced.step(&mut budget) {
                break outcome.is_ok();
            }
        };
        let in_slices = t.elapsed();
        let t = Instant::now();
        let loaded = phusong_model::merge(vec![parsed.map_err(|e| ("f".to_owned(), e))]);
        let merge = t.elapsed();
        let items = loaded.dataset.as_ref().map_or(0, |d| d.items.len());
        let t = Instant::now();
        drop(loaded);
        let dropped = t.elapsed();
        println!("floor {floor:?} (ok: {floor_ok}) parse {parse:?} in slices {in_slices:?} (ok: {sliced_ok}) validate {merge:?} drop {dropped:?} items {items}");
    }
}
