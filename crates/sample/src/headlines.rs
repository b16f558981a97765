//! Headline composition (tít bài) from templates, and URL slugs.
//!
//! A template is plain text with one-letter placeholders in braces:
//! `{T}` province, `{P}` locality, `{L}` tourist site, `{F}` foreign partner,
//! `{C}` enterprise, `{S}` 1–5, `{N}` 2–60, `{M}` 100–999, `{K}` 3–35 (per
//! cent), `{R}` 62–99 (per cent), `{B}` 1.000–19.999 (Vietnamese thousands
//! separator), `{H}` the item's month.

use crate::json::push_u64;
use crate::rng::Rng;
use crate::vocab::{COMPANIES, PARTNERS, PLACES, PROVINCE, SITES};

/// Appends `template` with its placeholders filled, for an item of `month`.
pub fn fill(out: &mut String, template: &str, month: u8, rng: &mut Rng) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return;
        };
        let pick = |rng: &mut Rng, list: &[&'static str]| rng.pick(list).copied().unwrap_or("");
        match &after[..close] {
            "T" => out.push_str(PROVINCE),
            "P" => out.push_str(pick(rng, PLACES)),
            "L" => out.push_str(pick(rng, SITES)),
            "F" => out.push_str(pick(rng, PARTNERS)),
            "C" => out.push_str(pick(rng, COMPANIES)),
            "S" => push_u64(out, rng.range(1, 5)),
            "N" => push_u64(out, rng.range(2, 60)),
            "M" => push_u64(out, rng.range(100, 999)),
            "K" => push_u64(out, rng.range(3, 35)),
            "R" => push_u64(out, rng.range(62, 99)),
            "H" => push_u64(out, u64::from(month)),
            "B" => {
                let v = rng.range(1_000, 19_999);
                push_u64(out, v / 1000);
                out.push('.');
                crate::json::push_padded(out, v % 1000, 3);
            }
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
}

/// ASCII base letter of a Vietnamese lower-case letter (`None` if not a letter
/// or digit).
fn fold(c: char) -> Option<char> {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    GROUPS
        .iter()
        .find(|(_, set)| set.contains(lower))
        .map(|&(base, _)| base)
}

/// Appends a URL slug of `title`: ASCII, lower case, words joined by `-`,
/// at most about 80 characters.
pub fn push_slug(out: &mut String, title: &str) {
    let start = out.len();
    let mut pending_dash = false;
    for c in title.chars() {
        match fold(c) {
            Some(a) => {
                if pending_dash && out.len() > start {
                    if out.len() - start >= 80 {
                        return;
                    }
                    out.push('-');
                }
                pending_dash = false;
                out.push(a);
            }
            None => pending_dash = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        let mut rng = Rng::new(1, 1, 1);
        let mut out = String::new();
        fill(&mut out, "{T}: thu {B} tỷ đồng tháng {H} {X}", 5, &mut rng);
        assert!(out.starts_with("Thanh Hóa: thu "), "{out}");
        assert!(out.ends_with(" tỷ đồng tháng 5 {X}"), "{out}");
        assert!(!out.contains("{B}"));
    }

    #[test]
    fn slugs_fold_vietnamese() {
        let mut out = String::new();
        push_slug(
            &mut out,
            "Thanh Hóa: Khu kinh tế Nghi Sơn thu hút 2 tỷ USD vốn FDI",
        );
        assert_eq!(
            out,
            "thanh-hoa-khu-kinh-te-nghi-son-thu-hut-2-ty-usd-von-fdi"
        );
        let mut out = String::new();
        push_slug(&mut out, "Đường ĐẸP “mới”");
        assert_eq!(out, "duong-dep-moi");
    }
}
