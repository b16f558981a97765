//! Contract pace: how much of a contract's term has elapsed at the report date, and
//! whether deliveries keep up with it.

use crate::report::ContractStatus;
use chrono::NaiveDate;
use phusong_model::Period;

/// Slack before a contract counts as behind: 10 percentage points of its order.
pub const PACE_SLACK: f64 = 0.10;

/// Share of `term` elapsed at `as_of`, days counted inclusively, from 0 to 1.
pub fn elapsed_share(term: Period, as_of: NaiveDate) -> f64 {
    if as_of < term.start {
        return 0.0;
    }
    if as_of >= term.end {
        return 1.0;
    }
    let total = (term.end - term.start).num_days() + 1;
    let done = (as_of - term.start).num_days() + 1;
    done as f64 / total as f64
}

/// Where a contract stands.
pub fn status(
    fulfilment: f64,
    elapsed: f64,
    delivered: u64,
    term: Period,
    as_of: NaiveDate,
) -> ContractStatus {
    if fulfilment >= 1.0 {
        ContractStatus::Done
    } else if delivered == 0 && as_of < term.start {
        ContractStatus::NotStarted
    } else if fulfilment + PACE_SLACK >= elapsed {
        ContractStatus::OnPace
    } else {
        ContractStatus::Behind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        phusong_model::date::parse_date(s).unwrap()
    }

    #[test]
    fn pace_of_a_year_long_term() {
        let term = Period {
            start: d("2024-01-01"),
            end: d("2024-12-31"),
        };
        assert_eq!(elapsed_share(term, d("2023-12-31")), 0.0);
        assert_eq!(elapsed_share(term, d("2025-01-01")), 1.0);
        let mid = elapsed_share(term, d("2024-07-01"));
        assert!((mid - 183.0 / 366.0).abs() < 1e-12);
        assert_eq!(
            status(1.0, 0.2, 5, term, d("2024-03-01")),
            ContractStatus::Done
        );
        assert_eq!(
            status(0.45, mid, 5, term, d("2024-07-01")),
            ContractStatus::OnPace
        );
        assert_eq!(
            status(0.2, mid, 5, term, d("2024-07-01")),
            ContractStatus::Behind
        );
        assert_eq!(
            status(0.0, 0.0, 0, term, d("2023-06-01")),
            ContractStatus::NotStarted
        );
    }
}
