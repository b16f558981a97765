//! The `organization` and `outlets` sections.

use crate::json::{push_key, push_str};
use crate::vocab::{ORG_NAME, ORG_PARENT, OUTLETS, PROVINCE};

/// Appends the `organization` section (value only).
pub fn write_organization(out: &mut String) {
    out.push('{');
    push_key(out, "name");
    push_str(out, ORG_NAME);
    out.push_str(", ");
    push_key(out, "parent");
    push_str(out, ORG_PARENT);
    out.push_str(", ");
    push_key(out, "place");
    push_str(out, PROVINCE);
    out.push('}');
}

/// Appends the `outlets` section (value only), one outlet per line.
pub fn write_outlets(out: &mut String) {
    out.push_str("[\n");
    for (k, o) in OUTLETS.iter().enumerate() {
        out.push_str("    {\"id\": ");
        push_str(out, o.id);
        out.push_str(", \"name\": ");
        push_str(out, o.name);
        out.push_str(", \"level\": ");
        push_str(out, o.level.as_str());
        out.push_str(", \"kind\": ");
        push_str(out, o.kind.as_str());
        out.push('}');
        out.push_str(if k + 1 < OUTLETS.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]");
}
