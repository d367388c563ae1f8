//! The cost of the C ABI: one `add_workdays` through `minzheng_calendar_add_workdays` (NULL
//! checks, panic boundary, YYYYMMDD conversions, an indirect call as from C) against the native
//! Rust call, on the same inputs; and the batch form per date.
//!
//! `cargo bench -p minzheng-c --bench ffi`
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]

// The crate builds no rlib (it would collide with the core's libminzheng.rlib): the bench
// links libminzheng.so, which cargo builds into target/release/deps, as a C program does.
mod ffi {
    use std::ffi::c_char;

    #[repr(C)]
    pub struct MinzhengCalendar {
        _private: [u8; 0],
    }

    #[link(name = "minzheng")]
    extern "C" {
        pub fn minzheng_calendar_new(
            notices: *const c_char,
            overlay: *const c_char,
            out: *mut *mut MinzhengCalendar,
        ) -> u32;
        pub fn minzheng_calendar_free(cal: *mut MinzhengCalendar);
        pub fn minzheng_calendar_add_workdays(
            cal: *const MinzhengCalendar,
            day: i32,
            n: i64,
            out: *mut i32,
        ) -> u32;
        pub fn minzheng_calendar_add_workdays_batch(
            cal: *const MinzhengCalendar,
            days: *const i32,
            ns: *const i64,
            len: usize,
            out: *mut i32,
            codes: *mut u32,
        ) -> u32;
    }
}

use chrono::{Datelike, NaiveDate};
use divan::{black_box, Bencher};
use minzheng::calendar::Calendar;
use std::ptr::null;

fn main() {
    divan::main();
}

/// 4096 pseudo-random dates in 2005..2025 and n in −120..120 (no year without a notice).
fn inputs() -> Vec<(NaiveDate, i64)> {
    let base = NaiveDate::from_ymd_opt(2005, 1, 1).unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..4096)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (base + chrono::Days::new(x % 7600), (i % 241) - 120)
        })
        .collect()
}

fn ymd(d: NaiveDate) -> i32 {
    d.year() * 10_000 + d.month() as i32 * 100 + d.day() as i32
}

#[divan::bench]
fn add_workdays_rust(b: Bencher) {
    let cal = Calendar::china();
    let xs = inputs();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let (d, n) = xs[i];
        cal.add_workdays(black_box(d), black_box(n))
    });
}

#[divan::bench]
fn add_workdays_c_abi(b: Bencher) {
    let mut cal = std::ptr::null_mut();
    assert_eq!(
        unsafe { ffi::minzheng_calendar_new(null(), null(), &mut cal) },
        0
    );
    let xs: Vec<(i32, i64)> = inputs().into_iter().map(|(d, n)| (ymd(d), n)).collect();
    let f = ffi::minzheng_calendar_add_workdays;
    let mut i = 0usize;
    let mut out = 0i32;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let (d, n) = xs[i];
        unsafe { f(cal, black_box(d), black_box(n), &mut out) }
    });
    unsafe { ffi::minzheng_calendar_free(cal) };
}

#[divan::bench]
fn add_workdays_batch_4096_c_abi(b: Bencher) {
    let mut cal = std::ptr::null_mut();
    assert_eq!(
        unsafe { ffi::minzheng_calendar_new(null(), null(), &mut cal) },
        0
    );
    let (days, ns): (Vec<i32>, Vec<i64>) = inputs().into_iter().map(|(d, n)| (ymd(d), n)).unzip();
    let mut out = vec![0i32; days.len()];
    let mut codes = vec![0u32; days.len()];
    b.counter(divan::counter::ItemsCount::new(days.len()))
        .bench_local(|| unsafe {
            ffi::minzheng_calendar_add_workdays_batch(
                cal,
                days.as_ptr(),
                ns.as_ptr(),
                days.len(),
                out.as_mut_ptr(),
                codes.as_mut_ptr(),
            )
        });
    unsafe { ffi::minzheng_calendar_free(cal) };
}
