//! The one way into the parser's internals from outside the crate, for the `load` fuzz
//! target (`fuzz/`): the three ways a file can be parsed must give the same outcome.

use crate::parse::parse_file;
use crate::parse_slices::FileParse;

/// Parses one file's bytes the three ways the loader can: all at once ([`parse_file`]), a
/// record at a time (the sliced parser, as the app reads a file it has), and as the file
/// arrives `piece` bytes at a time (the parser waiting at cut records, as the app reads a
/// chosen file). `Err` says how an outcome differs from the one-pass one, or that the
/// parser waited for bytes after the file's end. For the fuzz target only: not part of
/// the API.
#[doc(hidden)]
pub fn check_parse_paths(name: &str, bytes: &[u8], piece: usize) -> Result<(), String> {
    let at_once = format!("{:?}", parse_file(name, bytes));

    let mut parser = FileParse::new(name, bytes);
    let in_slices = loop {
        let mut budget = 1;
        if let Some(outcome) = parser.step(&mut budget) {
            break outcome;
        }
    };
    let in_slices = format!("{in_slices:?}");
    if in_slices != at_once {
        return Err(format!(
            "read a record at a time:\n{in_slices}\nread at once:\n{at_once}"
        ));
    }

    let piece = piece.max(1);
    let mut have = piece.min(bytes.len());
    let mut complete = false;
    let mut parser = FileParse::arriving(name, bytes.get(..have).unwrap_or(bytes));
    let arriving = loop {
        let mut budget = 2;
        if let Some(outcome) = parser.step(&mut budget) {
            break outcome;
        }
        if parser.waiting() {
            if complete {
                return Err("waits after the file's end".to_owned());
            }
            have = have.saturating_add(piece).min(bytes.len());
            complete = have == bytes.len();
            parser.grow(bytes.get(..have).unwrap_or(bytes), complete);
        }
    };
    let arriving = format!("{arriving:?}");
    if arriving != at_once {
        return Err(format!(
            "read as it arrives, {piece} bytes at a time:\n{arriving}\nread at once:\n{at_once}"
        ));
    }
    Ok(())
}
