//! Contracts (hợp đồng đặt hàng tuyên truyền) with press outlets: terms,
//! values, deliverables, and the quantities calibrated from counted items.

use crate::calendar::{date_of, year_length};
use crate::json::{push_date, push_key, push_padded, push_str, push_str_array, push_u64};
use crate::plan::Plan;
use crate::rng::Rng;
use crate::vocab::{Format, Kind, CONTRACT_SUFFIX, OUTLETS, YEAR};

/// Random stream used for contracts.
const STREAM_CONTRACTS: u64 = 2;

/// Delivery pace of contracts (delivered / ordered, per cent), cycled: some
/// over-deliver, most are about on pace, a few lag well behind.
const PACES: [u64; 10] = [112, 100, 96, 88, 78, 100, 66, 104, 52, 92];

/// One ordered format of a contract (hạng mục).
#[derive(Debug)]
pub struct Deliverable {
    /// What is ordered.
    pub format: Format,
    /// Weight of this format among the contract's items.
    pub weight: u32,
    /// Theme indices (areas) the deliverable is meant to cover.
    pub themes: Vec<usize>,
    /// Ordered quantity, set after the counting pass.
    pub quantity: u64,
}

/// A contract of the dataset.
#[derive(Debug)]
pub struct Contract {
    /// Contract number, e.g. "05/2025/HĐ-STTTT".
    pub id: String,
    /// Index into `OUTLETS`.
    pub outlet: usize,
    /// Subject of the contract.
    pub title: String,
    /// Signing day (day of year).
    pub signed: u16,
    /// First day of the term.
    pub start: u16,
    /// Last day of the term.
    pub end: u16,
    /// Value in đồng.
    pub value_vnd: u64,
    /// Ordered formats.
    pub deliverables: Vec<Deliverable>,
    /// Relative share of the items of a day when the contract is active.
    pub weight: u32,
    /// Delivery pace in per cent.
    pub pace: u64,
}

/// Number of contracts for `items` coverage items: 10 up to 1,000 items,
/// then 2 more for every doubling of the item count, at most 60.
pub fn contract_count(items: usize) -> usize {
    let mut n = 10;
    let mut scale = 1_000usize;
    while items > scale && n < 60 {
        scale = scale.saturating_mul(2);
        n += 2;
    }
    n.min(60)
}

