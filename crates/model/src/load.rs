//! Loading a dataset: parse each file, merge `organization` and `plan`, validate
//! the records of the accepted files together, and return the dataset with
//! everything that was found wrong.

use crate::dataset::{Dataset, Organization, Plan};
use crate::diagnostics::{Diagnostics, FileError, RefusedFile};
use crate::parse::{parse_file, ParsedFile};
use crate::raw::RawSection;
use crate::records::{validate, FileSections};

/// One input file: its name and bytes.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// File name, used in every message about it.
    pub name: &'a str,
    /// Raw bytes (UTF-8 JSON, optional BOM).
    pub bytes: &'a [u8],
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOutcome {
    /// File name.
    pub name: String,
    /// False when the file was refused whole.
    pub accepted: bool,
    /// Number of records (array elements of all sections) the file holds.
    pub records: usize,
}

/// A loaded dataset and its diagnostics: the output plus everything worth saying.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The validated dataset; `None` until some accepted file gives a plan.
    pub dataset: Option<Dataset>,
    /// Refused files, quarantined records, warnings.
    pub diagnostics: Diagnostics,
    /// Every file in load order.
    pub files: Vec<FileOutcome>,
}

/// Loads files given in order.
pub fn load<'a>(files: impl IntoIterator<Item = SourceFile<'a>>) -> Loaded {
    merge(
        files
            .into_iter()
            .map(|f| parse_file(f.name, f.bytes).map_err(|e| (f.name.to_owned(), e)))
            .collect(),
    )
}

/// Merges files already parsed one by one (in load order), then validates.
pub fn merge(parsed: Vec<Result<ParsedFile<'_>, (String, FileError)>>) -> Loaded {
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::with_capacity(parsed.len());
    let mut plan: Option<(serde_json::Value, Plan, String)> = None;
    let mut organization: Option<(serde_json::Value, Organization, String)> = None;
    let mut sections = Vec::new();
    for p in parsed {
        let file = match p {
            Ok(file) => file,
            Err((name, error)) => {
                refuse(&mut diagnostics, &mut files, name, error);
                continue;
            }
        };
        let plan_clash = clash(&plan, &file.plan, "plan");
        let org_clash = clash(&organization, &file.organization, "organization");
        if let Some(error) = plan_clash.or(org_clash) {
            refuse(&mut diagnostics, &mut files, file.name, error);
            continue;
        }
        let ParsedFile {
            name,
            organization: org,
            plan: pl,
            outlets,
            contracts,
            coverage,
        } = file;
        if plan.is_none() {
            plan = pl.map(|(v, p)| (v, p, name.clone()));
        }
        if organization.is_none() {
            organization = org.map(|(v, o)| (v, o, name.clone()));
        }
        files.push(FileOutcome {
            name: name.clone(),
            accepted: true,
            records: [&outlets, &contracts, &coverage].into_iter().map(len).sum(),
        });
        sections.push(FileSections {
            name,
            sections: [outlets, contracts, coverage],
        });
    }
    let plan = plan.map(|(_, p, _)| p);
    let accepted = validate(sections, plan.as_ref(), &mut diagnostics);
    let dataset = plan.map(|plan| Dataset {
        organization: organization.map(|(_, o, _)| o),
        plan,
        outlets: accepted.outlets,
        contracts: accepted.contracts,
        items: accepted.items,
    });
    Loaded {
        dataset,
        diagnostics,
        files,
    }
}

fn len(s: &RawSection<'_>) -> usize {
    match s {
        RawSection::Elements(e) => e.elements.len(),
        _ => 0,
    }
}

fn refuse(diag: &mut Diagnostics, files: &mut Vec<FileOutcome>, name: String, error: FileError) {
    files.push(FileOutcome {
        name: name.clone(),
        accepted: false,
        records: 0,
    });
    diag.refused.push(RefusedFile { file: name, error });
}

/// A file-level error when `new` differs from the `first` one seen.
fn clash<T, U>(
    first: &Option<(serde_json::Value, T, String)>,
    new: &Option<(serde_json::Value, U)>,
    section: &'static str,
) -> Option<FileError> {
    match (first, new) {
        (Some((a, _, first_file)), Some((b, _))) if a != b => Some(FileError::Differs {
            section,
            first_file: first_file.clone(),
        }),
        _ => None,
    }
}
