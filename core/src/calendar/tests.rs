use super::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Every date from `from` to `to`, both included.
fn dates(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |x| *x <= to)
}

fn is_sat_or_sun(x: NaiveDate) -> bool {
    matches!(x.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
}

/// The problems of a failed load or overlay.
fn problems_of(r: Result<impl std::fmt::Debug, CalendarError>) -> Vec<DataProblem> {
    match r {
        Err(CalendarError::InvalidData { problems }) => problems,
        other => panic!("expected InvalidData, got {other:?}"),
    }
}

fn notice(number: &str, holidays: Value) -> Value {
    json!({"notice": number, "holidays": holidays})
}

fn dataset(years: &[(i32, Value)]) -> String {
    let map: serde_json::Map<String, Value> = years
        .iter()
        .map(|(y, n)| (y.to_string(), n.clone()))
        .collect();
    json!({ "years": map }).to_string()
}

/// A made-up 2027 notice: 元旦 reaches back into December 2026 (2026-12-31, a Thursday, off;
/// 2026-12-26, a Saturday, worked) and a nine-day 春节 with one make-up Saturday.
fn notice_2027() -> Value {
    notice(
        "测试〔2026〕1号",
        json!([
            {"name": "元旦", "name_en": "New Year's Day",
             "days_off": ["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"],
             "makeup_workdays": ["2026-12-26"]},
            {"name": "春节", "days_off": ["2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13", "2027-02-14"],
             "makeup_workdays": ["2027-02-20"]}
        ]),
    )
}

/// A made-up 2028 notice with a single block.
fn notice_2028() -> Value {
    notice(
        "测试〔2027〕1号",
        json!([{"name": "元旦", "days_off": ["2028-01-01", "2028-01-02", "2028-01-03"]}]),
    )
}

/// A minimal valid 2027 notice around the given holiday blocks.
fn with_2027(holidays: Value) -> String {
    dataset(&[(2027, notice("测试〔2026〕1号", holidays))])
}

/// Everything observable about a calendar, to check that a failed change changed nothing.
fn snapshot(cal: &Calendar) -> String {
    let mut out = format!(
        "{:?}\n{:?}\n{:?}\n",
        cal.coverage(),
        cal.notices().collect::<Vec<_>>(),
        cal.overlays()
    );
    for x in dates(d(2003, 1, 1), d(2029, 12, 31)) {
        out.push_str(&format!(
            "{:?} {:?}\n",
            cal.day(x),
            cal.provisional().day(x)
        ));
    }
    for (x, n) in [
        (d(2026, 12, 20), 20),
        (d(2004, 1, 5), -10),
        (d(2025, 9, 26), 10),
    ] {
        out.push_str(&format!(
            "{:?} {:?}\n",
            cal.add_workdays(x, n),
            cal.provisional().add_workdays(x, n)
        ));
    }
    out
}

/// The name of each `DataProblem` variant (exhaustive on purpose: a new variant must be given a
/// reachability test below).
fn variant(p: &DataProblem) -> &'static str {
    match p {
        DataProblem::Json { .. } => "Json",
        DataProblem::BadYearKey { .. } => "BadYearKey",
        DataProblem::YearOutOfRange { .. } => "YearOutOfRange",
        DataProblem::DuplicateYearInFile { .. } => "DuplicateYearInFile",
        DataProblem::YearAlreadyLoaded { .. } => "YearAlreadyLoaded",
        DataProblem::MissingNoticeNumber { .. } => "MissingNoticeNumber",
        DataProblem::MissingHolidayName { .. } => "MissingHolidayName",
        DataProblem::NoDaysOff { .. } => "NoDaysOff",
        DataProblem::BadDate { .. } => "BadDate",
        DataProblem::DateOutsideYear { .. } => "DateOutsideYear",
        DataProblem::MakeupNotWeekend { .. } => "MakeupNotWeekend",
        DataProblem::OffAndMakeup { .. } => "OffAndMakeup",
        DataProblem::DuplicateDate { .. } => "DuplicateDate",
        DataProblem::NotNamedOutsideBlock { .. } => "NotNamedOutsideBlock",
        DataProblem::OverlayWithoutName => "OverlayWithoutName",
        DataProblem::OverlayDateNotCovered { .. } => "OverlayDateNotCovered",
        DataProblem::OverlayDuplicateDate { .. } => "OverlayDuplicateDate",
        DataProblem::OverlayAlreadyApplied { .. } => "OverlayAlreadyApplied",
    }
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn has_english_word(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 4)
}

fn assert_bilingual(msg: &str) {
    assert!(has_cjk(msg), "no Chinese in: {msg}");
    assert!(has_english_word(msg), "no English in: {msg}");
    let (zh, en) = msg
        .split_once(" / ")
        .unwrap_or_else(|| panic!("no ' / ' in: {msg}"));
    assert!(has_cjk(zh), "the part before ' / ' is not Chinese: {msg}");
    assert!(
        has_english_word(en),
        "the part after ' / ' is not English: {msg}"
    );
}

fn rest_day(date: NaiveDate, name: &str) -> LocalRestDay {
    LocalRestDay {
        date,
        name: name.to_owned(),
        name_en: None,
        basis: Some("示例州人民政府令".to_owned()),
    }
}

fn overlay(name: &str, days: Vec<LocalRestDay>) -> Overlay {
    Overlay {
        name: name.to_owned(),
        rest_days: days,
    }
}

fn china_with_2028() -> Calendar {
    let mut cal = Calendar::china();
    let report = cal
        .load_json(&dataset(&[(2028, notice_2028())]), LoadMode::AddOnly)
        .unwrap();
    assert_eq!(report.added, vec![2028]);
    cal
}

// ---------------------------------------------------------------------------------------------
// The embedded data
// ---------------------------------------------------------------------------------------------

#[test]
fn embedded_data_loads_and_covers_2004_to_2026() {
    let cal = Calendar::from_json(EMBEDDED_DATA).unwrap();
    let years: Vec<i32> = cal.coverage().years.iter().map(|y| y.year).collect();
    assert_eq!(years, (2004..=2026).collect::<Vec<_>>());
    assert!(cal.coverage().gaps.is_empty());
}

#[test]
fn china_is_the_embedded_data() {
    let a = Calendar::china();
    let b = Calendar::from_json(EMBEDDED_DATA).unwrap();
    assert_eq!(snapshot(&a), snapshot(&b));
}

// ---------------------------------------------------------------------------------------------
// Data validation: one test per problem
// ---------------------------------------------------------------------------------------------

#[test]
fn malformed_json_is_reported_with_its_line_and_column() {
    let text = "{\n  \"years\": {\n    \"2027\": nope\n  }\n}";
    let problems = problems_of(Calendar::from_json(text));
    assert_eq!(problems.len(), 1, "{problems:?}");
    let DataProblem::Json {
        line,
        column,
        message,
    } = &problems[0]
    else {
        panic!("{problems:?}")
    };
    assert_eq!(*line, 3, "{message}");
    // serde_json points at the offending token: `nope` starts at column 13.
    assert!((13..=14).contains(column), "column {column}: {message}");
    assert!(!message.is_empty());
}

// Line and column of a shape error, or a year twice: the default reader only (core/src/json.rs).
#[cfg(not(feature = "lean-json"))]
#[test]
fn json_of_the_wrong_shape_is_a_json_problem() {
    for text in [
        r#"{"years": []}"#,
        r#"{"years": {"2027": {"holidays": 3}}}"#,
        "",
        "[]",
    ] {
        let problems = problems_of(Calendar::from_json(text));
        assert!(
            matches!(problems.as_slice(), [DataProblem::Json { line, .. }] if *line >= 1),
            "{text}: {problems:?}"
        );
    }
}