/// Builds the contracts of the dataset (quantities still 0).
pub fn build(seed: u64, items: usize, plan: &Plan) -> Vec<Contract> {
    let mut rng = Rng::new(seed, STREAM_CONTRACTS, 0);
    let mut ranked: Vec<usize> = (0..OUTLETS.len())
        .filter(|&o| OUTLETS[o].contract_rank > 0)
        .collect();
    ranked.sort_by_key(|&o| OUTLETS[o].contract_rank);
    let n = contract_count(items);
    let days = year_length(YEAR);
    let mut per_outlet = vec![0usize; OUTLETS.len()];
    for k in 0..n {
        per_outlet[ranked[k % ranked.len()]] += 1;
    }
    let mut contracts = Vec::with_capacity(n);
    for k in 0..n {
        let o = ranked[k % ranked.len()];
        let def = &OUTLETS[o];
        let m = per_outlet[o] as u16;
        let j = (k / ranked.len()) as u16;
        let (start, end) = if m == 1 {
            (
                rng.range(10, 75) as u16,
                rng.range(303, u64::from(days) - 1) as u16,
            )
        } else {
            let len = days / m;
            let seg_start = j * len;
            let seg_end = if j + 1 == m {
                days - 1
            } else {
                (j + 1) * len - 1
            };
            let s = seg_start + rng.below(u64::from((len / 6).min(20)) + 1) as u16;
            let e = seg_end - rng.below(u64::from((len / 10).min(10)) + 1) as u16;
            (s, e.max(s))
        };
        let signed = start.saturating_sub(rng.range(3, 20) as u16);
        let (lo, hi) = match def.kind {
            Kind::Tv => (400, 900),
            Kind::Magazine => (100, 300),
            Kind::Radio => (250, 700),
            _ => (150, 700),
        };
        let value_vnd = rng.range(lo, hi) * 1_000_000;
        let formats = def.kind.formats();
        // The outlet's main format first, then 0–2 of its other usual formats.
        let usual = formats.iter().filter(|&&(_, w)| w >= 5).count();
        let wanted = (1 + rng.below(3) as usize).min(usual);
        let mut deliverables: Vec<Deliverable> = Vec::new();
        while deliverables.len() < wanted {
            let weights: Vec<u32> = formats
                .iter()
                .map(|&(f, w)| {
                    if w < 5 || deliverables.iter().any(|d| d.format == f) {
                        0
                    } else {
                        w
                    }
                })
                .collect();
            let pick = if deliverables.is_empty() {
                0
            } else {
                rng.weighted(&weights)
            };
            let (format, weight) = formats[pick];
            let mut themes = Vec::new();
            if !def.areas.is_empty() && !rng.chance(0.2) {
                for code in def.areas.iter().take(1 + rng.below(2) as usize) {
                    if let Some(t) = plan.themes.iter().position(|t| t.def.code == *code) {
                        themes.push(t);
                    }
                }
            }
            deliverables.push(Deliverable {
                format,
                weight,
                themes,
                quantity: 0,
            });
        }
        let mut title =
            String::from("Thông tin, tuyên truyền các nhiệm vụ chính trị của tỉnh trên ");
        title.push_str(def.name);
        title.push_str(" năm 2025");
        if m > 1 {
            title.push_str(" (đợt ");
            push_u64(&mut title, u64::from(j + 1));
            title.push(')');
        }
        let term = u64::from(end - start + 1);
        let weight = ((value_vnd / 1_000_000) * 1000 / term).max(1) as u32;
        let pace = PACES[(k + rng.below(PACES.len() as u64) as usize) % PACES.len()];
        contracts.push(Contract {
            id: String::new(),
            outlet: o,
            title,
            signed,
            start,
            end,
            value_vnd,
            deliverables,
            weight,
            pace,
        });
    }
    contracts.sort_by_key(|c| (c.signed, c.outlet, c.start));
    for (k, c) in contracts.iter_mut().enumerate() {
        push_padded(&mut c.id, k as u64 + 1, 2);
        c.id.push_str(CONTRACT_SUFFIX);
    }
    contracts
}

/// Sets each deliverable's quantity from the counted deliveries
/// (`delivered[contract][deliverable]`) and the contract's pace.
pub fn set_quantities(contracts: &mut [Contract], delivered: &[Vec<u64>]) {
    for (c, counts) in contracts.iter_mut().zip(delivered) {
        let pace = c.pace.max(1);
        for (d, &n) in c.deliverables.iter_mut().zip(counts) {
            d.quantity = ((n * 100 + pace / 2) / pace).max(1);
        }
    }
}

/// Appends the `contracts` section (value only).
pub fn write(out: &mut String, contracts: &[Contract], plan: &Plan) {
    out.push_str("[\n");
    for (k, c) in contracts.iter().enumerate() {
        out.push_str("    {\"id\": ");
        push_str(out, &c.id);
        out.push_str(", \"outlet\": ");
        push_str(out, OUTLETS[c.outlet].id);
        out.push_str(", \"title\": ");
        push_str(out, &c.title);
        out.push_str(",\n     \"signed\": ");
        push_date(out, date_of(YEAR, c.signed));
        out.push_str(", \"start\": ");
        push_date(out, date_of(YEAR, c.start));
        out.push_str(", \"end\": ");
        push_date(out, date_of(YEAR, c.end));
        out.push_str(", ");
        push_key(out, "value_vnd");
        push_u64(out, c.value_vnd);
        out.push_str(",\n     \"deliverables\": [");
        for (i, d) in c.deliverables.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str("{\"format\": ");
            push_str(out, d.format.as_str());
            out.push_str(", \"quantity\": ");
            push_u64(out, d.quantity);
            if !d.themes.is_empty() {
                out.push_str(", \"themes\": ");
                push_str_array(out, d.themes.iter().map(|&t| plan.themes[t].def.code));
            }
            out.push('}');
        }
        out.push_str("]}");
        out.push_str(if k + 1 < contracts.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_scales_gently() {
        assert_eq!(contract_count(0), 10);
        assert_eq!(contract_count(1_000), 10);
        assert!(contract_count(100_000) > 10);
        assert!(contract_count(100_000) <= 30);
        assert!(contract_count(usize::MAX) <= 60);
    }
}
