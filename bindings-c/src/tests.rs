//! The C functions called as C calls them (raw pointers, NUL-terminated strings, YYYYMMDD
//! dates), against the conventions and against every shared vector in tests/vectors/.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::ffi::{CStr, CString};
use std::path::PathBuf;
use std::ptr::{null, null_mut};

fn root() -> PathBuf {
    [env!("CARGO_MANIFEST_DIR"), ".."].iter().collect()
}

fn cs(s: &str) -> CString {
    CString::new(s).unwrap()
}

fn ymd_of(s: &str) -> i32 {
    s.replace('-', "").parse().unwrap()
}

fn last_zh() -> String {
    let n = unsafe { minzheng_last_error_zh(null_mut(), 0) };
    let mut buf = vec![0 as c_char; n + 1];
    let m = unsafe { minzheng_last_error_zh(buf.as_mut_ptr(), buf.len()) };
    assert_eq!(n, m);
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned()
}

fn last_en() -> String {
    let n = unsafe { minzheng_last_error_en(null_mut(), 0) };
    let mut buf = vec![0 as c_char; n + 1];
    unsafe { minzheng_last_error_en(buf.as_mut_ptr(), buf.len()) };
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned()
}

/// The result is the vector's full stable code: its number and its registry name, both
/// exactly (`error_number`, `error_name`; ERRORS.md), and the last error carries the number.
fn assert_full_code(r: u32, v: &Value) {
    let number = v["error_number"]
        .as_u64()
        .expect("error_number in the vector") as u32;
    let want = v["error_name"].as_str().expect("error_name in the vector");
    assert_eq!((r, name(r)), (number, want), "{v}");
    assert_eq!(minzheng_last_error_code(), number, "{v}");
}

fn name(code: u32) -> &'static str {
    unsafe { CStr::from_ptr(minzheng_result_name(code)) }
        .to_str()
        .unwrap()
}

fn take(p: *mut c_char) -> String {
    let s = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
    unsafe { minzheng_string_free(p) };
    s
}

struct Cal(*mut MinzhengCalendar);
impl Drop for Cal {
    fn drop(&mut self) {
        unsafe { minzheng_calendar_free(self.0) };
    }
}
fn cal() -> Cal {
    let mut p = null_mut();
    assert_eq!(unsafe { minzheng_calendar_new(null(), null(), &mut p) }, 0);
    Cal(p)
}

// ---- conventions -------------------------------------------------------------------------

#[test]
fn version_macros_match_cargo_toml_and_the_number_holds_all_three() {
    let v = env!("CARGO_PKG_VERSION");
    let parts: Vec<u32> = v.split('.').map(|p| p.parse().unwrap()).collect();
    assert_eq!(
        [
            MINZHENG_VERSION_MAJOR,
            MINZHENG_VERSION_MINOR,
            MINZHENG_VERSION_PATCH
        ],
        [parts[0], parts[1], parts[2]]
    );
    assert_eq!(
        MINZHENG_VERSION_NUMBER,
        MINZHENG_VERSION_MAJOR * 1_000_000
            + MINZHENG_VERSION_MINOR * 1_000
            + MINZHENG_VERSION_PATCH
    );
    let s = unsafe { CStr::from_ptr(minzheng_version()) };
    assert_eq!(s.to_str().unwrap(), v);
}

