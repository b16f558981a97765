//! Entry point of the phusong web app: installs the panic hook and mounts [`app::App`].
//!
//! Built for `wasm32-unknown-unknown` by Trunk (see `index.html` and `Trunk.toml`).

mod actions;
mod app;
mod browser;
mod date_input;
mod edits;
mod i18n;
mod load;
mod panic;
mod report;
mod state;
mod storage;
mod toolbar;

fn main() {
    panic::install();
    browser::load_report_fonts();
    leptos::mount::mount_to_body(app::App);
    panic::simulate_if_asked();
}
