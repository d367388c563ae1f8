//! Social-assistance benchmarks. Run: `cargo bench -p minzheng --bench assistance`.
//! Targets (issue 17): the supervision screen over 1,000,000 open cases; county figures over
//! 10,000,000 recipient records, streamed (one record at a time, nothing kept but the sums).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use chrono::{Days, NaiveDate};
use divan::{black_box, Bencher};
use minzheng::assistance::{
    supervise, AssistanceCase, AssistanceCategory, AssistanceEvent, AssistanceEventKind as K,
    Figures, Level, Procedure, Recipient,
};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use minzheng::eligibility::Programme;

fn main() {
    divan::main();
}

/// One million open cases received between 2026-09-01 and 2026-10-20 across 低保, 特困 and
/// 事实无人抚养儿童, at different steps (accepted, investigating with matching pending, in the
/// county's review).
fn open_cases(p: &Procedure<'_>) -> Vec<AssistanceCase> {
    let base = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    let programmes = [Programme::Dibao, Programme::Tekun, Programme::DeFactoChild];
    (0..1_000_000u64)
        .map(|i| {
            let day = base + Days::new(i % 50);
            let id = format!("C{i}");
            let programme = programmes[(i % 3) as usize];
            let mut evs = vec![
                AssistanceEvent::new(
                    &id,
                    day,
                    K::Received {
                        programme,
                        applicant: "申请人".into(),
                        township: format!("乡镇{}", i % 20),
                        village: "村".into(),
                        division: "410102".into(),
                        household_size: 2,
                        staff_relative: false,
                        category: None,
                    },
                ),
                AssistanceEvent::new(&id, day, K::Accepted {}),
            ];
            if i % 4 >= 1 && programme == Programme::Dibao {
                evs.push(AssistanceEvent::new(&id, day, K::InvestigationStarted {}));
                evs.push(AssistanceEvent::new(&id, day, K::MatchingRequested {}));
            }
            if i % 4 == 3 {
                if programme == Programme::Dibao {
                    evs.push(AssistanceEvent::new(&id, day, K::MatchingAnswered {}));
                }
                evs.push(AssistanceEvent::new(
                    &id,
                    day,
                    K::TownshipOpinion { favourable: false },
                ));
                evs.push(AssistanceEvent::new(&id, day, K::SubmittedToCounty {}));
            }
            p.replay(&evs).unwrap()
        })
        .collect()
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn supervise_1m_open_cases(b: Bencher) {
    let cal = Calendar::china();
    let cat = Catalogue::national();
    let p = Procedure::new(&cal, &cat);
    let cases = open_cases(&p);
    let today = NaiveDate::from_ymd_opt(2026, 10, 26).unwrap();
    b.bench_local(|| black_box(supervise(&p, &cases, today, 3).unwrap()));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn figures_10m_recipients_streamed(b: Bencher) {
    // 300 counties × 12 months × 9 categories of records, generated one at a time into a reused
    // record (as a reader of a recipients file would), then rolled up to provinces.
    let mut r = Recipient {
        division: String::with_capacity(6),
        month: String::with_capacity(7),
        category: AssistanceCategory::DibaoUrban,
        persons: 1,
        amount_fen: 0,
    };
    b.bench_local(|| {
        let mut f = Figures::new();
        for i in 0..10_000_000u64 {
            r.division.clear();
            let county = 110_000 + (i % 300) * 101;
            r.division.push_str(&county.to_string());
            r.month.clear();
            r.month.push_str(
                [
                    "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07",
                    "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
                ][(i / 300 % 12) as usize],
            );
            r.category = AssistanceCategory::ALL[(i % 9) as usize];
            r.persons = 1 + (i % 4) as u32;
            r.amount_fen = 50_000 + (i % 1000) as i64;
            f.add(&r).unwrap();
        }
        black_box(f.roll_up(Level::Province))
    });
}
