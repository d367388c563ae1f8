//! 渐退期 (最低生活保障审核确认办法 第三十三条: "对就业后家庭人均收入超过当地最低生活保障标准的
//! 最低生活保障家庭，县级人民政府民政部门可以给予一定时间的渐退期"), computed by hand.
//!
//! The profile is the sample city's 2026 version (urban standard 1,000.00 yuan, marginal factor
//! 1.5×, whole fen) with a sample county rule: a taper of six whole months after the month the
//! employment began, paying the current amount in full (or half, where a test says so).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::eligibility::{
    batch, dibao, evaluate, Context, Decision, Household, HouseholdColumns, Outcome, Param,
    Profile, Programme, Taper, SAMPLE_PROFILE_JSON,
};
use minzheng::{Citation, Confidence};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn profile(share_permille: u32) -> Profile {
    let mut p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    for v in &mut p.versions {
        v.dibao_taper = Some(Param {
            value: Taper {
                months: 6,
                share_permille,
            },
            basis: Citation::new(
                "示例县民政局 样例参数（SAMPLE）",
                "渐退期 6 个月（样例）",
                Confidence::Unverified,
            ),
        });
    }
    p.validated().unwrap()
}

/// Two counted members: the applicant without income, the spouse working since `employed`
/// for 2,500.00 a month — over 2 × 1,000.00, under 1.5 × 2,000.00 (marginal). Receiving
/// `current` fen of 低保 since 2024-05-01 (none if `current` is `None`).
fn household(employed: &str, current: Option<i64>, applicant_extra: &str) -> Household {
    let current = current
        .map(|c| format!(r#", "current_dibao": {{"monthly_fen": {c}, "since": "2024-05-01"}}"#))
        .unwrap_or_default();
    Household::from_json(&format!(
        r#"{{"members": [
              {{"name": "甲", "relation": "applicant", "birth_date": "1975-01-01", "income": []{applicant_extra}}},
              {{"name": "乙", "relation": "spouse", "birth_date": "1976-01-01", "employed_since": "{employed}",
                "income": [{{"kind": "wages", "monthly_fen": 250000}}]}}],
            "assets": [], "residence": "110105", "village": "示例社区", "area": "urban",
            "application_date": "2026-06-01"{current}}}"#
    ))
    .unwrap()
}

fn dibao_on(hh: &Household, p: &Profile, date: NaiveDate) -> Decision {
    let d = evaluate(hh, p, date)
        .unwrap()
        .decision(Programme::Dibao)
        .unwrap()
        .clone();
    let ctx = Context::new(p, date).unwrap();
    let q = dibao::quick(hh, &ctx);
    assert_eq!((q.outcome, q.amount_fen), (d.outcome, d.amount_fen));
    let mut cols = HouseholdColumns::new();
    cols.push(hh).unwrap();
    assert_eq!(dibao::quick(&cols.get(0).unwrap(), &ctx), q);
    d
}

/// Employed 2026-03-10: the taper is April to September, so it ends on 2026-10-01.
#[test]
fn the_taper_runs_six_whole_months_after_the_month_employment_began() {
    let p = profile(1000);
    let hh = household("2026-03-10", Some(150_000), "");
    for (date, paid) in [
        (d(2026, 3, 10), true),
        (d(2026, 6, 15), true),
        (d(2026, 9, 30), true),
        (d(2026, 10, 1), false),
    ] {
        let dec = dibao_on(&hh, &p, date);
        if paid {
            assert_eq!(
                (dec.outcome, dec.amount_fen),
                (Outcome::Eligible, Some(150_000)),
                "{date}\n{}",
                dec.explanation().join("\n")
            );
            assert_eq!(dec.covered, [0, 1], "the household stays covered");
            let text = dec.explanation().join("\n");
            assert!(text.contains("渐退期至 2026-09-30 止"), "{text}");
            assert!(text.contains("第三十三条"), "{text}");
        } else {
            assert_eq!(dec.outcome, Outcome::NotEligible, "{date}");
            assert!(dec.explanation().join("\n").contains("不在渐退期"));
        }
    }
    let ctx = Context::new(&p, d(2026, 6, 15)).unwrap();
    let t = dibao::taper_period(&hh, &ctx).unwrap();
    assert_eq!(
        (t.employed_since, t.ends, t.amount_fen),
        (d(2026, 3, 10), d(2026, 10, 1), 150_000)
    );
}

/// Half of 1,500.01 is 750.005: rounded up to 750.01.
#[test]
fn a_partial_taper_pays_its_share_rounded_up() {
    let dec = dibao_on(
        &household("2026-03-10", Some(150_001), ""),
        &profile(500),
        d(2026, 6, 15),
    );
    assert_eq!(dec.amount_fen, Some(75_001));
}

