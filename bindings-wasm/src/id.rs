//! Identifiers: resident identity numbers and unified social credit codes.

use crate::error::Outcome;
use crate::json::to_js;
use crate::types::{CreditCodeInfo, IdCheck, ResidentIdInfo};
use minzheng::errors::Coded;
use minzheng::id::{CreditCode, IdError, ResidentId, Sex};
use wasm_bindgen::prelude::*;

fn resident_info(id: &ResidentId) -> ResidentIdInfo {
    ResidentIdInfo {
        number: id.number().to_owned(),
        masked: id.masked(),
        division_code: id.division_code().to_owned(),
        birth_date: crate::iso(id.birth_date()),
        // The serde names of `Sex` (the JSON model's values).
        sex: match id.sex() {
            Sex::Male => "male",
            Sex::Female => "female",
        }
        .to_owned(),
        converted_from_15: id.converted_from_15(),
    }
}

fn credit_info(c: &CreditCode) -> CreditCodeInfo {
    CreditCodeInfo {
        code: c.code().to_owned(),
        department: c.department().to_string(),
        department_name: c.department_name().map(str::to_owned),
        category: c.category().to_string(),
        category_name: c.category_name().map(str::to_owned),
        division_code: c.division_code().to_owned(),
        organisation_code: c.organisation_code().to_owned(),
        civil_affairs: c.is_civil_affairs(),
    }
}

/// The message of a valid resident identity number.
pub(crate) const RESIDENT_OK_ZH: &str = "身份证号码有效";
/// The English message of a valid number or code.
pub(crate) const OK_EN: &str = "valid";

fn check<T>(field: &str, parsed: Result<T, IdError>, ok_zh: &str) -> IdCheck<T> {
    match parsed {
        Ok(v) => IdCheck {
            ok: true,
            code: 0,
            name: String::new(),
            field: field.to_owned(),
            zh: ok_zh.to_owned(),
            en: OK_EN.to_owned(),
            decoded: Some(v),
        },
        Err(e) => IdCheck {
            ok: false,
            code: e.number(),
            name: e.error_code().name().to_owned(),
            field: field.to_owned(),
            zh: e.zh(),
            en: e.en(),
            decoded: None,
        },
    }
}

/// Checks a resident identity number as it is typed: `{ ok, code, name, field, zh, en,
/// decoded }`, never throws for a bad number.
#[wasm_bindgen(js_name = validateResidentId, unchecked_return_type = "IdCheck<ResidentIdInfo>")]
pub fn validate_resident_id(text: &str) -> Outcome<JsValue> {
    let parsed = ResidentId::parse(text).map(|id| resident_info(&id));
    to_js(&check("id_number", parsed, RESIDENT_OK_ZH))
}

/// `true` when `text` is a valid resident identity number (checksum, date, province). The
/// fastest check; [`validate_resident_id`] says why not.
#[wasm_bindgen(js_name = isResidentId)]
pub fn is_resident_id(text: &str) -> bool {
    ResidentId::parse(text).is_ok()
}

/// Decodes a resident identity number; throws a `MinzhengError` when invalid.
#[wasm_bindgen(js_name = decodeResidentId, unchecked_return_type = "ResidentIdInfo")]
pub fn decode_resident_id(text: &str) -> Outcome<JsValue> {
    to_js(&resident_info(&ResidentId::parse(text)?))
}

/// The identity number masked for display and logs; throws when it is not a valid number.
#[wasm_bindgen(js_name = maskResidentId)]
pub fn mask_resident_id(text: &str) -> Outcome<String> {
    Ok(ResidentId::parse(text)?.masked())
}

/// Checks a unified social credit code as it is typed (never throws for a bad code).
#[wasm_bindgen(js_name = validateCreditCode, unchecked_return_type = "IdCheck<CreditCodeInfo>")]
pub fn validate_credit_code(text: &str) -> Outcome<JsValue> {
    let parsed = CreditCode::parse(text).map(|c| credit_info(&c));
    to_js(&check("credit_code", parsed, "统一社会信用代码有效"))
}

/// Decodes a unified social credit code; throws a `MinzhengError` when invalid.
#[wasm_bindgen(js_name = decodeCreditCode, unchecked_return_type = "CreditCodeInfo")]
pub fn decode_credit_code(text: &str) -> Outcome<JsValue> {
    to_js(&credit_info(&CreditCode::parse(text)?))
}
