//! A load whose last part a "worker" checked (here, the same thread) is the load of one
//! pass, whatever the split, the records and the answer.

use super::{check_part_job, record_start, Job, LOOK_BEHIND};
use crate::filling::FillingBuffer;
use crate::load::{load, Loading, SourceFile};
use std::sync::Arc;

fn case(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = format!(
        "{}/../../tests/fixtures/conformance/valid/{dir}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).expect("fixture")))
        .collect()
}

fn one_pass(files: &[(String, Vec<u8>)]) -> String {
    let sources = files.iter().map(|(name, bytes)| SourceFile { name, bytes });
    format!("{:?}", load(sources))
}

/// Loads `files` in steps of `budget`, the last file's coverage from `fraction` of it on
/// checked by [`check_part_job`] (its answer passed through `mangle`); the load, and whether
/// the answer was taken (`None`: the load never stopped for it).
fn split_load(
    files: &[(String, Vec<u8>)],
    fraction: f64,
    budget: usize,
    share: bool,
    mangle: &dyn Fn(Vec<u8>) -> Option<Vec<u8>>,
) -> (String, Option<bool>) {
    let buffers: Vec<_> = files
        .iter()
        .map(|(_, b)| Arc::new(FillingBuffer::from_vec(b.clone())))
        .collect();
    let sources = files
        .iter()
        .zip(&buffers)
        .map(|((name, _), b)| SourceFile {
            name,
            bytes: b.filled(),
        })
        .collect();
    let mut loading = Loading::new(sources);
    if share {
        for (i, b) in buffers.iter().enumerate() {
            loading.share(i, Arc::clone(b));
        }
    }
    let last = files.len() - 1;
    let bytes = &files[last].1;
    let (mut asked, mut answer, mut taken) = (false, None, None);
    while !loading.step(budget) {
        if let Some(start) = loading.coverage_start().filter(|_| !asked) {
            let from = start + ((bytes.len() as u64 - start) as f64 * fraction) as u64;
            asked = true;
            if loading.split_at(from) {
                let from = from - LOOK_BEHIND;
                let job = Job {
                    earlier: files[..last]
                        .iter()
                        .map(|(n, b)| (n.as_str(), b.as_slice()))
                        .collect(),
                    name: &files[last].0,
                    head: &bytes[..start as usize],
                    from,
                    tail: &bytes[from as usize..],
                };
                answer = mangle(check_part_job(&job.to_bytes()));
            }
        }
        if loading.paused() {
            assert!(taken.is_none(), "stopped twice");
            taken = Some(loading.take_part(answer.as_deref()));
        }
    }
    (format!("{:?}", loading.finish()), taken)
}

const FRACTIONS: [f64; 8] = [0.0, 0.05, 0.3, 0.5, 0.502, 0.504, 0.77, 0.999];

fn same_load_every_way(files: &[(String, Vec<u8>)], what: &str) -> usize {
    let expected = one_pass(files);
    let mut taken = 0;
    for fraction in FRACTIONS {
        for budget in [2, 40] {
            for share in [true, false] {
                let (got, took) = split_load(files, fraction, budget, share, &Some);
                assert_eq!(got, expected, "{what}: from {fraction}, budget {budget}");
                taken += usize::from(took == Some(true));
            }
        }
    }
    taken
}

#[test]
fn the_fixtures_load_the_same_split_anywhere() {
    for dir in ["01-small", "02-split-with-bad-records", "03-settled-edges"] {
        let taken = same_load_every_way(&case(dir), dir);
        // 03's last file has no coverage records: nothing to split.
        assert_eq!(
            taken > 0,
            dir != "03-settled-edges",
            "{dir}: taken {taken} times"
        );
    }
}

/// The last file of 01-small with `records` added at the end of its coverage.
fn with_records(records: &[String]) -> Vec<(String, Vec<u8>)> {
    let mut files = case("01-small");
    let text = String::from_utf8(files[0].1.clone()).expect("utf-8");
    // The coverage is the last key: its last record ends at the last `}` before the `]`.
    let close = text.rfind(']').expect("end of coverage");
    let end = text[..close].rfind('}').expect("a record") + 1;
    let added: String = records.iter().map(|r| format!(",\n  {r}")).collect();
    files[0].1 = format!("{}{added}{}", &text[..end], &text[end..]).into_bytes();
    files
}

/// The first coverage record of 01-small, with `id`, `url` and `title` changed.
fn record(id: &str, url: &str, title: &str) -> String {
    let text = String::from_utf8(case("01-small")[0].1.clone()).expect("utf-8");
    let cov = text.find("\"coverage\"").expect("coverage");
    let start = cov + text[cov..].find('{').expect("a record");
    let end = start + text[start..].find('}').expect("flat record") + 1;
    let value: serde_json::Value = serde_json::from_str(&text[start..end]).expect("a record");
    let mut map = value.as_object().expect("object").clone();
    map.insert("id".into(), id.into());
    map.insert("url".into(), url.into());
    map.insert("title".into(), title.into());
    serde_json::Value::Object(map).to_string()
}

#[test]
fn ids_and_links_seen_before_the_split_are_told_as_in_one_pass() {
    let many = |n: usize, tag: &str| -> Vec<String> {
        (0..n)
            .map(|i| {
                record(
                    &format!("{tag}-{i}"),
                    &format!("https://x.vn/{tag}/{i}"),
                    "Tin",
                )
            })
            .collect()
    };
    let mut records = many(60, "a");
    // Late duplicates of early ids and links, and of each other; a quarantined record
    // whose id comes again later; texts with escapes and in NFD (copied, not in place).
    records.push(record("a-3", "https://x.vn/new/1", "Trùng id"));
    records.push(record("b-1", "https://x.vn/a/5", "Trùng link"));
    records.push(record(
        "b-2",
        "https://x.vn/b/2",
        "Tin \\\"trích\\\" \\u0041",
    ));
    records.push(record("b-3", "https://x.vn/b/3", "Thanh Hoa\u{301}"));
    records.push(record("b-2", "https://x.vn/b/2", "Trùng cả hai"));
    records.push(r#"{"id": "b-4", "outlet": "khong-co"}"#.to_owned());
    records.push(record("b-4", "https://x.vn/b/4", "Sau bản bị cách ly"));
    records.extend(many(60, "c"));
    records.push(record("c-59", "https://x.vn/a/59", "Trùng ở cuối"));
    let files = with_records(&records);
    assert!(same_load_every_way(&files, "duplicates") > 0);
}

#[test]
fn strings_that_look_like_record_starts_do_not_split_a_record() {
    // Record starts inside strings and nested objects: the worker may start there; the
    // page's parser does not confirm it, and the load reads on.
    let tricky = [
        record("t-1", "https://x.vn/t/1", "}, {\"id\": \"gia\"} , {"),
        r#"{"id": "t-2", "ghi_chu": [{"a": 1}, {"b": {"c": 2}}], "title": "x"}"#.to_owned(),
    ];
    let mut records: Vec<String> = (0..40)
        .map(|i| record(&format!("p-{i}"), &format!("https://x.vn/p/{i}"), "Tin"))
        .collect();
    for i in 0..40 {
        records.insert(i * 2, tricky[i % 2].replace("t-", &format!("t{i}-")));
    }
    let files = with_records(&records);
    same_load_every_way(&files, "tricky strings");
}

#[test]
fn a_byte_order_mark_and_crlf_lines_change_nothing() {
    let records: Vec<String> = (0..80)
        .map(|i| record(&format!("m-{i}"), &format!("https://x.vn/m/{i}"), "Tin"))
        .collect();
    let mut files = with_records(&records);
    let text = String::from_utf8(files[0].1.clone()).expect("utf-8");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(text.replace('\n', "\r\n").into_bytes());
    files[0].1 = bytes;
    assert!(same_load_every_way(&files, "bom") > 0);
}

#[test]
fn a_bad_or_missing_answer_is_declined_and_the_load_is_the_same() {
    let records: Vec<String> = (0..80)
        .map(|i| record(&format!("m-{i}"), &format!("https://x.vn/m/{i}"), "Tin"))
        .collect();
    let files = with_records(&records);
    let expected = one_pass(&files);
    let cut = |a: Vec<u8>| Some(a[..a.len() / 2].to_vec());
    let none = |_| None;
    let empty = |_| Some(Vec::new());
    let extra = |mut a: Vec<u8>| {
        a.push(0);
        Some(a)
    };
    // Another start than the page's: the part is not the one the page stopped at.
    let moved = |mut a: Vec<u8>| {
        a[4] ^= 1;
        Some(a)
    };
    let manglers: [&dyn Fn(Vec<u8>) -> Option<Vec<u8>>; 5] = [&cut, &none, &empty, &extra, &moved];
    for (k, mangle) in manglers.into_iter().enumerate() {
        for fraction in [0.2, 0.6] {
            let (got, taken) = split_load(&files, fraction, 3, true, mangle);
            assert_eq!(taken, Some(false), "mangler {k}");
            assert_eq!(got, expected, "mangler {k}");
        }
    }
}

#[test]
fn any_byte_changed_in_an_answer_never_panics() {
    let records: Vec<String> = (0..20)
        .map(|i| record(&format!("m-{i}"), &format!("https://x.vn/m/{i}"), "Tin"))
        .collect();
    let files = with_records(&records);
    let (_, taken) = split_load(&files, 0.5, 3, true, &Some);
    assert_eq!(taken, Some(true));
    for at in (0..4000).step_by(7) {
        for bits in [1u8, 0x80, 0xFF] {
            let flip = move |mut a: Vec<u8>| {
                if let Some(b) = a.get_mut(at) {
                    *b ^= bits;
                }
                Some(a)
            };
            let _ = split_load(&files, 0.5, 3, true, &flip);
        }
    }
}

#[test]
fn a_job_that_is_not_one_gets_an_empty_answer() {
    assert!(check_part_job(b"").is_empty());
    assert!(check_part_job(b"PSJ1\x00\x00").is_empty());
    let job = Job {
        earlier: vec![],
        name: "a.json",
        head: b"{\"coverage\": [",
        from: 14,
        tail: b"{\"id\": 1}]}",
    };
    // No `},{` in the tail: no record start to begin at.
    assert!(check_part_job(&job.to_bytes()).is_empty());
}

#[test]
fn record_starts_are_found_after_a_comma_after_a_brace() {
    assert_eq!(record_start(b"x\"}, {\"id\"", 0), Some(5));
    assert_eq!(record_start(b"},\r\n\t{", 0), Some(5));
    assert_eq!(record_start(b"{\"a\": {}, {", 0), Some(10));
    // From a given byte on, what is before it looked at too.
    assert_eq!(record_start(b"}, {}, {", 3), Some(3));
    assert_eq!(record_start(b"}, {}, {", 4), Some(7));
    assert_eq!(record_start(b"\"a\", {", 0), None);
    assert_eq!(record_start(b"}{", 0), None);
    assert_eq!(record_start(b"", 0), None);
}
