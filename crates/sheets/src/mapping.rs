//! A reading the user chose for a sheet (a "mapping"): the section it is read as, the field
//! each header becomes, and the values that match nothing mapped to ones that do. A mapping
//! is kept per set of headers ([`SheetMapping::signature`]) and applies to any sheet whose
//! header row (among its first 20 rows) has exactly those headers, whatever their order or
//! the rows above them. The file itself is never changed: the mapping is applied as the
//! file is read ([`crate::convert_all_mapped`]).

use crate::columns::{Field, Labels, Section, FORMATS, KINDS, LEVELS, TONES};
use crate::fold::fold;
use serde::{Deserialize, Serialize};

/// A header of the mapped sheet and the field it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappedColumn {
    /// The header as written in the sheet.
    pub header: String,
    /// A field key of the section (`date`, `outlet`, …; `format:video` for a wide
    /// contracts column), or `None` to skip the column.
    pub field: Option<String>,
}

/// A value that matched nothing, and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappedValue {
    /// The column's field key (`outlet`, `format`, `themes`, …).
    pub field: String,
    /// The text as written in the cell (for `themes`, one part of the cell).
    pub from: String,
    /// What it stands for: a label's JSON value (`tv_report`) or a record's id or code.
    pub to: String,
}

/// How to read a sheet with these headers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetMapping {
    /// `coverage`, `contracts`, `outlets`, `themes` or `events`.
    pub section: String,
    /// Every non-empty header of the header row, with its field.
    pub columns: Vec<MappedColumn>,
    /// Values mapped, per field.
    #[serde(default)]
    pub values: Vec<MappedValue>,
}

/// The key of a set of headers: folded, without duplicates, sorted, joined by `|`.
pub fn signature<'a>(headers: impl IntoIterator<Item = &'a str>) -> String {
    let mut folded: Vec<String> = headers
        .into_iter()
        .map(fold)
        .filter(|h| !h.is_empty())
        .collect();
    folded.sort();
    folded.dedup();
    folded.join("|")
}

impl SheetMapping {
    /// The key of its set of headers.
    pub fn signature(&self) -> String {
        signature(self.columns.iter().map(|c| c.header.as_str()))
    }

    /// Its section, if the name is one.
    pub fn section(&self) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == self.section)
    }

    /// The field `header` is mapped to (by folded header), if any.
    pub fn field_of(&self, header: &str) -> Option<Field> {
        let section = self.section()?;
        let folded = fold(header);
        let key = self
            .columns
            .iter()
            .find(|c| fold(&c.header) == folded)?
            .field
            .as_deref()?;
        field_by_key(section, key)
    }

    /// The required fields of its section no column is mapped to, by key.
    pub fn missing_required(&self) -> Vec<&'static str> {
        let Some(section) = self.section() else {
            return Vec::new();
        };
        section
            .fields()
            .iter()
            .filter(|d| d.required && !self.maps_to(d.key))
            .filter(|d| !(section == Section::Outlets && d.key == "id" && self.maps_to("name")))
            .map(|d| d.key)
            .collect()
    }

    fn maps_to(&self, key: &str) -> bool {
        self.columns.iter().any(|c| c.field.as_deref() == Some(key))
    }

    /// What `text` of the column `field` is mapped to, if the user mapped it (folded match).
    pub fn value(&self, field: &str, text: &str) -> Option<&str> {
        let folded = fold(text);
        self.values
            .iter()
            .find(|v| v.field == field && fold(&v.from) == folded)
            .map(|v| v.to.as_str())
    }

    /// Sets (or, with an empty `to`, removes) the mapping of `from` in `field`.
    pub fn set_value(&mut self, field: &str, from: &str, to: &str) {
        let folded = fold(from);
        self.values
            .retain(|v| !(v.field == field && fold(&v.from) == folded));
        if !to.trim().is_empty() {
            self.values.push(MappedValue {
                field: field.to_owned(),
                from: from.to_owned(),
                to: to.trim().to_owned(),
            });
        }
    }
}

/// The field of `section` with this key (`format:video`: a wide contracts column).
pub fn field_by_key(section: Section, key: &str) -> Option<Field> {
    if let Some(format) = key.strip_prefix("format:") {
        return (section == Section::Contracts)
            .then(|| FORMATS.iter().find(|(v, _)| *v == format))
            .flatten()
            .map(|(v, _)| Field::Wide(v));
    }
    section
        .fields()
        .iter()
        .find(|d| d.key == key)
        .map(|d| Field::Named(d.key))
}

/// The field key the spec's names give `header` in `section` (`format:video` for a wide
/// contracts column), if any: what the mapping screen proposes before the user chooses.
pub fn suggest_field(section: Section, header: &str) -> Option<String> {
    match crate::columns::match_header(section, header)? {
        Field::Named(k) => Some(k.to_owned()),
        Field::Wide(f) => Some(format!("format:{f}")),
    }
}

