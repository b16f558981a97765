//! Phụ lục nghiệm thu: the items a contract delivered, per ordered format, then its items
//! in formats it did not order and its items dated outside its term: the page an office
//! uses to accept the work and to pay. Built from the view, as every table is.

use crate::tables::{item_link, num_col, text_col, Row, Section, Table};
use crate::text::{fmt_date, fmt_int, fmt_money};
use crate::words::words;
use phusong_engine::{ContractRow, Report};
use phusong_model::{ContractIdx, CoverageItem, Dataset, Format, Lang};

/// The acceptance appendix of one contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acceptance {
    /// The contract.
    pub contract: ContractIdx,
    /// "Phụ lục: sản phẩm đã thực hiện của hợp đồng số …".
    pub title: String,
    /// The contract's facts, one line each: outlet, subject, signing date, term, value,
    /// ordered and delivered in all.
    pub facts: Vec<String>,
    /// The parts: one per ordered format, then the formats not ordered, then the items
    /// outside the term (those two only when there are any).
    pub parts: Vec<AcceptancePart>,
}

/// One part of an acceptance appendix: a heading and its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptancePart {
    /// "1. Phóng sự truyền hình: đặt hàng 10, đã thực hiện 7" and the like.
    pub heading: String,
    /// The items, by date: STT, date, outlet, title (with its link), link.
    pub items: Table,
}

/// The contracts of the view that an acceptance appendix can be drawn for, in file order:
/// (index, "number — outlet").
pub fn acceptance_choices(data: &Dataset, report: &Report) -> Vec<(ContractIdx, String)> {
    report
        .contracts
        .iter()
        .filter_map(|r| {
            let c = data.contracts.get(r.contract as usize)?;
            let outlet = data.outlets.get(c.outlet as usize).map_or("", |o| &o.name);
            Some((r.contract, format!("{} — {outlet}", c.id)))
        })
        .collect()
}

/// The acceptance appendix of `contract` in the view `report`; `None` when the view has no
/// such contract.
pub fn acceptance(
    data: &Dataset,
    report: &Report,
    contract: ContractIdx,
    lang: Lang,
) -> Option<Acceptance> {
    let w = words(lang);
    let row: &ContractRow = report.contracts.iter().find(|r| r.contract == contract)?;
    let c = data.contracts.get(contract as usize)?;
    // The view's items under the contract, by date (ties in load order).
    let mut items: Vec<&CoverageItem> = report
        .items
        .iter()
        .filter_map(|&p| data.items.get(p as usize))
        .filter(|i| i.contract == Some(contract))
        .collect();
    items.sort_by_key(|i| i.date);
    let outlet = data
        .outlets
        .get(c.outlet as usize)
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let mut facts = vec![format!("{}: {outlet}", w.outlet)];
    if let Some(subject) = c.title.as_deref().filter(|s| !s.trim().is_empty()) {
        facts.push(format!("{}: {subject}", w.subject));
    }
    if let Some(signed) = c.signed {
        facts.push(format!("{}: {}", w.signed, fmt_date(signed)));
    }
    facts.push(format!(
        "{}: {} – {}",
        w.term,
        fmt_date(c.term.start),
        fmt_date(c.term.end)
    ));
    facts.push(format!("{}: {}", w.value_words, fmt_money(c.value_vnd)));
    facts.push(format!(
        "{}: {} · {}: {} · {}: {}",
        w.ordered,
        fmt_int(row.ordered),
        w.counted,
        fmt_int(row.delivered),
        w.fulfilment.trim_end_matches(" (%)"),
        crate::text::fmt_percent(row.fulfilment)
    ));
    let in_term = |i: &&&CoverageItem| c.term.contains(i.date);
    let ordered = |f: Format| row.deliverables.iter().any(|d| d.format == f);
    let mut parts = Vec::new();
    for (n, d) in row.deliverables.iter().enumerate() {
        let listed: Vec<&CoverageItem> = items
            .iter()
            .filter(|i| i.format == d.format)
            .filter(in_term)
            .copied()
            .collect();
        let outside = d.delivered - listed.len() as u64;
        let mut heading = format!(
            "{}. {}: {} {}, {} {}",
            n + 1,
            d.format.label(lang),
            w.ordered.to_lowercase(),
            fmt_int(d.quantity),
            w.delivered.to_lowercase(),
            fmt_int(d.delivered),
        );
        if outside > 0 {
            heading.push_str(&format!(
                " ({} {})",
                fmt_int(outside),
                w.of_which_outside_term
            ));
        }
        parts.push(AcceptancePart {
            heading,
            items: items_of(data, &listed, lang),
        });
    }
    let unordered: Vec<&CoverageItem> = items
        .iter()
        .filter(|i| !ordered(i.format))
        .copied()
        .collect();
    if !unordered.is_empty() {
        parts.push(AcceptancePart {
            heading: format!("{}: {}", w.unordered_part, fmt_int(unordered.len() as u64)),
            items: items_of(data, &unordered, lang),
        });
    }
    let outside: Vec<&CoverageItem> = items
        .iter()
        .filter(|i| ordered(i.format) && !c.term.contains(i.date))
        .copied()
        .collect();
    if !outside.is_empty() {
        parts.push(AcceptancePart {
            heading: format!("{}: {}", w.outside_term_part, fmt_int(outside.len() as u64)),
            items: items_of(data, &outside, lang),
        });
    }
    Some(Acceptance {
        contract,
        title: format!("{} {}", Section::Acceptance.title(lang), c.id),
        facts,
        parts,
    })
}

