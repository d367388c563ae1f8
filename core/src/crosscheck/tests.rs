use super::*;
use crate::eligibility::{Context, Outcome, Profile, Programme, SAMPLE_PROFILE_JSON};
use chrono::NaiveDate;

fn profile() -> Profile {
    Profile::from_json(SAMPLE_PROFILE_JSON).unwrap()
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
}

/// 王芳 (applicant, 76, no income) and 李强 (spouse, wages 500 yuan): 2 × 1,000 − 500 = 1,500 yuan.
fn couple() -> Household {
    Household::from_json(
        r#"{"case_id": "H1", "members": [
          {"name": "王芳", "relation": "applicant", "id_number": "11010519491231002X", "income": []},
          {"name": "李强", "relation": "spouse", "id_number": "110105195003010016",
           "income": [{"kind": "wages", "monthly_fen": 50000}]}],
          "assets": [{"kind": "deposits", "value_fen": 1000000}],
          "residence": "110105", "village": "示例社区", "area": "urban",
          "application_date": "2026-06-01"}"#,
    )
    .unwrap()
}

fn rec(member: usize, fact: RecordFact, line: u64) -> MemberRecord {
    MemberRecord {
        member,
        department: fact.department(),
        fact,
        source: Source { dataset: 0, line },
    }
}

fn run(hh: &Household, records: &[MemberRecord]) -> Recheck {
    let p = profile();
    let ctx = Context::new(&p, on()).unwrap();
    recheck(hh, records, &ctx, &Options::default()).unwrap()
}

#[test]
fn the_couple_is_paid_1500_yuan_before_any_record() {
    let r = run(&couple(), &[]);
    assert_eq!(r.before.amount_fen, Some(150_000));
    assert_eq!(r.primary(), ChangeKind::Continue);
    assert_eq!(r.changes[0].citation.article, "第三十一条第二款");
}

#[test]
fn a_vehicle_over_the_limit_stops_the_benefit() {
    // The sample profile allows no vehicle (limit 0 fen); the traffic police register one worth
    // 60,000 yuan in the husband's name.
    let r = run(
        &couple(),
        &[rec(
            1,
            RecordFact::Vehicle {
                value_fen: 6_000_000,
            },
            7,
        )],
    );
    assert_eq!(r.primary(), ChangeKind::Stop);
    assert_eq!(r.after.outcome, Outcome::NotEligible);
    let stop = &r.changes[0];
    assert_eq!((stop.from_fen, stop.to_fen), (Some(150_000), None));
    assert_eq!(stop.citation.article, "第三十一条第一款");
    assert!(stop.grounds.iter().any(|f| f.rule == "dibao.assets"));
    let req: Vec<&str> = stop.requirements.iter().map(|q| q.rule.as_str()).collect();
    assert_eq!(req, ["crosscheck.notify_reduction", "crosscheck.objection"]);
    assert!(stop.zh.contains("李强（车船登记）"));
    assert_eq!(r.fact_changes[0].field, "assets.vehicle");
    assert_eq!(
        r.fact_changes[0].sources,
        [Source {
            dataset: 0,
            line: 7
        }]
    );
    assert!(r.decision.is_some());
}

#[test]
fn a_pension_raises_income_and_lowers_the_amount() {
    // Retirement pay of 400 yuan a month, not declared: counted income 500 → 900 yuan,
    // amount 1,500 → 1,100 yuan.
    let pension = RecordFact::Pension {
        scheme: PensionScheme::Employee,
        monthly_fen: 40_000,
    };
    let r = run(&couple(), &[rec(0, pension, 3)]);
    assert_eq!(r.primary(), ChangeKind::AdjustAmount);
    let c = &r.changes[0];
    assert_eq!((c.from_fen, c.to_fen), (Some(150_000), Some(110_000)));
    assert_eq!(c.requirements[0].rule, "crosscheck.notify_reduction");
    assert!(c.grounds.iter().any(|f| f.rule == "dibao.amount"));
    assert_eq!(r.fact_changes[0].field, "members[0].income.transfer_net");
    assert_eq!(
        (
            r.fact_changes[0].declared.as_str(),
            r.fact_changes[0].checked.as_str()
        ),
        ("0.00", "400.00")
    );
}

