//! The embedded compact division table is generated from `core/data/gb2260-history.tsv`.
//! Regenerate with `MINZHENG_BLESS=1 cargo test -p minzheng --test division_data`.
#![allow(clippy::unwrap_used)]

use minzheng::division::DivisionTable;

#[test]
fn the_compact_table_is_generated_from_the_tsv() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/");
    let tsv = std::fs::read_to_string(format!("{dir}gb2260-history.tsv")).unwrap();
    let table = DivisionTable::from_tsv(&tsv).unwrap();
    let compact = table.to_compact();
    let path = format!("{dir}gb2260-history.compact");
    if std::env::var_os("MINZHENG_BLESS").is_some() {
        std::fs::write(&path, &compact).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == compact,
        "core/data/gb2260-history.compact is stale: MINZHENG_BLESS=1 cargo test -p minzheng --test division_data"
    );
    assert_eq!(DivisionTable::from_compact(&committed).unwrap(), table);
    #[cfg(feature = "divisions")]
    assert_eq!(DivisionTable::embedded(), &table);
}
