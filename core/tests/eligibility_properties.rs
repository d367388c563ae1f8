//! Property tests of the eligibility engine: random households never panic, amounts are never
//! negative, more income never raises an amount on the same basis, every finding cites a
//! provision, and no public-notice row ever contains an identity number.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::eligibility::{
    dibao, evaluate, notice, Context, Household, HouseholdColumns, Outcome, Profile, Programme,
    SAMPLE_PROFILE_JSON,
};
use minzheng::id::resident_check_char;
use proptest::prelude::*;
use serde_json::{json, Value};

const INCOME: [&str; 15] = [
    "wages",
    "business_net",
    "property_net",
    "transfer_net",
    "other",
    "preferential_care",
    "family_planning_reward",
    "scholarship",
    "heroic_deed_award",
    "social_assistance",
    "basic_pension_base",
    "advanced_age_allowance",
    "disability_subsidy",
    "child_allowance",
    "social_insurance_benefit",
];
const RELATIONS: [&str; 7] = [
    "spouse",
    "child",
    "parent",
    "grandparent",
    "grandchild",
    "sibling",
    "other",
];
const CATEGORIES: [&str; 7] = [
    "visual",
    "hearing",
    "speech",
    "physical",
    "intellectual",
    "mental",
    "multiple",
];
const ASSETS: [&str; 10] = [
    "deposits",
    "securities",
    "commercial_insurance",
    "claims",
    "internet_finance",
    "vehicle",
    "extra_housing",
    "own_home",
    "production_means",
    "other",
];

fn id_number(year: i32, month: u32, day: u32, seq: u32) -> String {
    let body = format!("110105{year:04}{month:02}{day:02}{seq:03}");
    format!("{body}{}", resident_check_char(&body).unwrap())
}

fn member() -> impl Strategy<Value = Value> {
    (
        (1925i32..2025, 1u32..13, 1u32..29, 0u32..1000, any::<bool>()),
        0usize..RELATIONS.len(),
        proptest::option::of((0usize..7, 1u8..5)),
        proptest::option::of(proptest::collection::vec((0usize..INCOME.len(), 0i64..400_000), 0..4)),
        (0u8..8, any::<bool>(), proptest::option::of(any::<bool>())),
    )
        .prop_map(|((y, m, d, seq, use_id), rel, dis, income, (status, together, care))| {
            let mut v = json!({"name": "成员", "relation": RELATIONS[rel], "lives_together": together});
            if use_id {
                v["id_number"] = json!(id_number(y, m, d, seq));
            } else if seq % 7 != 0 {
                v["birth_date"] = json!(format!("{y:04}-{m:02}-{d:02}"));
            }
            if let Some((c, g)) = dis {
                v["disability"] = json!({"category": CATEGORIES[c], "grade": g});
            }
            if let Some(items) = income {
                v["income"] = Value::Array(items.into_iter().map(|(k, a)| json!({"kind": INCOME[k], "monthly_fen": a})).collect());
            }
            let statuses = match status {
                0 => json!([{"kind": "serving_prison_sentence"}]),
                1 => json!([{"kind": "serious_illness"}]),
                2 => json!([{"kind": "religious_staff_apart", "years": 4, "in_religious_venue": true}]),
                3 => json!([{"kind": "declared_missing"}]),
                _ => json!([]),
            };
            v["statuses"] = statuses;
            if let Some(c) = care {
                v["needs_long_term_care"] = json!(c);
            }
            v
        })
}

