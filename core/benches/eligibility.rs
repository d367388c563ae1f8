//! Eligibility benchmarks (BENCHMARKS.md): 低保 quick decisions over 1,000,000 generated
//! households in memory, full explained evaluations, validation, identifier parsing.
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
use minzheng::eligibility::{
    dibao, evaluate_in, Area, AssetItem, AssetKind, Context, Disability, DisabilityCategory,
    Household, HouseholdColumns, IncomeItem, IncomeKind, Member, MemberStatus, Profile, Relation,
    SAMPLE_PROFILE_JSON,
};
use minzheng::id::ResidentId;
use std::sync::OnceLock;

const N: usize = 1_000_000;

fn main() {
    divan::main();
}

/// A small deterministic generator (xorshift), so every run sees the same households.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn member(r: &mut Rng, relation: Relation) -> Member {
    let year = 1930 + r.below(95) as i32;
    let income = (0..r.below(3))
        .map(|k| IncomeItem {
            kind: [
                IncomeKind::Wages,
                IncomeKind::TransferNet,
                IncomeKind::SocialAssistance,
            ][k as usize % 3],
            monthly_fen: r.below(120_000) as i64,
        })
        .collect();
    Member {
        name: "甲".to_owned(),
        id_number: None,
        birth_date: NaiveDate::from_ymd_opt(year, 1 + r.below(12) as u32, 1 + r.below(28) as u32),
        sex: None,
        relation,
        lives_together: r.below(10) != 0,
        disability: (r.below(10) == 0).then(|| Disability {
            category: DisabilityCategory::Physical,
            grade: 1 + r.below(4) as u8,
        }),
        labour_capacity: None,
        schooling: None,
        statuses: if r.below(50) == 0 {
            vec![MemberStatus::ServingPrisonSentence]
        } else {
            Vec::new()
        },
        benefits: Vec::new(),
        income: Some(income),
        expenses: Vec::new(),
        employed_since: None,
        needs_long_term_care: None,
        parents: None,
        prefers_child_benefit: None,
        self_care_items_failed: None,
    }
}

/// 1,000,000 households of 1–4 members (2.5 on average), incomes 0–1,200 yuan per item.
fn households() -> &'static [Household] {
    static H: OnceLock<Vec<Household>> = OnceLock::new();
    H.get_or_init(|| {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        (0..N)
            .map(|_| {
                let n = 1 + r.below(4);
                let mut members = vec![member(&mut r, Relation::Applicant)];
                for k in 1..n {
                    members.push(member(
                        &mut r,
                        [Relation::Spouse, Relation::Child, Relation::Parent][k as usize % 3],
                    ));
                }
                Household {
                    case_id: String::new(),
                    members,
                    assets: Some(vec![AssetItem {
                        kind: AssetKind::Deposits,
                        value_fen: r.below(5_000_000) as i64,
                    }]),
                    flags: Vec::new(),
                    residence: "110105".to_owned(),
                    village: String::new(),
                    area: if r.below(2) == 0 {
                        Area::Urban
                    } else {
                        Area::Rural
                    },
                    application_date: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
                    staff_ties: Vec::new(),
                    liable_relatives: Some(Vec::new()),
                    hardships: Vec::new(),
                    current_dibao: None,
                }
            })
            .collect()
    })
}

fn profile() -> &'static Profile {
    static P: OnceLock<Profile> = OnceLock::new();
    P.get_or_init(|| Profile::from_json(SAMPLE_PROFILE_JSON).unwrap())
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

/// The batch hot path: one 低保 decision (outcome, amount, failed rules) per household.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn dibao_quick_1m_households(b: Bencher) {
    let hs = households();
    let ctx = Context::new(profile(), date()).unwrap();
    b.counter(ItemsCount::new(N)).bench(|| {
        let mut eligible = 0u64;
        for h in hs {
            if dibao::quick(black_box(h), &ctx).amount_fen.is_some() {
                eligible += 1;
            }
        }
        eligible
    });
}

/// The same households packed once ([`HouseholdColumns`]), built outside the timing.
fn packed() -> &'static HouseholdColumns {
    static C: OnceLock<HouseholdColumns> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = HouseholdColumns::with_capacity(N);
        for h in households() {
            c.push(h).unwrap();
        }
        eprintln!(
            "packed: {} households in {} bytes ({} per household)",
            c.len(),
            c.heap_bytes(),
            c.heap_bytes() / c.len()
        );
        c
    })
}

/// The batch hot path over packed households: the same rules, the facts in flat arrays.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn dibao_quick_1m_packed(b: Bencher) {
    let cols = packed();
    let ctx = Context::new(profile(), date()).unwrap();
    b.counter(ItemsCount::new(N)).bench(|| {
        let mut eligible = 0u64;
        for h in cols.iter() {
            if dibao::quick(black_box(&h), &ctx).amount_fen.is_some() {
                eligible += 1;
            }
        }
        eligible
    });
}

/// Packing 1,000,000 households (validation included): the cost paid once per file.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn pack_1m_households(b: Bencher) {
    let hs = households();
    b.counter(ItemsCount::new(N)).bench(|| {
        let mut c = HouseholdColumns::with_capacity(N);
        for h in hs {
            c.push(black_box(h)).unwrap();
        }
        c.len()
    });
}

/// Validation (every problem listed) of the same households.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn validate_1m_households(b: Bencher) {
    let hs = households();
    b.counter(ItemsCount::new(N)).bench(|| {
        hs.iter()
            .filter(|h| black_box(h).validate().is_ok())
            .count()
    });
}

/// Every programme, every finding with bilingual messages and citations (what a form shows).
#[divan::bench(sample_count = 20)]
fn full_evaluation_with_explanations(b: Bencher) {
    let hs = &households()[..1000];
    let ctx = Context::new(profile(), date()).unwrap();
    b.counter(ItemsCount::new(hs.len())).bench(|| {
        for h in hs {
            black_box(evaluate_in(h, &ctx).unwrap());
        }
    });
}

#[divan::bench]
fn resident_id_parse(b: Bencher) {
    b.bench(|| ResidentId::parse(black_box("11010519491231002X")).unwrap());
}

/// The same decisions over the first 10,000 households only, which stay in cache: the cost of
/// the rules without the memory traffic of a million scattered households.
#[divan::bench(sample_count = 50)]
fn dibao_quick_10k_households_in_cache(b: Bencher) {
    let hs = &households()[..10_000];
    let ctx = Context::new(profile(), date()).unwrap();
    b.counter(ItemsCount::new(hs.len())).bench(|| {
        hs.iter()
            .filter(|h| dibao::quick(black_box(h), &ctx).amount_fen.is_some())
            .count()
    });
}
