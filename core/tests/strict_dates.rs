//! Every face reads dates the same way: JSON models are as strict as form fields and CSV cells
//! (`dates::parse_date`), so `2026-9-5` is refused everywhere rather than accepted by one face.

#![allow(clippy::unwrap_used)]

use minzheng::errors::{Coded, ErrorCode};

#[test]
fn a_request_log_with_a_loose_date_is_refused_naming_the_line() {
    let good = r#"{"case":"2025-000001","date":"2025-06-03","type":"received","channel":"in_person","applicant":"natural_person","subject":"x"}"#;
    assert!(minzheng::disclosure::parse_log(good).is_ok());
    let loose = good.replace("2025-06-03", "2025-6-3");
    let err = minzheng::disclosure::parse_log(&loose).unwrap_err();
    assert_eq!(err.error_code(), ErrorCode::EventBadEvent);
    assert!(
        err.en().contains("line 1") && err.en().contains("2025-6-3"),
        "{}",
        err.en()
    );
}

#[test]
fn a_household_with_an_impossible_application_date_is_refused() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/eligibility.json"
    ))
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut household = v["cases"][0]["household"].clone();
    let ok = minzheng::eligibility::Household::from_json(&household.to_string());
    assert!(ok.is_ok(), "{ok:?}");
    for bad in ["2026-6-1", "2026-02-30", "2026/06/01"] {
        household["application_date"] = serde_json::Value::from(bad);
        let err = minzheng::eligibility::Household::from_json(&household.to_string()).unwrap_err();
        assert_eq!(err.error_code(), ErrorCode::EligibilityJson, "{bad}");
        assert!(err.en().contains(bad), "{}", err.en());
    }
}

#[test]
fn a_suspension_with_a_loose_date_is_refused() {
    let ok: Result<minzheng::deadline::Suspension, _> =
        serde_json::from_str(r#"{"from": "2026-09-28", "to": "2026-10-16", "reason": "x"}"#);
    assert!(ok.is_ok());
    let bad: Result<minzheng::deadline::Suspension, _> =
        serde_json::from_str(r#"{"from": "2026-9-28", "to": "2026-10-16", "reason": "x"}"#);
    assert!(bad.is_err());
}
