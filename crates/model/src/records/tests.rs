//! One test per record-level rule of the spec (`data-format.md`, "Errors: what bad input
//! gets"): each loads a small valid dataset with one record changed and asserts exactly
//! which records were quarantined, with which reasons, and which warnings came.

use crate::diagnostics::{
    Expected, Found, Quarantined, Reason, RecordLocation, RefKind, Section, Warning, WarningKind,
};
use crate::vocab::{Format, Level, OutletKind, Tone};
use crate::{load, Loaded, SourceFile};
use chrono::NaiveDate;
use serde_json::{json, Value};

/// A valid file: a 2025 plan (themes `KT`, `VH`, event `e1`), outlets `nhandan` (central)
/// and `thanhhoa` (provincial), contract `k1` of `nhandan` for all of 2025, no items.
fn base() -> Value {
    json!({
        "format": "coverage-report/v1",
        "plan": {
            "id": "KH-2025",
            "title": "Kế hoạch tuyên truyền 2025",
            "year": 2025,
            "themes": [
                { "code": "KT", "name": "Kinh tế" },
                { "code": "VH", "name": "Văn hóa" }
            ],
            "events": [{ "id": "e1", "name": "Ngày hội", "date": "2025-05-01" }]
        },
        "outlets": [outlet("nhandan"), outlet("thanhhoa")],
        "contracts": [contract("k1")],
        "coverage": []
    })
}

fn outlet(id: &str) -> Value {
    let level = if id == "nhandan" {
        "central"
    } else {
        "provincial"
    };
    json!({ "id": id, "name": format!("Báo {id}"), "level": level, "kind": "newspaper" })
}

fn contract(id: &str) -> Value {
    json!({
        "id": id,
        "outlet": "nhandan",
        "title": "Đặt hàng tuyên truyền",
        "signed": "2024-12-20",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "value_vnd": 100_000_000,
        "deliverables": [{ "format": "online_article", "quantity": 2, "themes": ["KT"] }]
    })
}

fn item(id: &str) -> Value {
    json!({
        "id": id,
        "date": "2025-03-01",
        "outlet": "nhandan",
        "title": "Tin về kinh tế",
        "url": format!("https://nhandan.vn/{id}"),
        "format": "online_article",
        "themes": ["KT"],
        "contract": "k1",
        "event": "e1",
        "tone": "positive",
        "reach": 1000,
        "summary": "Tóm tắt"
    })
}

/// `record` with `key` set to `value`.
fn with(mut record: Value, key: &str, value: Value) -> Value {
    record[key] = value;
    record
}

/// `record` without `key`.
fn without(mut record: Value, key: &str) -> Value {
    if let Some(fields) = record.as_object_mut() {
        fields.remove(key);
    }
    record
}

/// `file` with `records` appended to `section`.
fn append(mut file: Value, section: &str, records: Vec<Value>) -> Value {
    if let Some(list) = file[section].as_array_mut() {
        list.extend(records);
    }
    file
}

/// The base file with `records` appended to `section`.
fn file_with(section: &str, records: Vec<Value>) -> Value {
    append(base(), section, records)
}

fn load_files(files: &[Value]) -> Loaded {
    let texts: Vec<String> = files.iter().map(Value::to_string).collect();
    let names = ["a.json", "b.json", "c.json"];
    load(texts.iter().zip(names).map(|(text, name)| SourceFile {
        name,
        bytes: text.as_bytes(),
    }))
}

/// Loads the base file with `records` appended to `section`.
fn load_with(section: &str, records: Vec<Value>) -> Loaded {
    load_files(&[file_with(section, records)])
}

fn at(section: Section, index: usize, id: Option<&str>) -> RecordLocation {
    RecordLocation {
        file: "a.json".into(),
        section,
        index,
        id: id.map(str::to_owned),
    }
}

fn quarantined(at: RecordLocation, reasons: Vec<Reason>) -> Quarantined {
    Quarantined { at, reasons }
}

