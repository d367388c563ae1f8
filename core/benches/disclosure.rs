//! Disclosure benchmarks. Run: `cargo bench -p minzheng --bench disclosure`.
//! Target (issue 4): replay 1,000,000 request cases and build the annual report in under 2 s.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use divan::{black_box, Bencher};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use minzheng::disclosure::{
    group_by_case, synth, AnnualReport, CaseSummary, Event, Replayer, ReportInput,
};

fn main() {
    divan::main();
}

fn input() -> ReportInput {
    serde_json::from_str(r#"{"office": "基准测试民政局"}"#).unwrap()
}

fn cases(n: usize) -> (Calendar, Vec<(String, Vec<Event>)>) {
    let cal = Calendar::china();
    let events = synth::synthetic_year(&cal, 42, 2025, n);
    (cal, group_by_case(events))
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn replay_and_report_1m_cases(b: Bencher) {
    let (cal, groups) = cases(1_000_000);
    let periods = Catalogue::national();
    b.bench_local(|| {
        let r = Replayer::new(&cal, &periods);
        let summaries = groups
            .iter()
            .map(|(_, evs)| CaseSummary::from(&r.replay(evs).unwrap()));
        black_box(AnnualReport::build(2025, input(), summaries).unwrap())
    });
}

#[divan::bench(sample_count = 20)]
fn replay_one_case_with_extension_and_status(b: Bencher) {
    let (cal, groups) = cases(200);
    let periods = Catalogue::national();
    let r = Replayer::new(&cal, &periods);
    // Case 9 of the generator is an extension case.
    let evs = &groups[8].1;
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    b.bench_local(|| {
        let c = r.replay(black_box(evs)).unwrap();
        r.report(&c, today).unwrap()
    });
}
