//! Fuzz target `c_abi`: the C ABI's JSON and typed entry points, called as C calls them (the
//! crate is bindings-c/src built as an rlib by fuzz/cabi). Input: one byte picks the entry
//! points, eight bytes give two integers (dates, counts), the rest is up to three strings
//! separated by NUL bytes (what follows a third NUL is ignored). Every call checks the ABI's contract:
//! - a failure returns a registered number, which `minzheng_last_error_code` repeats, with a
//!   non-empty message in Chinese and in English and no identity number in clear in either;
//! - a failure leaves the caller's output untouched (every byte of it);
//! - no panic: libfuzzer aborts on any panic, even one the ABI's boundary would have caught
//!   (`MINZHENG_ERR_PANIC` is also refused outright).
#![no_main]

use libfuzzer_sys::fuzz_target;
use minzheng_c::*;
use std::ffi::{c_char, CStr, CString};
use std::mem::MaybeUninit;
use std::ptr::{null, null_mut};

#[allow(dead_code)]
#[path = "../../core/tests/parser_invariants/mod.rs"]
mod parser_invariants;
use parser_invariants::has_clear_id;

const SENTINEL: u8 = 0xA5;

fn last_message(f: unsafe extern "C" fn(*mut c_char, usize) -> usize) -> String {
    // SAFETY: NULL/0 sizes; then a buffer of the reported size plus the NUL.
    let n = unsafe { f(null_mut(), 0) };
    let mut buf = vec![0u8; n + 1];
    let m = unsafe { f(buf.as_mut_ptr().cast(), buf.len()) };
    assert_eq!(m, n);
    String::from_utf8(buf[..n].to_vec()).expect("messages are UTF-8")
}

/// Checks the contract of one call's result; returns whether it succeeded.
fn check(rc: u32) -> bool {
    assert_ne!(rc, MINZHENG_ERR_PANIC, "a panic reached the ABI's boundary");
    if rc == MINZHENG_OK {
        return true;
    }
    assert_eq!(minzheng_last_error_code(), rc);
    let name = unsafe { CStr::from_ptr(minzheng_result_name(rc)) };
    assert_ne!(
        name.to_str().unwrap(),
        "unknown",
        "unregistered number {rc}"
    );
    let (zh, en) = (
        last_message(minzheng_last_error_zh),
        last_message(minzheng_last_error_en),
    );
    assert!(
        !zh.trim().is_empty() && !en.trim().is_empty(),
        "empty message for {rc}"
    );
    assert!(
        !has_clear_id(&zh) && !has_clear_id(&en),
        "identity number in clear: {zh} / {en}"
    );
    false
}

/// Calls `f` with an output filled with a sentinel; on failure every byte must still be it.
fn call<T>(f: impl FnOnce(*mut T) -> u32) -> Option<T> {
    let mut out = MaybeUninit::<T>::uninit();
    // SAFETY: the bytes are written before they are read.
    unsafe {
        out.as_mut_ptr()
            .cast::<u8>()
            .write_bytes(SENTINEL, size_of::<T>())
    };
    let rc = f(out.as_mut_ptr());
    if check(rc) {
        // SAFETY: on success the function wrote the output.
        Some(unsafe { out.assume_init() })
    } else {
        let bytes =
            unsafe { std::slice::from_raw_parts(out.as_ptr().cast::<u8>(), size_of::<T>()) };
        assert!(
            bytes.iter().all(|b| *b == SENTINEL),
            "output written on failure"
        );
        None
    }
}

/// A returned string: read, checked for UTF-8, freed.
fn take(s: *mut c_char) -> String {
    let text = unsafe { CStr::from_ptr(s) }
        .to_str()
        .expect("UTF-8 output")
        .to_owned();
    unsafe { minzheng_string_free(s) };
    text
}

fn json_out(f: impl FnOnce(*mut *mut c_char) -> u32) -> Option<serde_json::Value> {
    call(f).map(|s| {
        let text = take(s);
        serde_json::from_str(&text).expect("JSON output parses")
    })
}