/// Asserts exactly these quarantined records and no warning.
fn assert_quarantined(loaded: &Loaded, expected: Vec<Quarantined>) {
    assert!(
        loaded.diagnostics.refused.is_empty(),
        "{:?}",
        loaded.diagnostics
    );
    assert_eq!(loaded.diagnostics.quarantined, expected);
    assert_eq!(loaded.diagnostics.warnings, vec![]);
}

/// Asserts nothing quarantined and exactly these warnings.
fn assert_warnings(loaded: &Loaded, expected: Vec<Warning>) {
    assert!(
        loaded.diagnostics.all_accepted(),
        "{:?}",
        loaded.diagnostics
    );
    assert_eq!(loaded.diagnostics.warnings, expected);
}

fn day(text: &str) -> NaiveDate {
    crate::date::parse_date(text).expect("a date")
}

fn missing(field: &str) -> Reason {
    Reason::Missing {
        field: field.into(),
    }
}

fn ill_typed(field: &str, expected: Expected, found: Found) -> Reason {
    Reason::IllTyped {
        field: field.into(),
        expected,
        found,
    }
}

fn not_in_list(
    field: &str,
    value: &str,
    allowed: &'static [&'static str],
    suggestion: Option<&'static str>,
) -> Reason {
    Reason::NotInList {
        field: field.into(),
        value: value.into(),
        allowed,
        suggestion,
    }
}

fn unknown(
    field: &str,
    target: RefKind,
    value: &str,
    suggestion: Option<&str>,
    quarantined: bool,
) -> Reason {
    Reason::UnknownReference {
        field: field.into(),
        target,
        value: value.into(),
        suggestion: suggestion.map(str::to_owned),
        quarantined,
    }
}

#[test]
fn the_base_dataset_is_clean() {
    let loaded = load_with("coverage", vec![item("c1"), item("c2")]);
    assert_quarantined(&loaded, vec![]);
    let dataset = loaded.dataset.expect("a dataset");
    assert_eq!(
        (
            dataset.outlets.len(),
            dataset.contracts.len(),
            dataset.items.len()
        ),
        (2, 1, 2)
    );
}

#[test]
fn an_element_that_is_not_an_object() {
    let loaded = load_files(&[with(
        with(base(), "outlets", json!([outlet("nhandan"), "thanhhoa"])),
        "coverage",
        json!([42, null, [1]]),
    )]);
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Outlets, 1, None),
                vec![Reason::NotObject {
                    found: Found::String("thanhhoa".into()),
                }],
            ),
            quarantined(
                at(Section::Coverage, 0, None),
                vec![Reason::NotObject {
                    found: Found::Number("42".into()),
                }],
            ),
            quarantined(
                at(Section::Coverage, 1, None),
                vec![Reason::NotObject { found: Found::Null }],
            ),
            quarantined(
                at(Section::Coverage, 2, None),
                vec![Reason::NotObject {
                    found: Found::Array,
                }],
            ),
        ],
    );
}

#[test]
fn a_missing_field() {
    let loaded = load_with(
        "coverage",
        vec![
            without(item("c1"), "date"),
            with(item("c2"), "title", Value::Null),
            without(without(item("c3"), "id"), "format"),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(at(Section::Coverage, 0, Some("c1")), vec![missing("date")]),
            quarantined(at(Section::Coverage, 1, Some("c2")), vec![missing("title")]),
            // Every reason, in field order; no id to show.
            quarantined(
                at(Section::Coverage, 2, None),
                vec![missing("id"), missing("format")],
            ),
        ],
    );
}

