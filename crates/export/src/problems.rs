//! The data check's problems grouped by reason and value: 58 near-identical lines become
//! "19 bản ghi: số hợp đồng '99/9999/HĐ' không có trong danh sách hợp đồng", which opens to
//! the records. Records left out are grouped by each of their reasons (a record with two
//! reasons is in both groups); warnings by their kind and value (the contract, the url…).
//! Groups keep the order of their first record. A group holds the positions of its records
//! in the diagnostics; their messages are written when someone opens it ([`ProblemGroup::lines`]),
//! not for the thousands of warnings a large file may have.

use crate::narrative::count;
use crate::text::fmt_int;
use phusong_model::date::format_iso;
use phusong_model::diagnostics::{RecordLocation, WarningKind};
use phusong_model::messages;
use phusong_model::{Diagnostics, Lang};
use phusong_words::sentences;

/// Records left out, or warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// Records left out of the report (quarantined).
    LeftOut,
    /// Warnings: nothing left out.
    Warning,
}

/// One group of problems of the same reason and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemGroup {
    /// Records left out, or warnings.
    pub kind: ProblemKind,
    /// How many records it holds.
    pub count: usize,
    /// "19 bản ghi: …".
    pub headline: String,
    /// Positions of its records in `Diagnostics::quarantined` (left out) or
    /// `Diagnostics::warnings` (warnings), in load order.
    pub records: Vec<usize>,
}

impl ProblemGroup {
    /// The full message of each of its first `limit` records.
    pub fn lines(&self, d: &Diagnostics, lang: Lang, limit: usize) -> Vec<String> {
        self.lines_placed(d, lang, limit, &|_| None)
    }

    /// [`Self::lines`], each record's place written by `place` where it can (a spreadsheet's
    /// sheet and row), else as the file's section and index.
    pub fn lines_placed(
        &self,
        d: &Diagnostics,
        lang: Lang,
        limit: usize,
        place: &dyn Fn(&RecordLocation) -> Option<String>,
    ) -> Vec<String> {
        let at = |r: &RecordLocation| place(r).unwrap_or_else(|| messages::location(r, lang));
        self.records
            .iter()
            .take(limit)
            .filter_map(|&i| match self.kind {
                ProblemKind::LeftOut => d
                    .quarantined
                    .get(i)
                    .map(|q| messages::quarantined_at(q, &at(&q.at), lang)),
                ProblemKind::Warning => d
                    .warnings
                    .get(i)
                    .map(|w| messages::warning_at(w, &at(&w.at), lang)),
            })
            .collect()
    }
}

/// The problems of `d`, grouped: records left out first, then warnings.
pub fn group_problems(d: &Diagnostics, lang: Lang) -> Vec<ProblemGroup> {
    let s = sentences(lang);
    let mut left_out: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, q) in d.quarantined.iter().enumerate() {
        for r in &q.reasons {
            push(&mut left_out, messages::reason(r, lang), i);
        }
    }
    let mut out: Vec<ProblemGroup> = left_out
        .into_iter()
        .map(|(reason, records)| {
            let n = count(records.len());
            ProblemGroup {
                kind: ProblemKind::LeftOut,
                count: records.len(),
                headline: (s.group_records)((n, &fmt_int(n)), &reason),
                records,
            }
        })
        .collect();
    // Warnings: the key names the kind and its value; the headline is drawn from the first.
    let mut warnings: Vec<(String, Vec<usize>)> = Vec::new();
    let mut kinds: Vec<&WarningKind> = Vec::new();
    for (i, w) in d.warnings.iter().enumerate() {
        let key = match &w.kind {
            WarningKind::OutOfPeriod { start, end, .. } => format!("period {start} {end}"),
            WarningKind::OutsideContractTerm { contract, .. } => format!("term {contract}"),
            WarningKind::OutletDiffersFromContract {
                outlet, contract, ..
            } => format!("outlet {outlet} {contract}"),
            WarningKind::DuplicateUrl { url, .. } => format!("url {url}"),
            WarningKind::RepeatedKey { keys } => format!("keys {}", keys.join(",")),
        };
        if !warnings.iter().any(|(k, _)| *k == key) {
            kinds.push(&w.kind);
        }
        push(&mut warnings, key, i);
    }
    out.extend(warnings.into_iter().zip(kinds).map(|((_, records), kind)| {
        let n = count(records.len());
        let c = (n, fmt_int(n));
        let c = (c.0, c.1.as_str());
        let headline = match kind {
            WarningKind::OutOfPeriod { start, end, .. } => {
                (s.group_out_of_period)(c, &format_iso(*start), &format_iso(*end))
            }
            WarningKind::OutsideContractTerm {
                contract,
                start,
                end,
                ..
            } => (s.group_outside_term)(c, contract, &format_iso(*start), &format_iso(*end)),
            WarningKind::OutletDiffersFromContract {
                outlet,
                contract,
                contract_outlet,
            } => (s.group_outlet_differs)(c, outlet, contract, contract_outlet),
            WarningKind::DuplicateUrl { url, .. } => (s.group_duplicate_url)(c, url),
            WarningKind::RepeatedKey { keys } => (s.group_repeated_key)(c, &keys.join(", ")),
        };
        ProblemGroup {
            kind: ProblemKind::Warning,
            count: records.len(),
            headline,
            records,
        }
    }));
    out
}

