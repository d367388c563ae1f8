//! The wasm-bindgen-test suite under Node (`wasm-bindgen-test-runner`, run by tests/wasm.sh).
#![cfg(target_arch = "wasm32")]
mod common;
