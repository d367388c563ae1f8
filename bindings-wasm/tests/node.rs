//! The wasm-bindgen-test suite under Node (`wasm-bindgen-test-runner`, run by tests/wasm.sh).
mod common;
