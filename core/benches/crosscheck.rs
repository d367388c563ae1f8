//! Cross-check benchmarks (BENCHMARKS.md): the rules alone, without files — `id_key` on valid
//! numbers, placing records against an index of 250,000 members, and `recheck` of 100,000
//! households with their matched records (10 per household, 8 % with a discrepancy).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use chrono::NaiveDate;
use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use minzheng::crosscheck::{
    gather, id_key, recheck, Matched, MatchedRecords, Options, RecipientIndex, RecordFact, Source,
};
use minzheng::eligibility::{Context, Household, Profile, SAMPLE_PROFILE_JSON};
use minzheng::id::resident_check_char;
use serde_json::json;
use std::sync::OnceLock;

const N: usize = 100_000;

fn main() {
    divan::main();
}

fn id(p: usize) -> String {
    let body = format!(
        "11{:04}1960{:02}{:02}{:03}",
        (p / 1000) % 10_000,
        1 + p % 12,
        1 + p % 28,
        p % 1000
    );
    format!("{body}{}", resident_check_char(&body).unwrap())
}

struct Data {
    households: Vec<Household>,
    matched: MatchedRecords,
    ids: Vec<String>,
}

fn data() -> &'static Data {
    static D: OnceLock<Data> = OnceLock::new();
    D.get_or_init(|| {
        let mut p = 0usize;
        let mut households = Vec::with_capacity(N);
        let mut recs = Vec::new();
        let mut ids = Vec::new();
        for h in 0..N {
            let size = 1 + h % 4;
            let members: Vec<_> = (0..size)
                .map(|k| {
                    let i = id(p);
                    ids.push(i.clone());
                    let key = id_key(&i).unwrap();
                    let wages = if k == 1 { 40_000 } else { 0 };
                    // Ten records per household: bank accounts that agree with the declaration,
                    // wages as declared, and one discrepancy in 12 households.
                    for a in 0..(10 / size) {
                        recs.push(Matched { key, fact: RecordFact::Deposits { balance_fen: 1000 },
                            source: Source { dataset: 0, line: (p * 10 + a) as u64 } });
                    }
                    if wages > 0 {
                        recs.push(Matched { key, fact: RecordFact::Wages { monthly_fen: if h % 12 == 0 { 240_000 } else { wages } },
                            source: Source { dataset: 1, line: p as u64 } });
                    }
                    p += 1;
                    json!({"name": format!("成员{k}"), "relation": if k == 0 { "applicant" } else { "child" },
                           "id_number": i, "income": [{"kind": "wages", "monthly_fen": wages}]})
                })
                .collect();
            let deposits = 1000 * (10 / size as i64) * size as i64;
            households.push(
                serde_json::from_value(json!({"case_id": format!("H{h}"), "members": members,
                    "assets": [{"kind": "deposits", "value_fen": deposits}], "residence": "110105",
                    "area": "urban", "application_date": "2026-06-01"}))
                .unwrap(),
            );
        }
        Data { households, matched: MatchedRecords::from_parts(vec![recs]), ids }
    })
}

#[divan::bench]
fn id_key_valid_numbers(b: Bencher) {
    let d = data();
    b.counter(ItemsCount::new(d.ids.len())).bench(|| {
        d.ids
            .iter()
            .filter(|i| id_key(black_box(i)).is_ok())
            .count()
    });
}

#[divan::bench]
fn place_records_against_the_index(b: Bencher) {
    let d = data();
    let index = RecipientIndex::from_keys(d.ids.iter().map(|i| id_key(i).unwrap()).collect());
    b.counter(ItemsCount::new(d.ids.len())).bench(|| {
        d.ids
            .iter()
            .filter(|i| {
                matches!(
                    index.place(black_box(i)),
                    minzheng::crosscheck::Placement::Matched(_)
                )
            })
            .count()
    });
}

#[divan::bench(sample_count = 10)]
fn recheck_households_with_their_records(b: Bencher) {
    let d = data();
    let profile = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
    let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()).unwrap();
    b.counter(ItemsCount::new(N)).bench(|| {
        let mut changed = 0usize;
        for hh in &d.households {
            let r = recheck(hh, &gather(hh, &d.matched), &ctx, &Options::default()).unwrap();
            changed += usize::from(!r.fact_changes.is_empty());
        }
        black_box(changed)
    });
}
