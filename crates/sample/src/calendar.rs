//! Calendar arithmetic for the plan year: day-of-year ↔ `YYYY-MM-DD`.

/// Number of days in each month of `year` (Gregorian).
pub fn month_lengths(year: u32) -> [u16; 12] {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
}

/// Number of days in `year`.
pub fn year_length(year: u32) -> u16 {
    month_lengths(year).iter().sum()
}

/// A calendar date (ngày) within the plan year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u32,
    /// Month 1–12.
    pub month: u8,
    /// Day of month 1–31.
    pub day: u8,
}

/// The date of day-of-year `doy` (0 = 1 January), clamped to the year.
pub fn date_of(year: u32, doy: u16) -> Date {
    let mut rest = doy.min(year_length(year) - 1);
    for (m, &len) in month_lengths(year).iter().enumerate() {
        if rest < len {
            return Date {
                year,
                month: m as u8 + 1,
                day: rest as u8 + 1,
            };
        }
        rest -= len;
    }
    Date {
        year,
        month: 12,
        day: 31,
    }
}

/// Day-of-year (0-based) of `month`/`day` in `year`.
pub fn doy_of(year: u32, month: u8, day: u8) -> u16 {
    let lengths = month_lengths(year);
    let before: u16 = lengths
        .iter()
        .take(usize::from(month.saturating_sub(1)))
        .sum();
    before + u16::from(day.saturating_sub(1))
}

/// Day of the week of day-of-year `doy`, 0 = Monday … 6 = Sunday.
pub fn weekday(year: u32, doy: u16) -> u8 {
    // Days since 0001-01-01 (a Monday in the proleptic Gregorian calendar).
    let y = u64::from(year - 1);
    let days = y * 365 + y / 4 - y / 100 + y / 400 + u64::from(doy);
    (days % 7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        assert_eq!(year_length(2025), 365);
        assert_eq!(year_length(2024), 366);
        let d = date_of(2025, doy_of(2025, 9, 2));
        assert_eq!((d.month, d.day), (9, 2));
        assert_eq!(
            date_of(2025, 364),
            Date {
                year: 2025,
                month: 12,
                day: 31
            }
        );
        // 2025-01-01 was a Wednesday.
        assert_eq!(weekday(2025, 0), 2);
    }
}
