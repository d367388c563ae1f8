//! Runs the golden households of `tests/vectors/eligibility.json` and the identifier vectors of
//! `tests/vectors/identifiers.json` (computed by hand from the articles and LEGAL.md H; the same
//! files serve the WASM, C and Java suites).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::eligibility::{evaluate, Household, Profile};
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    [env!("CARGO_MANIFEST_DIR"), ".."].iter().collect()
}

#[test]
fn golden_households_match_hand_computations() {
    let text = std::fs::read_to_string(root().join("tests/vectors/eligibility.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let profile_text =
        std::fs::read_to_string(root().join(doc["profile"].as_str().unwrap())).unwrap();
    let profile = Profile::from_json(&profile_text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let hh: Household = serde_json::from_value(c["household"].clone())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let date = NaiveDate::parse_from_str(c["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let ev = evaluate(&hh, &profile, date).unwrap_or_else(|e| panic!("{name}: {e}"));
        for (prog, exp) in c["expect"].as_object().unwrap() {
            let d = ev
                .decisions
                .iter()
                .find(|d| d.programme.as_str() == prog)
                .unwrap_or_else(|| panic!("{name}: no {prog} decision"));
            let explain = d.explanation().join("\n");
            assert_eq!(
                d.outcome.as_str(),
                exp["outcome"].as_str().unwrap(),
                "{name} {prog}\n{explain}"
            );
            if let Some(a) = exp.get("amount_fen") {
                assert_eq!(d.amount_fen, a.as_i64(), "{name} {prog} amount\n{explain}");
            }
            if let Some(cov) = exp.get("covered") {
                let want: Vec<usize> = cov
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap() as usize)
                    .collect();
                assert_eq!(d.covered, want, "{name} {prog} covered");
            }
            for r in exp
                .get("failed")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let r = r.as_str().unwrap();
                assert!(
                    d.failed_rules().any(|x| x == r),
                    "{name} {prog}: {r} should fail\n{explain}"
                );
            }
            if let Some(ms) = exp.get("missing").and_then(Value::as_array) {
                let mut want: Vec<&str> = ms.iter().map(|x| x.as_str().unwrap()).collect();
                let mut got: Vec<&str> = d.missing.iter().map(|x| x.field.as_str()).collect();
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "{name} {prog} missing");
            }
            for r in exp
                .get("requirements")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let r = r.as_str().unwrap();
                assert!(
                    d.requirements.iter().any(|x| x.rule == r),
                    "{name} {prog}: requirement {r}"
                );
            }
            // Every finding cites an article.
            assert!(
                d.findings.iter().all(|f| !f.citation.instrument.is_empty()),
                "{name}"
            );
        }
    }
}

#[test]
fn the_embedded_sample_profile_is_the_one_in_examples() {
    let examples =
        std::fs::read_to_string(root().join("examples/data/profile-sample-city.json")).unwrap();
    assert_eq!(examples, minzheng::eligibility::SAMPLE_PROFILE_JSON);
}

#[test]
fn identifier_vectors_decode_as_listed() {
    use minzheng::id::{CreditCode, ResidentId};
    let text = std::fs::read_to_string(root().join("tests/vectors/identifiers.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    for c in doc["cases"].as_array().unwrap() {
        let value = c["value"].as_str().unwrap();
        let valid = c["valid"].as_bool().unwrap();
        match c["kind"].as_str().unwrap() {
            "resident" => match ResidentId::parse(value) {
                Ok(id) => {
                    assert!(valid, "{c}");
                    assert_eq!(id.number(), c["number"].as_str().unwrap());
                    assert_eq!(
                        id.birth_date().to_string(),
                        c["birth_date"].as_str().unwrap()
                    );
                    assert_eq!(serde_json::to_value(id.sex()).unwrap(), c["sex"]);
                    assert_eq!(id.masked(), c["masked"].as_str().unwrap());
                    assert_eq!(id.division_code(), c["division_code"].as_str().unwrap());
                }
                Err(e) => {
                    assert!(!valid, "{c}: {e}");
                    assert_eq!(e.code(), c["error"].as_str().unwrap(), "{c}");
                }
            },
            _ => match CreditCode::parse(value) {
                Ok(code) => {
                    assert!(valid, "{c}");
                    assert_eq!(
                        code.department().to_string(),
                        c["department"].as_str().unwrap()
                    );
                    assert_eq!(code.category().to_string(), c["category"].as_str().unwrap());
                    assert_eq!(code.division_code(), c["division_code"].as_str().unwrap());
                    assert_eq!(
                        code.organisation_code(),
                        c["organisation_code"].as_str().unwrap()
                    );
                    assert_eq!(
                        code.is_civil_affairs(),
                        c["civil_affairs"].as_bool().unwrap()
                    );
                    if let Some(n) = c.get("category_name") {
                        assert_eq!(code.category_name(), n.as_str());
                    }
                }
                Err(e) => {
                    assert!(!valid, "{c}: {e}");
                    assert_eq!(e.code(), c["error"].as_str().unwrap(), "{c}");
                }
            },
        }
    }
}
