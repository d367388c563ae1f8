//! The wasm-bindgen-test suite in headless Chromium (through chromedriver; run by
//! tests/wasm.sh, which fails when it ran no test).
#![cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
mod common;
