//! Runs the golden request cases of `tests/vectors/disclosure_cases.json`, each counted by hand
//! from 政府信息公开条例 and the official calendar (the count is in each case's `note`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::calendar::Calendar;
use minzheng::deadline::{Catalogue, Status};
use minzheng::disclosure::{parse_log, CaseState, Replayer};
use serde_json::Value;
use std::path::PathBuf;

fn load() -> Vec<Value> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "tests",
        "vectors",
        "disclosure_cases.json",
    ]
    .iter()
    .collect();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert!(v["description"].as_str().is_some_and(|d| !d.is_empty()));
    v["cases"].as_array().unwrap().clone()
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
}

fn state_name(s: CaseState) -> &'static str {
    match s {
        CaseState::Open => "open",
        CaseState::AwaitingCorrection => "awaiting_correction",
        CaseState::Consulting => "consulting",
        CaseState::AwaitingFee => "awaiting_fee",
        CaseState::Closed => "closed",
        other => panic!("a state the vectors do not know: {other:?}"),
    }
}

fn status_workdays(s: &Status) -> u32 {
    match s {
        Status::Running { workdays_left } | Status::DueSoon { workdays_left } => *workdays_left,
        Status::DueToday => 0,
        Status::Overdue { workdays, .. } => *workdays,
        Status::Met {
            workdays_to_spare, ..
        } => *workdays_to_spare,
        Status::MetLate { workdays_late, .. } => *workdays_late,
    }
}

#[test]
fn golden_request_cases_match_the_hand_count() {
    let cases = load();
    assert!(cases.len() >= 25, "expected the full set of golden cases");
    let (cal, periods) = (Calendar::china(), Catalogue::national());
    let r = Replayer::new(&cal, &periods);
    let mut failures = Vec::new();
    for c in &cases {
        let name = c["name"].as_str().unwrap();
        assert!(
            c["note"].as_str().is_some_and(|n| n.len() > 20),
            "{name}: every case explains its count"
        );
        // The events go through the JSON Lines parser, as a real log would.
        let log: String = c["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| serde_json::to_string(e).unwrap() + "\n")
            .collect();
        let events = parse_log(&log).unwrap_or_else(|e| panic!("{name}: {e}"));
        let case = r.replay(&events).unwrap_or_else(|e| panic!("{name}: {e}"));
        let today = date(&c["today"]);
        let report = r
            .report(&case, today)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut check = |what: &str, got: String, want: String| {
            if got != want {
                failures.push(format!("{name}: {what}: got {got}, want {want}"));
            }
        };
        check(
            "state",
            state_name(report.state).to_owned(),
            c["expected_state"].as_str().unwrap().to_owned(),
        );
        check(
            "due",
            format!("{:?}", report.deadline.as_ref().map(|d| d.due)),
            format!(
                "{:?}",
                c["expected_due"].as_str().map(|_| date(&c["expected_due"]))
            ),
        );
        check(
            "status",
            format!("{:?}", report.status.as_ref().map(|s| s.as_str())),
            format!("{:?}", c["expected_status"].as_str()),
        );
        if let Some(w) = c.get("expected_workdays") {
            check(
                "workdays",
                format!("{:?}", report.status.as_ref().map(status_workdays)),
                format!("{:?}", w.as_u64().map(|w| u32::try_from(w).unwrap())),
            );
        }
        if let Some(d) = c.get("expected_receipt") {
            check("receipt", case.receipt.to_string(), date(d).to_string());
        }
        if let Some(d) = c.get("expected_clock_start") {
            check(
                "clock_start",
                case.clock_start.to_string(),
                date(d).to_string(),
            );
        }
        match c.get("expected_closure") {
            Some(want) => {
                let got = report.closure.map(|(d, k)| {
                    let mut v = serde_json::to_value(k).unwrap();
                    v["date"] = Value::String(d.to_string());
                    v
                });
                check(
                    "closure",
                    format!("{got:?}"),
                    format!("{:?}", Some(want.clone())),
                );
            }
            None if report.state != CaseState::Closed => {
                check(
                    "closure",
                    format!("{:?}", report.closure),
                    "None".to_owned(),
                );
            }
            None => {}
        }
        let notes: Vec<&str> = report.notes.iter().map(|n| n.code).collect();
        let want: Vec<&str> = c["expected_notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        check("notes", format!("{notes:?}"), format!("{want:?}"));
        // Every note is bilingual and cites its rule.
        for n in &report.notes {
            assert!(!n.zh.is_empty() && !n.en.is_empty(), "{name}: {n:?}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_cases_have_unique_names_and_cover_every_state() {
    let cases = load();
    let mut names: Vec<&str> = cases.iter().map(|c| c["name"].as_str().unwrap()).collect();
    names.sort_unstable();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n, "duplicate case names");
    for state in [
        "open",
        "awaiting_correction",
        "consulting",
        "awaiting_fee",
        "closed",
    ] {
        assert!(
            cases.iter().any(|c| c["expected_state"] == state),
            "no golden case ends in {state}"
        );
    }
    for code in ["RQ001", "RQ002", "RQ003", "RQ004", "RQ005"] {
        assert!(
            cases.iter().any(|c| c["expected_notes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n == code)),
            "no golden case expects {code}"
        );
    }
}
