//! Window commands on the committed sample (6,000 cases over the sample power list). Regenerate
//! the committed outputs with `MINZHENG_BLESS=1 cargo test -p minzheng-cli`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;

#[test]
fn the_sample_cases_are_what_the_generator_produces_over_the_sample_power_list() {
    let o = run(&[
        "window",
        "generate",
        "--items",
        &data("power-list.json"),
        "--year",
        "2025",
        "--count",
        "6000",
        "--seed",
        "2025",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    matches_committed("window-cases-2025.jsonl", &stdout(&o));
}

#[test]
fn the_committed_statistics_page_is_regenerated_identically() {
    let o = run(&[
        "window",
        "stats",
        &data("window-cases-2025.jsonl"),
        "--items",
        &data("power-list.json"),
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--format",
        "html",
        "--office",
        "示例市民政局",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    matches_committed("window-stats-2025.html", &stdout(&o));
}

#[test]
fn statistics_as_json_add_up_across_groupings() {
    let o = run(&[
        "--json",
        "window",
        "stats",
        &data("window-cases-2025.jsonl"),
        "--items",
        &data("power-list.json"),
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let total = v["overall"]["received"].as_u64().unwrap();
    assert_eq!(total, 6000);
    for group in ["by_item", "by_unit", "by_category"] {
        let sum: u64 = v[group]
            .as_object()
            .unwrap()
            .values()
            .map(|g| g["received"].as_u64().unwrap())
            .sum();
        assert_eq!(sum, total, "{group}");
    }
    let monthly: u64 = v["monthly"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["received"].as_u64().unwrap())
        .sum();
    assert_eq!(monthly, total);
}

#[test]
fn supervision_lists_open_cases_most_urgent_first() {
    let o = run(&[
        "window",
        "supervise",
        &data("window-cases-2025.jsonl"),
        "--items",
        &data("power-list.json"),
        "--today",
        "2025-12-31",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("overdue\t"), "{first}");
    assert!(out.lines().last().unwrap().contains("open"));
}

#[test]
fn a_notice_is_filled_for_a_sample_case() {
    let cases = std::fs::read_to_string(data("window-cases-2025.jsonl")).unwrap();
    let refused = cases
        .lines()
        .find(|l| l.contains("\"type\":\"refused\""))
        .unwrap();
    let case: serde_json::Value = serde_json::from_str(refused).unwrap();
    let id = case["case"].as_str().unwrap();
    let o = run(&[
        "window",
        "notice",
        &data("window-cases-2025.jsonl"),
        "--items",
        &data("power-list.json"),
        "--case",
        id,
        "--kind",
        "non-acceptance",
        "--format",
        "html",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = stdout(&o);
    assert!(html.contains("<h1>不予受理通知书</h1>"), "{html}");
    assert!(html.contains("申请事项不属于本机关职权范围"));
    // A grant notice for a case that was not accepted cannot be produced.
    let o = run(&[
        "window",
        "notice",
        &data("window-cases-2025.jsonl"),
        "--items",
        &data("power-list.json"),
        "--case",
        id,
        "--kind",
        "grant",
    ]);
    assert!(!o.status.success());
}

#[test]
fn replay_shows_each_case_and_its_clock() {
    let dir = std::env::temp_dir().join(format!("minzheng-window-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("one.jsonl");
    std::fs::write(&log, concat!(
        "{\"case\":\"W1\",\"date\":\"2025-09-26\",\"type\":\"received\",\"item\":\"MZ-XK-004\",\"applicant\":\"张三\"}\n",
        "{\"case\":\"W1\",\"date\":\"2025-10-13\",\"type\":\"correction_requested\",\"missing\":[\"",
    )).unwrap();
    // Complete the log with a material of the item.
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("power-list.json")).unwrap()).unwrap();
    let item = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "MZ-XK-004")
        .unwrap();
    let material = item["materials"][0]["name"].as_str().unwrap();
    let mut text = std::fs::read_to_string(&log).unwrap();
    text.push_str(material);
    text.push_str("\"]}\n");
    std::fs::write(&log, text).unwrap();
    let o = run(&[
        "window",
        "replay",
        log.to_str().unwrap(),
        "--items",
        &data("power-list.json"),
        "--today",
        "2025-10-14",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    // Notified after the 5-wd limit (10-10): accepted on receipt (行政许可法 第三十二条).
    assert!(out.contains("WN001"), "{out}");
}
