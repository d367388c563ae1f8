//! One vocabulary: the stable ids the model's enums print in messages and facts are exactly the
//! ids their JSON uses, and their English names are English (no Rust identifiers).

#![allow(clippy::unwrap_used)]
use minzheng::eligibility::{
    AssetKind, DisabilityCategory, ExpenseKind, Flag, IncomeKind, Relation,
};
use serde::de::DeserializeOwned;

fn check<T: DeserializeOwned + Copy>(
    ids: &[&str],
    as_str: fn(T) -> &'static str,
    as_en: fn(T) -> &'static str,
) {
    for id in ids {
        let v: T = serde_json::from_str(&format!("\"{id}\"")).unwrap();
        assert_eq!(as_str(v), *id);
        let en = as_en(v);
        assert!(
            en.chars()
                .all(|c| c.is_ascii_lowercase() || " '-".contains(c)),
            "{en}"
        );
    }
}

#[test]
fn enum_ids_are_their_json_names_and_english_names_are_words() {
    check::<IncomeKind>(
        &[
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
        ],
        IncomeKind::as_str,
        IncomeKind::as_en,
    );
    check::<DisabilityCategory>(
        &[
            "visual",
            "hearing",
            "speech",
            "physical",
            "intellectual",
            "mental",
            "multiple",
        ],
        DisabilityCategory::as_str,
        DisabilityCategory::as_en,
    );
    check::<Relation>(
        &[
            "applicant",
            "spouse",
            "child",
            "parent",
            "grandparent",
            "grandchild",
            "sibling",
            "other",
        ],
        Relation::as_str,
        Relation::as_en,
    );
    check::<Flag>(
        &[
            "public_servant",
            "business_owner",
            "vehicle_owner",
            "high_spending",
        ],
        Flag::as_str,
        Flag::as_en,
    );
    check::<AssetKind>(
        &[
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
        ],
        AssetKind::as_str,
        AssetKind::as_en,
    );
    check::<ExpenseKind>(
        &[
            "disability",
            "serious_illness",
            "employment_cost",
            "education",
            "other",
        ],
        ExpenseKind::as_str,
        ExpenseKind::as_en,
    );
}
