use super::*;
use crate::calendar::Calendar;
use crate::deadline::Catalogue;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn profile() -> Profile {
    Profile::from_json(SAMPLE_PROFILE_JSON).unwrap()
}

const COUNTY_TOML: &str = include_str!("../../../examples/data/profile-sample-county.toml");

fn one(json_members: &str) -> Household {
    Household::from_json(&format!(
        r#"{{"members": {json_members}, "assets": [], "residence": "110105", "village": "示例社区",
            "area": "urban", "application_date": "2026-06-01"}}"#
    ))
    .unwrap()
}

#[test]
fn household_validation_lists_every_problem_at_once() {
    let hh = Household::from_json(
        r#"{"members": [
            {"name": "", "relation": "spouse", "id_number": "110105194912310021"},
            {"name": "张 110105194912310021", "relation": "child", "disability": {"category": "visual", "grade": 5},
             "income": [{"kind": "wages", "monthly_fen": -1}], "self_care_items_failed": 7}],
          "assets": [{"kind": "deposits", "value_fen": -5}],
          "residence": "1101", "area": "urban", "application_date": "2026-06-01",
          "staff_ties": [{"member": 9, "role": "caseworker"}]}"#,
    )
    .unwrap();
    let codes: Vec<&str> = hh.problems().iter().map(|p| p.code()).collect();
    assert_eq!(
        codes,
        [
            "applicant_count",
            "empty_name",
            "bad_id_number",
            "name_looks_like_id",
            "bad_disability_grade",
            "negative_income",
            "bad_self_care",
            "negative_asset",
            "bad_residence",
            "bad_staff_tie"
        ]
    );
    let e = evaluate(&hh, &profile(), d(2026, 6, 15)).unwrap_err();
    assert_eq!(e.code(), "invalid_household");
    assert!(e.to_string().contains(" / "));
}

#[test]
fn declared_birth_date_must_agree_with_the_id_number() {
    let hh = one(
        r#"[{"name": "王芳", "relation": "applicant", "id_number": "11010519491231002X", "birth_date": "1950-01-01"}]"#,
    );
    assert_eq!(hh.problems()[0].code(), "id_mismatch");
}

#[test]
fn profile_validation_lists_every_problem_at_once() {
    let mut p = profile();
    let v = &mut p.versions[0];
    v.dibao_standard_urban_fen.value = 0;
    v.tekun_basic_rural_fen.basis.instrument.clear();
    v.extra_excluded_income.value.push(IncomeKind::Wages);
    v.nursing_subsidy.value.retain(|g| !g.grades.contains(&2));
    v.time_limits[0].working_days = 40; // longer than the national 30
    p.versions[1].effective_from = p.versions[0].effective_from;
    let codes: Vec<&str> = p.problems().iter().map(|x| x.code()).collect();
    for c in [
        "not_positive",
        "missing_basis",
        "conflicts_with_national",
        "bad_time_limit",
        "duplicate_effective_date",
    ] {
        assert!(codes.contains(&c), "{c} missing from {codes:?}");
    }
    assert_eq!(p.clone().validated().unwrap_err().code(), "invalid_profile");
}

#[test]
fn two_rules_deciding_one_question_differently_is_an_error() {
    // A version built in code, bypassing validation: the local rule excludes wages, which
    // 第十三条 counts. The engine refuses to pick one silently.
    let mut p = profile();
    p.versions[1]
        .extra_excluded_income
        .value
        .push(IncomeKind::Wages);
    let e = Context::new(&p, d(2026, 6, 15)).unwrap_err();
    assert_eq!(e.code(), "conflicting_rules");
    assert!(e.to_string().contains("dibao.income_counted"));
    assert!(e.to_string().contains("dibao.income_excluded.local"));
}

#[test]
fn the_version_in_force_is_the_latest_not_after_the_date() {
    let p = profile();
    assert_eq!(
        p.at(d(2025, 12, 31))
            .unwrap()
            .dibao_standard_urban_fen
            .value,
        95_000
    );
    assert_eq!(
        p.at(d(2026, 1, 1)).unwrap().dibao_standard_urban_fen.value,
        100_000
    );
    assert_eq!(
        p.at(d(2024, 12, 31)).unwrap_err().code(),
        "no_profile_version"
    );
}

