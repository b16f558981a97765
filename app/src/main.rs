//! The phusong web app (placeholder until implemented).
fn main() {}
