//! Checking a 10,000-item power list (target: under 50 ms), and drawing one flowchart.
//!
//! `cargo bench -p minzheng --bench power`

use minzheng::power::{check, svg, PowerList};

fn main() {
    divan::main();
}

/// The 47-item sample repeated to 10,000 items, each with its own codes.
fn big_list() -> PowerList {
    let sample = PowerList::from_json(include_str!("../../examples/data/power-list.json"))
        .unwrap_or_default();
    let mut items = Vec::with_capacity(10_000);
    for i in 0..10_000 {
        if let Some(it) = sample.items.get(i % sample.items.len().max(1)) {
            let mut it = it.clone();
            it.code = format!("{}-{i}", it.code);
            for s in &mut it.sub_items {
                s.code = format!("{}-{i}", s.code);
            }
            items.push(it);
        }
    }
    PowerList {
        authority: sample.authority,
        as_of: sample.as_of,
        items,
    }
}

#[divan::bench(sample_count = 30)]
fn check_10000_items(bencher: divan::Bencher) {
    let list = big_list();
    assert_eq!(list.items.len(), 10_000);
    bencher.bench(|| check(divan::black_box(&list)));
}

#[divan::bench]
fn parse_sample_json() -> PowerList {
    PowerList::from_json(divan::black_box(include_str!(
        "../../examples/data/power-list.json"
    )))
    .unwrap_or_default()
}

#[divan::bench]
fn svg_of_a_licensing_item(bencher: divan::Bencher) {
    let list = PowerList::from_json(include_str!("../../examples/data/power-list.json"))
        .unwrap_or_default();
    let item = list.items.first().cloned().unwrap_or_default();
    bencher.bench(|| svg(divan::black_box(&item)));
}