#[test]
fn toml_profile_loads_and_rounds_up_to_the_yuan() {
    let p = Profile::from_toml(COUNTY_TOML).unwrap();
    assert!(p.sample);
    // Rural standard 700.00; one member with 333.33 income: 366.67 → rounded up to 367.00.
    let mut hh = one(
        r#"[{"name": "李四", "relation": "applicant", "birth_date": "1970-01-01", "income": [{"kind": "wages", "monthly_fen": 33333}]}]"#,
    );
    hh.area = Area::Rural;
    let ev = evaluate(&hh, &p, d(2026, 6, 15)).unwrap();
    assert_eq!(
        ev.decision(Programme::Dibao).unwrap().amount_fen,
        Some(36_700)
    );
    assert_eq!(
        Profile::from_toml("jurisdiction = 1").unwrap_err().code(),
        "toml"
    );
}

/// The sample county deducts illness and disability expenses in full, at most 500.00 a month
/// (a sample of 第十三条第三款's local rule). Rural standard 700.00; wages 600.00; an illness
/// expense of 150.55 and an education expense (not listed) of 80.00: income 449.45, allowance
/// 250.55, rounded up to 251.00 by the county's rule.
#[test]
fn county_sample_deducts_illness_expenses_from_toml() {
    let p = Profile::from_toml(COUNTY_TOML).unwrap();
    let rule = p.versions[0].rigid_expense_deduction.as_ref().unwrap();
    assert_eq!(rule.value.household_cap_fen, Some(50_000));
    let mut hh = one(
        r#"[{"name": "李四", "relation": "applicant", "birth_date": "1970-01-01",
             "income": [{"kind": "wages", "monthly_fen": 60000}],
             "expenses": [{"kind": "serious_illness", "monthly_fen": 15055},
                          {"kind": "education", "monthly_fen": 8000}]}]"#,
    );
    hh.area = Area::Rural;
    let ev = evaluate(&hh, &p, d(2026, 6, 15)).unwrap();
    assert_eq!(
        ev.decision(Programme::Dibao).unwrap().amount_fen,
        Some(25_100)
    );
}

#[test]
fn refusal_notice_is_due_three_working_days_after_the_decision() {
    let hh = one(
        r#"[{"name": "冯一", "relation": "applicant", "birth_date": "1980-01-01", "income": [{"kind": "wages", "monthly_fen": 200000}]}]"#,
    );
    let ev = evaluate(&hh, &profile(), d(2026, 9, 30)).unwrap();
    let dibao = ev.decision(Programme::Dibao).unwrap();
    assert_eq!(dibao.outcome, Outcome::NotEligible);
    let due = dibao
        .refusal_notice_due(d(2026, 9, 30), &Calendar::china(), &Catalogue::national())
        .unwrap()
        .unwrap();
    // 10-01..07 National Day; 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up workday).
    assert_eq!(due.due, d(2026, 10, 10));
    assert_eq!(due.rule, "dibao.refusal_notice");
    let eligible = one(
        r#"[{"name": "陈一", "relation": "applicant", "birth_date": "1980-01-01", "income": []}]"#,
    );
    let ev = evaluate(&eligible, &profile(), d(2026, 9, 30)).unwrap();
    let none = ev.decision(Programme::Dibao).unwrap().refusal_notice_due(
        d(2026, 9, 30),
        &Calendar::china(),
        &Catalogue::national(),
    );
    assert_eq!(none.unwrap(), None);
}

