//! Fuzz target `load`: arbitrary bytes as 1–3 files, through `load`, the report
//! (default filter and a filter drawn from the input), every diagnostic message in
//! both languages and the summary export. Nothing may panic.
//!
//! Input layout: the bytes are split at `0xFF` (never part of UTF-8, so valid
//! JSON seeds stay whole) into at most 3 files; the filter is drawn from a hash
//! of the whole input, so every input has one.

#![no_main]

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use phusong_engine::{report_of, summary, summary_json, Filter};
use phusong_model::{messages, Dataset, Format, Lang, Level, Loaded, SourceFile, Tone};

const NAMES: [&str; 3] = ["a.json", "b.json", "c.json"];

fuzz_target!(|data: &[u8]| {
    let files: Vec<SourceFile<'_>> = data
        .splitn(3, |&b| b == 0xFF)
        .zip(NAMES)
        .map(|(bytes, name)| SourceFile { name, bytes })
        .collect();
    let loaded = phusong_model::load(files.iter().copied());
    render_diagnostics(&loaded);

    let Some(dataset) = loaded.dataset.as_ref() else {
        assert!(report_of(&loaded, &Filter::default()).is_none());
        return;
    };
    let mut draw = Draw::new(data);
    for filter in [Filter::default(), draw.filter(dataset)] {
        let _ = filter.describe(dataset);
        let Some(report) = report_of(&loaded, &filter) else {
            panic!("a dataset without a report");
        };
        let _ = summary(dataset, &report);
        let json = summary_json(dataset, &report);
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
            panic!("summary_json is not JSON: {e}\n{json}");
        }
    }
});

/// Every message of the diagnostics, in both languages, and their JSON form.
fn render_diagnostics(loaded: &Loaded) {
    let d = &loaded.diagnostics;
    for lang in [Lang::Vi, Lang::En] {
        for r in &d.refused {
            let _ = messages::refused(r, lang);
        }
        for q in &d.quarantined {
            let _ = messages::quarantined(q, lang);
        }
        for w in &d.warnings {
            let _ = messages::warning(w, lang);
        }
    }
    let _ = serde_json::to_string(d);
}

/// A deterministic stream of numbers drawn from the input (splitmix64 over FNV-1a).
struct Draw(u64);

impl Draw {
    fn new(data: &[u8]) -> Draw {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in data {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        Draw(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    fn below(&mut self, n: u64) -> u64 {
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

    fn filter(&mut self, data: &Dataset) -> Filter {
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
        let chars: Vec<char> = item.title.chars().collect();
        let len = u64::try_from(chars.len()).unwrap_or(0);
        let start = usize::try_from(self.below(len)).unwrap_or(0);
        let take = usize::try_from(self.below(8) + 1).unwrap_or(1);
        chars.iter().skip(start).take(take).collect()
    }
}
