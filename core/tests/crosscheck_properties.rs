//! Property tests of the cross-check: the matching key accepts exactly what the identity-number
//! parser accepts; a household's result does not depend on the order of its records; and a run's
//! summary does not depend on how the households and records are split between readers
//! (the number of threads) or in which order the record files are read.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::crosscheck::{
    gather, id_key, recheck, Matched, MatchedRecords, MemberRecord, Options, PensionScheme,
    RecheckSummary, RecipientIndex, RecordFact, Source,
};
use minzheng::eligibility::{Context, Household, Profile, SAMPLE_PROFILE_JSON};
use minzheng::id::{resident_check_char, ResidentId};
use proptest::prelude::*;
use serde_json::json;

fn id(n: u32) -> String {
    let body = format!("110105{:04}0101{:03}", 1940 + n % 60, n % 1000);
    format!("{body}{}", resident_check_char(&body).unwrap())
}

fn fact(kind: u8, v: i64) -> RecordFact {
    match kind % 6 {
        0 => RecordFact::Wages { monthly_fen: v },
        1 => RecordFact::Pension {
            scheme: PensionScheme::Employee,
            monthly_fen: v,
        },
        2 => RecordFact::Vehicle { value_fen: v * 10 },
        3 => RecordFact::Deposits {
            balance_fen: v * 100,
        },
        4 => RecordFact::Property { area_m2: 40 },
        _ => RecordFact::PublicPost,
    }
}

fn household(h: usize, members: &[(u32, i64)]) -> Household {
    let ms: Vec<_> = members
        .iter()
        .enumerate()
        .map(|(k, (n, wages))| {
            json!({"name": format!("成员{k}"), "relation": if k == 0 { "applicant" } else { "child" },
                   "id_number": id(*n), "income": [{"kind": "wages", "monthly_fen": wages}]})
        })
        .collect();
    serde_json::from_value(json!({"case_id": format!("H{h}"), "members": ms,
        "assets": [], "residence": "110105", "area": "urban", "application_date": "2026-06-01"}))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn id_key_accepts_what_the_parser_accepts(n in 0u32..100_000, pos in 0usize..18, c in 0u8..40) {
        let mut s: Vec<u8> = id(n).into_bytes();
        if c < 30 {
            s[pos] = b"0123456789Xx/ a"[usize::from(c) % 15];
        }
        let s = String::from_utf8(s).unwrap();
        let parsed = ResidentId::parse(&s);
        let key = id_key(&s);
        prop_assert_eq!(parsed.is_ok(), key.is_ok(), "{}", s);
        if let (Err(a), Err(b)) = (parsed, key) {
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn the_result_does_not_depend_on_the_order_of_records(
        wages in proptest::collection::vec(0i64..150_000, 1..4),
        recs in proptest::collection::vec((0usize..4, 0u8..6, 0i64..300_000), 0..8),
        seed in any::<u64>(),
    ) {
        let members: Vec<(u32, i64)> = wages.iter().enumerate().map(|(i, w)| (i as u32, *w)).collect();
        let hh = household(0, &members);
        let records: Vec<MemberRecord> = recs
            .iter()
            .enumerate()
            .map(|(i, (m, k, v))| {
                let f = fact(*k, *v);
                MemberRecord { member: m % members.len(), department: f.department(), fact: f,
                    source: Source { dataset: (i % 2) as u32, line: i as u64 + 2 } }
            })
            .collect();
        let mut shuffled = records.clone();
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let ctx = Context::new(&p, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()).unwrap();
        let a = recheck(&hh, &records, &ctx, &Options::default()).unwrap();
        let b = recheck(&hh, &shuffled, &ctx, &Options::default()).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn the_summary_does_not_depend_on_threads_or_file_order(
        households in proptest::collection::vec(proptest::collection::vec(0i64..150_000, 1..4), 1..12),
        recs in proptest::collection::vec((0u32..40, 0u8..6, 0i64..300_000), 0..40),
        parts in 1usize..5,
    ) {
        let mut n = 0u32;
        let hhs: Vec<Household> = households
            .iter()
            .enumerate()
            .map(|(h, ws)| {
                let ms: Vec<(u32, i64)> = ws.iter().map(|w| { n += 1; (n - 1, *w) }).collect();
                household(h, &ms)
            })
            .collect();
        let index = RecipientIndex::from_keys((0..n).map(|i| id_key(&id(i)).unwrap()).collect());
        let matched: Vec<Matched> = recs
            .iter()
            .enumerate()
            .filter_map(|(i, (who, k, v))| {
                let key = id_key(&id(*who)).unwrap();
                index.contains(key).then(|| Matched { key, fact: fact(*k, *v),
                    source: Source { dataset: 0, line: i as u64 + 2 } })
            })
            .collect();
        let p = Profile::from_json(SAMPLE_PROFILE_JSON).unwrap();
        let ctx = Context::new(&p, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()).unwrap();
        let summarise = |m: &MatchedRecords, hs: &[Household]| {
            let mut s = RecheckSummary::default();
            for hh in hs {
                s.add(&recheck(hh, &gather(hh, m), &ctx, &Options::default()).unwrap());
            }
            s
        };
        // One reader, one worker.
        let one = MatchedRecords::from_parts(vec![matched.clone()]);
        let whole = summarise(&one, &hhs);
        // Records read by `parts` readers in reverse order, households by `parts` workers.
        let mut rev = matched.clone();
        rev.reverse();
        let split = MatchedRecords::from_parts(rev.chunks(parts).map(<[Matched]>::to_vec).collect());
        let mut merged = RecheckSummary::default();
        for chunk in hhs.chunks(parts) {
            merged.merge(&summarise(&split, chunk));
        }
        prop_assert_eq!(whole, merged);
    }
}
