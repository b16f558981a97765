//! "II. Tồn tại, hạn chế và nguyên nhân": drafted from the numbers of the view, for the
//! author to edit: themes under half their target, contracts behind the pace of their term,
//! untagged items, records left out. Only what the numbers show; the causes are the
//! author's to write. The sentences are the catalogue's (`phusong_words::Sentences`).

use crate::text::{fmt_date, fmt_int, fmt_percent};
use phusong_engine::{ContractStatus, Report, TermState};
use phusong_model::{Dataset, Lang};
use phusong_words::{sentences, Behind};

/// The drafted paragraphs of part II, one string each; never empty.
pub fn draft_shortcomings(data: &Dataset, report: &Report, lang: Lang) -> Vec<String> {
    let s = sentences(lang);
    let mut out = Vec::new();
    let low: Vec<String> = report
        .themes
        .iter()
        .filter_map(|r| {
            let a = r.attainment?;
            let t = data.plan.themes.get(r.theme as usize)?;
            (a < 0.5).then(|| (s.low_theme)(&t.name, &fmt_percent(a)))
        })
        .collect();
    if !low.is_empty() {
        out.push((s.part2_low)(&fmt_int(low.len() as u64), &low.join("; ")));
    }
    let behind: Vec<String> = report
        .contracts
        .iter()
        .filter(|r| r.status == ContractStatus::Behind)
        .filter_map(|r| {
            let c = data.contracts.get(r.contract as usize)?;
            let outlet = data.outlets.get(c.outlet as usize).map_or("", |o| &o.name);
            Some((s.part2_behind_one)(&Behind {
                id: &c.id,
                outlet,
                done: &fmt_percent(r.fulfilment),
                elapsed: &fmt_percent(r.elapsed),
                end: &fmt_date(c.term.end),
                ended: r.term == TermState::Ended,
            }))
        })
        .collect();
    if !behind.is_empty() {
        out.push((s.part2_behind)(
            &fmt_int(behind.len() as u64),
            &behind.join("; "),
        ));
    }
    let t = report.totals;
    if t.untagged_items > 0 {
        out.push((s.part2_untagged)(&fmt_int(t.untagged_items)));
    }
    if t.quarantined_records > 0 {
        out.push((s.part2_malformed)(&fmt_int(t.quarantined_records)));
    }
    if out.is_empty() {
        out.push(s.part2_none.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::{build_report, Filter, ReportOptions};

    #[test]
    fn drafted_from_the_numbers() {
        let data = small();
        let r = report(&data, &Filter::default());
        let vi = draft_shortcomings(&data, &r, Lang::Vi);
        assert!(vi[0].starts_with("Còn 11 nội dung tuyên truyền trọng tâm đạt dưới 50 % chỉ tiêu: “Lĩnh vực kinh tế, phát triển hạ tầng” (28,3 %); “Kết quả"), "{}", vi[0]);
        assert!(vi[1].starts_with("Có 5 hợp đồng đặt hàng chậm so với tiến độ: 01/2024/HĐ-TT (Báo Nhân Dân) đạt 55,6 %, đã kết thúc ngày 16/11/2024"), "{}", vi[1]);
        assert_eq!(vi[2], "Có 8 tin, bài chưa được gắn nội dung tuyên truyền, nên số liệu theo từng nội dung có thể thấp hơn thực tế.");
        assert_eq!(vi.len(), 3);
        let with_left_out = build_report(
            &data,
            &Filter::default(),
            ReportOptions {
                as_of: None,
                quarantined_records: 3,
            },
        );
        let en = draft_shortcomings(&data, &with_left_out, Lang::En);
        assert!(en[3].starts_with("3 records were left out"), "{}", en[3]);
    }

    #[test]
    fn a_view_without_shortcomings_says_so_and_no_more() {
        let data = small();
        let mut r = report(&data, &Filter::default());
        // Every theme at its target, every contract on pace, all tagged, nothing left out.
        for t in &mut r.themes {
            t.attainment = t.attainment.map(|_| 1.0);
        }
        for c in &mut r.contracts {
            c.status = ContractStatus::OnPace;
        }
        r.totals.untagged_items = 0;
        r.totals.quarantined_records = 0;
        assert_eq!(
            draft_shortcomings(&data, &r, Lang::Vi),
            ["Số liệu chưa cho thấy nội dung nào đạt dưới 50 % chỉ tiêu hay hợp đồng nào chậm tiến độ."]
        );
    }
}
