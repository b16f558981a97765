//! The headline figures of a view: items, contracted (with its share of the items, the
//! same as the narrative's), reach, untagged, outside the period, records left out, and the
//! items the author tagged ("gắn bổ sung") when there are some: the screen's, print's and
//! Word's headline alike.

use crate::text::{fmt_int, fmt_shares};
use phusong_engine::tags::Added;
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

/// The headline figures of `report`, in the order they show; last, when the author's
/// accepted themes (`phusong_engine::tags`) add to items, how many ("Gắn bổ sung nội dung",
/// id `added-tags`). `added` is what they add to the data as loaded, whatever the view.
pub fn headline(report: &Report, added: Added, lang: Lang) -> Vec<Figure> {
    let t = report.totals;
    let w = &words(lang).ui;
    // Contracted or not: shares of one whole, as in the narrative.
    let contracted = fmt_shares(&[t.contracted_items, t.uncontracted_items])
        .into_iter()
        .next()
        .unwrap_or_default();
    let figure = |id, label, value| Figure { id, label, value };
    let mut figures = vec![
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
    ];
    if added.items > 0 {
        let label = words(lang).suggest.figure;
        figures.push(figure("added-tags", label, fmt_int(added.items)));
    }
    figures
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
        let figures = headline(&r, Added::default(), Lang::Vi);
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
        assert_eq!(headline(&r, Added::default(), Lang::En)[1].value, "0 (–)");
    }

    #[test]
    fn the_items_the_author_tagged_come_last_when_there_are_some() {
        let data = small();
        let r = report(&data, &Filter::default());
        let added = Added {
            items: 1234,
            themes: 1300,
        };
        let figures = headline(&r, added, Lang::Vi);
        assert_eq!(figures.len(), 7);
        let last = figures.last().unwrap();
        assert_eq!(
            (last.id, last.label, last.value.as_str()),
            ("added-tags", "Gắn bổ sung nội dung", "1.234")
        );
        assert_eq!(
            headline(&r, added, Lang::En).last().unwrap().label,
            "Tagged by the author"
        );
        // Nothing added: no such figure.
        let none = Added {
            items: 0,
            themes: 0,
        };
        assert!(headline(&r, none, Lang::Vi)
            .iter()
            .all(|f| f.id != "added-tags"));
    }
}
