//! Tests of the report tables on the conformance dataset `01-small`.

use super::*;
use crate::test_util::{report, small};
use phusong_engine::Filter;
use phusong_model::CoverageItem;

fn cells(row: &Row) -> Vec<&str> {
    row.cells.iter().map(String::as_str).collect()
}

#[test]
fn every_table_in_section_order() {
    let data = small();
    let r = report(&data, &Filter::default());
    let tables = report_tables(&data, &r, Lang::Vi);
    let keys: Vec<&str> = tables.iter().map(|t| t.section.key()).collect();
    assert_eq!(
        keys,
        [
            "themes",
            "months",
            "contracts",
            "deliverables",
            "outlets",
            "formats",
            "tone",
            "events"
        ]
    );
    for t in &tables {
        for row in &t.rows {
            assert_eq!(row.cells.len(), t.columns.len(), "{}", t.section.key());
        }
    }
}

/// Acceptance per format: a row per ordered format of each contract, then its items in
/// formats it did not order; the counted column is capped at the quantity, the rest due is
/// what is missing.
#[test]
fn deliverables_rows() {
    let data = small();
    let r = report(&data, &Filter::default());
    let t = deliverables_table(&data, &r, Lang::Vi);
    let per_contract: usize = r
        .contracts
        .iter()
        .map(|c| c.deliverables.len() + usize::from(c.unordered_items > 0))
        .sum();
    assert_eq!(t.rows.len(), per_contract);
    let first = &r.contracts[0];
    let d = first.deliverables[0];
    assert_eq!(
        cells(&t.rows[0]),
        [
            "01/2024/HĐ-TT",
            "Báo Nhân Dân",
            d.format.label(Lang::Vi),
            &fmt_int(d.quantity),
            &fmt_int(d.delivered),
            &fmt_int(d.delivered.min(d.quantity)),
            &fmt_int(d.quantity.saturating_sub(d.delivered)),
        ]
    );
    // Σ counted over a contract's rows is its delivered; the unordered row says how many.
    for c in &r.contracts {
        let id = &data.contracts[c.contract as usize].id;
        let rows: Vec<&Row> = t.rows.iter().filter(|row| &row.cells[0] == id).collect();
        let counted: u64 = rows
            .iter()
            .map(|row| row.cells[5].replace('.', "").parse::<u64>().unwrap())
            .sum();
        assert_eq!(counted, c.delivered, "{id}");
        if c.unordered_items > 0 {
            let last = rows.last().unwrap();
            assert_eq!(last.cells[2], "Loại sản phẩm không đặt hàng");
            assert_eq!(last.cells[4], fmt_int(c.unordered_items));
        }
    }
    let csv = crate::csv::table_csv(&t);
    assert!(csv.contains("Số hợp đồng,Cơ quan báo chí,Loại sản phẩm,Đặt hàng,Đã thực hiện,Được tính,Còn thiếu\r\n"), "{csv}");
}

#[test]
fn themes_rows() {
    let data = small();
    let r = report(&data, &Filter::default());
    let t = themes_table(&data, &r, Lang::Vi);
    assert_eq!(t.rows.len(), 16);
    assert_eq!(
        cells(&t.rows[0]),
        [
            "1",
            "Lĩnh vực kinh tế, phát triển hạ tầng",
            "34",
            "120",
            "28,3 %"
        ]
    );
    assert_eq!(
        cells(&t.rows[1]),
        [
            "1.1",
            "— Kết quả phát triển kinh tế - xã hội năm 2024",
            "9",
            "30",
            "30 %"
        ]
    );
    let no_target = t.rows.iter().find(|r| r.cells[0] == "3.1").unwrap();
    assert_eq!(cells(no_target)[2..], ["7", "–", "–"]);
    assert_eq!(t.rows[0].filter, Some(RowFilter::Theme(0)));
    assert!(t.columns[4].title.ends_with("(%)"));
}

#[test]
fn contracts_rows() {
    let data = small();
    let r = report(&data, &Filter::default());
    let t = contracts_table(&data, &r, Lang::Vi);
    assert_eq!(
        cells(&t.rows[0]),
        [
            "01/2024/HĐ-TT",
            "Báo Nhân Dân",
            "280.000.000",
            "27",
            "15",
            "55,6 %",
            "100 %",
            "Chậm tiến độ",
            "0",
            "1"
        ]
    );
    assert_eq!(t.rows[0].filter, Some(RowFilter::Contract(0)));
    let en = contracts_table(&data, &r, Lang::En);
    assert_eq!(en.rows[0].cells[7], "Behind pace");
}

#[test]
fn outlets_months_formats_tone_events() {
    let data = small();
    let r = report(&data, &Filter::default());
    let outlets = outlets_table(&data, &r, Lang::Vi);
    assert_eq!(outlets.rows.len(), data.outlets.len());
    let items: Vec<u64> = outlets
        .rows
        .iter()
        .map(|r| r.cells[2].replace('.', "").parse().unwrap())
        .collect();
    assert!(items.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(items.iter().sum::<u64>(), 118);

    let months = months_table(&data, &r, Lang::Vi);
    assert_eq!(months.rows.len(), 12);
    assert_eq!(months.rows[0].cells[0], "01/2024");
    assert_eq!(months.columns.len(), 2 + r.top_themes.len() + 1);
    assert_eq!(months.columns.last().unwrap().title, "Chưa gắn chủ đề");
    assert_eq!(
        months.rows[2].filter,
        Some(RowFilter::Month {
            year: 2024,
            month: 3
        })
    );

    let formats = formats_table(&r, Lang::Vi);
    let sum: u64 = formats
        .rows
        .iter()
        .map(|r| r.cells[1].parse::<u64>().unwrap())
        .sum();
    assert_eq!(sum, 118);

    let tone = tone_table(&r, Lang::Vi);
    assert_eq!(tone.rows.len(), 4);
    assert_eq!(tone.rows[0].cells[0], "Tích cực");
    assert_eq!(tone.rows[3].filter, Some(RowFilter::Tone(None)));

    let events = events_table(&data, &r, Lang::Vi);
    assert_eq!(events.rows.len(), data.plan.events.len());
    assert_eq!(
        events.rows[0].cells[1],
        "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"
    );
    assert_eq!(events.rows[0].cells[0], "07/05/2024");
}

#[test]
fn outlets_without_items_leave_under_a_filter() {
    let data = small();
    let filter = Filter {
        outlets: vec![0],
        ..Filter::default()
    };
    let r = report(&data, &filter);
    let t = outlets_table(&data, &r, Lang::Vi);
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.rows[0].cells[0], "Báo Nhân Dân");
}

