//! Golden test: the deliberately broken copy of the sample list (tests/power/broken.json)
//! triggers exactly the (item, rule) pairs written by hand in tests/power/broken.expected, and
//! every rule at least once; the sample itself passes every check.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::power::{check, rules, PowerList};
use std::collections::BTreeSet;

const BROKEN: &str = include_str!("../../tests/power/broken.json");
const EXPECTED: &str = include_str!("../../tests/power/broken.expected");
const SAMPLE: &str = include_str!("../../examples/data/power-list.json");

#[test]
fn broken_copy_triggers_exactly_the_hand_written_findings() {
    let list = PowerList::from_json(BROKEN).unwrap();
    let report = check(&list);
    let got: BTreeSet<(String, String)> = report
        .findings
        .iter()
        .map(|f| (f.item.clone().unwrap_or_default(), f.rule.to_owned()))
        .collect();
    let want: BTreeSet<(String, String)> = EXPECTED
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut w = l.split_whitespace();
            (w.next().unwrap().to_owned(), w.next().unwrap().to_owned())
        })
        .collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, unexpected {extra:?}"
    );
}

#[test]
fn broken_copy_triggers_every_rule() {
    let report = check(&PowerList::from_json(BROKEN).unwrap());
    let fired = report.rules_fired();
    for r in rules() {
        assert!(fired.contains(&r.id), "{} never fired", r.id);
    }
    assert!(report.has_errors());
}

#[test]
fn sample_list_passes_every_check() {
    let list = PowerList::from_json(SAMPLE).unwrap();
    let report = check(&list);
    assert_eq!(report.findings, [], "{:#?}", report.findings);
    assert!(list.items.len() >= 40);
}

#[test]
fn every_finding_names_an_existing_field_path() {
    // Each path starts at items[i] and names the item the finding is about.
    let list = PowerList::from_json(BROKEN).unwrap();
    for f in check(&list).findings {
        let idx: usize = f
            .path()
            .strip_prefix("items[")
            .and_then(|r| r.split(']').next())
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(Some(&list.items[idx].code), f.item.as_ref(), "{f}");
    }
}

#[test]
fn schema_lists_every_category_and_step_kind_the_model_reads() {
    use minzheng::power::{Category, StepKind};
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/power-list.schema.json")).unwrap();
    let cats = &schema["$defs"]["item"]["properties"]["category"]["enum"];
    for c in Category::ALL {
        let name = serde_json::to_value(c).unwrap();
        assert!(cats.as_array().unwrap().contains(&name), "{name}");
        assert!(cats
            .as_array()
            .unwrap()
            .contains(&serde_json::Value::from(c.zh())));
    }
    let kinds = schema["$defs"]["step"]["properties"]["kind"]["enum"]
        .as_array()
        .unwrap();
    for k in kinds {
        let _: StepKind = serde_json::from_value(k.clone()).unwrap();
    }
    assert_eq!(kinds.len(), 14);
}
