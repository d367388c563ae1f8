//! Rigid-expense deduction (最低生活保障审核确认办法 第十三条第三款: "因残疾、患重病等增加的刚性
//! 支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减"), computed by hand.
//!
//! The profile is the sample city's 2026 version (urban standard 1,000.00 yuan, marginal factor
//! 1.5×, allowance in whole fen) with a sample local rule added: expenses for disability and
//! serious illness are deducted at half (500‰), rounded up to the fen, at most 400.00 yuan per
//! household per month.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::eligibility::{
    dibao, evaluate, Context, Decision, ExpenseDeduction, ExpenseKind, Household, HouseholdColumns,
    Outcome, Param, Profile, Programme, SAMPLE_PROFILE_JSON,
};
use minzheng::{Citation, Confidence};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

fn with_rule(rule: Option<ExpenseDeduction>) -> Profile {
    let mut p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    for v in &mut p.versions {
        v.rigid_expense_deduction = rule.clone().map(|value| Param {
            value,
            basis: Citation::new(
                "示例市民政局 样例参数（SAMPLE）",
                "刚性支出按 50% 扣减，每户每月不超过 400 元（样例）",
                Confidence::Unverified,
            ),
        });
    }
    p.validated().unwrap()
}

fn half_capped() -> Profile {
    with_rule(Some(ExpenseDeduction {
        kinds: vec![ExpenseKind::Disability, ExpenseKind::SeriousIllness],
        share_permille: 500,
        household_cap_fen: Some(40_000),
    }))
}

fn household(members: &str) -> Household {
    Household::from_json(&format!(
        r#"{{"members": {members}, "assets": [], "residence": "110105", "village": "示例社区",
            "area": "urban", "application_date": "2026-06-01", "liable_relatives": []}}"#
    ))
    .unwrap()
}

fn dibao_of(hh: &Household, p: &Profile) -> Decision {
    let ev = evaluate(hh, p, date()).unwrap();
    let d = ev.decision(Programme::Dibao).unwrap().clone();
    // The quick path and the packed path agree with the full decision.
    let ctx = Context::new(p, date()).unwrap();
    let q = dibao::quick(hh, &ctx);
    assert_eq!((q.outcome, q.amount_fen), (d.outcome, d.amount_fen));
    let mut cols = HouseholdColumns::new();
    cols.push(hh).unwrap();
    assert_eq!(dibao::quick(&cols.get(0).unwrap(), &ctx), q);
    d
}

fn fact(d: &Decision, rule: &str, name: &str) -> String {
    let f = d
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} finding: {:?}", d.explanation()));
    f.facts
        .iter()
        .find(|x| x.name == name)
        .map(|x| x.value.to_string())
        .unwrap_or_else(|| panic!("no fact {name} in {f:?}"))
}

/// Two counted members; wages 1,200.00; the spouse's serious-illness expense 600.01 and an
/// education expense 200.00 (not a listed kind). Deduction: ⌈600.01 ÷ 2⌉ = 300.01 (under the
/// 400.00 cap). Income 1,200.00 − 300.01 = 899.99; allowance 2 × 1,000.00 − 899.99 = 1,100.01.
/// Without the rule: 2,000.00 − 1,200.00 = 800.00.
#[test]
fn half_of_the_listed_expenses_rounded_up_to_the_fen() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1960-01-01",
             "income": [{"kind": "wages", "monthly_fen": 120000}]},
            {"name": "乙", "relation": "spouse", "birth_date": "1962-01-01", "income": [],
             "statuses": [{"kind": "serious_illness"}],
             "expenses": [{"kind": "serious_illness", "monthly_fen": 60001},
                          {"kind": "education", "monthly_fen": 20000}]}]"#,
    );
    let d = dibao_of(&hh, &half_capped());
    assert_eq!(d.outcome, Outcome::Eligible);
    assert_eq!(d.amount_fen, Some(110_001));
    assert_eq!(fact(&d, "dibao.rigid_expenses", "deduction_fen"), "30001");
    assert_eq!(fact(&d, "dibao.rigid_expenses", "declared_fen"), "80001");
    assert_eq!(
        fact(&d, "dibao.income_below_standard", "household_income_fen"),
        "89999"
    );
    let text = d.explanation().join("\n");
    assert!(text.contains("扣减 300.01 元"), "{text}");
    assert!(text.contains("第十三条第三款"), "{text}");

    let plain = dibao_of(&hh, &with_rule(None));
    assert_eq!(plain.amount_fen, Some(80_000));
    // Declared but not deducted: the caseworker is told why.
    assert_eq!(fact(&plain, "dibao.rigid_expenses", "deduction_fen"), "0");
    assert!(plain
        .explanation()
        .join("\n")
        .contains("当地未规定扣减办法"));
}

