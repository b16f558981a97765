//! Coverage items (tin, bài, sản phẩm): drawing one item from its own random
//! stream, and writing it as one JSON line.
//!
//! Each item is a pure function of `(seed, index)`, so the generator can run a
//! cheap counting pass (to calibrate targets and contract quantities) and then
//! a writing pass that replays exactly the same items.

use crate::calendar::date_of;
use crate::contracts::Contract;
use crate::headlines::{fill, push_slug};
use crate::json::{push_date, push_padded, push_str, push_u64};
use crate::plan::Plan;
use crate::rng::Rng;
use crate::themes::ThemeDef;
use crate::vocab::{Format, Level, ITEM_PREFIX, OUTLETS, UNTAGGED_HEADLINES, YEAR};

/// Random stream of coverage items.
const STREAM_ITEMS: u64 = 3;

/// Tone of an item (sắc thái).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Tích cực.
    Positive,
    /// Trung tính.
    Neutral,
    /// Tiêu cực.
    Negative,
}

impl Tone {
    fn as_str(self) -> &'static str {
        match self {
            Tone::Positive => "positive",
            Tone::Neutral => "neutral",
            Tone::Negative => "negative",
        }
    }
}

/// One drawn coverage item, before its headline is composed.
#[derive(Debug, Clone)]
pub struct Item {
    /// Day of the year.
    pub doy: u16,
    /// Index into `OUTLETS`.
    pub outlet: usize,
    /// Format.
    pub format: Format,
    /// Tagged theme indices (0–2 of them).
    pub themes: Vec<usize>,
    /// Untagged written as `"themes": []` rather than left out.
    pub empty_themes: bool,
    /// Contract index and the deliverable index when the format was ordered.
    pub contract: Option<(usize, Option<usize>)>,
    /// Event index.
    pub event: Option<usize>,
    /// Tone, `None` when not rated.
    pub tone: Option<Tone>,
    /// Reach, when measured.
    pub reach: Option<u64>,
    /// Whether the item has a link.
    pub has_url: bool,
}

/// Everything needed to draw items: plan, contracts and per-day lookups.
#[derive(Debug)]
pub struct Drawer<'a> {
    seed: u64,
    items: usize,
    plan: &'a Plan,
    contracts: &'a [Contract],
    /// Per day: active contracts and their weights.
    active: Vec<(Vec<usize>, Vec<u32>)>,
    /// Per day: contracts whose term starts or ended within 30 days.
    near: Vec<Vec<usize>>,
    /// Chance an item on a day with active contracts is under contract.
    contract_p: f64,
    outlet_weights: Vec<u32>,
    /// Per outlet: weights of its kind's formats.
    format_weights: Vec<Vec<u32>>,
    /// Per contract: weights of its deliverables, and of the outlet's formats
    /// it did not order.
    contract_weights: Vec<(Vec<u32>, Vec<u32>)>,
}

impl<'a> Drawer<'a> {
    /// Prepares drawing `items` items for `seed`.
    pub fn new(seed: u64, items: usize, plan: &'a Plan, contracts: &'a [Contract]) -> Self {
        let active: Vec<(Vec<usize>, Vec<u32>)> = (0..plan.cdf.len())
            .map(|d| {
                let ids: Vec<usize> = (0..contracts.len())
                    .filter(|&c| {
                        usize::from(contracts[c].start) <= d && d <= usize::from(contracts[c].end)
                    })
                    .collect();
                let w = ids.iter().map(|&c| contracts[c].weight).collect();
                (ids, w)
            })
            .collect();
        let near = (0..plan.cdf.len())
            .map(|d| {
                (0..contracts.len())
                    .filter(|&c| {
                        let (s, e) = (
                            usize::from(contracts[c].start),
                            usize::from(contracts[c].end),
                        );
                        (d < s && d + 30 >= s) || (d > e && d <= e + 30)
                    })
                    .collect()
            })
            .collect();
        let covered = plan.share_of_days(|d| !active[d].0.is_empty());
        let contract_p = if covered > 0.0 {
            (0.55 / covered).min(0.9)
        } else {
            0.0
        };
        let outlet_weights = OUTLETS.iter().map(|o| o.weight).collect();
        let format_weights = OUTLETS
            .iter()
            .map(|o| o.kind.formats().iter().map(|&(_, w)| w).collect())
            .collect();
        let contract_weights = contracts
            .iter()
            .map(|k| {
                let ordered = k.deliverables.iter().map(|d| d.weight).collect();
                let unordered = OUTLETS[k.outlet]
                    .kind
                    .formats()
                    .iter()
                    .map(|&(f, w)| {
                        if k.deliverables.iter().any(|d| d.format == f) {
                            0
                        } else {
                            w
                        }
                    })
                    .collect();
                (ordered, unordered)
            })
            .collect();
        Drawer {
            seed,
            items,
            plan,
            contracts,
            active,
            near,
            contract_p,
            outlet_weights,
            format_weights,
            contract_weights,
        }
    }