#[test]
fn year_key_must_be_a_number() {
    let text = dataset(&[]).replace(
        "{}",
        &json!({"twenty-seven": notice_2027(), "2027x": notice_2027()}).to_string(),
    );
    let problems = problems_of(Calendar::from_json(&text));
    assert!(problems.contains(&DataProblem::BadYearKey {
        key: "twenty-seven".into()
    }));
    assert!(problems.contains(&DataProblem::BadYearKey {
        key: "2027x".into()
    }));
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn year_must_lie_between_1949_and_2199() {
    let block = |date: &str| json!([{"name": "国庆节", "days_off": [date]}]);
    let bad = dataset(&[
        (1948, notice("x", block("1948-10-01"))),
        (2200, notice("x", block("2200-10-01"))),
    ]);
    let problems = problems_of(Calendar::from_json(&bad));
    assert_eq!(
        problems,
        vec![
            DataProblem::YearOutOfRange { year: 1948 },
            DataProblem::YearOutOfRange { year: 2200 }
        ]
    );
    // The bounds themselves are accepted.
    let good = dataset(&[
        (1949, notice("x", block("1949-10-01"))),
        (2199, notice("x", block("2199-10-01"))),
    ]);
    let cal = Calendar::from_json(&good).unwrap();
    assert!(cal.covers_year(1949) && cal.covers_year(2199));
    assert_eq!(cal.day_kind(d(1949, 10, 1)).unwrap(), DayKind::Holiday);
    assert_eq!(cal.day_kind(d(2199, 10, 1)).unwrap(), DayKind::Holiday);
}

// Line and column of a shape error, or a year twice: the default reader only (core/src/json.rs).
#[cfg(not(feature = "lean-json"))]
#[test]
fn the_same_year_twice_in_one_file_is_a_problem_not_an_overwrite() {
    let n = notice_2027().to_string();
    let text = format!(r#"{{"years": {{"2027": {n}, "2027": {n}}}}}"#);
    let problems = problems_of(Calendar::from_json(&text));
    assert_eq!(
        problems,
        vec![DataProblem::DuplicateYearInFile { year: 2027 }]
    );
}

#[test]
fn a_loaded_year_is_only_reloaded_in_replace_mode() {
    let mut cal = Calendar::china();
    let mut n2026 = embedded_notice(2026);
    n2026["notice"] = json!("国办发明电〔2025〕7号（更正）");
    let text = dataset(&[(2026, n2026)]);
    let problems = problems_of(cal.load_json(&text, LoadMode::AddOnly));
    assert_eq!(
        problems,
        vec![DataProblem::YearAlreadyLoaded { year: 2026 }]
    );
    assert_eq!(
        cal.holidays(2026).unwrap().notice.number,
        "国办发明电〔2025〕7号"
    );

    let report = cal.load_json(&text, LoadMode::Replace).unwrap();
    assert_eq!(report.replaced, vec![2026]);
    assert!(report.added.is_empty());
    assert_eq!(
        cal.holidays(2026).unwrap().notice.number,
        "国办发明电〔2025〕7号（更正）"
    );
}

#[test]
fn default_load_mode_is_add_only() {
    assert_eq!(LoadMode::default(), LoadMode::AddOnly);
}

#[test]
fn notice_number_is_required() {
    let blocks = json!([{"name": "元旦", "days_off": ["2027-01-01"]}]);
    for n in [
        json!({"holidays": blocks.clone()}),
        json!({"notice": "", "holidays": blocks.clone()}),
        json!({"notice": "   ", "holidays": blocks.clone()}),
    ] {
        let problems = problems_of(Calendar::from_json(&dataset(&[(2027, n.clone())])));
        assert_eq!(
            problems,
            vec![DataProblem::MissingNoticeNumber { year: 2027 }],
            "{n}"
        );
    }
}

#[test]
fn holiday_must_have_a_name() {
    let text = with_2027(json!([
        {"name": "元旦", "days_off": ["2027-01-01"]},
        {"name": "  ", "days_off": ["2027-05-03"]},
        {"days_off": ["2027-10-01"]}
    ]));
    let problems = problems_of(Calendar::from_json(&text));
    assert_eq!(
        problems,
        vec![
            DataProblem::MissingHolidayName {
                year: 2027,
                index: 1
            },
            DataProblem::MissingHolidayName {
                year: 2027,
                index: 2
            }
        ]
    );
}

#[test]
fn holiday_must_have_days_off() {
    for block in [
        json!({"name": "春节", "days_off": []}),
        json!({"name": "春节"}),
        json!({"name": "春节", "makeup_workdays": ["2027-02-20"]}),
    ] {
        let problems = problems_of(Calendar::from_json(&with_2027(json!([block.clone()]))));
        assert_eq!(
            problems,
            vec![DataProblem::NoDaysOff {
                year: 2027,
                holiday: "春节".into()
            }],
            "{block}"
        );
    }
}

#[test]
fn unreadable_dates_are_reported_with_field_and_text() {
    let n = json!({
        "notice": "x", "published": "yesterday", "released": "2026-13-01",
        "holidays": [{"name": "春节",
            "days_off": ["2027-02-30", "2027/02/08", "2027-02-09", "2027-2-10", " 2027-02-11"],
            "makeup_workdays": ["Feb 20"],
            "weekend_days_not_named_in_notice": ["2027-2-x"]}]
    });
    let problems = problems_of(Calendar::from_json(&dataset(&[(2027, n)])));
    let bad = |holiday: &str, field, text: &str| DataProblem::BadDate {
        year: 2027,
        holiday: holiday.into(),
        field,
        text: text.into(),
    };
    assert_eq!(
        problems,
        vec![
            bad("", NoticeField::Published, "yesterday"),
            bad("", NoticeField::Released, "2026-13-01"),
            bad("春节", NoticeField::DaysOff, "2027-02-30"),
            bad("春节", NoticeField::DaysOff, "2027/02/08"),
            bad("春节", NoticeField::DaysOff, "2027-2-10"),
            bad("春节", NoticeField::DaysOff, " 2027-02-11"),
            bad("春节", NoticeField::MakeupWorkdays, "Feb 20"),
            bad("春节", NoticeField::NotNamed, "2027-2-x"),
        ]
    );
}

#[test]
fn notice_dates_must_lie_between_1_december_of_the_previous_year_and_31_december() {
    let outside = |date: &str| DataProblem::DateOutsideYear {
        year: 2027,
        holiday: "元旦".into(),
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
    };
    for date in ["2026-11-30", "2028-01-01", "2025-12-15", "2030-06-01"] {
        let problems = problems_of(Calendar::from_json(&with_2027(
            json!([{"name": "元旦", "days_off": [date]}]),
        )));
        assert_eq!(problems, vec![outside(date)], "{date}");
    }
    // A make-up day is held to the same span (2026-11-28 is a Saturday).
    let problems = problems_of(Calendar::from_json(&with_2027(json!([
        {"name": "元旦", "days_off": ["2027-01-01"], "makeup_workdays": ["2026-11-28"]}
    ]))));
    assert_eq!(problems, vec![outside("2026-11-28")]);
    // Both ends are accepted.
    let cal = Calendar::from_json(&with_2027(json!([
        {"name": "元旦", "days_off": ["2026-12-01", "2027-12-31"]}
    ])))
    .unwrap();
    assert_eq!(cal.day_kind(d(2027, 12, 31)).unwrap(), DayKind::Holiday);
}

#[test]
fn makeup_day_must_be_a_weekend() {
    // 2027-01-04 is a Monday, 2027-01-09 a Saturday, 2027-01-10 a Sunday.
    let problems = problems_of(Calendar::from_json(&with_2027(json!([
        {"name": "元旦", "days_off": ["2027-01-01"],
         "makeup_workdays": ["2027-01-04", "2027-01-09", "2027-01-10"]}
    ]))));
    assert_eq!(
        problems,
        vec![DataProblem::MakeupNotWeekend {
            year: 2027,
            holiday: "元旦".into(),
            date: d(2027, 1, 4)
        }]
    );
}

#[test]
fn a_date_cannot_be_both_a_day_off_and_a_makeup_day() {
    // Within one block, and across two blocks of the same notice (2027-01-09 is a Saturday).
    for blocks in [
        json!([{"name": "元旦", "days_off": ["2027-01-01", "2027-01-09"],
                "makeup_workdays": ["2027-01-09"]}]),
        json!([{"name": "元旦", "days_off": ["2027-01-01"], "makeup_workdays": ["2027-01-09"]},
               {"name": "腊八", "days_off": ["2027-01-09"]}]),
    ] {
        let problems = problems_of(Calendar::from_json(&with_2027(blocks.clone())));
        assert_eq!(
            problems,
            vec![DataProblem::OffAndMakeup {
                year: 2027,
                date: d(2027, 1, 9)
            }],
            "{blocks}"
        );
    }
}

#[test]
fn a_date_listed_twice_in_one_notice_is_a_problem() {
    let problems = problems_of(Calendar::from_json(&with_2027(json!([
        {"name": "元旦", "days_off": ["2027-01-01", "2027-01-02"]},
        {"name": "新年", "days_off": ["2027-01-02"]}
    ]))));
    assert_eq!(
        problems,
        vec![DataProblem::DuplicateDate {
            date: d(2027, 1, 2),
            year: 2027,
            holiday: "新年".into(),
            other_year: 2027,
            other_holiday: "元旦".into()
        }]
    );
    // The same date twice in one list too.
    let problems = problems_of(Calendar::from_json(&with_2027(
        json!([{"name": "元旦", "days_off": ["2027-01-01", "2027-01-01"]}]),
    )));
    assert!(
        matches!(problems.as_slice(), [DataProblem::DuplicateDate { date, .. }] if *date == d(2027, 1, 1)),
        "{problems:?}"
    );
}

#[test]
fn a_date_claimed_by_two_notices_is_a_problem() {
    // In one file: the 2028 notice reaches back to 2027-12-31, which the 2027 notice also claims.
    let n2027 = notice("a", json!([{"name": "岁末", "days_off": ["2027-12-31"]}]));
    let n2028 = notice(
        "b",
        json!([{"name": "元旦", "days_off": ["2027-12-31", "2028-01-01"]}]),
    );
    let expected = DataProblem::DuplicateDate {
        date: d(2027, 12, 31),
        year: 2028,
        holiday: "元旦".into(),
        other_year: 2027,
        other_holiday: "岁末".into(),
    };
    let problems = problems_of(Calendar::from_json(&dataset(&[
        (2027, n2027.clone()),
        (2028, n2028.clone()),
    ])));
    assert_eq!(problems, vec![expected.clone()]);
    // Against a notice loaded earlier.
    let mut cal = Calendar::from_json(&dataset(&[(2027, n2027)])).unwrap();
    let before = snapshot(&cal);
    let problems = problems_of(cal.load_json(&dataset(&[(2028, n2028)]), LoadMode::AddOnly));
    assert_eq!(problems, vec![expected]);
    assert_eq!(snapshot(&cal), before);
}

#[test]
fn a_2027_notice_cannot_claim_a_december_2026_date_of_the_2026_notice() {
    // No embedded 2026 block reaches December, so claim a 2026 date through a replacement
    // first: give 2026 a (made-up) 2026-12-28 day off, then a 2027 notice claiming it too.
    let mut cal = Calendar::china();
    let mut n2026 = embedded_notice(2026);
    n2026["holidays"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "岁末", "days_off": ["2026-12-28"]}));
    cal.load_json(&dataset(&[(2026, n2026)]), LoadMode::Replace)
        .unwrap();
    let n2027 = notice(
        "x",
        json!([{"name": "元旦", "days_off": ["2026-12-28", "2027-01-01"]}]),
    );
    let problems = problems_of(cal.load_json(&dataset(&[(2027, n2027)]), LoadMode::AddOnly));
    assert_eq!(
        problems,
        vec![DataProblem::DuplicateDate {
            date: d(2026, 12, 28),
            year: 2027,
            holiday: "元旦".into(),
            other_year: 2026,
            other_holiday: "岁末".into()
        }]
    );
}

