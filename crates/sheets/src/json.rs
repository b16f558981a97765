//! The converted records before they are written: JSON values in a fixed key
//! order, with references still to resolve, and the writer of the JSON text.

use crate::problems::Place;

/// What a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Outlet,
    Contract,
    Event,
    /// One theme (an event's `theme`).
    Theme,
    /// A cell of several themes (`themes`, a deliverable's `themes`).
    Themes,
}

/// A reference as the cell gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ref {
    pub kind: RefKind,
    pub text: String,
    pub field: &'static str,
    pub place: Place,
}

/// A JSON value whose objects keep their key order.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(u64),
    Str(String),
    Arr(Vec<Val>),
    Obj(Vec<(String, Val)>),
    /// Resolved into `Str` or `Arr` before writing.
    Ref(Box<Ref>),
}

impl Val {
    pub fn obj() -> Val {
        Val::Obj(Vec::new())
    }

    pub fn push(&mut self, key: &str, v: Val) {
        if let Val::Obj(fields) = self {
            fields.push((key.to_owned(), v));
        }
    }

    pub fn get(&self, key: &str) -> Option<&Val> {
        match self {
            Val::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Every reference in the value, to resolve in place.
    pub fn for_each_ref(&mut self, f: &mut dyn FnMut(&Ref) -> Val) {
        match self {
            Val::Ref(r) => *self = f(r),
            Val::Arr(items) => items.iter_mut().for_each(|v| v.for_each_ref(f)),
            Val::Obj(fields) => fields.iter_mut().for_each(|(_, v)| v.for_each_ref(f)),
            _ => {}
        }
    }

    /// Appends the JSON text (a reference left unresolved is written as its text).
    pub fn write(&self, out: &mut String) {
        match self {
            Val::Null => out.push_str("null"),
            Val::Int(n) => out.push_str(&n.to_string()),
            Val::Str(s) => write_str(s, out),
            Val::Ref(r) => write_str(&r.text, out),
            Val::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Val::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// From a parsed JSON value (a plan loaded with a workbook).
    pub fn from_json(v: &serde_json::Value) -> Val {
        match v {
            serde_json::Value::Null | serde_json::Value::Bool(_) => Val::Null,
            serde_json::Value::Number(n) => n.as_u64().map_or(Val::Null, Val::Int),
            serde_json::Value::String(s) => Val::Str(s.clone()),
            serde_json::Value::Array(a) => Val::Arr(a.iter().map(Val::from_json).collect()),
            serde_json::Value::Object(o) => Val::Obj(
                o.iter()
                    .map(|(k, v)| (k.clone(), Val::from_json(v)))
                    .collect(),
            ),
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_in_key_order_and_escapes() {
        let mut v = Val::obj();
        v.push("z", Val::Str("a\"b\n\u{1}".into()));
        v.push("a", Val::Arr(vec![Val::Int(1), Val::Null]));
        let mut out = String::new();
        v.write(&mut out);
        assert_eq!(out, r#"{"z":"a\"b\n\u0001","a":[1,null]}"#);
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        assert_eq!(parsed["z"], "a\"b\n\u{1}");
    }
}
