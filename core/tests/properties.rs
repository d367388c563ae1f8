//! Properties of the calendar and the deadline engine over the whole covered span
//! (2004-01-01..2026-12-31), and a day-by-day check of the calendar against a naive reading of
//! the data file.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Datelike, Days, NaiveDate, Weekday};
use minzheng::calendar::{Calendar, CalendarError, DayKind};
use minzheng::deadline::{Catalogue, PeriodRule, PeriodUnit};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn first() -> NaiveDate {
    d(2004, 1, 1)
}

fn last() -> NaiveDate {
    d(2026, 12, 31)
}

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::china)
}

fn cat() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(Catalogue::national)
}

fn plus(x: NaiveDate, days: u64) -> NaiveDate {
    x.checked_add_days(Days::new(days)).unwrap()
}

/// A date from `from` to `to`, both included.
fn date_in(from: NaiveDate, to: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    let span = u64::try_from((to - from).num_days()).unwrap();
    (0..=span).prop_map(move |i| plus(from, i))
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    date_in(first(), last())
}

fn is_work(x: NaiveDate) -> bool {
    cal().is_workday(x).unwrap()
}

/// The only acceptable failure of a count from a covered date: running out of coverage, naming
/// the first year without a notice in the direction of the count.
fn assert_out_of_coverage(e: &CalendarError, n: i64) {
    let expected = if n > 0 { 2027 } else { 2003 };
    assert_eq!(
        *e,
        CalendarError::YearNotCovered { year: expected },
        "n = {n}"
    );
}

/// `add_workdays`, with running out of coverage turned into `None` (after checking the error).
fn add(x: NaiveDate, n: i64) -> Option<NaiveDate> {
    match cal().add_workdays(x, n) {
        Ok(v) => Some(v),
        Err(e) => {
            assert_out_of_coverage(&e, n);
            None
        }
    }
}

fn between(a: NaiveDate, b: NaiveDate) -> u32 {
    cal().workdays_between(a, b).unwrap()
}

fn working_day_rules() -> Vec<&'static PeriodRule> {
    cat()
        .rules()
        .iter()
        .filter(|r| {
            r.period()
                .is_some_and(|p| p.unit == PeriodUnit::WorkingDays)
        })
        .collect()
}