fn opt(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(null(), |s| s.as_ptr())
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 9 {
        return;
    }
    let op = data[0];
    let a = i32::from_le_bytes([data[1], data[2], data[3], data[4]]);
    let b = i32::from_le_bytes([data[5], data[6], data[7], data[8]]);
    let mut parts = data[9..].split(|c| *c == 0);
    // An empty part is passed as NULL (the optional arguments' "none").
    let mut next = || {
        parts
            .next()
            .filter(|p| !p.is_empty())
            .map(|p| CString::new(p).expect("no NUL inside"))
    };
    let (s0, s1, s2) = (next(), next(), next());

    let Some(cal) = call(|o| unsafe { minzheng_calendar_new(null(), null(), o) }) else {
        panic!("the embedded calendar")
    };
    unsafe {
        match op % 8 {
            0 => {
                if let Some(c) = call(|o| minzheng_calendar_new(opt(&s0), opt(&s1), o)) {
                    minzheng_calendar_free(c);
                }
                call(|o| minzheng_calendar_is_workday(cal, a, o));
                call(|o: *mut i32| minzheng_calendar_add_workdays(cal, a, i64::from(b), o));
                call(|o: *mut u32| minzheng_calendar_workdays_between(cal, a, b, o));
                call(|o: *mut i32| minzheng_calendar_next_workday(cal, a, o));
                call(|o: *mut i32| minzheng_calendar_previous_workday(cal, a, o));
                call(|o: *mut MinzhengDayKind| minzheng_calendar_day_kind(cal, a, o));
                if let Some(n) = call(|o: *mut usize| minzheng_calendar_holiday_count(cal, a, o)) {
                    let mut hs = vec![MaybeUninit::<MinzhengHoliday>::uninit(); n];
                    let mut count = 0usize;
                    let cap = (b.unsigned_abs() as usize) % (n + 1);
                    let rc =
                        minzheng_calendar_holidays(cal, a, hs.as_mut_ptr().cast(), cap, &mut count);
                    assert!(
                        check(rc) == (cap >= n),
                        "holidays: cap {cap} of {n} gave {rc}"
                    );
                    assert_eq!(count, n);
                }
            }
            1 => {
                let Some(cat) = call(|o| minzheng_catalogue_new(opt(&s0), o)) else {
                    // (The calendar was leaked here until LeakSanitizer's first c_abi run.)
                    minzheng_calendar_free(cal);
                    return;
                };
                let id = s1
                    .clone()
                    .unwrap_or_else(|| CString::new("dibao.total").unwrap());
                if let Some(d) = call(|o| {
                    minzheng_deadline_new(cal, cat, id.as_ptr(), a, null(), 0, null(), 0, o)
                }) {
                    call(|o: *mut MinzhengDeadlineDates| minzheng_deadline_dates(d, o));
                    call(|o: *mut MinzhengStatus| minzheng_deadline_status(d, cal, b, 0, 3, o));
                    json_out(|o| minzheng_deadline_json(d, o));
                    call(|o| minzheng_deadline_explanation(d, o)).map(take);
                    minzheng_deadline_free(d);
                }
                let unit = (b as u32) % 5;
                if let Some(d) = call(|o| {
                    minzheng_deadline_new_period(cal, (b as u32) >> 20, unit, a, null(), 0, o)
                }) {
                    minzheng_deadline_free(d);
                }
                minzheng_catalogue_free(cat);
            }
            2 => {
                let text = s0.clone().unwrap_or_default();
                call(|o: *mut MinzhengResidentId| minzheng_resident_id_parse(text.as_ptr(), o));
                call(|o: *mut MinzhengCreditCode| minzheng_credit_code_parse(text.as_ptr(), o));
                call(|o: *mut MinzhengIdKind| minzheng_id_kind(text.as_ptr(), o));
                call(|o: *mut bool| minzheng_resident_id_is_valid(text.as_ptr(), o));
                call(|o: *mut bool| minzheng_credit_code_is_valid(text.as_ptr(), o));
                call(|o: *mut u32| minzheng_resident_id_age_on(text.as_ptr(), a, o));
            }
            3 => {
                json_out(|o| minzheng_power_check_json(opt(&s0), o));
                json_out(|o| minzheng_power_stats_json(opt(&s0), o));
                call(|o| minzheng_power_flowchart_svg(opt(&s0), opt(&s1), o)).map(take);
            }
            4 => {
                json_out(|o| minzheng_disclosure_replay_json(cal, opt(&s0), a, o));
                let format = (b as u32) % 6;
                call(|o| minzheng_annual_report(cal, a, opt(&s0), opt(&s1), format, o)).map(take);
            }
            5 => {
                let warn = (b as u32) % 10;
                json_out(|o| minzheng_window_supervise_json(cal, opt(&s1), opt(&s0), a, warn, o));
                let kind = s2
                    .clone()
                    .unwrap_or_else(|| CString::new("acceptance").unwrap());
                let office = c"示例市民政局".as_ptr();
                json_out(|o| {
                    minzheng_window_notice_json(
                        cal,
                        opt(&s1),
                        opt(&s0),
                        kind.as_ptr(),
                        office,
                        a,
                        o,
                    )
                });
            }
            6 => {
                json_out(|o| minzheng_household_validate_json(opt(&s1), o));
                if let Some(p) = call(|o| minzheng_profile_new(opt(&s0), o)) {
                    json_out(|o| minzheng_evaluate_json(p, opt(&s1), a, o));
                    let hh = [opt(&s1), opt(&s2)];
                    let prog = (b as u32) % 4;
                    json_out(|o| minzheng_public_notice_rows_json(p, hh.as_ptr(), 2, a, prog, o));
                    minzheng_profile_free(p);
                }
            }
            _ => {
                let bytes = &data[9..];
                let auth = s1
                    .clone()
                    .unwrap_or_else(|| CString::new("示例市民政局").unwrap());
                json_out(|o| {
                    minzheng_power_import_csv_json(bytes.as_ptr(), bytes.len(), auth.as_ptr(), o)
                });
                // Zero-length and NULL buffers.
                json_out(|o| minzheng_power_import_csv_json(null(), 0, auth.as_ptr(), o));
                json_out(|o| minzheng_power_import_csv_json(bytes.as_ptr(), 0, auth.as_ptr(), o));
            }
        }
        minzheng_calendar_free(cal);
    }
});
