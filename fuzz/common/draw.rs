//! A deterministic stream of choices drawn from a fuzz input: numbers, dates and whole
//! report filters over a dataset (shared by the fuzz targets).

use chrono::{Days, NaiveDate};
use phusong_engine::Filter;
use phusong_model::{Dataset, Format, Level, Tone};

/// A deterministic stream of numbers drawn from the input (splitmix64 over FNV-1a).
pub struct Draw(u64);

impl Draw {
    pub fn new(data: &[u8]) -> Draw {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in data {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        Draw(h)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// Up to 3 indexes in `0..len + 2`: out-of-range ones must be tolerated too.
    fn indexes(&mut self, len: usize) -> Vec<u32> {
        let n = self.below(4);
        let bound = u64::try_from(len).unwrap_or(u64::MAX).saturating_add(2);
        (0..n)
            .map(|_| u32::try_from(self.below(bound)).unwrap_or(u32::MAX))
            .collect()
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> Vec<T> {
        let n = self.below(3);
        let len = u64::try_from(all.len()).unwrap_or(0);
        (0..n)
            .filter_map(|_| all.get(usize::try_from(self.below(len)).ok()?).copied())
            .collect()
    }

    /// A day near the plan period, or at the ends of the calendar.
    fn date(&mut self, data: &Dataset) -> Option<NaiveDate> {
        match self.below(6) {
            0 => None,
            1 => Some(NaiveDate::MIN),
            2 => Some(NaiveDate::MAX),
            k => {
                let base = if k == 3 {
                    data.plan.period.start
                } else {
                    data.plan.period.end
                };
                let shift = Days::new(self.below(400));
                if self.coin() {
                    base.checked_add_days(shift)
                } else {
                    base.checked_sub_days(shift)
                }
            }
        }
    }

    pub fn filter(&mut self, data: &Dataset) -> Filter {
        let from = self.date(data);
        let to = self.date(data);
        let themes = self.indexes(data.plan.themes.len());
        let outlets = self.indexes(data.outlets.len());
        let levels = self.pick(Level::ALL);
        let contracts = self
            .indexes(data.contracts.len())
            .into_iter()
            .map(|c| (c % 5 != 4).then_some(c))
            .collect();
        let formats = self.pick(Format::ALL);
        let tones = self
            .pick(Tone::ALL)
            .into_iter()
            .map(Some)
            .chain(self.coin().then_some(None))
            .collect();
        let title = self.title(data);
        Filter {
            from,
            to,
            themes,
            outlets,
            levels,
            contracts,
            formats,
            tones,
            title,
        }
    }

    /// A piece of some item's title (so searches hit), or a fixed odd string.
    fn title(&mut self, data: &Dataset) -> String {
        const ODD: [&str; 4] = ["", "  ", "đ", "Thanh Hoa\u{301}"];
        let n = u64::try_from(data.items.len()).unwrap_or(0);
        if n == 0 || self.coin() {
            let k = usize::try_from(self.below(4)).unwrap_or(0);
            return ODD[k].to_owned();
        }
        let Some(item) = data.items.get(usize::try_from(self.below(n)).unwrap_or(0)) else {
            return String::new();
        };
        let chars: Vec<char> = item.title().chars().collect();
        let len = u64::try_from(chars.len()).unwrap_or(0);
        let start = usize::try_from(self.below(len)).unwrap_or(0);
        let take = usize::try_from(self.below(8) + 1).unwrap_or(1);
        chars.iter().skip(start).take(take).collect()
    }
}
