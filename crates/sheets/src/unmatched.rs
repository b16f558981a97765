//! The values of a sheet that matched nothing (a label that is none of its field's, a
//! reference to no record), one per field and folded text with the rows they are on:
//! what a mapping can map ("'Phóng sự' (12 dòng) → tv_report").

use crate::fold::fold;
use crate::problems::ProblemKind;
use crate::values::Bad;
use crate::Converted;

/// One value that matched nothing, as first written, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    /// The column's field key (`outlet`, `format`, `themes`, …).
    pub field: String,
    /// Its column header, as written.
    pub header: String,
    /// The text as first written.
    pub text: String,
    /// How many rows have it.
    pub rows: usize,
}

/// The values of `sheet` of `converted` that matched nothing, by field then first row.
pub fn unmatched_values(converted: &Converted, sheet: &str) -> Vec<Unmatched> {
    let mut out: Vec<(Unmatched, String)> = Vec::new();
    for p in &converted.problems {
        if p.place.sheet.as_deref() != Some(sheet) {
            continue;
        }
        let (field, text) = match &p.kind {
            ProblemKind::BadValue {
                field,
                bad: Bad::UnknownLabel { text },
            } => (field, text),
            ProblemKind::UnknownReference { field, text } => (field, text),
            _ => continue,
        };
        let header = p
            .place
            .column
            .as_ref()
            .map(|(_, h)| h.clone())
            .unwrap_or_default();
        let folded = fold(text);
        match out
            .iter_mut()
            .find(|(u, f)| u.field == *field && *f == folded)
        {
            Some((u, _)) => u.rows += 1,
            None => out.push((
                Unmatched {
                    field: field.clone(),
                    header,
                    text: text.clone(),
                    rows: 1,
                },
                folded,
            )),
        }
    }
    let mut out: Vec<Unmatched> = out.into_iter().map(|(u, _)| u).collect();
    out.sort_by(|a, b| a.field.cmp(&b.field));
    out
}