/// A field a column can be mapped to: its key, its Vietnamese header (the spec's first
/// name) and whether the section needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChoice {
    pub key: String,
    pub header: &'static str,
    pub required: bool,
}

/// The fields a column of `section` can be mapped to, in the spec's order; for contracts,
/// then one quantity column per format (the wide layout).
pub fn field_choices(section: Section) -> Vec<FieldChoice> {
    let mut out: Vec<FieldChoice> = section
        .fields()
        .iter()
        .map(|d| FieldChoice {
            key: d.key.to_owned(),
            header: d.names.first().copied().unwrap_or(d.key),
            required: d.required,
        })
        .collect();
    if section == Section::Contracts {
        out.extend(FORMATS.iter().map(|(value, labels)| FieldChoice {
            key: format!("format:{value}"),
            header: labels.first().copied().unwrap_or(value),
            required: false,
        }));
    }
    out
}

/// The label table of a field read as a label (`format`, `tone`, `level`, `kind`), whose
/// values an unmatched text can be mapped to.
pub fn labels_of(field: &str) -> Option<Labels> {
    match field {
        "format" => Some(FORMATS),
        "tone" => Some(TONES),
        "level" => Some(LEVELS),
        "kind" => Some(KINDS),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(section: &str, columns: &[(&str, Option<&str>)]) -> SheetMapping {
        SheetMapping {
            section: section.into(),
            columns: columns
                .iter()
                .map(|(h, f)| MappedColumn {
                    header: (*h).into(),
                    field: f.map(Into::into),
                })
                .collect(),
            values: Vec::new(),
        }
    }

    #[test]
    fn the_signature_is_a_set_of_folded_headers() {
        assert_eq!(
            signature(["Ngày lên sóng", "KÊNH", "Kênh", ""]),
            signature(["kenh", "ngay len song"])
        );
        assert_ne!(signature(["Kênh"]), signature(["Kênh", "Ngày"]));
    }

    #[test]
    fn fields_by_header_and_what_is_missing() {
        let m = mapping(
            "coverage",
            &[
                ("Ngày lên sóng", Some("date")),
                ("Kênh", Some("outlet")),
                ("Ghi chú", None),
            ],
        );
        assert_eq!(m.field_of("NGÀY LÊN SÓNG"), Some(Field::Named("date")));
        assert_eq!(m.field_of("Ghi chú"), None);
        assert_eq!(m.field_of("Khác"), None);
        assert_eq!(m.missing_required(), vec!["title"]);
        let wide = mapping(
            "contracts",
            &[("Số HĐ", Some("id")), ("Clip", Some("format:video"))],
        );
        assert_eq!(wide.field_of("clip"), Some(Field::Wide("video")));
        assert_eq!(field_by_key(Section::Coverage, "format:video"), None);
        // An outlet's id defaults to its name.
        let outlets = mapping(
            "outlets",
            &[("Tên báo", Some("name")), ("Cấp", Some("level"))],
        );
        assert!(outlets.missing_required().is_empty());
    }

    #[test]
    fn values_map_by_folded_text_and_can_be_removed() {
        let mut m = mapping("coverage", &[]);
        m.set_value("format", "Phóng sự", "tv_report");
        m.set_value("outlet", "Báo TH", "bth");
        assert_eq!(m.value("format", "PHONG SU"), Some("tv_report"));
        assert_eq!(m.value("outlet", "Phóng sự"), None);
        m.set_value("format", "phóng sự", "video");
        assert_eq!(m.value("format", "Phóng sự"), Some("video"));
        assert_eq!(m.values.len(), 2);
        m.set_value("format", "Phóng sự", "");
        assert_eq!(m.value("format", "Phóng sự"), None);
    }

    #[test]
    fn choices_list_the_spec_fields_then_wide_formats() {
        let c = field_choices(Section::Coverage);
        assert_eq!(c[0].key, "id");
        assert!(c.iter().any(|f| f.key == "date" && f.required));
        let w = field_choices(Section::Contracts);
        assert!(w.iter().any(|f| f.key == "format:tv_report"));
        assert!(labels_of("tone").is_some() && labels_of("outlet").is_none());
        assert_eq!(
            suggest_field(Section::Coverage, "Ngày đăng").as_deref(),
            Some("date")
        );
        assert_eq!(
            suggest_field(Section::Contracts, "Video").as_deref(),
            Some("format:video")
        );
        assert_eq!(suggest_field(Section::Coverage, "Kênh"), None);
    }

    #[test]
    fn a_mapping_round_trips_as_json() {
        let mut m = mapping("coverage", &[("Kênh", Some("outlet"))]);
        m.set_value("outlet", "Đài TH", "ttv");
        let json = serde_json::to_string(&m).unwrap();
        let back: SheetMapping = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
    }
}