#[test]
fn an_ill_typed_field() {
    let loaded = load_files(&[with(
        file_with(
            "coverage",
            vec![
                with(item("c1"), "reach", json!("1000")),
                with(item("c2"), "themes", json!("KT")),
                with(item("c3"), "url", json!(true)),
            ],
        ),
        "outlets",
        json!([
            outlet("nhandan"),
            with(outlet("thanhhoa"), "name", json!(5))
        ]),
    )]);
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Outlets, 1, Some("thanhhoa")),
                vec![ill_typed(
                    "name",
                    Expected::NonEmptyString,
                    Found::Number("5".into()),
                )],
            ),
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![ill_typed(
                    "reach",
                    Expected::Integer { min: 0 },
                    Found::String("1000".into()),
                )],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![ill_typed(
                    "themes",
                    Expected::StringArray,
                    Found::String("KT".into()),
                )],
            ),
            quarantined(
                at(Section::Coverage, 2, Some("c3")),
                vec![ill_typed("url", Expected::String, Found::Bool(true))],
            ),
        ],
    );
}

#[test]
fn an_integer_written_as_a_fraction_is_ill_typed() {
    let loaded = load_with(
        "contracts",
        vec![with(contract("k2"), "value_vnd", json!(1000.5))],
    );
    assert_quarantined(
        &loaded,
        vec![quarantined(
            at(Section::Contracts, 1, Some("k2")),
            vec![ill_typed(
                "value_vnd",
                Expected::Integer { min: 0 },
                Found::Number("1000.5".into()),
            )],
        )],
    );
}

#[test]
fn an_empty_string_where_text_is_required() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "title", json!("")),
            with(item("c2"), "contract", json!("")),
            with(item("c3"), "themes", json!(["KT", ""])),
        ],
    );
    let empty = || Found::String(String::new());
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![ill_typed("title", Expected::NonEmptyString, empty())],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![ill_typed("contract", Expected::NonEmptyString, empty())],
            ),
            quarantined(
                at(Section::Coverage, 2, Some("c3")),
                vec![ill_typed("themes[1]", Expected::NonEmptyString, empty())],
            ),
        ],
    );
}

#[test]
fn an_unknown_level_or_kind() {
    let loaded = load_with(
        "outlets",
        vec![
            with(outlet("vtv"), "level", json!("centrl")),
            with(outlet("vov"), "kind", json!("radioo")),
            with(outlet("bao"), "level", json!("trung ương")),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Outlets, 2, Some("vtv")),
                vec![not_in_list(
                    "level",
                    "centrl",
                    Level::NAMES,
                    Some("central"),
                )],
            ),
            quarantined(
                at(Section::Outlets, 3, Some("vov")),
                vec![not_in_list(
                    "kind",
                    "radioo",
                    OutletKind::NAMES,
                    Some("radio"),
                )],
            ),
            // A Vietnamese word for a value is suggested as that value.
            quarantined(
                at(Section::Outlets, 4, Some("bao")),
                vec![not_in_list(
                    "level",
                    "trung ương",
                    Level::NAMES,
                    Some("central"),
                )],
            ),
        ],
    );
}

#[test]
fn an_unknown_format_or_tone() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "format", json!("videoo")),
            with(item("c2"), "tone", json!("xyz")),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![not_in_list(
                    "format",
                    "videoo",
                    Format::NAMES,
                    Some("video"),
                )],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![not_in_list("tone", "xyz", Tone::NAMES, None)],
            ),
        ],
    );
    let loaded = load_with(
        "contracts",
        vec![with(
            contract("k2"),
            "deliverables",
            json!([{ "format": "bai bao", "quantity": 1 }]),
        )],
    );
    assert_quarantined(
        &loaded,
        vec![quarantined(
            at(Section::Contracts, 1, Some("k2")),
            vec![not_in_list(
                "deliverables[0].format",
                "bai bao",
                Format::NAMES,
                None,
            )],
        )],
    );
}

#[test]
fn a_bad_date() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "date", json!("31/12/2025")),
            with(item("c2"), "date", json!("2025-02-30")),
            with(item("c3"), "date", json!(20250301)),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![Reason::BadDate {
                    field: "date".into(),
                    value: "31/12/2025".into(),
                    hint: Some("2025-12-31".into()),
                }],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![Reason::BadDate {
                    field: "date".into(),
                    value: "2025-02-30".into(),
                    hint: None,
                }],
            ),
            quarantined(
                at(Section::Coverage, 2, Some("c3")),
                vec![ill_typed(
                    "date",
                    Expected::String,
                    Found::Number("20250301".into()),
                )],
            ),
        ],
    );
}

