//! Tests shared by the Node and the browser suites (wasm-bindgen-test): each calls the exported
//! functions as JavaScript would and reads the plain objects they return.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use minzheng_wasm::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(v.clone(), |v, k| match k.parse::<u32>() {
            Ok(i) => js_sys::Reflect::get_u32(&v, i).unwrap(),
            Err(_) => js_sys::Reflect::get(&v, &JsValue::from_str(k)).unwrap(),
        })
}

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn make_up_saturday_is_a_workday_and_national_day_is_not() {
    assert!(is_workday("2026-10-10").unwrap()); // a Saturday worked for National Day
    assert_eq!(get(&day("2026-10-10").unwrap(), "kind"), "makeup");
    assert!(!is_workday("2026-10-01").unwrap());
    assert_eq!(get(&day("2026-10-01").unwrap(), "kind"), "holiday");
}

#[wasm_bindgen_test]
fn disclosure_reply_skips_the_golden_week() {
    let r = compute_deadline(obj(
        r#"{"period": "disclosure.reply", "start": "2026-09-18", "today": "2026-10-19"}"#,
    ))
    .unwrap();
    assert_eq!(get(&r, "due"), "2026-10-22");
    assert_eq!(get(&r, "status_name"), "due_soon");
    assert_eq!(get(&r, "status.workdays_left").as_f64(), Some(3.0));
    let lines = js_sys::Array::from(&get(&r, "explanation"));
    assert!(lines.length() >= 2);
    assert!(get(&r, "explanation.0.zh")
        .as_string()
        .unwrap()
        .contains("起算"));
}

#[wasm_bindgen_test]
fn a_year_without_a_notice_throws_a_minzheng_error() {
    let e = add_workdays("2031-01-05", 3).unwrap_err();
    let e: JsValue = e.into();
    assert_eq!(get(&e, "name"), "MinzhengError");
    assert_eq!(get(&e, "codeName"), "calendar.year_not_covered");
    assert_eq!(get(&e, "code").as_f64(), Some(1001.0));
    assert!(get(&e, "zh").as_string().unwrap().contains("2031"));
    assert!(get(&e, "en").as_string().unwrap().contains("2031"));
    assert!(e.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn a_bad_identity_number_is_reported_not_thrown() {
    let r = validate_resident_id("110105194912310022").unwrap();
    assert_eq!(get(&r, "ok"), false);
    assert_eq!(get(&r, "name"), "id.check_character_wrong");
    assert_eq!(get(&r, "code").as_f64(), Some(3006.0));
    assert_eq!(get(&r, "field"), "id_number");
    let ok = validate_resident_id("11010519491231002X").unwrap();
    assert_eq!(get(&ok, "ok"), true);
    assert_eq!(get(&ok, "decoded.birth_date"), "1949-12-31");
    assert_eq!(get(&ok, "decoded.sex"), "female");
}

#[wasm_bindgen_test]
fn an_overlay_loaded_at_run_time_changes_the_answer() {
    reset_calendar();
    assert!(is_workday("2025-03-03").unwrap());
    add_overlay(obj(
        r#"{"name": "示例州", "rest_days": [{"date": "2025-03-03", "name": "示例节"}]}"#,
    ))
    .unwrap();
    assert!(!is_workday("2025-03-03").unwrap());
    reset_calendar();
    assert!(is_workday("2025-03-03").unwrap());
}

#[wasm_bindgen_test]
fn a_household_lists_every_problem_at_once() {
    let v = validate_household(obj(
        r#"{"members": [{"name": "", "relation": "spouse", "id_number": "110105194912310021"}],
            "residence": "1101", "area": "urban", "application_date": "2026-06-01"}"#,
    ))
    .unwrap();
    assert_eq!(get(&v, "ok"), false);
    let names: Vec<String> = js_sys::Array::from(&get(&v, "problems"))
        .iter()
        .map(|p| get(&p, "name").as_string().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "household.applicant_count",
            "household.empty_name",
            "household.bad_id_number",
            "household.bad_residence"
        ]
    );
}
