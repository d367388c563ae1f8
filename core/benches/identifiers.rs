//! Identifier benchmarks. Run: `cargo bench -p minzheng --bench identifiers`.
//! Issue 16: identity numbers validated and decoded per second on one core.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use chrono::NaiveDate;
use divan::{black_box, Bencher};
use minzheng::division::DivisionTable;
use minzheng::id::{check, classify, resident_check_char, CreditCode, ResidentId};

fn main() {
    divan::main();
}

/// 4096 valid resident numbers over real division codes (deterministic).
fn numbers() -> Vec<String> {
    let codes = [
        "110105", "340121", "370102", "440106", "650102", "430419", "110103",
    ];
    let base = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..4096)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let d = base + chrono::Days::new(x % 30_000);
            let body = format!(
                "{}{}{:03}",
                codes[i % codes.len()],
                d.format("%Y%m%d"),
                x % 1000
            );
            format!("{body}{}", resident_check_char(&body).unwrap())
        })
        .collect()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

/// Check character, birth date, sex: the validation alone.
#[divan::bench]
fn resident_parse(b: Bencher) {
    let ns = numbers();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        ResidentId::parse_on(black_box(&ns[i]), today())
    });
}

/// Validation and the decision of the kind.
#[divan::bench]
fn classify_resident(b: Bencher) {
    let ns = numbers();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        classify(black_box(&ns[i]))
    });
}

/// The full check a form makes: validated and decoded (division name with province and
/// prefecture, age, warnings).
#[divan::bench]
fn check_and_decode(b: Bencher) {
    let ns = numbers();
    let _ = DivisionTable::embedded();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) & 4095;
        check(black_box(&ns[i]), today())
    });
}

#[divan::bench]
fn credit_check(b: Bencher) {
    b.bench_local(|| check(black_box("91350100M000100Y43"), today()));
}

#[divan::bench]
fn credit_parse(b: Bencher) {
    b.bench_local(|| CreditCode::parse(black_box("91350100M000100Y43")));
}

#[divan::bench]
fn division_lookup(b: Bencher) {
    let t = DivisionTable::embedded();
    b.bench_local(|| t.lookup(black_box("110105")));
}

/// Parsing the embedded table (once per process, on first use).
#[divan::bench(sample_count = 20)]
fn division_table_parse() -> DivisionTable {
    DivisionTable::from_tsv(black_box(include_str!("../data/gb2260-history.tsv"))).unwrap()
}
