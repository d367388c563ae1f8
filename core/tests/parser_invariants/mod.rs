//! The invariants the parser fuzz targets (fuzz/fuzz_targets/<target>.rs) check on every input,
//! shared with the stable replay of the committed corpus (core/tests/fuzz_corpus.rs).
//!
//! Each target reads bytes; the first byte picks the parser (so one target covers a domain's
//! readers), the rest is the text. Beyond "no panic", every target checks:
//! - an error has a registered stable number, a non-empty message in Chinese and in English,
//!   `Display` equal to `zh / en`, and no resident identity number in clear in either message;
//! - what parses serialises and parses back to an equal value (round trip);
//! - a refused load leaves the calendar as it was (no partial state).

use minzheng::assistance::{self, Procedure};
use minzheng::calendar::{Calendar, LoadMode};
use minzheng::crosscheck::{Record, RecordColumns};
use minzheng::deadline::Catalogue;
use minzheng::disclosure::{self, AnnualReport, Replayer, ReportInput};
use minzheng::division::DivisionTable;
use minzheng::eligibility::csv::HouseholdCsv;
use minzheng::eligibility::{self, Household, Profile};
use minzheng::errors::{Coded, ErrorCode};
use minzheng::id::{classify, CreditCode, ResidentId};
use minzheng::power::{self, PowerList};
use minzheng::window::{self, Desk};
use std::sync::OnceLock;

/// True when `text` holds a resident identity number in clear: a maximal run of ASCII letters
/// and digits of 18 characters (17 digits and a digit or X) or of 15 digits. Written apart from
/// `errors::redact_ids` so that a defect there is caught here.
pub fn has_clear_id(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|run| {
        let b = run.as_bytes();
        match b.len() {
            18 => {
                b[..17].iter().all(u8::is_ascii_digit)
                    && (b[17].is_ascii_digit() || b[17] == b'X' || b[17] == b'x')
            }
            15 => b.iter().all(u8::is_ascii_digit),
            _ => false,
        }
    })
}

/// The error contract of every domain.
pub fn coded<E: Coded + std::fmt::Display>(e: &E) {
    let (zh, en) = (e.zh(), e.en());
    assert!(
        !zh.trim().is_empty(),
        "empty zh message for {}",
        e.error_code().name()
    );
    assert!(
        !en.trim().is_empty(),
        "empty en message for {}",
        e.error_code().name()
    );
    assert!(!has_clear_id(&zh), "identity number in clear: {zh}");
    assert!(!has_clear_id(&en), "identity number in clear: {en}");
    assert_ne!(e.number(), 0);
    assert_eq!(ErrorCode::from_number(e.number()), Some(e.error_code()));
    assert_eq!(e.to_string(), format!("{zh} / {en}"));
}

/// The embedded calendar, the national periods and the samples, made once per process (the
/// fuzzers call the targets many thousand times a second).
fn china() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::china)
}

fn national() -> &'static Catalogue {
    static PERIODS: OnceLock<Catalogue> = OnceLock::new();
    PERIODS.get_or_init(Catalogue::national)
}

fn sample_profile() -> &'static Profile {
    static PROFILE: OnceLock<Profile> = OnceLock::new();
    PROFILE.get_or_init(|| {
        let text = include_str!("../../../examples/data/profile-sample-city.json");
        Profile::from_json(text).expect("sample profile")
    })
}

fn sample_desk() -> &'static Desk<'static> {
    static DESK: OnceLock<Desk<'static>> = OnceLock::new();
    DESK.get_or_init(|| {
        let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))
            .expect("sample list");
        Desk::new(china(), window::window_items(&list)).expect("desk")
    })
}

fn split(data: &[u8]) -> Option<(u8, &str)> {
    let (sel, rest) = data.split_first()?;
    Some((*sel, std::str::from_utf8(rest).ok()?))
}

/// Calendar data files, overlays, period overrides.
pub fn calendar(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    match sel % 4 {
        0 => match Calendar::from_json(text) {
            Ok(c) => {
                let _ = c.coverage();
            }
            Err(e) => coded(&e),
        },
        1 => {
            let mut cal = china().clone();
            let before = (cal.coverage(), cal.notices().cloned().collect::<Vec<_>>());
            match cal.load_json(text, LoadMode::Replace) {
                Ok(_) => {}
                Err(e) => {
                    coded(&e);
                    let after = (cal.coverage(), cal.notices().cloned().collect::<Vec<_>>());
                    assert_eq!(before, after, "a refused load changed the calendar");
                }
            }
        }
        2 => {
            let mut cal = china().clone();
            match cal.add_overlay_json(text) {
                Ok(()) => {
                    let o = cal.overlays().last().cloned();
                    let o = o.expect("an accepted overlay is kept");
                    let json = serde_json::to_string(&o).expect("an overlay serialises");
                    let again: minzheng::calendar::Overlay =
                        serde_json::from_str(&json).expect("round trip");
                    assert_eq!(o, again);
                }
                Err(e) => {
                    coded(&e);
                    assert!(cal.overlays().is_empty(), "a refused overlay was kept");
                }
            }
        }
        _ => match national().with_overrides_json(text) {
            Ok(c) => assert!(!c.rules().is_empty()),
            Err(e) => coded(&e),
        },
    }
}