#[test]
fn public_notice_shows_only_whitelisted_fields_and_never_de_facto_children() {
    let hh = Household::from_json(
        r#"{"members": [
            {"name": "王芳", "relation": "applicant", "id_number": "11010519491231002X", "income": []},
            {"name": "王小", "relation": "grandchild", "birth_date": "2016-01-01", "income": [],
             "parents": [{"restricted_months": 12}, {"restricted_months": 24}]}],
          "assets": [], "residence": "110105", "village": "示例社区", "area": "urban",
          "application_date": "2026-02-01"}"#,
    )
    .unwrap();
    let ev = evaluate(&hh, &profile(), d(2026, 2, 9)).unwrap();
    assert_eq!(
        ev.decision(Programme::DeFactoChild).unwrap().outcome,
        Outcome::Eligible
    );
    let n = notice::build(
        Programme::Dibao,
        [(&hh, &ev)],
        d(2026, 2, 9),
        &Calendar::china(),
        &Catalogue::national(),
    )
    .unwrap();
    assert_eq!(
        n.rows,
        vec![NoticeRow {
            name: "王芳".into(),
            household_size: 2,
            amount_fen: 200_000,
            village: "示例社区".into()
        }]
    );
    // 7 days from 02-09: the 7th day, 02-16, is in the Spring Festival block → next workday.
    assert_eq!(n.ends, d(2026, 2, 24));
    let json = serde_json::to_string(&n).unwrap();
    assert!(!json.contains("11010519491231002X") && !json.contains("1949"));
    assert!(notice::rows(Programme::DeFactoChild, [(&hh, &ev)]).is_empty());
}

#[test]
fn quick_and_full_paths_agree_on_the_golden_cases() {
    let p = profile();
    let ctx = Context::new(&p, d(2026, 6, 15)).unwrap();
    for members in [
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1980-01-01", "income": []}]"#,
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1980-01-01", "income": [{"kind": "wages", "monthly_fen": 360000}]},
            {"name": "乙", "relation": "child", "birth_date": "1995-01-01", "disability": {"category": "mental", "grade": 3}, "income": []}]"#,
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1980-01-01"}]"#,
    ] {
        let hh = one(members);
        let q = dibao::quick(&hh, &ctx);
        let full = dibao::evaluate(&hh, &ctx);
        assert_eq!(
            (q.outcome, q.amount_fen),
            (full.outcome, full.amount_fen),
            "{members}"
        );
    }
}

#[test]
fn explanation_lists_every_finding_with_its_citation() {
    let hh = one(
        r#"[{"name": "甲", "relation": "applicant", "birth_date": "1980-01-01", "income": [{"kind": "scholarship", "monthly_fen": 100}]}]"#,
    );
    let ev = evaluate(&hh, &profile(), d(2026, 6, 15)).unwrap();
    let lines = ev.decision(Programme::Dibao).unwrap().explanation();
    assert!(lines[0].contains("eligible"));
    assert!(lines
        .iter()
        .any(|l| l.contains("第十三条第二款") && l.contains("[V2]")));
    assert!(lines
        .iter()
        .any(|l| l.contains("《社会救助暂行办法》第九条 [V1]")));
}

#[test]
fn missing_facts_are_merged_across_programmes_once() {
    let hh = Household::from_json(
        r#"{"members": [{"name": "甲", "relation": "applicant"}], "residence": "110105",
            "area": "urban", "application_date": "2026-06-01"}"#,
    )
    .unwrap();
    let ev = evaluate(&hh, &profile(), d(2026, 6, 15)).unwrap();
    let fields: Vec<&str> = ev.missing.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "members[0].income",
            "assets",
            "members[0].birth_date",
            "liable_relatives"
        ]
    );
}

#[test]
fn single_person_inclusion_is_noticed_as_a_one_person_row() {
    let hh = one(
        r#"[{"name": "褚父", "relation": "applicant", "birth_date": "1965-01-01", "income": [{"kind": "wages", "monthly_fen": 360000}]},
            {"name": "褚母", "relation": "spouse", "birth_date": "1966-01-01", "income": []},
            {"name": "褚子", "relation": "child", "birth_date": "1995-01-01", "labour_capacity": "none",
             "disability": {"category": "physical", "grade": 1}, "income": []}]"#,
    );
    let ev = evaluate(&hh, &profile(), d(2026, 6, 15)).unwrap();
    let dibao = ev.decision(Programme::Dibao).unwrap();
    assert_eq!(
        dibao.per_member,
        vec![MemberAmount {
            member: 2,
            amount_fen: 100_000
        }]
    );
    let rows = notice::rows(Programme::Dibao, [(&hh, &ev)]);
    assert_eq!(
        rows,
        vec![NoticeRow {
            name: "褚子".into(),
            household_size: 1,
            amount_fen: 100_000,
            village: "示例社区".into()
        }]
    );
}