#[test]
fn an_unknown_outlet() {
    let file = file_with(
        "coverage",
        vec![
            with(item("c1"), "outlet", json!("nhandn")),
            with(item("c2"), "outlet", json!("vnexpress")),
        ],
    );
    let contracts = vec![with(contract("k2"), "outlet", json!("thanhhao"))];
    let loaded = load_files(&[append(file, "contracts", contracts)]);
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Contracts, 1, Some("k2")),
                vec![unknown(
                    "outlet",
                    RefKind::Outlet,
                    "thanhhao",
                    Some("thanhhoa"),
                    false,
                )],
            ),
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![unknown(
                    "outlet",
                    RefKind::Outlet,
                    "nhandn",
                    Some("nhandan"),
                    false,
                )],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![unknown("outlet", RefKind::Outlet, "vnexpress", None, false)],
            ),
        ],
    );
}

#[test]
fn an_unknown_contract() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "contract", json!("k2")),
            with(item("c2"), "contract", json!("HD-99")),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![unknown(
                    "contract",
                    RefKind::Contract,
                    "k2",
                    Some("k1"),
                    false,
                )],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![unknown("contract", RefKind::Contract, "HD-99", None, false)],
            ),
        ],
    );
}

#[test]
fn an_unknown_theme() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "themes", json!(["KT", "VHH"])),
            with(item("c2"), "themes", json!(["XX"])),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![unknown(
                    "themes[1]",
                    RefKind::Theme,
                    "VHH",
                    Some("VH"),
                    false,
                )],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![unknown("themes[0]", RefKind::Theme, "XX", None, false)],
            ),
        ],
    );
}

#[test]
fn an_unknown_event() {
    let loaded = load_with(
        "coverage",
        vec![
            with(item("c1"), "event", json!("e2")),
            with(item("c2"), "event", json!("tet")),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![unknown("event", RefKind::Event, "e2", Some("e1"), false)],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![unknown("event", RefKind::Event, "tet", None, false)],
            ),
        ],
    );
}

#[test]
fn a_duplicate_id_keeps_the_earlier_record() {
    let first = file_with(
        "outlets",
        vec![with(
            outlet("nhandan"),
            "name",
            json!("Báo Nhân Dân (bản sau)"),
        )],
    );
    let second = json!({
        "format": "coverage-report/v1",
        "contracts": [contract("k1")],
        // The same id twice, with another url (a duplicate url is only a warning).
        "coverage": [item("c1"), with(item("c1"), "url", json!("https://nhandan.vn/c1-bis"))]
    });
    let loaded = load_files(&[first, second]);
    let in_b = |section, index, id: &str| RecordLocation {
        file: "b.json".into(),
        ..at(section, index, Some(id))
    };
    let duplicate = |id: &str, first_file: &str, first_index| Reason::DuplicateId {
        id: id.into(),
        first_file: first_file.into(),
        first_index,
    };
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Outlets, 2, Some("nhandan")),
                vec![duplicate("nhandan", "a.json", 0)],
            ),
            quarantined(
                in_b(Section::Contracts, 0, "k1"),
                vec![duplicate("k1", "a.json", 0)],
            ),
            quarantined(
                in_b(Section::Coverage, 1, "c1"),
                vec![duplicate("c1", "b.json", 0)],
            ),
        ],
    );
    let dataset = loaded.dataset.expect("a dataset");
    assert_eq!(
        dataset.outlets[0].name, "Báo nhandan",
        "the earlier outlet is kept"
    );
    assert_eq!(dataset.items.len(), 1);
    assert_eq!(dataset.items[0].url(), Some("https://nhandan.vn/c1"));
}