#[test]
fn no_taper_without_current_dibao_before_it_or_for_future_work() {
    let p = profile(1000);
    // A new application: the article speaks of 最低生活保障家庭 only.
    let dec = dibao_on(&household("2026-03-10", None, ""), &p, d(2026, 6, 15));
    assert_eq!(dec.outcome, Outcome::NotEligible);
    // Employed before receiving 低保 (2024-05-01): not "就业后".
    let dec = dibao_on(
        &household("2024-01-01", Some(150_000), ""),
        &p,
        d(2026, 6, 15),
    );
    assert_eq!(dec.outcome, Outcome::NotEligible);
    // A start after the evaluation date is not yet employment.
    let dec = dibao_on(
        &household("2026-07-01", Some(150_000), ""),
        &p,
        d(2026, 6, 15),
    );
    assert_eq!(dec.outcome, Outcome::NotEligible);
    // Without a local rule there is no taper.
    let plain = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    let dec = dibao_on(
        &household("2026-03-10", Some(150_000), ""),
        &plain,
        d(2026, 6, 15),
    );
    assert_eq!(dec.outcome, Outcome::NotEligible);
    assert!(dec.findings.iter().all(|f| f.rule != "dibao.taper"));
}

/// Assets over the limit (100,000.00 against 2 × 24,000.00): the household fails more than
/// income, so no taper.
#[test]
fn no_taper_when_assets_fail_too() {
    let mut hh = household("2026-03-10", Some(150_000), "");
    hh.assets = Some(vec![minzheng::eligibility::AssetItem {
        kind: minzheng::eligibility::AssetKind::Deposits,
        value_fen: 10_000_000,
    }]);
    let dec = dibao_on(&hh, &profile(1000), d(2026, 6, 15));
    assert_eq!(dec.outcome, Outcome::NotEligible);
}

/// The applicant has a grade-1 disability: in a marginal household (2,500.00 < 3,000.00) she may
/// apply alone (第八条(一)) for 1,000.00. With a current amount of 1,500.00 the taper pays more
/// and is paid; with 800.00 单人保 pays more and is paid, for her alone.
#[test]
fn the_larger_of_taper_and_single_person_inclusion_is_paid() {
    let p = profile(1000);
    let disabled = r#", "disability": {"category": "physical", "grade": 1}"#;
    let dec = dibao_on(
        &household("2026-03-10", Some(150_000), disabled),
        &p,
        d(2026, 6, 15),
    );
    assert_eq!(
        (dec.amount_fen, dec.covered.clone()),
        (Some(150_000), vec![0, 1])
    );
    assert!(dec.per_member.is_empty());
    let dec = dibao_on(
        &household("2026-03-10", Some(80_000), disabled),
        &p,
        d(2026, 6, 15),
    );
    assert_eq!(
        (dec.amount_fen, dec.covered.clone()),
        (Some(100_000), vec![0])
    );
    assert!(dec
        .explanation()
        .join("\n")
        .contains("单人保金额更高，按单人保发放"));
}

/// Assets not declared at the re-check: the taper (or 单人保) would pay if they are within the
/// rules, so the outcome is "needs information" with the assets asked for, not a refusal.
#[test]
fn undeclared_assets_are_asked_for_before_a_refusal() {
    let p = profile(1000);
    let mut hh = household("2026-03-10", Some(150_000), "");
    hh.assets = None;
    let dec = dibao_on(&hh, &p, d(2026, 6, 15));
    assert_eq!(dec.outcome, Outcome::NeedsInformation);
    assert!(
        dec.missing.iter().any(|m| m.field == "assets"),
        "{:?}",
        dec.missing
    );
    let taper = dec
        .findings
        .iter()
        .find(|f| f.rule == "dibao.taper")
        .unwrap();
    assert_eq!(taper.status, minzheng::eligibility::FindingStatus::Unknown);
    // 单人保 alone (no current 低保): the disabled applicant in a marginal household.
    let mut single = household(
        "2026-03-10",
        None,
        r#", "disability": {"category": "physical", "grade": 1}"#,
    );
    single.assets = None;
    let dec = dibao_on(&single, &p, d(2026, 6, 15));
    assert_eq!(dec.outcome, Outcome::NeedsInformation);
    // Nothing could pay: an income refusal stays a refusal.
    let mut plain = household("2026-03-10", None, "");
    plain.assets = None;
    assert_eq!(
        dibao_on(&plain, &p, d(2026, 6, 15)).outcome,
        Outcome::NotEligible
    );
}

#[test]
fn the_batch_summary_counts_households_in_taper() {
    let p = profile(1000);
    let ctx = Context::new(&p, d(2026, 6, 15)).unwrap();
    let hs = [
        household("2026-03-10", Some(150_000), ""),
        household("2024-01-01", Some(150_000), ""),
    ];
    let s = batch::summarise(&ctx, hs.iter().cloned().map(Ok::<_, String>), |_, _| {});
    assert_eq!((s.eligible, s.not_eligible, s.in_taper), (1, 1, 1));
    assert_eq!(s.total_amount_fen, 150_000);
    let mut cols = HouseholdColumns::new();
    for h in &hs {
        cols.push(h).unwrap();
    }
    assert_eq!(batch::summarise_packed(&ctx, cols.iter()), s);
}

#[test]
fn bad_taper_rules_and_negative_current_amounts_are_refused() {
    let mut p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    p.versions[0].dibao_taper = Some(Param {
        value: Taper {
            months: 0,
            share_permille: 1001,
        },
        basis: Citation::new("样例", "样例", Confidence::Unverified),
    });
    let text = p.validated().unwrap_err().to_string();
    assert!(text.contains("1 to 36 months"), "{text}");
    assert!(text.contains("1 to 1000 per mille"), "{text}");
    let hh = household("2026-03-10", Some(-1), "");
    let codes: Vec<&str> = hh.problems().iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["negative_current_dibao"]);
}
