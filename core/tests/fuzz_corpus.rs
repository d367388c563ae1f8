//! Replays the committed fuzz corpus (fuzz/corpus/<target>/) on stable Rust: every input holds
//! its target's invariant (tests/cell_invariants/mod.rs), so a CI without nightly still runs
//! what the fuzzers were seeded with.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[allow(dead_code)]
mod cell_invariants;

use std::path::Path;

#[test]
fn every_committed_corpus_input_holds_its_invariant() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    for (target, check) in cell_invariants::TARGETS {
        let dir = root.join(target);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no corpus for {target}");
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            // The fuzz targets skip input that is not UTF-8; so does the replay.
            if let Ok(text) = std::str::from_utf8(&bytes) {
                check(text);
            }
        }
    }
}

#[allow(dead_code)]
mod parser_invariants;

/// The corpora of the parser targets (fuzz/fuzz_targets/{calendar,eligibility,...}.rs): every
/// input, and every input's crash-fix regression under fuzz/regressions/<target>/, holds the
/// target's invariants (tests/parser_invariants/mod.rs) on stable Rust.
#[test]
fn every_parser_corpus_input_holds_its_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    for (target, check) in parser_invariants::TARGETS {
        let mut files = Vec::new();
        for dir in [
            root.join("corpus").join(target),
            root.join("regressions").join(target),
        ] {
            if let Ok(entries) = std::fs::read_dir(&dir) {
                files.extend(entries.map(|e| e.unwrap().path()));
            }
        }
        files.sort();
        assert!(!files.is_empty(), "no corpus for {target}");
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            check(&bytes);
        }
    }
}