#[test]
fn an_end_before_the_start() {
    let loaded = load_with(
        "contracts",
        vec![with(
            with(contract("k2"), "start", json!("2025-06-01")),
            "end",
            json!("2025-05-31"),
        )],
    );
    assert_quarantined(
        &loaded,
        vec![quarantined(
            at(Section::Contracts, 1, Some("k2")),
            vec![Reason::EndBeforeStart {
                start: day("2025-06-01"),
                end: day("2025-05-31"),
            }],
        )],
    );
}

#[test]
fn a_negative_value_or_reach() {
    let file = file_with("coverage", vec![with(item("c1"), "reach", json!(-5))]);
    let contracts = vec![with(contract("k2"), "value_vnd", json!(-1))];
    let loaded = load_files(&[append(file, "contracts", contracts)]);
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Contracts, 1, Some("k2")),
                vec![Reason::Negative {
                    field: "value_vnd".into(),
                    value: -1,
                }],
            ),
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![Reason::Negative {
                    field: "reach".into(),
                    value: -5,
                }],
            ),
        ],
    );
}

#[test]
fn a_quantity_below_one() {
    let loaded = load_with(
        "contracts",
        vec![
            with(
                contract("k2"),
                "deliverables",
                json!([{ "format": "video", "quantity": 0 }]),
            ),
            with(
                contract("k3"),
                "deliverables",
                json!([
                    { "format": "video", "quantity": 1 },
                    { "format": "emagazine", "quantity": -2 }
                ]),
            ),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Contracts, 1, Some("k2")),
                vec![Reason::QuantityBelowOne {
                    field: "deliverables[0].quantity".into(),
                    value: 0,
                }],
            ),
            quarantined(
                at(Section::Contracts, 2, Some("k3")),
                vec![Reason::QuantityBelowOne {
                    field: "deliverables[1].quantity".into(),
                    value: -2,
                }],
            ),
        ],
    );
}

#[test]
fn no_deliverables() {
    let loaded = load_with(
        "contracts",
        vec![
            with(contract("k2"), "deliverables", json!([])),
            without(contract("k3"), "deliverables"),
            with(contract("k4"), "deliverables", json!([7])),
        ],
    );
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Contracts, 1, Some("k2")),
                vec![Reason::NoDeliverables],
            ),
            quarantined(
                at(Section::Contracts, 2, Some("k3")),
                vec![missing("deliverables")],
            ),
            quarantined(
                at(Section::Contracts, 3, Some("k4")),
                vec![ill_typed(
                    "deliverables[0]",
                    Expected::Object,
                    Found::Number("7".into()),
                )],
            ),
        ],
    );
}

#[test]
fn a_deliverable_naming_an_unknown_theme() {
    let loaded = load_with(
        "contracts",
        vec![with(
            contract("k2"),
            "deliverables",
            json!([
                { "format": "video", "quantity": 1, "themes": ["KT"] },
                { "format": "emagazine", "quantity": 1, "themes": ["VH", "XX", "KTT"] }
            ]),
        )],
    );
    assert_quarantined(
        &loaded,
        vec![quarantined(
            at(Section::Contracts, 1, Some("k2")),
            vec![
                unknown(
                    "deliverables[1].themes[1]",
                    RefKind::Theme,
                    "XX",
                    None,
                    false,
                ),
                unknown(
                    "deliverables[1].themes[2]",
                    RefKind::Theme,
                    "KTT",
                    Some("KT"),
                    false,
                ),
            ],
        )],
    );
}

