//! The document's own words, resolved once for print and for Word: what the author typed in
//! the header, the parts and the signature ([`AuthorFields`]), or, where a field is empty,
//! the value drafted from the data and the fixed words ([`letterhead`], [`closing`],
//! [`part_text`]). The app's print views and `phusong-docx` both read these, so the two
//! documents cannot drift apart.

use crate::text::fmt_date_long_vi;
use chrono::NaiveDate;
use phusong_model::{Dataset, Lang};
use phusong_words::words;

/// What the author typed into the document; `None` or blank means "the drafted value".
/// The app keeps these with its edits (`Edits`); the CLI has none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthorFields {
    /// Cơ quan chủ quản.
    pub parent: Option<String>,
    /// Cơ quan ban hành.
    pub issuer: Option<String>,
    /// Số, ký hiệu.
    pub number: Option<String>,
    /// Địa danh of the dateline.
    pub place: Option<String>,
    /// Ngày ký, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Trích yếu (the title after "BÁO CÁO").
    pub title: Option<String>,
    /// "1. Đánh giá chung", paragraph per line.
    pub narrative: Option<String>,
    /// II. Tồn tại, hạn chế, paragraph per line.
    pub shortcomings: Option<String>,
    /// III. Phương hướng, nhiệm vụ năm tới.
    pub directions: Option<String>,
    /// IV. Đề xuất, kiến nghị.
    pub proposals: Option<String>,
    /// Nơi nhận, one per line.
    pub recipients: Option<String>,
    /// Quyền hạn, chức vụ của người ký.
    pub signer_title: Option<String>,
    /// Họ tên người ký.
    pub signer_name: Option<String>,
}

/// The value the author typed, or the drafted one when the field is empty or blank.
pub fn or_default(edit: &Option<String>, default: impl FnOnce() -> String) -> String {
    match edit {
        Some(s) if !s.trim().is_empty() => s.clone(),
        _ => default(),
    }
}

/// A part's text (the author's, else `drafted`) as its printed paragraphs: one per
/// non-blank line.
pub fn part_text(edit: &Option<String>, drafted: impl FnOnce() -> String) -> Vec<String> {
    paragraphs(&or_default(edit, drafted))
}

/// The non-blank lines of `text`, each a paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// The header of Decree 30 and the title, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letterhead {
    /// Cơ quan chủ quản, upper case unless the author typed it otherwise.
    pub parent: String,
    /// Cơ quan ban hành.
    pub issuer: String,
    /// "Số: …/BC-…".
    pub number: String,
    /// Địa danh (may be empty).
    pub place: String,
    /// The signing date, ISO (the author's, else today; empty when unknown).
    pub date: String,
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub nation: &'static str,
    /// "Độc lập - Tự do - Hạnh phúc".
    pub motto: &'static str,
    /// "Thanh Hóa, ngày 15 tháng 11 năm 2025" (or with dots when the date is unknown).
    pub dateline: String,
    /// "BÁO CÁO".
    pub kind: &'static str,
    /// The subject line under it.
    pub subject: String,
}

/// The letterhead of `data`'s report with the author's `fields`; `today` dates it when the
/// author has not.
pub fn letterhead(
    data: &Dataset,
    fields: &AuthorFields,
    today: Option<NaiveDate>,
    lang: Lang,
) -> Letterhead {
    let doc = &words(lang).document;
    let org = data.organization.as_ref();
    let parent = or_default(&fields.parent, || {
        org.and_then(|o| o.parent.as_deref())
            .unwrap_or_default()
            .to_uppercase()
    });
    let issuer = or_default(&fields.issuer, || {
        org.map(|o| o.name.as_str())
            .unwrap_or_default()
            .to_uppercase()
    });
    let number = or_default(&fields.number, || doc.number_placeholder.to_owned());
    let place = or_default(&fields.place, || {
        org.and_then(|o| o.place.clone()).unwrap_or_default()
    });
    let date = or_default(&fields.date, || {
        today
            .map(phusong_model::date::format_iso)
            .unwrap_or_default()
    });
    let subject = or_default(&fields.title, || {
        format!("{} {}", doc.title_prefix, data.plan.year)
    });
    let dateline = dateline(&place, &date, lang);
    Letterhead {
        parent,
        issuer,
        number,
        place,
        date,
        nation: doc.nation,
        motto: doc.motto,
        dateline,
        kind: doc.doc_kind,
        subject,
    }
}

/// "Place, ngày … tháng … năm …" from the place and the ISO date.
pub fn dateline(place: &str, iso_date: &str, lang: Lang) -> String {
    let when = phusong_model::date::parse_date(iso_date)
        .map(fmt_date_long_vi)
        .unwrap_or_else(|| words(lang).document.dateline_blank.to_owned());
    if place.is_empty() {
        when
    } else {
        format!("{place}, {when}")
    }
}

/// "Nơi nhận" and the signature block, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    /// "Nơi nhận".
    pub recipients_heading: &'static str,
    /// One line per recipient.
    pub recipients: Vec<String>,
    /// "GIÁM ĐỐC" or the author's.
    pub signer_title: String,
    /// The signer's name (may be empty).
    pub signer_name: String,
}

/// The closing block with the author's `fields`.
pub fn closing(fields: &AuthorFields, lang: Lang) -> Closing {
    let doc = &words(lang).document;
    Closing {
        recipients_heading: words(lang).ui.recipients,
        recipients: or_default(&fields.recipients, || doc.recipients_default.to_owned())
            .lines()
            .map(str::to_owned)
            .collect(),
        signer_title: or_default(&fields.signer_title, || doc.signer_title_default.to_owned()),
        signer_name: or_default(&fields.signer_name, String::new),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::small;

    #[test]
    fn blanks_give_the_draft_and_typed_values_win() {
        let data = small();
        let today = NaiveDate::from_ymd_opt(2025, 11, 15);
        let h = letterhead(&data, &AuthorFields::default(), today, Lang::Vi);
        assert_eq!(h.number, "Số:       /BC-");
        assert_eq!(h.date, "2025-11-15");
        assert!(
            h.dateline.ends_with("ngày 15 tháng 11 năm 2025"),
            "{}",
            h.dateline
        );
        assert!(h.subject.ends_with(&data.plan.year.to_string()));
        assert_eq!(h.issuer, h.issuer.to_uppercase());
        let fields = AuthorFields {
            title: Some("Về công tác báo chí".into()),
            place: Some("Huế".into()),
            date: Some("  ".into()),
            ..AuthorFields::default()
        };
        let h = letterhead(&data, &fields, None, Lang::Vi);
        assert_eq!(h.subject, "Về công tác báo chí");
        assert_eq!(h.dateline, "Huế, ngày … tháng … năm …");
    }

    #[test]
    fn closing_and_parts() {
        let c = closing(&AuthorFields::default(), Lang::Vi);
        assert_eq!(c.recipients_heading, "Nơi nhận");
        assert_eq!(c.recipients.len(), 3);
        assert_eq!(c.signer_title, "GIÁM ĐỐC");
        assert_eq!(c.signer_name, "");
        assert_eq!(
            part_text(&Some("a\n\n  \nb".into()), || "x".into()),
            vec!["a", "b"]
        );
        assert_eq!(part_text(&None, || "x\ny".into()), vec!["x", "y"]);
        assert!(part_text(&None, String::new).is_empty());
    }
}