/// Every household problem points at a field that exists in the household's JSON, so a form can
/// mark it (the browser validators' `field`).
#[test]
fn household_problem_paths_resolve_in_the_household_json() {
    let text = r#"{
      "case_id": "P-1",
      "members": [
        {"name": "", "relation": "applicant", "id_number": "11010519491231002X", "birth_date": "1950-01-01",
         "income": [{"kind": "wages", "monthly_fen": -1}], "expenses": [{"kind": "serious_illness", "monthly_fen": -5}],
         "self_care_items_failed": 9},
        {"name": "110105194912310021", "relation": "applicant", "birth_date": "2030-01-01",
         "disability": {"category": "physical", "grade": 7}, "income": [],
         "parents": [{"restricted_months": 60}]}
      ],
      "assets": [{"kind": "deposits", "value_fen": 10}, {"kind": "vehicle", "value_fen": -3}],
      "residence": "1101",
      "area": "urban",
      "application_date": "2026-06-01",
      "current_dibao": {"monthly_fen": -2, "since": "2025-01-01"}
    }"#;
    let hh: Household = serde_json::from_str(text).unwrap();
    let json: serde_json::Value = serde_json::from_str(text).unwrap();
    let problems = hh.problems();
    let codes: Vec<&str> = problems.iter().map(|p| p.code()).collect();
    for code in [
        "applicant_count",
        "empty_name",
        "name_looks_like_id",
        "id_mismatch",
        "born_after_application",
        "bad_disability_grade",
        "negative_income",
        "negative_expense",
        "negative_asset",
        "negative_current_dibao",
        "bad_residence",
        "parent_count",
        "bad_self_care",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    for p in &problems {
        let path = p
            .path()
            .unwrap_or_else(|| panic!("{} has no path", p.code()));
        let mut at = &json;
        for part in path.split('.') {
            let (name, index) = match part.split_once('[') {
                Some((n, i)) => (n, Some(i.trim_end_matches(']').parse::<usize>().unwrap())),
                None => (part, None),
            };
            at = at.get(name).unwrap_or_else(|| panic!("{path}: no {name}"));
            if let Some(i) = index {
                at = at.get(i).unwrap_or_else(|| panic!("{path}: no [{i}]"));
            }
        }
    }
    let grade = problems
        .iter()
        .find(|p| p.code() == "bad_disability_grade")
        .unwrap();
    assert_eq!(grade.path().as_deref(), Some("members[1].disability.grade"));
}

mod residence {
    use super::*;
    use crate::division::DivisionTable;

    fn at(residence: &str) -> Household {
        let mut hh =
            one(r#"[{"name": "甲", "relation": "applicant", "birth_date": "1970-01-01"}]"#);
        hh.residence = residence.into();
        hh
    }

    fn codes(w: &[crate::id::Remark]) -> Vec<&'static str> {
        w.iter().map(|r| r.code).collect()
    }

    #[test]
    fn a_current_code_inside_the_jurisdiction_has_no_warning() {
        let t = DivisionTable::from_tsv(
            "110000\t北京市\t198012\t202012\n110105\t朝阳区\t198012\t202012\n",
        )
        .unwrap();
        assert!(residence_warnings(&at("110105"), "110105", Some(&t)).is_empty());
        assert!(residence_warnings(&at("110105"), "110000", Some(&t)).is_empty());
        // No table, no jurisdiction: nothing is checked, nothing is said.
        assert!(residence_warnings(&at("110199"), "", None).is_empty());
        // A malformed residence is a validation problem, not a warning.
        assert!(residence_warnings(&at("1101"), "110000", Some(&t)).is_empty());
    }

