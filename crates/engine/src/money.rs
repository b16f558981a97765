//! Money (issue 24): value per delivered product, value by outlet level, value of what
//! was delivered against what remains. Functions of a report view and its dataset; the
//! counting pass is not touched.

use crate::report::{ContractRow, Report};
use phusong_model::{Dataset, Level};

/// A contract's value ÷ its delivered (Σ min(delivered, quantity), as the spec counts
/// delivered); `None` when nothing is delivered.
pub fn value_per_delivered(value_vnd: u64, delivered: u64) -> Option<f64> {
    (delivered > 0).then(|| value_vnd as f64 / delivered as f64)
}

/// The value of what a contract delivered: value × fulfilment, in đồng (not rounded).
pub fn value_delivered(value_vnd: u64, row: &ContractRow) -> f64 {
    value_vnd as f64 * row.fulfilment
}

/// The contracts of one outlet level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelRow {
    /// The level (the contracts' outlets').
    pub level: Level,
    /// Contracts.
    pub contracts: u64,
    /// Σ value in đồng (saturating).
    pub value_vnd: u64,
    /// Σ ordered.
    pub ordered: u64,
    /// Σ delivered (each capped at its quantity, as the contracts count it).
    pub delivered: u64,
}

impl LevelRow {
    /// Σ value ÷ Σ delivered; `None` when nothing is delivered.
    pub fn value_per_delivered(&self) -> Option<f64> {
        value_per_delivered(self.value_vnd, self.delivered)
    }
}

/// The report's contracts by their outlet's level, in the order central, provincial,
/// other_province, other; only the levels with at least one contract.
pub fn value_by_level(data: &Dataset, report: &Report) -> Vec<LevelRow> {
    let mut rows: Vec<LevelRow> = Level::ALL
        .iter()
        .map(|&level| LevelRow {
            level,
            contracts: 0,
            value_vnd: 0,
            ordered: 0,
            delivered: 0,
        })
        .collect();
    for r in &report.contracts {
        let Some(c) = data.contracts.get(r.contract as usize) else {
            continue;
        };
        let Some(outlet) = data.outlets.get(c.outlet as usize) else {
            continue;
        };
        if let Some(row) = rows.iter_mut().find(|x| x.level == outlet.level) {
            row.contracts += 1;
            row.value_vnd = row.value_vnd.saturating_add(c.value_vnd);
            row.ordered = row.ordered.saturating_add(r.ordered);
            row.delivered = row.delivered.saturating_add(r.delivered);
        }
    }
    rows.retain(|r| r.contracts > 0);
    rows
}

/// Value of the report's contracts in all: (Σ value, Σ value of what was delivered).
pub fn value_totals(data: &Dataset, report: &Report) -> (u64, f64) {
    report
        .contracts
        .iter()
        .filter_map(|r| Some((data.contracts.get(r.contract as usize)?.value_vnd, r)))
        .fold((0u64, 0.0), |(v, d), (value, r)| {
            (v.saturating_add(value), d + value_delivered(value, r))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{build_report, Filter, ReportOptions};
    use phusong_model::{load, SourceFile};

    fn data() -> Dataset {
        let json = r#"{"format":"coverage-report/v1",
          "plan":{"id":"KH","title":"t","year":2025,"themes":[{"code":"1","name":"A"}]},
          "outlets":[{"id":"a","name":"A","level":"provincial"},
                     {"id":"b","name":"B","level":"central"},
                     {"id":"c","name":"C","level":"provincial"},
                     {"id":"d","name":"D","level":"other"}],
          "contracts":[
            {"id":"H1","outlet":"a","start":"2025-01-01","end":"2025-12-31","value_vnd":10000000,
             "deliverables":[{"format":"video","quantity":2},{"format":"online_article","quantity":2}]},
            {"id":"H2","outlet":"b","start":"2025-01-01","end":"2025-12-31","value_vnd":9000000,
             "deliverables":[{"format":"video","quantity":3}]},
            {"id":"H3","outlet":"c","start":"2025-01-01","end":"2025-12-31","value_vnd":5000000,
             "deliverables":[{"format":"video","quantity":1}]}],
          "coverage":[
            {"id":"1","date":"2025-02-01","outlet":"a","title":"x","format":"video","contract":"H1"},
            {"id":"2","date":"2025-02-02","outlet":"a","title":"x","format":"video","contract":"H1"},
            {"id":"3","date":"2025-02-03","outlet":"a","title":"x","format":"video","contract":"H1"},
            {"id":"4","date":"2025-02-04","outlet":"a","title":"x","format":"online_article","contract":"H1"},
            {"id":"5","date":"2025-02-05","outlet":"b","title":"x","format":"video","contract":"H2"},
            {"id":"6","date":"2025-02-06","outlet":"c","title":"x","format":"emagazine","contract":"H3"}]}"#;
        load([SourceFile {
            name: "a.json",
            bytes: json.as_bytes(),
        }])
        .dataset
        .unwrap()
    }

    #[test]
    fn value_per_delivered_product() {
        let d = data();
        let r = build_report(&d, &Filter::default(), ReportOptions::default());
        // H1: 3 videos count as 2 (capped) + 1 article = 3 delivered.
        assert_eq!(r.contracts[0].delivered, 3);
        assert_eq!(value_per_delivered(10_000_000, 3), Some(10_000_000.0 / 3.0));
        assert_eq!(
            value_per_delivered(9_000_000, r.contracts[1].delivered),
            Some(9_000_000.0)
        );
        // H3 delivered nothing it ordered (an e-magazine is not ordered): no value per product.
        assert_eq!(r.contracts[2].delivered, 0);
        assert_eq!(
            value_per_delivered(5_000_000, r.contracts[2].delivered),
            None
        );
        assert_eq!(value_per_delivered(0, 0), None);
        assert_eq!(value_per_delivered(0, 4), Some(0.0));
        // Value delivered = value × fulfilment.
        assert_eq!(value_delivered(10_000_000, &r.contracts[0]), 7_500_000.0);
        assert_eq!(value_delivered(5_000_000, &r.contracts[2]), 0.0);
        let (value, delivered) = value_totals(&d, &r);
        assert_eq!(value, 24_000_000);
        assert_eq!(delivered, 7_500_000.0 + 3_000_000.0);
    }

    #[test]
    fn value_by_level_in_the_levels_order_only_those_with_a_contract() {
        let d = data();
        let r = build_report(&d, &Filter::default(), ReportOptions::default());
        let rows = value_by_level(&d, &r);
        assert_eq!(
            rows.len(),
            2,
            "no contract with an outlet of another province or other"
        );
        assert_eq!(
            rows[0],
            LevelRow {
                level: Level::Central,
                contracts: 1,
                value_vnd: 9_000_000,
                ordered: 3,
                delivered: 1
            }
        );
        assert_eq!(
            rows[1],
            LevelRow {
                level: Level::Provincial,
                contracts: 2,
                value_vnd: 15_000_000,
                ordered: 5,
                delivered: 3
            }
        );
        assert_eq!(rows[1].value_per_delivered(), Some(5_000_000.0));
    }
}