#[test]
fn a_record_equal_to_the_declared_amount_changes_nothing() {
    let r = run(
        &couple(),
        &[rec(
            1,
            RecordFact::Wages {
                monthly_fen: 50_000,
            },
            2,
        )],
    );
    assert_eq!(r.primary(), ChangeKind::Continue);
    assert!(r.fact_changes.is_empty());
    assert_eq!(r.records.len(), 1);
}

#[test]
fn a_smaller_change_than_the_local_threshold_is_not_adjusted() {
    let p = profile();
    let ctx = Context::new(&p, on()).unwrap();
    let opts = Options {
        min_adjustment_fen: 10_000,
    };
    let r = recheck(
        &couple(),
        &[rec(
            1,
            RecordFact::Wages {
                monthly_fen: 55_000,
            },
            2,
        )],
        &ctx,
        &opts,
    )
    .unwrap();
    assert_eq!(r.primary(), ChangeKind::Continue);
    assert_eq!(r.after.amount_fen, Some(145_000));
}

#[test]
fn a_public_servant_relative_flags_the_case_and_payment_continues() {
    let r = run(&couple(), &[rec(1, RecordFact::PublicPost, 9)]);
    assert_eq!(r.primary(), ChangeKind::NeedsReview);
    assert_eq!(r.after.outcome, Outcome::NeedsManualReview);
    assert_eq!(r.after.amount_fen, Some(150_000));
    assert!(r.changes[0].grounds.iter().any(|f| f.rule == "dibao.flag"));
    assert_eq!(r.changes[0].citation.article, "第十七条第一款");
}

#[test]
fn an_invalid_identity_number_in_a_record_is_reported_not_dropped() {
    let index = RecipientIndex::from_keys(vec![id_key("11010519491231002X").unwrap()]);
    match index.place("110105194912310021") {
        Placement::InvalidId(e) => assert_eq!(e.code(), "id_check_character_wrong"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        index.place("11010519491231002x"),
        Placement::Matched(11010519491231002)
    );
    assert!(matches!(
        index.place("110105195003010016"),
        Placement::NotRecipient(_)
    ));
    let cols = RecordColumns::from_header(&["id_number", "kind", "value_fen"]).unwrap();
    assert_eq!(
        cols.parse(&["x", "yacht", "1"]).unwrap_err().code(),
        "record_unknown_kind"
    );
    assert_eq!(
        cols.parse(&["x", "vehicle", "-1"]).unwrap_err().code(),
        "record_negative"
    );
}

#[test]
fn a_member_without_an_identity_number_cannot_be_checked_and_goes_to_review() {
    let mut hh = couple();
    hh.members[1].id_number = None;
    hh.members[1].birth_date = NaiveDate::from_ymd_opt(1950, 3, 1);
    let r = run(&hh, &[]);
    assert_eq!(r.primary(), ChangeKind::NeedsReview);
    assert_eq!(r.unverifiable_members, [1]);
}

#[test]
fn an_invalid_household_is_an_error_not_a_result() {
    let mut hh = couple();
    hh.members[1].id_number = Some("110105195003010017".into());
    let p = profile();
    let ctx = Context::new(&p, on()).unwrap();
    let e = recheck(&hh, &[], &ctx, &Options::default()).unwrap_err();
    assert_eq!(e.code(), "invalid_household");
}

#[test]
fn a_second_property_stops_the_benefit_the_first_is_the_home() {
    let one = run(
        &couple(),
        &[rec(0, RecordFact::Property { area_m2: 45 }, 2)],
    );
    assert_eq!(one.primary(), ChangeKind::Continue);
    let two = run(
        &couple(),
        &[
            rec(0, RecordFact::Property { area_m2: 45 }, 2),
            rec(1, RecordFact::Property { area_m2: 90 }, 3),
        ],
    );
    assert_eq!(two.primary(), ChangeKind::Stop);
    assert!(two.fact_changes[0].zh.contains("135 平方米"));
}

#[test]
fn provident_fund_contributions_without_wages_go_to_review() {
    let f = RecordFact::ProvidentFund {
        balance_fen: 2_000_000,
        monthly_contribution_fen: 80_000,
    };
    let r = run(&couple(), &[rec(0, f, 4)]);
    assert_eq!(r.primary(), ChangeKind::NeedsReview);
    assert_eq!(r.changes[0].member, Some(0));
    // The husband declares wages: his contributions are no surprise.
    let r = run(&couple(), &[rec(1, f, 4)]);
    assert_eq!(r.primary(), ChangeKind::Continue);
}

#[test]
fn a_disability_certificate_makes_a_member_newly_eligible() {
    let f = RecordFact::Disability {
        category: crate::eligibility::DisabilityCategory::Physical,
        grade: 1,
    };
    let r = run(&couple(), &[rec(1, f, 5)]);
    assert!(r.has(ChangeKind::NewlyEligibleMember));
    let progs: Vec<Programme> = r
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::NewlyEligibleMember)
        .map(|c| c.programme)
        .collect();
    assert!(progs.contains(&Programme::NursingSubsidy));
    assert!(progs.contains(&Programme::LivingSubsidy));
    assert!(r.changes.iter().all(|c| c.kind != ChangeKind::Stop));
}

