//! Fuzz target `legal_basis`: see core/tests/cell_invariants/mod.rs for the invariant it checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
mod cell_invariants {
    include!("../../core/tests/cell_invariants/mod.rs");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        cell_invariants::legal_basis(text);
    }
});
