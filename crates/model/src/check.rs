//! Field checks shared by every section: each takes the value as found, returns the
//! typed value when it is right, and otherwise records why it is not.

use crate::date::{iso_hint, parse_date};
use crate::diagnostics::{Expected, FieldProblem, Found, Reason};
use crate::raw::Seen;
use crate::suggest::{alias, closest};
use chrono::NaiveDate;
use std::borrow::Cow;

/// The largest integer every JSON reader keeps exactly: 2^53 − 1.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// Collects the reasons a record is wrong while its fields are checked.
#[derive(Default)]
pub struct Checks {
    /// Reasons found so far.
    pub reasons: Vec<Reason>,
}

impl Checks {
    fn ill_typed(&mut self, field: &str, expected: Expected, found: &Seen) {
        self.reasons.push(Reason::IllTyped {
            field: field.to_owned(),
            expected,
            found: Found::of(found),
        });
    }

    fn missing(&mut self, field: &str) {
        self.reasons.push(Reason::Missing {
            field: field.to_owned(),
        });
    }

    /// A required non-empty string.
    pub fn text<'a>(&mut self, value: Option<Seen<'a>>, field: &str) -> Option<Cow<'a, str>> {
        match value {
            None | Some(Seen::Null) => {
                self.missing(field);
                None
            }
            other => self.opt_text(other, field),
        }
    }

    /// An optional non-empty string (`null` = absent).
    pub fn opt_text<'a>(&mut self, value: Option<Seen<'a>>, field: &str) -> Option<Cow<'a, str>> {
        match value {
            None | Some(Seen::Null) => None,
            Some(Seen::Str(s)) if !s.is_empty() => Some(s),
            Some(other) => {
                self.ill_typed(field, Expected::NonEmptyString, &other);
                None
            }
        }
    }

    /// An optional string that may be empty; `""` reads as absent.
    pub fn opt_any_text<'a>(
        &mut self,
        value: Option<Seen<'a>>,
        field: &str,
    ) -> Option<Cow<'a, str>> {
        match value {
            None | Some(Seen::Null) => None,
            Some(Seen::Str(s)) => (!s.is_empty()).then_some(s),
            Some(other) => {
                self.ill_typed(field, Expected::String, &other);
                None
            }
        }
    }

    /// A required date.
    pub fn date(&mut self, value: Option<Seen<'_>>, field: &str) -> Option<NaiveDate> {
        match value {
            None | Some(Seen::Null) => {
                self.missing(field);
                None
            }
            other => self.opt_date(other, field),
        }
    }

    /// An optional date.
    pub fn opt_date(&mut self, value: Option<Seen<'_>>, field: &str) -> Option<NaiveDate> {
        match value {
            None | Some(Seen::Null) => None,
            Some(Seen::Str(s)) => {
                let date = parse_date(&s);
                if date.is_none() {
                    self.reasons.push(Reason::BadDate {
                        field: field.to_owned(),
                        hint: iso_hint(&s),
                        value: crate::diagnostics::cut(&s),
                    });
                }
                date
            }
            Some(other) => {
                self.ill_typed(field, Expected::String, &other);
                None
            }
        }
    }

    /// A required integer ≥ `min` (negative values get their own reason).
    pub fn integer(&mut self, value: Option<Seen<'_>>, field: &str, min: u64) -> Option<u64> {
        match value {
            None | Some(Seen::Null) => {
                self.missing(field);
                None
            }
            other => self.opt_integer(other, field, min),
        }
    }

    /// An optional integer ≥ `min`.
    pub fn opt_integer(&mut self, value: Option<Seen<'_>>, field: &str, min: u64) -> Option<u64> {
        match value {
            None | Some(Seen::Null) => None,
            Some(Seen::Unsigned(n)) if n.get() <= MAX_SAFE_INTEGER && n.get() >= min => {
                Some(n.get())
            }
            Some(Seen::Unsigned(n)) if n.get() < min => {
                self.below_min(field, i64::try_from(n.get()).unwrap_or(i64::MAX), min);
                None
            }
            Some(Seen::Negative(n)) => {
                self.below_min(field, n.get(), min);
                None
            }
            Some(other) => {
                self.ill_typed(field, Expected::Integer { min }, &other);
                None
            }
        }
    }

    fn below_min(&mut self, field: &str, value: i64, min: u64) {
        let field = field.to_owned();
        self.reasons.push(if min >= 1 {
            Reason::QuantityBelowOne { field, value }
        } else {
            Reason::Negative { field, value }
        });
    }

    /// A value of a closed list (`level`, `format`, …), required or not.
    pub fn one_of<T>(
        &mut self,
        value: Option<Seen<'_>>,
        field: &str,
        required: bool,
        parse: fn(&str) -> Option<T>,
        allowed: &'static [&'static str],
    ) -> Option<T> {
        match value {
            None | Some(Seen::Null) => {
                if required {
                    self.missing(field);
                }
                None
            }
            Some(Seen::Str(s)) => {
                let parsed = parse(&s);
                if parsed.is_none() {
                    self.reasons.push(Reason::NotInList {
                        field: field.to_owned(),
                        suggestion: alias(&s, allowed)
                            .or_else(|| closest(&s, allowed.iter().copied())),
                        value: crate::diagnostics::cut(&s),
                        allowed,
                    });
                }
                parsed
            }
            Some(other) => {
                self.ill_typed(field, Expected::NonEmptyString, &other);
                None
            }
        }
    }

    /// An optional list of non-empty strings: records each element that is not one and
    /// returns the list (empty when absent or not an array; read it with [`texts_of`]).
    pub fn opt_text_list<'v, 'a>(
        &mut self,
        value: &'v Option<Seen<'a>>,
        field: &str,
    ) -> &'v [Seen<'a>] {
        match value {
            None | Some(Seen::Null) => &[],
            Some(Seen::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    if !matches!(v, Seen::Str(s) if !s.is_empty()) {
                        self.ill_typed(&format!("{field}[{i}]"), Expected::NonEmptyString, v);
                    }
                }
                items
            }
            Some(other) => {
                self.ill_typed(field, Expected::StringArray, other);
                &[]
            }
        }
    }
}

