//! Disclosure commands on the committed sample year: the committed outputs must be exactly what
//! the code produces. Regenerate them with `MINZHENG_BLESS=1 cargo test -p minzheng-cli`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;

#[test]
fn the_sample_year_is_what_the_generator_produces() {
    let o = run(&[
        "request", "generate", "--year", "2025", "--count", "240", "--seed", "2025",
    ]);
    assert!(o.status.success());
    matches_committed("requests-2025.jsonl", &stdout(&o));
}

#[test]
fn the_committed_annual_report_is_regenerated_identically_in_every_format() {
    let log = data("requests-2025.jsonl");
    let input = data("report-input-2025.json");
    for format in ["json", "md", "csv", "html"] {
        let o = run(&[
            "report", "annual", &log, "--year", "2025", "--input", &input, "--format", format,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        matches_committed(&format!("annual-report-2025.{format}"), &stdout(&o));
    }
}

#[test]
fn every_sample_case_replays() {
    let log = data("requests-2025.jsonl");
    let o = run(&["--json", "request", "replay", &log, "--today", "2025-12-31"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["cases"].as_array().unwrap().len(), 240);
    assert!(v["errors"].as_array().unwrap().is_empty());
}

#[test]
fn the_sample_catalogue_has_no_error_findings() {
    let o = run(&["disclosure", "check", &data("disclosure-catalogue.json")]);
    assert!(o.status.success(), "{}", stdout(&o));
}

#[test]
fn a_broken_catalogue_fails_the_check_with_exit_1() {
    let dir = std::env::temp_dir().join(format!("minzheng-dc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.json");
    std::fs::write(
        &p,
        r#"{"office": "x", "entries": [{"id": "1", "category": "社会救助", "subcategory": "城乡低保",
            "title": "低保标准", "responsible_unit": "市社会救助局", "attribute": "on_request", "article20_item": 11}]}"#,
    )
    .unwrap();
    let o = run(&["disclosure", "check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("DC003"));
}

#[test]
fn timeliness_reports_each_record() {
    let o = run(&[
        "disclosure",
        "timeliness",
        &data("review-records-2025.json"),
        "--today",
        "2025-12-31",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("逾期 1 个工作日"), "{out}");
    assert!(out.contains("已超期 3 个工作日"), "{out}");
}

#[test]
fn replay_of_one_case_shows_due_date_and_explanation() {
    let o = run(&[
        "request",
        "replay",
        &data("requests-2025.jsonl"),
        "--case",
        "2025-000008",
        "--today",
        "2025-12-31",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("答复期限 / reply due"), "{out}");
    assert!(out.contains("自 "), "{out}");
}
