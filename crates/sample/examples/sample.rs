//! Writes a sample dataset to stdout: `cargo run --release -p phusong-sample --example sample -- [ITEMS] [SEED]`.

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let items = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(2025);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    phusong_sample::write_sample(&phusong_sample::SampleOptions { items, seed }, &mut out)?;
    out.flush()
}