/// Adds record `i` to the group `key`, made at the end when new.
fn push(groups: &mut Vec<(String, Vec<usize>)>, key: String, i: usize) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, records)) => records.push(i),
        None => groups.push((key, vec![i])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use phusong_model::{load, SourceFile};

    /// The conformance case with bad records, loaded.
    fn case_02() -> Diagnostics {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/conformance/valid/02-split-with-bad-records");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        let files: Vec<(String, Vec<u8>)> = names
            .iter()
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(p).unwrap())
            })
            .collect();
        load(files.iter().map(|(n, b)| SourceFile { name: n, bytes: b })).diagnostics
    }

    #[test]
    fn every_problem_is_in_a_group_and_groups_are_distinct() {
        let d = case_02();
        let groups = group_problems(&d, Lang::Vi);
        let reasons: usize = d.quarantined.iter().map(|q| q.reasons.len()).sum();
        let left_out: usize = groups
            .iter()
            .filter(|g| g.kind == ProblemKind::LeftOut)
            .map(|g| g.count)
            .sum();
        assert_eq!(left_out, reasons);
        let warned: usize = groups
            .iter()
            .filter(|g| g.kind == ProblemKind::Warning)
            .map(|g| g.count)
            .sum();
        assert_eq!(warned, d.warnings.len());
        let headlines: std::collections::BTreeSet<_> = groups.iter().map(|g| &g.headline).collect();
        assert_eq!(
            headlines.len(),
            groups.len(),
            "one group per reason and value"
        );
        for g in &groups {
            assert_eq!(g.count, g.records.len());
            assert_eq!(g.lines(&d, Lang::Vi, usize::MAX).len(), g.count);
            assert_eq!(g.lines(&d, Lang::Vi, 2).len(), g.count.min(2));
            assert!(
                g.headline.starts_with(&fmt_int(g.count as u64)),
                "{}",
                g.headline
            );
        }
    }

    #[test]
    fn near_identical_lines_become_one_group() {
        // 19 items naming the same unknown contract, one naming another.
        let mut coverage = Vec::new();
        for i in 0..20 {
            let contract = if i < 19 { "99/9999/HĐ" } else { "98/9999/HĐ" };
            coverage.push(format!(
                r#"{{"id":"c{i}","date":"2024-03-01","outlet":"o","title":"T{i}","format":"other","contract":"{contract}"}}"#
            ));
        }
        let json = format!(
            r#"{{"format":"coverage-report/v1","plan":{{"id":"P","title":"P","year":2024,"themes":[{{"code":"A","name":"A"}}]}},"outlets":[{{"id":"o","name":"O","level":"central"}}],"coverage":[{}]}}"#,
            coverage.join(",")
        );
        let d = load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }])
        .diagnostics;
        let groups = group_problems(&d, Lang::Vi);
        assert_eq!(groups.len(), 2, "{groups:#?}");
        assert_eq!(groups[0].count, 19);
        assert!(
            groups[0].headline.starts_with("19 bản ghi: ")
                && groups[0].headline.contains("'99/9999/HĐ'"),
            "{}",
            groups[0].headline
        );
        assert_eq!(groups[1].count, 1);
        let en = group_problems(&d, Lang::En);
        assert!(
            en[0].headline.starts_with("19 records: "),
            "{}",
            en[0].headline
        );
        assert!(
            en[1].headline.starts_with("1 record: "),
            "{}",
            en[1].headline
        );
    }
}
