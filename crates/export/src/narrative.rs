//! An auto-drafted narrative ("Đánh giá chung") in administrative Vietnamese or in
//! English, written from the real numbers of one view of the report: overall
//! result, themes against their targets, contracts against the pace of their
//! term, leading outlets, events, tone, and records left out. Deterministic.

use crate::text::{fmt_date, fmt_int, fmt_money, fmt_percent, fmt_share, fmt_shares};
use phusong_engine::{ContractRow, ContractStatus, Filter, Report, TermState};
use phusong_model::{Dataset, Lang};

/// Most names listed in one sentence before "and n others".
const MAX_NAMED: usize = 5;

/// The drafted narrative of `report`, one string per paragraph.
pub fn draft_narrative(data: &Dataset, report: &Report, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !report.filter.is_empty() {
        out.push(filter_paragraph(data, &report.filter, lang));
    }
    out.push(overall(data, report, lang));
    out.extend(themes(data, report, lang));
    out.extend(contracts(data, report, lang));
    out.extend(outlets(data, report, lang));
    out.extend(events(data, report, lang));
    out.extend(tone(report, lang));
    out.extend(left_out(report, lang));
    out
}

/// The text of `lang`.
fn pick<T>(lang: Lang, vi: T, en: T) -> T {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "A, B và C" / "A, B and C"; more than [`MAX_NAMED`] end in "và n … khác".
fn list(lang: Lang, names: &[String], others: &str) -> String {
    let and = pick(lang, " và ", " and ");
    let shown = names.len().min(MAX_NAMED);
    let (head, rest) = names.split_at(shown);
    let mut parts: Vec<String> = head.to_vec();
    if !rest.is_empty() {
        parts.push(pick(
            lang,
            format!("{} {others} khác", fmt_int(count(rest.len()))),
            format!("{} other {others}", fmt_int(count(rest.len()))),
        ));
    }
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{}{and}{last}", init.join(", ")),
    }
}

/// A length as a count.
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// "1 contract" / "2 contracts" (English only).
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", fmt_int(count(n)), if n == 1 { one } else { many })
}

/// “name” in typographic quotes.
fn quoted(name: &str) -> String {
    format!("“{name}”")
}

/// The period as words: "Năm 2024" or "Từ 01/07/2024 đến 30/06/2025"; a report stated
/// before the end of its period ends at its as-of date.
fn period_words(data: &Dataset, report: &Report, lang: Lang) -> String {
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
        pick(
            lang,
            format!("Năm {}", plan.year),
            format!("In {}", plan.year),
        )
    } else {
        pick(
            lang,
            format!("Từ ngày {} đến ngày {}", fmt_date(from), fmt_date(to)),
            format!("From {} to {}", fmt_date(from), fmt_date(to)),
        )
    }
}

