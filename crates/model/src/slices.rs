//! How much work to give the next slice of a load so that it takes about a target time:
//! pure arithmetic on the pace of the slices before it (the app measures the time).

/// Sizes the slices of a [`crate::Loading`] to a target duration.
#[derive(Debug, Clone, Copy)]
pub struct SliceSizer {
    target_ms: f64,
    units: usize,
}

/// Units the first slice gets, before any pace is known (a few ms of work).
pub const FIRST_SLICE: usize = 2_000;
/// Fewest units a slice gets.
const MIN_SLICE: usize = 100;

impl SliceSizer {
    /// Slices of about `target_ms` each.
    pub fn new(target_ms: f64) -> Self {
        SliceSizer {
            target_ms,
            units: FIRST_SLICE,
        }
    }

    /// Units for the next slice.
    pub fn units(&self) -> usize {
        self.units
    }

    /// Learns from a slice that did `work` units in `took_ms`: the next one aims at the
    /// target at that pace, changing by at most 2× at a time (the short last slice of a
    /// phase says little about the next phase); slices too small to time keep the size.
    pub fn record(&mut self, work: u64, took_ms: f64) {
        if work < MIN_SLICE as u64 || took_ms.is_nan() || took_ms < 1.0 {
            return;
        }
        let at_pace = work as f64 * self.target_ms / took_ms;
        let low = (self.units / 2).max(MIN_SLICE) as f64;
        let high = (self.units.saturating_mul(2) as f64).max(low);
        self.units = at_pace.clamp(low, high) as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converges_on_the_target_at_a_steady_pace() {
        // 1 µs per unit: 40 ms is 40,000 units.
        let mut s = SliceSizer::new(40.0);
        for _ in 0..10 {
            let units = s.units();
            s.record(units as u64, units as f64 / 1_000.0);
        }
        assert_eq!(s.units(), 40_000);
    }

    #[test]
    fn changes_at_most_twofold_and_never_below_the_floor() {
        let mut s = SliceSizer::new(40.0);
        s.record(2_000, 1.0); // far too fast: ×2 only
        assert_eq!(s.units(), 4_000);
        s.record(4_000, 10_000.0); // far too slow: ÷2 only
        assert_eq!(s.units(), 2_000);
        for _ in 0..10 {
            s.record(200, 1_000.0);
        }
        assert_eq!(s.units(), 100);
    }

    #[test]
    fn ignores_slices_too_small_to_time() {
        let mut s = SliceSizer::new(40.0);
        s.record(50, 30.0);
        s.record(5_000, 0.2);
        s.record(5_000, f64::NAN);
        assert_eq!(s.units(), FIRST_SLICE);
    }
}