/// The items as a table: STT, date, outlet, format, title (its link on the row), link.
fn items_of(data: &Dataset, items: &[&CoverageItem], lang: Lang) -> Table {
    let w = words(lang);
    let rows = items
        .iter()
        .zip(1u64..)
        .map(|(item, n)| {
            let link = item_link(item).map(str::to_owned);
            Row {
                cells: vec![
                    fmt_int(n),
                    fmt_date(item.date),
                    data.outlets
                        .get(item.outlet as usize)
                        .map(|o| o.name.clone())
                        .unwrap_or_default(),
                    item.format.label(lang).to_owned(),
                    item.title().to_owned(),
                    link.clone().unwrap_or_default(),
                ],
                filter: None,
                link,
            }
        })
        .collect();
    Table {
        section: Section::Acceptance,
        title: String::new(),
        columns: vec![
            num_col(w.row_no),
            text_col(w.date),
            text_col(w.outlet),
            text_col(w.format),
            crate::tables::Column {
                links: true,
                ..text_col(w.title)
            },
            text_col(w.link),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{report, small};
    use phusong_engine::Filter;

    #[test]
    fn every_item_of_the_contract_is_listed_once_where_it_belongs() {
        let data = small();
        let r = report(&data, &Filter::default());
        let choices = acceptance_choices(&data, &r);
        assert_eq!(choices.len(), data.contracts.len());
        for (idx, label) in choices {
            let a = acceptance(&data, &r, idx, Lang::Vi).unwrap();
            let c = &data.contracts[idx as usize];
            assert!(label.starts_with(&c.id));
            assert_eq!(
                a.title,
                format!("Phụ lục: sản phẩm đã thực hiện của hợp đồng số {}", c.id)
            );
            let row = r.contracts.iter().find(|x| x.contract == idx).unwrap();
            // Each item under the contract is in exactly one part.
            let listed: usize = a.parts.iter().map(|p| p.items.rows.len()).sum();
            assert_eq!(listed as u64, row.items, "{}", c.id);
            // The ordered formats come first, in order, with their counts.
            for (d, part) in row.deliverables.iter().zip(&a.parts) {
                assert!(
                    part.heading.contains(&format!(
                        "{}: đặt hàng {}, đã thực hiện {}",
                        d.format.label(Lang::Vi),
                        fmt_int(d.quantity),
                        fmt_int(d.delivered)
                    )),
                    "{}",
                    part.heading
                );
            }
            let extra = a.parts.len() - row.deliverables.len();
            let want = usize::from(row.unordered_items > 0)
                + usize::from(
                    a.parts
                        .iter()
                        .any(|p| p.heading.starts_with("Sản phẩm đăng ngoài thời hạn")),
                );
            assert_eq!(extra, want);
            // Rows are numbered from 1 and dated in order.
            for part in &a.parts {
                for (n, row) in part.items.rows.iter().enumerate() {
                    assert_eq!(row.cells[0], fmt_int(n as u64 + 1));
                }
            }
        }
        // 01/2024/HĐ-TT has an item in a format it did not order.
        let a = acceptance(&data, &r, 0, Lang::Vi).unwrap();
        assert!(a
            .parts
            .iter()
            .any(|p| p.heading == "Sản phẩm không thuộc danh mục đặt hàng: 1"));
        assert!(
            a.facts
                .iter()
                .any(|f| f == "Giá trị hợp đồng: 280.000.000 đ"),
            "{:?}",
            a.facts
        );
    }

    #[test]
    fn outside_the_term_is_its_own_part_and_said_in_the_heading() {
        let data = small();
        let r = report(&data, &Filter::default());
        let with_outside = r
            .contracts
            .iter()
            .find(|c| c.outside_term_items > 0)
            .expect("the small dataset has items outside a term");
        let a = acceptance(&data, &r, with_outside.contract, Lang::Vi).unwrap();
        let part = a
            .parts
            .iter()
            .find(|p| {
                p.heading
                    .starts_with("Sản phẩm đăng ngoài thời hạn hợp đồng")
            })
            .unwrap();
        let term = data.contracts[with_outside.contract as usize].term;
        assert!(!part.items.rows.is_empty());
        for row in &part.items.rows {
            let date = crate::text::parse_date_input(&row.cells[1]).unwrap();
            assert!(!term.contains(date));
        }
        assert!(a
            .parts
            .iter()
            .any(|p| p.heading.contains("ngoài thời hạn)")));
        // Not in the view: no appendix.
        assert!(acceptance(&data, &r, 9999, Lang::Vi).is_none());
    }
}
