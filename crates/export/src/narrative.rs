//! An auto-drafted narrative ("Đánh giá chung") in administrative Vietnamese or in
//! English, written from the real numbers of one view of the report: overall
//! result, themes against their targets, contracts against the pace of their
//! term, leading outlets, events, tone, and records left out. Deterministic. The
//! sentences are the catalogue's (`phusong_words::Sentences`); this module picks the
//! numbers and names they say.

use crate::text::{fmt_date, fmt_int, fmt_money, fmt_percent, fmt_share, fmt_shares};
use phusong_engine::{ContractRow, ContractStatus, Filter, Report, TermState};
use phusong_model::{Dataset, Lang};
use phusong_words::{sentences, Behind, Overall, Sentences, ToneParts};

/// Most names listed in one sentence before "and n others".
const MAX_NAMED: usize = 5;

/// The drafted narrative of `report`, one string per paragraph.
pub fn draft_narrative(data: &Dataset, report: &Report, lang: Lang) -> Vec<String> {
    draft_narrative_with(data, report, None, lang)
}

/// [`draft_narrative`], saying also how the year compares with last year's `comparison`
/// when one is loaded ([`crate::analysis::narrative_sentences`]: the change from last year,
/// the money, the months flagged for negative coverage).
pub fn draft_narrative_with(
    data: &Dataset,
    report: &Report,
    comparison: Option<&phusong_engine::Comparison>,
    lang: Lang,
) -> Vec<String> {
    let s = sentences(lang);
    let mut out = Vec::new();
    if !report.filter.is_empty() {
        out.push(filter_paragraph(data, &report.filter, lang));
    }
    out.push(overall(data, report, s));
    out.extend(themes(data, report, s));
    out.extend(contracts(data, report, s));
    out.extend(outlets(data, report, s));
    out.extend(events(data, report, s));
    out.extend(tone(report, s));
    out.extend(crate::analysis::narrative_sentences(
        data, report, comparison, lang,
    ));
    out.extend(left_out(report, s));
    out
}

/// "A, B và C" / "A, B and C"; more than [`MAX_NAMED`] end in "và n … khác".
pub(crate) fn list(s: &Sentences, names: &[String], noun: &str) -> String {
    let shown = names.len().min(MAX_NAMED);
    let (head, rest) = names.split_at(shown);
    let mut parts: Vec<String> = head.to_vec();
    if !rest.is_empty() {
        let n = count(rest.len());
        parts.push((s.others)((n, &fmt_int(n)), noun));
    }
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{}{}{last}", init.join(", "), s.and),
    }
}

/// A length as a count.
pub(crate) fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The period as words: "Năm 2024" or "Từ 01/07/2024 đến 30/06/2025"; a report stated
/// before the end of its period ends at its as-of date.
fn period_words(data: &Dataset, report: &Report, s: &Sentences) -> String {
    let plan = &data.plan;
    let end = report.stated_as_of.unwrap_or(plan.period.end);
    let (from, to) = (
        report
            .filter
            .from
            .map_or(plan.period.start, |d| d.max(plan.period.start)),
        report.filter.to.map_or(end, |d| d.min(end)),
    );
    let whole_year = chrono::NaiveDate::from_ymd_opt(plan.year, 1, 1) == Some(from)
        && chrono::NaiveDate::from_ymd_opt(plan.year, 12, 31) == Some(to);
    if whole_year {
        (s.in_year)(plan.year)
    } else {
        (s.from_to)(&fmt_date(from), &fmt_date(to))
    }
}

