//! Entry point of the phusong web app: installs the panic hook and mounts [`app::App`].
//!
//! Built for `wasm32-unknown-unknown` by Trunk (see `index.html` and `Trunk.toml`).

mod actions;
mod app;
mod baseline;
mod browser;
mod compression;
mod date_input;
mod edits;
mod i18n;
#[cfg(test)]
mod layers;
mod load;
mod loading;
mod mappings;
mod panic;
mod read_only;
mod report;
mod sample;
mod share;
mod shared;
mod state;
mod storage;
mod tagging;
mod titles;
mod toolbar;
mod warm_up;

/// Heap reserved at start-up: the allocator grows wasm memory once for it, then serves
/// the bundled sample's load from it instead of growing it step by step (each growth
/// costs Chromium some work: 11 ms in all in a trace of `phusong.html#sample`).
const HEAP_AT_START: usize = 4 << 20;

fn main() {
    // Allocated and freed: the allocator keeps the memory (wasm memory never shrinks).
    // `black_box`: the compiler may otherwise drop an allocation nothing uses.
    drop(std::hint::black_box(Vec::<u8>::with_capacity(
        HEAP_AT_START,
    )));
    panic::install();
    browser::load_report_fonts();
    leptos::mount::mount_to_body(app::App);
    browser::remove_boot_placeholder();
    panic::simulate_if_asked();
}
