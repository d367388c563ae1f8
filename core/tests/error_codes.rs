//! The committed error table and the list of released numbers stay true to the registry.
//!
//! `ERRORS.md` (repository root) is generated; `MINZHENG_BLESS=1 cargo test -p minzheng --test
//! error_codes` rewrites it. `core/data/error-codes.released` is append-only: every number once
//! released must keep its name for ever (retired codes stay in the registry, marked so).

use minzheng::errors::ErrorCode;

const TABLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ERRORS.md");
const RELEASED: &str = include_str!("../data/error-codes.released");

#[test]
fn errors_md_is_generated_from_the_registry() {
    let fresh = ErrorCode::markdown_table();
    if std::env::var_os("MINZHENG_BLESS").is_some() {
        std::fs::write(TABLE, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(TABLE).unwrap_or_default();
    assert!(
        committed == fresh,
        "ERRORS.md is stale: run `MINZHENG_BLESS=1 cargo test -p minzheng --test error_codes`"
    );
}

#[test]
fn released_numbers_keep_their_names() {
    let mut count = 0;
    for line in RELEASED
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (number, name) = line.split_once(' ').unwrap();
        let number: u32 = number.parse().unwrap();
        let code = ErrorCode::from_number(number).unwrap_or_else(|| {
            panic!("released number {number} ({name}) is gone from the registry")
        });
        assert_eq!(
            code.name(),
            name.trim(),
            "released number {number} was renamed"
        );
        count += 1;
    }
    assert!(
        count >= 100,
        "the released list is far shorter than the registry"
    );
}

#[test]
fn every_code_is_released_or_new() {
    let released: Vec<u32> = RELEASED
        .lines()
        .filter_map(|l| l.split_once(' ').and_then(|(n, _)| n.parse().ok()))
        .collect();
    let new: Vec<&str> = ErrorCode::ALL
        .iter()
        .filter(|c| !released.contains(&c.number()))
        .map(|c| c.name())
        .collect();
    assert!(
        new.is_empty(),
        "codes not yet in core/data/error-codes.released (append them when they ship): {new:?}"
    );
}
