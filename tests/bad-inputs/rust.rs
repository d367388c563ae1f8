//! The bad-input corpus (tests/bad-inputs/cases.json) through the Rust face: every case whose
//! `faces` holds "rust" is run through the core's own entry point for its `op`, and must give
//! the typed error with the expected stable number and name, a non-empty message in Chinese and
//! in English, no resident identity number in clear, and no change of state (a refused
//! calendar load or overlay leaves the calendar as it was; a refused event leaves its case as
//! it was). Run as `cargo test -p minzheng --test bad_inputs`; `BAD_INPUTS_PRINT=1` prints what
//! each case gives instead of failing (to review a new case, never to fill in expectations).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use minzheng::assistance::{self, Procedure};
use minzheng::calendar::{Calendar, LoadMode};
use minzheng::crosscheck::Record;
use minzheng::deadline::Catalogue;
use minzheng::disclosure::{self, AnnualReport, Replayer, ReportInput};
use minzheng::eligibility::csv::HouseholdCsv;
use minzheng::eligibility::{self, Household, Profile};
use minzheng::errors::{Coded, ErrorCode};
use minzheng::id::{CreditCode, ResidentId};
use minzheng::power::PowerList;
use minzheng::window::{self, Desk};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The number and name of an error, and its messages.
struct Got {
    number: u32,
    name: &'static str,
    zh: String,
    en: String,
    display: String,
}

fn got<E: Coded + std::fmt::Display>(e: &E) -> Got {
    Got {
        number: e.number(),
        name: e.error_code().name(),
        zh: e.zh(),
        en: e.en(),
        display: e.to_string(),
    }
}

/// True when a text holds a resident identity number in clear (18 characters, 17 digits and a
/// digit or X, or 15 digits, as a maximal run of letters and digits).
fn has_clear_id(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|run| {
        let b = run.as_bytes();
        (b.len() == 18
            && b[..17].iter().all(u8::is_ascii_digit)
            && (b[17].is_ascii_digit() || b[17] == b'X' || b[17] == b'x'))
            || (b.len() == 15 && b.iter().all(u8::is_ascii_digit))
    })
}

