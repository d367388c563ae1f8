//! Runs the golden social-assistance cases of `tests/vectors/assistance_cases.json`, each counted
//! by hand against the articles and the official calendar (the count is in `hand_count`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::assistance::{AssistanceEvent, Procedure};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use serde_json::Value;
use std::path::PathBuf;

fn load() -> Vec<Value> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "tests",
        "vectors",
        "assistance_cases.json",
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

#[test]
fn every_golden_case_matches_its_hand_count() {
    let cal = Calendar::china();
    let national = Catalogue::national();
    let cases = load();
    assert!(cases.len() >= 10);
    for c in &cases {
        let name = c["name"].as_str().unwrap();
        assert!(!c["hand_count"].as_array().unwrap().is_empty(), "{name}");
        let cat = match c.get("overrides") {
            Some(o) => national.with_overrides_json(&o.to_string()).unwrap(),
            None => national.clone(),
        };
        let p = Procedure::new(&cal, &cat);
        let events: Vec<AssistanceEvent> =
            serde_json::from_value(c["log"].clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let case = match c.get("refused_at").and_then(Value::as_u64) {
            Some(i) => {
                let i = usize::try_from(i).unwrap();
                let mut case = p
                    .replay(&events[..i])
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                let before = case.clone();
                let err = p.apply(&mut case, &events[i]).expect_err(name);
                assert_eq!(err.code(), "event_refused", "{name}: {err}");
                assert_eq!(case, before, "{name}: a refused event changed the case");
                case
            }
            None => p.replay(&events).unwrap_or_else(|e| panic!("{name}: {e}")),
        };
        let expect = &c["expect"];
        assert_eq!(
            serde_json::to_value(case.state).unwrap(),
            expect["state"],
            "{name}: state"
        );
        if let Some(m) = expect.get("first_month") {
            assert_eq!(case.first_month, Some(date(m)), "{name}: first month");
        }
        let timings = p.timings(&case).unwrap();
        let got: Vec<Value> = timings
            .iter()
            .map(|t| {
                serde_json::json!({
                    "step": t.step.as_str(),
                    "due": t.due.to_string(),
                    "done": t.done.map(|d| d.to_string()),
                })
            })
            .collect();
        assert_eq!(&Value::Array(got), &expect["timings"], "{name}: timings");
        let today = date(&c["today"]);
        if let Some(first) = c.get("pending_first") {
            let pending = p.pending(&case, today, 3).unwrap();
            let (t, w) = &pending[0];
            assert_eq!(t.step.as_str(), first["step"].as_str().unwrap(), "{name}");
            assert_eq!(w.as_str(), first["watch"].as_str().unwrap(), "{name}");
        }
        // Every explanation names its rules with their confidence.
        let lines = p.explain(&case, today).unwrap();
        for t in &timings {
            assert!(
                lines
                    .iter()
                    .any(|l| l.contains(&t.name) && l.contains(t.basis.confidence.tag())),
                "{name}: {t:?} not explained in {lines:?}"
            );
        }
    }
}
