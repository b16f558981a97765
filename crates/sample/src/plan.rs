//! The plan (kế hoạch): flattened theme tree, events, targets and the daily
//! distribution of coverage over the year; writes the `plan` section.

use crate::calendar::{date_of, doy_of, month_lengths, weekday, year_length};
use crate::json::{push_date, push_key, push_str, push_str_array, push_u64};
use crate::rng::Rng;
use crate::themes::{ThemeDef, THEMES};
use crate::vocab::{EventDef, EVENTS, MONTH_WEIGHTS, PLAN_ID, PLAN_TITLE, YEAR};

/// Random stream used for plan-level choices.
const STREAM_PLAN: u64 = 1;

/// A theme of the flattened tree (depth-first, file order).
#[derive(Debug)]
pub struct Theme {
    /// The fixed definition.
    pub def: &'static ThemeDef,
    /// Index of the parent theme.
    pub parent: Option<usize>,
    /// Index of the top-level area this theme belongs to (itself for areas).
    pub area: usize,
    /// Indices of the child themes.
    pub children: Vec<usize>,
    /// Attainment this dataset aims at, in per cent.
    pub attainment: u64,
}

/// An event with its day of the year and theme index.
#[derive(Debug)]
pub struct Event {
    /// The fixed definition.
    pub def: &'static EventDef,
    /// Day of the year (0 = 1 January).
    pub doy: u16,
    /// Index of its theme.
    pub theme: usize,
}

/// The plan and the calendar model derived from it.
#[derive(Debug)]
pub struct Plan {
    /// Flattened theme tree.
    pub themes: Vec<Theme>,
    /// Indices of the leaf themes.
    pub leaves: Vec<usize>,
    /// Item share of each leaf (parallel to `leaves`).
    pub leaf_weights: Vec<u32>,
    /// Events in file order.
    pub events: Vec<Event>,
    /// Cumulative share of items up to and including each day (last = 1).
    pub cdf: Vec<f64>,
    /// Per day: the nearby event and the chance an item that day carries it.
    pub near_event: Vec<Option<(usize, f64)>>,
    /// Planned item counts per theme, filled in after the counting pass.
    pub targets: Vec<u64>,
}

fn flatten(defs: &'static [ThemeDef], parent: Option<usize>, out: &mut Vec<Theme>) {
    for def in defs {
        let idx = out.len();
        let area = parent.map_or(idx, |p| out[p].area);
        out.push(Theme {
            def,
            parent,
            area,
            children: Vec::new(),
            attainment: 100,
        });
        if let Some(p) = parent {
            out[p].children.push(idx);
        }
        flatten(def.children, Some(idx), out);
    }
}

/// Relative pull of an event on a day `offset` days after it.
fn event_shape(offset: i32) -> f64 {
    match offset {
        0 => 1.0,
        -1 => 0.6,
        1 => 0.5,
        -7..=-2 => 0.25,
        2..=3 => 0.2,
        _ => 0.0,
    }
}

/// Chance that an item published `offset` days after an event is about it.
fn event_link(offset: i32) -> f64 {
    match offset {
        0 => 0.8,
        -1 | 1 => 0.6,
        -7..=-2 | 2..=3 => 0.3,
        _ => 0.0,
    }
}

impl Plan {
    /// Builds the plan for `seed` (targets are zero until [`Plan::set_targets`]).
    pub fn new(seed: u64) -> Self {
        let mut rng = Rng::new(seed, STREAM_PLAN, 0);
        let mut themes = Vec::new();
        flatten(THEMES, None, &mut themes);
        for t in &mut themes {
            // ±10 % around the designed attainment.
            t.attainment = u64::from(t.def.attainment) * rng.range(90, 110) / 100;
        }
        let leaves: Vec<usize> = (0..themes.len())
            .filter(|&i| themes[i].children.is_empty())
            .collect();
        let leaf_weights = leaves
            .iter()
            .map(|&i| themes[i].def.weight.max(1))
            .collect();
        let events: Vec<Event> = EVENTS
            .iter()
            .map(|def| Event {
                def,
                doy: doy_of(YEAR, def.month, def.day),
                theme: themes
                    .iter()
                    .position(|t| t.def.code == def.theme)
                    .unwrap_or(0),
            })
            .collect();

        let days = usize::from(year_length(YEAR));
        let lengths = month_lengths(YEAR);
        let mut weight = Vec::with_capacity(days);
        for doy in 0..days as u16 {
            let m = usize::from(date_of(YEAR, doy).month - 1);
            let base = f64::from(MONTH_WEIGHTS[m]) / f64::from(lengths[m]);
            let wd = match weekday(YEAR, doy) {
                5 => 0.75,
                6 => 0.55,
                _ => 1.0,
            };
            weight.push(base * wd);
        }
        let mut near_event: Vec<Option<(usize, f64)>> = vec![None; days];
        for (e, ev) in events.iter().enumerate() {
            for offset in -7i32..=3 {
                let day = i32::from(ev.doy) + offset;
                if day < 0 || day >= days as i32 {
                    continue;
                }
                weight[day as usize] += 1.6 * f64::from(ev.def.pull) * event_shape(offset);
                let link = event_link(offset);
                let slot = &mut near_event[day as usize];
                if slot.is_none_or(|(_, p)| p < link) {
                    *slot = Some((e, link));
                }
            }
        }
        let total: f64 = weight.iter().sum();
        let mut acc = 0.0;
        let cdf = weight
            .iter()
            .map(|w| {
                acc += w / total;
                acc
            })
            .collect();
        let targets = vec![0; themes.len()];
        Plan {
            themes,
            leaves,
            leaf_weights,
            events,
            cdf,
            near_event,
            targets,
        }
    }

