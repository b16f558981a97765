//! `summary --compare FILE`: last year's figures for the summary's `comparison`, from
//! last year's summary export or from its data files (JSON or spreadsheets, loaded as
//! `check` loads them).

use crate::check::{load_all, read_files};
use phusong_engine::{Baseline, BaselineError};
use phusong_model::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

/// Last year's figures from `files`: one summary export, or data files. Says why and
/// exits with 1 when they cannot be used (2 when a file cannot be read).
pub fn load_baseline(files: &[PathBuf], lang: Lang) -> Result<Baseline, ExitCode> {
    let contents = read_files(files)?;
    // One file that is a summary export (its `format` says so) is read as one.
    if let [(_, _, bytes)] = contents.as_slice() {
        match Baseline::from_summary(bytes) {
            Err(BaselineError::NotJson | BaselineError::NotASummary) => {}
            result => return result.map_err(|e| refuse(&e, lang)),
        }
    }
    let (loaded, _) = load_all(&contents, lang);
    let result = if loaded.dataset.is_none() && loaded.files.iter().all(|f| !f.accepted) {
        Err(BaselineError::NotJson)
    } else {
        Baseline::from_loaded(&loaded)
    };
    result.map_err(|e| refuse(&e, lang))
}

/// Prints why the baseline is refused; exit code 1.
pub fn refuse(e: &BaselineError, lang: Lang) -> ExitCode {
    eprintln!(
        "phusong: {}",
        phusong_export::analysis::baseline_error(e, lang)
    );
    ExitCode::from(1)
}