/// Policy profiles (JSON, TOML), households (JSON, CSV).
pub fn eligibility(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    match sel % 4 {
        0 | 1 => {
            let parsed = if sel % 4 == 0 {
                Profile::from_json(text)
            } else {
                Profile::from_toml(text)
            };
            match parsed {
                Ok(p) => {
                    let json = serde_json::to_string(&p).expect("a profile serialises");
                    assert_eq!(Profile::from_json(&json).expect("round trip"), p);
                    for problem in p.problems() {
                        coded(&problem);
                    }
                    if let Err(e) = p.validated() {
                        coded(&e);
                    }
                }
                Err(e) => coded(&e),
            }
        }
        2 => match Household::from_json(text) {
            Ok(hh) => {
                let json = serde_json::to_string(&hh).expect("a household serialises");
                assert_eq!(Household::from_json(&json).expect("round trip"), hh);
                for problem in hh.problems() {
                    coded(&problem);
                }
                evaluate(&hh);
            }
            Err(e) => coded(&e),
        },
        _ => {
            let lines: Vec<&str> = text.lines().collect();
            let Some((header, rows)) = lines.split_first() else {
                return;
            };
            match HouseholdCsv::from_header(header) {
                Ok(cols) => {
                    for hh in cols.households(rows).take(64) {
                        match hh {
                            Ok(hh) => evaluate(&hh),
                            Err(e) => coded(&e),
                        }
                    }
                }
                Err(e) => coded(&e),
            }
        }
    }
}

fn evaluate(hh: &Household) {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date");
    if let Err(e) = eligibility::evaluate(hh, sample_profile(), day) {
        coded(&e);
    }
}

/// Power lists (JSON, TOML): round trip, and the checks run on whatever parses.
pub fn power(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    let parsed = if sel % 2 == 0 {
        PowerList::from_json(text)
    } else {
        PowerList::from_toml(text)
    };
    match parsed {
        Ok(list) => {
            let json = serde_json::to_string(&list).expect("a list serialises");
            assert_eq!(PowerList::from_json(&json).expect("round trip"), list);
            let report = power::check(&list);
            let _ = serde_json::to_string(&report).expect("a report serialises");
            let _ = power::Stats::of(&list);
        }
        Err(e) => coded(&e),
    }
}

/// Disclosure request logs and window event logs, replayed case by case.
pub fn logs(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    if sel % 2 == 0 {
        match disclosure::parse_log(text) {
            Ok(events) => {
                let replayer = Replayer::new(china(), national());
                let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("a date");
                for (_, evs) in disclosure::group_by_case(events) {
                    match replayer.replay(&evs) {
                        Ok(case) => {
                            if let Err(e) = replayer.report(&case, today) {
                                coded(&e);
                            }
                        }
                        Err(e) => coded(&e),
                    }
                }
            }
            Err(e) => coded(&e),
        }
    } else {
        let desk = sample_desk();
        match window::parse_log(text) {
            Ok(events) => {
                for (_, evs) in window::group_by_case(events) {
                    if let Err(e) = desk.replay(&evs) {
                        coded(&e);
                    }
                }
            }
            Err(e) => coded(&e),
        }
    }
}

/// Departmental records for the cross-check: JSON lines and CSV.
pub fn crosscheck(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    if sel % 2 == 0 {
        for line in text.lines().take(256) {
            match Record::from_json_line(line) {
                Ok(r) => {
                    let json = serde_json::to_string(&r).expect("a record serialises");
                    assert_eq!(Record::from_json_line(&json).expect("round trip"), r);
                }
                Err(e) => coded(&e),
            }
        }
    } else {
        let mut lines = text.lines();
        let Some(header) = lines.next() else { return };
        let cells: Vec<&str> = header.split(',').collect();
        match RecordColumns::from_header(&cells) {
            Ok(cols) => {
                for line in lines.take(256) {
                    let cells: Vec<&str> = line.split(',').collect();
                    if let Err(e) = cols.parse(&cells) {
                        coded(&e);
                    }
                }
            }
            Err(e) => coded(&e),
        }
    }
}

