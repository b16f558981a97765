//! Contract pace: how much of a contract's term has elapsed at the report's as-of date,
//! whether deliveries keep up with it, and whether the term is still running then.

use crate::report::{ContractStatus, TermState};
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

/// The as-of date of a report drafted on `today`: today, capped at the end of the plan
/// `period` (a report drafted after the period states the whole period).
pub fn as_of_date(period: Period, today: NaiveDate) -> NaiveDate {
    today.min(period.end)
}

/// Where `term` stands at `as_of`, in a report whose plan period ends on `period_end`.
///
/// On its last day a term is still running, unless the report states the whole period
/// (`as_of` is the period's end): a year-end report covers that last day too.
pub fn term_state(term: Period, as_of: NaiveDate, period_end: NaiveDate) -> TermState {
    if as_of < term.start {
        TermState::NotStarted
    } else if as_of > term.end || (as_of == term.end && as_of >= period_end) {
        TermState::Ended
    } else {
        TermState::Running
    }
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

    /// A contract of 01/01–30/11/2025 in a plan that ends 30/11/2025, judged before,
    /// inside, on the last day of and after its term.
    #[test]
    fn pace_and_term_before_inside_and_after_the_term() {
        let term = Period {
            start: d("2025-01-01"),
            end: d("2025-11-30"),
        };
        let period_end = d("2025-11-30");
        // Before: nothing elapsed, not started.
        let before = d("2024-12-31");
        assert_eq!(elapsed_share(term, before), 0.0);
        assert_eq!(term_state(term, before, period_end), TermState::NotStarted);
        assert_eq!(
            status(0.0, 0.0, 0, term, before),
            ContractStatus::NotStarted
        );
        // Inside, at 15/11: 319 of 334 days elapsed; 40 % delivered is behind, 90 % on pace.
        let inside = d("2025-11-15");
        let elapsed = elapsed_share(term, inside);
        assert!((elapsed - 319.0 / 334.0).abs() < 1e-12, "{elapsed}");
        assert_eq!(term_state(term, inside, period_end), TermState::Running);
        assert_eq!(
            status(0.4, elapsed, 4, term, inside),
            ContractStatus::Behind
        );
        assert_eq!(
            status(0.9, elapsed, 9, term, inside),
            ContractStatus::OnPace
        );
        // At mid-year the same 40 % is on pace: the pace follows the as-of date.
        let mid = d("2025-06-01");
        let elapsed_mid = elapsed_share(term, mid);
        assert!(elapsed_mid < 0.5);
        assert_eq!(
            status(0.4, elapsed_mid, 4, term, mid),
            ContractStatus::OnPace
        );
        // Its last day, stated before the period ends: still running.
        let plan_end_later = d("2025-12-31");
        assert_eq!(
            term_state(term, d("2025-11-30"), plan_end_later),
            TermState::Running
        );
        assert_eq!(elapsed_share(term, d("2025-11-30")), 1.0);
        // Its last day when the report states the whole period: ended.
        assert_eq!(
            term_state(term, d("2025-11-30"), period_end),
            TermState::Ended
        );
        // After: ended whatever the period.
        assert_eq!(
            term_state(term, d("2025-12-01"), plan_end_later),
            TermState::Ended
        );
        assert_eq!(
            status(1.0, 1.0, 10, term, d("2025-12-01")),
            ContractStatus::Done
        );
    }

    #[test]
    fn as_of_is_today_capped_at_the_period_end() {
        let period = Period {
            start: d("2025-01-01"),
            end: d("2025-11-30"),
        };
        assert_eq!(as_of_date(period, d("2025-11-15")), d("2025-11-15"));
        assert_eq!(as_of_date(period, d("2026-12-04")), d("2025-11-30"));
    }
}