/// The input bytes of a case: `input` (text), `input_hex` (any bytes), or `input_gen`
/// (`{"prefix", "repeat", "count", "suffix"}`: made at run time, e.g. the 100 MB line).
pub fn input_bytes(case: &Value) -> Vec<u8> {
    if let Some(s) = case["input"].as_str() {
        return s.as_bytes().to_vec();
    }
    if let Some(h) = case["input_hex"].as_str() {
        return (0..h.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
            .collect();
    }
    let g = &case["input_gen"];
    let Some(count) = g["count"].as_u64() else {
        return Vec::new(); // a case of arguments only (dates, counts)
    };
    let count = count as usize;
    let mut out = g["prefix"].as_str().unwrap_or("").as_bytes().to_vec();
    out.extend(g["repeat"].as_str().unwrap().as_bytes().repeat(count));
    out.extend(g["suffix"].as_str().unwrap_or("").as_bytes());
    out
}

fn date(text: &str) -> Result<NaiveDate, Got> {
    minzheng::dates::parse_date(text).map_err(|e| got(&e))
}

fn sample(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// Replays each case of a log; for the case that fails, replays it again event by event and
/// checks that the refused event left the case as it was.
macro_rules! replay_checked {
    ($events:expr, $group:path, $replay:expr, $apply:expr, $open:expr) => {{
        let mut result = Ok(());
        for (_, evs) in $group($events) {
            if let Err(e) = $replay(&evs) {
                // The prefix before the refused event, replayed, then the refused event applied
                // to it: the case must come back unchanged.
                for cut in 1..evs.len() {
                    if let Ok(mut case) = $replay(&evs[..cut]) {
                        if $replay(&evs[..=cut]).is_err() {
                            let before = case.clone();
                            assert!($apply(&mut case, &evs[cut]).is_err());
                            assert_eq!(case, before, "a refused event changed the case");
                            break;
                        }
                    }
                }
                let _ = $open;
                result = Err(got(&e));
                break;
            }
        }
        result
    }};
}

/// Runs one case through the core; Ok(()) when the input was accepted (a failure of the case).
fn run(case: &Value, bytes: &[u8]) -> Result<(), Got> {
    let text = || std::str::from_utf8(bytes).expect("the Rust face takes UTF-8 text");
    let arg = |k: &str| case[k].as_str().unwrap_or("").to_owned();
    match case["op"].as_str().unwrap() {
        "calendar.load" => {
            let mut cal = Calendar::china();
            let before = (cal.coverage(), cal.notices().cloned().collect::<Vec<_>>());
            let r = cal.load_json(text(), LoadMode::AddOnly).map(|_| ());
            if r.is_err() {
                let after = (cal.coverage(), cal.notices().cloned().collect::<Vec<_>>());
                assert_eq!(before, after, "a refused load changed the calendar");
            }
            r.map_err(|e| got(&e))
        }
        "calendar.overlay" => {
            let mut cal = Calendar::china();
            let r = cal.add_overlay_json(text());
            if r.is_err() {
                assert!(cal.overlays().is_empty(), "a refused overlay was kept");
            }
            r.map_err(|e| got(&e))
        }
        "calendar.add_workdays" => {
            let n = case["n"].as_i64().unwrap();
            Calendar::china()
                .add_workdays(date(&arg("date"))?, n)
                .map(|_| ())
                .map_err(|e| got(&e))
        }
        "calendar.is_workday" => Calendar::china()
            .is_workday(date(&arg("date"))?)
            .map(|_| ())
            .map_err(|e| got(&e)),
        "calendar.between" => Calendar::china()
            .workdays_between(date(&arg("date"))?, date(&arg("date2"))?)
            .map(|_| ())
            .map_err(|e| got(&e)),
        "date" => date(text()).map(|_| ()),
        "money.yuan" => minzheng::money::parse_yuan(text())
            .map(|_| ())
            .map_err(|e| got(&e)),
        "text.utf8" => minzheng::text::decode(bytes, minzheng::text::TextEncoding::Utf8)
            .map(|_| ())
            .map_err(|e| got(&e)),
        "id.resident" => ResidentId::parse(text()).map(|_| ()).map_err(|e| got(&e)),
        "id.credit" => CreditCode::parse(text()).map(|_| ()).map_err(|e| got(&e)),
        "deadline.overrides" => Catalogue::national()
            .with_overrides_json(text())
            .map(|_| ())
            .map_err(|e| got(&e)),
        "power.check" => PowerList::from_json(text())
            .map(|_| ())
            .map_err(|e| got(&e)),
        "power.toml" => PowerList::from_toml(text())
            .map(|_| ())
            .map_err(|e| got(&e)),
        "profile" => Profile::from_json(text())
            .and_then(Profile::validated)
            .map(|_| ())
            .map_err(|e| got(&e)),
        "profile.toml" => Profile::from_toml(text())
            .and_then(Profile::validated)
            .map(|_| ())
            .map_err(|e| got(&e)),
        "household.evaluate" => {
            let profile =
                Profile::from_json(&sample("examples/data/profile-sample-city.json")).unwrap();
            let hh = Household::from_json(text()).map_err(|e| got(&e))?;
            eligibility::evaluate(&hh, &profile, date(&arg("date"))?)
                .map(|_| ())
                .map_err(|e| got(&e))
        }
        "household.csv" => {
            let lines: Vec<&str> = text().lines().collect();
            let cols = HouseholdCsv::from_header(lines[0]).map_err(|e| got(&e))?;
            for hh in cols.households(&lines[1..]) {
                hh.map_err(|e| got(&e))?;
            }
            Ok(())
        }
        "crosscheck.record" => Record::from_json_line(text())
            .map(|_| ())
            .map_err(|e| got(&e)),
        "disclosure.replay" => {
            let cal = Calendar::china();
            let periods = Catalogue::national();
            let replayer = Replayer::new(&cal, &periods);
            let events = disclosure::parse_log(text()).map_err(|e| got(&e))?;
            let today = date(&arg("date"))?;
            replay_checked!(
                events,
                disclosure::group_by_case,
                |evs: &[_]| replayer.replay(evs),
                |c: &mut _, e| replayer.apply(c, e),
                ()
            )?;
            // One log is one case in the C, Java and JavaScript faces: a log of two cases is
            // replayed as one, and the second case's events are refused.
            let events = disclosure::parse_log(text()).map_err(|e| got(&e))?;
            let case = replayer.replay(&events).map_err(|e| got(&e))?;
            replayer
                .report(&case, today)
                .map(|_| ())
                .map_err(|e| got(&e))
        }
        "window.replay" => {
            let cal = Calendar::china();
            let list = PowerList::from_json(&sample("examples/data/power-list.json")).unwrap();
            let desk = Desk::new(&cal, window::window_items(&list)).unwrap();
            let events = window::parse_log(text()).map_err(|e| got(&e))?;
            replay_checked!(
                events,
                window::group_by_case,
                |evs: &[_]| desk.replay(evs),
                |c: &mut _, e| desk.apply(c, e),
                ()
            )
        }
        "assistance.replay" => {
            let cal = Calendar::china();
            let periods = Catalogue::national();
            let p = Procedure::new(&cal, &periods);
            let events = assistance::parse_log(text()).map_err(|e| got(&e))?;
            if events.is_empty() {
                // An empty log: the core's own error, as the C and Java faces give it.
                p.replay(&events).map_err(|e| got(&e))?;
            }
            replay_checked!(
                events,
                assistance::group_by_case,
                |evs: &[_]| p.replay(evs),
                |c: &mut _, e| p.apply(c, e),
                ()
            )
        }
        "annual_report" => {
            // Input that is not JSON of the right shape is the C and Java faces' general.json.
            let input: ReportInput = serde_json::from_str(text()).expect("a Rust case is JSON");
            AnnualReport::build(2025, input, [])
                .and_then(|r| r.verify().map(|_| r))
                .map(|_| ())
                .map_err(|e| got(&e))
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn every_bad_input_is_refused_with_its_code_in_both_languages() {
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/bad-inputs/cases.json")).unwrap(),
    )
    .unwrap();
    let print = std::env::var_os("BAD_INPUTS_PRINT").is_some();
    let (mut ran, mut failures) = (0, Vec::new());
    for case in doc["cases"].as_array().unwrap() {
        let faces = case["faces"].as_array().unwrap();
        if !faces.iter().any(|f| f == "rust") {
            continue;
        }
        ran += 1;
        let id = case["id"].as_str().unwrap();
        let expect = case.get("expect_rust").unwrap_or(&case["expect"]);
        let (number, name) = (
            expect[0].as_u64().unwrap() as u32,
            expect[1].as_str().unwrap(),
        );
        let bytes = input_bytes(case);
        match run(case, &bytes) {
            Ok(()) => failures.push(format!("{id}: accepted, expected {number} {name}")),
            Err(g) => {
                if print {
                    println!("{id}: [{}, \"{}\"] {}", g.number, g.name, g.display);
                }
                let mut bad = Vec::new();
                if (g.number, g.name) != (number, name) {
                    bad.push(format!(
                        "gave {} {}, expected {number} {name}",
                        g.number, g.name
                    ));
                }
                if ErrorCode::from_number(g.number).map(|c| c.name()) != Some(g.name) {
                    bad.push("number and name disagree with the registry".into());
                }
                if g.zh.trim().is_empty() || g.en.trim().is_empty() {
                    bad.push("an empty message".into());
                }
                if !g.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
                    bad.push(format!("the zh message holds no Chinese: {}", g.zh));
                }
                if has_clear_id(&g.zh) || has_clear_id(&g.en) || has_clear_id(&g.display) {
                    bad.push(format!("identity number in clear: {}", g.display));
                }
                if g.display.len() > 4096 {
                    bad.push(format!(
                        "a message of {} bytes (input echoed?)",
                        g.display.len()
                    ));
                }
                if !bad.is_empty() {
                    failures.push(format!("{id}: {}", bad.join("; ")));
                }
            }
        }
    }
    assert!(ran >= 40, "only {ran} Rust cases");
    if !print {
        assert!(
            failures.is_empty(),
            "{} of {ran} cases failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    } else {
        println!("{}", failures.join("\n"));
    }
}
