//! The author's edits to the report: header fields, narrative and signature, kept
//! in the browser with the data. Versioned, so later versions can migrate them.

use phusong_export::document::AuthorFields;
use serde::{Deserialize, Serialize};

/// Version of the stored edits; bump with a migration when the shape changes.
pub const EDITS_VERSION: u32 = 1;

/// What the author typed; `None` or empty means "use the value drafted from the data".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Edits {
    /// Always [`EDITS_VERSION`] when written.
    pub version: u32,
    /// Cơ quan chủ quản (e.g. "UBND TỈNH THANH HÓA").
    pub parent: Option<String>,
    /// Cơ quan ban hành (e.g. "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").
    pub issuer: Option<String>,
    /// Số, ký hiệu (e.g. "125/BC-STTTT").
    pub number: Option<String>,
    /// Địa danh of the dateline.
    pub place: Option<String>,
    /// Ngày ký, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Tên loại và trích yếu (title).
    pub title: Option<String>,
    /// Số liệu tính đến ngày: the as-of date, ISO `YYYY-MM-DD`; `None` = today (capped at
    /// the end of the plan period by the engine).
    pub as_of: Option<String>,
    /// The narrative, paragraph per line; `None` = auto-drafted.
    pub narrative: Option<String>,
    /// II. Tồn tại, hạn chế và nguyên nhân, paragraph per line; `None` = drafted from the numbers.
    pub shortcomings: Option<String>,
    /// III. Phương hướng, nhiệm vụ năm tới: the author's text (starts empty).
    pub directions: Option<String>,
    /// IV. Đề xuất, kiến nghị: the author's text (starts empty).
    pub proposals: Option<String>,
    /// Nơi nhận, one per line.
    pub recipients: Option<String>,
    /// Quyền hạn, chức vụ của người ký (e.g. "GIÁM ĐỐC").
    pub signer_title: Option<String>,
    /// Họ tên người ký.
    pub signer_name: Option<String>,
    /// Themes the author accepted from the suggestions ("gắn bổ sung"): item id → theme
    /// codes. Applied to the data before the report is counted; the files never change.
    pub tags: phusong_engine::tags::AcceptedTags,
}

impl Edits {
    /// Reads stored edits; anything unreadable or from an unknown version gives the defaults.
    pub fn from_json(text: &str) -> Edits {
        match serde_json::from_str::<Edits>(text) {
            Ok(e) if e.version == EDITS_VERSION => e,
            _ => Edits::default(),
        }
    }

    /// The edits as JSON for storage.
    pub fn to_json(&self) -> String {
        let mut e = self.clone();
        e.version = EDITS_VERSION;
        serde_json::to_string(&e).unwrap_or_default()
    }
}

impl Edits {
    /// The as-of date the author chose, if any (see [`Edits::as_of`]).
    pub fn as_of_date(&self) -> Option<chrono::NaiveDate> {
        self.as_of
            .as_deref()
            .and_then(phusong_model::date::parse_date)
    }
}

impl Edits {
    /// The fields of the document the author typed, as `phusong-export` resolves them for
    /// print and for Word ([`phusong_export::document`]).
    pub fn author_fields(&self) -> AuthorFields {
        AuthorFields {
            parent: self.parent.clone(),
            issuer: self.issuer.clone(),
            number: self.number.clone(),
            place: self.place.clone(),
            date: self.date.clone(),
            title: self.title.clone(),
            narrative: self.narrative.clone(),
            shortcomings: self.shortcomings.clone(),
            directions: self.directions.clone(),
            proposals: self.proposals.clone(),
            recipients: self.recipients.clone(),
            signer_title: self.signer_title.clone(),
            signer_name: self.signer_name.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_round_trip_and_old_ones_still_read() {
        let edits = Edits {
            as_of: Some("2025-11-15".into()),
            directions: Some("Tiếp tục đặt hàng.".into()),
            ..Edits::default()
        };
        let back = Edits::from_json(&edits.to_json());
        assert_eq!(back.version, EDITS_VERSION);
        assert_eq!(
            back.as_of_date(),
            chrono::NaiveDate::from_ymd_opt(2025, 11, 15)
        );
        assert_eq!(back.directions, edits.directions);
        // Accepted themes are kept like the other edits; edits stored before them read none.
        let tagged = Edits {
            tags: [("bai-1".to_owned(), vec!["1.2".to_owned()])].into(),
            ..Edits::default()
        };
        assert_eq!(Edits::from_json(&tagged.to_json()).tags, tagged.tags);
        // Edits stored before the as-of date and parts II–IV existed read with them empty.
        let old = Edits::from_json(r#"{"version":1,"title":"Báo cáo","narrative":"Đã sửa."}"#);
        assert_eq!(old.title.as_deref(), Some("Báo cáo"));
        assert_eq!((old.as_of, old.shortcomings), (None, None));
        assert!(old.tags.is_empty());
        // Unreadable or from another version: the defaults.
        assert_eq!(Edits::from_json("{"), Edits::default());
        assert_eq!(
            Edits::from_json(r#"{"version":9,"title":"x"}"#),
            Edits::default()
        );
        let bad = Edits {
            as_of: Some("15/11/2025".into()),
            ..Edits::default()
        };
        assert_eq!(bad.as_of_date(), None);
    }
}