#[test]
fn result_constants_are_the_registry_numbers() {
    use super::errors as e;
    assert_eq!(MINZHENG_ERR_NULL_POINTER, e::NULL_POINTER);
    assert_eq!(MINZHENG_ERR_INVALID_UTF8, e::INVALID_UTF8);
    assert_eq!(MINZHENG_ERR_INVALID_DATE, e::INVALID_DATE);
    assert_eq!(MINZHENG_ERR_JSON, e::JSON);
    assert_eq!(MINZHENG_ERR_BUFFER_TOO_SMALL, e::BUFFER_TOO_SMALL);
    assert_eq!(MINZHENG_ERR_PANIC, e::PANIC);
    assert_eq!(MINZHENG_ERR_INVALID_ARGUMENT, e::INVALID_ARGUMENT);
    assert_eq!(name(0), "ok");
    assert_eq!(name(MINZHENG_ERR_PANIC), "general.internal");
    assert_eq!(name(4_000_000), "unknown");
    // Every registry number has its name and meanings through C.
    for c in minzheng::errors::ErrorCode::ALL {
        assert_eq!(name(c.number()), c.name());
        let mut buf = [0 as c_char; 512];
        let n = unsafe { minzheng_result_meaning_en(c.number(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!(n, c.meaning_en().len());
        let n = unsafe { minzheng_result_meaning_zh(c.number(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!(n, c.meaning_zh().len());
    }
}

#[test]
fn a_panic_comes_back_as_a_code_with_both_messages() {
    assert_eq!(minzheng_selftest_panic(), MINZHENG_ERR_PANIC);
    assert_eq!(minzheng_last_error_code(), MINZHENG_ERR_PANIC);
    assert!(last_zh().contains("panic"), "{}", last_zh());
    assert!(last_en().contains("panic"));
}

#[test]
fn null_pointers_are_refused_and_outputs_untouched() {
    let c = cal();
    let mut out = -1;
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(null(), 20240920, 1, &mut out) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert_eq!(out, -1);
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(c.0, 20240920, 1, null_mut()) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert!(last_en().contains("out"), "{}", last_en());
    assert_eq!(
        unsafe { minzheng_calendar_new(null(), null(), null_mut()) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert_eq!(
        unsafe { minzheng_resident_id_parse(null(), null_mut()) },
        MINZHENG_ERR_NULL_POINTER
    );
    // _free accepts NULL.
    unsafe {
        minzheng_calendar_free(null_mut());
        minzheng_catalogue_free(null_mut());
        minzheng_deadline_free(null_mut());
        minzheng_profile_free(null_mut());
        minzheng_string_free(null_mut());
    }
}

#[test]
fn invalid_utf8_and_invalid_dates_are_refused_with_their_codes() {
    let bad = [0xffu8, 0xfe, 0];
    let mut valid = false;
    assert_eq!(
        unsafe { minzheng_resident_id_is_valid(bad.as_ptr().cast(), &mut valid) },
        MINZHENG_ERR_INVALID_UTF8
    );
    let c = cal();
    let mut out = 7;
    for d in [20240230, 0, -20240101, 20241301, 99] {
        assert_eq!(
            unsafe { minzheng_calendar_add_workdays(c.0, d, 1, &mut out) },
            MINZHENG_ERR_INVALID_DATE,
            "{d}"
        );
    }
    assert_eq!(out, 7);
}

#[test]
fn the_last_error_is_per_thread_in_two_languages_and_sized_by_the_caller() {
    let c = cal();
    let mut out = 0;
    let code = unsafe { minzheng_calendar_add_workdays(c.0, 20261201, 23, &mut out) };
    assert_eq!(name(code), "calendar.year_not_covered");
    assert_eq!(out, 0);
    let zh = last_zh();
    let en = last_en();
    assert!(zh.contains("2027") && !zh.contains("no holiday"), "{zh}");
    assert!(
        en.starts_with("no holiday arrangement is loaded for 2027"),
        "{en}"
    );
    // Too small: nothing written, the length returned.
    let mut small = [b'z' as c_char; 4];
    let n = unsafe { minzheng_last_error_en(small.as_mut_ptr(), small.len()) };
    assert_eq!(n, en.len());
    assert!(small.iter().all(|&b| b == b'z' as c_char));
    // Another thread has its own last error.
    std::thread::spawn(|| assert_eq!(minzheng_last_error_code(), 0))
        .join()
        .unwrap();
    assert_eq!(minzheng_last_error_code(), code);
}

#[test]
fn a_calendar_handle_is_shared_read_only_by_many_threads() {
    let c = cal();
    let addr = c.0 as usize;
    let threads: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(move || {
                let mut out = 0;
                let p = addr as *const MinzhengCalendar;
                for _ in 0..1000 {
                    assert_eq!(
                        unsafe { minzheng_calendar_add_workdays(p, 20240920, 20, &mut out) },
                        0
                    );
                    assert_eq!(out, 20241023);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn a_notice_for_the_next_year_loads_at_run_time_and_a_bad_one_changes_nothing() {
    let mut p = null_mut();
    let bad = cs("{\"2027\": 5}");
    let code = unsafe { minzheng_calendar_new(bad.as_ptr(), null(), &mut p) };
    assert_eq!(name(code), "calendar.invalid_data");
    assert!(p.is_null());
    let overlay =
        cs(r#"{"name": "某县", "rest_days": [{"date": "2026-06-15", "name": "地方节日"}]}"#);
    let code = unsafe { minzheng_calendar_new(null(), overlay.as_ptr(), &mut p) };
    if code == 0 {
        let c = Cal(p);
        let mut k = MinzhengDayKind::Workday;
        assert_eq!(
            unsafe { minzheng_calendar_day_kind(c.0, 20260615, &mut k) },
            0
        );
        assert_eq!(k, MinzhengDayKind::Holiday);
    } else {
        panic!("overlay refused: {}", last_en());
    }
}

#[test]
fn batches_fill_each_element_and_report_the_first_failure() {
    let c = cal();
    let days = [20240920, 20240230, 20261201, 20250101];
    let ns = [20i64, 1, 23, 0];
    let mut out = [9i32; 4];
    let mut codes = [9u32; 4];
    let r = unsafe {
        minzheng_calendar_add_workdays_batch(
            c.0,
            days.as_ptr(),
            ns.as_ptr(),
            4,
            out.as_mut_ptr(),
            codes.as_mut_ptr(),
        )
    };
    assert_eq!(r, MINZHENG_ERR_INVALID_DATE);
    assert_eq!(out, [20241023, 0, 0, 20250101]);
    assert_eq!(codes[0], 0);
    assert_eq!(codes[1], MINZHENG_ERR_INVALID_DATE);
    assert_eq!(name(codes[2]), "calendar.year_not_covered");
    assert!(last_en().starts_with("element 1"), "{}", last_en());
    // The due-date batch agrees with the full deadline of each start.
    let period = cs("disclosure.reply");
    let starts: Vec<i32> = (1..=28).map(|d| 20240900 + d).collect();
    let mut dues = vec![0; starts.len()];
    let mut codes = vec![0; starts.len()];
    let r = unsafe {
        minzheng_deadline_due_batch(
            c.0,
            null(),
            period.as_ptr(),
            starts.as_ptr(),
            starts.len(),
            dues.as_mut_ptr(),
            codes.as_mut_ptr(),
        )
    };
    assert_eq!(r, 0);
    for (s, due) in starts.iter().zip(&dues) {
        let mut d = null_mut();
        assert_eq!(
            unsafe {
                minzheng_deadline_new(
                    c.0,
                    null(),
                    period.as_ptr(),
                    *s,
                    null(),
                    0,
                    null(),
                    0,
                    &mut d,
                )
            },
            0
        );
        let mut dates = MinzhengDeadlineDates::default();
        assert_eq!(unsafe { minzheng_deadline_dates(d, &mut dates) }, 0);
        unsafe { minzheng_deadline_free(d) };
        assert_eq!(dates.due, *due, "start {s}");
    }
}

#[test]
fn holidays_of_a_year_are_listed_typed_and_the_array_is_sized_first() {
    let c = cal();
    let mut n = 0;
    assert_eq!(
        unsafe { minzheng_calendar_holiday_count(c.0, 2024, &mut n) },
        0
    );
    assert_eq!(n, 7);
    let mut small = vec![
        MinzhengHoliday {
            first_day: 0,
            last_day: 0,
            days_off: 0,
            makeup_days: 0,
            name: [0; 64]
        };
        2
    ];
    let mut count = 0;
    let r = unsafe { minzheng_calendar_holidays(c.0, 2024, small.as_mut_ptr(), 2, &mut count) };
    assert_eq!(r, MINZHENG_ERR_BUFFER_TOO_SMALL);
    assert_eq!(count, 7);
    let mut all = vec![small[0]; 7];
    assert_eq!(
        unsafe { minzheng_calendar_holidays(c.0, 2024, all.as_mut_ptr(), 7, &mut count) },
        0
    );
    let national = all.iter().find(|h| h.first_day == 20241001).unwrap();
    assert_eq!(
        (national.last_day, national.days_off, national.makeup_days),
        (20241007, 7, 2)
    );
    let name = unsafe { CStr::from_ptr(national.name.as_ptr()) }
        .to_str()
        .unwrap();
    assert_eq!(name, "国庆节");
}

#[test]
fn a_reply_deadline_with_a_suspension_explains_itself() {
    let c = cal();
    let period = cs("disclosure.reply");
    let reason = cs("征求第三方意见");
    let sus = [MinzhengSuspension {
        from: 20241010,
        to: 20241014,
        reason: reason.as_ptr(),
    }];
    let mut d = null_mut();
    assert_eq!(
        unsafe {
            minzheng_deadline_new(
                c.0,
                null(),
                period.as_ptr(),
                20240920,
                sus.as_ptr(),
                1,
                null(),
                0,
                &mut d,
            )
        },
        0
    );
    let mut dates = MinzhengDeadlineDates::default();
    assert_eq!(unsafe { minzheng_deadline_dates(d, &mut dates) }, 0);
    assert_eq!(dates.due, 20241029);
    let mut st = MinzhengStatus {
        kind: MinzhengStatusKind::Running,
        workdays: 0,
        days: 0,
    };
    assert_eq!(
        unsafe { minzheng_deadline_status(d, c.0, 20241025, 0, 3, &mut st) },
        0
    );
    assert_eq!((st.kind, st.workdays), (MinzhengStatusKind::DueSoon, 2));
    let mut text = null_mut();
    assert_eq!(unsafe { minzheng_deadline_explanation(d, &mut text) }, 0);
    let both = take(text);
    assert!(both.contains("征求第三方意见"));
    let (mut zh, mut en) = (null_mut(), null_mut());
    assert_eq!(unsafe { minzheng_deadline_explanation_zh(d, &mut zh) }, 0);
    assert_eq!(unsafe { minzheng_deadline_explanation_en(d, &mut en) }, 0);
    let (zh, en) = (take(zh), take(en));
    assert_eq!(zh.lines().count(), both.lines().count());
    assert_eq!(en.lines().count(), both.lines().count());
    assert!(zh.contains("中止计算") && !zh.contains(" / "), "{zh}");
    assert!(en.contains("suspended") && !en.contains("中止计算"), "{en}");
    let mut json = null_mut();
    assert_eq!(unsafe { minzheng_deadline_json(d, &mut json) }, 0);
    let v: Value = serde_json::from_str(&take(json)).unwrap();
    assert_eq!(v["due"], "2024-10-29");
    unsafe { minzheng_deadline_free(d) };
    let unknown = cs("disclosure.replyy");
    let mut d2 = null_mut();
    let r = unsafe {
        minzheng_deadline_new(
            c.0,
            null(),
            unknown.as_ptr(),
            20240920,
            null(),
            0,
            null(),
            0,
            &mut d2,
        )
    };
    assert_eq!(name(r), "deadline.unknown_period");
    assert!(d2.is_null());
}

// ---- the shared vectors --------------------------------------------------------------------

fn load(file: &str) -> (Value, Vec<Value>) {
    let text = std::fs::read_to_string(root().join("tests/vectors").join(file)).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let cases = doc["cases"].as_array().unwrap().clone();
    (doc, cases)
}

fn calendar_days(c: &Cal) -> usize {
    let (_, cases) = load("calendar_days.json");
    for v in &cases {
        let mut k = MinzhengDayKind::Workday;
        let r =
            unsafe { minzheng_calendar_day_kind(c.0, ymd_of(v["date"].as_str().unwrap()), &mut k) };
        assert_eq!(r, 0, "{v}");
        let want = match v["kind"].as_str().unwrap() {
            "workday" => MinzhengDayKind::Workday,
            "weekend" => MinzhengDayKind::Weekend,
            "holiday" => MinzhengDayKind::Holiday,
            _ => MinzhengDayKind::Makeup,
        };
        assert_eq!(k, want, "{v}");
        let mut w = false;
        unsafe { minzheng_calendar_is_workday(c.0, ymd_of(v["date"].as_str().unwrap()), &mut w) };
        assert_eq!(
            w,
            matches!(want, MinzhengDayKind::Workday | MinzhengDayKind::Makeup)
        );
    }
    cases.len()
}

fn calendar_add(c: &Cal) -> usize {
    let (_, cases) = load("calendar_add.json");
    let days: Vec<i32> = cases
        .iter()
        .map(|v| ymd_of(v["date"].as_str().unwrap()))
        .collect();
    let ns: Vec<i64> = cases.iter().map(|v| v["n"].as_i64().unwrap()).collect();
    let mut out = vec![0; cases.len()];
    let mut codes = vec![0; cases.len()];
    let r = unsafe {
        minzheng_calendar_add_workdays_batch(
            c.0,
            days.as_ptr(),
            ns.as_ptr(),
            days.len(),
            out.as_mut_ptr(),
            codes.as_mut_ptr(),
        )
    };
    assert_eq!(r, 0);
    for (i, v) in cases.iter().enumerate() {
        let mut one = 0;
        assert_eq!(
            unsafe { minzheng_calendar_add_workdays(c.0, days[i], ns[i], &mut one) },
            0,
            "{v}"
        );
        let want = ymd_of(v["expected"].as_str().unwrap());
        assert_eq!(one, want, "{v}");
        assert_eq!(out[i], want, "{v}");
        // next/previous workday: the day itself when a workday, else one step.
        let mut is_wd = false;
        unsafe { minzheng_calendar_is_workday(c.0, days[i], &mut is_wd) };
        if ns[i] == 1 || ns[i] == -1 {
            let mut got = 0;
            if ns[i] == 1 {
                unsafe { minzheng_calendar_next_workday(c.0, days[i], &mut got) };
            } else {
                unsafe { minzheng_calendar_previous_workday(c.0, days[i], &mut got) };
            }
            assert_eq!(got, if is_wd { days[i] } else { want }, "{v}");
        }
    }
    cases.len()
}

fn calendar_between(c: &Cal) -> usize {
    let (_, cases) = load("calendar_between.json");
    for v in &cases {
        let mut n = 0;
        let r = unsafe {
            minzheng_calendar_workdays_between(
                c.0,
                ymd_of(v["from"].as_str().unwrap()),
                ymd_of(v["to"].as_str().unwrap()),
                &mut n,
            )
        };
        assert_eq!(r, 0, "{v}");
        assert_eq!(u64::from(n), v["expected"].as_u64().unwrap(), "{v}");
    }
    cases.len()
}

fn calendar_errors(c: &Cal) -> usize {
    let (_, cases) = load("calendar_errors.json");
    for v in &cases {
        let d = |k: &str| ymd_of(v[k].as_str().unwrap());
        let (mut k, mut o, mut n) = (MinzhengDayKind::Workday, 0, 0u32);
        let r = unsafe {
            match v["op"].as_str().unwrap() {
                "day" => minzheng_calendar_day_kind(c.0, d("date"), &mut k),
                "add" => {
                    minzheng_calendar_add_workdays(c.0, d("date"), v["n"].as_i64().unwrap(), &mut o)
                }
                _ => minzheng_calendar_workdays_between(c.0, d("from"), d("to"), &mut n),
            }
        };
        assert_full_code(r, v);
        // The same number as the Rust call's error.
        let cal = minzheng::calendar::Calendar::china();
        let nd = |k: &str| {
            chrono::NaiveDate::parse_from_str(v[k].as_str().unwrap(), "%Y-%m-%d").unwrap()
        };
        let rust = match v["op"].as_str().unwrap() {
            "day" => cal.day_kind(nd("date")).map(|_| ()),
            "add" => cal
                .add_workdays(nd("date"), v["n"].as_i64().unwrap())
                .map(|_| ()),
            _ => cal.workdays_between(nd("from"), nd("to")).map(|_| ()),
        };
        assert_eq!(
            rust.err().map(|e| minzheng::errors::Coded::number(&e)),
            Some(r),
            "{v}"
        );
        assert_eq!((o, n), (0, 0), "outputs untouched: {v}");
        if let Some(y) = v.get("year").and_then(Value::as_i64) {
            assert!(last_en().contains(&y.to_string()), "{v}: {}", last_en());
        }
    }
    cases.len()
}

fn deadlines(c: &Cal) -> usize {
    let (_, cases) = load("deadlines.json");
    for v in &cases {
        let reasons: Vec<CString> = v["suspensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| cs(s["reason"].as_str().unwrap_or("")))
            .collect();
        let sus: Vec<MinzhengSuspension> = v["suspensions"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&reasons)
            .map(|(s, r)| MinzhengSuspension {
                from: ymd_of(s["from"].as_str().unwrap()),
                to: ymd_of(s["to"].as_str().unwrap()),
                reason: r.as_ptr(),
            })
            .collect();
        let approvers: Vec<CString> = v["extensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| cs(e["approved_by"].as_str().unwrap_or("")))
            .collect();
        let ext: Vec<MinzhengExtension> = v["extensions"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&approvers)
            .map(|(e, a)| MinzhengExtension {
                amount: e["amount"].as_u64().unwrap() as u32,
                granted: ymd_of(e["granted"].as_str().unwrap()),
                approved_by: a.as_ptr(),
            })
            .collect();
        let start = ymd_of(v["start"].as_str().unwrap());
        let mut d = null_mut();
        let r = unsafe {
            match v.get("period_def") {
                Some(def) => {
                    let unit = match def["unit"].as_str().unwrap() {
                        "working_days" => 1,
                        "natural_days" => 2,
                        _ => 3,
                    };
                    assert!(ext.is_empty());
                    minzheng_deadline_new_period(
                        c.0,
                        def["amount"].as_u64().unwrap() as u32,
                        unit,
                        start,
                        sus.as_ptr(),
                        sus.len(),
                        &mut d,
                    )
                }
                None => {
                    let id = cs(v["period"].as_str().unwrap());
                    minzheng_deadline_new(
                        c.0,
                        null(),
                        id.as_ptr(),
                        start,
                        sus.as_ptr(),
                        sus.len(),
                        ext.as_ptr(),
                        ext.len(),
                        &mut d,
                    )
                }
            }
        };
        assert_eq!(r, 0, "{v}: {}", last_en());
        let mut dates = MinzhengDeadlineDates::default();
        assert_eq!(unsafe { minzheng_deadline_dates(d, &mut dates) }, 0);
        assert_eq!(
            dates.due,
            ymd_of(v["expected_due"].as_str().unwrap()),
            "{v}"
        );
        let answered = v["answered"].as_str().map_or(0, ymd_of);
        let threshold = v
            .get("due_soon_threshold")
            .and_then(Value::as_u64)
            .unwrap_or(3) as u32;
        let mut st = MinzhengStatus {
            kind: MinzhengStatusKind::Running,
            workdays: 0,
            days: 0,
        };
        let r = unsafe {
            minzheng_deadline_status(
                d,
                c.0,
                ymd_of(v["today"].as_str().unwrap()),
                answered,
                threshold,
                &mut st,
            )
        };
        assert_eq!(r, 0, "{v}");
        let kind = match st.kind {
            MinzhengStatusKind::Running => "running",
            MinzhengStatusKind::DueSoon => "due_soon",
            MinzhengStatusKind::DueToday => "due_today",
            MinzhengStatusKind::Overdue => "overdue",
            MinzhengStatusKind::Met => "met",
            MinzhengStatusKind::MetLate => "met_late",
        };
        assert_eq!(kind, v["expected_status"].as_str().unwrap(), "{v}");
        assert_eq!(
            u64::from(st.workdays),
            v["expected_workdays"].as_u64().unwrap(),
            "{v}"
        );
        if kind == "overdue" {
            assert_eq!(
                u64::from(st.days),
                v["expected_days"].as_u64().unwrap(),
                "{v}"
            );
        }
        unsafe { minzheng_deadline_free(d) };
    }
    cases.len()
}

fn fixed_str(a: &[c_char]) -> String {
    unsafe { CStr::from_ptr(a.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned()
}

fn identifiers() -> usize {
    let (_, cases) = load("identifiers.json");
    for v in &cases {
        let text = cs(v["value"].as_str().unwrap());
        let valid = v["valid"].as_bool().unwrap();
        let mut is_valid = !valid;
        if v["kind"] == "resident" {
            assert_eq!(
                unsafe { minzheng_resident_id_is_valid(text.as_ptr(), &mut is_valid) },
                0
            );
            let mut out = std::mem::MaybeUninit::<MinzhengResidentId>::zeroed();
            let r = unsafe { minzheng_resident_id_parse(text.as_ptr(), out.as_mut_ptr()) };
            if valid {
                assert_eq!(r, 0, "{v}");
                let id = unsafe { out.assume_init() };
                assert_eq!(fixed_str(&id.number), v["number"].as_str().unwrap());
                assert_eq!(id.birth_date, ymd_of(v["birth_date"].as_str().unwrap()));
                let sex = if id.sex == MinzhengSex::Male {
                    "male"
                } else {
                    "female"
                };
                assert_eq!(sex, v["sex"].as_str().unwrap());
                assert_eq!(fixed_str(&id.masked), v["masked"].as_str().unwrap());
                assert_eq!(
                    fixed_str(&id.division),
                    v["division_code"].as_str().unwrap()
                );
            } else {
                assert_full_code(r, v);
                let value = v["value"].as_str().unwrap();
                assert!(
                    value.len() < 15 || !last_en().contains(value),
                    "{v}: {} (an error names the number in clear)",
                    last_en()
                );
            }
        } else {
            assert_eq!(
                unsafe { minzheng_credit_code_is_valid(text.as_ptr(), &mut is_valid) },
                0
            );
            let mut out = std::mem::MaybeUninit::<MinzhengCreditCode>::zeroed();
            let r = unsafe { minzheng_credit_code_parse(text.as_ptr(), out.as_mut_ptr()) };
            if valid {
                assert_eq!(r, 0, "{v}");
                let c = unsafe { out.assume_init() };
                assert_eq!(
                    (c.department as u8 as char).to_string(),
                    v["department"].as_str().unwrap()
                );
                assert_eq!(
                    (c.category as u8 as char).to_string(),
                    v["category"].as_str().unwrap()
                );
                assert_eq!(fixed_str(&c.division), v["division_code"].as_str().unwrap());
                assert_eq!(
                    fixed_str(&c.organisation),
                    v["organisation_code"].as_str().unwrap()
                );
                assert_eq!(c.civil_affairs, v["civil_affairs"].as_bool().unwrap());
                if let Some(n) = v.get("category_name").and_then(Value::as_str) {
                    assert_eq!(fixed_str(&c.category_name), n);
                }
            } else {
                assert_full_code(r, v);
            }
        }
        assert_eq!(is_valid, valid, "{v}");
    }
    cases.len()
}

fn disclosure_cases(c: &Cal) -> usize {
    let (_, cases) = load("disclosure_cases.json");
    for v in &cases {
        let log: String = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.to_string() + "\n")
            .collect();
        let log = cs(&log);
        let mut out = null_mut();
        let r = unsafe {
            minzheng_disclosure_replay_json(
                c.0,
                log.as_ptr(),
                ymd_of(v["today"].as_str().unwrap()),
                &mut out,
            )
        };
        assert_eq!(r, 0, "{v}: {}", last_en());
        let rep: Value = serde_json::from_str(&take(out)).unwrap();
        let n = &v["name"];
        assert_eq!(rep["state"], v["expected_state"], "{n}: {rep}");
        assert_eq!(rep["deadline"]["due"], v["expected_due"], "{n}");
        assert_eq!(rep["status"]["status"], v["expected_status"], "{n}");
        if let Some(w) = v.get("expected_workdays").filter(|w| !w.is_null()) {
            let s = &rep["status"];
            let got = [
                "workdays_left",
                "workdays",
                "workdays_to_spare",
                "workdays_late",
            ]
            .iter()
            .find_map(|k| s.get(*k))
            .cloned()
            .unwrap_or(Value::from(0));
            assert_eq!(&got, w, "{n}: {s}");
        }
        if let Some(d) = v.get("expected_receipt") {
            assert_eq!(&rep["receipt"], d, "{n}");
        }
        if let Some(notes) = v.get("expected_notes").and_then(Value::as_array) {
            let mut got: Vec<String> = rep["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(note_code)
                .collect();
            let mut want: Vec<String> = notes
                .iter()
                .map(|w| w.as_str().unwrap().to_owned())
                .collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{n}: compliance notes");
        }
    }
    cases.len()
}

fn note_code(x: &Value) -> String {
    match x {
        Value::String(s) => s.clone(),
        Value::Object(m) => m
            .get("code")
            .or_else(|| m.get("note"))
            .or_else(|| m.get("kind"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        _ => String::new(),
    }
}

fn eligibility_cases() -> usize {
    let (doc, cases) = load("eligibility.json");
    let profile_text =
        std::fs::read_to_string(root().join(doc["profile"].as_str().unwrap())).unwrap();
    let profile_json = cs(&profile_text);
    let mut profile = null_mut();
    assert_eq!(
        unsafe { minzheng_profile_new(profile_json.as_ptr(), &mut profile) },
        0,
        "{}",
        last_en()
    );
    for v in &cases {
        let n = &v["name"];
        let hh = cs(&v["household"].to_string());
        let mut out = null_mut();
        let r = unsafe {
            minzheng_evaluate_json(
                profile,
                hh.as_ptr(),
                ymd_of(v["date"].as_str().unwrap()),
                &mut out,
            )
        };
        assert_eq!(r, 0, "{n}: {}", last_en());
        let ev: Value = serde_json::from_str(&take(out)).unwrap();
        for (prog, exp) in v["expect"].as_object().unwrap() {
            let d = ev["decisions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["programme"] == prog.as_str())
                .unwrap_or_else(|| panic!("{n}: no {prog}"));
            assert_eq!(d["outcome"], exp["outcome"], "{n} {prog}");
            if let Some(a) = exp.get("amount_fen") {
                assert_eq!(&d["amount_fen"], a, "{n} {prog}");
            }
            if let Some(cov) = exp.get("covered") {
                assert_eq!(&d["covered"], cov, "{n} {prog}");
            }
            if let Some(ms) = exp.get("missing").and_then(Value::as_array) {
                let mut want: Vec<&str> = ms.iter().map(|x| x.as_str().unwrap()).collect();
                let mut got: Vec<&str> = d["missing"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x["field"].as_str().unwrap())
                    .collect();
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "{n} {prog}");
            }
            for r in exp
                .get("failed")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let text = d["findings"].to_string();
                assert!(text.contains(r.as_str().unwrap()), "{n} {prog}: {r}");
            }
        }
    }
    unsafe { minzheng_profile_free(profile) };
    cases.len()
}

fn crosscheck_cases() -> usize {
    let (doc, cases) = load("crosscheck.json");
    let profile_text =
        std::fs::read_to_string(root().join(doc["profile"].as_str().unwrap())).unwrap();
    let profile_json = cs(&profile_text);
    let mut profile = null_mut();
    assert_eq!(
        unsafe { minzheng_profile_new(profile_json.as_ptr(), &mut profile) },
        0
    );
    for v in &cases {
        let n = &v["name"];
        let input = cs(&serde_json::json!({
            "household": v["household"], "records": v["records"]
        })
        .to_string());
        let day = ymd_of(v["date"].as_str().unwrap());
        let out =
            call_json(|o| unsafe { minzheng_crosscheck_json(profile, input.as_ptr(), day, o) })
                .unwrap_or_else(|e| panic!("{n}: {e:?}"));
        let got: Value = serde_json::from_str(&out).unwrap();
        let e = &v["expect"];
        assert_eq!(got["primary"], e["primary"], "{n}");
        for side in ["before", "after"] {
            assert_eq!(
                got["recheck"][side]["outcome"], e[side]["outcome"],
                "{n} {side}"
            );
            assert_eq!(
                got["recheck"][side]["amount_fen"], e[side]["amount_fen"],
                "{n} {side}"
            );
        }
        let not_used: Vec<(u64, String)> = got["not_used"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                (
                    u["record"].as_u64().unwrap(),
                    u["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let want: Vec<(u64, String)> = e["not_used"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                (
                    u["record"].as_u64().unwrap(),
                    u["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(not_used, want, "{n}");
        assert!(
            !out.contains("110105194912310021"),
            "{n}: an identity number in clear"
        );
    }
    unsafe { minzheng_profile_free(profile) };
    cases.len()
}

/// The golden social-assistance cases (each counted by hand against the articles): replayed
/// through `minzheng_assistance_replay_json`, with the jurisdiction's overrides through
/// `minzheng_catalogue_new`; the answers are the vector's and, field for field, the core's.
fn assistance_cases(c: &Cal) -> usize {
    use minzheng::assistance::{AssistanceEvent, Procedure};
    let (_, cases) = load("assistance_cases.json");
    let core_cal = minzheng::calendar::Calendar::china();
    for v in &cases {
        let n = v["name"].as_str().unwrap();
        let events = v["log"].as_array().unwrap();
        let jsonl =
            |evs: &[Value]| cs(&evs.iter().map(|e| e.to_string() + "\n").collect::<String>());
        let mut cat = null_mut();
        let overrides = v.get("overrides").map(|o| cs(&o.to_string()));
        let r = unsafe {
            minzheng_catalogue_new(overrides.as_ref().map_or(null(), |o| o.as_ptr()), &mut cat)
        };
        assert_eq!(r, 0, "{n}: {}", last_en());
        let today = ymd_of(v["today"].as_str().unwrap());
        let replay = |log: &CString| {
            call_json(|o| unsafe {
                minzheng_assistance_replay_json(c.0, cat, log.as_ptr(), today, 3, o)
            })
        };
        // A refused event: the whole log is refused with its code, nothing written; the case
        // is the log before it.
        let upto = match v.get("refused_at").and_then(Value::as_u64) {
            Some(i) => {
                let (code, msg) = replay(&jsonl(events)).expect_err(n);
                assert_eq!(name(code), "eventlog.event_refused", "{n}: {msg}");
                usize::try_from(i).unwrap()
            }
            None => events.len(),
        };
        let got: Value = serde_json::from_str(&replay(&jsonl(&events[..upto])).unwrap()).unwrap();
        let got_cases = got["cases"].as_array().unwrap();
        assert_eq!(got_cases.len(), 1, "{n}");
        let g = &got_cases[0];
        let e = &v["expect"];
        assert_eq!(g["case"]["state"], e["state"], "{n}: state");
        if let Some(m) = e.get("first_month") {
            assert_eq!(&g["case"]["first_month"], m, "{n}: first month");
        }
        let timings: Vec<Value> = g["timings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| serde_json::json!({"step": t["step"], "due": t["due"], "done": t["done"]}))
            .collect();
        assert_eq!(&Value::Array(timings), &e["timings"], "{n}: timings");
        if let Some(first) = v.get("pending_first") {
            let p0 = &g["pending"][0];
            assert_eq!(p0["timing"]["step"], first["step"], "{n}");
            assert_eq!(p0["status"]["watch"], first["watch"], "{n}");
        }
        // Identical to the core's own answers.
        let national = minzheng::deadline::Catalogue::national();
        let core_cat = match v.get("overrides") {
            Some(o) => national.with_overrides_json(&o.to_string()).unwrap(),
            None => national,
        };
        let p = Procedure::new(&core_cal, &core_cat);
        let evs: Vec<AssistanceEvent> =
            serde_json::from_value(Value::Array(events[..upto].to_vec())).unwrap();
        let case = p.replay(&evs).unwrap();
        let day =
            chrono::NaiveDate::parse_from_str(v["today"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        assert_eq!(g["case"], serde_json::to_value(&case).unwrap(), "{n}: case");
        assert_eq!(
            g["timings"],
            serde_json::to_value(p.timings(&case).unwrap()).unwrap(),
            "{n}"
        );
        assert_eq!(
            g["explanation"],
            serde_json::to_value(p.explain(&case, day).unwrap()).unwrap(),
            "{n}"
        );
        let pending: Vec<Value> = p
            .pending(&case, day, 3)
            .unwrap()
            .into_iter()
            .map(|(t, w)| serde_json::json!({"timing": t, "status": w}))
            .collect();
        assert_eq!(g["pending"], Value::Array(pending), "{n}: pending");
        unsafe { minzheng_catalogue_free(cat) };
    }
    cases.len()
}

/// Every file in tests/vectors/ runs through the C functions, every case of it: a vector
/// file added without a C run, or a case skipped, fails here.
#[test]
fn every_shared_vector_runs_through_the_c_api_with_rust_results() {
    let c = cal();
    let mut ran: BTreeMap<&str, usize> = BTreeMap::new();
    ran.insert("calendar_days.json", calendar_days(&c));
    ran.insert("calendar_add.json", calendar_add(&c));
    ran.insert("calendar_between.json", calendar_between(&c));
    ran.insert("calendar_errors.json", calendar_errors(&c));
    ran.insert("deadlines.json", deadlines(&c));
    ran.insert("identifiers.json", identifiers());
    ran.insert("disclosure_cases.json", disclosure_cases(&c));
    ran.insert("eligibility.json", eligibility_cases());
    ran.insert("crosscheck.json", crosscheck_cases());
    ran.insert("assistance_cases.json", assistance_cases(&c));
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/vectors"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".json"))
        .collect();
    files.sort();
    let handled: Vec<String> = ran.keys().map(|k| (*k).to_owned()).collect();
    assert_eq!(files, handled, "a vector file without a C run");
    let mut total = 0;
    for (f, n) in &ran {
        let (_, cases) = load(f);
        assert_eq!(
            *n,
            cases.len(),
            "{f}: C ran fewer cases than the file holds"
        );
        total += n;
    }
    println!("C vectors: {total} cases in {} files", ran.len());
}

// ---- JSON functions -------------------------------------------------------------------------

fn data(name: &str) -> String {
    std::fs::read_to_string(root().join("examples/data").join(name)).unwrap()
}

fn call_json(f: impl FnOnce(*mut *mut c_char) -> u32) -> Result<String, (u32, String)> {
    let mut out = null_mut();
    let r = f(&mut out);
    if r == 0 {
        Ok(take(out))
    } else {
        assert!(out.is_null(), "output written on failure");
        Err((r, last_en()))
    }
}

#[test]
fn a_jurisdiction_may_shorten_a_period_through_its_catalogue() {
    let c = cal();
    let overrides = cs(
        r#"{"jurisdiction": "郑州市", "overrides": [{"id": "dibao.total",
        "period": {"amount": 25, "unit": "working_days"},
        "basis": {"instrument": "某办法", "article": "第一条", "confidence": "v2"}}]}"#,
    );
    let mut cat = null_mut();
    assert_eq!(
        unsafe { minzheng_catalogue_new(overrides.as_ptr(), &mut cat) },
        0,
        "{}",
        last_en()
    );
    let id = cs("dibao.total");
    let mut local = null_mut();
    assert_eq!(
        unsafe {
            minzheng_deadline_new(
                c.0,
                cat,
                id.as_ptr(),
                20240902,
                null(),
                0,
                null(),
                0,
                &mut local,
            )
        },
        0
    );
    let mut dates = MinzhengDeadlineDates::default();
    unsafe { minzheng_deadline_dates(local, &mut dates) };
    let mut direct = 0;
    unsafe { minzheng_calendar_add_workdays(c.0, 20240902, 25, &mut direct) };
    assert_eq!(dates.due, direct);
    unsafe {
        minzheng_deadline_free(local);
        minzheng_catalogue_free(cat);
    }
    let bad = cs("{\"jurisdiction\": 3}");
    let mut cat = null_mut();
    let r = unsafe { minzheng_catalogue_new(bad.as_ptr(), &mut cat) };
    assert_ne!(r, 0);
    assert!(cat.is_null());
}

#[test]
fn the_annual_report_through_c_is_the_published_sample() {
    let c = cal();
    let events = cs(&data("requests-2025.jsonl"));
    let input = cs(&data("report-input-2025.json"));
    let csv = call_json(|o| unsafe {
        minzheng_annual_report(c.0, 2025, events.as_ptr(), input.as_ptr(), 2, o)
    })
    .unwrap();
    assert_eq!(csv, data("annual-report-2025.csv"));
    let md = call_json(|o| unsafe {
        minzheng_annual_report(c.0, 2025, events.as_ptr(), input.as_ptr(), 3, o)
    })
    .unwrap();
    assert_eq!(md, data("annual-report-2025.md"));
    let json = call_json(|o| unsafe {
        minzheng_annual_report(c.0, 2025, events.as_ptr(), input.as_ptr(), 1, o)
    })
    .unwrap();
    let got: Value = serde_json::from_str(&json).unwrap();
    let want: Value = serde_json::from_str(&data("annual-report-2025.json")).unwrap();
    assert_eq!(got, want);
    let (r, _) = call_json(|o| unsafe {
        minzheng_annual_report(c.0, 2025, events.as_ptr(), input.as_ptr(), 9, o)
    })
    .unwrap_err();
    assert_eq!(r, MINZHENG_ERR_INVALID_ARGUMENT);
}

#[test]
fn power_lists_check_count_and_draw_through_c() {
    let list = cs(&data("power-list.json"));
    let report: Value = serde_json::from_str(
        &call_json(|o| unsafe { minzheng_power_check_json(list.as_ptr(), o) }).unwrap(),
    )
    .unwrap();
    let rust = minzheng::power::check(
        &minzheng::power::PowerList::from_json(&data("power-list.json")).unwrap(),
    );
    assert_eq!(report, serde_json::to_value(&rust).unwrap());
    let stats: Value = serde_json::from_str(
        &call_json(|o| unsafe { minzheng_power_stats_json(list.as_ptr(), o) }).unwrap(),
    )
    .unwrap();
    assert!(stats.is_object());
    let code = cs("MZ-XK-001");
    let svg =
        call_json(|o| unsafe { minzheng_power_flowchart_svg(list.as_ptr(), code.as_ptr(), o) })
            .unwrap();
    assert_eq!(
        svg,
        std::fs::read_to_string(root().join("examples/flowcharts/MZ-XK-001.svg")).unwrap()
    );
    let missing = cs("MZ-NOPE-9");
    assert!(call_json(|o| unsafe {
        minzheng_power_flowchart_svg(list.as_ptr(), missing.as_ptr(), o)
    })
    .is_err());
    let broken = cs("{\"items\": 5}");
    let (r, en) =
        call_json(|o| unsafe { minzheng_power_check_json(broken.as_ptr(), o) }).unwrap_err();
    assert!(name(r).starts_with("power."), "{}: {en}", name(r));
}

#[test]
fn window_cases_are_supervised_and_noticed_through_c() {
    let c = cal();
    let list = cs(&data("power-list.json"));
    let events = cs(&data("window-cases-2025.jsonl"));
    let out = call_json(|o| unsafe {
        minzheng_window_supervise_json(c.0, list.as_ptr(), events.as_ptr(), 20251231, 3, o)
    })
    .unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(!v["cases"].as_array().unwrap().is_empty());
    assert!(v["supervision"].is_array());
    let one: String = data("window-cases-2025.jsonl")
        .lines()
        .filter(|l| l.contains("CK2025000001"))
        .map(|l| format!("{l}\n"))
        .collect();
    let one = cs(&one);
    let (kind, office) = (cs("acceptance"), cs("示例市民政局"));
    let notice = call_json(|o| unsafe {
        minzheng_window_notice_json(
            c.0,
            list.as_ptr(),
            one.as_ptr(),
            kind.as_ptr(),
            office.as_ptr(),
            20250616,
            o,
        )
    })
    .unwrap();
    assert!(notice.contains("受理"), "{notice}");
}

#[test]
fn households_are_validated_evaluated_and_listed_for_the_public_notice() {
    let profile_json = cs(&data("profile-sample-city.json"));
    let mut profile = null_mut();
    assert_eq!(
        unsafe { minzheng_profile_new(profile_json.as_ptr(), &mut profile) },
        0
    );
    let hh = cs(&data("household-sample.json"));
    let v: Value = serde_json::from_str(
        &call_json(|o| unsafe { minzheng_household_validate_json(hh.as_ptr(), o) }).unwrap(),
    )
    .unwrap();
    assert_eq!(v["valid"], true);
    let bad = cs(
        r#"{"members": [{"name": "", "relation": "spouse", "id_number": "110105194912310021"}],
        "residence": "1101", "area": "urban", "application_date": "2026-06-01"}"#,
    );
    let v: Value = serde_json::from_str(
        &call_json(|o| unsafe { minzheng_household_validate_json(bad.as_ptr(), o) }).unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 4, "{v}");
    // Each member problem names its field for a form to mark.
    assert!(
        v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["path"] == "members[0].name"),
        "{v}"
    );
    assert!(
        !v.to_string().contains("110105194912310021"),
        "an identity number in clear"
    );
    let (r, _) =
        call_json(|o| unsafe { minzheng_evaluate_json(profile, bad.as_ptr(), 20260615, o) })
            .unwrap_err();
    assert!(name(r).starts_with("eligibility."), "{}", name(r));
    // Public-notice rows of eligible households (the vectors' first case is eligible for 低保).
    let (_, cases) = load("eligibility.json");
    let hhs: Vec<CString> = cases
        .iter()
        .take(5)
        .map(|c| cs(&c["household"].to_string()))
        .collect();
    let ptrs: Vec<*const c_char> = hhs.iter().map(|h| h.as_ptr()).collect();
    let rows: Value = serde_json::from_str(
        &call_json(|o| unsafe {
            minzheng_public_notice_rows_json(profile, ptrs.as_ptr(), ptrs.len(), 20260615, 1, o)
        })
        .unwrap(),
    )
    .unwrap();
    let first = &rows.as_array().unwrap()[0];
    assert_eq!(first["name"], "王芳");
    assert_eq!(first["amount_fen"], 150000);
    assert!(
        first.get("id_number").is_none(),
        "the notice lists whitelisted fields only"
    );
    unsafe { minzheng_profile_free(profile) };
}

#[test]
fn a_published_power_table_imports_from_utf8_csv_bytes() {
    let bytes = std::fs::read(root().join("tests/tables/power-set1.utf8.csv")).unwrap();
    let authority = cs("示例市民政局");
    let out = call_json(|o| unsafe {
        minzheng_power_import_csv_json(bytes.as_ptr(), bytes.len(), authority.as_ptr(), o)
    })
    .unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(!v["list"]["items"].as_array().unwrap().is_empty());
    assert!(v["report"].is_object());
    assert_eq!(v["encoding"], "UTF-8");
    // The same table saved as GB18030 (Chinese Excel's CSV) gives the same list.
    let gb = std::fs::read(root().join("tests/tables/power-set1.gb18030.csv")).unwrap();
    let out_gb = call_json(|o| unsafe {
        minzheng_power_import_csv_json(gb.as_ptr(), gb.len(), authority.as_ptr(), o)
    })
    .unwrap();
    let g: Value = serde_json::from_str(&out_gb).unwrap();
    assert_eq!(g["encoding"], "GB18030");
    assert_eq!(g["list"], v["list"]);
    // Bytes that are neither UTF-8 nor GB18030 are refused with the encoding code.
    let junk = [0xFFu8, 0xFE, 0x80, 0x81];
    let (r, _) = call_json(|o| unsafe {
        minzheng_power_import_csv_json(junk.as_ptr(), junk.len(), authority.as_ptr(), o)
    })
    .unwrap_err();
    assert_eq!(r, minzheng::errors::ErrorCode::TextBadEncoding as u32);
}

#[test]
fn a_crosscheck_refuses_bad_input_with_its_code_and_writes_nothing() {
    let profile_json = cs(&data("profile-sample-city.json"));
    let mut profile = null_mut();
    assert_eq!(
        unsafe { minzheng_profile_new(profile_json.as_ptr(), &mut profile) },
        0
    );
    let bad = [
        // Not JSON, an unknown field, a household with no member.
        ("{", MINZHENG_ERR_JSON),
        (
            r#"{"household": {}, "records": [], "extra": 1}"#,
            MINZHENG_ERR_JSON,
        ),
        (
            r#"{"household": {"members": [], "assets": [], "residence": "110105", "area": "urban", "application_date": "2026-06-01"}, "records": []}"#,
            minzheng::errors::ErrorCode::from_name("eligibility.invalid_household")
                .map_or(0, |c| c as u32),
        ),
    ];
    for (input, code) in bad {
        let input = cs(input);
        let (r, en) = call_json(|o| unsafe {
            minzheng_crosscheck_json(profile, input.as_ptr(), 20260701, o)
        })
        .unwrap_err();
        assert_eq!(r, code, "{en}");
        assert!(!en.is_empty() && !last_zh().is_empty());
    }
    // A record that cannot be read is reported with its code, never dropped.
    let input = cs(
        r#"{"household": {"members": [{"name": "王芳", "relation": "applicant",
        "id_number": "11010519491231002X", "income": []}], "assets": [], "residence": "110105",
        "area": "urban", "application_date": "2026-06-01"},
        "records": [{"id_number": "11010519491231002X", "kind": "spaceship"}, 7]}"#,
    );
    let out =
        call_json(|o| unsafe { minzheng_crosscheck_json(profile, input.as_ptr(), 20260701, o) })
            .unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    let not_used = v["not_used"].as_array().unwrap();
    assert_eq!(not_used.len(), 2, "{v}");
    for (i, u) in not_used.iter().enumerate() {
        assert_eq!(u["record"], i + 1);
        assert!(u["code"].as_str().unwrap().starts_with("record"), "{u}");
        assert!(!u["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(v["primary"], "continue");
    let mut out = null_mut();
    assert_eq!(
        unsafe { minzheng_crosscheck_json(null(), cs("{}").as_ptr(), 20260701, &mut out) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert!(out.is_null());
    unsafe { minzheng_profile_free(profile) };
}

#[test]
fn a_published_disclosure_catalogue_imports_from_utf8_and_gb18030_csv_bytes() {
    let c = cal();
    let office = cs("示例县民政局");
    let import = |bytes: &[u8], cat: *const MinzhengCatalogue| {
        call_json(|o| unsafe {
            minzheng_disclosure_import_csv_json(
                c.0,
                cat,
                bytes.as_ptr(),
                bytes.len(),
                office.as_ptr(),
                o,
            )
        })
    };
    let utf8 = std::fs::read(root().join("tests/tables/disclosure.utf8.csv")).unwrap();
    let v: Value = serde_json::from_str(&import(&utf8, null()).unwrap()).unwrap();
    let entries = v["catalogue"]["entries"].as_array().unwrap();
    assert!(!entries.is_empty());
    assert_eq!(entries[0]["category"], "政策法规");
    assert!(v["report"].is_object());
    assert_eq!(v["encoding"], "UTF-8");
    let gb = std::fs::read(root().join("tests/tables/disclosure.gb18030.csv")).unwrap();
    let g: Value = serde_json::from_str(&import(&gb, null()).unwrap()).unwrap();
    assert_eq!(g["encoding"], "GB18030");
    assert_eq!(g["catalogue"], v["catalogue"]);
    // A catalogue handle (the national periods) gives the same answer as NULL.
    let mut cat = null_mut();
    assert_eq!(unsafe { minzheng_catalogue_new(null(), &mut cat) }, 0);
    let h: Value = serde_json::from_str(&import(&utf8, cat).unwrap()).unwrap();
    assert_eq!(h["catalogue"], v["catalogue"]);
    unsafe { minzheng_catalogue_free(cat) };
    let (r, _) = import(&[0xFF, 0xFE, 0x80, 0x81], null()).unwrap_err();
    assert_eq!(r, minzheng::errors::ErrorCode::TextBadEncoding as u32);
    let (r, _) = import(b"a,b\n1,2\n", null()).unwrap_err();
    assert_eq!(name(r), "tables.no_header");
}

#[test]
fn yyyymmdd_conversions_agree_with_chrono_on_every_day_1949_to_2199() {
    let mut d = chrono::NaiveDate::from_ymd_opt(1949, 1, 1).unwrap();
    let end = chrono::NaiveDate::from_ymd_opt(2199, 12, 31).unwrap();
    while d <= end {
        let n = d.format("%Y%m%d").to_string().parse::<i32>().unwrap();
        assert_eq!(super::ffi::ymd(d), n, "{d}");
        assert_eq!(super::ffi::date(n, "d").unwrap(), d);
        d = d.succ_opt().unwrap();
    }
    for bad in [
        20230229, 20240230, 20240431, 20241301, 20240001, 20240100, 20240132, 0, -1, 99,
    ] {
        assert!(super::ffi::date(bad, "d").is_err(), "{bad}");
    }
    assert!(super::ffi::date(20000229, "d").is_ok());
    assert!(super::ffi::date(19000229, "d").is_err());
}

#[test]
fn id_kind_reads_a_mistyped_identity_number_as_an_identity_number() {
    let kind = |t: &str| {
        let t = cs(t);
        let mut k = MinzhengIdKind::Credit;
        assert_eq!(unsafe { minzheng_id_kind(t.as_ptr(), &mut k) }, 0);
        k
    };
    assert_eq!(kind("11010519491231002X"), MinzhengIdKind::Resident);
    // Birth month 13: passes a credit code's check character, but is an identity number.
    assert_eq!(kind("11010519491331002X"), MinzhengIdKind::Resident);
    assert_eq!(kind("91350100M000100Y43"), MinzhengIdKind::Credit);
    let mut k = MinzhengIdKind::Credit;
    assert_eq!(
        unsafe { minzheng_id_kind(null(), &mut k) },
        MINZHENG_ERR_NULL_POINTER
    );
}

/// The identifier report and the division lookup through C answer what Rust answers; a
/// mistyped identity number (month 13) is an invalid resident number, never a credit code.
#[test]
fn identifiers_are_checked_and_divisions_named_through_c() {
    let text = cs("11010519491331002X");
    let out = call_json(|o| unsafe { minzheng_id_check_json(text.as_ptr(), 20261205, o) }).unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    let rust = minzheng::id::check(
        "11010519491331002X",
        chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
    );
    assert_eq!(v, serde_json::to_value(&rust).unwrap());
    assert_eq!(v["kind"], "resident");
    assert_eq!(v["valid"], false);
    assert!(!out.contains("11010519491331002X"), "masked: {out}");
    let mut kind = MinzhengIdKind::Credit;
    assert_eq!(unsafe { minzheng_id_kind(text.as_ptr(), &mut kind) }, 0);
    assert_eq!(kind, MinzhengIdKind::Resident);
    let code = cs("110105");
    let d: Value = serde_json::from_str(
        &call_json(|o| unsafe { minzheng_division_lookup_json(code.as_ptr(), o) }).unwrap(),
    )
    .unwrap();
    assert_eq!(d["full_name"], "北京市 朝阳区");
    let none = cs("999999");
    let n = call_json(|o| unsafe { minzheng_division_lookup_json(none.as_ptr(), o) }).unwrap();
    assert_eq!(n, "null");
    let bad_day = call_json(|o| unsafe { minzheng_id_check_json(text.as_ptr(), 20261345, o) });
    assert!(bad_day.is_err());
}

// ---- social-assistance cases ------------------------------------------------------------------

/// The sample year (2,500 cases across every programme) split in two logs at a line boundary,
/// as a caller holding two files passes them.
fn assistance_logs() -> (String, CString, CString) {
    let text = data("assistance-cases-2025.jsonl");
    let lines: Vec<&str> = text.lines().collect();
    let half = lines.len() / 2;
    let a = lines[..half].join("\n");
    let b = lines[half..].join("\n");
    (text.clone(), cs(&a), cs(&b))
}

#[test]
fn assistance_supervision_registers_rows_and_figures_through_c_are_the_cores() {
    use minzheng::assistance::{self as a, Figures, Level, Procedure, Recipient};
    let c = cal();
    let (text, l1, l2) = assistance_logs();
    let logs = [l1.as_ptr(), l2.as_ptr()];
    let core_cal = minzheng::calendar::Calendar::china();
    let cat = minzheng::deadline::Catalogue::national();
    let p = Procedure::new(&core_cal, &cat);
    let cases: Vec<_> = a::replay_all(&p, a::parse_log(&text).unwrap())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert!(cases.len() >= 2000);
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();

    // Supervision: rows and timeliness.
    let sup: Value = serde_json::from_str(
        &call_json(|o| unsafe {
            minzheng_assistance_supervise_json(c.0, null(), logs.as_ptr(), 2, 20251231, 3, o)
        })
        .unwrap(),
    )
    .unwrap();
    let rows = a::supervise(&p, &cases, today, 3).unwrap();
    assert!(!rows.is_empty());
    assert_eq!(sup["rows"], serde_json::to_value(&rows).unwrap());
    let t = a::timeliness(&p, &cases, today).unwrap();
    assert_eq!(sup["timeliness"].as_array().unwrap().len(), t.len());
    let first = &sup["timeliness"][0];
    let ((town, step), v) = t.iter().next().unwrap();
    assert_eq!(first["township"], town.as_str());
    assert_eq!(first["step"], step.as_str());
    assert_eq!(first["timeliness"], serde_json::to_value(v).unwrap());
    assert_eq!(
        first["on_time_permille"],
        serde_json::to_value(v.on_time_permille()).unwrap()
    );

    // 公示 rows of December: the core's, no child without parental care listed.
    let month = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    let got = call_json(|o| unsafe {
        minzheng_assistance_public_rows_json(c.0, null(), logs.as_ptr(), 2, 20251215, o)
    })
    .unwrap();
    let want = a::public_rows(&cases, month);
    assert!(!want.is_empty());
    assert_eq!(
        serde_json::from_str::<Value>(&got).unwrap(),
        serde_json::to_value(&want).unwrap()
    );
    // Every row is of a programme with a 公示 (never 事实无人抚养儿童).
    let got: Value = serde_json::from_str(&got).unwrap();
    for row in got.as_array().unwrap() {
        assert!(cases
            .iter()
            .any(|c| a::listed(c.programme) && row["name"] == c.applicant.as_str()));
    }

    // Registers, JSON and CSV.
    let rel = a::relatives_register(&cases);
    assert!(!rel.is_empty());
    let got = call_json(|o| unsafe {
        minzheng_assistance_relatives_register(c.0, null(), logs.as_ptr(), 2, 1, o)
    })
    .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&got).unwrap(),
        serde_json::to_value(&rel).unwrap()
    );
    let got = call_json(|o| unsafe {
        minzheng_assistance_relatives_register(c.0, null(), logs.as_ptr(), 2, 2, o)
    })
    .unwrap();
    assert_eq!(got, a::relatives_csv(&rel));
    let refusals = a::refusal_register(&p, &cases, today).unwrap();
    assert!(!refusals.is_empty());
    let got = call_json(|o| unsafe {
        minzheng_assistance_refusal_register(c.0, null(), logs.as_ptr(), 2, 20251231, 1, o)
    })
    .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&got).unwrap(),
        serde_json::to_value(&refusals).unwrap()
    );
    let got = call_json(|o| unsafe {
        minzheng_assistance_refusal_register(c.0, null(), logs.as_ptr(), 2, 20251231, 2, o)
    })
    .unwrap();
    assert_eq!(got, a::refusals_csv(&refusals));

    // Figures: from the logs, merged with a batch, rolled up; the same as the core's.
    let batch = "{\"division\":\"410105\",\"month\":\"2025-12\",\"category\":\"orphan\",\"persons\":1,\"amount_fen\":150000}\n\n{\"division\":\"410302\",\"month\":\"2025-12\",\"category\":\"orphan\",\"persons\":1,\"amount_fen\":150000}\n";
    let mut b = Figures::new();
    for l in batch.lines().filter(|l| !l.is_empty()) {
        b.add(&serde_json::from_str::<Recipient>(l).unwrap())
            .unwrap();
    }
    let from_logs = Figures::from_cases(&cases, month, |_| None);
    let merged = from_logs.clone().merge(&b);
    let batch_c = cs(batch);
    let figures = |logs: &[*const c_char], m: i32, rec: *const c_char, level: u32, format: u32| {
        call_json(|o| unsafe {
            minzheng_assistance_figures(
                c.0,
                null(),
                logs.as_ptr(),
                logs.len(),
                m,
                rec,
                level,
                format,
                null(),
                o,
            )
        })
    };
    let got = figures(&logs, 20251201, batch_c.as_ptr(), 1, 1).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&got).unwrap(),
        merged.to_json()
    );
    let got = figures(&logs, 20251201, batch_c.as_ptr(), 2, 2).unwrap();
    assert_eq!(got, merged.roll_up(Level::City).to_csv());
    let got = figures(&logs, 20251231, null(), 3, 4).unwrap();
    assert_eq!(
        got,
        from_logs
            .roll_up(Level::Province)
            .to_html("社会救助分县数据")
    );
    // The batch alone needs no month.
    let got = figures(&[], 0, batch_c.as_ptr(), 1, 1).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&got).unwrap(), b.to_json());
    // A bad batch line names its line; nothing is written.
    let bad = cs("{\"division\":\"4101\",\"month\":\"2025-12\",\"category\":\"orphan\",\"persons\":1,\"amount_fen\":1}");
    let (code, msg) = figures(&[], 0, bad.as_ptr(), 1, 1).unwrap_err();
    assert_eq!(name(code), "assistance.bad_input", "{msg}");
    assert!(msg.contains("line 1"), "{msg}");
    let (code, _) = figures(&logs, 0, null(), 1, 1).unwrap_err();
    assert_eq!(code, errors::INVALID_DATE);
    let (code, _) = figures(&logs, 20251201, null(), 9, 1).unwrap_err();
    assert_eq!(code, errors::INVALID_ARGUMENT);
    let (code, _) = figures(&logs, 20251201, null(), 1, 3).unwrap_err();
    assert_eq!(code, errors::INVALID_ARGUMENT);
}

#[test]
fn assistance_notices_through_c_are_the_cores_in_markdown_html_and_json() {
    use minzheng::assistance::{
        self as a, AssistanceNoticeKind, AssistanceTemplates, NoticeContext, Procedure,
    };
    let c = cal();
    let (text, _, _) = assistance_logs();
    let core_cal = minzheng::calendar::Calendar::china();
    let cat = minzheng::deadline::Catalogue::national();
    let p = Procedure::new(&core_cal, &cat);
    let events = a::parse_log(&text).unwrap();
    let refused = a::group_by_case(events)
        .into_iter()
        .map(|(_, evs)| p.replay(&evs).unwrap())
        .find(|c| c.decided.is_some_and(|(_, ok)| !ok) && !c.reasons.is_empty())
        .unwrap();
    let log = cs(&refused
        .log()
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect::<String>());
    let id = cs(&refused.id);
    let (office, body) = (cs("示例县民政局"), cs("示例县人民政府"));
    let notice = |kind: &str, templates: *const c_char, format: u32| {
        let kind = cs(kind);
        call_json(|o| unsafe {
            minzheng_assistance_notice(
                c.0,
                null(),
                log.as_ptr(),
                id.as_ptr(),
                kind.as_ptr(),
                office.as_ptr(),
                body.as_ptr(),
                20251231,
                templates,
                format,
                o,
            )
        })
    };
    let ctx = NoticeContext {
        office: "示例县民政局",
        reconsideration_body: "示例县人民政府",
        date: chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
    };
    let want = AssistanceTemplates::standard()
        .fill(AssistanceNoticeKind::Refusal, &p, &refused, &ctx)
        .unwrap();
    let md = notice("refusal", null(), 3).unwrap();
    assert_eq!(md, want.markdown);
    assert!(
        md.contains("示例县人民政府") && md.contains(&refused.reasons[0]),
        "{md}"
    );
    assert_eq!(notice("refusal", null(), 4).unwrap(), want.to_html());
    assert_eq!(
        serde_json::from_str::<Value>(&notice("refusal", null(), 1).unwrap()).unwrap(),
        serde_json::to_value(&want).unwrap()
    );
    // A bureau's own template.
    let own = cs(
        r#"{"templates": {"refusal": {"title": "不予确认", "body": "{{applicant}}：{{reasons}}"}}}"#,
    );
    let got = notice("refusal", own.as_ptr(), 3).unwrap();
    assert!(
        got.starts_with(&format!("{}：", refused.applicant)),
        "{got}"
    );
    // No approval for a refused case: the core's error, nothing written.
    let (code, _) = notice("approval", null(), 3).unwrap_err();
    assert_eq!(name(code), "assistance.bad_template");
    let (code, _) = notice("grant", null(), 3).unwrap_err();
    assert_eq!(code, errors::JSON);
    let (code, _) = notice("refusal", null(), 2).unwrap_err();
    assert_eq!(code, errors::INVALID_ARGUMENT);
    let bad = cs(r#"{"templates": {"refusal": {"title": "x", "body": "{{nonsense}}"}}}"#);
    let (code, _) = notice("refusal", bad.as_ptr(), 3).unwrap_err();
    assert_eq!(name(code), "assistance.bad_template");
}

#[test]
fn assistance_functions_refuse_null_invalid_utf8_and_a_refused_event_with_their_codes() {
    let c = cal();
    let ok = cs("{\"case\":\"T1\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\",\"applicant\":\"王芳\",\"township\":\"城关镇\",\"village\":\"东街社区\"}\n");
    let bad_utf8: &[u8] = b"{\"case\":\"T1\xff\"}\0";
    let bad = bad_utf8.as_ptr().cast::<c_char>();
    let mut out = null_mut();
    let replay = |cal: *const MinzhengCalendar, log: *const c_char, out: *mut *mut c_char| unsafe {
        minzheng_assistance_replay_json(cal, null(), log, 20260305, 3, out)
    };
    assert_eq!(replay(null(), ok.as_ptr(), &mut out), errors::NULL_POINTER);
    assert_eq!(replay(c.0, null(), &mut out), errors::NULL_POINTER);
    assert_eq!(replay(c.0, ok.as_ptr(), null_mut()), errors::NULL_POINTER);
    assert_eq!(replay(c.0, bad, &mut out), errors::INVALID_UTF8);
    assert!(out.is_null());
    // logs: NULL with a length, an element NULL or not UTF-8 (named), a zero-length array.
    let sup = |logs: *const *const c_char, n: usize, out: *mut *mut c_char| unsafe {
        minzheng_assistance_supervise_json(c.0, null(), logs, n, 20260305, 3, out)
    };
    assert_eq!(sup(null(), 1, &mut out), errors::NULL_POINTER);
    let two = [ok.as_ptr(), null()];
    assert_eq!(sup(two.as_ptr(), 2, &mut out), errors::NULL_POINTER);
    assert!(last_en().contains("element 1"), "{}", last_en());
    let two = [ok.as_ptr(), bad];
    assert_eq!(sup(two.as_ptr(), 2, &mut out), errors::INVALID_UTF8);
    assert!(out.is_null());
    let empty: Value = serde_json::from_str(&call_json(|o| sup(null(), 0, o)).unwrap()).unwrap();
    assert_eq!(empty["rows"], Value::Array(vec![]));
    // A refused event: its code, the case unchanged (the log before it replays), nothing written.
    let refused = cs(&format!(
        "{}{{\"case\":\"T1\",\"date\":\"2026-03-03\",\"type\":\"approved\",\"amount_fen\":100}}\n",
        ok.to_str().unwrap()
    ));
    assert_eq!(replay(c.0, refused.as_ptr(), &mut out), 10001);
    assert!(out.is_null());
    assert!(!last_zh().is_empty() && !last_en().is_empty());
    let before: Value =
        serde_json::from_str(&call_json(|o| replay(c.0, ok.as_ptr(), o)).unwrap()).unwrap();
    assert_eq!(before["cases"][0]["case"]["state"], "received");
}

/// The CLI's computation in the core (index, place, gather, result line), for comparison.
fn crosscheck_as_the_cli(
    rows: &[String],
    files: &[(String, Vec<String>)],
    ctx: &minzheng::eligibility::Context<'_>,
) -> (
    Vec<String>,
    Vec<String>,
    minzheng::crosscheck::RecheckSummary,
) {
    use minzheng::crosscheck::*;
    use minzheng::eligibility::csv::HouseholdCsv;
    let cols = HouseholdCsv::from_header(synth::HOUSEHOLD_HEADER).unwrap();
    let keys = rows
        .iter()
        .filter_map(|r| {
            let cells = minzheng::eligibility::csv::split(r);
            id_key(cols.id_number(cells.as_slice())).ok()
        })
        .collect();
    let index = RecipientIndex::from_keys(keys);
    let rcols =
        RecordColumns::from_header(&synth::RECORD_HEADER.split(',').collect::<Vec<_>>()).unwrap();
    let (mut summary, mut report, mut matched) = (RecheckSummary::default(), String::new(), vec![]);
    for (d, (name, lines)) in files.iter().enumerate() {
        for (i, l) in lines.iter().enumerate() {
            let parsed = record_line(Some(&rcols), l);
            let parsed = parsed
                .as_ref()
                .map(|(id, f)| (id.as_str(), *f))
                .map_err(Clone::clone);
            let at = Source {
                dataset: d as u32,
                line: i as u64 + 2,
            };
            matched.extend(place_record(
                &index,
                parsed,
                name,
                at,
                &mut summary,
                &mut report,
            ));
        }
    }
    let matched = MatchedRecords::from_parts(vec![matched]);
    let lines: Vec<&str> = rows.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for hh in cols.households(&lines) {
        let hh = hh.map_err(|e| e.to_string());
        let recs = hh.as_ref().map(|h| gather(h, &matched)).unwrap_or_default();
        let opts = Options::default();
        result_line(
            hh.as_ref().map_err(String::as_str),
            &recs,
            ctx,
            &opts,
            false,
            &mut summary,
            &mut out,
        );
    }
    let mut results: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let mut reported: Vec<String> = report.lines().map(str::to_owned).collect();
    results.sort();
    reported.sort();
    (results, reported, summary)
}

#[test]
fn a_run_split_into_batches_through_the_c_functions_writes_the_cli_lines() {
    use minzheng::crosscheck::{synth, Department, RecheckSummary};
    let cfg = synth::Config {
        seed: 5,
        households: 300,
        anomaly_permille: 250,
        ..Default::default()
    };
    let mut rows = Vec::new();
    let mut by_dept: BTreeMap<String, Vec<String>> = BTreeMap::new();
    synth::generate(
        &cfg,
        |l| rows.push(l.to_owned()),
        |d: Department, l| {
            by_dept
                .entry(format!("{}.csv", d.as_str()))
                .or_default()
                .push(l.to_owned())
        },
    );
    // A record that cannot be read and one with an invalid number: reported, never dropped.
    let first = by_dept.keys().next().unwrap().clone();
    by_dept
        .get_mut(&first)
        .unwrap()
        .push("110105194912310021,vehicle,1,,,,".into());
    by_dept
        .get_mut(&first)
        .unwrap()
        .push("11010519491231002X,spaceship,,,,,".into());
    let files: Vec<(String, Vec<String>)> = by_dept.into_iter().collect();
    let profile_json = data("profile-sample-city.json");
    let core_profile = minzheng::eligibility::Profile::from_json(&profile_json).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let ctx = minzheng::eligibility::Context::new(&core_profile, day).unwrap();
    let (want_results, want_report, want_summary) = crosscheck_as_the_cli(&rows, &files, &ctx);
    assert!(
        want_results.len() > 20 && want_report.len() > 10,
        "{}",
        want_results.len()
    );

    // Household rows: their groups and keys, one call.
    let hh_header = cs(synth::HOUSEHOLD_HEADER);
    let keyed = call_json(|o| unsafe {
        minzheng_crosscheck_keys(1, hh_header.as_ptr(), cs(&rows.join("\n")).as_ptr(), o)
    })
    .unwrap();
    let keyed: Vec<&str> = keyed.lines().collect();
    assert_eq!(keyed.len(), rows.len());
    let mut member_keys = Vec::new();
    let mut households: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (i, k) in keyed.iter().enumerate() {
        let (group, keys) = k.split_once('\t').unwrap();
        member_keys.extend(
            keys.split(',')
                .filter(|k| !k.is_empty())
                .map(|k| k.parse::<u64>().unwrap()),
        );
        households
            .entry(group.to_owned())
            .or_default()
            .push((i, rows[i].clone()));
    }
    // Record lines: keyed per file, then placed in two batches against every member's key.
    let r_header = cs(synth::RECORD_HEADER);
    let mut tagged = Vec::new();
    for (d, (_, lines)) in files.iter().enumerate() {
        let keys = call_json(|o| unsafe {
            minzheng_crosscheck_keys(2, r_header.as_ptr(), cs(&lines.join("\n")).as_ptr(), o)
        })
        .unwrap();
        assert_eq!(keys.lines().count(), lines.len());
        assert!(
            d > 0 || keys.lines().any(str::is_empty),
            "the unreadable record has no key"
        );
        for (i, l) in lines.iter().enumerate() {
            tagged.push(format!("{d}\t{}\t{l}", i + 2));
        }
    }
    let datasets: Vec<Value> = files
        .iter()
        .map(|(n, _)| serde_json::json!({"name": n, "header": synth::RECORD_HEADER}))
        .collect();
    let request = cs(&serde_json::json!({"datasets": datasets, "keys": member_keys}).to_string());
    let (mut summaries, mut report, mut kept) = (Vec::new(), Vec::new(), Vec::new());
    let half = tagged.len() / 2;
    for batch in [&tagged[..half], &tagged[half..]] {
        let out = call_json(|o| unsafe {
            minzheng_crosscheck_place(request.as_ptr(), cs(&batch.join("\n")).as_ptr(), o)
        })
        .unwrap();
        let mut lines = out.lines();
        summaries.push(lines.next().unwrap().to_owned());
        for l in lines {
            match l.split_once('\t') {
                Some(("M", _)) => kept.push(l.to_owned()),
                Some(("R", r)) => report.push(r.to_owned()),
                _ => panic!("{l}"),
            }
        }
    }
    report.sort();
    assert_eq!(report, want_report);
    // Households with their kept records, in two batches (records in any order).
    kept.reverse();
    let key_of_row: Vec<Option<u64>> = keyed
        .iter()
        .map(|k| k.split_once('\t').unwrap().1.parse().ok())
        .collect();
    let mut blocks = Vec::new();
    for rows_of in households.values() {
        let mut b = String::new();
        for (i, row) in rows_of {
            b.push_str(&format!("H\t{row}\n"));
            for m in kept
                .iter()
                .filter(|m| m.split('\t').nth(1).unwrap().parse().ok() == key_of_row[*i])
            {
                b.push_str(&format!("{m}\n"));
            }
        }
        blocks.push(b);
    }
    let profile_c = cs(&profile_json);
    let mut profile = null_mut();
    assert_eq!(
        unsafe { minzheng_profile_new(profile_c.as_ptr(), &mut profile) },
        0
    );
    let req = cs(&serde_json::json!({"households_header": synth::HOUSEHOLD_HEADER}).to_string());
    let mut results = Vec::new();
    let half = blocks.len() / 2;
    for batch in [&blocks[..half], &blocks[half..]] {
        let input = cs(&batch.join("=\n"));
        let out = call_json(|o| unsafe {
            minzheng_crosscheck_recheck_lines(profile, 20260701, req.as_ptr(), input.as_ptr(), o)
        })
        .unwrap();
        let mut lines = out.lines();
        summaries.push(lines.next().unwrap().to_owned());
        results.extend(lines.map(str::to_owned));
    }
    results.sort();
    assert_eq!(results, want_results);
    // The summaries, merged in another order, are the CLI's.
    summaries.reverse();
    let merged = call_json(|o| unsafe {
        minzheng_crosscheck_summary_merge(cs(&summaries.join("\n")).as_ptr(), o)
    })
    .unwrap();
    let merged: RecheckSummary = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged, want_summary);
    // The result file's first line names the datasets.
    let names = cs(r#"["a.csv", "b.jsonl"]"#);
    let header = call_json(|o| unsafe {
        minzheng_crosscheck_result_header(profile, 20260701, names.as_ptr(), o)
    })
    .unwrap();
    let h: Value = serde_json::from_str(&header).unwrap();
    assert_eq!(h["minzheng_crosscheck"]["datasets"][1], "b.jsonl");
    assert_eq!(h["minzheng_crosscheck"]["date"], "2026-07-01");
    // Bad input: refused with its code, nothing written.
    let no_id = cs("household_id,name,relation");
    for (r, want) in [
        (
            call_json(|o| unsafe {
                minzheng_crosscheck_keys(1, no_id.as_ptr(), cs("x").as_ptr(), o)
            }),
            MINZHENG_ERR_INVALID_ARGUMENT,
        ),
        (
            call_json(|o| unsafe { minzheng_crosscheck_keys(9, null(), cs("x").as_ptr(), o) }),
            MINZHENG_ERR_INVALID_ARGUMENT,
        ),
        (
            call_json(|o| unsafe {
                minzheng_crosscheck_place(request.as_ptr(), cs("not tagged").as_ptr(), o)
            }),
            MINZHENG_ERR_INVALID_ARGUMENT,
        ),
        (
            call_json(|o| unsafe {
                minzheng_crosscheck_place(cs("{}").as_ptr(), cs("").as_ptr(), o)
            }),
            MINZHENG_ERR_JSON,
        ),
        (
            call_json(|o| unsafe {
                minzheng_crosscheck_recheck_lines(
                    profile,
                    20260701,
                    cs(r#"{"min_adjustment_fen": -1}"#).as_ptr(),
                    cs("").as_ptr(),
                    o,
                )
            }),
            MINZHENG_ERR_INVALID_ARGUMENT,
        ),
        (
            call_json(|o| unsafe {
                minzheng_crosscheck_recheck_lines(
                    profile,
                    20260701,
                    req.as_ptr(),
                    cs("H\tx\nM\tbad").as_ptr(),
                    o,
                )
            }),
            MINZHENG_ERR_INVALID_ARGUMENT,
        ),
        (
            call_json(|o| unsafe { minzheng_crosscheck_summary_merge(cs("{").as_ptr(), o) }),
            MINZHENG_ERR_JSON,
        ),
    ] {
        assert_eq!(r.unwrap_err().0, want);
    }
    unsafe { minzheng_profile_free(profile) };
}
