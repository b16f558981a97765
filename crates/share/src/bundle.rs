//! What a shared report carries: the files as they were loaded, the author's edits, the
//! readings of sheets the author chose, last year's files, and who made it and when.
//!
//! Written as a first line naming the format, one line of JSON (the manifest), then the
//! files' bytes one after the other, as the manifest lists them. The page carries it gzipped
//! (`page`); the edits and readings are the app's own JSON, carried as text.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The first line of a bundle.
const MAGIC: &[u8] = b"phusong-share/1\n";

/// One file of a bundle: its name and bytes, as loaded (a spreadsheet as the workbook).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFile {
    /// The file name the author loaded it under.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A shared report's content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bundle {
    /// The day it was made, ISO `YYYY-MM-DD`: the report is read as of that day.
    pub made_on: String,
    /// Who made it (the issuing body, as the report's header says).
    pub made_by: String,
    /// The author's edits (the app's JSON).
    pub edits: String,
    /// The readings of sheets the author chose (the app's JSON), if any.
    pub mappings: Option<String>,
    /// The data files, in load order.
    pub files: Vec<BundleFile>,
    /// Last year's files chosen for the comparison, if any.
    pub baseline: Vec<BundleFile>,
}

/// Why bytes are not a bundle.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum BundleError {
    /// Not this format (or another version of it).
    #[error("not a phusong shared report (or of another version)")]
    NotABundle,
    /// The manifest is not the JSON this version writes.
    #[error("the shared report's list of contents is damaged: {0}")]
    Manifest(String),
    /// The files' bytes do not add up to what the manifest says.
    #[error("the shared report's files are cut short or damaged")]
    Truncated,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    made_on: String,
    made_by: String,
    edits: String,
    mappings: Option<String>,
    files: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    name: String,
    size: usize,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    baseline: bool,
}

impl Bundle {
    /// The bundle's bytes (before compression).
    pub fn to_bytes(&self) -> Vec<u8> {
        let entry = |f: &BundleFile, baseline| Entry {
            name: f.name.clone(),
            size: f.bytes.len(),
            baseline,
        };
        let manifest = Manifest {
            made_on: self.made_on.clone(),
            made_by: self.made_by.clone(),
            edits: self.edits.clone(),
            mappings: self.mappings.clone(),
            files: (self.files.iter().map(|f| entry(f, false)))
                .chain(self.baseline.iter().map(|f| entry(f, true)))
                .collect(),
        };
        // A struct of strings, numbers and lists: serde_json cannot fail on it.
        let line = serde_json::to_vec(&manifest).unwrap_or_default();
        let sizes: usize = self
            .files
            .iter()
            .chain(&self.baseline)
            .map(|f| f.bytes.len())
            .sum();
        let mut out = Vec::with_capacity(MAGIC.len() + line.len() + 1 + sizes);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&line);
        out.push(b'\n');
        for f in self.files.iter().chain(&self.baseline) {
            out.extend_from_slice(&f.bytes);
        }
        out
    }

    /// Reads a bundle's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
        let rest = bytes.strip_prefix(MAGIC).ok_or(BundleError::NotABundle)?;
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or(BundleError::Truncated)?;
        let manifest: Manifest = serde_json::from_slice(&rest[..end])
            .map_err(|e| BundleError::Manifest(e.to_string()))?;
        let mut body = &rest[end + 1..];
        let mut bundle = Bundle {
            made_on: manifest.made_on,
            made_by: manifest.made_by,
            edits: manifest.edits,
            mappings: manifest.mappings,
            files: Vec::new(),
            baseline: Vec::new(),
        };
        for entry in manifest.files {
            if entry.size > body.len() {
                return Err(BundleError::Truncated);
            }
            let (bytes, after) = body.split_at(entry.size);
            body = after;
            let file = BundleFile {
                name: entry.name,
                bytes: bytes.to_vec(),
            };
            if entry.baseline {
                bundle.baseline.push(file);
            } else {
                bundle.files.push(file);
            }
        }
        if !body.is_empty() {
            return Err(BundleError::Truncated);
        }
        Ok(bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn file(name: &str, bytes: &[u8]) -> BundleFile {
        BundleFile {
            name: name.to_owned(),
            bytes: bytes.to_vec(),
        }
    }

    fn sample() -> Bundle {
        Bundle {
            made_on: "2026-12-04".into(),
            made_by: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG".into(),
            edits: r#"{"version":1,"tags":{"a1":["1.1"]}}"#.into(),
            mappings: Some("[]".into()),
            files: vec![
                file("ke-hoach.json", b"{\"format\":1}\n"),
                file("tin\nbai.xlsx", &[0, 13, 10, 255]),
            ],
            baseline: vec![file("2024.json", b"{}")],
        }
    }

    #[test]
    fn a_bundle_reads_back_the_same() {
        let b = sample();
        assert_eq!(Bundle::from_bytes(&b.to_bytes()), Ok(b));
        assert_eq!(
            Bundle::from_bytes(&Bundle::default().to_bytes()),
            Ok(Bundle::default())
        );
    }

    #[test]
    fn damage_is_refused_never_half_read() {
        let bytes = sample().to_bytes();
        assert_eq!(Bundle::from_bytes(b"<html>"), Err(BundleError::NotABundle));
        assert_eq!(
            Bundle::from_bytes(&bytes[..bytes.len() - 1]),
            Err(BundleError::Truncated)
        );
        let mut longer = bytes.clone();
        longer.push(b'x');
        assert_eq!(Bundle::from_bytes(&longer), Err(BundleError::Truncated));
        let mut bad = bytes;
        bad[MAGIC.len() + 2] = b'#';
        assert!(matches!(
            Bundle::from_bytes(&bad),
            Err(BundleError::Manifest(_))
        ));
    }

    proptest! {
        #[test]
        fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut with_magic = MAGIC.to_vec();
            with_magic.extend_from_slice(&bytes);
            let _ = Bundle::from_bytes(&bytes);
            let _ = Bundle::from_bytes(&with_magic);
        }
    }
}
