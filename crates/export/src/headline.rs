//! The headline figures of a view: items, contracted (with its share of the items, the
//! same as the narrative's), reach, untagged, outside the period, records left out.

use crate::text::{fmt_int, fmt_shares};
use phusong_engine::Report;
use phusong_model::Lang;
use phusong_words::words;

/// One headline figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// A stable name (the app's `data-testid` is `figure-<id>`).
    pub id: &'static str,
    /// What it counts.
    pub label: &'static str,
    /// The figure as written.
    pub value: String,
}

/// The headline figures of `report`, in the order they show.
pub fn headline(report: &Report, lang: Lang) -> Vec<Figure> {
    let t = report.totals;
    let w = &words(lang).ui;
    // Contracted or not: shares of one whole, as in the narrative.
    let contracted = fmt_shares(&[t.contracted_items, t.uncontracted_items])
        .into_iter()
        .next()
        .unwrap_or_default();
    let figure = |id, label, value| Figure { id, label, value };
    vec![
        figure("items", w.items, fmt_int(t.items)),
        figure(
            "contracted",
            w.contracted,
            format!("{} ({contracted})", fmt_int(t.contracted_items)),
        ),
        figure("reach", w.reach, fmt_int(t.reach)),
        figure("untagged", w.untagged, fmt_int(t.untagged_items)),
        figure(
            "out-of-period",
            w.out_of_period,
            fmt_int(t.out_of_period_items),
        ),
        figure("quarantined", w.left_out, fmt_int(t.quarantined_records)),
    ]
}

/// "3 bản ghi bị loại khỏi báo cáo …" when records were left out; `None` otherwise.
pub fn left_out_note(report: &Report, lang: Lang) -> Option<String> {
    let n = report.totals.quarantined_records;
    (n > 0).then(|| format!("{} {}", fmt_int(n), words(lang).ui.left_out_note))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::Filter;

    #[test]
    fn the_figures_of_the_small_dataset() {
        let data = small();
        let mut r = report(&data, &Filter::default());
        let figures = headline(&r, Lang::Vi);
        let shown: Vec<(&str, &str)> = figures.iter().map(|f| (f.id, f.value.as_str())).collect();
        assert_eq!(
            shown,
            [
                ("items", "118"),
                // 69/118 = 58,47 %: half up, and with the 49 others 100 % in all.
                ("contracted", "69 (58,5 %)"),
                ("reach", "10.562.001"),
                ("untagged", "8"),
                ("out-of-period", "2"),
                ("quarantined", "0"),
            ]
        );
        assert_eq!(figures[0].label, "Tin, bài, sản phẩm");
        assert_eq!(left_out_note(&r, Lang::Vi), None);
        r.totals.quarantined_records = 3;
        assert!(left_out_note(&r, Lang::Vi)
            .unwrap()
            .starts_with("3 bản ghi bị loại"));
        // No item: no share to state.
        r.totals = Default::default();
        assert_eq!(headline(&r, Lang::En)[1].value, "0 (–)");
    }
}
