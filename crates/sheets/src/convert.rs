//! From what the sheets held to `coverage-report/v1` files: the plan assembled
//! (key–value sheet, themes tree, events; missing parts from a plan loaded with
//! it), references resolved against the whole dataset loaded together (id or
//! code, folded id or code, name, folded name), and the JSON text written.

use crate::fold::fold;
use crate::json::{Ref, RefKind, Val};
use crate::problems::{Place, Problem, ProblemKind, RefusalKind, Severity};
use crate::read::{Extract, Record, ThemeRow};
use std::collections::HashMap;

/// Themes nested deeper than this refuse the file (the JSON reader's own limit
/// on nesting is not far above).
pub const MAX_THEME_DEPTH: usize = 20;

/// The records of the other files that references may point at.
#[derive(Debug, Default, Clone)]
pub struct Context {
    /// (id, name) of every outlet, in load order.
    pub outlets: Vec<(String, Option<String>)>,
    /// Every contract number, in load order.
    pub contracts: Vec<String>,
    /// The plan of a file, if it has one (JSON `plan`, or a workbook's).
    pub plan: Option<Val>,
}

impl Context {
    /// What a JSON file offers (anything unreadable offers nothing: its own load
    /// will say what is wrong with it).
    pub fn of_json(bytes: &[u8]) -> Context {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
            return Context::default();
        };
        let s = |v: &serde_json::Value| v.as_str().map(str::to_owned);
        let mut ctx = Context::default();
        if let Some(outlets) = v.get("outlets").and_then(|o| o.as_array()) {
            for o in outlets {
                if let Some(id) = o.get("id").and_then(s) {
                    ctx.outlets.push((id, o.get("name").and_then(s)));
                }
            }
        }
        if let Some(contracts) = v.get("contracts").and_then(|o| o.as_array()) {
            ctx.contracts
                .extend(contracts.iter().filter_map(|c| c.get("id").and_then(s)));
        }
        ctx.plan = v.get("plan").filter(|p| p.is_object()).map(Val::from_json);
        ctx
    }
}

/// A workbook's own plan parts, before anything is taken from another plan.
#[derive(Debug, Default, Clone)]
pub struct OwnPlan {
    pub any: bool,
    pub id: Option<Val>,
    pub title: Option<Val>,
    pub year: Option<Val>,
    pub start: Option<Val>,
    pub end: Option<Val>,
    pub themes: Option<Val>,
    pub events: Option<Val>,
}

impl OwnPlan {
    /// Complete enough to lend its parts to another workbook.
    pub fn as_candidate(&self) -> Option<Val> {
        (self.year.is_some() && self.themes.is_some()).then(|| self.assemble(None))
    }

    /// The plan, with what it lacks taken from `other`.
    pub fn assemble(&self, other: Option<&Val>) -> Val {
        let from = |key: &str| other.and_then(|o| o.get(key)).cloned();
        let year = self.year.clone().or_else(|| from("year"));
        let mut plan = Val::obj();
        let id = self
            .id
            .clone()
            .or_else(|| from("id"))
            .or_else(|| match &year {
                Some(Val::Int(y)) => Some(Val::Str(format!("KH-{y}"))),
                _ => None,
            });
        if let Some(id) = id {
            plan.push("id", id);
        }
        if let Some(title) = self.title.clone().or_else(|| from("title")) {
            plan.push("title", title);
        }
        if let Some(y) = &year {
            plan.push("year", y.clone());
        }
        let period = match (&self.start, &self.end, &year) {
            (None, None, _) => from("period"),
            (start, end, year) => {
                let y = match year {
                    Some(Val::Int(y)) => Some(*y),
                    _ => None,
                };
                let start = start
                    .clone()
                    .or_else(|| y.map(|y| Val::Str(format!("{y:04}-01-01"))));
                let end = end
                    .clone()
                    .or_else(|| y.map(|y| Val::Str(format!("{y:04}-12-31"))));
                let mut p = Val::obj();
                if let Some(s) = start {
                    p.push("start", s);
                }
                if let Some(e) = end {
                    p.push("end", e);
                }
                Some(p)
            }
        };
        if let Some(p) = period {
            plan.push("period", p);
        }
        if let Some(t) = self.themes.clone().or_else(|| from("themes")) {
            plan.push("themes", t);
        }
        if let Some(e) = self.events.clone().or_else(|| from("events")) {
            plan.push("events", e);
        }
        plan
    }
}

