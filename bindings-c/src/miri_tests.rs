//! Tests of the unsafe code (pointers in, pointers out, buffers, handles, strings, threads)
//! small enough for Miri: `cargo +nightly miri test -p minzheng-c -- miri_` (tests/miri.sh).
//! They use a one-year calendar (`tests/miri-calendar-2024.json`, the 2024 notice of the
//! embedded data): the national calendar takes Miri about 100 s to build, so the other tests of
//! this crate, which all build it, are left to the ordinary run and to the sanitizers.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::*;
use minzheng::calendar::Calendar;
use std::ffi::{c_char, CStr, CString};
use std::ptr::{null, null_mut};

fn small_calendar() -> *mut MinzhengCalendar {
    let cal = Calendar::from_json(include_str!("../tests/miri-calendar-2024.json")).unwrap();
    Box::into_raw(Box::new(MinzhengCalendar { inner: cal }))
}

fn last_en() -> String {
    let n = unsafe { minzheng_last_error_en(null_mut(), 0) };
    let mut buf = vec![0 as c_char; n + 1];
    assert_eq!(
        unsafe { minzheng_last_error_en(buf.as_mut_ptr(), buf.len()) },
        n
    );
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn miri_calendar_queries_batches_and_holidays_through_raw_pointers() {
    let cal = small_calendar();
    let mut k = MinzhengDayKind::Workday;
    assert_eq!(
        unsafe { minzheng_calendar_day_kind(cal, 20241001, &mut k) },
        0
    );
    assert_eq!(k, MinzhengDayKind::Holiday);
    let mut w = true;
    assert_eq!(
        unsafe { minzheng_calendar_is_workday(cal, 20241005, &mut w) },
        0
    );
    assert!(!w);
    let mut d = 0;
    assert_eq!(
        unsafe { minzheng_calendar_next_workday(cal, 20241001, &mut d) },
        0
    );
    assert_eq!(d, 20241008);
    assert_eq!(
        unsafe { minzheng_calendar_previous_workday(cal, 20241001, &mut d) },
        0
    );
    assert_eq!(d, 20240930);
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(cal, 20240920, 20, &mut d) },
        0
    );
    assert_eq!(d, 20241023);
    let mut n = 0u32;
    assert_eq!(
        unsafe { minzheng_calendar_workdays_between(cal, 20240930, 20241008, &mut n) },
        0
    );
    assert_eq!(n, 1);
    // Outputs untouched on failure: a year without a notice, NULL out, a bad date.
    let mut untouched = 7;
    assert_ne!(
        unsafe { minzheng_calendar_add_workdays(cal, 20241231, 5, &mut untouched) },
        0
    );
    assert_eq!(untouched, 7);
    assert!(last_en().contains("2025"));
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(cal, 20240920, 1, null_mut()) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(null(), 20240920, 1, &mut d) },
        MINZHENG_ERR_NULL_POINTER
    );
    assert_eq!(
        unsafe { minzheng_calendar_add_workdays(cal, 20240231, 1, &mut d) },
        MINZHENG_ERR_INVALID_DATE
    );
    // A batch with one failing element.
    let days = [20240920, 20241231, 20240101];
    let ns = [20i64, 5, 0];
    let mut out = [0i32; 3];
    let mut codes = [0u32; 3];
    let r = unsafe {
        minzheng_calendar_add_workdays_batch(
            cal,
            days.as_ptr(),
            ns.as_ptr(),
            3,
            out.as_mut_ptr(),
            codes.as_mut_ptr(),
        )
    };
    assert_ne!(r, 0);
    assert_eq!(out, [20241023, 0, 20240101]);
    assert_eq!(codes, [0, r, 0]);
    // A zero-length batch with NULL arrays is allowed.
    let r = unsafe {
        minzheng_calendar_add_workdays_batch(cal, null(), null(), 0, null_mut(), null_mut())
    };
    assert_eq!(r, 0);
    // Holidays: sized first, too small refused without writing, then filled.
    let mut count = 0usize;
    assert_eq!(
        unsafe { minzheng_calendar_holiday_count(cal, 2024, &mut count) },
        0
    );
    assert_eq!(count, 7);
    let blank = MinzhengHoliday {
        first_day: 0,
        last_day: 0,
        days_off: 0,
        makeup_days: 0,
        name: [0; 64],
    };
    let mut small = [blank; 2];
    assert_eq!(
        unsafe { minzheng_calendar_holidays(cal, 2024, small.as_mut_ptr(), 2, &mut count) },
        MINZHENG_ERR_BUFFER_TOO_SMALL
    );
    assert_eq!(small[0].first_day, 0);
    let mut all = vec![blank; count];
    assert_eq!(
        unsafe { minzheng_calendar_holidays(cal, 2024, all.as_mut_ptr(), all.len(), &mut count) },
        0
    );
    let national = all.iter().find(|h| h.first_day == 20241001).unwrap();
    let name = unsafe { CStr::from_ptr(national.name.as_ptr()) };
    assert_eq!(name.to_str().unwrap(), "国庆节");
    unsafe { minzheng_calendar_free(cal) };
    unsafe { minzheng_calendar_free(null_mut()) };
}