    #[test]
    fn unlisted_abolished_and_outside_codes_are_warnings_only() {
        let t = DivisionTable::from_tsv(
            "110000\t北京市\t198012\t202012\n110103\t崇文区\t198012\t200912\n110105\t朝阳区\t198012\t202012\n",
        )
        .unwrap();
        let w = residence_warnings(&at("110199"), "110000", Some(&t));
        assert_eq!(codes(&w), ["household.residence_not_listed"]);
        assert!(w[0].zh.contains("1980–2020"), "{}", w[0].zh);
        let w = residence_warnings(&at("110103"), "", Some(&t));
        assert_eq!(codes(&w), ["household.residence_not_current"]);
        assert!(w[0].en.contains("1980–2009"), "{}", w[0].en);
        let w = residence_warnings(&at("110105"), "330100", Some(&t));
        assert_eq!(codes(&w), ["household.residence_outside_jurisdiction"]);
        assert!(w[0].zh.contains("第四条") && w[0].zh.contains("第五条"));
    }

    #[test]
    fn the_evaluation_carries_the_warnings_and_still_decides() {
        let mut p = profile();
        let hh = at("110105");
        let plain = evaluate(&hh, &p, d(2026, 7, 1)).unwrap();
        p.division_code = "330100".into();
        let outside = evaluate(&hh, &p, d(2026, 7, 1)).unwrap();
        assert!(outside
            .warnings
            .iter()
            .any(|w| w.code == "household.residence_outside_jurisdiction"));
        // The decisions are those of the same household inside: a warning never refuses.
        assert_eq!(outside.decisions, plain.decisions);
        assert_eq!(outside.missing, plain.missing);
        // And the JSON of an evaluation without warnings has no `warnings` key.
        let json = serde_json::to_value(&plain).unwrap();
        assert_eq!(json.get("warnings"), None, "{:?}", plain.warnings);
    }

    #[cfg(feature = "divisions")]
    #[test]
    fn the_embedded_lists_are_read_for_the_evaluation_and_the_profile() {
        let p = profile();
        assert!(p.warnings(Some(DivisionTable::embedded())).is_empty());
        let ev = evaluate(&at("110199"), &p, d(2026, 7, 1)).unwrap();
        assert_eq!(
            codes(&ev.warnings),
            [
                "household.residence_not_listed",
                "household.residence_outside_jurisdiction"
            ]
        );
        let mut bad = profile();
        bad.division_code = "11 105".into();
        assert_eq!(
            codes(&bad.warnings(Some(DivisionTable::embedded()))),
            ["profile.division_code_malformed"]
        );
        bad.division_code = "110103".into();
        let w = bad.warnings(Some(DivisionTable::embedded()));
        assert_eq!(codes(&w), ["profile.division_code_not_current"]);
        assert!(w[0].zh.contains("1980–2009"), "{}", w[0].zh);
        // Every face that evaluates shows the profile's warnings too, first.
        let ev = evaluate(&at("110103"), &bad, d(2026, 7, 1)).unwrap();
        assert_eq!(
            codes(&ev.warnings),
            [
                "profile.division_code_not_current",
                "household.residence_not_current"
            ]
        );
    }
}

#[test]
fn a_misspelled_profile_key_is_refused_not_ignored() {
    // `marginal_factor_permile` (one l short) would otherwise leave the marginal factor at
    // whatever the file's real key said, or fail later without naming the typo.
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE_PROFILE_JSON).unwrap();
    v["versions"][0]["marginal_factor_permile"] = serde_json::json!({"value": 1500, "basis": "x"});
    let e = Profile::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("marginal_factor_permile"), "{e}");
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE_PROFILE_JSON).unwrap();
    v["jurisdicton"] = serde_json::json!("x");
    let e = Profile::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("jurisdicton"), "{e}");
}