fn kv<'a>(ex: &'a Extract, key: &str) -> Option<&'a Val> {
    ex.kv.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// The workbook's own plan parts; a themes sheet that cannot make a tree refuses
/// the file.
pub fn own_plan(ex: &Extract) -> Result<OwnPlan, RefusalKind> {
    let mut p = OwnPlan {
        id: kv(ex, "id").cloned(),
        title: kv(ex, "title").cloned(),
        year: kv(ex, "year").cloned(),
        start: kv(ex, "start").cloned(),
        end: kv(ex, "end").cloned(),
        ..OwnPlan::default()
    };
    if ex.has_themes {
        p.themes = Some(theme_tree(&ex.themes)?);
    }
    if ex.has_events {
        p.events = Some(Val::Arr(ex.events.iter().map(|r| r.val.clone()).collect()));
    }
    p.any = p.id.is_some()
        || p.title.is_some()
        || p.year.is_some()
        || p.start.is_some()
        || p.end.is_some()
        || p.themes.is_some()
        || p.events.is_some();
    Ok(p)
}

/// The tree of a themes sheet: parents from the parent column, or else the
/// longest code that a code starts with followed by a `.`.
pub fn theme_tree(rows: &[ThemeRow]) -> Result<Val, RefusalKind> {
    let mut by_code: HashMap<&str, usize> = HashMap::new();
    let mut by_folded: HashMap<String, usize> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if let Some(code) = &r.code {
            if by_code.insert(code.as_str(), i).is_some() {
                return Err(RefusalKind::DuplicateCode {
                    sheet: r.sheet.clone(),
                    row: r.row,
                    code: code.clone(),
                });
            }
            by_folded.entry(fold(code)).or_insert(i);
        }
    }
    let mut parent: Vec<Option<usize>> = vec![None; rows.len()];
    for (i, r) in rows.iter().enumerate() {
        parent[i] = if r.has_parent_column {
            match &r.parent {
                None => None,
                Some(p) => {
                    let found = by_code
                        .get(p.as_str())
                        .copied()
                        .or_else(|| by_folded.get(&fold(p)).copied());
                    match found {
                        Some(j) => Some(j),
                        None => {
                            return Err(RefusalKind::UnknownParent {
                                sheet: r.sheet.clone(),
                                row: r.row,
                                code: r.code.clone().unwrap_or_default(),
                                parent: p.clone(),
                            })
                        }
                    }
                }
            }
        } else {
            r.code.as_deref().and_then(|code| {
                // The longest proper prefix ending just before a '.'.
                code.char_indices()
                    .filter(|(_, c)| *c == '.')
                    .map(|(i, _)| &code[..i])
                    .rev()
                    .find_map(|prefix| by_code.get(prefix).copied())
            })
        };
    }
    // Cycles and depth.
    for (i, r) in rows.iter().enumerate() {
        let mut at = i;
        let mut depth = 0usize;
        while let Some(p) = parent[at] {
            depth += 1;
            if p == i || depth > rows.len() {
                return Err(RefusalKind::ParentCycle {
                    sheet: r.sheet.clone(),
                    code: r.code.clone().unwrap_or_default(),
                });
            }
            if depth > MAX_THEME_DEPTH {
                return Err(RefusalKind::ThemesTooDeep {
                    sheet: r.sheet.clone(),
                });
            }
            at = p;
        }
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    fn node(i: usize, rows: &[ThemeRow], children: &[Vec<usize>]) -> Val {
        let r = &rows[i];
        let mut v = Val::obj();
        if let Some(code) = &r.code {
            v.push("code", Val::Str(code.clone()));
        }
        if let Some(name) = &r.name {
            v.push("name", name.clone());
        }
        if let Some(t) = &r.target {
            v.push("target", t.clone());
        }
        if let Some(k) = &r.keywords {
            v.push("keywords", k.clone());
        }
        if !children[i].is_empty() {
            v.push(
                "children",
                Val::Arr(
                    children[i]
                        .iter()
                        .map(|c| node(*c, rows, children))
                        .collect(),
                ),
            );
        }
        v
    }
    Ok(Val::Arr(
        roots.iter().map(|i| node(*i, rows, &children)).collect(),
    ))
}

