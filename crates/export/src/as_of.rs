//! The report's as-of date in words: the line under the title ("Số liệu tính đến ngày …")
//! and the warning about items dated after it, which still count.

use crate::text::{fmt_date, fmt_int};
use phusong_engine::Report;
use phusong_model::Lang;
use phusong_words::sentences;

/// "Số liệu tính đến ngày 15/11/2025" when the report is stated before the end of its plan
/// period; `None` for a report of the whole period.
pub fn as_of_line(report: &Report, lang: Lang) -> Option<String> {
    Some((sentences(lang).as_of_line)(&fmt_date(
        report.stated_as_of?,
    )))
}

/// The one warning about the items of the view dated after the as-of date: they are counted
/// all the same, and the report says how many. `None` when there are none.
pub fn after_as_of_warning(report: &Report, lang: Lang) -> Option<String> {
    let date = fmt_date(report.stated_as_of?);
    let n = report.totals.after_as_of_items;
    (n > 0).then(|| (sentences(lang).after_as_of)(&fmt_int(n), &date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::small;
    use phusong_engine::{build_report, Filter, ReportOptions};

    fn at(date: &str) -> Report {
        let data = small();
        build_report(
            &data,
            &Filter::default(),
            ReportOptions {
                as_of: phusong_model::date::parse_date(date),
                quarantined_records: 0,
            },
        )
    }

    #[test]
    fn stated_only_before_the_period_ends() {
        // The small dataset's plan runs through 2024.
        assert_eq!(
            as_of_line(&at("2024-11-15"), Lang::Vi).as_deref(),
            Some("Số liệu tính đến ngày 15/11/2024")
        );
        assert_eq!(
            as_of_line(&at("2024-11-15"), Lang::En).as_deref(),
            Some("Figures as of 15/11/2024")
        );
        assert_eq!(as_of_line(&at("2024-12-31"), Lang::Vi), None);
        assert_eq!(as_of_line(&at("2026-12-04"), Lang::Vi), None);
        assert_eq!(after_as_of_warning(&at("2026-12-04"), Lang::Vi), None);
    }

    #[test]
    fn items_after_the_date_are_counted_with_one_warning() {
        let whole = at("2024-12-31");
        let early = at("2024-06-30");
        assert_eq!(early.totals.items, whole.totals.items);
        let n = early.totals.after_as_of_items;
        assert!(n > 0);
        let w = after_as_of_warning(&early, Lang::Vi).unwrap();
        assert!(
            w.starts_with(&format!(
                "Có {} tin, bài có ngày đăng sau ngày 30/06/2024",
                fmt_int(n)
            )),
            "{w}"
        );
        assert!(w.contains("vẫn được tính"), "{w}");
    }
}