#[test]
fn references_are_checked_against_accepted_records() {
    // `nhandan` is quarantined, so its contract `k1` is, and so are the items under `k1`
    // (here from `thanhhoa`, whose own reference is fine) or from `nhandan`.
    let file = with(
        base(),
        "outlets",
        json!([
            with(outlet("nhandan"), "level", json!(1)),
            outlet("thanhhoa")
        ]),
    );
    let file = with(
        file,
        "coverage",
        json!([
            with(item("c1"), "outlet", json!("thanhhoa")),
            without(item("c2"), "contract"),
        ]),
    );
    let loaded = load_files(&[file]);
    assert_quarantined(
        &loaded,
        vec![
            quarantined(
                at(Section::Outlets, 0, Some("nhandan")),
                vec![ill_typed(
                    "level",
                    Expected::NonEmptyString,
                    Found::Number("1".into()),
                )],
            ),
            quarantined(
                at(Section::Contracts, 0, Some("k1")),
                vec![unknown("outlet", RefKind::Outlet, "nhandan", None, true)],
            ),
            quarantined(
                at(Section::Coverage, 0, Some("c1")),
                vec![unknown("contract", RefKind::Contract, "k1", None, true)],
            ),
            quarantined(
                at(Section::Coverage, 1, Some("c2")),
                vec![unknown("outlet", RefKind::Outlet, "nhandan", None, true)],
            ),
        ],
    );
}

#[test]
fn an_item_outside_the_period_is_a_warning() {
    let loaded = load_with(
        "coverage",
        vec![without(
            with(item("c1"), "date", json!("2024-12-31")),
            "contract",
        )],
    );
    assert_warnings(
        &loaded,
        vec![Warning {
            at: at(Section::Coverage, 0, Some("c1")),
            kind: WarningKind::OutOfPeriod {
                date: day("2024-12-31"),
                start: day("2025-01-01"),
                end: day("2025-12-31"),
            },
        }],
    );
    let dataset = loaded.dataset.expect("a dataset");
    assert!(!dataset.items[0].in_period, "kept, out of the period");
}

#[test]
fn an_item_outside_its_contract_term_is_a_warning() {
    let short = with(
        with(contract("k2"), "start", json!("2025-03-01")),
        "end",
        json!("2025-06-30"),
    );
    let file = file_with(
        "coverage",
        vec![
            with(
                with(item("c1"), "contract", json!("k2")),
                "date",
                json!("2025-07-01"),
            ),
            with(
                with(item("c2"), "contract", json!("k2")),
                "date",
                json!("2025-06-30"),
            ),
        ],
    );
    let loaded = load_files(&[append(file, "contracts", vec![short])]);
    assert_warnings(
        &loaded,
        vec![Warning {
            at: at(Section::Coverage, 0, Some("c1")),
            kind: WarningKind::OutsideContractTerm {
                contract: "k2".into(),
                date: day("2025-07-01"),
                start: day("2025-03-01"),
                end: day("2025-06-30"),
            },
        }],
    );
}

#[test]
fn an_outlet_other_than_the_contracts_is_a_warning() {
    let loaded = load_with(
        "coverage",
        vec![with(item("c1"), "outlet", json!("thanhhoa"))],
    );
    assert_warnings(
        &loaded,
        vec![Warning {
            at: at(Section::Coverage, 0, Some("c1")),
            kind: WarningKind::OutletDiffersFromContract {
                outlet: "thanhhoa".into(),
                contract: "k1".into(),
                contract_outlet: "nhandan".into(),
            },
        }],
    );
}

#[test]
fn a_duplicate_url_is_a_warning() {
    let url = json!("https://nhandan.vn/c1");
    let loaded = load_with(
        "coverage",
        vec![
            item("c1"),
            item("c2"),
            with(item("c3"), "url", url.clone()),
            with(item("c4"), "url", url),
            // `""` is no link, never a duplicate.
            with(item("c5"), "url", json!("")),
            with(item("c6"), "url", json!("")),
        ],
    );
    let duplicate = |index, id: &str| Warning {
        at: at(Section::Coverage, index, Some(id)),
        kind: WarningKind::DuplicateUrl {
            url: "https://nhandan.vn/c1".into(),
            first_file: "a.json".into(),
            first_index: 0,
        },
    };
    assert_warnings(&loaded, vec![duplicate(2, "c3"), duplicate(3, "c4")]);
    assert_eq!(loaded.dataset.expect("a dataset").items.len(), 6);
}