fn period_rules() -> Vec<&'static PeriodRule> {
    cat()
        .rules()
        .iter()
        .filter(|r| r.period().is_some())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn adding_then_counting_gives_back_the_count(x in any_date(), n in -400i64..=400) {
        let Some(e) = add(x, n) else { return Ok(()) };
        if n >= 0 {
            prop_assert!(e >= x);
            prop_assert_eq!(i64::from(between(x, e)), n);
        } else {
            prop_assert!(e < x);
            let expected = n.abs() - 1 + i64::from(is_work(x));
            prop_assert_eq!(i64::from(between(e, x)), expected);
        }
    }

    #[test]
    fn adding_back_from_a_workday_returns_to_it(x in any_date(), n in -400i64..=400) {
        let x = cal().next_workday(x).unwrap_or(x);
        prop_assume!(is_work(x));
        if let Some(y) = add(x, n) {
            if let Some(back) = add(y, -n) {
                prop_assert_eq!(back, x);
            }
        }
    }

    #[test]
    fn add_is_strictly_increasing_in_the_count(x in any_date(), a in -300i64..=300, b in -300i64..=300) {
        prop_assume!(a != b);
        let (lo, hi) = (a.min(b), a.max(b));
        if let (Some(p), Some(q)) = (add(x, lo), add(x, hi)) {
            prop_assert!(p < q, "add({}, {}) = {} !< add({}, {}) = {}", x, lo, p, x, hi, q);
        }
    }

    #[test]
    fn add_is_non_decreasing_in_the_date(a in any_date(), b in any_date(), n in -300i64..=300) {
        let (lo, hi) = (a.min(b), a.max(b));
        if let (Some(p), Some(q)) = (add(lo, n), add(hi, n)) {
            prop_assert!(p <= q, "add({}, {}) = {} > add({}, {}) = {}", lo, n, p, hi, n, q);
        }
    }

    #[test]
    fn adding_a_nonzero_count_lands_on_a_workday(x in any_date(), n in -400i64..=400) {
        prop_assume!(n != 0);
        if let Some(y) = add(x, n) {
            prop_assert!(is_work(y), "add({}, {}) = {} is a {:?}", x, n, y, cal().day_kind(y));
            prop_assert_ne!(y, x);
        }
    }

    #[test]
    fn adding_zero_returns_the_date(x in any_date()) {
        prop_assert_eq!(cal().add_workdays(x, 0).unwrap(), x);
    }

    #[test]
    fn next_workday_is_the_first_workday_on_or_after_the_date(x in any_date()) {
        match cal().next_workday(x) {
            Ok(y) => {
                prop_assert!(is_work(y));
                prop_assert!(y >= x);
                prop_assert_eq!(cal().next_workday(y).unwrap(), y);
                // No workday is skipped on the way: only y counts in [x, y].
                prop_assert_eq!(between(x, y), u32::from(y != x));
                prop_assert_eq!(y == x, is_work(x));
            }
            Err(e) => assert_out_of_coverage(&e, 1),
        }
    }

    #[test]
    fn previous_workday_is_the_last_workday_on_or_before_the_date(x in any_date()) {
        match cal().previous_workday(x) {
            Ok(y) => {
                prop_assert!(is_work(y));
                prop_assert!(y <= x);
                prop_assert_eq!(cal().previous_workday(y).unwrap(), y);
                // No workday in (y, x].
                prop_assert_eq!(between(y, x), 0);
                prop_assert_eq!(y == x, is_work(x));
            }
            Err(e) => assert_out_of_coverage(&e, -1),
        }
    }

    #[test]
    fn workdays_between_is_additive(a in any_date(), b in any_date(), c in any_date()) {
        let mut v = [a, b, c];
        v.sort();
        let [a, b, c] = v;
        prop_assert_eq!(between(a, b) + between(b, c), between(a, c));
        prop_assert_eq!(between(a, a), 0);
    }

    #[test]
    fn workdays_between_counts_the_workdays_of_the_interval(a in any_date(), len in 0u64..=60) {
        let b = plus(a, len).min(last());
        let naive = a.iter_days().skip(1).take_while(|x| *x <= b).filter(|x| is_work(*x)).count();
        prop_assert_eq!(between(a, b) as usize, naive);
    }

    #[test]
    fn a_working_day_period_spans_exactly_its_amount(
        start in date_in(first(), d(2026, 9, 30)),
        i in any::<prop::sample::Index>(),
    ) {
        let rules = working_day_rules();
        let rule = i.get(&rules);
        let amount = rule.period().unwrap().amount;
        let dl = cat().clock(&rule.id, start).unwrap().compute(cal()).unwrap();
        prop_assert_eq!(between(start, dl.due), amount, "{} from {}", rule.id, start);
        prop_assert!(is_work(dl.due));
        prop_assert_eq!(dl.original_due, dl.due);
        prop_assert!(!dl.provisional);
    }

    #[test]
    fn a_suspension_never_brings_the_due_date_forward(
        start in date_in(first(), d(2026, 9, 30)),
        i in any::<prop::sample::Index>(),
        offset in -15i64..=80,
        len in 0u64..=30,
    ) {
        let rules = period_rules();
        let rule = i.get(&rules);
        let plain = cat().clock(&rule.id, start).unwrap().compute(cal()).unwrap();
        let from = if offset >= 0 {
            plus(start, offset.unsigned_abs())
        } else {
            start.checked_sub_days(Days::new(offset.unsigned_abs())).unwrap()
        };
        let to = plus(from, len);
        let suspended = cat()
            .clock(&rule.id, start)
            .unwrap()
            .suspend(from, to, "测试")
            .compute(cal());
        let dl = match suspended {
            Ok(dl) => dl,
            Err(minzheng::deadline::DeadlineError::Calendar(e)) => {
                assert_out_of_coverage(&e, 1);
                return Ok(());
            }
            Err(e) => panic!("{e}"),
        };
        prop_assert!(dl.due >= plain.due, "{} from {} with {}..{}: {} < {}",
            rule.id, start, from, to, dl.due, plain.due);
        if rule.period().unwrap().unit == PeriodUnit::WorkingDays {
            // The workdays counted, those of (start, due] outside the suspension, are the period.
            let lo = from.pred_opt().unwrap().max(start);
            let hi = to.min(dl.due);
            let inside = if lo < hi { between(lo, hi) } else { 0 };
            prop_assert_eq!(between(start, dl.due) - inside, rule.period().unwrap().amount,
                "{} from {} with {}..{}", rule.id, start, from, to);
            prop_assert!(is_work(dl.due));
        }
    }
}

