//! Entry point of the phusong web app: installs the panic hook and mounts [`app::App`].
//!
//! Built for `wasm32-unknown-unknown` by Trunk (see `index.html` and `Trunk.toml`).

mod app;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
