//! Helpers shared by the CLI test files: running the binary, reading its output, and comparing
//! generated files with the committed ones.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs `minzheng` with the arguments.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args(args)
        .output()
        .unwrap()
}

/// The standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The path of a file in `examples/data/`.
pub fn data(name: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "data", name]
        .iter()
        .collect();
    p.to_str().unwrap().to_owned()
}

/// Compares `produced` with the committed file in `examples/data/`, or rewrites it when
/// `MINZHENG_BLESS` is set.
pub fn matches_committed(name: &str, produced: &str) {
    let path = data(name);
    if std::env::var_os("MINZHENG_BLESS").is_some() {
        std::fs::write(&path, produced).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == produced,
        "{path} differs from what the code produces; run MINZHENG_BLESS=1 cargo test -p minzheng-cli and review the diff"
    );
}
