//! Window benchmarks. Run: `cargo bench -p minzheng --bench window`.
//! Target (issue 6): supervise 1,000,000 open cases in under 1 s.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use chrono::{Days, NaiveDate};
use divan::{black_box, Bencher};
use minzheng::calendar::Calendar;
use minzheng::window::{supervise, Desk, WindowCase, WindowEvent, WindowItem};

fn main() {
    divan::main();
}

fn items() -> Vec<WindowItem> {
    (0..40)
        .map(|i| {
            serde_json::from_value(serde_json::json!({
                "code": format!("IT-{i:02}"), "name": format!("事项{i}"), "category": "行政许可",
                "unit": format!("科室{}", i % 5), "immediate": i % 4 == 0,
                "statutory": {"amount": 20, "unit": "working_days"},
                "promised": if i % 4 == 0 { serde_json::Value::Null } else { serde_json::json!({"amount": 5 + i % 10, "unit": "working_days"}) },
                "extension": {"amount": 10, "unit": "working_days"}
            }))
            .unwrap()
        })
        .collect()
}

/// One million open cases, accepted between 2026-09-01 and 2026-11-20, one in ten suspended.
fn open_cases(desk: &Desk<'_>) -> Vec<WindowCase> {
    let base = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    (0..1_000_000u64)
        .map(|i| {
            let day = base + Days::new(i % 80);
            let id = format!("C{i}");
            let item = format!("IT-{:02}", i % 40);
            let mut evs: Vec<WindowEvent> = vec![
                serde_json::from_value(serde_json::json!({"case": id, "date": day.to_string(), "type": "received", "item": item, "applicant": "申请人"})).unwrap(),
                serde_json::from_value(serde_json::json!({"case": id, "date": day.to_string(), "type": "accepted"})).unwrap(),
            ];
            if i % 10 == 0 {
                evs.push(serde_json::from_value(serde_json::json!({"case": id, "date": day.to_string(), "type": "suspended", "reason": "expert_review"})).unwrap());
            }
            desk.replay(&evs).unwrap()
        })
        .collect()
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn supervise_1m_open_cases(b: Bencher) {
    let cal = Calendar::china();
    let desk = Desk::new(&cal, items()).unwrap();
    let cases = open_cases(&desk);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    b.bench_local(|| black_box(supervise(&desk, &cases, today, 3).unwrap()));
}

#[divan::bench]
fn one_case_clock(b: Bencher) {
    let cal = Calendar::china();
    let desk = Desk::new(&cal, items()).unwrap();
    let evs: Vec<WindowEvent> = vec![
        serde_json::from_value(serde_json::json!({"case": "C1", "date": "2026-10-12", "type": "received", "item": "IT-03", "applicant": "x"})).unwrap(),
        serde_json::from_value(serde_json::json!({"case": "C1", "date": "2026-10-12", "type": "accepted"})).unwrap(),
    ];
    let case = desk.replay(&evs).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    b.bench_local(|| desk.clock(black_box(&case), today).unwrap());
}

#[divan::bench]
fn one_due_date(b: Bencher) {
    let cal = Calendar::china();
    let start = NaiveDate::from_ymd_opt(2026, 10, 12).unwrap();
    b.bench_local(|| {
        minzheng::deadline::due_date(
            &cal,
            black_box(start),
            minzheng::deadline::Period::working_days(8),
            &[],
            None,
        )
        .unwrap()
    });
}
