//! Runs the shared golden vectors of `tests/vectors/` (hand-checked against the notices and the
//! law; the same files serve the WASM, C and Java suites).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::calendar::{Calendar, CalendarError};
use minzheng::deadline::{Catalogue, Clock, Extension, Period, PeriodRule, Status, Suspension};
use minzheng::{Citation, Confidence};
use serde_json::Value;
use std::path::PathBuf;

fn load(name: &str) -> Vec<Value> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "tests", "vectors", name]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap();
    v["cases"].as_array().unwrap().clone()
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
}

#[test]
fn day_kinds_match_the_notices() {
    let cal = Calendar::china();
    let cases = load("calendar_days.json");
    assert!(cases.len() >= 250);
    for c in cases {
        let day = cal.day(date(&c["date"])).unwrap();
        assert_eq!(day.kind.as_str(), c["kind"].as_str().unwrap(), "{c}");
        let name = day.holiday.as_ref().map(|h| h.name.as_str());
        assert_eq!(name, c.get("holiday").and_then(Value::as_str), "{c}");
        assert!(!day.provisional);
    }
}

#[test]
fn add_workdays_matches_hand_counts() {
    let cal = Calendar::china();
    for c in load("calendar_add.json") {
        let got = cal
            .add_workdays(date(&c["date"]), c["n"].as_i64().unwrap())
            .unwrap();
        assert_eq!(got, date(&c["expected"]), "{c}");
    }
}

#[test]
fn workdays_between_matches_hand_counts() {
    let cal = Calendar::china();
    for c in load("calendar_between.json") {
        let got = cal
            .workdays_between(date(&c["from"]), date(&c["to"]))
            .unwrap();
        assert_eq!(i64::from(got), c["expected"].as_i64().unwrap(), "{c}");
    }
}

#[test]
fn bad_queries_give_the_expected_typed_errors() {
    let cal = Calendar::china();
    for c in load("calendar_errors.json") {
        let err = match c["op"].as_str().unwrap() {
            "day" => cal.day(date(&c["date"])).unwrap_err(),
            "add" => {
                // i64 extremes do not fit in f64; read the raw number.
                let n: i64 = c["n"].to_string().parse().unwrap();
                cal.add_workdays(date(&c["date"]), n).unwrap_err()
            }
            "between" => cal
                .workdays_between(date(&c["from"]), date(&c["to"]))
                .unwrap_err(),
            op => panic!("unknown op {op}"),
        };
        assert_eq!(err.code(), c["error"].as_str().unwrap(), "{c}: {err}");
        if let Some(y) = c.get("year").and_then(Value::as_i64) {
            assert_eq!(err, CalendarError::YearNotCovered { year: y as i32 }, "{c}");
        }
        // Every message is bilingual.
        let msg = err.to_string();
        assert!(msg.contains(" / "), "{msg}");
    }
}

#[test]
fn deadlines_match_hand_counts() {
    let cal = Calendar::china();
    let cat = Catalogue::national();
    let cases = load("deadlines.json");
    assert!(cases.len() >= 50);
    for c in cases {
        let sus: Vec<Suspension> = serde_json::from_value(c["suspensions"].clone()).unwrap();
        let ext: Vec<Extension> = serde_json::from_value(c["extensions"].clone()).unwrap();
        let clock = match c.get("period_def") {
            Some(def) => {
                let period: Period = serde_json::from_value(def.clone()).unwrap();
                let basis = Citation::new("民法典", "第二百零二条", Confidence::V1);
                let rule =
                    PeriodRule::new("vector.ad_hoc", "测试期间", "test period", period, basis);
                Clock::new(rule, None, date(&c["start"]))
            }
            None => cat
                .clock(c["period"].as_str().unwrap(), date(&c["start"]))
                .unwrap(),
        }
        .with_suspensions(sus)
        .with_extensions(ext);
        let dl = clock.compute(&cal).unwrap_or_else(|e| panic!("{c}: {e}"));
        assert_eq!(
            dl.due,
            date(&c["expected_due"]),
            "{c}\n{:#?}",
            dl.explanation.lines()
        );
        let answered = c["answered"].as_str().map(|s| date(&Value::from(s)));
        let threshold = c
            .get("due_soon_threshold")
            .and_then(Value::as_u64)
            .unwrap_or(3) as u32;
        let st = dl
            .status(&cal, date(&c["today"]), answered, threshold)
            .unwrap();
        assert_eq!(
            st.as_str(),
            c["expected_status"].as_str().unwrap(),
            "{c}: {st:?}"
        );
        let n = c["expected_workdays"].as_u64().unwrap() as u32;
        let got = match st {
            Status::Running { workdays_left } | Status::DueSoon { workdays_left } => workdays_left,
            Status::DueToday => 0,
            Status::Overdue { workdays, days } => {
                assert_eq!(u64::from(days), c["expected_days"].as_u64().unwrap(), "{c}");
                workdays
            }
            Status::Met {
                workdays_to_spare, ..
            } => workdays_to_spare,
            Status::MetLate { workdays_late, .. } => workdays_late,
        };
        assert_eq!(got, n, "{c}: {st:?}");
    }
}