/// The first paragraph under a filter: what the numbers are limited to.
fn filter_paragraph(data: &Dataset, f: &Filter, lang: Lang) -> String {
    let mut parts = Vec::new();
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(pick(
            lang,
            format!("từ ngày {} đến ngày {}", fmt_date(a), fmt_date(b)),
            format!("from {} to {}", fmt_date(a), fmt_date(b)),
        )),
        (Some(a), None) => parts.push(pick(
            lang,
            format!("từ ngày {}", fmt_date(a)),
            format!("from {}", fmt_date(a)),
        )),
        (None, Some(b)) => parts.push(pick(
            lang,
            format!("đến ngày {}", fmt_date(b)),
            format!("up to {}", fmt_date(b)),
        )),
        (None, None) => {}
    }
    let names = |label_vi: &str, label_en: &str, names: Vec<String>| {
        (!names.is_empty()).then(|| {
            let label = pick(lang, label_vi, label_en);
            format!("{label} {}", list(lang, &names, ""))
        })
    };
    let themes = f
        .themes
        .iter()
        .filter_map(|&t| data.plan.themes.get(t as usize))
        .map(|t| format!("{} {}", t.code, quoted(&t.name)))
        .collect();
    parts.extend(names("nội dung", "theme", themes));
    let outlets = f
        .outlets
        .iter()
        .filter_map(|&o| data.outlets.get(o as usize))
        .map(|o| o.name.clone())
        .collect();
    parts.extend(names("cơ quan báo chí", "outlet", outlets));
    let levels = f.levels.iter().map(|l| l.label(lang).to_owned()).collect();
    parts.extend(names("cấp", "level", levels));
    let contracts = f
        .contracts
        .iter()
        .map(|c| match c.and_then(|c| data.contracts.get(c as usize)) {
            Some(c) => c.id.clone(),
            None => pick(lang, "không theo hợp đồng", "not under contract").to_owned(),
        })
        .collect();
    parts.extend(names("hợp đồng", "contract", contracts));
    let formats = f.formats.iter().map(|x| x.label(lang).to_owned()).collect();
    parts.extend(names("loại sản phẩm", "format", formats));
    let tones = f
        .tones
        .iter()
        .map(|t| match t {
            Some(t) => t.label(lang).to_owned(),
            None => pick(lang, "chưa đánh giá", "not rated").to_owned(),
        })
        .collect();
    parts.extend(names("sắc thái", "tone", tones));
    let title = f.title.trim();
    if !title.is_empty() {
        parts.push(pick(
            lang,
            format!("tiêu đề có “{title}”"),
            format!("title containing “{title}”"),
        ));
    }
    pick(
        lang,
        format!(
            "Số liệu dưới đây chỉ tính các tin, bài thỏa mãn điều kiện lọc: {}.",
            parts.join("; ")
        ),
        format!(
            "The figures below count only the items matching the filter: {}.",
            parts.join("; ")
        ),
    )
}

/// Overall result: items, contracted share, reach, untagged.
fn overall(data: &Dataset, report: &Report, lang: Lang) -> String {
    let t = report.totals;
    let when = period_words(data, report, lang);
    if t.items == 0 {
        return pick(
            lang,
            format!("{when}, chưa ghi nhận tin, bài, sản phẩm nào về tỉnh."),
            format!("{when}, no items about the province were recorded."),
        );
    }
    // Contracted and not: shares of one whole, adding up to 100 % as shown.
    let [contracted, uncontracted] = shares(&[t.contracted_items, t.uncontracted_items]);
    // Items dated after the as-of date are counted: the sentence says so.
    let later = match report.stated_as_of {
        Some(date) if t.after_as_of_items > 0 => pick(
            lang,
            format!(
                " (kể cả {} tin, bài có ngày đăng sau ngày {})",
                fmt_int(t.after_as_of_items),
                fmt_date(date)
            ),
            format!(
                " (including {} dated after {})",
                fmt_int(t.after_as_of_items),
                fmt_date(date)
            ),
        ),
        _ => String::new(),
    };
    let mut s = pick(
        lang,
        format!(
            "{when}, các cơ quan báo chí đã đăng, phát {} tin, bài, sản phẩm về tỉnh{later}, trong đó {} tin, bài theo hợp đồng đặt hàng ({contracted}) và {} tin, bài do các cơ quan báo chí tự đăng, phát ({uncontracted}).",
            fmt_int(t.items),
            fmt_int(t.contracted_items),
            fmt_int(t.uncontracted_items),
        ),
        format!(
            "{when}, the press published {} items about the province{later}, of which {} under commissioning contracts ({contracted}) and {} on the outlets' own initiative ({uncontracted}).",
            fmt_int(t.items),
            fmt_int(t.contracted_items),
            fmt_int(t.uncontracted_items),
        ),
    );
    if t.reach > 0 {
        s.push_str(&pick(
            lang,
            format!(
                " Tổng lượt tiếp cận ghi nhận được đạt {} lượt.",
                fmt_int(t.reach)
            ),
            format!(" Their recorded reach totals {}.", fmt_int(t.reach)),
        ));
    }
    if t.untagged_items > 0 {
        s.push_str(&pick(
            lang,
            format!(
                " Có {} tin, bài chưa được gắn nội dung tuyên truyền.",
                fmt_int(t.untagged_items)
            ),
            format!(
                " {} items are not tagged with any theme of the plan.",
                fmt_int(t.untagged_items)
            ),
        ));
    }
    s
}

