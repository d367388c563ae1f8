//! The `checks`, `divisions` and `organisation_codes` sections of
//! `tests/vectors/identifiers.json` (hand-checked; the `cases` section is read by
//! `eligibility_vectors.rs` and by the C and Java faces).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use chrono::NaiveDate;
use minzheng::id::{check, organisation_check_char};
use serde_json::Value;
use std::collections::BTreeSet;

fn vectors() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/identifiers.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn codes(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}

#[cfg(feature = "divisions")]
#[test]
fn checks_give_the_listed_kind_refusal_facts_and_warnings() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let doc = vectors();
    let cases = doc["checks"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for c in cases {
        let value = c["value"].as_str().unwrap();
        let r = check(value, today);
        let got = serde_json::to_value(&r).unwrap();
        assert_eq!(got["kind"], c["kind"], "{c}");
        assert_eq!(got["valid"], c["valid"], "{c}");
        if let Some(e) = c.get("error") {
            assert_eq!(&got["error"]["code"], e, "{c}");
            let zh = got["error"]["zh"].as_str().unwrap();
            let en = got["error"]["en"].as_str().unwrap();
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{c}");
            assert!(
                !zh.contains(value) && !en.contains(value),
                "{c}: number in clear"
            );
        }
        for key in ["could_be", "number"] {
            if let Some(v) = c.get(key) {
                assert_eq!(&got[key], v, "{key}: {c}");
            }
        }
        for key in ["warnings", "notes"] {
            if let Some(v) = c.get(key) {
                let listed = codes(v);
                let found: BTreeSet<String> = got[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|w| w["code"].as_str().unwrap().to_owned())
                    .collect();
                assert_eq!(found, listed, "{key}: {c}");
            }
        }
        let facts = if got["resident"].is_object() {
            &got["resident"]
        } else {
            &got["credit"]
        };
        if let Some(d) = c.get("division") {
            let name = &facts["division"]["full_name"];
            assert_eq!(if name.is_null() { &Value::Null } else { name }, d, "{c}");
        }
        for key in [
            "age",
            "sex",
            "holder",
            "department_name",
            "category_name",
            "organisation_code_checks",
        ] {
            if let Some(v) = c.get(key) {
                assert_eq!(&facts[key], v, "{key}: {c}");
            }
        }
    }
}

#[cfg(feature = "divisions")]
#[test]
fn divisions_are_named_as_listed() {
    let t = minzheng::division::DivisionTable::embedded();
    for c in vectors()["divisions"].as_array().unwrap() {
        let code = c["code"].as_str().unwrap();
        match t.lookup(code) {
            None => assert!(c["full_name"].is_null(), "{c}"),
            Some(d) => {
                let got = serde_json::to_value(&d).unwrap();
                for key in [
                    "full_name",
                    "first_year",
                    "last_year",
                    "current",
                    "successor",
                ] {
                    assert_eq!(&got[key], &c[key], "{key}: {c}");
                }
            }
        }
    }
}

#[test]
fn organisation_check_characters_are_as_listed() {
    for c in vectors()["organisation_codes"].as_array().unwrap() {
        let body = c["body"].as_str().unwrap();
        let check = c["check"].as_str().unwrap().chars().next();
        assert_eq!(organisation_check_char(body), check, "{c}");
    }
}