#[test]
fn a_new_job_that_ends_eligibility_offers_a_gradual_exit() {
    let r = run(
        &couple(),
        &[rec(
            1,
            RecordFact::Wages {
                monthly_fen: 300_000,
            },
            2,
        )],
    );
    assert_eq!(r.primary(), ChangeKind::Stop);
    assert!(r.changes[0]
        .requirements
        .iter()
        .any(|q| q.rule == "crosscheck.gradual_exit"));
}

#[test]
fn business_role_is_flagged_with_its_registered_capital() {
    let f = RecordFact::CompanyRole {
        role: CompanyRole::LegalRepresentative,
        registered_capital_fen: 50_000_000,
    };
    let r = run(&couple(), &[rec(0, f, 2)]);
    // The sample profile names no rule for business owners: manual review.
    assert_eq!(r.primary(), ChangeKind::NeedsReview);
    assert!(r.fact_changes[0].zh.contains("注册资本 500000.00 元"));
}

#[test]
fn record_order_does_not_change_the_result() {
    let recs = [
        rec(1, RecordFact::Vehicle { value_fen: 100 }, 1),
        rec(
            0,
            RecordFact::Wages {
                monthly_fen: 10_000,
            },
            2,
        ),
        rec(0, RecordFact::PublicPost, 3),
    ];
    let mut rev = recs;
    rev.reverse();
    assert_eq!(run(&couple(), &recs), run(&couple(), &rev));
}

#[test]
fn matched_records_are_found_by_key_in_canonical_order() {
    let m = |key, v, line| Matched {
        key,
        fact: RecordFact::Deposits { balance_fen: v },
        source: Source { dataset: 1, line },
    };
    let a = MatchedRecords::from_parts(vec![vec![m(5, 2, 1), m(3, 1, 2)], vec![m(5, 1, 3)]]);
    let b = MatchedRecords::from_parts(vec![vec![m(5, 1, 3)], vec![m(3, 1, 2), m(5, 2, 1)]]);
    assert_eq!(a.for_key(5), b.for_key(5));
    assert_eq!(a.for_key(5).len(), 2);
    assert_eq!(a.for_key(4).len(), 0);
    let hh = couple();
    let k = id_key("11010519491231002X").unwrap();
    let matched = MatchedRecords::from_parts(vec![vec![m(k, 7, 9)]]);
    let g = gather(&hh, &matched);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].member, 0);
}

