//! Fuzz target `divisions`: see core/tests/parser_invariants/mod.rs for the parsers it drives and
//! the invariants it checks (the same checks replay the committed corpus on stable).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../core/tests/parser_invariants/mod.rs"]
mod parser_invariants;

fuzz_target!(|data: &[u8]| parser_invariants::divisions(data));
