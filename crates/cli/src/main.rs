//! The `phusong` command line.
fn main() {}