#[test]
fn json_and_csv_records_parse_to_the_same_fact() {
    let j = Record::from_json_line(
        r#"{"id_number": "11010519491231002X", "kind": "provident_fund", "balance_fen": 5, "monthly_contribution_fen": 6}"#,
    )
    .unwrap();
    let cols =
        RecordColumns::from_header(&synth::RECORD_HEADER.split(',').collect::<Vec<_>>()).unwrap();
    let (id, f) = cols
        .parse(&["11010519491231002X", "provident_fund", "5", "6", "", "", ""])
        .unwrap();
    assert_eq!((id, f), (j.id_number.as_str(), j.fact));
    assert_eq!(
        Record::from_json_line(r#"{"id_number": "1", "kind": "wages", "monthly_fen": -3}"#)
            .unwrap_err()
            .code(),
        "record_negative"
    );
}

#[test]
fn the_generator_is_deterministic_and_writes_valid_lines() {
    let cfg = synth::Config {
        households: 200,
        ..synth::Config::default()
    };
    let mut a = (Vec::new(), Vec::new());
    let c1 = synth::generate(
        &cfg,
        |l| a.0.push(l.to_owned()),
        |d, l| a.1.push((d, l.to_owned())),
    );
    let mut b = (Vec::new(), Vec::new());
    let c2 = synth::generate(
        &cfg,
        |l| b.0.push(l.to_owned()),
        |d, l| b.1.push((d, l.to_owned())),
    );
    assert_eq!(a, b);
    assert_eq!(c1, c2);
    assert_eq!(c1.households, 200);
    assert!(c1.records >= 2000);
    let cols =
        RecordColumns::from_header(&synth::RECORD_HEADER.split(',').collect::<Vec<_>>()).unwrap();
    for (d, l) in &a.1 {
        let cells: Vec<&str> = l.split(',').collect();
        let (_, f) = cols.parse(&cells).unwrap();
        assert_eq!(f.department(), *d);
    }
}

/// 许老, 86, alone, 特困: 1,300 yuan basic + 100 yuan care = 1,400 yuan.
fn tekun_person() -> Household {
    Household::from_json(
        r#"{"case_id": "T1", "members": [{"name": "许老", "relation": "applicant",
            "id_number": "110105194001010018", "income": [], "self_care_items_failed": 0,
            "benefits": ["tekun"]}],
          "assets": [], "residence": "110105", "village": "示例社区", "area": "urban",
          "application_date": "2026-06-01", "liable_relatives": []}"#,
    )
    .unwrap()
}

#[test]
fn deposits_over_the_tekun_limit_propose_termination_with_notice() {
    assert_eq!(run(&tekun_person(), &[]).primary(), ChangeKind::Continue);
    // 50,000 yuan in the bank; the sample 特困 asset limit is 24,000 yuan.
    let r = run(
        &tekun_person(),
        &[rec(
            0,
            RecordFact::Deposits {
                balance_fen: 5_000_000,
            },
            4,
        )],
    );
    let stop = r
        .changes
        .iter()
        .find(|c| c.programme == Programme::Tekun)
        .unwrap();
    assert_eq!(stop.kind, ChangeKind::Stop);
    assert_eq!(stop.from_fen, Some(140_000));
    assert_eq!(stop.citation.instrument, "特困人员认定办法");
    assert!(stop.grounds.iter().any(|f| f.rule == "tekun.assets"));
    let req: Vec<&str> = stop.requirements.iter().map(|q| q.rule.as_str()).collect();
    assert_eq!(
        req,
        [
            "crosscheck.tekun_notice",
            "crosscheck.tekun_other_assistance"
        ]
    );
}
