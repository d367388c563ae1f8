//! The decisions issue 17 named as reading wrong: a caseworker's relative, the asset limit
//! cited, 单人保 and the living subsidy, 临时救助 amounts and the urgent procedure, the 低保/特困
//! coordination and the close-relative check for every programme.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::eligibility::{
    evaluate, Evaluation, FindingStatus, Household, Outcome, Profile, Programme,
    SAMPLE_PROFILE_JSON,
};

fn eval(json: &str) -> Evaluation {
    let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    let hh = Household::from_json(json).unwrap();
    evaluate(&hh, &profile, NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()).unwrap()
}

fn single(extra: &str) -> String {
    format!(
        r#"{{"members": [{{"name": "杨一", "relation": "applicant", "birth_date": "1980-01-01",
        "income": []}}], "residence": "110105", "village": "示例社区", "area": "urban",
        "application_date": "2026-06-01", {extra}}}"#
    )
}

#[test]
fn each_asset_limit_that_refuses_cites_its_own_local_basis() {
    let ev = eval(&single(
        r#""assets": [{"kind": "vehicle", "value_fen": 5000000}, {"kind": "deposits", "value_fen": 100}]"#,
    ));
    let d = ev.decision(Programme::Dibao).unwrap();
    assert_eq!(d.outcome, Outcome::NotEligible);
    let failed: Vec<_> = d
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::Failed)
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(
        failed[0].citation.article.contains("机动车"),
        "{:?}",
        failed[0].citation
    );
    assert!(failed[0].zh.contains("车辆"));
    let ev = eval(&single(
        r#""assets": [{"kind": "deposits", "value_fen": 99000000}]"#,
    ));
    let d = ev.decision(Programme::Dibao).unwrap();
    let f = d
        .findings
        .iter()
        .find(|f| f.status == FindingStatus::Failed)
        .unwrap();
    assert!(f.citation.article.contains("金融资产"), "{:?}", f.citation);
}

#[test]
fn a_caseworkers_relative_is_eligible_with_steps_in_every_programme() {
    let ev = eval(&single(
        r#""assets": [], "staff_ties": [{"member": 0, "role": "caseworker", "staff_name": "杨经办"}]"#,
    ));
    let d = ev.decision(Programme::Dibao).unwrap();
    assert_eq!(d.outcome, Outcome::Eligible);
    let rules: Vec<&str> = d.requirements.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(
        rules,
        ["dibao.close_relative_registration", "dibao.home_visit"]
    );
    // A 特困 applicant (aged 70, no income, no supporter) with the same tie.
    let ev = eval(
        r#"{"members": [{"name": "杨老", "relation": "applicant", "birth_date": "1950-01-01",
        "income": []}], "assets": [], "liable_relatives": [], "residence": "110105",
        "village": "示例社区", "area": "urban", "application_date": "2026-06-01",
        "staff_ties": [{"member": 0, "role": "village_committee_member", "staff_name": "杨村"}]}"#,
    );
    let t = ev.decision(Programme::Tekun).unwrap();
    assert!(
        matches!(t.outcome, Outcome::Eligible | Outcome::NeedsManualReview),
        "{t:?}"
    );
    assert!(t
        .requirements
        .iter()
        .any(|r| r.rule == "integrity.close_relative_registration"));
    // Both 低保 and 特困 qualify: no national exclusivity text, coordination asked on both.
    let d = ev.decision(Programme::Dibao).unwrap();
    for x in [d, t] {
        let r = x
            .requirements
            .iter()
            .find(|r| r.rule == "integrity.dibao_tekun_coordination")
            .unwrap_or_else(|| panic!("{x:?}"));
        assert!(r.zh.contains("未见二者互斥") && r.citation.article == "第十五条");
    }
}

#[test]
fn a_person_covered_alone_is_a_dibao_recipient_for_the_living_subsidy() {
    let ev = eval(
        r#"{"members": [
        {"name": "褚父", "relation": "applicant", "birth_date": "1965-01-01",
         "income": [{"kind": "wages", "monthly_fen": 360000}]},
        {"name": "褚母", "relation": "spouse", "birth_date": "1966-01-01", "income": []},
        {"name": "褚子", "relation": "child", "birth_date": "1995-01-01",
         "disability": {"category": "physical", "grade": 1}, "labour_capacity": "none",
         "income": []}],
        "assets": [], "residence": "110105", "village": "示例社区", "area": "urban",
        "application_date": "2026-06-01"}"#,
    );
    let d = ev.decision(Programme::Dibao).unwrap();
    assert_eq!((d.outcome, d.covered.clone()), (Outcome::Eligible, vec![2]));
    let living = ev
        .decisions
        .iter()
        .find(|d| d.programme == Programme::LivingSubsidy && d.member == Some(2))
        .unwrap();
    assert_ne!(living.outcome, Outcome::NotEligible, "{living:?}");
    assert!(living
        .findings
        .iter()
        .any(|f| f.rule == "subsidy.living" && f.status == FindingStatus::Passed));
}

#[test]
fn temporary_assistance_pays_the_local_standard_of_the_category_and_may_help_first() {
    let ev = eval(&single(
        r#""assets": [], "hardships": ["fire", "other_special_hardship"]"#,
    ));
    let d = ev.decision(Programme::TemporaryAssistance).unwrap();
    // Sample standards: fire 3,000.00, other 1,000.00: the higher.
    assert_eq!(d.amount_fen, Some(300_000));
    let rules: Vec<&str> = d.requirements.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(rules, ["temporary.procedure", "temporary.urgent"]);
    let ev = eval(&single(
        r#""assets": [], "hardships": ["other_special_hardship"]"#,
    ));
    let d = ev.decision(Programme::TemporaryAssistance).unwrap();
    assert_eq!(d.amount_fen, Some(100_000));
    assert_eq!(
        d.requirements.len(),
        1,
        "no sudden event: no urgent procedure"
    );
    let ev = eval(&single(r#""assets": []"#));
    let d = ev.decision(Programme::TemporaryAssistance).unwrap();
    assert_eq!((d.outcome, d.amount_fen), (Outcome::NotEligible, None));
}