#[test]
fn miri_strings_handles_and_the_last_error_buffers() {
    let cal = small_calendar();
    // A deadline handle and the strings it returns, freed by the library.
    let reason = CString::new("征求第三方意见").unwrap();
    let sus = [MinzhengSuspension {
        from: 20241010,
        to: 20241014,
        reason: reason.as_ptr(),
    }];
    let mut dl = null_mut();
    assert_eq!(
        unsafe { minzheng_deadline_new_period(cal, 20, 1, 20240920, sus.as_ptr(), 1, &mut dl) },
        0,
        "{}",
        last_en()
    );
    let mut dates = MinzhengDeadlineDates::default();
    assert_eq!(unsafe { minzheng_deadline_dates(dl, &mut dates) }, 0);
    assert_eq!(dates.due, 20241029);
    for f in [
        minzheng_deadline_explanation,
        minzheng_deadline_explanation_zh,
        minzheng_deadline_explanation_en,
        minzheng_deadline_json,
    ] {
        let mut s: *mut c_char = null_mut();
        assert_eq!(unsafe { f(dl, &mut s) }, 0);
        assert!(!unsafe { CStr::from_ptr(s) }.to_bytes().is_empty());
        unsafe { minzheng_string_free(s) };
    }
    unsafe { minzheng_string_free(null_mut()) };
    unsafe { minzheng_deadline_free(dl) };
    unsafe { minzheng_deadline_free(null_mut()) };
    // The last error into a caller's buffer: too small writes nothing, the length is returned.
    let mut d = 0;
    assert_ne!(
        unsafe { minzheng_calendar_add_workdays(cal, 20241231, 5, &mut d) },
        0
    );
    let needed = unsafe { minzheng_last_error_zh(null_mut(), 0) };
    let mut tiny = [b'z' as c_char; 4];
    assert_eq!(
        unsafe { minzheng_last_error_zh(tiny.as_mut_ptr(), tiny.len()) },
        needed
    );
    assert_eq!(tiny, [b'z' as c_char; 4]);
    let mut exact = vec![0 as c_char; needed + 1];
    assert_eq!(
        unsafe { minzheng_last_error_zh(exact.as_mut_ptr(), exact.len()) },
        needed
    );
    assert_eq!(
        unsafe { CStr::from_ptr(exact.as_ptr()) }.to_bytes().len(),
        needed
    );
    let mut meaning = [0 as c_char; 256];
    let n = unsafe { minzheng_result_meaning_en(2, meaning.as_mut_ptr(), meaning.len()) };
    assert!(n > 0 && n < 256);
    assert_eq!(
        unsafe { CStr::from_ptr(minzheng_result_name(2)) }
            .to_str()
            .unwrap(),
        "general.null_pointer"
    );
    assert!(!unsafe { CStr::from_ptr(minzheng_version()) }
        .to_bytes()
        .is_empty());
    unsafe { minzheng_calendar_free(cal) };
}

#[test]
fn miri_identifiers_into_caller_structs_and_invalid_utf8() {
    let text = CString::new("11010519491231002X").unwrap();
    let mut id = std::mem::MaybeUninit::<MinzhengResidentId>::zeroed();
    assert_eq!(
        unsafe { minzheng_resident_id_parse(text.as_ptr(), id.as_mut_ptr()) },
        0
    );
    let id = unsafe { id.assume_init() };
    assert_eq!(
        unsafe { CStr::from_ptr(id.masked.as_ptr()) }
            .to_str()
            .unwrap(),
        "110105********002X"
    );
    let code = CString::new("91350100M000100Y43").unwrap();
    let mut cc = std::mem::MaybeUninit::<MinzhengCreditCode>::zeroed();
    assert_eq!(
        unsafe { minzheng_credit_code_parse(code.as_ptr(), cc.as_mut_ptr()) },
        0
    );
    let mut kind = MinzhengIdKind::Resident;
    assert_eq!(unsafe { minzheng_id_kind(code.as_ptr(), &mut kind) }, 0);
    assert_eq!(kind, MinzhengIdKind::Credit);
    let bad = [0xE4u8, 0xB8, 0x00];
    let mut valid = true;
    assert_eq!(
        unsafe { minzheng_resident_id_is_valid(bad.as_ptr().cast(), &mut valid) },
        MINZHENG_ERR_INVALID_UTF8
    );
    assert!(valid, "output untouched");
    // A panic inside the library comes back as a code (Miri runs the unwinding).
    assert_eq!(minzheng_selftest_panic(), MINZHENG_ERR_PANIC);
}

#[test]
fn miri_one_calendar_handle_shared_by_threads() {
    struct Shared(*const MinzhengCalendar);
    // SAFETY: the handle is documented as shareable for reads.
    unsafe impl Send for Shared {}
    unsafe impl Sync for Shared {}
    let cal = small_calendar();
    let shared = std::sync::Arc::new(Shared(cal));
    let handles: Vec<_> = (0..3)
        .map(|i| {
            let s = std::sync::Arc::clone(&shared);
            std::thread::spawn(move || {
                let mut d = 0;
                let r = unsafe { minzheng_calendar_add_workdays(s.0, 20240920, 20 + i, &mut d) };
                // Each thread's own last error.
                let mut e = 0;
                let bad = unsafe { minzheng_calendar_add_workdays(s.0, 20241231, 5 + i, &mut e) };
                (r, d, bad, last_en())
            })
        })
        .collect();
    let want = [20241023, 20241024, 20241025];
    for (i, h) in handles.into_iter().enumerate() {
        let (r, d, bad, en) = h.join().unwrap();
        assert_eq!((r, d), (0, want[i]));
        assert_ne!(bad, 0);
        assert!(en.contains("2025"), "{en}");
    }
    unsafe { minzheng_calendar_free(cal) };
}