    /// Draws item `i`; returns it with its random stream, positioned for the
    /// headline.
    pub fn draw(&self, i: usize) -> (Item, Rng) {
        let mut rng = Rng::new(self.seed, STREAM_ITEMS, i as u64);
        let plan = self.plan;
        let doy = plan.day_of_item(i, self.items);
        let event = match plan.near_event[usize::from(doy)] {
            Some((e, p)) if rng.chance(p) => Some(e),
            _ => None,
        };

        let (ids, weights) = &self.active[usize::from(doy)];
        let mut contract = None;
        let near = &self.near[usize::from(doy)];
        let booked = if !ids.is_empty() && rng.chance(self.contract_p) {
            Some(ids[rng.weighted(weights)])
        } else if !near.is_empty() && rng.chance(0.04) {
            // Published shortly before a term starts or after it ends, but
            // still booked to the contract (outside_term_items).
            rng.pick(near).copied()
        } else {
            None
        };
        let (outlet, format) = if let Some(c) = booked {
            let k = &self.contracts[c];
            let kind = OUTLETS[k.outlet].kind;
            let (ordered, unordered) = &self.contract_weights[c];
            if rng.chance(0.03) && unordered.iter().any(|&w| w > 0) {
                contract = Some((c, None));
                (k.outlet, kind.formats()[rng.weighted(unordered)].0)
            } else {
                let d = rng.weighted(ordered);
                contract = Some((c, Some(d)));
                (k.outlet, k.deliverables[d].format)
            }
        } else {
            let o = rng.weighted(&self.outlet_weights);
            (
                o,
                OUTLETS[o].kind.formats()[rng.weighted(&self.format_weights[o])].0,
            )
        };

        let mut themes = Vec::with_capacity(2);
        let mut empty_themes = false;
        if rng.chance(0.05) {
            empty_themes = rng.chance(0.2);
        } else {
            let deliverable_areas = match contract {
                Some((c, Some(d))) => &self.contracts[c].deliverables[d].themes[..],
                _ => &[],
            };
            let primary = if let Some(e) = event {
                plan.events[e].theme
            } else if !deliverable_areas.is_empty() && rng.chance(0.6) {
                let area = *rng.pick(deliverable_areas).unwrap_or(&0);
                let kids = &plan.themes[area].children;
                if kids.is_empty() || rng.chance(0.15) {
                    area
                } else {
                    let kw: Vec<u32> = kids
                        .iter()
                        .map(|&k| plan.themes[k].def.weight.max(1))
                        .collect();
                    kids[rng.weighted(&kw)]
                }
            } else {
                let leaf = plan.leaves[rng.weighted(&plan.leaf_weights)];
                if rng.chance(0.12) {
                    plan.themes[leaf].area
                } else {
                    leaf
                }
            };
            themes.push(primary);
            if rng.chance(0.25) {
                let second = plan.leaves[rng.weighted(&plan.leaf_weights)];
                if plan.themes[second].area != plan.themes[primary].area {
                    themes.push(second);
                }
            }
        }

        let u = rng.unit();
        let tone = if u < 0.05 {
            None
        } else if u < 0.09 && event.is_none() {
            Some(Tone::Negative)
        } else if u < 0.29 {
            Some(Tone::Neutral)
        } else {
            Some(Tone::Positive)
        };

        let def = &OUTLETS[outlet];
        let reach = if rng.chance(0.9) {
            let (lo, hi) = def.kind.reach_range();
            let scale = match def.level {
                Level::Central => 100,
                Level::Provincial => 30,
                Level::OtherProvince => 15,
                Level::Other => 10,
            };
            let u = rng.unit();
            let r = lo as f64 + (hi - lo) as f64 * u * u * u;
            Some((r * f64::from(scale) / 100.0).round() as u64)
        } else {
            None
        };
        let has_url = match format {
            Format::PrintArticle => rng.chance(0.55),
            Format::RadioReport => rng.chance(0.7),
            _ => rng.chance(0.97),
        };
        let item = Item {
            doy,
            outlet,
            format,
            themes,
            empty_themes,
            contract,
            event,
            tone,
            reach,
            has_url,
        };
        (item, rng)
    }

