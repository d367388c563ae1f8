//! `minzheng id check`, `id batch` and `id division`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use std::io::Write;
use std::process::{Command, Stdio};

fn resident(body: &str) -> String {
    format!("{body}{}", minzheng::id::resident_check_char(body).unwrap())
}

#[test]
fn check_shows_division_age_sex_and_document() {
    let o = run(&["id", "check", "11010519491231002X", "--today", "2026-12-05"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("110105 北京市 朝阳区"), "{out}");
    assert!(out.contains("age on 2026-12-05: 76"), "{out}");
    assert!(out.contains("女 / Female"), "{out}");
    assert!(out.contains("居民身份证"), "{out}");
}

#[test]
fn check_names_the_position_of_an_impossible_date() {
    let o = run(&["id", "check", "11010519491331002X"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("positions 7–14") && err.contains("month 13"),
        "{err}"
    );
    assert!(!err.contains("11010519491331002X"), "{err}");
}

#[test]
fn an_unlisted_address_code_is_valid_with_a_warning() {
    let n = resident("43041919800101001");
    let o = run(&["--json", "id", "check", &n, "--today", "2026-12-05"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["valid"], true);
    assert_eq!(v["warnings"][0]["code"], "id.division_not_listed");
    assert_eq!(v["age"], 46);
}

#[test]
fn a_birth_after_today_is_refused() {
    let n = resident("11010520270101002");
    let o = run(&["--json", "id", "check", &n, "--today", "2026-12-05"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["error"]["code"], "id.birth_after_today");
    assert_eq!(v["error"]["number"], 3097);
}

#[test]
fn a_credit_code_shows_its_category_and_division() {
    let o = run(&["id", "check", "91350100M000100Y43"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("1 企业"), "{out}");
    assert!(out.contains("350100 福建省 福州市"), "{out}");
}

#[test]
fn division_names_an_abolished_code_and_its_years() {
    let o = run(&["id", "division", "110103"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("北京市 崇文区") && out.contains("1980–2009"),
        "{out}"
    );
    let o = run(&["id", "division", "110228"]);
    assert!(stdout(&o).contains("110118 密云区"), "{}", stdout(&o));
    assert_eq!(run(&["id", "division", "110199"]).status.code(), Some(1));
}

const INPUT: &str = "11010519491231002X\n\n11010519491331002X\n１１０１０５１９４９１２３１００２ｘ\n91350100M000100Y43\nnot a number\n";

#[test]
fn batch_gives_one_json_line_per_input_line_with_numbers_masked() {
    let dir = std::env::temp_dir().join(format!("minzheng-id-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("numbers.txt");
    std::fs::write(&file, INPUT).unwrap();
    let o = run(&[
        "id",
        "batch",
        file.to_str().unwrap(),
        "--today",
        "2026-12-05",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains("11010519491231002X"),
        "a number in clear: {out}"
    );
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 5, "{out}");
    let lines: Vec<u64> = rows.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [1, 3, 4, 5, 6]);
    assert_eq!(rows[0]["valid"], true);
    assert_eq!(rows[0]["division"], "北京市 朝阳区");
    assert_eq!(rows[1]["error"], "id.bad_birth_date");
    assert_eq!(rows[2]["valid"], true);
    assert_eq!(rows[3]["kind"], "credit");
    assert_eq!(rows[4]["valid"], false);
    assert!(
        stderr(&o).contains("5 line(s), 3 valid, 2 invalid"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn batch_reads_stdin_and_writes_tsv() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args([
            "id",
            "batch",
            "-",
            "--format",
            "tsv",
            "--today",
            "2026-12-05",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(INPUT.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let out = stdout(&o);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0][0], "line");
    assert!(rows.iter().all(|r| r.len() == 10), "{out}");
    assert_eq!(
        &rows[1][..6],
        [
            "1",
            "resident",
            "true",
            "110105********002X",
            "",
            "北京市 朝阳区"
        ]
    );
    assert_eq!(rows[2][4], "id.bad_birth_date");
}
