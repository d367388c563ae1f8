//! The `crosscheck` command: golden results on hand-written data (examples/data/crosscheck), and
//! results that do not depend on the number of threads or on how the records are split into files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::{data, run, stderr, stdout};
use serde_json::Value;
use std::path::PathBuf;

fn tmp(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("minzheng-cc-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn crosscheck(households: &str, records: &str, out: &str, extra: &[&str]) -> std::process::Output {
    let profile = data("profile-sample-city.json");
    let mut args = vec![
        "crosscheck",
        "--profile",
        &profile,
        "--households",
        households,
        "--records",
        records,
        "--date",
        "2026-07-01",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

fn lines(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn golden_households_stop_adjust_review_and_report_bad_records() {
    let dir = tmp("golden");
    let out = dir.join("result.jsonl");
    let out = out.to_str().unwrap();
    let o = crosscheck(
        &data("crosscheck/households.csv"),
        &data("crosscheck/records"),
        out,
        &[],
    );
    let table = stdout(&o);
    assert!(table.contains("停发 / stop"), "{table}");
    let res = lines(out);
    let by_case = |c: &str| res.iter().find(|v| v["case_id"] == c).cloned();
    // H1: the husband's car (60,000 yuan; the sample profile allows none) stops 1,500 yuan.
    let h1 = by_case("H1").unwrap();
    assert_eq!(h1["changes"][0]["kind"], "stop");
    assert_eq!(h1["changes"][0]["from_fen"], 150_000);
    assert_eq!(h1["records"][0]["source"]["line"], 2);
    // H2: an undeclared pension of 400 yuan lowers 2,000 to 1,600 yuan.
    let h2 = by_case("H2").unwrap();
    assert_eq!(h2["changes"][0]["kind"], "adjust_amount");
    assert_eq!(h2["changes"][0]["to_fen"], 160_000);
    // H3: a husband on the public payroll: manual review, payment continues.
    let h3 = by_case("H3").unwrap();
    assert_eq!(h3["changes"][0]["kind"], "needs_review");
    assert_eq!(h3["after"]["amount_fen"], 200_000);
    // H4 (no record) and H5 (wages as declared) continue and are only counted.
    assert!(by_case("H4").is_none() && by_case("H5").is_none());
    // Invalid and unmatched records are reported with file and line, IDs masked.
    let rejected = std::fs::read_to_string(format!("{out}.rejected.tsv")).unwrap();
    assert!(rejected.contains("vehicles.csv\t3\tid_check_character_wrong\t110105********0017"));
    assert!(rejected.contains("tax.csv\t3\tnot_recipient\t370101********9973"));
    assert!(rejected.contains("tax.csv\t4\trecord_unknown_kind"));
    let _ = std::fs::remove_dir_all(&dir);
}

fn generate(dir: &std::path::Path, households: &str) {
    let o = run(&[
        "crosscheck-generate",
        "--dir",
        dir.to_str().unwrap(),
        "--households",
        households,
        "--records-per-household",
        "8",
        "--anomaly-permille",
        "200",
        "--seed",
        "11",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn the_result_does_not_depend_on_the_number_of_threads() {
    let dir = tmp("threads");
    generate(&dir, "4000");
    let hh = dir.join("households.csv");
    let rec = dir.join("records");
    let mut outs = Vec::new();
    for t in ["1", "3"] {
        let out = dir.join(format!("r{t}.jsonl"));
        let o = crosscheck(
            hh.to_str().unwrap(),
            rec.to_str().unwrap(),
            out.to_str().unwrap(),
            &["--threads", t, "--all"],
        );
        outs.push((
            stdout(&o),
            std::fs::read_to_string(&out).unwrap(),
            std::fs::read_to_string(format!("{}.rejected.tsv", out.display())).unwrap(),
        ));
    }
    assert_eq!(outs[0], outs[1]);
    assert!(outs[0].1.lines().count() > 4000);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_result_does_not_depend_on_how_records_are_split_into_files() {
    let dir = tmp("files");
    generate(&dir, "1500");
    let hh = dir.join("households.csv");
    let rec = dir.join("records");
    // All records in one file, in reverse order, in a second directory.
    let merged = dir.join("merged");
    std::fs::create_dir_all(&merged).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(&rec)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let mut body: Vec<String> = Vec::new();
    for p in &names {
        body.extend(
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .skip(1)
                .map(str::to_owned),
        );
    }
    body.reverse();
    let header = "id_number,kind,value_fen,monthly_fen,area_m2,detail,grade";
    std::fs::write(
        merged.join("all.csv"),
        format!("{header}\n{}\n", body.join("\n")),
    )
    .unwrap();
    let key = |out: &PathBuf| -> Vec<(String, String, Value, Value)> {
        lines(out.to_str().unwrap())
            .iter()
            .map(|v| {
                (
                    v["case_id"].as_str().unwrap().to_owned(),
                    v["changes"][0]["kind"].as_str().unwrap().to_owned(),
                    v["after"].clone(),
                    v["fact_changes"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| f["checked"].clone())
                        .collect(),
                )
            })
            .collect()
    };
    let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
    let sa = crosscheck(
        hh.to_str().unwrap(),
        rec.to_str().unwrap(),
        a.to_str().unwrap(),
        &["--all", "--json"],
    );
    let sb = crosscheck(
        hh.to_str().unwrap(),
        merged.to_str().unwrap(),
        b.to_str().unwrap(),
        &["--all", "--json"],
    );
    assert_eq!(key(&a), key(&b));
    let (ja, jb): (Value, Value) = (
        serde_json::from_str(&stdout(&sa)).unwrap(),
        serde_json::from_str(&stdout(&sb)).unwrap(),
    );
    for field in [
        "by_primary_change",
        "with_change",
        "amount_before_fen",
        "amount_after_fen",
        "records_matched",
        "records_rejected",
    ] {
        assert_eq!(ja[field], jb[field], "{field}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn households_in_json_lines_are_checked_like_csv() {
    let dir = tmp("jsonl");
    let hh = dir.join("households.jsonl");
    std::fs::write(
        &hh,
        r#"{"case_id": "H1", "members": [{"name": "王芳", "relation": "applicant", "id_number": "11010519491231002X", "income": []}, {"name": "李强", "relation": "spouse", "id_number": "110105195003010016", "income": [{"kind": "wages", "monthly_fen": 50000}]}], "assets": [{"kind": "deposits", "value_fen": 1000000}], "residence": "110105", "area": "urban", "application_date": "2025-07-01"}
{"case_id": "BAD", "members": [{"name": "钱七", "relation": "applicant", "id_number": "110105195003010017", "income": []}], "assets": [], "residence": "110105", "area": "urban", "application_date": "2025-07-01"}
"#,
    )
    .unwrap();
    let out = dir.join("r.jsonl");
    let o = crosscheck(
        hh.to_str().unwrap(),
        &data("crosscheck/records"),
        out.to_str().unwrap(),
        &[],
    );
    let res = lines(out.to_str().unwrap());
    assert_eq!(res[0]["case_id"], "H1");
    assert_eq!(res[0]["changes"][0]["kind"], "stop");
    // A household with an invalid identity number is reported, not re-checked.
    assert_eq!(res[1]["case_id"], "BAD");
    assert_eq!(res[1]["error"], "invalid_household");
    assert!(stdout(&o).contains("invalid_household"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A quoted cell may hold a line break (RFC 4180, as spreadsheet exports write an address):
/// it stays inside its record, the households and records are the same as without it, and the
/// lines reported for later records are the file's physical lines.
#[test]
fn quoted_line_breaks_stay_inside_their_cells() {
    let dir = tmp("quoted");
    let hh = std::fs::read_to_string(data("crosscheck/households.csv")).unwrap();
    let hh = hh.replacen(",示例社区,", ",\"示例\n社区\",", 1);
    assert!(hh.contains("\"示例\n社区\""));
    let hh_path = dir.join("households.csv");
    std::fs::write(&hh_path, &hh).unwrap();
    let records = dir.join("records");
    std::fs::create_dir_all(&records).unwrap();
    for f in std::fs::read_dir(data("crosscheck/records")).unwrap() {
        let f = f.unwrap().path();
        let mut text = std::fs::read_to_string(&f).unwrap();
        if f.file_name().unwrap() == "vehicles.csv" {
            // A note cell with a line break and quotes on the first record.
            let mut ls: Vec<String> = text.lines().map(str::to_owned).collect();
            ls[0].push_str(",note");
            ls[1].push_str(",\"第一行\n第二行，\"\"引号\"\"\"");
            for l in ls.iter_mut().skip(2) {
                l.push(',');
            }
            text = ls.join("\n") + "\n";
        }
        std::fs::write(records.join(f.file_name().unwrap()), text).unwrap();
    }
    let out = dir.join("r.jsonl");
    let o = crosscheck(
        hh_path.to_str().unwrap(),
        records.to_str().unwrap(),
        out.to_str().unwrap(),
        &["--threads", "1"],
    );
    let res = lines(out.to_str().unwrap());
    let h1 = res.iter().find(|v| v["case_id"] == "H1").unwrap();
    assert_eq!(h1["changes"][0]["kind"], "stop");
    assert_eq!(h1["records"][0]["source"]["line"], 2);
    // vehicles.csv's invalid record was on line 3; the note's line break moves it to line 4.
    let rejected = std::fs::read_to_string(format!("{}.rejected.tsv", out.display())).unwrap();
    assert!(
        rejected.contains("vehicles.csv\t4\tid_check_character_wrong\t110105********0017"),
        "{rejected}"
    );
    // The same summary as the plain files.
    let plain = dir.join("plain.jsonl");
    let p = crosscheck(
        &data("crosscheck/households.csv"),
        &data("crosscheck/records"),
        plain.to_str().unwrap(),
        &["--threads", "1"],
    );
    let summary = |o: &std::process::Output| {
        let s = stdout(o);
        s.lines()
            .filter(|l| !l.contains("s,"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(summary(&o), summary(&p));
    let _ = std::fs::remove_dir_all(&dir);
}