    /// Appends item `i` (already drawn) as one JSON object line (no newline).
    pub fn write(
        &self,
        out: &mut String,
        i: usize,
        item: &Item,
        rng: &mut Rng,
        title: &mut String,
    ) {
        let plan = self.plan;
        let date = date_of(YEAR, item.doy);
        title.clear();
        fill(title, self.template(item, rng), date.month, rng);
        let def = &OUTLETS[item.outlet];

        out.push_str("    {\"id\": \"");
        out.push_str(ITEM_PREFIX);
        push_padded(out, i as u64 + 1, 6);
        out.push_str("\", \"date\": ");
        push_date(out, date);
        out.push_str(", \"outlet\": ");
        push_str(out, def.id);
        out.push_str(", \"title\": ");
        push_str(out, title);
        if item.has_url {
            out.push_str(", \"url\": \"https://");
            out.push_str(def.domain);
            out.push('/');
            out.push_str(item.format.section());
            out.push('/');
            push_slug(out, title);
            out.push('-');
            push_u64(out, 250_000 + i as u64);
            out.push_str(".html\"");
        }
        out.push_str(", \"format\": ");
        push_str(out, item.format.as_str());
        if !item.themes.is_empty() || item.empty_themes {
            out.push_str(", \"themes\": [");
            for (k, &t) in item.themes.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                push_str(out, plan.themes[t].def.code);
            }
            out.push(']');
        }
        if let Some((c, _)) = item.contract {
            out.push_str(", \"contract\": ");
            push_str(out, &self.contracts[c].id);
        }
        if let Some(e) = item.event {
            out.push_str(", \"event\": ");
            push_str(out, plan.events[e].def.id);
        }
        if let Some(t) = item.tone {
            out.push_str(", \"tone\": \"");
            out.push_str(t.as_str());
            out.push('"');
        }
        if let Some(r) = item.reach {
            out.push_str(", \"reach\": ");
            push_u64(out, r);
        }
        out.push('}');
    }

    /// Chooses the headline template matching the item's tone, event and theme.
    fn template(&self, item: &Item, rng: &mut Rng) -> &'static str {
        let plan = self.plan;
        let area_def: Option<&'static ThemeDef> = item
            .themes
            .first()
            .map(|&t| plan.themes[plan.themes[t].area].def);
        if item.tone == Some(Tone::Negative) {
            let area = match area_def {
                Some(a) => a,
                None => {
                    &crate::themes::THEMES[rng.below(crate::themes::THEMES.len() as u64) as usize]
                }
            };
            if let Some(t) = rng.pick(area.negative) {
                return t;
            }
        }
        if let Some(e) = item.event {
            if rng.chance(0.75) {
                if let Some(t) = rng.pick(plan.events[e].def.headlines) {
                    return t;
                }
            }
        }
        let theme = match item.themes.first() {
            Some(&t) => t,
            None => {
                if rng.chance(0.5) {
                    if let Some(t) = rng.pick(UNTAGGED_HEADLINES) {
                        return t;
                    }
                }
                plan.leaves[rng.weighted(&plan.leaf_weights)]
            }
        };
        let kids = &plan.themes[theme].children;
        let leaf = if kids.is_empty() {
            theme
        } else {
            *rng.pick(kids).unwrap_or(&theme)
        };
        rng.pick(plan.themes[leaf].def.headlines)
            .copied()
            .unwrap_or("Tin hoạt động của tỉnh")
    }
}