/// The first paragraph under a filter: what the numbers are limited to.
fn filter_paragraph(data: &Dataset, f: &Filter, lang: Lang) -> String {
    let s = sentences(lang);
    let mut parts = Vec::new();
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push((s.filter_from_to)(&fmt_date(a), &fmt_date(b))),
        (Some(a), None) => parts.push((s.filter_from)(&fmt_date(a))),
        (None, Some(b)) => parts.push((s.filter_to)(&fmt_date(b))),
        (None, None) => {}
    }
    let [theme, outlet, level, contract, format, tone] = s.filter_kinds;
    let names = |kind: &str, names: Vec<String>| {
        (!names.is_empty()).then(|| format!("{kind} {}", list(s, &names, "")))
    };
    let themes = f
        .themes
        .iter()
        .filter_map(|&t| data.plan.themes.get(t as usize))
        .map(|t| format!("{} {}", t.code, quoted(&t.name)))
        .collect();
    parts.extend(names(theme, themes));
    let outlets = f
        .outlets
        .iter()
        .filter_map(|&o| data.outlets.get(o as usize))
        .map(|o| o.name.clone())
        .collect();
    parts.extend(names(outlet, outlets));
    let levels = f.levels.iter().map(|l| l.label(lang).to_owned()).collect();
    parts.extend(names(level, levels));
    let contracts = f
        .contracts
        .iter()
        .map(|c| match c.and_then(|c| data.contracts.get(c as usize)) {
            Some(c) => c.id.clone(),
            None => s.not_under_contract.to_owned(),
        })
        .collect();
    parts.extend(names(contract, contracts));
    let formats = f.formats.iter().map(|x| x.label(lang).to_owned()).collect();
    parts.extend(names(format, formats));
    let tones = f
        .tones
        .iter()
        .map(|t| match t {
            Some(t) => t.label(lang).to_owned(),
            None => s.not_rated.to_owned(),
        })
        .collect();
    parts.extend(names(tone, tones));
    let title = f.title.trim();
    if !title.is_empty() {
        parts.push((s.title_containing)(title));
    }
    (s.filtered)(&parts.join("; "))
}

/// “name” in typographic quotes.
fn quoted(name: &str) -> String {
    format!("“{name}”")
}

/// Overall result: items, contracted share, reach, untagged.
fn overall(data: &Dataset, report: &Report, s: &Sentences) -> String {
    let t = report.totals;
    let when = period_words(data, report, s);
    if t.items == 0 {
        return (s.no_items)(&when);
    }
    // Contracted and not: shares of one whole, adding up to 100 % as shown.
    let [contracted_share, uncontracted_share] =
        shares(&[t.contracted_items, t.uncontracted_items]);
    // Items dated after the as-of date are counted: the sentence says so.
    let later = match report.stated_as_of {
        Some(date) if t.after_as_of_items > 0 => {
            (s.including_later)(&fmt_int(t.after_as_of_items), &fmt_date(date))
        }
        _ => String::new(),
    };
    let mut text = (s.overall)(&Overall {
        when: &when,
        items: &fmt_int(t.items),
        later: &later,
        contracted: &fmt_int(t.contracted_items),
        contracted_share: &contracted_share,
        uncontracted: &fmt_int(t.uncontracted_items),
        uncontracted_share: &uncontracted_share,
    });
    if t.reach > 0 {
        text.push_str(&(s.reach)(&fmt_int(t.reach)));
    }
    if t.untagged_items > 0 {
        text.push_str(&(s.untagged)(&fmt_int(t.untagged_items)));
    }
    text
}