/// Themes against their targets: reached, and under half.
fn themes(data: &Dataset, report: &Report, lang: Lang) -> Option<String> {
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
        pick(
            lang,
            format!(
                "{} ({}/{} tin, bài, đạt {})",
                quoted(name),
                fmt_int(*items),
                fmt_int(*target),
                fmt_percent(*a)
            ),
            format!(
                "{} ({}/{} items, {})",
                quoted(name),
                fmt_int(*items),
                fmt_int(*target),
                fmt_percent(*a)
            ),
        )
    };
    let mut reached: Vec<_> = rows.iter().filter(|r| r.3 >= 1.0).collect();
    reached.sort_by(|a, b| b.3.total_cmp(&a.3));
    let mut low: Vec<_> = rows.iter().filter(|r| r.3 < 0.5).collect();
    low.sort_by(|a, b| a.3.total_cmp(&b.3));
    let n = count(rows.len());
    let mut s = if reached.is_empty() {
        pick(
            lang,
            format!(
                "Về nội dung tuyên truyền trọng tâm: trong số {} nội dung được giao chỉ tiêu, chưa có nội dung nào đạt chỉ tiêu đề ra.",
                fmt_int(n)
            ),
            format!(
                "Plan themes: none of the {} themes with a target has reached it.",
                fmt_int(n)
            ),
        )
    } else {
        let names: Vec<String> = reached.iter().map(|r| describe(r)).collect();
        pick(
            lang,
            format!(
                "Về nội dung tuyên truyền trọng tâm: {}/{} nội dung có chỉ tiêu đã đạt hoặc vượt chỉ tiêu, gồm {}.",
                fmt_int(count(reached.len())),
                fmt_int(n),
                list(lang, &names, "nội dung")
            ),
            format!(
                "Plan themes: {} of the {} themes with a target reached or exceeded it: {}.",
                fmt_int(count(reached.len())),
                fmt_int(n),
                list(lang, &names, "themes")
            ),
        )
    };
    if !low.is_empty() {
        let names: Vec<String> = low.iter().map(|r| describe(r)).collect();
        s.push_str(&pick(
            lang,
            format!(
                " Có {} nội dung đạt dưới 50 % chỉ tiêu: {}.",
                fmt_int(count(low.len())),
                list(lang, &names, "nội dung")
            ),
            format!(
                " {} below 50 % of their target: {}.",
                counted(low.len(), "theme is", "themes are"),
                list(lang, &names, "themes")
            ),
        ));
    }
    Some(s)
}