/// Every (code, name) of a theme tree, depth first.
pub fn flatten_themes(themes: Option<&Val>) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    fn walk(v: &Val, out: &mut Vec<(String, Option<String>)>, depth: usize) {
        let Val::Arr(items) = v else { return };
        if depth > MAX_THEME_DEPTH + 1 {
            return;
        }
        for t in items {
            if let Some(code) = t.get("code").and_then(Val::as_str) {
                out.push((
                    code.to_owned(),
                    t.get("name").and_then(Val::as_str).map(str::to_owned),
                ));
            }
            if let Some(c) = t.get("children") {
                walk(c, out, depth + 1);
            }
        }
    }
    if let Some(t) = themes {
        walk(t, &mut out, 0);
    }
    out
}

/// (id, name) of the events of a plan.
pub fn plan_events(plan: Option<&Val>) -> Vec<(String, Option<String>)> {
    match plan.and_then(|p| p.get("events")) {
        Some(Val::Arr(items)) => items
            .iter()
            .filter_map(|e| {
                let id = e.get("id").and_then(Val::as_str)?;
                Some((
                    id.to_owned(),
                    e.get("name").and_then(Val::as_str).map(str::to_owned),
                ))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Look-ups of one kind of record: exact id, folded id, exact name, folded name.
#[derive(Debug, Default)]
pub struct Index {
    ids: Vec<String>,
    exact_id: HashMap<String, usize>,
    folded_id: HashMap<String, usize>,
    exact_name: HashMap<String, (usize, usize)>,
    folded_name: HashMap<String, (usize, usize)>,
}

/// What a reference resolved to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    Id(String),
    /// By a name that several records have: the first, and how many.
    Ambiguous(String, usize),
    Nothing,
}

impl Index {
    pub fn new(items: &[(String, Option<String>)]) -> Index {
        let mut ix = Index::default();
        for (i, (id, name)) in items.iter().enumerate() {
            ix.ids.push(id.clone());
            ix.exact_id.entry(id.clone()).or_insert(i);
            ix.folded_id.entry(fold(id)).or_insert(i);
            if let Some(name) = name {
                ix.exact_name.entry(name.clone()).or_insert((i, 0)).1 += 1;
                ix.folded_name.entry(fold(name)).or_insert((i, 0)).1 += 1;
            }
        }
        ix
    }

    fn id(&self, i: usize) -> String {
        self.ids.get(i).cloned().unwrap_or_default()
    }

    /// Exact id, then folded id (codes only, without names, when `ids_only`).
    fn by_id(&self, text: &str) -> Option<String> {
        self.exact_id
            .get(text)
            .or_else(|| self.folded_id.get(&fold(text)))
            .map(|i| self.id(*i))
    }

    pub fn resolve(&self, text: &str) -> Resolved {
        if let Some(id) = self.by_id(text) {
            return Resolved::Id(id);
        }
        let hit = self
            .exact_name
            .get(text)
            .or_else(|| self.folded_name.get(&fold(text)));
        match hit {
            Some((i, 1)) => Resolved::Id(self.id(*i)),
            Some((i, n)) => Resolved::Ambiguous(self.id(*i), *n),
            None => Resolved::Nothing,
        }
    }
}

/// The indexes references resolve against.
pub struct Resolver<'a> {
    pub outlets: &'a Index,
    pub contracts: &'a Index,
    pub themes: Index,
    pub events: Index,
}

impl Resolver<'_> {
    fn one(&self, r: &Ref, problems: &mut Vec<Problem>) -> Val {
        let index = match r.kind {
            RefKind::Outlet => self.outlets,
            RefKind::Contract => self.contracts,
            RefKind::Event => &self.events,
            RefKind::Theme | RefKind::Themes => &self.themes,
        };
        match index.resolve(&r.text) {
            Resolved::Id(id) => Val::Str(id),
            Resolved::Ambiguous(id, count) => {
                problems.push(Problem {
                    severity: Severity::Warning,
                    place: r.place.clone(),
                    kind: ProblemKind::AmbiguousName {
                        field: r.field.to_owned(),
                        text: r.text.clone(),
                        chosen: id.clone(),
                        count,
                    },
                });
                Val::Str(id)
            }
            Resolved::Nothing => {
                problems.push(unknown(r, &r.text));
                Val::Str(r.text.clone())
            }
        }
    }

    /// A cell of themes: parts split on `;` and line breaks; a part matching
    /// nothing that splits on `,` into codes is read as those codes.
    fn themes(&self, r: &Ref, problems: &mut Vec<Problem>) -> Val {
        let mut out: Vec<String> = Vec::new();
        let add = |code: String, out: &mut Vec<String>| {
            if !out.contains(&code) {
                out.push(code);
            }
        };
        for part in r.text.split([';', '\n', '\r']).map(str::trim) {
            if part.is_empty() {
                continue;
            }
            let sub = Ref {
                text: part.to_owned(),
                ..r.clone()
            };
            match self.themes.resolve(part) {
                Resolved::Nothing => {
                    let codes: Option<Vec<String>> = part
                        .contains(',')
                        .then(|| {
                            part.split(',')
                                .map(str::trim)
                                .map(|p| self.themes.by_id(p))
                                .collect()
                        })
                        .flatten();
                    match codes {
                        Some(codes) => codes.into_iter().for_each(|c| add(c, &mut out)),
                        None => {
                            problems.push(unknown(&sub, part));
                            add(part.to_owned(), &mut out);
                        }
                    }
                }
                _ => {
                    if let Val::Str(code) = self.one(&sub, problems) {
                        add(code, &mut out);
                    }
                }
            }
        }
        Val::Arr(out.into_iter().map(Val::Str).collect())
    }

    pub fn resolve(&self, v: &mut Val, problems: &mut Vec<Problem>) {
        v.for_each_ref(&mut |r| match r.kind {
            RefKind::Themes => self.themes(r, problems),
            _ => self.one(r, problems),
        });
    }
}

fn unknown(r: &Ref, text: &str) -> Problem {
    Problem {
        severity: Severity::Error,
        place: r.place.clone(),
        kind: ProblemKind::UnknownReference {
            field: r.field.to_owned(),
            text: text.to_owned(),
        },
    }
}

/// The outlets (id, name) and contract numbers a workbook gives, before resolving.
pub fn extract_context(ex: &Extract) -> Context {
    let s = |r: &Record, k: &str| r.val.get(k).and_then(Val::as_str).map(str::to_owned);
    Context {
        outlets: ex
            .outlets
            .iter()
            .filter_map(|r| Some((s(r, "id")?, s(r, "name"))))
            .collect(),
        contracts: ex.contracts.iter().filter_map(|r| s(r, "id")).collect(),
        plan: None,
    }
}

/// The organization of the key–value sheet.
pub fn organization(ex: &Extract, problems: &mut Vec<Problem>) -> Option<Val> {
    let name = kv(ex, "organization.name");
    let parent = kv(ex, "organization.parent");
    let place = kv(ex, "organization.place");
    let Some(name) = name else {
        if parent.is_some() || place.is_some() {
            problems.push(Problem {
                severity: Severity::Warning,
                place: Place {
                    file: ex.file.clone(),
                    ..Place::default()
                },
                kind: ProblemKind::OrganizationWithoutName,
            });
        }
        return None;
    };
    let mut org = Val::obj();
    org.push("name", name.clone());
    if let Some(p) = parent {
        org.push("parent", p.clone());
    }
    if let Some(p) = place {
        org.push("place", p.clone());
    }
    Some(org)
}
