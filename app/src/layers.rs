//! The app's layers, checked over its `use` lines: no module imports a module that imports
//! it back (a parent counts as importing its children), and the loading pipeline, the
//! user's actions and the state import no view.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules that draw (views) and what starts them; the layers below never import them.
const VIEWS: [&str; 6] = ["app", "report", "load", "toolbar", "date_input", "warm_up"];
/// Modules that must not import a view.
const BELOW_VIEWS: [&str; 15] = [
    "actions",
    "loading",
    "mappings",
    "state",
    "storage",
    "shared",
    "titles",
    "edits",
    "sample",
    "browser",
    "i18n",
    "baseline",
    "share",
    "read_only",
    "compression",
];

/// Every module of `src` ("report::header", …) and its file.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap(); // ok: a test reading its own sources
        for entry in entries {
            let path = entry.unwrap().path(); // ok: test
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension(""); // ok: test
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts == ["main"] {
                continue;
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// The modules `text` (the source of module `me`) refers to with `crate::…` or `super::…`
/// paths, each resolved to the longest module path that exists.
fn imports(me: &str, text: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    // Test code may reach anywhere; only the module's own code counts.
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let parent: Vec<&str> = me.split("::").collect();
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", parent[..parent.len().saturating_sub(1)].to_vec()),
    ] {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            // A path, or a group: `crate::{a, b::c}`, `crate::report::{as_of, filters}`.
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let head = rest[..end].trim_end_matches(':');
            let paths: Vec<String> = if rest[end..].starts_with('{') {
                let group = &rest[end + 1..];
                let close = group.find('}').unwrap_or(group.len());
                group[..close]
                    .split(',')
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        if head.is_empty() {
                            p.to_owned()
                        } else {
                            format!("{head}::{p}")
                        }
                    })
                    .collect()
            } else {
                vec![head.to_owned()]
            };
            for path in paths {
                let mut segs: Vec<String> = base.iter().map(|s| s.to_string()).collect();
                segs.extend(
                    path.split("::")
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned),
                );
                while !segs.is_empty() && !known.contains_key(&segs.join("::")) {
                    segs.pop();
                }
                let target = segs.join("::");
                if !target.is_empty() && target != me {
                    out.insert(target);
                }
            }
        }
    }
    out
}

/// The import graph of the app, with an edge from each parent module to its children.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let known = modules(&src);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, path) in &known {
        let text = std::fs::read_to_string(path).unwrap();
        let mut to = imports(name, &text, &known);
        if let Some((parent, _)) = name.rsplit_once("::") {
            edges
                .entry(parent.to_owned())
                .or_default()
                .insert(name.clone());
        }
        edges.entry(name.clone()).or_default().append(&mut to);
    }
    edges
}

/// A cycle of `edges`, if there is one.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let edges = graph();
    assert!(edges.len() > 30, "modules found: {}", edges.len());
    assert_eq!(cycle(&edges), None);
}

#[test]
fn the_layers_below_the_views_import_no_view() {
    let edges = graph();
    let top = |m: &str| m.split("::").next().unwrap_or("").to_owned();
    let mut wrong = Vec::new();
    for (from, to) in &edges {
        if !BELOW_VIEWS.contains(&top(from).as_str()) {
            continue;
        }
        for t in to {
            if VIEWS.contains(&top(t).as_str()) {
                wrong.push(format!("{from} → {t}"));
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn the_check_sees_a_cycle_when_there_is_one() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    edges.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        cycle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let known: BTreeMap<String, PathBuf> = ["report", "report::view", "state"]
        .iter()
        .map(|m| (m.to_string(), PathBuf::new()))
        .collect();
    let found = imports(
        "report::header",
        "use crate::report::view::{use_view, with_view};\nuse crate::{state::use_app, report};\nuse super::view::X;\nuse crate::report::{view, state};",
        &known,
    );
    assert_eq!(
        found,
        ["report", "report::view", "state"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
}

#[test]
fn no_file_of_the_app_is_over_400_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long: Vec<String> = modules(&src)
        .values()
        .filter_map(|p| {
            let n = std::fs::read_to_string(p).unwrap().lines().count();
            (n > 400).then(|| format!("{}: {n}", p.display()))
        })
        .collect();
    assert_eq!(long, Vec::<String>::new());
}
