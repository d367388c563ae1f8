//! The `minzheng` binary as a user meets it: output formats, exit codes, error lines.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn assert_one_line_bilingual_error(o: &Output) {
    assert!(!o.status.success());
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("错误 / error: "), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    assert!(
        err.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{err}"
    );
}

#[test]
fn calendar_range_prints_date_tab_kind_lines() {
    let o = run(&["calendar", "range", "2024-09-28", "2024-10-02"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let kinds: Vec<(&str, &str)> = out
        .lines()
        .map(|l| {
            let mut f = l.split('\t');
            (f.next().unwrap(), f.next().unwrap())
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("2024-09-28", "weekend"),
            ("2024-09-29", "makeup"),
            ("2024-09-30", "workday"),
            ("2024-10-01", "holiday"),
            ("2024-10-02", "holiday"),
        ]
    );
}

#[test]
fn calendar_add_accepts_negative_n() {
    let o = run(&["calendar", "add", "2024-10-08", "-5"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "2024-09-25\n");
}

#[test]
fn calendar_between_and_json() {
    let o = run(&["calendar", "between", "2024-09-30", "2024-10-08"]);
    assert_eq!(stdout(&o), "1\n");
    let o = run(&["--json", "calendar", "between", "2024-09-30", "2024-10-08"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["workdays"], 1);
}

#[test]
fn batch_reads_stdin_and_keeps_lines_aligned() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args(["calendar", "add", "--batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"2024-10-08 -5\n2024-09-30 1\nnot a line\n2026-12-31 1\n2024-09-30 0\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0], "2024-09-25");
    assert_eq!(lines[1], "2024-10-08");
    assert!(lines[2].starts_with("ERROR\tbad_line\t"));
    assert!(lines[3].starts_with("ERROR\tyear_not_covered\t"));
    assert_eq!(lines[4], "2024-09-30");
    assert_one_line_bilingual_error(&o);
}

#[test]
fn deadline_prints_due_status_and_explanation() {
    let o = run(&[
        "deadline",
        "disclosure.reply",
        "2024-09-20",
        "--suspend",
        "2024-10-09..2024-10-11:征求第三方意见",
        "--extend",
        "--granted",
        "2024-10-20",
        "--today",
        "2024-11-01",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("届满日 / due: 2024-11-25"), "{out}");
    assert!(out.contains("征求第三方意见"), "{out}");
    assert!(out.contains("政府信息公开工作机构负责人"), "{out}");
    assert!(out.contains("国庆节"), "{out}");
}

#[test]
fn deadline_json_has_status() {
    let o = run(&[
        "--json",
        "deadline",
        "licensing.decision",
        "2025-09-26",
        "--today",
        "2025-11-10",
        "--answered",
        "2025-10-30",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"]["status"], "met");
    assert_eq!(v["deadline"]["due"], "2025-10-30");
}

#[test]
fn bad_inputs_are_one_bilingual_line_and_nonzero() {
    for args in [
        &["calendar", "day", "2024-02-30"][..],
        &["calendar", "day", "24-1-1"],
        &["calendar", "day", "0000-01-01"],
        &["calendar", "day", "9999-12-31"],
        &["calendar", "add", "2024-10-08", "9223372036854775807"],
        &["calendar", "add", "2024-10-08", "-9223372036854775808"],
        &["calendar", "between", "2024-10-08", "2024-10-01"],
        &["deadline", "no.such.period", "2024-10-08"],
        &[
            "deadline",
            "disclosure.reply",
            "2024-10-08",
            "--suspend",
            "2024-10-10",
        ],
        &[
            "deadline",
            "disclosure.reply",
            "2024-10-08",
            "--extend",
            "25",
            "--today",
            "2024-10-09",
        ],
        &["calendar", "add", "2024-10-08", "99999999999999999999"],
        &["--data", "/nonexistent/file.json", "calendar", "coverage"],
    ] {
        let o = run(args);
        assert_one_line_bilingual_error(&o);
    }
}

#[test]
fn malformed_data_file_lists_every_problem() {
    let dir = std::env::temp_dir().join(format!("minzheng-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.json");
    std::fs::write(
        &p,
        r#"{"years": {"2027": {"notice": "", "holidays": [
            {"name": "元旦", "days_off": ["2027-01-01"], "makeup_workdays": ["2027-01-04"]}]}}}"#,
    )
    .unwrap();
    let o = run(&["--data", p.to_str().unwrap(), "calendar", "coverage"]);
    assert_one_line_bilingual_error(&o);
    let err = stderr(&o);
    assert!(err.contains("2 处问题"), "{err}");
    assert!(
        err.contains("no notice number") && err.contains("not a Saturday or Sunday"),
        "{err}"
    );
}

#[test]
fn next_years_notice_can_be_loaded() {
    let dir = std::env::temp_dir().join(format!("minzheng-cli-2027-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("2027.json");
    std::fs::write(
        &p,
        r#"{"years": {"2027": {"notice": "示例〔2026〕1号", "published": "2026-11-01", "holidays": [
            {"name": "元旦", "days_off": ["2027-01-01", "2027-01-02", "2027-01-03"], "makeup_workdays": []}]}}}"#,
    )
    .unwrap();
    let o = run(&[
        "--data",
        p.to_str().unwrap(),
        "calendar",
        "day",
        "2027-01-01",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("2027-01-01\tholiday\tFri\t元旦\t示例〔2026〕1号"));
}

#[test]
fn provisional_is_explicit_and_flagged() {
    let o = run(&["calendar", "add", "2026-12-24", "10"]);
    assert_one_line_bilingual_error(&o);
    let o = run(&["--provisional", "calendar", "add", "2026-12-24", "10"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "2027-01-07\n");
    assert!(stderr(&o).contains("provisional"));
}

#[test]
fn demo_runs_on_embedded_data() {
    let o = run(&["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("23 notices embedded, 2004–2026"), "{out}");
    assert!(
        out.contains("5 workdays before 2024-10-08: 2024-09-25"),
        "{out}"
    );
    assert!(out.contains("届满日 / due: 2026-02-24"), "{out}");
    // 第三十三条 by hand: work began 2026-03-10, six whole months after March: April–September.
    assert!(
        out.contains("without a local 渐退期: not_eligible (failed: dibao.income_below_standard)"),
        "{out}"
    );
    assert!(
        out.contains("1500.00 yuan a month until 2026-09-30"),
        "{out}"
    );
}

#[test]
fn periods_lists_the_catalogue() {
    let o = run(&["periods"]);
    let out = stdout(&o);
    for id in [
        "disclosure.reply",
        "licensing.issue",
        "dibao.public_notice",
        "tekun.county_confirmation",
    ] {
        assert!(out.contains(id), "{id}");
    }
}

// ── power lists ────────────────────────────────────────────────────────────

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/power-list.json");
const SAMPLE_TOML: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../data/power-list-excerpt.toml"
);
const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/power/broken.json");

#[test]
fn power_check_of_the_sample_exits_zero() {
    let o = run(&["power", "check", SAMPLE]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 errors, 0 warnings"));
}

#[test]
fn power_check_of_the_broken_copy_exits_one_with_every_finding() {
    let o = run(&["power", "check", BROKEN]);
    assert_eq!(o.status.code(), Some(1));
    assert_one_line_bilingual_error(&o);
    let out = stdout(&o);
    for id in ["PL001", "PL009", "PL026", "PL027"] {
        assert!(out.contains(id), "{id}");
    }
}

#[test]
fn power_check_json_is_one_report_even_when_it_fails() {
    let o = run(&["--json", "power", "check", BROKEN]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["items"], 47);
    let f = &v["findings"][0];
    for key in [
        "rule",
        "status",
        "severity",
        "citation",
        "confidence",
        "item",
        "path",
        "zh",
        "en",
    ] {
        assert!(f.get(key).is_some(), "{key}");
    }
}

#[test]
fn power_stats_say_it_like_seed_003() {
    let o = run(&["power", "stats", SAMPLE]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("共有权力事项47项，其中行政许可5项"));
    let o = run(&["--json", "power", "stats", SAMPLE]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["total"], 47);
    assert_eq!(v["by_category"][0]["code"], "01");
}

#[test]
fn power_flowchart_in_three_formats() {
    for (fmt, start) in [
        ("svg", "<svg"),
        ("mermaid", "flowchart TD"),
        ("dot", "digraph"),
    ] {
        let o = run(&[
            "power",
            "flowchart",
            SAMPLE,
            "--item",
            "MZ-XK-001",
            "--format",
            fmt,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).starts_with(start), "{fmt}");
        assert!(stdout(&o).contains("补正"), "{fmt}");
    }
}

#[test]
fn power_publish_markdown_and_html() {
    let o = run(&[
        "power",
        "publish",
        SAMPLE,
        "--item",
        "MZ-GF-001",
        "--format",
        "md",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("| 法定办结时限 | 30个工作日 |"));
    let o = run(&[
        "power",
        "publish",
        SAMPLE,
        "--item",
        "MZ-GF-001",
        "--format",
        "html",
    ]);
    let html = stdout(&o);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
}

#[test]
fn power_reads_toml_lists() {
    let o = run(&["power", "check", SAMPLE_TOML]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("1 items, 0 errors"));
}

#[test]
fn power_unknown_item_is_one_bilingual_line_with_suggestions() {
    let o = run(&["power", "flowchart", SAMPLE, "--item", "MZ-XK-00"]);
    assert_one_line_bilingual_error(&o);
    assert!(stderr(&o).contains("MZ-XK-001"));
}

#[test]
fn power_malformed_file_names_the_line() {
    let dir = std::env::temp_dir().join(format!("mz-power-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.json");
    std::fs::write(&p, "{\"authority\": \"x\",\n \"items\": [{\"code\": 1}]}").unwrap();
    let o = run(&["power", "check", p.to_str().unwrap()]);
    assert_one_line_bilingual_error(&o);
    assert!(stderr(&o).contains("第2行"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn demo_includes_the_power_list_tour() {
    let o = run(&["demo"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("权责清单统计"));
    assert!(out.contains("PL009"));
}

#[test]
fn power_rules_lists_every_rule_with_its_basis() {
    let o = run(&["power", "rules"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("PL009 error"));
    assert!(out.contains("《行政处罚法》第六十三条 [V1]"));
    assert!(out.contains("[practice]"));
    let o = run(&["--json", "power", "rules"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 21);
}

#[test]
fn id_check_exits_zero_for_valid_and_one_for_invalid() {
    let ok = run(&["id", "check", "11010519491231002X"]);
    assert!(ok.status.success());
    assert!(stdout(&ok).contains("110105********002X"));
    let bad = run(&["id", "check", "110105194912310021"]);
    assert_eq!(bad.status.code(), Some(1));
    assert_one_line_bilingual_error(&bad);
    assert!(stderr(&bad).contains("check character wrong"));
    let malformed = run(&["id", "check", "11010519491231A02X"]);
    assert_eq!(malformed.status.code(), Some(1));
    assert!(!stderr(&malformed).contains("check character"));
    // Month 13: an invalid resident number, although the characters pass the credit code's check.
    let month13 = run(&["id", "check", "11010519491331002X"]);
    assert_eq!(month13.status.code(), Some(1));
    assert_one_line_bilingual_error(&month13);
    let err = stderr(&month13);
    assert!(err.contains("resident identity number"), "{err}");
    assert!(err.contains("birth-date part"), "{err}");
    assert!(!err.contains("credit code"), "{err}");
}

#[test]
fn id_check_json_gives_the_decoded_fields() {
    let o = run(&[
        "--json",
        "id",
        "check",
        "370101010203997",
        "--date",
        "2026-01-01",
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["number"], "370101190102039973");
    assert_eq!(v["birth_date"], "1901-02-03");
    assert_eq!(v["sex"], "male");
    assert_eq!(v["age"], 124);
    let c = run(&["--json", "id", "check", "91350100M000100Y43"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&c)).unwrap();
    assert_eq!(v["kind"], "credit");
    assert_eq!(v["department_name"], "工商");
}

#[test]
fn eligibility_evaluate_explains_every_programme() {
    let o = run(&[
        "eligibility",
        "evaluate",
        "--profile",
        &data("profile-sample-city.json"),
        "--household",
        &data("household-sample.json"),
        "--date",
        "2026-06-15",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("每月 2100.00 元"), "{out}");
    assert!(out.contains("第七条第二款"));
    assert!(out.contains("单独登记备案"));
    let j = run(&[
        "--json",
        "eligibility",
        "evaluate",
        "--profile",
        &data("profile-sample-county.toml"),
        "--household",
        &data("household-sample.json"),
        "--date",
        "2026-06-15",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&j)).unwrap();
    assert_eq!(v["evaluation"]["decisions"][0]["programme"], "dibao");
}

#[test]
fn eligibility_batch_counts_outcomes_from_csv() {
    let o = run(&[
        "eligibility",
        "batch",
        "--profile",
        &data("profile-sample-city.json"),
        "--input",
        &data("households-sample.csv"),
        "--date",
        "2026-06-15",
        "--threads",
        "2",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["total"], 5);
    assert_eq!(v["eligible"], 2);
    assert_eq!(v["not_eligible"], 2);
    assert_eq!(v["needs_information"], 1);
    assert_eq!(v["failed_rules"]["dibao.income_below_standard"], 2);
    assert_eq!(v["programme"], "dibao");
    assert!(stderr(&o).contains("households per second"));
}

/// A quoted cell holding a line break (a spreadsheet export's address) is one cell: the five
/// households stay five, with the same outcomes, and no record is split in two.
#[test]
fn eligibility_batch_keeps_a_quoted_line_break_in_its_cell() {
    let text = std::fs::read_to_string(data("households-sample.csv")).unwrap();
    let quoted = text.replacen(",示例村,", ",\"示例村\n二组\",", 1);
    assert_ne!(text, quoted);
    let path = std::env::temp_dir().join(format!("minzheng-quoted-{}.csv", std::process::id()));
    std::fs::write(&path, quoted).unwrap();
    let o = run(&[
        "eligibility",
        "batch",
        "--profile",
        &data("profile-sample-city.json"),
        "--input",
        path.to_str().unwrap(),
        "--date",
        "2026-06-15",
    ]);
    let _ = std::fs::remove_file(&path);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["total"], 5);
    assert_eq!(v["eligible"], 2);
    assert_eq!(v["not_eligible"], 2);
    assert_eq!(v["needs_information"], 1);
}

#[test]
fn notice_build_lists_only_whitelisted_fields() {
    let o = run(&[
        "--json",
        "notice",
        "build",
        "--profile",
        &data("profile-sample-city.json"),
        "--input",
        &data("households-sample.jsonl"),
        "--date",
        "2026-06-15",
        "--posted",
        "2026-06-19",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains("34052419800101001X") && !out.contains("370101190102039973"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ends"], "2026-06-26");
    for row in v["rows"].as_array().unwrap() {
        let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["amount_fen", "household_size", "name", "village"]);
    }
    assert!(
        !out.contains("陶小"),
        "a de-facto-unsupported child is never listed"
    );
}

#[test]
fn eligibility_batch_each_prints_one_line_per_household_in_order() {
    let o = run(&[
        "eligibility",
        "batch",
        "--profile",
        &data("profile-sample-city.json"),
        "--input",
        &data("households-sample.jsonl"),
        "--date",
        "2026-06-15",
        "--each",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let ids: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids, ["S-1", "S-2", "S-3", "S-4", "S-5"]);
    assert!(out
        .lines()
        .nth(2)
        .unwrap()
        .contains("not_eligible\t\tdibao.income_below_standard"));
}

/// 特困 re-check of the five sample households on 2026-06-15, by hand (特困人员认定办法):
/// S-1 (46), S-2 (56) and S-3 (46) are of working age and not disabled (第五条); S-3 earns
/// 2,000 yuan and S-5 1,500 yuan a month, not below the city's 1,000-yuan 低保 standard
/// (第六条); S-4, born 1901, with no income and no liable relatives, is eligible at the
/// city's basic standard of 1,300 yuan.
#[test]
fn eligibility_batch_rechecks_tekun_for_the_applicant() {
    for extra in [&[][..], &["--each"][..]] {
        let mut args = vec!["eligibility", "batch", "--programme", "tekun", "--profile"];
        let profile = data("profile-sample-city.json");
        let input = data("households-sample.jsonl");
        args.extend([
            profile.as_str(),
            "--input",
            input.as_str(),
            "--date",
            "2026-06-15",
        ]);
        args.extend(extra);
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        let summary = if extra.is_empty() {
            stdout(&o)
        } else {
            let out = stdout(&o);
            assert_eq!(
                out.lines().collect::<Vec<_>>(),
                [
                    "S-1\tnot_eligible\t\ttekun.no_labour_capacity",
                    "S-2\tnot_eligible\t\ttekun.no_labour_capacity",
                    "S-3\tnot_eligible\t\ttekun.no_labour_capacity,tekun.no_living_source",
                    "S-4\teligible\t130000\t",
                    "S-5\tnot_eligible\t\ttekun.no_living_source",
                ]
            );
            let err = stderr(&o);
            err[err.find('{').unwrap()..].to_owned()
        };
        let v: serde_json::Value = serde_json::from_str(&summary).unwrap();
        assert_eq!(v["programme"], "tekun");
        assert_eq!(
            (
                v["total"].as_u64(),
                v["eligible"].as_u64(),
                v["not_eligible"].as_u64()
            ),
            (Some(5), Some(1), Some(4))
        );
        assert_eq!(v["failed_rules"]["tekun.no_labour_capacity"], 3);
        assert_eq!(v["failed_rules"]["tekun.no_living_source"], 2);
        assert_eq!(v["total_amount_fen"], 130_000);
    }
}

#[test]
fn an_invalid_household_is_one_bilingual_line_listing_every_problem() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args([
            "eligibility",
            "evaluate",
            "--profile",
            &data("profile-sample-city.json"),
            "--household",
            "-",
            "--date",
            "2026-06-15",
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
        .write_all(br#"{"members":[{"name":"","relation":"spouse"}],"residence":"1","area":"urban","application_date":"2026-06-01"}"#)
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_one_line_bilingual_error(&o);
    let err = stderr(&o);
    assert!(
        err.contains("3 problem(s)") && err.contains("no name") && err.contains("six-digit"),
        "{err}"
    );
}

/// Runs the binary with its stdout a real pipe whose reader closes after the first line, as
/// `minzheng … | head -1` does.
fn run_into_closed_pipe(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.map(<[u8]>::to_vec);
    let feeder = std::thread::spawn(move || {
        if let Some(d) = data {
            let _ = input.write_all(&d);
        }
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(!first.is_empty());
    drop(out);
    feeder.join().unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_stdout_ends_quietly_with_success() {
    // println! path: a long range printed line by line.
    let o = run_into_closed_pipe(&["calendar", "range", "2010-01-01", "2026-12-31"], None);
    assert!(o.status.success(), "{:?} {}", o.status, stderr(&o));
    assert_eq!(stderr(&o), "");
    // write_all path: the batch answers 400,000 lines, far more than a pipe buffer.
    let lines = "2024-10-08 5\n".repeat(400_000);
    let o = run_into_closed_pipe(&["calendar", "add", "--batch", "-"], Some(lines.as_bytes()));
    assert!(o.status.success(), "{:?} {}", o.status, stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn a_missing_argument_is_named() {
    let o = run(&["crosscheck", "--households", "h.csv"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    for name in [
        "--profile <FILE>",
        "--records <DIR>",
        "--date <DATE>",
        "--out <RESULT>",
    ] {
        assert!(err.contains(name), "{name} not in {err}");
    }
    let o = run(&["calendar", "add", "2024-10-08", "five"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("invalid value 'five' for '[N]'"), "{err}");
    assert!(!err.contains("For more information"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn dates_are_read_strictly_everywhere() {
    for bad in ["2026-9-5", "2026-09-5", "20260905", "2026/09/05"] {
        let o = run(&["calendar", "add", bad, "1"]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        assert!(stderr(&o).contains("YYYY-MM-DD"), "{bad}: {}", stderr(&o));
    }
    let o = run(&["calendar", "add", "2026-02-30", "1"]);
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
}
