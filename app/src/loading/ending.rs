//! How a load ends: its files added to the loaded ones or replacing them, and stored or not.

/// Whether new files join the loaded ones or replace them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Append to what is loaded (e.g. next quarter's coverage).
    Add,
    /// Start again from these files (kept only if at least one is accepted).
    Replace,
}

/// How a load ends: adding or replacing, and whether the files are stored.
#[derive(Debug, Clone, Copy)]
pub struct Ending {
    pub mode: Mode,
    pub store: bool,
}
