//! SVG charts of a phusong coverage report, drawn with plotters' SVG backend.
//!
//! Each chart is one function `xxx_chart(&XxxData, &ChartOptions) -> String`
//! taking plain input structs defined here (the app maps the engine's report
//! to them) and returning a complete, self-contained SVG document:
//!
//! - it has a `viewBox`, `role="img"`, an `aria-label` and a `<title>`, so it
//!   scales and is announced by screen readers;
//! - every piece of user text (theme, outlet, contract names) is cleaned of
//!   control, bidi and zero-width characters, truncated with "…" to the room
//!   it has, and XML-escaped, so a name such as `</svg><script>` stays text;
//! - it never panics on any input: empty data gives a "Không có dữ liệu"
//!   placeholder, counts up to 2^53 and beyond are drawn to scale, and a
//!   drawing error yields the placeholder instead of a broken chart;
//! - it is deterministic: text is measured with a per-character estimate of
//!   the Tinos/Times metrics (see [`measure`]), never with system fonts or the
//!   DOM, so snapshot tests are stable and the crate builds for wasm32.
//!
//! Numbers are written the Vietnamese way (`1.234.567`, `45,5 %`) by
//! [`format`].

mod canvas;
pub mod contracts;
pub mod format;
pub mod formats;
pub mod measure;
mod messages;
pub mod months;
pub mod outlets;
mod rows;
pub mod style;
pub mod svg;
pub mod themes;
pub mod tone;
pub mod tone_months;

pub use contracts::{contracts_chart, ContractRow, ContractStatus, ContractsData};
pub use formats::{formats_chart, FormatRow, FormatsData};
pub use months::{months_chart, EventMark, MonthSeries, MonthsData};
pub use outlets::{outlets_chart, OutletRow, OutletsData};
pub use rows::row_at;
pub use themes::{themes_chart, ThemeRow, ThemesData};
pub use tone::{tone_chart, ToneData};
pub use tone_months::{tone_months_chart, ToneMonthsData};

/// Language of the few words a chart draws itself (axis names, legends, placeholders,
/// default titles): the catalogue's. User text is drawn as given.
pub use phusong_words::Lang;

/// Size, language and title of a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartOptions {
    /// Width in px (user units of the `viewBox`); clamped to 240–4000.
    /// About 680 fits the text width of an A4 page.
    pub width: u32,
    /// Height in px of the monthly chart (grown if its legend and event
    /// key need more room); clamped to 120–4000. The other charts size
    /// their height to their content: row charts (themes, contracts,
    /// outlets, formats) give each row the same fixed room, so every row
    /// chart of a report has the same rhythm.
    pub height: u32,
    /// Language of the words the chart draws itself.
    pub lang: Lang,
    /// Accessible title (`<title>` and `aria-label`); `None` uses the
    /// chart's default title in [`ChartOptions::lang`].
    pub title: Option<String>,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            width: 680,
            height: 360,
            lang: Lang::Vi,
            title: None,
        }
    }
}

impl ChartOptions {
    /// Width clamped to the supported range.
    pub(crate) fn clamped_width(&self) -> u32 {
        self.width.clamp(240, 4000)
    }

    /// Height clamped to the supported range.
    pub(crate) fn clamped_height(&self) -> u32 {
        self.height.clamp(120, 4000)
    }

    /// The title to use: the caller's, or `default`.
    pub(crate) fn title_or(&self, default: &str) -> String {
        match &self.title {
            Some(t) if !svg::sanitize(t).is_empty() => t.clone(),
            _ => default.to_owned(),
        }
    }
}

#[cfg(test)]
mod test_util;

#[cfg(test)]
mod tidy {
    //! House conventions, checked: every module starts with a `//!` line and
    //! no source has `todo!`, `dbg!` or `unimplemented!`.

    #[test]
    fn every_module_is_documented_and_finished() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let entries = std::fs::read_dir(&dir).unwrap();
        let mut checked = 0;
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} lacks a //! line",
                path.display()
            );
            for banned in [
                concat!("todo", "!("),
                concat!("dbg", "!("),
                concat!("unimplemented", "!("),
            ] {
                assert!(!text.contains(banned), "{} has {banned}", path.display());
            }
            checked += 1;
        }
        assert!(checked >= 10);
    }
}
