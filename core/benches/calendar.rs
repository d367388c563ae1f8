//! Calendar and deadline benchmarks. Run: `cargo bench -p minzheng --bench calendar`.
//! Targets (issue 2): ≤ 20 ns per add or between, ≤ 5 ns per is-workday.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use chrono::NaiveDate;
use divan::{black_box, Bencher};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;

fn main() {
    divan::main();
}

/// 4096 pseudo-random dates in 2004..2026 (deterministic).
fn dates() -> Vec<NaiveDate> {
    let base = NaiveDate::from_ymd_opt(2004, 1, 1).unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            base + chrono::Days::new(x % 8000)
        })
        .collect()
}

#[divan::bench]
fn is_workday(b: Bencher) {
    let cal = Calendar::china();
    let ds = dates();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        cal.is_workday(black_box(ds[i]))
    });
}

#[divan::bench]
fn add_workdays(b: Bencher) {
    let cal = Calendar::china();
    let ds = dates();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let n = (i as i64 % 241) - 120;
        cal.add_workdays(black_box(ds[i]), black_box(n))
    });
}

#[divan::bench]
fn workdays_between(b: Bencher) {
    let cal = Calendar::china();
    let ds = dates();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        let (a, c) = (ds[i], ds[(i + 1) & 4095]);
        let (from, to) = if a <= c { (a, c) } else { (c, a) };
        cal.workdays_between(black_box(from), black_box(to))
    });
}

#[divan::bench]
fn day_with_label(b: Bencher) {
    let cal = Calendar::china();
    let ds = dates();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        cal.day(black_box(ds[i]))
    });
}

#[divan::bench]
fn load_embedded_calendar() -> Calendar {
    Calendar::china()
}

#[divan::bench]
fn deadline_with_explanation(b: Bencher) {
    let cal = Calendar::china();
    let cat = Catalogue::national();
    let start = NaiveDate::from_ymd_opt(2024, 9, 20).unwrap();
    let clock = cat.clock("disclosure.reply", start).unwrap().suspend(
        NaiveDate::from_ymd_opt(2024, 10, 9).unwrap(),
        NaiveDate::from_ymd_opt(2024, 10, 11).unwrap(),
        "consultation",
    );
    b.bench_local(|| clock.compute(black_box(&cal)));
}
