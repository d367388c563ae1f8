//! Assistance commands on the committed synthetic year (2,500 cases across every programme).
//! Regenerate the committed sample with `MINZHENG_BLESS=1 cargo test -p minzheng-cli`.
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
        "assistance",
        "generate",
        "--year",
        "2025",
        "--count",
        "2500",
        "--seed",
        "2025",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    assert!(out.lines().count() > 2500 * 5);
    matches_committed("assistance-cases-2025.jsonl", &out);
}

#[test]
fn supervision_lists_overdue_cases_first_with_timeliness_per_township() {
    let o = run(&[
        "--json",
        "assistance",
        "supervise",
        &data("assistance-cases-2025.jsonl"),
        "--today",
        "2025-12-31",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows[0]["watch"]["watch"], "overdue");
    assert!(v["timeliness"].as_array().unwrap().len() >= 6 * 5);
}

#[test]
fn a_refusal_notice_and_the_registers_come_from_the_log() {
    let log = data("assistance-cases-2025.jsonl");
    let refusals = run(&[
        "assistance",
        "register",
        "refusals",
        &log,
        "--today",
        "2025-12-31",
    ]);
    assert!(refusals.status.success());
    let text = stdout(&refusals);
    let refused = text
        .lines()
        .skip(1)
        .find(|l| l.starts_with("dibao-") && l.contains(",late,"))
        .unwrap_or_else(|| panic!("{text}"));
    let case = refused.split(',').next().unwrap();
    let o = run(&[
        "assistance",
        "notice",
        &log,
        "--case",
        case,
        "--kind",
        "refusal",
        "--date",
        "2025-12-31",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let n = stdout(&o);
    assert!(
        n.contains("不予确认通知书") && n.contains("六十日内") && n.contains("六个月内"),
        "{n}"
    );
    let rel = run(&[
        "assistance",
        "register",
        "relatives",
        &log,
        "--today",
        "2025-12-31",
    ]);
    assert!(stdout(&rel).lines().count() > 20);
}

#[test]
fn county_figures_roll_up_to_the_province_with_the_same_totals() {
    let log = data("assistance-cases-2025.jsonl");
    let total = |level: &str| {
        let o = run(&[
            "--json",
            "assistance",
            "figures",
            &log,
            "--month",
            "2025-11",
            "--level",
            level,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let rows = v["rows"].as_array().unwrap().clone();
        let sum: i64 = rows.iter().map(|r| r["amount_fen"].as_i64().unwrap()).sum();
        (rows.len(), sum)
    };
    let (county_rows, county) = total("county");
    let (province_rows, province) = total("province");
    assert!(county > 0 && county == province);
    assert!(province_rows < county_rows);
}