fn household() -> impl Strategy<Value = Value> {
    (
        member(),
        proptest::collection::vec(member(), 0..5),
        proptest::option::of(proptest::collection::vec(
            (0usize..ASSETS.len(), 0i64..5_000_000),
            0..4,
        )),
        any::<bool>(),
        0u8..6,
    )
        .prop_map(|(mut applicant, others, assets, urban, extra)| {
            applicant["relation"] = json!("applicant");
            let mut members = vec![applicant];
            members.extend(others);
            // Distinct sequence codes so that generated ID numbers never repeat.
            for (i, m) in members.iter_mut().enumerate() {
                m["name"] = json!(format!("成员{}", i + 1));
                if let Some(id) = m.get("id_number").and_then(Value::as_str) {
                    let body = format!("{}{:03}", &id[..14], i);
                    m["id_number"] =
                        json!(format!("{body}{}", resident_check_char(&body).unwrap()));
                }
            }
            let mut h = json!({
                "members": members, "residence": "110105", "village": "示例村",
                "area": if urban { "urban" } else { "rural" }, "application_date": "2026-06-01",
                "liable_relatives": [],
            });
            if let Some(a) = assets {
                h["assets"] = Value::Array(
                    a.into_iter()
                        .map(|(k, v)| json!({"kind": ASSETS[k], "value_fen": v}))
                        .collect(),
                );
            }
            match extra {
                0 => h["flags"] = json!(["public_servant"]),
                1 => h["staff_ties"] = json!([{"member": 0, "role": "village_committee_member"}]),
                2 => h["hardships"] = json!(["fire"]),
                _ => {}
            }
            h
        })
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

fn with_more_wages(h: &Household, who: usize, extra: i64) -> Household {
    let mut h2 = h.clone();
    let m = &mut h2.members[who];
    let mut items = m.income.clone().unwrap_or_default();
    items.push(minzheng::eligibility::IncomeItem {
        kind: minzheng::eligibility::IncomeKind::Wages,
        monthly_fen: extra,
    });
    m.income = Some(items);
    h2
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_households_never_panic_and_amounts_are_never_negative(h in household()) {
        let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let hh: Household = serde_json::from_value(h).unwrap();
        match evaluate(&hh, &profile, date()) {
            Ok(ev) => {
                for d in &ev.decisions {
                    prop_assert!(d.amount_fen.unwrap_or(0) >= 0, "{:?}", d);
                    for f in &d.findings {
                        prop_assert!(!f.citation.instrument.is_empty(), "{:?}", f);
                        prop_assert!(!f.citation.article.is_empty(), "{:?}", f);
                    }
                    if d.outcome == Outcome::NeedsInformation {
                        prop_assert!(!d.missing.is_empty() || d.findings.iter().any(|f| f.status == minzheng::eligibility::FindingStatus::Unknown));
                    }
                }
                let ctx = Context::new(&profile, date()).unwrap();
                let q = dibao::quick(&hh, &ctx);
                let full = ev.decision(Programme::Dibao).unwrap();
                prop_assert_eq!((q.outcome, q.amount_fen), (full.outcome, full.amount_fen));
            }
            Err(e) => prop_assert_eq!(e.code(), "invalid_household"),
        }
    }

    #[test]
    fn more_income_never_raises_the_amount_on_the_same_basis(h in household(), extra in 1i64..300_000, who in 0usize..6) {
        let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let hh: Household = serde_json::from_value(h).unwrap();
        let who = who % hh.members.len();
        // More income, not new information: only a member whose income is declared.
        if hh.members[who].income.is_none() {
            return Ok(());
        }
        let Ok(before) = evaluate(&hh, &profile, date()) else { return Ok(()) };
        let after = evaluate(&with_more_wages(&hh, who, extra), &profile, date()).unwrap();
        let (b, a) = (before.decision(Programme::Dibao).unwrap(), after.decision(Programme::Dibao).unwrap());
        // Household basis → household basis (or out), and single person → single person: never
        // more. (Crossing from the household test to 单人保 is a step the law itself makes: see
        // DESIGN.md.)
        let b_single = !b.per_member.is_empty();
        let a_single = !a.per_member.is_empty();
        if b_single == a_single {
            prop_assert!(a.amount_fen.unwrap_or(0) <= b.amount_fen.unwrap_or(0), "{:?}\n{:?}", b.explanation(), a.explanation());
        }
        let (bt, at) = (before.decision(Programme::Tekun).unwrap(), after.decision(Programme::Tekun).unwrap());
        if at.outcome == Outcome::Eligible {
            prop_assert_eq!(bt.outcome, Outcome::Eligible);
        }
    }

    #[test]
    fn no_public_notice_row_ever_contains_an_identity_number(hs in proptest::collection::vec(household(), 1..6)) {
        let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let hhs: Vec<Household> = hs.into_iter().map(|h| serde_json::from_value(h).unwrap()).collect();
        let evs: Vec<_> = hhs.iter().filter_map(|h| evaluate(h, &profile, date()).ok().map(|e| (h, e))).collect();
        for p in [Programme::Dibao, Programme::Tekun, Programme::DeFactoChild] {
            let rows = notice::rows(p, evs.iter().map(|(h, e)| (*h, e)));
            let text = serde_json::to_string(&rows).unwrap();
            for h in &hhs {
                for m in &h.members {
                    if let Some(id) = &m.id_number {
                        prop_assert!(!text.contains(&id[..17]), "{text}");
                        prop_assert!(!text.contains(&id[6..14]), "birth date leaked: {text}");
                    }
                }
            }
            if p == Programme::DeFactoChild {
                prop_assert!(rows.is_empty());
            }
        }
    }

    #[test]
    fn packed_households_get_the_same_quick_decisions(
        hs in proptest::collection::vec((household(), 0u8..16, 0u8..3), 1..8),
        day in 0i64..4000,
    ) {
        let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        // Several dates: ages cross 18 and the 2025/2026 income rules differ.
        let when = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap() + chrono::Duration::days(day);
        let Ok(ctx) = Context::new(&profile, when) else { return Ok(()) };
        let flags = ["public_servant", "business_owner", "vehicle_owner", "high_spending"];
        let mut cols = HouseholdColumns::new();
        let mut admitted = Vec::new();
        for (mut h, bits, dup) in hs {
            // Any subset of the flags, sometimes repeated.
            let mut fl: Vec<&str> = flags.iter().enumerate().filter(|(k, _)| bits & (1 << k) != 0).map(|(_, f)| *f).collect();
            if dup == 0 && !fl.is_empty() { fl.push(fl[0]); }
            if !fl.is_empty() { h["flags"] = json!(fl); }
            let hh: Household = serde_json::from_value(h).unwrap();
            let before = cols.len();
            match (hh.validate(), cols.push(&hh)) {
                (Ok(()), Ok(())) => admitted.push(hh),
                (Err(a), Err(b)) => {
                    prop_assert_eq!(a, b);
                    prop_assert_eq!(cols.len(), before, "a refused household changes nothing");
                }
                (a, b) => prop_assert!(false, "validate {:?} but push {:?}", a, b),
            }
        }
        prop_assert_eq!(cols.len(), admitted.len());
        for (k, (row, hh)) in cols.iter().zip(&admitted).enumerate() {
            prop_assert_eq!(dibao::quick(&row, &ctx), dibao::quick(hh, &ctx), "household {}", k);
            prop_assert_eq!(dibao::is_marginal(&row, &ctx), dibao::is_marginal(hh, &ctx));
            let again = cols.get(k).unwrap();
            prop_assert_eq!(dibao::quick(&again, &ctx), dibao::quick(hh, &ctx));
        }
        prop_assert!(cols.get(admitted.len()).is_none());
        prop_assert_eq!(cols.iter_range(1..usize::MAX).len(), admitted.len().saturating_sub(1));
    }

    #[test]
    fn rigid_expenses_never_lower_the_amount_and_every_path_agrees(
        h in household(),
        expenses in proptest::collection::vec((0usize..6, 0usize..5, 0i64..300_000), 0..5),
        share in 1u32..=1000,
        cap in proptest::option::of(1i64..200_000),
        extra in 1i64..200_000,
        who in 0usize..6,
    ) {
        const KINDS: [&str; 5] = ["disability", "serious_illness", "employment_cost", "education", "other"];
        let mut profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        for v in &mut profile.versions {
            v.rigid_expense_deduction = Some(minzheng::eligibility::Param {
                value: minzheng::eligibility::ExpenseDeduction {
                    kinds: vec![minzheng::eligibility::ExpenseKind::Disability, minzheng::eligibility::ExpenseKind::SeriousIllness, minzheng::eligibility::ExpenseKind::EmploymentCost],
                    share_permille: share,
                    household_cap_fen: cap,
                },
                basis: minzheng::Citation::new("样例", "第十三条第三款（样例）", minzheng::Confidence::Unverified),
            });
        }
        let mut h = h;
        let n = h["members"].as_array().unwrap().len();
        for (m, k, a) in expenses {
            let m = m % n;
            let list = h["members"][m].as_object_mut().unwrap().entry("expenses").or_insert(json!([]));
            list.as_array_mut().unwrap().push(json!({"kind": KINDS[k], "monthly_fen": a}));
        }
        let hh: Household = serde_json::from_value(h).unwrap();
        let Ok(before) = evaluate(&hh, &profile, date()) else { return Ok(()) };
        let ctx = Context::new(&profile, date()).unwrap();
        let b = before.decision(Programme::Dibao).unwrap();
        let q = dibao::quick(&hh, &ctx);
        prop_assert_eq!((q.outcome, q.amount_fen), (b.outcome, b.amount_fen));
        let mut cols = HouseholdColumns::new();
        cols.push(&hh).unwrap();
        prop_assert_eq!(dibao::quick(&cols.get(0).unwrap(), &ctx), q);
        prop_assert!(b.amount_fen.unwrap_or(0) >= 0);
        // One more illness expense for a member: never a lower amount on the same basis, and
        // never from eligible to not eligible.
        let mut more = hh.clone();
        let who = who % more.members.len();
        more.members[who].expenses.push(minzheng::eligibility::ExpenseItem {
            kind: minzheng::eligibility::ExpenseKind::SeriousIllness,
            monthly_fen: extra,
        });
        let after = evaluate(&more, &profile, date()).unwrap();
        let a = after.decision(Programme::Dibao).unwrap();
        if b.per_member.is_empty() == a.per_member.is_empty() {
            prop_assert!(a.amount_fen.unwrap_or(0) >= b.amount_fen.unwrap_or(0), "{:?}\n{:?}", b.explanation(), a.explanation());
        }
        if b.outcome == Outcome::Eligible {
            prop_assert_ne!(a.outcome, Outcome::NotEligible);
        }
    }

    #[test]
    fn a_taper_rule_only_ever_adds_and_every_path_agrees(
        h in household(),
        current in proptest::option::of((0i64..400_000, 0i64..3000)),
        starts in proptest::collection::vec((0usize..6, 0i64..3000), 0..3),
        months in 1u32..=36,
        share in 1u32..=1000,
    ) {
        let base = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let mut h = h;
        let n = h["members"].as_array().unwrap().len();
        if let Some((fen, since)) = current {
            h["current_dibao"] = json!({"monthly_fen": fen, "since": (base + chrono::Duration::days(since)).to_string()});
        }
        for (m, day) in starts {
            h["members"][m % n]["employed_since"] = json!((base + chrono::Duration::days(day)).to_string());
        }
        let hh: Household = serde_json::from_value(h).unwrap();
        let plain = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let mut tapered = plain.clone();
        for v in &mut tapered.versions {
            v.dibao_taper = Some(minzheng::eligibility::Param {
                value: minzheng::eligibility::Taper { months, share_permille: share },
                basis: minzheng::Citation::new("样例", "第三十三条（样例）", minzheng::Confidence::Unverified),
            });
        }
        let Ok(without) = evaluate(&hh, &plain, date()) else { return Ok(()) };
        let with = evaluate(&hh, &tapered, date()).unwrap();
        let (a, b) = (without.decision(Programme::Dibao).unwrap(), with.decision(Programme::Dibao).unwrap());
        prop_assert!(b.amount_fen.unwrap_or(0) >= a.amount_fen.unwrap_or(0), "{:?}\n{:?}", a.explanation(), b.explanation());
        if a.outcome == Outcome::Eligible {
            prop_assert_eq!(b.outcome, Outcome::Eligible);
        }
        let ctx = Context::new(&tapered, date()).unwrap();
        let q = dibao::quick(&hh, &ctx);
        prop_assert_eq!((q.outcome, q.amount_fen), (b.outcome, b.amount_fen));
        let mut cols = HouseholdColumns::new();
        cols.push(&hh).unwrap();
        prop_assert_eq!(dibao::quick(&cols.get(0).unwrap(), &ctx), q);
    }
}