/// Contracts: value, overall fulfilment, completed, behind the pace of their term.
fn contracts(data: &Dataset, report: &Report, lang: Lang) -> Option<String> {
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
    let id = |r: &ContractRow| {
        data.contracts
            .get(r.contract as usize)
            .map_or_else(String::new, |c| match data.outlets.get(c.outlet as usize) {
                Some(o) => format!("{} ({})", c.id, o.name),
                None => c.id.clone(),
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
    let mut s = pick(
        lang,
        format!(
            "Về thực hiện hợp đồng đặt hàng: {} hợp đồng với tổng giá trị {}; đã thực hiện {}/{} sản phẩm đặt hàng ({}).",
            fmt_int(count(rows.len())),
            fmt_money(value),
            fmt_int(delivered),
            fmt_int(ordered),
            fmt_share(delivered, ordered)
        ),
        format!(
            "Commissioning contracts: {} contracts worth {} in total; {} of {} ordered products delivered ({}).",
            fmt_int(count(rows.len())),
            fmt_money(value),
            fmt_int(delivered),
            fmt_int(ordered),
            fmt_share(delivered, ordered)
        ),
    );
    let done: Vec<String> = rows
        .iter()
        .filter(|r| r.status == ContractStatus::Done)
        .map(|r| id(r))
        .collect();
    if !done.is_empty() {
        s.push_str(&pick(
            lang,
            format!(
                " Có {} hợp đồng đã hoàn thành: {}.",
                fmt_int(count(done.len())),
                list(lang, &done, "hợp đồng")
            ),
            format!(
                " {} completed: {}.",
                counted(done.len(), "contract", "contracts"),
                list(lang, &done, "contracts")
            ),
        ));
    }
    let mut behind: Vec<&&ContractRow> = rows
        .iter()
        .filter(|r| r.status == ContractStatus::Behind)
        .collect();
    behind.sort_by(|a, b| (a.fulfilment - a.elapsed).total_cmp(&(b.fulfilment - b.elapsed)));
    if !behind.is_empty() {
        let names: Vec<String> = behind
            .iter()
            .map(|r| {
                let (done, elapsed) = (fmt_percent(r.fulfilment), fmt_percent(r.elapsed));
                let end = data
                    .contracts
                    .get(r.contract as usize)
                    .map_or_else(String::new, |c| fmt_date(c.term.end));
                // A running contract is never described as past its term: where it stands,
                // the share of its term elapsed at the as-of date, and until when it runs.
                match (lang, r.term == TermState::Ended) {
                    (Lang::Vi, true) => format!(
                        "{} mới đạt {done} khối lượng đặt hàng dù thời hạn hợp đồng đã kết thúc ngày {end}",
                        id(r)
                    ),
                    (Lang::Vi, false) => format!(
                        "{} mới đạt {done} khối lượng đặt hàng khi đã qua {elapsed} thời hạn hợp đồng (hợp đồng còn hiệu lực đến hết ngày {end})",
                        id(r)
                    ),
                    (Lang::En, true) => format!(
                        "{} at {done} of its order though its term ended on {end}",
                        id(r)
                    ),
                    (Lang::En, false) => format!(
                        "{} at {done} of its order with {elapsed} of its term elapsed (it runs until {end})",
                        id(r)
                    ),
                }
            })
            .collect();
        s.push_str(&pick(
            lang,
            format!(
                " Có {} hợp đồng chậm so với tiến độ: {}.",
                fmt_int(count(behind.len())),
                list(lang, &names, "hợp đồng")
            ),
            format!(
                " {} behind the pace of the term: {}.",
                counted(behind.len(), "contract is", "contracts are"),
                list(lang, &names, "contracts")
            ),
        ));
    }
    let outside = rows
        .iter()
        .fold(0u64, |a, r| a.saturating_add(r.outside_term_items));
    let unordered = rows
        .iter()
        .fold(0u64, |a, r| a.saturating_add(r.unordered_items));
    if outside > 0 || unordered > 0 {
        s.push_str(&pick(
            lang,
            format!(
                " Có {} tin, bài đăng ngoài thời hạn hợp đồng và {} tin, bài không thuộc danh mục sản phẩm đặt hàng.",
                fmt_int(outside),
                fmt_int(unordered)
            ),
            format!(
                " {} items were published outside their contract's term and {} in formats the contract did not order.",
                fmt_int(outside),
                fmt_int(unordered)
            ),
        ));
    }
    Some(s)
}

/// The three outlets with most items.
fn outlets(data: &Dataset, report: &Report, lang: Lang) -> Option<String> {
    let mut rows: Vec<_> = report.outlets.iter().filter(|r| r.items > 0).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.items));
    let total = report.totals.items;
    let top: Vec<String> = rows
        .iter()
        .take(3)
        .filter_map(|r| {
            let name = &data.outlets.get(r.outlet as usize)?.name;
            Some(pick(
                lang,
                format!(
                    "{name} ({} tin, bài, {})",
                    fmt_int(r.items),
                    fmt_share(r.items, total)
                ),
                format!(
                    "{name} ({} items, {})",
                    fmt_int(r.items),
                    fmt_share(r.items, total)
                ),
            ))
        })
        .collect();
    if top.is_empty() {
        return None;
    }
    let mut s = pick(
        lang,
        format!(
            "Các cơ quan báo chí đăng, phát nhiều tin, bài nhất về tỉnh: {}.",
            list(lang, &top, "")
        ),
        format!("The outlets with most items: {}.", list(lang, &top, "")),
    );
    let silent = report.outlets.iter().filter(|r| r.items == 0).count();
    if report.filter.is_empty() && silent > 0 {
        s.push_str(&pick(
            lang,
            format!(
                " Có {} cơ quan báo chí chưa có tin, bài nào trong kỳ.",
                fmt_int(count(silent))
            ),
            format!(
                " {} outlets published nothing in the period.",
                fmt_int(count(silent))
            ),
        ));
    }
    Some(s)
}

/// Events with most items, and events with none.
fn events(data: &Dataset, report: &Report, lang: Lang) -> Option<String> {
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
            Some(pick(
                lang,
                format!("{} ({} tin, bài)", quoted(&e.name), fmt_int(r.items)),
                format!("{} ({} items)", quoted(&e.name), fmt_int(r.items)),
            ))
        })
        .collect();
    let mut s = pick(
        lang,
        "Về tuyên truyền các sự kiện, ngày kỷ niệm:".to_owned(),
        "Events and anniversaries:".to_owned(),
    );
    if !top.is_empty() {
        s.push_str(&pick(
            lang,
            format!(" được đưa tin nhiều nhất là {}.", list(lang, &top, "")),
            format!(" the most covered were {}.", list(lang, &top, "")),
        ));
    }
    if !none.is_empty() {
        s.push_str(&pick(
            lang,
            format!(" Chưa có tin, bài nào về {}.", list(lang, &none, "sự kiện")),
            format!(" No item covered {}.", list(lang, &none, "events")),
        ));
    }
    Some(s)
}

