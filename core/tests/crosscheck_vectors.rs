//! Runs the golden cross-check cases of `tests/vectors/crosscheck.json` (one household against
//! the records departments returned; computed by hand from the articles; the same file serves
//! the C and Java suites, which must run as many cases as this test does).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::crosscheck::{
    id_key, place_record, recheck, MemberRecord, Options, RecheckSummary, RecipientIndex, Record,
    Source,
};
use minzheng::eligibility::{Context, Household, Profile};
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    [env!("CARGO_MANIFEST_DIR"), ".."].iter().collect()
}

#[test]
fn golden_crosschecks_match_hand_computations() {
    let text = std::fs::read_to_string(root().join("tests/vectors/crosscheck.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let profile_text =
        std::fs::read_to_string(root().join(doc["profile"].as_str().unwrap())).unwrap();
    let profile = Profile::from_json(&profile_text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 3);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let hh = Household::from_json(&c["household"].to_string()).unwrap();
        let date = NaiveDate::parse_from_str(c["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let ctx = Context::new(&profile, date).unwrap();
        let keys: Vec<Option<u64>> = hh
            .members
            .iter()
            .map(|m| m.id_number.as_deref().and_then(|n| id_key(n).ok()))
            .collect();
        let index = RecipientIndex::from_keys(keys.iter().flatten().copied().collect());
        let (mut summary, mut report) = (RecheckSummary::default(), String::new());
        let mut recs = Vec::new();
        for (i, r) in c["records"].as_array().unwrap().iter().enumerate() {
            let parsed = Record::from_json_line(&r.to_string());
            let at = Source {
                dataset: 0,
                line: i as u64 + 1,
            };
            let p = parsed.as_ref().map(|r| (r.id_number.as_str(), r.fact));
            if let Some(m) = place_record(
                &index,
                p.map_err(Clone::clone),
                "records",
                at,
                &mut summary,
                &mut report,
            ) {
                let member = keys.iter().position(|k| *k == Some(m.key)).unwrap();
                recs.push(MemberRecord {
                    member,
                    department: m.fact.department(),
                    fact: m.fact,
                    source: m.source,
                });
            }
        }
        let r = recheck(&hh, &recs, &ctx, &Options::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let e = &c["expect"];
        assert_eq!(
            r.primary().as_str(),
            e["primary"].as_str().unwrap(),
            "{name}"
        );
        for (side, got) in [("before", r.before), ("after", r.after)] {
            let got = serde_json::to_value(got).unwrap();
            assert_eq!(got["outcome"], e[side]["outcome"], "{name} {side}");
            assert_eq!(got["amount_fen"], e[side]["amount_fen"], "{name} {side}");
        }
        let not_used: Vec<(u64, String)> = report
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f[1].parse().unwrap(), f[2].to_owned())
            })
            .collect();
        let want: Vec<(u64, String)> = e["not_used"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                (
                    u["record"].as_u64().unwrap(),
                    u["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(not_used, want, "{name}");
    }
}
