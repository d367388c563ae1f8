//! Identifiers: resident identity numbers and unified social credit codes.

use crate::error::{Failure, Outcome};
use crate::json::to_js;
use crate::types::{CreditCodeInfo, DivisionsLoaded, IdCheck, IdCheckResult, ResidentIdInfo};
use minzheng::division::DivisionTable;
use minzheng::errors::Coded;
use minzheng::errors::ErrorCode;
use minzheng::id::Remark;
use minzheng::id::{CreditCode, IdError, ResidentId, Sex};
use std::cell::RefCell;
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

thread_local! {
    /// The division table of this instance, loaded at run time by [`load_divisions`] (the
    /// package does not embed the GB/T 2260 history: BENCHMARKS.md, "Browser package").
    static DIVISIONS: RefCell<Option<DivisionTable>> = const { RefCell::new(None) };
}

/// Reads a division list in any of the forms the core reads: the compact form
/// (`core/data/gb2260-history.compact`, a first line of revisions), JSON (`{"110105": "朝阳区",
/// ...}` or the Ministry's list as JSON), or the history TSV.
fn division_table(text: &str) -> Result<DivisionTable, minzheng::division::DivisionError> {
    let t = text.trim_start();
    let first = t.lines().next().unwrap_or("");
    if t.starts_with('{') || t.starts_with('[') {
        DivisionTable::from_json(t)
    } else if !first.is_empty() && first.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        DivisionTable::from_compact(text)
    } else {
        DivisionTable::from_tsv(text)
    }
}

/// Loads a division table at run time (the compact history `gb2260-history.compact` that
/// ships with the core's sources, a newer list as JSON, or the history TSV) and lays it over
/// the one already loaded. All or nothing: an unreadable table changes nothing. Returns what
/// is loaded now (`{ loaded, codes, earliest_revision, latest_revision }`).
#[wasm_bindgen(js_name = loadDivisions, unchecked_return_type = "DivisionsLoaded")]
pub fn load_divisions(text: &str) -> Outcome<JsValue> {
    let table = division_table(text)?;
    if table.is_empty() {
        return Err(Failure::binding(
            ErrorCode::InvalidArgument,
            "行政区划代码表为空，未加载",
            "the division table is empty: nothing loaded",
        ));
    }
    DIVISIONS.with(|d| {
        let mut slot = d.borrow_mut();
        match slot.as_mut() {
            Some(t) => t.merge(&table),
            None => *slot = Some(table),
        }
    });
    divisions_loaded()
}

/// What division table is loaded (`{ loaded: false, codes: 0, ... }` before [`load_divisions`]).
#[wasm_bindgen(js_name = divisionsLoaded, unchecked_return_type = "DivisionsLoaded")]
pub fn divisions_loaded() -> Outcome<JsValue> {
    to_js(&DIVISIONS.with(|d| match d.borrow().as_ref() {
        Some(t) => DivisionsLoaded {
            loaded: true,
            codes: u32::try_from(t.len()).unwrap_or(u32::MAX),
            earliest_revision: t.earliest_revision(),
            latest_revision: t.latest_revision(),
        },
        None => DivisionsLoaded {
            loaded: false,
            codes: 0,
            earliest_revision: 0,
            latest_revision: 0,
        },
    }))
}

/// Everything the loaded table says of a division code (`110105` → 北京市 朝阳区: names and
/// the years of each, province, prefecture, years of use, whether current, the successor where
/// known); `null` when no loaded list holds it or no table is loaded ([`divisions_loaded`]).
#[wasm_bindgen(js_name = lookupDivision, unchecked_return_type = "Division | null")]
pub fn lookup_division(code: &str) -> Outcome<JsValue> {
    to_js(&DIVISIONS.with(|d| d.borrow().as_ref().and_then(|t| t.lookup(code))))
}

/// Checks any number typed into a form (`id::check`): the kind guessed (resident identity
/// number, residence permit of Hong Kong, Macao or Taiwan residents, unified social credit
/// code, foreigner's permanent residence card) and every kind it could be, validity, the
/// refusal with its code and reason naming the position and expected value, notes
/// (normalisations, a 15-digit number converted to 18) and warnings, and what the number says:
/// division name, birth date, age on `today`, sex, holder; department and category of a credit
/// code. Division codes are looked up in the table loaded by [`load_divisions`]; without one,
/// `division_checked` is `false` and a note `id.division_not_checked` says so (never a
/// refusal). Never throws for a bad number (only for a bad `today`).
#[wasm_bindgen(js_name = checkId, unchecked_return_type = "IdCheckResult")]
pub fn check_id(text: &str, today: &str) -> Outcome<JsValue> {
    let today = crate::date(today)?;
    DIVISIONS.with(|d| {
        let table = d.borrow();
        let mut report = minzheng::id::check_with(text, today, table.as_ref());
        let has_code = report.resident.is_some() || report.credit.is_some();
        if table.is_none() && has_code {
            report.notes.push(Remark {
                code: "id.division_not_checked",
                zh: "未加载行政区划代码表，未核对区划代码（调用 loadDivisions 后可核对）".to_owned(),
                en: "no division table is loaded: the division code was not checked (call loadDivisions)".to_owned(),
            });
        }
        to_js(&IdCheckResult {
            division_checked: table.is_some() && has_code,
            report: &report,
        })
    })
}

/// The GB 11714 check character of an organisation code's first eight characters (`null` when
/// they are not eight digits or capital letters).
#[wasm_bindgen(js_name = organisationCheckChar)]
pub fn organisation_check_char(body: &str) -> Option<String> {
    minzheng::id::organisation_check_char(body).map(String::from)
}