/// Shares by tone, of one whole (unrated items included): they add up to 100 % as shown.
fn tone(report: &Report, lang: Lang) -> Option<String> {
    let t = report.tone;
    if report.totals.items == 0 {
        return None;
    }
    let [positive, neutral, negative, unrated] =
        shares(&[t.positive, t.neutral, t.negative, t.unrated]);
    let mut s = pick(
        lang,
        format!(
            "Về sắc thái thông tin: {} tin, bài tích cực ({positive}), {} trung lập ({neutral}), {} tiêu cực ({negative}).",
            fmt_int(t.positive),
            fmt_int(t.neutral),
            fmt_int(t.negative),
        ),
        format!(
            "Tone: {} positive items ({positive}), {} neutral ({neutral}), {} negative ({negative}).",
            fmt_int(t.positive),
            fmt_int(t.neutral),
            fmt_int(t.negative),
        ),
    );
    if t.unrated > 0 {
        s.push_str(&pick(
            lang,
            format!(
                " {} tin, bài ({unrated}) chưa được đánh giá.",
                fmt_int(t.unrated)
            ),
            format!(" {} items ({unrated}) are not rated.", fmt_int(t.unrated)),
        ));
    }
    Some(s)
}

/// The shares of `N` parts of one whole ([`fmt_shares`]).
fn shares<const N: usize>(parts: &[u64; N]) -> [String; N] {
    let mut shown = fmt_shares(parts).into_iter();
    std::array::from_fn(|_| shown.next().unwrap_or_default())
}

/// Items outside the period and quarantined records, which are not counted.
fn left_out(report: &Report, lang: Lang) -> Option<String> {
    let t = report.totals;
    let mut parts = Vec::new();
    if t.out_of_period_items > 0 {
        parts.push(pick(
            lang,
            format!(
                "{} tin, bài có ngày đăng ngoài kỳ báo cáo",
                fmt_int(t.out_of_period_items)
            ),
            format!(
                "{} items dated outside the reporting period",
                fmt_int(t.out_of_period_items)
            ),
        ));
    }
    if t.quarantined_records > 0 {
        parts.push(pick(
            lang,
            format!(
                "{} bản ghi bị loại do sai định dạng",
                fmt_int(t.quarantined_records)
            ),
            format!(
                "{} records rejected as malformed",
                fmt_int(t.quarantined_records)
            ),
        ));
    }
    if parts.is_empty() {
        return None;
    }
    Some(pick(
        lang,
        format!(
            "Có {}, chưa được tính trong báo cáo này.",
            parts.join(" và ")
        ),
        format!("Not counted in this report: {}.", parts.join(" and ")),
    ))
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
        assert_eq!(list(Lang::Vi, &names[..1], "x"), "N1");
        assert_eq!(list(Lang::Vi, &names[..3], "x"), "N1, N2 và N3");
        assert_eq!(
            list(Lang::Vi, &names, "nội dung"),
            "N1, N2, N3, N4, N5 và 2 nội dung khác"
        );
        assert_eq!(
            list(Lang::En, &names, "themes"),
            "N1, N2, N3, N4, N5 and 2 other themes"
        );
    }
}