/// Themes against their targets: reached, and under half.
fn themes(data: &Dataset, report: &Report, s: &Sentences) -> Option<String> {
    let rows: Vec<(&str, u64, u64, f64)> = report
        .themes
        .iter()
        .filter_map(|r| {
            let t = data.plan.themes.get(r.theme as usize)?;
            Some((t.name.as_str(), r.items, r.target?, r.attainment?))
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let describe = |(name, items, target, a): &(&str, u64, u64, f64)| {
        (s.theme_result)(name, &fmt_int(*items), &fmt_int(*target), &fmt_percent(*a))
    };
    let mut reached: Vec<_> = rows.iter().filter(|r| r.3 >= 1.0).collect();
    reached.sort_by(|a, b| b.3.total_cmp(&a.3));
    let mut low: Vec<_> = rows.iter().filter(|r| r.3 < 0.5).collect();
    low.sort_by(|a, b| a.3.total_cmp(&b.3));
    let n = fmt_int(count(rows.len()));
    let mut text = if reached.is_empty() {
        (s.themes_none_reached)(&n)
    } else {
        let names: Vec<String> = reached.iter().map(|r| describe(r)).collect();
        (s.themes_reached)(
            &fmt_int(count(reached.len())),
            &n,
            &list(s, &names, s.noun_themes),
        )
    };
    if !low.is_empty() {
        let names: Vec<String> = low.iter().map(|r| describe(r)).collect();
        let n = count(low.len());
        text.push_str(&(s.themes_low)(
            (n, &fmt_int(n)),
            &list(s, &names, s.noun_themes),
        ));
    }
    Some(text)
}

/// Contracts: value, overall fulfilment, completed, behind the pace of their term.
fn contracts(data: &Dataset, report: &Report, s: &Sentences) -> Option<String> {
    let f = &report.filter;
    let rows: Vec<&ContractRow> = report
        .contracts
        .iter()
        .filter(|r| f.contracts.is_empty() || f.contracts.contains(&Some(r.contract)))
        .filter(|r| {
            f.outlets.is_empty()
                || data
                    .contracts
                    .get(r.contract as usize)
                    .is_some_and(|c| f.outlets.contains(&c.outlet))
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    // (number, outlet name) of a contract.
    let names = |r: &ContractRow| {
        data.contracts
            .get(r.contract as usize)
            .map_or_else(Default::default, |c| {
                let outlet = data.outlets.get(c.outlet as usize).map(|o| o.name.clone());
                (c.id.clone(), outlet.unwrap_or_default())
            })
    };
    let value = rows.iter().fold(0u64, |a, r| {
        let v = data
            .contracts
            .get(r.contract as usize)
            .map_or(0, |c| c.value_vnd);
        a.saturating_add(v)
    });
    let ordered = rows.iter().fold(0u64, |a, r| a.saturating_add(r.ordered));
    let delivered = rows.iter().fold(0u64, |a, r| a.saturating_add(r.delivered));
    let mut text = (s.contracts_total)(
        &fmt_int(count(rows.len())),
        &fmt_money(value),
        &fmt_int(delivered),
        &fmt_int(ordered),
        &fmt_share(delivered, ordered),
    );
    let done: Vec<String> = rows
        .iter()
        .filter(|r| r.status == ContractStatus::Done)
        .map(|r| {
            let (id, outlet) = names(r);
            format!("{id} ({outlet})")
        })
        .collect();
    if !done.is_empty() {
        let n = count(done.len());
        text.push_str(&(s.contracts_done)(
            (n, &fmt_int(n)),
            &list(s, &done, s.noun_contracts),
        ));
    }
    let mut behind: Vec<&&ContractRow> = rows
        .iter()
        .filter(|r| r.status == ContractStatus::Behind)
        .collect();
    behind.sort_by(|a, b| (a.fulfilment - a.elapsed).total_cmp(&(b.fulfilment - b.elapsed)));
    if !behind.is_empty() {
        let sentences: Vec<String> = behind
            .iter()
            .map(|r| {
                let (id, outlet) = names(r);
                let end = data
                    .contracts
                    .get(r.contract as usize)
                    .map_or_else(String::new, |c| fmt_date(c.term.end));
                // A running contract is never described as past its term: where it stands,
                // the share of its term elapsed at the as-of date, and until when it runs.
                (s.contract_behind)(&Behind {
                    id: &id,
                    outlet: &outlet,
                    done: &fmt_percent(r.fulfilment),
                    elapsed: &fmt_percent(r.elapsed),
                    end: &end,
                    ended: r.term == TermState::Ended,
                })
            })
            .collect();
        let n = count(behind.len());
        text.push_str(&(s.contracts_behind)(
            (n, &fmt_int(n)),
            &list(s, &sentences, s.noun_contracts),
        ));
    }
    let outside = rows
        .iter()
        .fold(0u64, |a, r| a.saturating_add(r.outside_term_items));
    let unordered = rows
        .iter()
        .fold(0u64, |a, r| a.saturating_add(r.unordered_items));
    if outside > 0 || unordered > 0 {
        text.push_str(&(s.contracts_outside)(
            &fmt_int(outside),
            &fmt_int(unordered),
        ));
    }
    Some(text)
}

/// The three outlets with most items.
fn outlets(data: &Dataset, report: &Report, s: &Sentences) -> Option<String> {
    let mut rows: Vec<_> = report.outlets.iter().filter(|r| r.items > 0).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.items));
    let total = report.totals.items;
    let top: Vec<String> = rows
        .iter()
        .take(3)
        .filter_map(|r| {
            let name = &data.outlets.get(r.outlet as usize)?.name;
            Some((s.outlet_result)(
                name,
                &fmt_int(r.items),
                &fmt_share(r.items, total),
            ))
        })
        .collect();
    if top.is_empty() {
        return None;
    }
    let mut text = (s.outlets_top)(&list(s, &top, ""));
    let silent = report.outlets.iter().filter(|r| r.items == 0).count();
    if report.filter.is_empty() && silent > 0 {
        text.push_str(&(s.outlets_silent)(&fmt_int(count(silent))));
    }
    Some(text)
}

/// Events with most items, and events with none.
fn events(data: &Dataset, report: &Report, s: &Sentences) -> Option<String> {
    let named = |e: u32| data.plan.events.get(e as usize);
    let mut covered: Vec<_> = report.events.iter().filter(|r| r.items > 0).collect();
    covered.sort_by_key(|r| std::cmp::Reverse(r.items));
    let none: Vec<String> = report
        .events
        .iter()
        .filter(|r| r.items == 0)
        .filter_map(|r| named(r.event))
        .map(|e| format!("{} ({})", quoted(&e.name), fmt_date(e.date)))
        .collect();
    if covered.is_empty() && none.is_empty() {
        return None;
    }
    let top: Vec<String> = covered
        .iter()
        .take(3)
        .filter_map(|r| {
            let e = named(r.event)?;
            Some((s.event_result)(&e.name, &fmt_int(r.items)))
        })
        .collect();
    let mut text = s.events_intro.to_owned();
    if !top.is_empty() {
        text.push_str(&(s.events_top)(&list(s, &top, "")));
    }
    if !none.is_empty() {
        text.push_str(&(s.events_none)(&list(s, &none, s.noun_events)));
    }
    Some(text)
}

/// Shares by tone, of one whole (unrated items included): they add up to 100 % as shown.
fn tone(report: &Report, s: &Sentences) -> Option<String> {
    let t = report.tone;
    if report.totals.items == 0 {
        return None;
    }
    let [positive, neutral, negative, unrated] =
        shares(&[t.positive, t.neutral, t.negative, t.unrated]);
    let mut text = (s.tone)(&ToneParts {
        positive: (&fmt_int(t.positive), &positive),
        neutral: (&fmt_int(t.neutral), &neutral),
        negative: (&fmt_int(t.negative), &negative),
    });
    if t.unrated > 0 {
        text.push_str(&(s.tone_unrated)(&fmt_int(t.unrated), &unrated));
    }
    Some(text)
}

/// The shares of `N` parts of one whole ([`fmt_shares`]).
fn shares<const N: usize>(parts: &[u64; N]) -> [String; N] {
    let mut shown = fmt_shares(parts).into_iter();
    std::array::from_fn(|_| shown.next().unwrap_or_default())
}

/// Items outside the period and quarantined records, which are not counted.
fn left_out(report: &Report, s: &Sentences) -> Option<String> {
    let t = report.totals;
    let mut parts = Vec::new();
    if t.out_of_period_items > 0 {
        parts.push((s.out_of_period)(&fmt_int(t.out_of_period_items)));
    }
    if t.quarantined_records > 0 {
        parts.push((s.malformed)(&fmt_int(t.quarantined_records)));
    }
    (!parts.is_empty()).then(|| (s.not_counted)(&parts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::{build_report, ReportOptions};

    #[test]
    fn snapshot_of_the_small_dataset() {
        let data = small();
        let r = report(&data, &Filter::default());
        insta::assert_snapshot!(
            "small_vi",
            draft_narrative(&data, &r, Lang::Vi).join("\n\n")
        );
        insta::assert_snapshot!(
            "small_en",
            draft_narrative(&data, &r, Lang::En).join("\n\n")
        );
    }

    #[test]
    fn states_the_real_numbers() {
        let data = small();
        let r = report(&data, &Filter::default());
        let vi = draft_narrative(&data, &r, Lang::Vi);
        assert!(vi[0].starts_with(
            "Năm 2024, các cơ quan báo chí đã đăng, phát 118 tin, bài, sản phẩm về tỉnh, trong đó 69 tin, bài theo hợp đồng đặt hàng (58,5 %) và 49 tin, bài do các cơ quan báo chí tự đăng, phát (41,5 %)."
        ), "{}", vi[0]);
        assert!(vi[0].contains("10.562.001 lượt"));
        assert!(vi[0].contains("Có 8 tin, bài chưa được gắn"));
        let all = vi.join("\n");
        assert!(
            all.contains("02/2024/HĐ-TT (Báo Quân đội nhân dân) mới đạt 16,3 % khối lượng"),
            "{all}"
        );
        assert!(all.contains("74 tin, bài tích cực (62,7 %)"), "{all}");
        assert!(
            all.contains("Có 2 tin, bài có ngày đăng ngoài kỳ báo cáo"),
            "{all}"
        );
        assert!(all.contains("Tạp chí Cộng sản (20 tin, bài"), "{all}");
        assert!(!all.contains("điều kiện lọc"));
    }

    #[test]
    fn says_when_filtered_and_what_was_left_out() {
        let data = small();
        let filter = Filter {
            outlets: vec![0],
            from: chrono::NaiveDate::from_ymd_opt(2024, 3, 1),
            ..Filter::default()
        };
        let r = build_report(
            &data,
            &filter,
            ReportOptions {
                as_of: None,
                quarantined_records: 3,
            },
        );
        let vi = draft_narrative(&data, &r, Lang::Vi);
        assert_eq!(
            vi[0],
            "Số liệu dưới đây chỉ tính các tin, bài thỏa mãn điều kiện lọc: từ ngày 01/03/2024; cơ quan báo chí Báo Nhân Dân."
        );
        assert!(
            vi[1].starts_with("Từ ngày 01/03/2024 đến ngày 31/12/2024, "),
            "{}",
            vi[1]
        );
        assert!(vi
            .last()
            .unwrap()
            .contains("3 bản ghi bị loại do sai định dạng, chưa được tính"));
        let en = draft_narrative(&data, &r, Lang::En);
        assert!(en[0].starts_with("The figures below count only the items matching the filter: from 01/03/2024; outlet Báo Nhân Dân."));
        // Only the filtered outlet's contract is discussed.
        let contracts = vi
            .iter()
            .find(|p| p.starts_with("Về thực hiện hợp đồng"))
            .unwrap();
        assert!(contracts.contains(": 1 hợp đồng"), "{contracts}");
    }

    #[test]
    fn empty_view() {
        let data = small();
        let filter = Filter {
            title: "không có tiêu đề nào như thế này".to_owned(),
            ..Filter::default()
        };
        let r = report(&data, &filter);
        let vi = draft_narrative(&data, &r, Lang::Vi);
        assert_eq!(
            vi[1],
            "Năm 2024, chưa ghi nhận tin, bài, sản phẩm nào về tỉnh."
        );
        assert_eq!(draft_narrative(&data, &r, Lang::Vi), vi);
    }

    /// Every percentage of a text, in tenths: "26,7 %" → 267.
    fn percents(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices(" %") {
            let head = &text[..i];
            let start = head
                .rfind(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .map_or(0, |p| p + 1);
            let number = head[start..].replace('.', "");
            let (int, frac) = number.split_once(',').unwrap_or((&number, "0"));
            if let (Ok(i), Ok(f)) = (int.parse::<u64>(), frac.parse::<u64>()) {
                out.push(i * 10 + f);
            }
        }
        out
    }

    /// Half up to a tenth of a percent, in exact integers: part × 1000 / whole.
    fn half_up(part: u64, whole: u64) -> u64 {
        (part * 2000 + whole) / (2 * whole)
    }

    /// The two rules of honest numbers, over the narrative of the small dataset and of
    /// generated ones: every "a/b … đạt x %" is a/b rounded half up (below 100 % never read
    /// as 100 %), and the shares of one whole (contracted or not; tone) add up to 100 %.
    #[test]
    fn percentages_round_half_up_and_shares_add_up() {
        let small = small();
        let r = report(&small, &Filter::default());
        let vi = draft_narrative(&small, &r, Lang::Vi).join("\n");
        // 8/30 = 26,666… %: half up, not down.
        assert!(vi.contains("(8/30 tin, bài, đạt 26,7 %)"), "{vi}");
        let mut datasets = vec![small];
        for seed in [1, 2, 3] {
            let json =
                phusong_sample::sample_json(&phusong_sample::SampleOptions { items: 400, seed });
            let loaded = phusong_model::load([phusong_model::SourceFile {
                name: "sample.json",
                bytes: json.as_bytes(),
            }]);
            datasets.push(loaded.dataset.unwrap());
        }
        for data in &datasets {
            let r = report(data, &Filter::default());
            for lang in [Lang::Vi, Lang::En] {
                let paragraphs = draft_narrative(data, &r, lang);
                let overall = &paragraphs[0];
                let shares = percents(overall);
                assert_eq!(shares.len(), 2, "{overall}");
                assert_eq!(shares.iter().sum::<u64>(), 1000, "{overall}");
                let tone = paragraphs
                    .iter()
                    .find(|p| p.starts_with("Về sắc thái") || p.starts_with("Tone:"))
                    .unwrap();
                // Positive, neutral, negative, and the unrated share when there are any:
                // with or without it, the shares as shown add up to 100 %.
                let shown = percents(tone);
                let want = if r.tone.unrated > 0 { 4 } else { 3 };
                assert_eq!(shown.len(), want, "{tone}");
                assert_eq!(shown.iter().sum::<u64>(), 1000, "{tone}");
                // Themes: "(items/target tin, bài, đạt x %)".
                for th in r.themes.iter().filter(|t| t.target.is_some()) {
                    let target = th.target.unwrap();
                    let needle = match lang {
                        Lang::Vi => {
                            format!("{}/{} tin, bài, đạt ", fmt_int(th.items), fmt_int(target))
                        }
                        Lang::En => format!("{}/{} items, ", fmt_int(th.items), fmt_int(target)),
                    };
                    for (i, _) in paragraphs[1].match_indices(&needle) {
                        let rest = &paragraphs[1][i + needle.len()..];
                        let shown = percents(&rest[..rest.find(" %").unwrap() + 2])[0];
                        let mut want = half_up(th.items, target);
                        if th.items < target {
                            want = want.min(999);
                        }
                        assert_eq!(shown, want, "{needle}{rest}");
                    }
                }
            }
        }
    }

    /// Drafted on 15/11/2025 for a plan that ends 30/11/2025: a contract behind but running
    /// until 30/11 is never said to be past its term; the period ends at the as-of date and
    /// the items dated after it are said to be counted.
    #[test]
    fn a_report_drafted_before_the_period_ends_states_only_what_is_true() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/as-of/dataset.json");
        let bytes = std::fs::read(path).unwrap();
        let data = phusong_model::load([phusong_model::SourceFile {
            name: "dataset.json",
            bytes: &bytes,
        }])
        .dataset
        .unwrap();
        let at = |date: &str| {
            build_report(
                &data,
                &Filter::default(),
                ReportOptions {
                    as_of: phusong_model::date::parse_date(date),
                    quarantined_records: 0,
                },
            )
        };
        let vi = draft_narrative(&data, &at("2025-11-15"), Lang::Vi).join("\n");
        assert!(!vi.contains("kết thúc"), "{vi}");
        assert!(!vi.contains("hết thời hạn"), "{vi}");
        assert!(
            vi.contains("12/2025/HĐ-STTTT (Đài Truyền hình Việt Nam) mới đạt 65 % khối lượng đặt hàng khi đã qua 95,5 % thời hạn hợp đồng (hợp đồng còn hiệu lực đến hết ngày 30/11/2025)"),
            "{vi}"
        );
        assert!(
            vi.starts_with("Từ ngày 01/01/2025 đến ngày 15/11/2025, các cơ quan báo chí đã đăng, phát 24 tin, bài, sản phẩm về tỉnh (kể cả 1 tin, bài có ngày đăng sau ngày 15/11/2025)"),
            "{vi}"
        );
        let en = draft_narrative(&data, &at("2025-11-15"), Lang::En).join("\n");
        assert!(
            en.contains("with 95,5 % of its term elapsed (it runs until 30/11/2025)"),
            "{en}"
        );
        // On the contract's last day, stated before a later period end, it still runs; at
        // the period's end (the whole period) its term is over.
        let whole = draft_narrative(&data, &at("2025-11-30"), Lang::Vi).join("\n");
        assert!(
            whole.contains(
                "mới đạt 65 % khối lượng đặt hàng dù thời hạn hợp đồng đã kết thúc ngày 30/11/2025"
            ),
            "{whole}"
        );
        assert!(whole.starts_with("Từ ngày 01/01/2025 đến ngày 30/11/2025, các cơ quan báo chí đã đăng, phát 24 tin, bài, sản phẩm về tỉnh, trong đó"), "{whole}");
    }

    #[test]
    fn lists_are_capped() {
        let names: Vec<String> = (1..=7).map(|i| format!("N{i}")).collect();
        let (vi, en) = (sentences(Lang::Vi), sentences(Lang::En));
        assert_eq!(list(vi, &names[..1], "x"), "N1");
        assert_eq!(list(vi, &names[..3], "x"), "N1, N2 và N3");
        assert_eq!(
            list(vi, &names, "nội dung"),
            "N1, N2, N3, N4, N5 và 2 nội dung khác"
        );
        assert_eq!(
            list(en, &names, "themes"),
            "N1, N2, N3, N4, N5 and 2 other themes"
        );
    }
}