#[test]
fn unnamed_weekend_days_must_be_days_off_of_their_block() {
    let problems = problems_of(Calendar::from_json(&with_2027(json!([
        {"name": "元旦", "days_off": ["2027-01-01", "2027-01-02", "2027-01-03"],
         "weekend_days_not_named_in_notice": ["2027-01-03", "2027-01-09"]}
    ]))));
    assert_eq!(
        problems,
        vec![DataProblem::NotNamedOutsideBlock {
            year: 2027,
            holiday: "元旦".into(),
            date: d(2027, 1, 9)
        }]
    );
}

/// The embedded notice of a year, as JSON.
fn embedded_notice(year: i32) -> Value {
    let v: Value = serde_json::from_str(EMBEDDED_DATA).unwrap();
    v["years"][year.to_string()].clone()
}

// Line and column of a shape error, or a year twice: the default reader only (core/src/json.rs).
#[cfg(not(feature = "lean-json"))]
#[test]
fn every_data_problem_is_reachable_from_json() {
    let mut seen = BTreeSet::new();
    let mut cal = Calendar::china();
    let mut record = |r: Result<(), CalendarError>| {
        for p in problems_of(r) {
            seen.insert(variant(&p));
        }
    };
    let block = |b: Value| with_2027(json!([b]));
    let files = [
        "{".to_owned(),
        dataset(&[]).replace("{}", r#"{"abc": {}}"#),
        dataset(&[(1900, notice_2027())]),
        format!(
            r#"{{"years": {{"2027": {0}, "2027": {0}}}}}"#,
            notice_2027()
        ),
        dataset(&[(2026, embedded_notice(2026))]),
        dataset(&[(
            2027,
            json!({"holidays": [{"name": "元旦", "days_off": ["2027-01-01"]}]}),
        )]),
        block(json!({"days_off": ["2027-01-01"]})),
        block(json!({"name": "元旦"})),
        block(json!({"name": "元旦", "days_off": ["2027-01-32"]})),
        block(json!({"name": "元旦", "days_off": ["2028-01-01"]})),
        block(
            json!({"name": "元旦", "days_off": ["2027-01-01"], "makeup_workdays": ["2027-01-04"]}),
        ),
        block(
            json!({"name": "元旦", "days_off": ["2027-01-02"], "makeup_workdays": ["2027-01-02"]}),
        ),
        block(json!({"name": "元旦", "days_off": ["2027-01-01", "2027-01-01"]})),
        block(json!({"name": "元旦", "days_off": ["2027-01-01"],
                     "weekend_days_not_named_in_notice": ["2027-01-02"]})),
    ];
    for f in &files {
        record(cal.load_json(f, LoadMode::AddOnly).map(|_| ()));
    }
    record(cal.add_overlay(overlay(" ", vec![])));
    record(cal.add_overlay(overlay("A", vec![rest_day(d(2027, 3, 1), "x")])));
    record(cal.add_overlay(overlay(
        "A",
        vec![rest_day(d(2025, 3, 3), "x"), rest_day(d(2025, 3, 3), "x")],
    )));
    cal.add_overlay(overlay("B", vec![])).unwrap();
    record(cal.add_overlay(overlay("B", vec![])));
    let all: BTreeSet<&str> = [
        "Json",
        "BadYearKey",
        "YearOutOfRange",
        "DuplicateYearInFile",
        "YearAlreadyLoaded",
        "MissingNoticeNumber",
        "MissingHolidayName",
        "NoDaysOff",
        "BadDate",
        "DateOutsideYear",
        "MakeupNotWeekend",
        "OffAndMakeup",
        "DuplicateDate",
        "NotNamedOutsideBlock",
        "OverlayWithoutName",
        "OverlayDateNotCovered",
        "OverlayDuplicateDate",
        "OverlayAlreadyApplied",
    ]
    .into_iter()
    .collect();
    assert_eq!(seen, all);
}

#[test]
fn every_problem_of_a_file_is_reported_in_one_error() {
    let mut cal = Calendar::china();
    let text = dataset(&[
        (2026, embedded_notice(2026)),
        (
            2027,
            json!({"notice": "", "holidays": [
                {"name": "", "days_off": ["2027-01-01"]},
                {"name": "春节", "days_off": ["2027-02-06", "2027-02-31", "2028-02-07"],
                 "makeup_workdays": ["2027-02-15", "2027-02-06"]},
                {"name": "清明节"}
            ]}),
        ),
        (2300, notice_2028()),
    ]);
    let problems = problems_of(cal.load_json(&text, LoadMode::AddOnly));
    let expected = vec![
        DataProblem::YearAlreadyLoaded { year: 2026 },
        DataProblem::MissingNoticeNumber { year: 2027 },
        DataProblem::MissingHolidayName {
            year: 2027,
            index: 0,
        },
        DataProblem::BadDate {
            year: 2027,
            holiday: "春节".into(),
            field: NoticeField::DaysOff,
            text: "2027-02-31".into(),
        },
        DataProblem::DateOutsideYear {
            year: 2027,
            holiday: "春节".into(),
            date: d(2028, 2, 7),
        },
        DataProblem::MakeupNotWeekend {
            year: 2027,
            holiday: "春节".into(),
            date: d(2027, 2, 15),
        },
        DataProblem::OffAndMakeup {
            year: 2027,
            date: d(2027, 2, 6),
        },
        DataProblem::NoDaysOff {
            year: 2027,
            holiday: "清明节".into(),
        },
        DataProblem::YearOutOfRange { year: 2300 },
    ];
    for p in &expected {
        assert!(problems.contains(p), "missing {p:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    // And the error's message names every one of them.
    let msg = CalendarError::InvalidData {
        problems: problems.clone(),
    }
    .to_string();
    assert!(msg.contains(&format!("{} 处问题", expected.len())), "{msg}");
    assert!(
        msg.contains("2027-02-31") && msg.contains("2300") && msg.contains("清明节"),
        "{msg}"
    );
}

#[test]
fn a_failed_load_changes_nothing() {
    let mut cal = Calendar::china();
    cal.add_overlay(overlay("示例州", vec![rest_day(d(2025, 3, 3), "示例节")]))
        .unwrap();
    let before = snapshot(&cal);
    // A valid 2027 next to an invalid 2028: nothing of the file is applied, 2027 included.
    let bad_2028 = notice("x", json!([{"name": "元旦", "days_off": ["2028-13-01"]}]));
    let text = dataset(&[(2027, notice_2027()), (2028, bad_2028)]);
    assert!(cal.load_json(&text, LoadMode::AddOnly).is_err());
    assert!(cal.load_json(&text, LoadMode::Replace).is_err());
    // A replacement of 2026 with an error in it.
    let mut n2026 = embedded_notice(2026);
    n2026["holidays"][0]["makeup_workdays"] = json!(["2026-01-05"]);
    assert!(cal
        .load_json(&dataset(&[(2026, n2026)]), LoadMode::Replace)
        .is_err());
    assert!(cal.load_json("{", LoadMode::Replace).is_err());
    assert_eq!(snapshot(&cal), before);
    assert!(!cal.covers_year(2027));
    assert_eq!(
        cal.day(d(2027, 1, 4)),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
}

// ---------------------------------------------------------------------------------------------
// Loading at run time
// ---------------------------------------------------------------------------------------------

#[test]
fn loading_a_2027_notice_extends_coverage() {
    let mut cal = Calendar::china();
    assert_eq!(cal.day_kind(d(2026, 12, 31)).unwrap(), DayKind::Workday);
    assert_eq!(cal.day_kind(d(2026, 12, 26)).unwrap(), DayKind::Weekend);
    assert_eq!(
        cal.add_workdays(d(2026, 12, 30), 1).unwrap(),
        d(2026, 12, 31)
    );
    assert_eq!(
        cal.add_workdays(d(2026, 12, 31), 1),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );

    let report = cal
        .load_json(&dataset(&[(2027, notice_2027())]), LoadMode::AddOnly)
        .unwrap();
    assert_eq!(
        report,
        LoadReport {
            added: vec![2027],
            replaced: vec![]
        }
    );

    // 2027 days are answered.
    assert!(cal.covers_year(2027));
    let spring = cal.day(d(2027, 2, 8)).unwrap();
    assert_eq!(spring.kind, DayKind::Holiday);
    assert!(!spring.provisional);
    assert_eq!(spring.holiday.as_ref().unwrap().name, "春节");
    assert_eq!(cal.day_kind(d(2027, 2, 20)).unwrap(), DayKind::Makeup);
    assert_eq!(cal.day_kind(d(2027, 3, 1)).unwrap(), DayKind::Workday);
    assert_eq!(cal.day_kind(d(2027, 3, 6)).unwrap(), DayKind::Weekend);
    // The coverage lists it.
    let cov = cal.coverage();
    let last = cov.years.last().unwrap();
    assert_eq!(
        (last.year, last.notice.as_str(), last.holidays),
        (2027, "测试〔2026〕1号", 2)
    );
    assert!(cov.gaps.is_empty());
    assert_eq!(
        cov.revisable,
        vec![Revisable {
            from: d(2027, 12, 1),
            to: d(2027, 12, 31),
            missing_year: 2028
        }]
    );
    // December 2026 dates claimed by the 2027 notice change kind.
    let eve = cal.day(d(2026, 12, 31)).unwrap();
    assert_eq!(eve.kind, DayKind::Holiday);
    let h = eve.holiday.unwrap();
    assert_eq!(h.name, "元旦");
    assert_eq!(h.name_en.as_deref(), Some("New Year's Day"));
    assert_eq!(
        h.source,
        HolidaySource::Notice {
            year: 2027,
            number: "测试〔2026〕1号".into()
        }
    );
    assert_eq!(cal.day_kind(d(2026, 12, 26)).unwrap(), DayKind::Makeup);
    // Counting runs across the year end.
    assert_eq!(cal.add_workdays(d(2026, 12, 30), 1).unwrap(), d(2027, 1, 4));
    // 12-26 (the make-up Saturday), 12-28, 12-29, 12-30 and 2027-01-04.
    assert_eq!(
        cal.workdays_between(d(2026, 12, 25), d(2027, 1, 4))
            .unwrap(),
        5
    );
    assert_eq!(
        cal.add_workdays(d(2027, 1, 4), -3).unwrap(),
        d(2026, 12, 28)
    );
    // 2028 is still not answered.
    assert_eq!(
        cal.day(d(2028, 1, 3)),
        Err(CalendarError::YearNotCovered { year: 2028 })
    );
}

#[test]
fn replace_mode_corrects_a_year() {
    let mut cal = Calendar::china();
    // Say the 2025 劳动节 make-up day 2025-04-27 was a transcription error.
    let mut n2025 = embedded_notice(2025);
    let labour = n2025["holidays"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|h| h["name"] == "劳动节")
        .unwrap();
    assert_eq!(labour["makeup_workdays"], json!(["2025-04-27"]));
    labour["makeup_workdays"] = json!([]);
    assert_eq!(cal.day_kind(d(2025, 4, 27)).unwrap(), DayKind::Makeup);
    let before = cal
        .workdays_between(d(2025, 4, 20), d(2025, 4, 30))
        .unwrap();

    let report = cal
        .load_json(&dataset(&[(2025, n2025)]), LoadMode::Replace)
        .unwrap();
    assert_eq!(
        report,
        LoadReport {
            added: vec![],
            replaced: vec![2025]
        }
    );
    assert_eq!(cal.day_kind(d(2025, 4, 27)).unwrap(), DayKind::Weekend);
    assert_eq!(
        cal.workdays_between(d(2025, 4, 20), d(2025, 4, 30))
            .unwrap(),
        before - 1
    );
    // Other years and the rest of 2025 are untouched.
    assert_eq!(cal.day_kind(d(2025, 10, 1)).unwrap(), DayKind::Holiday);
    assert_eq!(cal.day_kind(d(2024, 10, 12)).unwrap(), DayKind::Makeup);
    assert_eq!(cal.coverage().years.len(), 23);
}

#[test]
fn replacing_a_year_may_reclaim_its_own_december_dates() {
    // The 2024 notice claims 2023-12-30 and 2023-12-31; reloading it must not clash with
    // its former self.
    let mut cal = Calendar::china();
    let before = snapshot(&cal);
    let report = cal
        .load_json(
            &dataset(&[(2024, embedded_notice(2024))]),
            LoadMode::Replace,
        )
        .unwrap();
    assert_eq!(report.replaced, vec![2024]);
    assert_eq!(snapshot(&cal), before);
}

#[test]
fn replace_mode_also_adds_new_years() {
    let mut cal = Calendar::china();
    let report = cal
        .load_json(
            &dataset(&[(2026, embedded_notice(2026)), (2027, notice_2027())]),
            LoadMode::Replace,
        )
        .unwrap();
    assert_eq!(
        report,
        LoadReport {
            added: vec![2027],
            replaced: vec![2026]
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Gap years
// ---------------------------------------------------------------------------------------------

#[test]
fn a_gap_year_is_listed_in_coverage() {
    let cal = china_with_2028();
    let cov = cal.coverage();
    assert_eq!(cov.gaps, vec![2027]);
    assert!(!cov.years.iter().any(|y| y.year == 2027));
    assert_eq!(cov.years.last().unwrap().year, 2028);
}

#[test]
fn queries_in_a_gap_year_error_naming_it() {
    let cal = china_with_2028();
    let gap = CalendarError::YearNotCovered { year: 2027 };
    for x in [d(2027, 1, 1), d(2027, 6, 15), d(2027, 12, 31)] {
        assert_eq!(cal.day(x).unwrap_err(), gap);
        assert_eq!(cal.day_kind(x).unwrap_err(), gap);
        assert_eq!(cal.is_workday(x).unwrap_err(), gap);
        assert_eq!(cal.next_workday(x).unwrap_err(), gap);
        assert_eq!(cal.previous_workday(x).unwrap_err(), gap);
        assert_eq!(cal.add_workdays(x, 0).unwrap_err(), gap);
        assert_eq!(cal.add_workdays(x, 5).unwrap_err(), gap);
        assert_eq!(cal.workdays_between(x, x).unwrap_err(), gap);
    }
    assert_eq!(
        cal.holidays(2027).unwrap_err(),
        CalendarError::YearNotCovered { year: 2027 }
    );
    // The years around it answer.
    assert_eq!(cal.day_kind(d(2028, 1, 3)).unwrap(), DayKind::Holiday);
    assert_eq!(cal.day_kind(d(2026, 12, 31)).unwrap(), DayKind::Workday);
    assert_eq!(cal.add_workdays(d(2028, 1, 3), 1).unwrap(), d(2028, 1, 4));
}

#[test]
fn counting_across_a_gap_year_errors_naming_it() {
    let cal = china_with_2028();
    let gap = CalendarError::YearNotCovered { year: 2027 };
    // Forward: into the gap, and right over it into 2028.
    assert_eq!(cal.add_workdays(d(2026, 12, 20), 20).unwrap_err(), gap);
    assert_eq!(cal.add_workdays(d(2026, 12, 20), 300).unwrap_err(), gap);
    // Backward: from 2028 into and over the gap.
    assert_eq!(cal.add_workdays(d(2028, 1, 10), -10).unwrap_err(), gap);
    assert_eq!(cal.add_workdays(d(2028, 3, 1), -320).unwrap_err(), gap);
    // Between, over the gap.
    assert_eq!(
        cal.workdays_between(d(2026, 12, 1), d(2028, 2, 1))
            .unwrap_err(),
        gap
    );
    // Counting that stays on one side is fine.
    assert_eq!(
        cal.add_workdays(d(2026, 12, 20), 5).unwrap(),
        d(2026, 12, 25)
    );
}

#[test]
fn provisional_answers_across_a_gap_year_are_flagged() {
    let cal = china_with_2028();
    let p = cal.provisional();
    let a = p.add_workdays(d(2026, 12, 20), 300).unwrap();
    assert!(a.provisional);
    let b = p.workdays_between(d(2026, 12, 1), d(2028, 2, 1)).unwrap();
    assert!(b.provisional);
    let w = p.is_workday(d(2027, 3, 1)).unwrap();
    assert!(w.value && w.provisional);
    let day = p.day(d(2027, 3, 6));
    assert_eq!(day.kind, DayKind::Weekend);
    assert!(day.provisional);
    // The gap year is counted weekends-only: a round trip lands back where it started.
    let back = p.add_workdays(a.value, -300).unwrap();
    assert!(back.provisional);
    assert_eq!(back.value, d(2026, 12, 18)); // 2026-12-20 is a Sunday
                                             // Within 2028 alone nothing is flagged.
    let c = p.add_workdays(d(2028, 1, 3), 5).unwrap();
    assert!(!c.provisional);
    assert_eq!(Ok(c.value), cal.add_workdays(d(2028, 1, 3), 5));
    assert!(!p.day(d(2028, 1, 3)).provisional);
}

#[test]
fn with_a_gap_year_december_before_the_gap_is_revisable() {
    let cal = china_with_2028();
    let spans: Vec<(NaiveDate, i32)> = cal
        .coverage()
        .revisable
        .iter()
        .map(|r| (r.from, r.missing_year))
        .collect();
    assert_eq!(spans, vec![(d(2026, 12, 1), 2027), (d(2028, 12, 1), 2029)]);
}

// ---------------------------------------------------------------------------------------------
// Overlays
// ---------------------------------------------------------------------------------------------

#[test]
fn a_local_rest_day_turns_a_workday_into_a_local_holiday() {
    let mut cal = Calendar::china();
    assert_eq!(cal.day_kind(d(2025, 3, 3)).unwrap(), DayKind::Workday);
    cal.add_overlay(overlay("示例州", vec![rest_day(d(2025, 3, 3), "示例节")]))
        .unwrap();
    let day = cal.day(d(2025, 3, 3)).unwrap();
    assert_eq!(day.kind, DayKind::Holiday);
    assert!(!day.provisional);
    let h = day.holiday.unwrap();
    assert_eq!(h.name, "示例节");
    assert_eq!(
        h.source,
        HolidaySource::Local {
            overlay: "示例州".into()
        }
    );
    assert!(!cal.is_workday(d(2025, 3, 3)).unwrap());
}

#[test]
fn a_local_rest_day_turns_a_makeup_day_into_a_local_holiday() {
    let mut cal = Calendar::china();
    // 2025-09-28 (Sunday) is worked for the National Day block.
    assert_eq!(cal.day_kind(d(2025, 9, 28)).unwrap(), DayKind::Makeup);
    cal.add_overlay(overlay("示例州", vec![rest_day(d(2025, 9, 28), "示例节")]))
        .unwrap();
    let day = cal.day(d(2025, 9, 28)).unwrap();
    assert_eq!(day.kind, DayKind::Holiday);
    assert_eq!(
        day.holiday.unwrap().source,
        HolidaySource::Local {
            overlay: "示例州".into()
        }
    );
}

#[test]
fn a_local_rest_day_on_a_rest_day_changes_nothing() {
    let mut cal = Calendar::china();
    let weekend = d(2025, 3, 1);
    let holiday = d(2025, 10, 2);
    let before = (cal.day(weekend).unwrap(), cal.day(holiday).unwrap());
    cal.add_overlay(overlay(
        "示例州",
        vec![rest_day(weekend, "示例节"), rest_day(holiday, "另一节")],
    ))
    .unwrap();
    assert_eq!(
        (cal.day(weekend).unwrap(), cal.day(holiday).unwrap()),
        before
    );
    let h = cal.day(holiday).unwrap().holiday.unwrap();
    assert_eq!(h.name, "国庆节、中秋节");
    assert!(matches!(h.source, HolidaySource::Notice { year: 2025, .. }));
}

#[test]
fn a_local_rest_day_changes_counting() {
    let mut cal = Calendar::china();
    assert_eq!(cal.add_workdays(d(2025, 2, 28), 1).unwrap(), d(2025, 3, 3));
    assert_eq!(
        cal.workdays_between(d(2025, 2, 28), d(2025, 3, 7)).unwrap(),
        5
    );
    assert_eq!(cal.next_workday(d(2025, 3, 1)).unwrap(), d(2025, 3, 3));
    cal.add_overlay(overlay("示例州", vec![rest_day(d(2025, 3, 3), "示例节")]))
        .unwrap();
    assert_eq!(cal.add_workdays(d(2025, 2, 28), 1).unwrap(), d(2025, 3, 4));
    assert_eq!(cal.add_workdays(d(2025, 3, 4), -1).unwrap(), d(2025, 2, 28));
    assert_eq!(
        cal.workdays_between(d(2025, 2, 28), d(2025, 3, 7)).unwrap(),
        4
    );
    assert_eq!(cal.next_workday(d(2025, 3, 1)).unwrap(), d(2025, 3, 4));
    assert_eq!(cal.coverage().overlays, vec!["示例州".to_owned()]);
}

#[test]
fn overlays_stack() {
    let mut cal = Calendar::china();
    cal.add_overlay(overlay("甲州", vec![rest_day(d(2025, 3, 3), "甲节")]))
        .unwrap();
    cal.add_overlay(overlay("乙县", vec![rest_day(d(2025, 3, 4), "乙节")]))
        .unwrap();
    assert_eq!(cal.add_workdays(d(2025, 2, 28), 1).unwrap(), d(2025, 3, 5));
    let src = |x| cal.day(x).unwrap().holiday.unwrap().source;
    assert_eq!(
        src(d(2025, 3, 3)),
        HolidaySource::Local {
            overlay: "甲州".into()
        }
    );
    assert_eq!(
        src(d(2025, 3, 4)),
        HolidaySource::Local {
            overlay: "乙县".into()
        }
    );
    assert_eq!(
        cal.coverage().overlays,
        vec!["甲州".to_owned(), "乙县".to_owned()]
    );
}

#[test]
fn overlay_problems_are_reported_at_once_and_change_nothing() {
    let mut cal = Calendar::china();
    cal.add_overlay(overlay("示例州", vec![rest_day(d(2025, 3, 3), "示例节")]))
        .unwrap();
    let before = snapshot(&cal);
    // The same name again, a duplicate date and a date in an uncovered year.
    let bad = overlay(
        "示例州",
        vec![
            rest_day(d(2025, 3, 4), "甲"),
            rest_day(d(2027, 3, 1), "乙"),
            rest_day(d(2025, 3, 4), "丙"),
            rest_day(d(2003, 12, 1), "丁"),
        ],
    );
    let problems = problems_of(cal.add_overlay(bad));
    assert_eq!(
        problems,
        vec![
            DataProblem::OverlayAlreadyApplied {
                name: "示例州".into()
            },
            DataProblem::OverlayDateNotCovered {
                name: "乙".into(),
                date: d(2027, 3, 1)
            },
            DataProblem::OverlayDuplicateDate {
                date: d(2025, 3, 4)
            },
            DataProblem::OverlayDateNotCovered {
                name: "丁".into(),
                date: d(2003, 12, 1)
            },
        ]
    );
    // No name, and a duplicate.
    let problems = problems_of(cal.add_overlay(overlay(
        "  ",
        vec![rest_day(d(2025, 3, 5), "甲"), rest_day(d(2025, 3, 5), "甲")],
    )));
    assert_eq!(
        problems,
        vec![
            DataProblem::OverlayWithoutName,
            DataProblem::OverlayDuplicateDate {
                date: d(2025, 3, 5)
            }
        ]
    );
    assert_eq!(snapshot(&cal), before);
}

// Line and column of a shape error, or a year twice: the default reader only (core/src/json.rs).
#[cfg(not(feature = "lean-json"))]
#[test]
fn overlay_json_is_parsed_and_malformed_json_reported() {
    let mut cal = Calendar::china();
    cal.add_overlay_json(
        r#"{"name": "示例州", "rest_days": [{"date": "2025-03-03", "name": "示例节"}]}"#,
    )
    .unwrap();
    assert_eq!(cal.day_kind(d(2025, 3, 3)).unwrap(), DayKind::Holiday);
    let before = snapshot(&cal);
    let problems =
        problems_of(cal.add_overlay_json("{\"name\": \"x\",\n \"rest_days\": [{\"date\": 5}]}"));
    assert!(
        matches!(problems.as_slice(), [DataProblem::Json { line: 2, .. }]),
        "{problems:?}"
    );
    assert_eq!(snapshot(&cal), before);
}

#[test]
fn holidays_of_a_year_include_its_local_rest_days() {
    let mut cal = Calendar::china();
    cal.add_overlay(overlay(
        "示例州",
        vec![
            rest_day(d(2025, 3, 3), "示例节"),
            rest_day(d(2024, 3, 4), "旧节"),
        ],
    ))
    .unwrap();
    let h = cal.holidays(2025).unwrap();
    assert_eq!(h.local.len(), 1);
    assert_eq!(h.local[0].0, "示例州");
    assert_eq!(h.local[0].1.date, d(2025, 3, 3));
}

// ---------------------------------------------------------------------------------------------
// The provisional view
// ---------------------------------------------------------------------------------------------

#[test]
fn provisional_answers_for_an_uncovered_year_are_weekends_only_and_flagged() {
    let cal = Calendar::china();
    let p = cal.provisional();
    for x in dates(d(2027, 1, 1), d(2027, 12, 31)) {
        let day = p.day(x);
        let expected = if is_sat_or_sun(x) {
            DayKind::Weekend
        } else {
            DayKind::Workday
        };
        assert_eq!(day.kind, expected, "{x}");
        assert!(day.provisional, "{x}");
        assert_eq!(day.holiday, None, "{x}");
        let w = p.is_workday(x).unwrap();
        assert_eq!(w.value, !is_sat_or_sun(x), "{x}");
        assert!(w.provisional, "{x}");
        assert_eq!(
            cal.day(x),
            Err(CalendarError::YearNotCovered { year: 2027 })
        );
    }
    let n = p.next_workday(d(2027, 1, 2)).unwrap();
    assert_eq!(
        n,
        Answer {
            value: d(2027, 1, 4),
            provisional: true
        }
    );
    let w = p.workdays_between(d(2027, 1, 1), d(2027, 12, 31)).unwrap();
    assert_eq!(
        w,
        Answer {
            value: 260,
            provisional: true
        }
    );
    // Before the first notice, too.
    let early = p.day(d(2003, 10, 1));
    assert_eq!((early.kind, early.provisional), (DayKind::Workday, true));
}

#[test]
fn provisional_answers_inside_covered_years_are_the_strict_ones_unflagged() {
    let cal = Calendar::china();
    let p = cal.provisional();
    for x in dates(d(2025, 9, 1), d(2025, 10, 31)) {
        assert_eq!(p.day(x), cal.day(x).unwrap(), "{x}");
        let w = p.is_workday(x).unwrap();
        assert_eq!(
            w,
            Answer {
                value: cal.is_workday(x).unwrap(),
                provisional: false
            }
        );
        for n in [-30, -1, 0, 1, 30] {
            let a = p.add_workdays(x, n).unwrap();
            assert_eq!(
                a,
                Answer {
                    value: cal.add_workdays(x, n).unwrap(),
                    provisional: false
                }
            );
        }
        let b = p.workdays_between(d(2004, 1, 1), x).unwrap();
        assert_eq!(
            b,
            Answer {
                value: cal.workdays_between(d(2004, 1, 1), x).unwrap(),
                provisional: false
            }
        );
        let n = p.next_workday(x).unwrap();
        assert_eq!(
            n,
            Answer {
                value: cal.next_workday(x).unwrap(),
                provisional: false
            }
        );
    }
}

#[test]
fn provisional_counting_from_2026_into_2027_is_flagged() {
    let cal = Calendar::china();
    let p = cal.provisional();
    let a = p.add_workdays(d(2026, 12, 30), 5).unwrap();
    // 2026-12-31, then 2027-01-01, 01-04, 01-05, 01-06 on the weekends-only rule.
    assert_eq!(
        a,
        Answer {
            value: d(2027, 1, 6),
            provisional: true
        }
    );
    assert_eq!(
        cal.add_workdays(d(2026, 12, 30), 5),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
    let b = p.workdays_between(d(2026, 12, 30), d(2027, 1, 6)).unwrap();
    assert_eq!(
        b,
        Answer {
            value: 5,
            provisional: true
        }
    );
    assert_eq!(
        cal.workdays_between(d(2026, 12, 30), d(2027, 1, 6)),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
    // Backwards from 2027 into 2026 is flagged too and lands on the official calendar.
    let c = p.add_workdays(d(2027, 1, 4), -2).unwrap();
    assert_eq!(
        c,
        Answer {
            value: d(2026, 12, 31),
            provisional: true
        }
    );
    // Staying inside 2026 is not.
    assert!(!p.add_workdays(d(2026, 12, 1), 5).unwrap().provisional);
}

#[test]
fn provisional_answers_stop_being_flagged_once_the_notice_is_loaded() {
    let mut cal = Calendar::china();
    assert!(cal.provisional().is_workday(d(2027, 2, 8)).unwrap().value);
    cal.load_json(&dataset(&[(2027, notice_2027())]), LoadMode::AddOnly)
        .unwrap();
    let w = cal.provisional().is_workday(d(2027, 2, 8)).unwrap();
    assert_eq!(
        w,
        Answer {
            value: false,
            provisional: false
        }
    );
}

// ---------------------------------------------------------------------------------------------
// next_workday / previous_workday
// ---------------------------------------------------------------------------------------------

#[test]
fn next_workday_of_a_workday_is_itself() {
    let cal = Calendar::china();
    assert_eq!(cal.next_workday(d(2025, 3, 3)).unwrap(), d(2025, 3, 3));
    // A make-up Saturday is a workday.
    assert_eq!(cal.next_workday(d(2025, 10, 11)).unwrap(), d(2025, 10, 11));
}

#[test]
fn next_workday_of_a_weekend_is_the_monday() {
    let cal = Calendar::china();
    assert_eq!(cal.next_workday(d(2025, 3, 1)).unwrap(), d(2025, 3, 3));
    assert_eq!(cal.next_workday(d(2025, 3, 2)).unwrap(), d(2025, 3, 3));
}

#[test]
fn next_workday_inside_a_holiday_block_is_the_first_workday_after_the_block() {
    let cal = Calendar::china();
    for x in dates(d(2025, 10, 1), d(2025, 10, 8)) {
        assert_eq!(cal.next_workday(x).unwrap(), d(2025, 10, 9), "{x}");
    }
    // 2020 春节 as extended: off to 2020-02-02, the 02-01 make-up day cancelled.
    assert_eq!(cal.next_workday(d(2020, 1, 24)).unwrap(), d(2020, 2, 3));
}

#[test]
fn previous_workday_of_a_workday_is_itself() {
    let cal = Calendar::china();
    assert_eq!(cal.previous_workday(d(2025, 3, 3)).unwrap(), d(2025, 3, 3));
    assert_eq!(
        cal.previous_workday(d(2025, 9, 28)).unwrap(),
        d(2025, 9, 28)
    );
}

#[test]
fn previous_workday_of_a_weekend_is_the_friday() {
    let cal = Calendar::china();
    assert_eq!(cal.previous_workday(d(2025, 3, 1)).unwrap(), d(2025, 2, 28));
    assert_eq!(cal.previous_workday(d(2025, 3, 2)).unwrap(), d(2025, 2, 28));
}

#[test]
fn previous_workday_inside_a_holiday_block_is_the_last_workday_before_it() {
    let cal = Calendar::china();
    for x in dates(d(2025, 10, 1), d(2025, 10, 8)) {
        assert_eq!(cal.previous_workday(x).unwrap(), d(2025, 9, 30), "{x}");
    }
    // 2024 元旦 reached back to 2023-12-30/31.
    assert_eq!(
        cal.previous_workday(d(2024, 1, 1)).unwrap(),
        d(2023, 12, 29)
    );
}

#[test]
fn next_and_previous_workday_fail_at_the_edge_of_coverage_naming_the_year() {
    let cal = Calendar::china();
    // 2004-01-01 was a holiday, and 2003 has no notice; 2026-12-31 is a Thursday.
    assert_eq!(
        cal.previous_workday(d(2004, 1, 1)),
        Err(CalendarError::YearNotCovered { year: 2003 })
    );
    assert_eq!(cal.next_workday(d(2026, 12, 31)).unwrap(), d(2026, 12, 31));
    assert_eq!(
        cal.add_workdays(d(2026, 12, 31), 1),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
    assert_eq!(
        cal.add_workdays(d(2004, 1, 2), -1),
        Err(CalendarError::YearNotCovered { year: 2003 })
    );
}

// ---------------------------------------------------------------------------------------------
// Counting conventions
// ---------------------------------------------------------------------------------------------

#[test]
fn add_zero_workdays_returns_the_date_even_on_a_rest_day() {
    let cal = Calendar::china();
    assert_eq!(cal.add_workdays(d(2025, 10, 3), 0).unwrap(), d(2025, 10, 3));
}

#[test]
fn the_start_date_is_never_counted() {
    let cal = Calendar::china();
    // From a workday and from a rest day, forwards and backwards.
    assert_eq!(cal.add_workdays(d(2025, 3, 3), 1).unwrap(), d(2025, 3, 4));
    assert_eq!(cal.add_workdays(d(2025, 3, 3), -1).unwrap(), d(2025, 2, 28));
    assert_eq!(cal.add_workdays(d(2025, 3, 1), 1).unwrap(), d(2025, 3, 3));
    assert_eq!(cal.add_workdays(d(2025, 3, 2), -1).unwrap(), d(2025, 2, 28));
    // (from, to]: from excluded, to included.
    assert_eq!(
        cal.workdays_between(d(2025, 3, 3), d(2025, 3, 3)).unwrap(),
        0
    );
    assert_eq!(
        cal.workdays_between(d(2025, 3, 3), d(2025, 3, 4)).unwrap(),
        1
    );
    assert_eq!(
        cal.workdays_between(d(2025, 2, 28), d(2025, 3, 2)).unwrap(),
        0
    );
}

#[test]
fn an_interval_ending_before_it_starts_is_an_error() {
    let cal = Calendar::china();
    assert_eq!(
        cal.workdays_between(d(2025, 3, 4), d(2025, 3, 3)),
        Err(CalendarError::FromAfterTo {
            from: d(2025, 3, 4),
            to: d(2025, 3, 3)
        })
    );
}

#[test]
fn an_absurd_count_is_out_of_range_not_a_wrong_date() {
    let cal = Calendar::china();
    for n in [i64::MAX, i64::MIN, i64::MAX / 2] {
        let e = cal
            .provisional()
            .add_workdays(d(2025, 3, 3), n)
            .unwrap_err();
        assert_eq!(e.code(), "out_of_range", "{n}: {e}");
    }
}

#[test]
fn an_empty_calendar_answers_nothing() {
    let cal = Calendar::empty();
    assert_eq!(
        cal.day(d(2025, 3, 3)),
        Err(CalendarError::YearNotCovered { year: 2025 })
    );
    assert_eq!(
        cal.add_workdays(d(2025, 3, 3), 1),
        Err(CalendarError::YearNotCovered { year: 2025 })
    );
    let cov = cal.coverage();
    assert!(cov.years.is_empty() && cov.gaps.is_empty());
    assert!(cov.revisable.is_empty());
    // The provisional view still answers, weekends only and flagged.
    let a = cal.provisional().add_workdays(d(2025, 2, 28), 1).unwrap();
    assert_eq!(
        a,
        Answer {
            value: d(2025, 3, 3),
            provisional: true
        }
    );
}

// ---------------------------------------------------------------------------------------------
// holidays() and coverage()
// ---------------------------------------------------------------------------------------------

#[test]
fn holidays_of_a_year_are_its_notice_blocks_in_order() {
    let cal = Calendar::china();
    let h = cal.holidays(2025).unwrap();
    assert_eq!(h.notice.year, 2025);
    assert_eq!(h.notice.number, "国办发明电〔2024〕12号");
    let names: Vec<&str> = h.notice.holidays.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "元旦",
            "春节",
            "清明节",
            "劳动节",
            "端午节",
            "国庆节、中秋节"
        ]
    );
    let national_day = h.notice.holidays.last().unwrap();
    assert_eq!(national_day.days_off.len(), 8);
    assert_eq!(
        national_day.makeup_workdays,
        vec![d(2025, 9, 28), d(2025, 10, 11)]
    );
    assert!(h.local.is_empty());
    assert_eq!(
        cal.holidays(2027).unwrap_err(),
        CalendarError::YearNotCovered { year: 2027 }
    );
    assert_eq!(
        cal.holidays(2003).unwrap_err(),
        CalendarError::YearNotCovered { year: 2003 }
    );
}

#[test]
fn a_notice_may_name_days_of_the_previous_december() {
    let cal = Calendar::china();
    let h = cal.holidays(2024).unwrap();
    assert_eq!(
        h.notice.holidays[0].days_off,
        vec![d(2023, 12, 30), d(2023, 12, 31), d(2024, 1, 1)]
    );
    let day = cal.day(d(2023, 12, 30)).unwrap();
    assert_eq!(day.kind, DayKind::Holiday);
    assert_eq!(
        day.holiday.unwrap().source,
        HolidaySource::Notice {
            year: 2024,
            number: "国办发明电〔2023〕7号".into()
        }
    );
    // The 2006 元旦 make-up day 2005-12-31 (see core/data/cn_holidays.discrepancies.md §1).
    let day = cal.day(d(2005, 12, 31)).unwrap();
    assert_eq!(day.kind, DayKind::Makeup);
    assert!(matches!(
        day.holiday.unwrap().source,
        HolidaySource::Notice { year: 2006, .. }
    ));
}

#[test]
fn coverage_of_2020_lists_its_amendment() {
    let cal = Calendar::china();
    let cov = cal.coverage();
    let y2020 = cov.years.iter().find(|y| y.year == 2020).unwrap();
    assert_eq!(y2020.notice, "国办发明电〔2019〕16号");
    assert_eq!(y2020.amendments, vec!["国办发明电〔2020〕1号".to_owned()]);
    assert_eq!(y2020.holidays, 6);
    // The amendment's effect is in the data: 2020-01-31 off, 2020-02-01 no longer worked.
    assert_eq!(cal.day_kind(d(2020, 1, 31)).unwrap(), DayKind::Holiday);
    assert_eq!(cal.day_kind(d(2020, 2, 1)).unwrap(), DayKind::Holiday);
    assert_eq!(cal.day_kind(d(2020, 2, 3)).unwrap(), DayKind::Workday);
    // A year without amendments lists none.
    assert!(cov
        .years
        .iter()
        .find(|y| y.year == 2025)
        .unwrap()
        .amendments
        .is_empty());
}

#[test]
fn coverage_is_2004_to_2026_revisable_from_1_december_2026() {
    let cov = Calendar::china().coverage();
    assert_eq!(cov.years.len(), 23);
    assert_eq!(cov.years.first().unwrap().year, 2004);
    assert_eq!(cov.years.last().unwrap().year, 2026);
    assert!(cov.years.windows(2).all(|w| w[0].year < w[1].year));
    assert!(cov
        .years
        .iter()
        .all(|y| !y.notice.is_empty() && y.holidays > 0));
    assert!(cov.gaps.is_empty());
    assert!(cov.overlays.is_empty());
    assert_eq!(
        cov.revisable,
        vec![Revisable {
            from: d(2026, 12, 1),
            to: d(2026, 12, 31),
            missing_year: 2027
        }]
    );
    let y2026 = cov.years.last().unwrap();
    assert_eq!(y2026.notice, "国办发明电〔2025〕7号");
    assert_eq!(y2026.released.or(y2026.published), Some(d(2025, 11, 4)));
}

// ---------------------------------------------------------------------------------------------
// Error messages
// ---------------------------------------------------------------------------------------------

#[test]
fn every_error_message_is_bilingual() {
    let x = d(2027, 1, 4);
    let problems = vec![
        DataProblem::Json {
            line: 1,
            column: 2,
            message: "EOF while parsing".into(),
        },
        DataProblem::BadYearKey { key: "abc".into() },
        DataProblem::YearOutOfRange { year: 1900 },
        DataProblem::DuplicateYearInFile { year: 2027 },
        DataProblem::YearAlreadyLoaded { year: 2026 },
        DataProblem::MissingNoticeNumber { year: 2027 },
        DataProblem::MissingHolidayName {
            year: 2027,
            index: 0,
        },
        DataProblem::NoDaysOff {
            year: 2027,
            holiday: "春节".into(),
        },
        DataProblem::BadDate {
            year: 2027,
            holiday: "春节".into(),
            field: NoticeField::DaysOff,
            text: "x".into(),
        },
        DataProblem::DateOutsideYear {
            year: 2027,
            holiday: "春节".into(),
            date: x,
        },
        DataProblem::MakeupNotWeekend {
            year: 2027,
            holiday: "春节".into(),
            date: x,
        },
        DataProblem::OffAndMakeup {
            year: 2027,
            date: x,
        },
        DataProblem::DuplicateDate {
            date: x,
            year: 2027,
            holiday: "春节".into(),
            other_year: 2027,
            other_holiday: "元旦".into(),
        },
        DataProblem::NotNamedOutsideBlock {
            year: 2027,
            holiday: "春节".into(),
            date: x,
        },
        DataProblem::OverlayWithoutName,
        DataProblem::OverlayDateNotCovered {
            name: "示例节".into(),
            date: x,
        },
        DataProblem::OverlayDuplicateDate { date: x },
        DataProblem::OverlayAlreadyApplied {
            name: "示例州".into(),
        },
    ];
    // One of each variant.
    let names: BTreeSet<&str> = problems.iter().map(variant).collect();
    assert_eq!(names.len(), problems.len());
    for p in &problems {
        assert_bilingual(&p.to_string());
    }
    let errors = [
        CalendarError::YearNotCovered { year: 2027 },
        CalendarError::OutOfRange {
            detail: crate::text::Bilingual::new(
                "2025-03-03 起 +9223372036854775807 个工作日",
                "2025-03-03 +9223372036854775807 workdays",
            ),
        },
        CalendarError::FromAfterTo {
            from: x,
            to: d(2027, 1, 1),
        },
        CalendarError::InvalidData { problems },
    ];
    for e in &errors {
        assert_bilingual(&e.to_string());
    }
    // The year without data is named in both languages.
    let msg = errors[0].to_string();
    assert!(msg.contains("2027 年") && msg.contains("for 2027"), "{msg}");
}

#[test]
fn error_codes_are_stable() {
    assert_eq!(
        CalendarError::YearNotCovered { year: 1 }.code(),
        "year_not_covered"
    );
    assert!(CalendarError::YearNotCovered { year: 1 }.is_year_not_covered());
    let e = CalendarError::InvalidData { problems: vec![] };
    assert_eq!(e.code(), "invalid_data");
    assert!(e.is_invalid_data() && !e.is_year_not_covered());
}
