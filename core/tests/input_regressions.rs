//! Defects found by the bad-input corpus (tests/bad-inputs/cases.json) and the fuzzers, each
//! pinned by the smallest input that showed it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use minzheng::calendar::{Calendar, CalendarError, DataProblem, LoadMode};
use minzheng::eligibility::{EligibilityError, Profile, ProfileProblem};

/// A misspelled key of a calendar data file was skipped: `makeup_workday` for
/// `makeup_workdays` loaded the year without its make-up working days (2027-09-26 counted as a
/// rest day). Unknown keys are now refused, and nothing is loaded.
#[test]
fn a_misspelled_key_in_calendar_data_is_refused() {
    let file = r#"{"years": {"2027": {"notice": "样例", "holidays": [
        {"name": "国庆节", "days_off": ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04",
         "2027-10-05", "2027-10-06", "2027-10-07"], "makeup_workday": ["2027-09-26", "2027-10-09"]}]}}}"#;
    let mut cal = Calendar::china();
    let Err(CalendarError::InvalidData { problems }) = cal.load_json(file, LoadMode::AddOnly)
    else {
        panic!("accepted")
    };
    assert!(
        matches!(problems.as_slice(), [DataProblem::Json { message, .. }] if message.contains("makeup_workday")),
        "{problems:?}"
    );
    assert!(!cal.covers_year(2027));
    // The same file spelled right loads, and the make-up day is a working day.
    cal.load_json(
        &file.replace("makeup_workday", "makeup_workdays"),
        LoadMode::AddOnly,
    )
    .unwrap();
    let sunday = chrono::NaiveDate::from_ymd_opt(2027, 9, 26).unwrap();
    assert!(cal.is_workday(sunday).unwrap());
}

/// An overlay with `rest_day` for `rest_days` was an overlay of no days.
#[test]
fn a_misspelled_key_in_an_overlay_is_refused() {
    let mut cal = Calendar::china();
    let r = cal.add_overlay_json(
        r#"{"name": "示例州", "rest_day": [{"date": "2026-03-03", "name": "三月三"}]}"#,
    );
    assert!(matches!(r, Err(CalendarError::InvalidData { .. })), "{r:?}");
    assert!(cal.overlays().is_empty());
}

/// A negative 特困 care standard (`tekun_care.self_care_fen: -10000`) passed validation.
#[test]
fn a_negative_care_standard_is_refused() {
    let sample = include_str!("../../examples/data/profile-sample-city.json");
    let json = sample.replacen("\"self_care_fen\": 10000", "\"self_care_fen\": -10000", 1);
    assert_ne!(
        json, sample,
        "the sample's care standard moved: update this test"
    );
    let Err(EligibilityError::InvalidProfile { problems }) = Profile::from_json(&json) else {
        panic!("accepted")
    };
    assert!(problems.iter().any(
        |p| matches!(p, ProfileProblem::NotPositive { field, .. } if field == "tekun_care.self_care_fen")
    ));
    // 0 is a standard a locality may set for a self-caring person.
    let zero = sample.replacen("\"self_care_fen\": 10000", "\"self_care_fen\": 0", 1);
    assert!(Profile::from_json(&zero).unwrap().validated().is_ok());
}

/// A household with `incme` for a member's `income` was evaluated as if the member earned
/// nothing (3,000 yuan of wages dropped from the sample household); `asets` for `assets` as if
/// it owned nothing. Unknown keys of a household and of a member are now refused.
#[test]
fn a_misspelled_key_in_a_household_is_refused() {
    use minzheng::eligibility::Household;
    let sample = include_str!("../../examples/data/household-sample.json");
    assert!(Household::from_json(sample).is_ok());
    for (from, to) in [("\"income\"", "\"incme\""), ("\"assets\"", "\"asets\"")] {
        let typo = sample.replacen(from, to, 1);
        assert_ne!(typo, sample);
        let r = Household::from_json(&typo);
        assert!(
            matches!(&r, Err(EligibilityError::Json { message, .. }) if message.contains(&to[1..to.len() - 1])),
            "{r:?}"
        );
    }
}
