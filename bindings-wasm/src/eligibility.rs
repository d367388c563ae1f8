//! Social-assistance eligibility: households, policy profiles, evaluations.

use crate::date;
use crate::error::{Failure, Outcome};
use crate::json::{text_of, to_js};
use crate::types::{Check, Validation};
use minzheng::eligibility::{evaluate, EligibilityError, Household, Profile, SAMPLE_PROFILE_JSON};
use minzheng::errors::Coded;
use minzheng::errors::ErrorCode;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The profile last given (parsed once, reused while the user types).
    static PROFILE: RefCell<Option<(String, Profile)>> = const { RefCell::new(None) };
}

/// A problem of the core (household or profile) as a check result.
fn problem<P: Coded + Serialize>(p: &P) -> Check {
    #[derive(serde::Deserialize)]
    struct Member {
        member: Option<u32>,
    }
    let member = serde_json::to_string(p)
        .ok()
        .and_then(|t| minzheng::json::from_str::<Member>(&t).ok())
        .and_then(|m| m.member)
        .filter(|m| *m > 0);
    Check {
        ok: false,
        code: p.number(),
        name: p.error_code().name().to_owned(),
        field: None,
        member,
        zh: p.zh(),
        en: p.en(),
    }
}

fn unreadable(e: &EligibilityError) -> Validation {
    Validation {
        ok: false,
        problems: vec![problem(e)],
    }
}

/// Every problem of a household at once (`{ ok, problems: [{ code, name, field, member, zh, en
/// }] }`, `field` the path into the household, e.g. `members[1].id_number`),
/// for validation as the user types; never throws for a bad household.
#[wasm_bindgen(js_name = validateHousehold, unchecked_return_type = "Validation")]
pub fn validate_household(
    #[wasm_bindgen(unchecked_param_type = "Household | string")] household: JsValue,
) -> Outcome<JsValue> {
    let text = text_of(&household, "household")?;
    let v = match Household::from_json(&text) {
        Err(e) => unreadable(&e),
        Ok(hh) => {
            // Each with the field path into the household's JSON, for a form to mark the input.
            let problems: Vec<Check> = hh
                .problems()
                .iter()
                .map(|p| Check {
                    field: p.path(),
                    ..problem(p)
                })
                .collect();
            Validation {
                ok: problems.is_empty(),
                problems,
            }
        }
    };
    to_js(&v)
}

/// Every problem of a policy profile at once; never throws for a bad profile.
#[wasm_bindgen(js_name = validateProfile, unchecked_return_type = "Validation")]
pub fn validate_profile(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
) -> Outcome<JsValue> {
    let text = text_of(&profile, "profile")?;
    let v = match minzheng::json::from_str::<Profile>(&text) {
        Err(e) => unreadable(&EligibilityError::Json {
            message: e.to_string(),
        }),
        Ok(p) => {
            let problems: Vec<Check> = p.problems().iter().map(problem).collect();
            Validation {
                ok: problems.is_empty(),
                problems,
            }
        }
    };
    to_js(&v)
}

/// The sample city profile embedded in the library (values are samples, not a real city's).
#[wasm_bindgen(js_name = sampleProfile, unchecked_return_type = "Profile")]
pub fn sample_profile() -> Outcome<JsValue> {
    crate::json::to_js(
        &minzheng::json::from_str::<serde_json::Value>(SAMPLE_PROFILE_JSON).map_err(|e| {
            Failure::binding(ErrorCode::Json, "内置样例配置无法读取", &e.to_string())
        })?,
    )
}

/// Evaluates every programme for a household on `date` against a profile (the embedded sample
/// when omitted): every decision with every finding (rule, citation with confidence, facts, zh
/// and en) and every missing fact at once (一次性告知). Throws when the household or profile is
/// invalid.
#[wasm_bindgen(js_name = evaluateEligibility, unchecked_return_type = "Evaluation")]
pub fn evaluate_eligibility(
    #[wasm_bindgen(unchecked_param_type = "Household | string")] household: JsValue,
    date_text: &str,
    #[wasm_bindgen(unchecked_param_type = "Profile | string | undefined")] profile: JsValue,
) -> Outcome<JsValue> {
    let on = date(date_text)?;
    let hh = Household::from_json(&text_of(&household, "household")?)?;
    let profile_text = if profile.is_undefined() || profile.is_null() {
        SAMPLE_PROFILE_JSON.to_owned()
    } else {
        text_of(&profile, "profile")?
    };
    PROFILE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let fresh = !matches!(cache.as_ref(), Some((t, _)) if *t == profile_text);
        if fresh {
            let p = Profile::from_json(&profile_text)?;
            *cache = Some((profile_text, p));
        }
        match cache.as_ref() {
            Some((_, p)) => to_js(&evaluate(&hh, p, on)?),
            None => Err(Failure::binding(
                ErrorCode::Internal,
                "配置缓存为空",
                "profile cache empty",
            )),
        }
    })
}
