//! The cost of the C ABI: one `add_workdays` through `minzheng_calendar_add_workdays` (NULL
//! checks, panic boundary, YYYYMMDD conversions) against the native Rust call, on the same
//! inputs, with the library linked as C links it both ways, in the same run:
//!
//! - *static*: the binding's code compiled into this program (as `libminzheng.a` is into a C
//!   program), called through a function pointer the optimiser cannot see through, so nothing
//!   is inlined across the boundary (a C compiler cannot inline from the archive either);
//! - *dynamic*: `libminzheng.so` loaded with `dlopen` and called through the pointer `dlsym`
//!   returns (what a PLT call resolves to).
//!
//! and the batch form per date.
//!
//! `cargo build --profile c-release -p minzheng-c && cargo bench --profile c-release -p minzheng-c --bench ffi`
//! (the profile of the shipped library: fat LTO, one codegen unit; `bindings-c/install.sh`
//! builds with it). The bench finds `libminzheng.so` next to its own directory
//! (`target/c-release/`), or at `$MINZHENG_SO`.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

// The crate builds no rlib (it would collide with the core's libminzheng.rlib): its source is
// compiled into the bench, as the static archive is linked into a C program.
#[allow(dead_code, unreachable_pub, unused_imports)]
#[path = "../src/lib.rs"]
mod mzc;

mod dl {
    use std::ffi::{c_char, c_int, c_void, CString};

    extern "C" {
        fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    }
    const RTLD_NOW: c_int = 2;

    /// The shared library the profile built, by `$MINZHENG_SO` or next to the bench's directory.
    pub fn open() -> *mut c_void {
        let path = std::env::var("MINZHENG_SO").unwrap_or_else(|_| {
            let exe = std::env::current_exe().unwrap();
            let dir = exe.parent().unwrap().parent().unwrap();
            dir.join("libminzheng.so").to_string_lossy().into_owned()
        });
        let c = CString::new(path.clone()).unwrap();
        let h = unsafe { dlopen(c.as_ptr(), RTLD_NOW) };
        if h.is_null() {
            panic!("cannot dlopen {path}: build it first (cargo build --profile c-release -p minzheng-c)");
        }
        h
    }

    /// A symbol of the library.
    pub fn sym(h: *mut c_void, name: &str) -> *mut c_void {
        let c = CString::new(name).unwrap();
        let p = unsafe { dlsym(h, c.as_ptr()) };
        assert!(!p.is_null(), "{name} not exported");
        p
    }
}

use mzc::MinzhengCalendar;
type NewFn = unsafe extern "C" fn(*const c_char, *const c_char, *mut *mut MinzhengCalendar) -> u32;
type FreeFn = unsafe extern "C" fn(*mut MinzhengCalendar);
type AddFn = unsafe extern "C" fn(*const MinzhengCalendar, i32, i64, *mut i32) -> u32;
type BatchFn = unsafe extern "C" fn(
    *const MinzhengCalendar,
    *const i32,
    *const i64,
    usize,
    *mut i32,
    *mut u32,
) -> u32;

/// The four functions, from the program itself (static) or from the shared library (dynamic).
struct Api {
    new: NewFn,
    free: FreeFn,
    add: AddFn,
    batch: BatchFn,
}

fn api(dynamic: bool) -> Api {
    if dynamic {
        let h = dl::open();
        // SAFETY: the symbols have these signatures (include/minzheng.h).
        unsafe {
            Api {
                new: std::mem::transmute::<*mut std::ffi::c_void, NewFn>(dl::sym(
                    h,
                    "minzheng_calendar_new",
                )),
                free: std::mem::transmute::<*mut std::ffi::c_void, FreeFn>(dl::sym(
                    h,
                    "minzheng_calendar_free",
                )),
                add: std::mem::transmute::<*mut std::ffi::c_void, AddFn>(dl::sym(
                    h,
                    "minzheng_calendar_add_workdays",
                )),
                batch: std::mem::transmute::<*mut std::ffi::c_void, BatchFn>(dl::sym(
                    h,
                    "minzheng_calendar_add_workdays_batch",
                )),
            }
        }
    } else {
        // black_box: the optimiser sees a pointer, not the function, so it cannot inline it.
        Api {
            new: black_box(mzc::minzheng_calendar_new as NewFn),
            free: black_box(mzc::minzheng_calendar_free as FreeFn),
            add: black_box(mzc::minzheng_calendar_add_workdays as AddFn),
            batch: black_box(mzc::minzheng_calendar_add_workdays_batch as BatchFn),
        }
    }
}

use chrono::{Datelike, NaiveDate};
use divan::{black_box, Bencher};
use minzheng::calendar::Calendar;
use std::ffi::c_char;
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

/// The native call plus the two conversions the C function makes (YYYYMMDD → `NaiveDate` as
/// `ffi::date` does it, and back), without the boundary: what the conversions cost.
#[divan::bench]
fn add_workdays_rust_with_yyyymmdd(b: Bencher) {
    let cal = Calendar::china();
    let xs: Vec<(i32, i64)> = inputs().into_iter().map(|(d, n)| (ymd(d), n)).collect();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let (d, n) = xs[i];
        let d = black_box(d);
        let (y, md) = (d / 10_000, d % 10_000);
        let date = NaiveDate::from_ymd_opt(y, (md / 100) as u32, (md % 100) as u32).unwrap();
        cal.add_workdays(date, black_box(n)).map(ymd)
    });
}

#[divan::bench(args = ["static", "dynamic"])]
fn add_workdays_c_abi(b: Bencher, link: &str) {
    let api = api(link == "dynamic");
    let mut cal = std::ptr::null_mut();
    assert_eq!(unsafe { (api.new)(null(), null(), &mut cal) }, 0);
    let xs: Vec<(i32, i64)> = inputs().into_iter().map(|(d, n)| (ymd(d), n)).collect();
    let f = api.add;
    let mut i = 0usize;
    let mut out = 0i32;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let (d, n) = xs[i];
        unsafe { f(cal, black_box(d), black_box(n), &mut out) }
    });
    unsafe { (api.free)(cal) };
}

#[divan::bench(args = ["static", "dynamic"])]
fn add_workdays_batch_4096_c_abi(b: Bencher, link: &str) {
    let api = api(link == "dynamic");
    let mut cal = std::ptr::null_mut();
    assert_eq!(unsafe { (api.new)(null(), null(), &mut cal) }, 0);
    let (days, ns): (Vec<i32>, Vec<i64>) = inputs().into_iter().map(|(d, n)| (ymd(d), n)).unzip();
    let mut out = vec![0i32; days.len()];
    let mut codes = vec![0u32; days.len()];
    let f = api.batch;
    b.counter(divan::counter::ItemsCount::new(days.len()))
        .bench_local(|| unsafe {
            f(
                cal,
                days.as_ptr(),
                ns.as_ptr(),
                days.len(),
                out.as_mut_ptr(),
                codes.as_mut_ptr(),
            )
        });
    unsafe { (api.free)(cal) };
}