    /// Day of the year of item `i` of `n`: items are spread in date order
    /// following the daily distribution.
    pub fn day_of_item(&self, i: usize, n: usize) -> u16 {
        let q = (i as f64 + 0.5) / n.max(1) as f64;
        let d = self.cdf.partition_point(|&c| c < q);
        d.min(self.cdf.len() - 1) as u16
    }

    /// Share of items falling on the days where `active` is true.
    pub fn share_of_days(&self, active: impl Fn(usize) -> bool) -> f64 {
        let mut prev = 0.0;
        let mut share = 0.0;
        for (d, &c) in self.cdf.iter().enumerate() {
            if active(d) {
                share += c - prev;
            }
            prev = c;
        }
        share
    }

    /// Sets each theme's target from its counted items so that attainment
    /// lands near the designed profile.
    pub fn set_targets(&mut self, counts: &[u64]) {
        for (i, t) in self.themes.iter().enumerate() {
            let count = counts.get(i).copied().unwrap_or(0);
            let target = (count * 100 + t.attainment / 2) / t.attainment.max(1);
            self.targets[i] = target.max(1);
        }
    }

    /// Appends the `plan` section (value only, indented by two spaces).
    pub fn write(&self, out: &mut String) {
        out.push_str("{\n    ");
        push_key(out, "id");
        push_str(out, PLAN_ID);
        out.push_str(",\n    ");
        push_key(out, "title");
        push_str(out, PLAN_TITLE);
        out.push_str(",\n    ");
        push_key(out, "year");
        push_u64(out, u64::from(YEAR));
        out.push_str(",\n    ");
        push_key(out, "period");
        out.push_str("{\"start\": ");
        push_date(out, date_of(YEAR, 0));
        out.push_str(", \"end\": ");
        push_date(out, date_of(YEAR, year_length(YEAR) - 1));
        out.push_str("},\n    ");
        push_key(out, "themes");
        out.push_str("[\n");
        let areas: Vec<usize> = (0..self.themes.len())
            .filter(|&i| self.themes[i].parent.is_none())
            .collect();
        for (k, &a) in areas.iter().enumerate() {
            self.write_theme(out, a, 6);
            out.push_str(if k + 1 < areas.len() { ",\n" } else { "\n" });
        }
        out.push_str("    ],\n    ");
        push_key(out, "events");
        out.push_str("[\n");
        for (k, e) in self.events.iter().enumerate() {
            out.push_str("      {\"id\": ");
            push_str(out, e.def.id);
            out.push_str(", \"name\": ");
            push_str(out, e.def.name);
            out.push_str(", \"date\": ");
            push_date(out, date_of(YEAR, e.doy));
            out.push_str(", \"theme\": ");
            push_str(out, self.themes[e.theme].def.code);
            out.push('}');
            out.push_str(if k + 1 < self.events.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        out.push_str("    ]\n  }");
    }

    fn write_theme(&self, out: &mut String, i: usize, indent: usize) {
        let t = &self.themes[i];
        for _ in 0..indent {
            out.push(' ');
        }
        out.push_str("{\"code\": ");
        push_str(out, t.def.code);
        out.push_str(", \"name\": ");
        push_str(out, t.def.name);
        out.push_str(", \"target\": ");
        push_u64(out, self.targets[i]);
        out.push_str(", \"keywords\": ");
        push_str_array(out, t.def.keywords.iter().copied());
        if t.children.is_empty() {
            out.push('}');
            return;
        }
        out.push_str(", \"children\": [\n");
        for (k, &c) in t.children.iter().enumerate() {
            self.write_theme(out, c, indent + 2);
            out.push_str(if k + 1 < t.children.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        for _ in 0..indent {
            out.push(' ');
        }
        out.push_str("]}");
    }
}