/// The non-empty strings of a list checked by [`Checks::opt_text_list`], with their
/// positions in it.
pub fn texts_of<'v>(list: &'v [Seen<'_>]) -> impl Iterator<Item = (usize, &'v str)> {
    list.iter().enumerate().filter_map(|(i, v)| match v {
        Seen::Str(s) if !s.is_empty() => Some((i, s.as_ref())),
        _ => None,
    })
}

/// Checks of `organization` and `plan` fields, which stop at the first problem
/// because they refuse the whole file.
pub mod json {
    use super::*;
    use serde_json::Value;

    /// A problem at a path.
    pub type Located = (String, FieldProblem);

    /// `path.key`.
    pub fn join(path: &str, key: &str) -> String {
        format!("{path}.{key}")
    }

    /// A required object.
    pub fn object<'a>(
        v: &'a Value,
        path: &str,
    ) -> Result<&'a serde_json::Map<String, Value>, Located> {
        v.as_object().ok_or_else(|| {
            (
                path.to_owned(),
                FieldProblem::IllTyped {
                    expected: Expected::Object,
                    found: Found::of_json(v),
                },
            )
        })
    }

    /// A field of an object, `None` when absent or `null`.
    pub fn field<'a>(obj: &'a serde_json::Map<String, Value>, key: &str) -> Option<&'a Value> {
        obj.get(key).filter(|v| !v.is_null())
    }

    /// A required non-empty string field.
    pub fn text(
        obj: &serde_json::Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Result<String, Located> {
        match field(obj, key) {
            None => Err((join(path, key), FieldProblem::Missing)),
            Some(v) => opt_text_value(v, &join(path, key)),
        }
    }

    /// An optional non-empty string field.
    pub fn opt_text(
        obj: &serde_json::Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Result<Option<String>, Located> {
        field(obj, key)
            .map(|v| opt_text_value(v, &join(path, key)))
            .transpose()
    }

    fn opt_text_value(v: &Value, path: &str) -> Result<String, Located> {
        match v.as_str() {
            Some(s) if !s.is_empty() => Ok(s.to_owned()),
            _ => Err((
                path.to_owned(),
                FieldProblem::IllTyped {
                    expected: Expected::NonEmptyString,
                    found: Found::of_json(v),
                },
            )),
        }
    }

    /// An integer value within `min..=max` (else `expected`).
    pub fn integer_value(
        v: &Value,
        path: &str,
        min: u64,
        max: u64,
        expected: Expected,
    ) -> Result<u64, Located> {
        match v.as_u64() {
            Some(n) if v.is_u64() && (min..=max).contains(&n) => Ok(n),
            _ => Err((
                path.to_owned(),
                FieldProblem::IllTyped {
                    expected,
                    found: Found::of_json(v),
                },
            )),
        }
    }

    /// A date value.
    pub fn date_value(v: &Value, path: &str) -> Result<NaiveDate, Located> {
        let s = v.as_str().ok_or_else(|| {
            (
                path.to_owned(),
                FieldProblem::IllTyped {
                    expected: Expected::String,
                    found: Found::of_json(v),
                },
            )
        })?;
        parse_date(s).ok_or_else(|| {
            (
                path.to_owned(),
                FieldProblem::BadDate {
                    value: crate::diagnostics::cut(s),
                    hint: iso_hint(s),
                },
            )
        })
    }
}