/// The day kind of every date 2004-01-01..2026-12-31, read naively from the data file: a date
/// in a `days_off` list is a holiday, one in a `makeup_workdays` list a make-up day, any other
/// Saturday or Sunday a weekend, and the rest workdays.
#[test]
fn every_day_matches_a_naive_reading_of_the_data_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/cn_holidays.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut naive: HashMap<NaiveDate, (DayKind, String)> = HashMap::new();
    for (year, notice) in data["years"].as_object().unwrap() {
        for block in notice["holidays"].as_array().unwrap() {
            let name = block["name"].as_str().unwrap().to_owned();
            for (field, kind) in [
                ("days_off", DayKind::Holiday),
                ("makeup_workdays", DayKind::Makeup),
            ] {
                for x in block[field].as_array().into_iter().flatten() {
                    let date = NaiveDate::parse_from_str(x.as_str().unwrap(), "%Y-%m-%d").unwrap();
                    let previous = naive.insert(date, (kind, name.clone()));
                    assert!(previous.is_none(), "{date} listed twice (notice {year})");
                }
            }
        }
    }
    let cal = cal();
    let mut count = 0;
    for x in first().iter_days().take_while(|x| *x <= last()) {
        let (kind, name) = match naive.get(&x) {
            Some((k, n)) => (*k, Some(n.as_str())),
            None if matches!(x.weekday(), Weekday::Sat | Weekday::Sun) => (DayKind::Weekend, None),
            None => (DayKind::Workday, None),
        };
        let day = cal.day(x).unwrap();
        assert_eq!(day.kind, kind, "{x}");
        assert_eq!(day.holiday.as_ref().map(|h| h.name.as_str()), name, "{x}");
        assert!(!day.provisional, "{x}");
        assert_eq!(cal.day_kind(x).unwrap(), kind, "{x}");
        assert_eq!(cal.is_workday(x).unwrap(), kind.is_workday(), "{x}");
        count += 1;
    }
    assert_eq!(count, 8401);
    // Just outside: the years without a notice.
    assert_eq!(
        cal.day(d(2003, 12, 31)),
        Err(CalendarError::YearNotCovered { year: 2003 })
    );
    assert_eq!(
        cal.day(d(2027, 1, 1)),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
}

/// The cumulative count agrees with a running count over the whole span (which pins
/// `workdays_between` from the first day to every date).
#[test]
fn workdays_between_the_first_day_and_any_date_is_a_running_count() {
    let cal = cal();
    let mut running = 0u32;
    for x in first().iter_days().skip(1).take_while(|x| *x <= last()) {
        if cal.is_workday(x).unwrap() {
            running += 1;
        }
        assert_eq!(cal.workdays_between(first(), x).unwrap(), running, "{x}");
    }
    // And "add" is its inverse for every count.
    for n in 1..=i64::from(running) {
        let y = cal.add_workdays(first(), n).unwrap();
        assert_eq!(i64::from(cal.workdays_between(first(), y).unwrap()), n);
    }
    assert_eq!(
        cal.add_workdays(first(), i64::from(running) + 1),
        Err(CalendarError::YearNotCovered { year: 2027 })
    );
}