/// Identifiers: resident numbers, credit codes, and the classifier in front of both.
pub fn identifiers(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match ResidentId::parse(text) {
        Ok(id) => {
            // The 18-character number reads back to the same person (a 15-digit input comes
            // back converted, so only `converted_from_15` may differ).
            let again = ResidentId::parse(id.number()).expect("round trip");
            assert_eq!(again.number(), id.number());
            assert_eq!(
                (again.birth_date(), again.sex()),
                (id.birth_date(), id.sex())
            );
            let masked = id.masked();
            assert!(!has_clear_id(&masked), "mask leaves the number: {masked}");
        }
        Err(e) => coded(&e),
    }
    match CreditCode::parse(text) {
        Ok(c) => assert_eq!(CreditCode::parse(c.code()).expect("round trip"), c),
        Err(e) => coded(&e),
    }
    if let Err(e) = classify(text).result {
        coded(&e);
    }
}

/// The annual report's input (the office's own figures), built into a report.
pub fn annual_report(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = serde_json::from_str::<ReportInput>(text) else {
        return;
    };
    let json = serde_json::to_string(&input).expect("an input serialises");
    assert_eq!(
        serde_json::from_str::<ReportInput>(&json).expect("round trip"),
        input
    );
    match AnnualReport::build(2025, input, []) {
        Ok(report) => {
            if let Err(e) = report.verify() {
                coded(&e);
            }
            let _ = (report.to_csv(), report.to_markdown(), report.to_html());
        }
        Err(e) => coded(&e),
    }
}

/// Social-assistance case logs (低保, 特困, 事实无人抚养儿童, 临时救助): parsed, replayed case by
/// case, explained, supervised, and put on the registers and the 公示 on a fixed day. A refused
/// event leaves its case as it was: replaying the log up to the refusal gives the same case.
pub fn assistance(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    let events = match assistance::parse_log(text) {
        Ok(events) => events,
        Err(e) => return coded(&e),
    };
    let procedure = Procedure::new(china(), national());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("a date");
    let mut cases = Vec::new();
    for (_, evs) in assistance::group_by_case(events) {
        match procedure.replay(&evs) {
            Ok(case) => {
                match procedure.explain(&case, today) {
                    Ok(lines) => assert!(lines.iter().all(|l| !has_clear_id(l)), "{lines:?}"),
                    Err(e) => coded(&e),
                }
                cases.push(case);
            }
            Err(e) => coded(&e),
        }
    }
    match assistance::supervise(&procedure, &cases, today, u32::from(sel % 8)) {
        Ok(rows) => assert!(rows.len() <= cases.len()),
        Err(e) => coded(&e),
    }
    if let Err(e) = assistance::refusal_register(&procedure, &cases, today) {
        coded(&e);
    }
    let _ = assistance::relatives_register(&cases);
    for row in assistance::public_rows(&cases, today) {
        let json = serde_json::to_string(&row).expect("a row serialises");
        assert!(!has_clear_id(&json), "identity number on the 公示: {json}");
    }
}

/// Division lists loaded at run time (GB/T 2260: the history TSV, a JSON map, one year's list,
/// the compact form), and the identity and credit-code report against the embedded table. What
/// loads writes its compact form and reads back equal; merged over a copy of itself, a table
/// is unchanged.
pub fn divisions(data: &[u8]) {
    let Some((sel, text)) = split(data) else {
        return;
    };
    let loaded = match sel % 5 {
        0 => DivisionTable::from_tsv(text),
        1 => DivisionTable::from_json(text),
        2 => DivisionTable::from_list(text, 202012),
        3 => DivisionTable::from_compact(text),
        _ => {
            let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a date");
            let report = minzheng::id::check(text, today);
            let json = serde_json::to_string(&report).expect("a report serialises");
            assert!(!has_clear_id(&report.masked), "mask leaves the number");
            assert_eq!(report.valid, report.error.is_none(), "{json}");
            return;
        }
    };
    match loaded {
        Ok(table) => {
            let again = DivisionTable::from_compact(&table.to_compact()).expect("round trip");
            assert_eq!(again, table);
            let mut merged = table.clone();
            merged.merge(&table);
            assert_eq!(merged, table, "merging a table into itself changes it");
            for code in ["110105", "000000", "999999"] {
                let _ = table.lookup(code);
            }
        }
        Err(e) => coded(&e),
    }
}

/// A target's check of one input.
pub type Check = fn(&[u8]);

/// Every target, by name, for the replay of the committed corpus.
pub const TARGETS: &[(&str, Check)] = &[
    ("calendar", calendar),
    ("eligibility", eligibility),
    ("power", power),
    ("logs", logs),
    ("crosscheck", crosscheck),
    ("identifiers", identifiers),
    ("annual_report", annual_report),
    ("assistance", assistance),
    ("divisions", divisions),
];