/// One person, wages 1,100.00 (not below 1,000.00): not eligible without the rule. A
/// disability expense of 1,000.00: half is 500.00, capped at 400.00; income 700.00 → eligible
/// for 1,000.00 − 700.00 = 300.00.
#[test]
fn the_deduction_can_decide_eligibility_and_the_cap_holds() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1970-01-01",
             "disability": {"category": "physical", "grade": 2},
             "income": [{"kind": "wages", "monthly_fen": 110000}],
             "expenses": [{"kind": "disability", "monthly_fen": 100000}]}]"#,
    );
    assert_eq!(
        dibao_of(&hh, &with_rule(None)).outcome,
        Outcome::NotEligible
    );
    let d = dibao_of(&hh, &half_capped());
    assert_eq!((d.outcome, d.amount_fen), (Outcome::Eligible, Some(30_000)));
    assert_eq!(fact(&d, "dibao.rigid_expenses", "deduction_fen"), "40000");
}

/// Wages 200.00 and an illness expense of 2,000.00: half (1,000.00) capped at 400.00, and then
/// at the income itself: income 0, the full standard of 1,000.00 is paid — never more.
#[test]
fn income_never_goes_below_zero() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1970-01-01",
             "statuses": [{"kind": "serious_illness"}],
             "income": [{"kind": "wages", "monthly_fen": 20000}],
             "expenses": [{"kind": "serious_illness", "monthly_fen": 200000}]}]"#,
    );
    let d = dibao_of(&hh, &half_capped());
    assert_eq!(d.amount_fen, Some(100_000));
    assert_eq!(fact(&d, "dibao.rigid_expenses", "deduction_fen"), "20000");
}

/// A spouse serving a prison sentence is not counted (第七条第二款), so neither are their
/// expenses: one person, 1,100.00, not eligible.
#[test]
fn expenses_of_members_not_counted_are_not_deducted() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1970-01-01",
             "income": [{"kind": "wages", "monthly_fen": 110000}]},
            {"name": "乙", "relation": "spouse", "birth_date": "1971-01-01", "income": [],
             "statuses": [{"kind": "serving_prison_sentence"}],
             "expenses": [{"kind": "disability", "monthly_fen": 100000}]}]"#,
    );
    let d = dibao_of(&hh, &half_capped());
    assert_eq!(d.outcome, Outcome::NotEligible);
    assert!(d.findings.iter().all(|f| f.rule != "dibao.rigid_expenses"));
}

/// Two counted members (the adult son, grade-1 physical disability, lives at home: 第七条(四)),
/// wages 3,050.00; the son's disability expense 300.00 → 150.00 deducted: 2,900.00. Not below
/// 2 × 1,000.00, but below 1.5 × 2,000.00 = 3,000.00: a marginal household, so the son may
/// apply alone (第八条(一)); his own income is 0, so 1,000.00. Without the rule, 3,050.00 is
/// not marginal and nobody is covered.
#[test]
fn the_deduction_counts_for_the_marginal_test_too() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1960-01-01",
             "income": [{"kind": "wages", "monthly_fen": 305000}]},
            {"name": "乙", "relation": "child", "birth_date": "1995-01-01", "income": [],
             "disability": {"category": "physical", "grade": 1},
             "expenses": [{"kind": "disability", "monthly_fen": 30000}]}]"#,
    );
    let plain = dibao_of(&hh, &with_rule(None));
    assert_eq!(
        (plain.outcome, plain.amount_fen),
        (Outcome::NotEligible, None)
    );
    let d = dibao_of(&hh, &half_capped());
    assert_eq!(
        (d.outcome, d.amount_fen),
        (Outcome::Eligible, Some(100_000))
    );
    assert_eq!(d.covered, [1]);
}

#[test]
fn a_bad_local_rule_is_refused_with_every_problem() {
    let mut p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    p.versions[0].rigid_expense_deduction = Some(Param {
        value: ExpenseDeduction {
            kinds: vec![],
            share_permille: 0,
            household_cap_fen: Some(0),
        },
        basis: Citation::new("", "", Confidence::Unverified),
    });
    let e = p.validated().unwrap_err();
    let text = e.to_string();
    assert!(text.contains("no expense kind listed"), "{text}");
    assert!(text.contains("1 to 1000 per mille"), "{text}");
    assert!(text.contains("cap must be positive"), "{text}");
    assert!(text.contains("rigid_expense_deduction"), "{text}");
    assert!(text.contains("缺少依据"), "missing basis too: {text}");
}

#[test]
fn a_negative_expense_is_a_validation_problem() {
    let hh = household(
        r#"[{"name": "甲", "relation": "applicant", "income": [],
             "expenses": [{"kind": "other", "monthly_fen": -1}]}]"#,
    );
    let codes: Vec<&str> = hh.problems().iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["negative_expense"]);
}