#[test]
fn items_page_and_sort() {
    let data = small();
    let r = report(&data, &Filter::default());
    let all = items_table(&data, &r, Lang::Vi, ItemSort::Date(true), 0..usize::MAX);
    assert_eq!(all.rows.len(), 118);
    assert_eq!(all.rows[0].cells[0], "1");
    assert_eq!(all.rows[117].cells[0], "118");
    let page = items_table(&data, &r, Lang::Vi, ItemSort::Date(true), 100..150);
    assert_eq!(page.rows.len(), 18);
    assert_eq!(page.rows[0].cells[0], "101");
    assert_eq!(page.rows[0], all.rows[100]);
    let order = sorted_positions(&data, &r, ItemSort::Date(true));
    assert_eq!(items_page(&data, &order, Lang::Vi, 100..150), page);
    let (start, end) = (500, 400);
    let empty = items_table(&data, &r, Lang::Vi, ItemSort::Date(true), start..end);
    assert!(empty.rows.is_empty());
    let past = items_table(&data, &r, Lang::Vi, ItemSort::Date(true), 110..usize::MAX);
    assert_eq!(past.rows.len(), 8);

    let dates: Vec<_> = sorted_positions(&data, &r, ItemSort::Date(false))
        .iter()
        .map(|&p| data.items[p as usize].date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]));

    let titles: Vec<String> = sorted_positions(&data, &r, ItemSort::Title(true))
        .iter()
        .map(|&p| phusong_engine::search::fold(data.items[p as usize].title()))
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]));

    let reach: Vec<_> = sorted_positions(&data, &r, ItemSort::Reach(false))
        .iter()
        .map(|&p| data.items[p as usize].reach)
        .collect();
    assert!(reach.windows(2).all(|w| w[0] >= w[1]));
    for sort in [
        ItemSort::Outlet(true),
        ItemSort::Format(false),
        ItemSort::Contract(true),
    ] {
        let mut p = sorted_positions(&data, &r, sort);
        p.sort_unstable();
        assert_eq!(p, r.items);
    }
}

#[test]
fn title_sort_ignores_case_and_diacritics() {
    let mut data = small();
    data.items.truncate(3);
    for (item, title) in data
        .items
        .iter_mut()
        .zip(["Đường mới", "ánh sáng", "Bắc Ninh"])
    {
        item.text = item.text.with_title(title);
        item.in_period = true;
    }
    let r = report(&data, &Filter::default());
    let t = items_table(&data, &r, Lang::Vi, ItemSort::Title(true), 0..10);
    let got: Vec<&str> = t.rows.iter().map(|r| r.cells[3].as_str()).collect();
    assert_eq!(got, ["ánh sáng", "Bắc Ninh", "Đường mới"]);
}

fn with_url(url: &str) -> CoverageItem {
    let mut item = small().items.remove(0);
    item.text = item.text.with_url(Some(url));
    item
}

#[test]
fn links_only_for_http() {
    for ok in [
        "https://baothanhhoa.vn/a-1.html",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/x?y=1#z",
        "hTtP://example.com:8080/",
    ] {
        let item = with_url(ok);
        assert_eq!(item_link(&item), Some(ok), "{ok:?}");
    }
    for bad in [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "\u{0001}https://example.com",
        " https://example.com",
        "https://example.com/\n",
        "\u{200B}https://example.com",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "https:example.com",
        "https://",
        "//example.com",
        "ftp://example.com",
        "file:///etc/passwd",
        "https\u{0000}://example.com",
        "",
    ] {
        let item = with_url(bad);
        assert_eq!(item_link(&item), None, "{bad:?}");
    }
    let mut item = with_url("x");
    item.text = item.text.with_url(None);
    assert_eq!(item_link(&item), None);
}

#[test]
fn appendix_rows_carry_safe_links() {
    let mut data = small();
    data.items[0].text = data.items[0].text.with_url(Some("javascript:alert(1)"));
    data.items[1].text = data.items[1].text.with_url(Some("https://example.com/1"));
    let r = report(&data, &Filter::default());
    let t = items_table(&data, &r, Lang::Vi, ItemSort::Date(true), 0..200);
    let by_id = |id: &str| {
        let pos = data.items.iter().position(|i| i.id() == id).unwrap();
        let title = data.items[pos].title();
        t.rows
            .iter()
            .find(|r| r.cells[3] == title)
            .unwrap()
            .link
            .clone()
    };
    if data.items[0].in_period {
        assert_eq!(by_id(data.items[0].id()), None);
    }
    if data.items[1].in_period {
        assert_eq!(
            by_id(data.items[1].id()).as_deref(),
            Some("https://example.com/1")
        );
    }
}
