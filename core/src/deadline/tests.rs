use super::*;
use crate::calendar::{
    Calendar, CalendarError, DayKind, HolidayRef, HolidaySource, LocalRestDay, Overlay,
};
use crate::{Citation, Confidence};
use chrono::Datelike;
use std::collections::BTreeMap;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn dates(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |x| *x <= to)
}

fn cal() -> Calendar {
    Calendar::china()
}

fn cat() -> Catalogue {
    Catalogue::national()
}

fn compute(id: &str, start: NaiveDate) -> Deadline {
    cat().clock(id, start).unwrap().compute(&cal()).unwrap()
}

/// A rule of `period`, for clocks built by hand.
fn rule(id: &str, period: Period) -> PeriodRule {
    PeriodRule {
        id: id.to_owned(),
        name: "测试期限".to_owned(),
        name_en: "test period".to_owned(),
        term: Term::Period(period),
        starts: "测试".to_owned(),
        starts_en: "test".to_owned(),
        basis: Citation::new("民法典", "第二百零二条", Confidence::V1),
        extension: None,
        extension_of: None,
        approver: None,
        approver_en: None,
        max_grants: None,
        suspensions: None,
        note: None,
        overridden: None,
    }
}

fn months(n: u32, start: NaiveDate) -> Clock {
    Clock::new(rule("test.months", Period::months(n)), None, start)
}

fn rolled_forward(dl: &Deadline) -> Vec<(NaiveDate, NaiveDate, Citation)> {
    dl.explanation
        .steps
        .iter()
        .filter_map(|s| match s {
            ExplanationStep::RolledForward { from, to, basis } => Some((*from, *to, basis.clone())),
            _ => None,
        })
        .collect()
}

/// The skipped spans, one entry per day; checks the spans are well formed on the way.
fn skipped_days(dl: &Deadline) -> BTreeMap<NaiveDate, SkipReason> {
    let mut out = BTreeMap::new();
    for s in &dl.explanation.skipped {
        assert!(s.from <= s.to, "{s:?}");
        assert_eq!(i64::from(s.days), (s.to - s.from).num_days() + 1, "{s:?}");
        assert!(
            s.from > dl.start && s.to <= dl.due,
            "span outside (start, due]: {s:?}"
        );
        for x in dates(s.from, s.to) {
            assert!(
                out.insert(x, s.reason.clone()).is_none(),
                "{x} listed twice"
            );
        }
    }
    // Adjacent spans with the same reason are merged.
    for w in dl.explanation.skipped.windows(2) {
        assert!(
            !(w[0].reason == w[1].reason && w[0].to.succ_opt() == Some(w[1].from)),
            "unmerged spans {w:?}"
        );
    }
    out
}

/// For a working-day deadline: every day of (start, due] is either counted (a workday not
/// suspended) or listed with the right reason; the counted days are `amount`.
fn check_working_day_explanation(
    cal: &Calendar,
    dl: &Deadline,
    amount: u32,
    suspensions: &[(NaiveDate, NaiveDate, &str)],
) {
    let skipped = skipped_days(dl);
    let mut counted = 0;
    let mut suspended_workdays = 0;
    for x in dates(dl.start.succ_opt().unwrap(), dl.due) {
        let day = cal.day(x).unwrap();
        let in_suspension: Vec<&str> = suspensions
            .iter()
            .filter(|(a, b, _)| *a <= x && x <= *b)
            .map(|(_, _, r)| *r)
            .collect();
        match skipped.get(&x) {
            None => {
                assert!(day.kind.is_workday(), "{x} is a rest day but not listed");
                assert!(in_suspension.is_empty(), "{x} is suspended but not listed");
                counted += 1;
            }
            Some(SkipReason::Suspended { reason }) => {
                assert!(in_suspension.contains(&reason.as_str()), "{x}: {reason}");
                if day.kind.is_workday() {
                    suspended_workdays += 1;
                }
            }
            Some(reason) => {
                assert!(
                    in_suspension.is_empty(),
                    "{x} is suspended but listed as {reason:?}"
                );
                let expected = match (day.kind, day.holiday) {
                    (DayKind::Weekend, None) => SkipReason::Weekend,
                    (
                        DayKind::Holiday,
                        Some(
                            h @ HolidayRef {
                                source: HolidaySource::Notice { .. },
                                ..
                            },
                        ),
                    ) => SkipReason::Holiday { name: h.name },
                    (
                        DayKind::Holiday,
                        Some(HolidayRef {
                            name,
                            source: HolidaySource::Local { overlay },
                            ..
                        }),
                    ) => SkipReason::LocalRestDay { name, overlay },
                    other => panic!("{x} is a workday ({other:?}) but listed as {reason:?}"),
                };
                assert_eq!(*reason, expected, "{x}");
            }
        }
    }
    assert_eq!(counted, amount, "{:#?}", dl.explanation.lines());
    // In calendar terms: workdays in (start, due] minus the suspended ones.
    let between = cal.workdays_between(dl.start, dl.due).unwrap();
    assert_eq!(between - suspended_workdays, amount);
}

fn warnings_unverified(dl: &Deadline) -> Vec<&Warning> {
    dl.warnings
        .iter()
        .filter(|w| matches!(w, Warning::BasisUnverified { .. }))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

/// A rule id, its term, and its extension rule with the extension's period.
type Expected = (&'static str, Term, Option<(&'static str, Period)>);

#[test]
fn catalogue_has_every_named_rule_with_its_period_and_a_citation() {
    let wd = Period::working_days;
    let expected: &[Expected] = &[
        (
            "disclosure.reply",
            Term::Period(wd(20)),
            Some(("disclosure.extension", wd(20))),
        ),
        ("disclosure.correction_notice", Term::Period(wd(7)), None),
        ("disclosure.third_party_opinion", Term::Period(wd(15)), None),
        ("disclosure.proactive", Term::Period(wd(20)), None),
        ("enforcement.publication", Term::Period(wd(20)), None),
        (
            "enforcement.licensing_penalty_publication",
            Term::Period(wd(7)),
            None,
        ),
        ("enforcement.withdrawal", Term::Period(wd(3)), None),
        (
            "licensing.decision",
            Term::Period(wd(20)),
            Some(("licensing.extension", wd(10))),
        ),
        (
            "licensing.joint_decision",
            Term::Period(wd(45)),
            Some(("licensing.joint_extension", wd(15))),
        ),
        ("licensing.correction_notice", Term::Period(wd(5)), None),
        ("licensing.issue", Term::Period(wd(10)), None),
        ("integrity.clue_transfer", Term::Period(wd(5)), None),
        ("dibao.investigation_start", Term::Period(wd(3)), None),
        ("dibao.county_decision", Term::Period(wd(10)), None),
        ("dibao.total", Term::Period(wd(30)), None),
        ("dibao.total_extended", Term::Period(wd(45)), None),
        ("dibao.refusal_notice", Term::Period(wd(3)), None),
        (
            "dibao.public_notice",
            Term::Period(Period::natural_days(7)),
            None,
        ),
        ("tekun.township_review", Term::Period(wd(15)), None),
        ("tekun.county_confirmation", Term::Period(wd(15)), None),
        (
            "disclosure.annual_report",
            Term::AnnualDate(AnnualDate { month: 1, day: 31 }),
            None,
        ),
    ];
    let cat = cat();
    for (id, term, ext) in expected {
        let r = cat.get(id).unwrap();
        assert_eq!(r.id, *id);
        assert_eq!(r.term, *term, "{id}");
        assert!(!r.basis.instrument.trim().is_empty(), "{id}");
        assert!(!r.basis.article.trim().is_empty(), "{id}");
        assert!(!r.name.is_empty() && !r.name_en.is_empty(), "{id}");
        assert!(r.overridden.is_none(), "{id}");
        match ext {
            Some((ext_id, p)) => {
                assert_eq!(r.extension.as_deref(), Some(*ext_id), "{id}");
                let e = cat.get(ext_id).unwrap();
                assert_eq!(e.period(), Some(*p), "{ext_id}");
                assert_eq!(e.extension_of.as_deref(), Some(*id), "{ext_id}");
                assert!(!e.basis.instrument.is_empty(), "{ext_id}");
                let clock = cat.clock(id, d(2025, 3, 3)).unwrap();
                assert_eq!(clock.extension_rule().map(|x| x.id.as_str()), Some(*ext_id));
            }
            None => assert_eq!(r.extension, None, "{id}"),
        }
    }
}

#[test]
fn rules_are_ordered_by_id_and_every_rule_has_a_citation() {
    let cat = cat();
    assert!(cat.rules().len() >= 21);
    assert!(cat.rules().windows(2).all(|w| w[0].id < w[1].id));
    for r in cat.rules() {
        assert!(!r.basis.instrument.trim().is_empty(), "{}", r.id);
        assert_eq!(cat.get(&r.id).unwrap(), r);
    }
    assert_eq!(cat.jurisdiction, None);
}

#[test]
fn a_basis_not_read_in_full_text_gives_a_basis_unverified_warning() {
    let cat = cat();
    let cal = cal();
    for r in cat.rules().iter().filter(|r| r.period().is_some()) {
        let dl = cat
            .clock(&r.id, d(2025, 3, 3))
            .unwrap()
            .compute(&cal)
            .unwrap();
        let w = warnings_unverified(&dl);
        if r.basis.confidence == Confidence::V1 {
            assert!(w.is_empty(), "{}: {w:?}", r.id);
        } else {
            assert_eq!(
                w,
                vec![&Warning::BasisUnverified {
                    confidence: r.basis.confidence,
                    basis: r.basis.clone()
                }],
                "{}",
                r.id
            );
            assert!(w[0].message().contains(r.basis.confidence.tag()));
        }
    }
}

#[test]
fn secondary_practice_and_unverified_bases_are_the_ones_flagged() {
    let conf = |id: &str| compute(id, d(2025, 3, 3));
    for id in [
        "enforcement.publication",
        "enforcement.licensing_penalty_publication",
        "enforcement.withdrawal",
        "integrity.clue_transfer",
        "dibao.investigation_start",
        "dibao.county_decision",
        "dibao.total",
        "dibao.total_extended",
        "dibao.refusal_notice",
        "dibao.public_notice",
        "tekun.township_review",
        "tekun.county_confirmation",
    ] {
        assert_eq!(warnings_unverified(&conf(id)).len(), 1, "{id}");
    }
    let tags = |id: &str| cat().get(id).unwrap().basis.confidence;
    assert_eq!(tags("enforcement.publication"), Confidence::Unverified);
    assert_eq!(tags("integrity.clue_transfer"), Confidence::Practice);
    assert_eq!(tags("dibao.total"), Confidence::V2);
    for id in [
        "disclosure.reply",
        "licensing.decision",
        "licensing.joint_decision",
    ] {
        assert!(warnings_unverified(&conf(id)).is_empty(), "{id}");
    }
}

#[test]
fn an_unknown_id_is_an_error_with_suggestions() {
    let cat = cat();
    let e = cat.get("disclosure.replly").unwrap_err();
    let DeadlineError::UnknownPeriod { id, suggestions } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(id, "disclosure.replly");
    assert_eq!(
        suggestions.first().map(String::as_str),
        Some("disclosure.reply")
    );
    assert!(suggestions.len() <= 3);
    let msg = e.to_string();
    assert!(
        msg.contains("是否指") && msg.contains("did you mean disclosure.reply"),
        "{msg}"
    );
    // A prefix suggests the rules it starts.
    let DeadlineError::UnknownPeriod { suggestions, .. } = cat.get("tekun").unwrap_err() else {
        panic!()
    };
    assert!(!suggestions.is_empty() && suggestions.iter().all(|s| s.starts_with("tekun.")));
    // Nothing near: no suggestion, and the message does not offer one.
    let e = cat.get("zzzzzzzzzzzzzzzzzzzzzz").unwrap_err();
    assert_eq!(
        e,
        DeadlineError::UnknownPeriod {
            id: "zzzzzzzzzzzzzzzzzzzzzz".into(),
            suggestions: vec![]
        }
    );
    assert!(!e.to_string().contains("did you mean"));
    assert_eq!(e.code(), "unknown_period");
    // The clock constructor reports it too.
    assert!(matches!(
        cat.clock("licensing.decisoin", d(2025, 3, 3)),
        Err(DeadlineError::UnknownPeriod { .. })
    ));
}

// ---------------------------------------------------------------------------------------------
// Working-day periods
// ---------------------------------------------------------------------------------------------

#[test]
fn a_working_day_period_counts_workdays_after_the_start_day() {
    let cal = cal();
    let dl = compute("disclosure.reply", d(2024, 9, 20));
    assert_eq!(dl.due, d(2024, 10, 23));
    assert_eq!(dl.original_due, dl.due);
    assert!(!dl.provisional);
    assert_eq!(dl.rule, "disclosure.reply");
    check_working_day_explanation(&cal, &dl, 20, &[]);
    assert!(rolled_forward(&dl).is_empty());
    assert_eq!(
        dl.explanation.steps.first(),
        Some(&ExplanationStep::Start {
            date: d(2024, 9, 20),
            period: Period::working_days(20),
            basis: cat().get("disclosure.reply").unwrap().basis.clone()
        })
    );
    assert_eq!(
        dl.explanation.steps.last(),
        Some(&ExplanationStep::Due {
            date: d(2024, 10, 23)
        })
    );
}

#[test]
fn a_working_day_period_never_ends_on_a_rest_day() {
    let cal = cal();
    let cat = cat();
    for start in dates(d(2025, 1, 1), d(2025, 12, 1)) {
        for id in ["dibao.investigation_start", "licensing.decision"] {
            let dl = cat.clock(id, start).unwrap().compute(&cal).unwrap();
            assert!(cal.is_workday(dl.due).unwrap(), "{id} {start}: {}", dl.due);
            assert!(rolled_forward(&dl).is_empty());
        }
    }
}

#[test]
fn every_non_counted_day_is_listed_with_its_reason() {
    let cal = cal();
    let cat = cat();
    // The licensing example of the module docs: 国庆节、中秋节 block, make-up days and an
    // expert review.
    let dl = cat
        .clock("licensing.decision", d(2025, 9, 26))
        .unwrap()
        .suspend(d(2025, 10, 13), d(2025, 10, 17), "专家评审")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, d(2025, 11, 6));
    check_working_day_explanation(
        &cal,
        &dl,
        20,
        &[(d(2025, 10, 13), d(2025, 10, 17), "专家评审")],
    );
    let spans: Vec<(NaiveDate, NaiveDate, SkipReason)> = dl
        .explanation
        .skipped
        .iter()
        .map(|s| (s.from, s.to, s.reason.clone()))
        .collect();
    let holiday = SkipReason::Holiday {
        name: "国庆节、中秋节".into(),
    };
    let review = SkipReason::Suspended {
        reason: "专家评审".into(),
    };
    assert_eq!(
        spans,
        vec![
            (d(2025, 9, 27), d(2025, 9, 27), SkipReason::Weekend),
            (d(2025, 10, 1), d(2025, 10, 8), holiday),
            (d(2025, 10, 12), d(2025, 10, 12), SkipReason::Weekend),
            (d(2025, 10, 13), d(2025, 10, 17), review),
            (d(2025, 10, 18), d(2025, 10, 19), SkipReason::Weekend),
            (d(2025, 10, 25), d(2025, 10, 26), SkipReason::Weekend),
            (d(2025, 11, 1), d(2025, 11, 2), SkipReason::Weekend),
        ]
    );
    // The lines name them.
    let lines = dl.explanation.lines().join("\n");
    assert!(
        lines.contains("国庆节、中秋节假期") && lines.contains("中止计算（专家评审）"),
        "{lines}"
    );
}

#[test]
fn every_non_counted_day_is_listed_for_every_start_of_a_year() {
    let cal = cal();
    let cat = cat();
    let review = (d(2024, 10, 9), d(2024, 10, 15), "征求第三方意见");
    for start in dates(d(2024, 1, 1), d(2024, 12, 1)) {
        let plain = cat
            .clock("disclosure.reply", start)
            .unwrap()
            .compute(&cal)
            .unwrap();
        check_working_day_explanation(&cal, &plain, 20, &[]);
        let dl = cat
            .clock("disclosure.reply", start)
            .unwrap()
            .suspend(review.0, review.1, review.2)
            .compute(&cal)
            .unwrap();
        // A suspension counts only when it began on or before the due date as it stood.
        let applies = review.0 <= plain.due && review.1 > start;
        let s = if applies { vec![review] } else { vec![] };
        check_working_day_explanation(&cal, &dl, 20, &s);
        // The due date moves by the workdays suspended, and only when the suspension applies.
        let k = if applies {
            cal.workdays_between(review.0.pred_opt().unwrap().max(start), review.1)
                .unwrap()
        } else {
            0
        };
        assert_eq!(
            dl.due,
            cal.add_workdays(start, 20 + i64::from(k)).unwrap(),
            "{start}"
        );
        assert_eq!(
            dl.explanation
                .steps
                .iter()
                .any(|s| matches!(s, ExplanationStep::Suspended { .. })),
            applies,
            "{start}"
        );
    }
}

#[test]
fn local_rest_days_are_listed_with_their_overlay() {
    let mut cal = cal();
    cal.add_overlay(Overlay {
        name: "示例州".into(),
        rest_days: vec![LocalRestDay {
            date: d(2025, 3, 5),
            name: "示例节".into(),
            name_en: None,
            basis: None,
        }],
    })
    .unwrap();
    let dl = cat()
        .clock("dibao.county_decision", d(2025, 3, 3))
        .unwrap()
        .compute(&cal)
        .unwrap();
    // Without the local day: 03-17; with it: one workday later.
    assert_eq!(dl.due, d(2025, 3, 18));
    check_working_day_explanation(&cal, &dl, 10, &[]);
    assert!(dl
        .explanation
        .skipped
        .iter()
        .any(|s| s.from == d(2025, 3, 5)
            && s.reason
                == SkipReason::LocalRestDay {
                    name: "示例节".into(),
                    overlay: "示例州".into()
                }));
}

// ---------------------------------------------------------------------------------------------
// Natural-day and month periods
// ---------------------------------------------------------------------------------------------

/// For a natural-day or month deadline: the days listed are the suspended days and the rest
/// days the period rolled over, never the due date itself; the other days are `amount`.
fn check_rolled_explanation(cal: &Calendar, dl: &Deadline) {
    let skipped = skipped_days(dl);
    assert!(
        !skipped.contains_key(&dl.due),
        "the due date is listed as not counted"
    );
    for (x, reason) in &skipped {
        if let SkipReason::RolledForward { day_kind, name } = reason {
            let day = cal.day(*x).unwrap();
            assert!(
                !day.kind.is_workday(),
                "{x} is a workday but listed as rolled over"
            );
            assert_eq!(*day_kind, day.kind, "{x}");
            assert_eq!(*name, day.holiday.map(|h| h.name), "{x}");
        }
    }
}

#[test]
fn a_natural_day_period_ending_on_a_weekend_rolls_forward_to_the_next_workday() {
    let cal = cal();
    // 7 days from Saturday 2025-03-01 end on Saturday 03-08: rolled to Monday 03-10.
    let dl = compute("dibao.public_notice", d(2025, 3, 1));
    assert_eq!(dl.due, d(2025, 3, 10));
    assert_eq!(dl.original_due, d(2025, 3, 10));
    assert_eq!(
        rolled_forward(&dl),
        vec![(
            d(2025, 3, 8),
            d(2025, 3, 10),
            Citation::new("民法典", "第二百零三条", Confidence::V1)
        )]
    );
    check_rolled_explanation(&cal, &dl);
    let rolled: Vec<NaiveDate> = skipped_days(&dl)
        .into_iter()
        .filter(|(_, r)| matches!(r, SkipReason::RolledForward { .. }))
        .map(|(x, _)| x)
        .collect();
    assert_eq!(rolled, vec![d(2025, 3, 8), d(2025, 3, 9)]);
    assert_eq!((dl.due - dl.start).num_days() - rolled.len() as i64, 7);
}

#[test]
fn a_natural_day_period_ending_in_a_holiday_block_rolls_forward_past_the_block() {
    let cal = cal();
    // 7 days from 2025-09-26 end on 10-03, inside 国庆节、中秋节 (10-01..08): due 10-09.
    let dl = compute("dibao.public_notice", d(2025, 9, 26));
    assert_eq!(dl.due, d(2025, 10, 9));
    assert_eq!(
        rolled_forward(&dl),
        vec![(
            d(2025, 10, 3),
            d(2025, 10, 9),
            Citation::new("民法典", "第二百零三条", Confidence::V1)
        )]
    );
    check_rolled_explanation(&cal, &dl);
    let spans: Vec<_> = dl
        .explanation
        .skipped
        .iter()
        .map(|s| (s.from, s.to, s.reason.clone()))
        .collect();
    assert_eq!(
        spans,
        vec![(
            d(2025, 10, 3),
            d(2025, 10, 8),
            SkipReason::RolledForward {
                day_kind: DayKind::Holiday,
                name: Some("国庆节、中秋节".into())
            }
        )]
    );
    let lines = dl.explanation.lines().join("\n");
    assert!(
        lines.contains("顺延至 2025-10-09") && lines.contains("第二百零三条"),
        "{lines}"
    );
}

#[test]
fn a_natural_day_period_ending_on_a_makeup_day_does_not_roll() {
    // 7 days from 2025-09-21 end on Sunday 09-28, a make-up working day.
    let dl = compute("dibao.public_notice", d(2025, 9, 21));
    assert_eq!(dl.due, d(2025, 9, 28));
    assert!(rolled_forward(&dl).is_empty());
    assert!(dl.explanation.skipped.is_empty());
}

#[test]
fn a_natural_day_period_counts_weekends_and_holidays_inside_it() {
    // 7 days from 2025-09-29 run through the block to 10-06, then roll to 10-09.
    let dl = compute("dibao.public_notice", d(2025, 9, 29));
    assert_eq!(dl.due, d(2025, 10, 9));
    // 7 days from Monday 2025-03-03: Monday 03-10, weekend inside counted.
    let dl = compute("dibao.public_notice", d(2025, 3, 3));
    assert_eq!(dl.due, d(2025, 3, 10));
    assert!(dl.explanation.skipped.is_empty());
}

#[test]
fn a_natural_day_suspension_adds_its_days() {
    let cal = cal();
    let dl = cat()
        .clock("dibao.public_notice", d(2025, 3, 3))
        .unwrap()
        .suspend(d(2025, 3, 5), d(2025, 3, 6), "异议复核")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, d(2025, 3, 12));
    check_rolled_explanation(&cal, &dl);
    assert!(dl.explanation.steps.contains(&ExplanationStep::Suspended {
        from: d(2025, 3, 5),
        to: d(2025, 3, 6),
        reason: "异议复核".into(),
        not_counted: 2
    }));
}

#[test]
fn one_month_from_31_january_ends_on_the_last_day_of_february() {
    let cal = cal();
    let dl = months(1, d(2025, 1, 31)).compute(&cal).unwrap();
    assert_eq!(dl.due, d(2025, 2, 28)); // a Friday
    assert!(rolled_forward(&dl).is_empty());
    let dl = months(1, d(2024, 1, 31)).compute(&cal).unwrap();
    assert_eq!(dl.due, d(2024, 2, 29)); // leap year, a Thursday
    assert!(rolled_forward(&dl).is_empty());
    // The corresponding day where there is one.
    assert_eq!(
        months(1, d(2025, 3, 14)).compute(&cal).unwrap().due,
        d(2025, 4, 14)
    );
    assert_eq!(
        months(2, d(2024, 12, 31)).compute(&cal).unwrap().due,
        d(2025, 2, 28)
    );
}

#[test]
fn a_month_period_ending_on_a_rest_day_rolls_forward() {
    let cal = cal();
    // 2021-02-28 is a Sunday.
    let dl = months(1, d(2021, 1, 31)).compute(&cal).unwrap();
    assert_eq!(dl.due, d(2021, 3, 1));
    assert_eq!(rolled_forward(&dl).len(), 1);
    assert_eq!(rolled_forward(&dl)[0].0, d(2021, 2, 28));
    check_rolled_explanation(&cal, &dl);
    // 2025-10-01 is in the National Day block.
    let dl = months(1, d(2025, 9, 1)).compute(&cal).unwrap();
    assert_eq!(dl.due, d(2025, 10, 9));
    check_rolled_explanation(&cal, &dl);
    // 2026-02-28 is a Saturday but a make-up working day: not rolled.
    let dl = months(1, d(2026, 1, 31)).compute(&cal).unwrap();
    assert_eq!(dl.due, d(2026, 2, 28));
    assert!(rolled_forward(&dl).is_empty());
}

#[test]
fn a_month_period_is_pushed_out_by_a_suspension() {
    let dl = months(1, d(2025, 1, 31))
        .suspend(d(2025, 2, 10), d(2025, 2, 12), "鉴定")
        .compute(&cal())
        .unwrap();
    // 02-28 + 3 days = 03-03 (a Monday).
    assert_eq!(dl.due, d(2025, 3, 3));
}

// ---------------------------------------------------------------------------------------------
// Suspensions
// ---------------------------------------------------------------------------------------------

#[test]
fn overlapping_suspensions_count_each_day_once() {
    let cal = cal();
    let cat = cat();
    let two = cat
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 9, 23), d(2024, 9, 27), "征求第三方意见")
        .suspend(d(2024, 9, 25), d(2024, 10, 9), "征求其他机关意见")
        .compute(&cal)
        .unwrap();
    let union = cat
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 9, 23), d(2024, 10, 9), "征求意见")
        .compute(&cal)
        .unwrap();
    assert_eq!(two.due, d(2024, 11, 5));
    assert_eq!(two.due, union.due);
    check_working_day_explanation(
        &cal,
        &two,
        20,
        &[
            (d(2024, 9, 23), d(2024, 9, 27), "征求第三方意见"),
            (d(2024, 9, 25), d(2024, 10, 9), "征求其他机关意见"),
        ],
    );
    // A suspension inside another changes nothing, whatever the order given.
    let nested = cat
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 9, 25), d(2024, 9, 26), "内")
        .suspend(d(2024, 9, 23), d(2024, 10, 9), "外")
        .compute(&cal)
        .unwrap();
    assert_eq!(nested.due, union.due);
}

#[test]
fn a_suspension_starting_before_the_start_counts_only_from_the_day_after_the_start() {
    let cal = cal();
    let cat = cat();
    let dl = cat
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .suspend(d(2025, 2, 20), d(2025, 3, 7), "补正")
        .compute(&cal)
        .unwrap();
    // Same as a suspension 03-04..03-07: 20 workdays after 03-07.
    assert_eq!(dl.due, cal.add_workdays(d(2025, 3, 7), 20).unwrap());
    assert_eq!(dl.due, d(2025, 4, 7));
    assert!(dl.explanation.steps.contains(&ExplanationStep::Suspended {
        from: d(2025, 3, 4),
        to: d(2025, 3, 7),
        reason: "补正".into(),
        not_counted: 4
    }));
    check_working_day_explanation(&cal, &dl, 20, &[(d(2025, 3, 4), d(2025, 3, 7), "补正")]);
    // Entirely before the start (or ending on it): no effect at all.
    for to in [d(2025, 2, 28), d(2025, 3, 3)] {
        let dl = cat
            .clock("licensing.decision", d(2025, 3, 3))
            .unwrap()
            .suspend(d(2025, 2, 20), to, "补正")
            .compute(&cal)
            .unwrap();
        assert_eq!(dl.due, d(2025, 3, 31), "{to}");
        assert!(dl
            .explanation
            .skipped
            .iter()
            .all(|s| !matches!(s.reason, SkipReason::Suspended { .. })));
    }
}

#[test]
fn a_suspension_starting_after_the_due_date_has_no_effect() {
    let cal = cal();
    let dl = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 10, 24), d(2024, 11, 5), "征求第三方意见")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, d(2024, 10, 23));
    assert!(dl
        .explanation
        .steps
        .contains(&ExplanationStep::SuspensionIgnored {
            from: d(2024, 10, 24),
            to: d(2024, 11, 5),
            reason: "征求第三方意见".into(),
            due: d(2024, 10, 23)
        }));
    assert!(!dl
        .explanation
        .steps
        .iter()
        .any(|s| matches!(s, ExplanationStep::Suspended { .. })));
    check_working_day_explanation(&cal, &dl, 20, &[]);
    // One starting on the due date itself does count.
    let dl = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 10, 23), d(2024, 10, 25), "征求第三方意见")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, d(2024, 10, 28));
}

#[test]
fn a_reversed_suspension_is_an_error() {
    let e = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 10, 5), d(2024, 10, 1), "x")
        .compute(&cal())
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::SuspensionReversed {
            from: d(2024, 10, 5),
            to: d(2024, 10, 1)
        }
    );
}

#[test]
fn a_one_day_suspension_is_allowed() {
    let dl = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .suspend(d(2024, 9, 23), d(2024, 9, 23), "x")
        .compute(&cal())
        .unwrap();
    assert_eq!(dl.due, d(2024, 10, 24));
}

// ---------------------------------------------------------------------------------------------
// Extensions
// ---------------------------------------------------------------------------------------------

#[test]
fn an_extension_counts_on_from_the_original_due_date() {
    let cal = cal();
    let cat = cat();
    let dl = cat
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "行政机关负责人", d(2025, 3, 20))
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.original_due, d(2025, 3, 31));
    assert_eq!(dl.due, d(2025, 4, 15));
    assert_eq!(dl.due, cal.add_workdays(d(2025, 3, 3), 30).unwrap());
    assert!(dl.explanation.steps.contains(&ExplanationStep::Extended {
        period: Period::working_days(10),
        approved_by: "行政机关负责人".into(),
        granted: d(2025, 3, 20),
        from: d(2025, 3, 31),
        to: d(2025, 4, 15),
        basis: cat.get("licensing.extension").unwrap().basis.clone()
    }));
    check_working_day_explanation(&cal, &dl, 30, &[]);
}

#[test]
fn an_extension_longer_than_allowed_is_an_error() {
    let e = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(11, "负责人", d(2025, 3, 20))
        .compute(&cal())
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::ExtensionTooLong {
            rule: "licensing.extension".into(),
            requested: 11,
            max: 10
        }
    );
    // The maximum itself is fine.
    let ok = cat()
        .clock("disclosure.reply", d(2025, 3, 3))
        .unwrap()
        .extend(20, "负责人", d(2025, 3, 20))
        .compute(&cal());
    assert!(ok.is_ok());
}

#[test]
fn an_extension_may_be_granted_once() {
    let e = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(5, "负责人", d(2025, 3, 20))
        .extend(5, "负责人", d(2025, 4, 1))
        .compute(&cal())
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::TooManyExtensions {
            rule: "licensing.decision".into(),
            max: 1
        }
    );
}

#[test]
fn an_extension_of_zero_is_an_error() {
    let e = cat()
        .clock("disclosure.reply", d(2025, 3, 3))
        .unwrap()
        .extend(0, "负责人", d(2025, 3, 20))
        .compute(&cal())
        .unwrap_err();
    assert_eq!(e, DeadlineError::ZeroExtension);
}

#[test]
fn a_rule_without_an_extension_rule_cannot_be_extended() {
    for id in [
        "disclosure.correction_notice",
        "dibao.total",
        "dibao.public_notice",
    ] {
        let e = cat()
            .clock(id, d(2025, 3, 3))
            .unwrap()
            .extend(1, "负责人", d(2025, 3, 4))
            .compute(&cal())
            .unwrap_err();
        assert_eq!(e, DeadlineError::ExtensionNotAllowed { rule: id.into() });
    }
}

#[test]
fn an_extension_granted_after_expiry_is_an_error() {
    // licensing.decision from 2025-03-03 is due 2025-03-31.
    let e = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 4, 1))
        .compute(&cal())
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::ExtensionAfterExpiry {
            granted: d(2025, 4, 1),
            due: d(2025, 3, 31)
        }
    );
    // On the due date itself it is in time.
    let dl = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 3, 31))
        .compute(&cal())
        .unwrap();
    assert_eq!(dl.due, d(2025, 4, 15));
}

#[test]
fn an_extension_granted_before_the_start_is_an_error() {
    let e = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 3, 2))
        .compute(&cal())
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::ExtensionBeforeStart {
            granted: d(2025, 3, 2),
            start: d(2025, 3, 3)
        }
    );
    // On the start day it is accepted.
    let ok = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 3, 3))
        .compute(&cal());
    assert!(ok.is_ok());
}

#[test]
fn an_extension_also_skips_a_suspension_inside_it() {
    let cal = cal();
    let plain = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 3, 20))
        .compute(&cal)
        .unwrap();
    let dl = cat()
        .clock("licensing.decision", d(2025, 3, 3))
        .unwrap()
        .extend(10, "负责人", d(2025, 3, 20))
        .suspend(d(2025, 3, 10), d(2025, 3, 14), "听证")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, cal.add_workdays(plain.due, 5).unwrap());
    check_working_day_explanation(&cal, &dl, 30, &[(d(2025, 3, 10), d(2025, 3, 14), "听证")]);
}

// ---------------------------------------------------------------------------------------------
// The annual report (a fixed date)
// ---------------------------------------------------------------------------------------------

#[test]
fn the_annual_report_is_due_on_31_january_of_the_next_year_and_never_rolled() {
    let cal = cal();
    let cat = cat();
    for start in dates(d(2025, 1, 1), d(2025, 12, 31)) {
        let dl = cat
            .clock("disclosure.annual_report", start)
            .unwrap()
            .compute(&cal)
            .unwrap();
        // 2026-01-31 is a Saturday: a fixed date is not a period and is not rolled forward.
        assert_eq!(dl.due, d(2026, 1, 31), "{start}");
        assert_eq!(dl.original_due, d(2026, 1, 31));
        assert!(rolled_forward(&dl).is_empty());
        assert!(dl.explanation.skipped.is_empty());
        assert!(matches!(
            dl.explanation.steps.first(),
            Some(ExplanationStep::FixedDate { date, .. }) if *date == d(2026, 1, 31)
        ));
        assert!(!dl.provisional);
    }
}

#[test]
fn suspensions_and_extensions_do_not_apply_to_the_annual_report() {
    let cat = cat();
    let s = cat
        .clock("disclosure.annual_report", d(2025, 6, 1))
        .unwrap()
        .suspend(d(2025, 12, 1), d(2025, 12, 5), "x")
        .compute(&cal())
        .unwrap_err();
    assert!(
        matches!(&s, DeadlineError::NotApplicable { rule, .. } if rule == "disclosure.annual_report"),
        "{s:?}"
    );
    assert_eq!(s.code(), "not_applicable");
    let e = cat
        .clock("disclosure.annual_report", d(2025, 6, 1))
        .unwrap()
        .with_extensions([Extension {
            amount: 5,
            approved_by: "x".into(),
            granted: d(2025, 12, 1),
        }])
        .compute(&cal())
        .unwrap_err();
    assert!(matches!(e, DeadlineError::NotApplicable { .. }), "{e:?}");
}

// ---------------------------------------------------------------------------------------------
// Jurisdiction overrides
// ---------------------------------------------------------------------------------------------

fn overrides(json: serde_json::Value) -> Overrides {
    serde_json::from_value(json).unwrap()
}

fn problems_of(r: Result<Catalogue, DeadlineError>) -> Vec<CatalogueProblem> {
    match r {
        Err(DeadlineError::InvalidCatalogue { problems }) => problems,
        other => panic!("expected InvalidCatalogue, got {other:?}"),
    }
}

fn local_basis() -> serde_json::Value {
    serde_json::json!({"instrument": "郑州市最低生活保障实施办法", "article": "第十条", "confidence": "v2"})
}

#[test]
fn a_shorter_local_period_is_accepted_and_recorded() {
    let national = cat();
    let o = overrides(serde_json::json!({
        "jurisdiction": "郑州市",
        "overrides": [{"id": "dibao.total", "period": {"amount": 25, "unit": "working_days"},
                       "basis": local_basis(), "note": "本市缩短"}]
    }));
    let local = national.with_overrides(&o).unwrap();
    assert_eq!(local.jurisdiction.as_deref(), Some("郑州市"));
    let r = local.get("dibao.total").unwrap();
    assert_eq!(r.period(), Some(Period::working_days(25)));
    assert_eq!(r.basis.instrument, "郑州市最低生活保障实施办法");
    assert_eq!(r.note.as_deref(), Some("本市缩短"));
    let n = national.get("dibao.total").unwrap();
    assert_eq!(
        r.overridden,
        Some(Overridden {
            jurisdiction: "郑州市".into(),
            national: Term::Period(Period::working_days(30)),
            national_basis: n.basis.clone()
        })
    );
    // The local period is the one counted; the national catalogue is unchanged.
    let cal = cal();
    let dl = local
        .clock("dibao.total", d(2025, 3, 3))
        .unwrap()
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.due, cal.add_workdays(d(2025, 3, 3), 25).unwrap());
    assert_eq!(
        national.get("dibao.total").unwrap().period(),
        Some(Period::working_days(30))
    );
    assert!(local
        .get("dibao.county_decision")
        .unwrap()
        .overridden
        .is_none());
    // The same amount is accepted as well.
    let same = overrides(serde_json::json!({
        "jurisdiction": "某县",
        "overrides": [{"id": "dibao.total", "period": {"amount": 30, "unit": "working_days"},
                       "basis": local_basis()}]
    }));
    assert!(national.with_overrides(&same).is_ok());
}

#[test]
fn overriding_twice_keeps_the_national_value_on_record() {
    let national = cat();
    let step = |c: &Catalogue, n: u32, j: &str| {
        c.with_overrides(&overrides(serde_json::json!({
            "jurisdiction": j,
            "overrides": [{"id": "dibao.total", "period": {"amount": n, "unit": "working_days"},
                           "basis": local_basis()}]
        })))
        .unwrap()
    };
    let twice = step(&step(&national, 25, "河南省"), 20, "郑州市");
    let o = twice
        .get("dibao.total")
        .unwrap()
        .overridden
        .clone()
        .unwrap();
    assert_eq!(o.jurisdiction, "郑州市");
    assert_eq!(o.national, Term::Period(Period::working_days(30)));
    assert_eq!(o.national_basis, national.get("dibao.total").unwrap().basis);
}

#[test]
fn a_longer_local_period_is_rejected() {
    let o = overrides(serde_json::json!({
        "jurisdiction": "郑州市",
        "overrides": [{"id": "dibao.total", "period": {"amount": 31, "unit": "working_days"},
                       "basis": local_basis()}]
    }));
    assert_eq!(
        problems_of(cat().with_overrides(&o)),
        vec![CatalogueProblem::OverrideLonger {
            id: "dibao.total".into(),
            national: 30,
            local: 31
        }]
    );
}

#[test]
fn a_local_period_in_another_unit_is_rejected() {
    for term in [
        serde_json::json!({"period": {"amount": 20, "unit": "natural_days"}}),
        serde_json::json!({"period": {"amount": 1, "unit": "months"}}),
        serde_json::json!({"annual_date": {"month": 1, "day": 1}}),
    ] {
        let mut ov = term.clone();
        ov["id"] = "dibao.total".into();
        ov["basis"] = local_basis();
        let o = overrides(serde_json::json!({"jurisdiction": "郑州市", "overrides": [ov]}));
        assert_eq!(
            problems_of(cat().with_overrides(&o)),
            vec![CatalogueProblem::OverrideUnitChanged {
                id: "dibao.total".into()
            }],
            "{term}"
        );
    }
}

#[test]
fn an_annual_date_may_be_moved_earlier_not_later() {
    let o = |m: u32, day: u32| {
        overrides(serde_json::json!({
            "jurisdiction": "某市",
            "overrides": [{"id": "disclosure.annual_report", "annual_date": {"month": m, "day": day},
                           "basis": local_basis()}]
        }))
    };
    let c = cat().with_overrides(&o(1, 15)).unwrap();
    let dl = c
        .clock("disclosure.annual_report", d(2025, 5, 5))
        .unwrap()
        .compute(&cal())
        .unwrap();
    assert_eq!(dl.due, d(2026, 1, 15));
    assert!(matches!(
        problems_of(cat().with_overrides(&o(2, 1))).as_slice(),
        [CatalogueProblem::OverrideLonger { .. }]
    ));
}

#[test]
fn an_override_of_an_unknown_rule_is_rejected() {
    let o = overrides(serde_json::json!({
        "jurisdiction": "郑州市",
        "overrides": [{"id": "dibao.totl", "period": {"amount": 25, "unit": "working_days"},
                       "basis": local_basis()}]
    }));
    assert_eq!(
        problems_of(cat().with_overrides(&o)),
        vec![CatalogueProblem::UnknownOverride {
            id: "dibao.totl".into()
        }]
    );
}

#[test]
fn local_additions_are_accepted_unless_their_id_clashes() {
    let mut add =
        serde_json::to_value(rule("zhengzhou.hotline_reply", Period::working_days(5))).unwrap();
    let good = overrides(serde_json::json!({"jurisdiction": "郑州市", "additions": [add.clone()]}));
    let c = cat().with_overrides(&good).unwrap();
    let dl = c
        .clock("zhengzhou.hotline_reply", d(2025, 3, 3))
        .unwrap()
        .compute(&cal())
        .unwrap();
    assert_eq!(dl.due, d(2025, 3, 10));
    assert!(c.rules().windows(2).all(|w| w[0].id < w[1].id));
    // An addition with a national id, and the same new id twice.
    let mut clash = add.clone();
    clash["id"] = "dibao.total".into();
    add["id"] = "zhengzhou.x".into();
    let bad = overrides(serde_json::json!({
        "jurisdiction": "郑州市", "additions": [clash, add.clone(), add]
    }));
    assert_eq!(
        problems_of(cat().with_overrides(&bad)),
        vec![
            CatalogueProblem::DuplicateId {
                id: "dibao.total".into()
            },
            CatalogueProblem::DuplicateId {
                id: "zhengzhou.x".into()
            }
        ]
    );
}

#[test]
fn every_override_problem_is_reported_at_once() {
    let add = serde_json::to_value(rule("licensing.decision", Period::working_days(5))).unwrap();
    let o = overrides(serde_json::json!({
        "jurisdiction": " ",
        "overrides": [
            {"id": "dibao.total", "period": {"amount": 31, "unit": "working_days"}, "basis": local_basis()},
            {"id": "dibao.county_decision", "period": {"amount": 5, "unit": "natural_days"}, "basis": local_basis()},
            {"id": "nope", "period": {"amount": 1, "unit": "working_days"}, "basis": local_basis()},
            {"id": "tekun.township_review", "period": {"amount": 10, "unit": "working_days"}, "basis": local_basis()}
        ],
        "additions": [add]
    }));
    let problems = problems_of(cat().with_overrides(&o));
    assert_eq!(
        problems,
        vec![
            CatalogueProblem::MissingJurisdiction,
            CatalogueProblem::OverrideLonger {
                id: "dibao.total".into(),
                national: 30,
                local: 31
            },
            CatalogueProblem::OverrideUnitChanged {
                id: "dibao.county_decision".into()
            },
            CatalogueProblem::UnknownOverride { id: "nope".into() },
            CatalogueProblem::DuplicateId {
                id: "licensing.decision".into()
            },
        ]
    );
    let msg = DeadlineError::InvalidCatalogue { problems }.to_string();
    assert!(
        msg.contains("5 处问题") && msg.contains("5 problem(s)"),
        "{msg}"
    );
}

#[test]
fn override_json_is_parsed_and_malformed_json_reported() {
    let c = cat()
        .with_overrides_json(
            r#"{"jurisdiction": "郑州市", "overrides": [{"id": "dibao.total",
                "period": {"amount": 25, "unit": "working_days"},
                "basis": {"instrument": "某办法", "article": "第一条", "confidence": "v2"}}]}"#,
        )
        .unwrap();
    assert_eq!(
        c.get("dibao.total").unwrap().period(),
        Some(Period::working_days(25))
    );
    assert!(matches!(
        problems_of(cat().with_overrides_json("{\"jurisdiction\": 3}")).as_slice(),
        [CatalogueProblem::Json { .. }]
    ));
}

#[test]
fn overrides_serialise_back_to_the_same_overrides() {
    let o = overrides(serde_json::json!({"jurisdiction": "郑州市", "overrides": [
        {"id": "dibao.total", "period": {"amount": 25, "unit": "working_days"},
         "basis": local_basis(), "note": "市级规定"},
        {"id": "dibao.public_notice", "period": {"amount": 5, "unit": "natural_days"},
         "basis": local_basis()}]}));
    let text = serde_json::to_string(&o).unwrap();
    assert!(text.contains("\"amount\":25"), "{text}");
    let again: Overrides = serde_json::from_str(&text).unwrap();
    assert_eq!(again, o);
    assert_eq!(
        cat().with_overrides(&again).unwrap(),
        cat().with_overrides(&o).unwrap()
    );
}

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

/// disclosure.reply from Friday 2025-02-28 is due Friday 2025-03-28.
fn friday_due() -> Deadline {
    let dl = compute("disclosure.reply", d(2025, 2, 28));
    assert_eq!(dl.due, d(2025, 3, 28));
    dl
}

#[test]
fn status_before_the_start_counts_the_workdays_left_from_today() {
    let cal = cal();
    let dl = friday_due();
    let st = dl.status(&cal, d(2025, 2, 20), None, 3).unwrap();
    let left = cal
        .workdays_between(d(2025, 2, 20), d(2025, 3, 28))
        .unwrap();
    assert_eq!(left, 26);
    assert_eq!(
        st,
        Status::Running {
            workdays_left: left
        }
    );
}

#[test]
fn status_running_and_due_soon_depend_on_the_threshold() {
    let cal = cal();
    let dl = friday_due();
    assert_eq!(
        dl.status(&cal, d(2025, 2, 28), None, 3).unwrap(),
        Status::Running { workdays_left: 20 }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 25), None, 3).unwrap(),
        Status::DueSoon { workdays_left: 3 }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 24), None, 3).unwrap(),
        Status::Running { workdays_left: 4 }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 27), None, 0).unwrap(),
        Status::Running { workdays_left: 1 }
    );
}

#[test]
fn status_on_the_due_date_is_due_today() {
    let dl = friday_due();
    assert_eq!(
        dl.status(&cal(), d(2025, 3, 28), None, 3).unwrap(),
        Status::DueToday
    );
    assert_eq!(Status::DueToday.as_str(), "due_today");
}

#[test]
fn overdue_on_the_rest_days_right_after_the_due_date_counts_no_workday() {
    let cal = cal();
    let dl = friday_due();
    assert_eq!(
        dl.status(&cal, d(2025, 3, 29), None, 3).unwrap(),
        Status::Overdue {
            workdays: 0,
            days: 1
        }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 30), None, 3).unwrap(),
        Status::Overdue {
            workdays: 0,
            days: 2
        }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 31), None, 3).unwrap(),
        Status::Overdue {
            workdays: 1,
            days: 3
        }
    );
}

#[test]
fn an_answer_on_or_before_the_due_date_is_met() {
    let cal = cal();
    let dl = friday_due();
    assert_eq!(
        dl.status(&cal, d(2025, 5, 1), Some(d(2025, 3, 28)), 3)
            .unwrap(),
        Status::Met {
            answered: d(2025, 3, 28),
            workdays_to_spare: 0
        }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 3, 20), Some(d(2025, 3, 20)), 3)
            .unwrap(),
        Status::Met {
            answered: d(2025, 3, 20),
            workdays_to_spare: 6
        }
    );
    // Answered on the start day itself.
    assert_eq!(
        dl.status(&cal, d(2025, 3, 1), Some(d(2025, 2, 28)), 3)
            .unwrap(),
        Status::Met {
            answered: d(2025, 2, 28),
            workdays_to_spare: 20
        }
    );
}

#[test]
fn an_answer_after_the_due_date_is_met_late() {
    let cal = cal();
    let dl = friday_due();
    assert_eq!(
        dl.status(&cal, d(2025, 4, 1), Some(d(2025, 3, 31)), 3)
            .unwrap(),
        Status::MetLate {
            answered: d(2025, 3, 31),
            workdays_late: 1,
            days_late: 3
        }
    );
    assert_eq!(
        dl.status(&cal, d(2025, 4, 1), Some(d(2025, 3, 29)), 3)
            .unwrap(),
        Status::MetLate {
            answered: d(2025, 3, 29),
            workdays_late: 0,
            days_late: 1
        }
    );
}

#[test]
fn an_answer_before_the_start_is_an_error() {
    let e = friday_due()
        .status(&cal(), d(2025, 3, 10), Some(d(2025, 2, 27)), 3)
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::AnsweredBeforeStart {
            answered: d(2025, 2, 27),
            start: d(2025, 2, 28)
        }
    );
}

#[test]
fn an_answer_after_today_is_an_error() {
    let e = friday_due()
        .status(&cal(), d(2025, 3, 10), Some(d(2025, 3, 11)), 3)
        .unwrap_err();
    assert_eq!(
        e,
        DeadlineError::AnsweredAfterToday {
            answered: d(2025, 3, 11),
            today: d(2025, 3, 10)
        }
    );
}

#[test]
fn status_descriptions_are_bilingual() {
    for st in [
        Status::Running { workdays_left: 5 },
        Status::DueSoon { workdays_left: 1 },
        Status::DueToday,
        Status::Overdue {
            workdays: 0,
            days: 1,
        },
        Status::Met {
            answered: d(2025, 3, 3),
            workdays_to_spare: 2,
        },
        Status::MetLate {
            answered: d(2025, 3, 3),
            workdays_late: 1,
            days_late: 3,
        },
    ] {
        let s = st.describe();
        assert!(
            s.contains(" / ") && s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{s}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Warnings about the data
// ---------------------------------------------------------------------------------------------

#[test]
fn a_due_date_in_december_2026_is_revisable() {
    let revisable = Warning::Revisable {
        from: d(2026, 12, 1),
        missing_year: 2027,
    };
    // From 2026-11-20: due 2026-12-18.
    let dl = compute("disclosure.reply", d(2026, 11, 20));
    assert_eq!(dl.due, d(2026, 12, 18));
    assert!(dl.warnings.contains(&revisable), "{:?}", dl.warnings);
    // Due 2026-12-01 exactly: revisable; due 2026-11-30: not.
    assert_eq!(
        compute("disclosure.reply", d(2026, 11, 3)).due,
        d(2026, 12, 1)
    );
    assert!(compute("disclosure.reply", d(2026, 11, 3))
        .warnings
        .contains(&revisable));
    let nov = compute("disclosure.reply", d(2026, 11, 2));
    assert_eq!(nov.due, d(2026, 11, 30));
    assert!(nov.warnings.is_empty(), "{:?}", nov.warnings);
    assert!(revisable.message().contains("2027"));
}

#[test]
fn a_due_date_in_december_2026_is_no_longer_revisable_once_2027_is_loaded() {
    let mut cal = cal();
    cal.load_json(
        r#"{"years": {"2027": {"notice": "测试", "holidays": [
            {"name": "元旦", "days_off": ["2027-01-01", "2027-01-02", "2027-01-03"]}]}}}"#,
        crate::calendar::LoadMode::AddOnly,
    )
    .unwrap();
    let dl = cat()
        .clock("disclosure.reply", d(2026, 11, 20))
        .unwrap()
        .compute(&cal)
        .unwrap();
    assert!(
        !dl.warnings
            .iter()
            .any(|w| matches!(w, Warning::Revisable { .. })),
        "{:?}",
        dl.warnings
    );
}

#[test]
fn a_start_in_2027_is_an_error_strictly_and_provisional_on_request() {
    let cal = cal();
    let clock = cat().clock("disclosure.reply", d(2027, 3, 1)).unwrap();
    assert_eq!(
        clock.compute(&cal).unwrap_err(),
        DeadlineError::Calendar(CalendarError::YearNotCovered { year: 2027 })
    );
    let dl = clock.compute_provisional(&cal).unwrap();
    // Weekends only: 20 weekdays after Monday 2027-03-01.
    assert_eq!(dl.due, d(2027, 3, 29));
    assert!(dl.provisional);
    assert!(
        dl.warnings
            .contains(&Warning::Provisional { years: vec![2027] }),
        "{:?}",
        dl.warnings
    );
    assert!(!dl
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Revisable { .. })));
}

#[test]
fn a_period_running_into_2027_is_an_error_strictly_and_provisional_on_request() {
    let cal = cal();
    let clock = cat().clock("disclosure.reply", d(2026, 12, 15)).unwrap();
    assert_eq!(
        clock.compute(&cal).unwrap_err(),
        DeadlineError::Calendar(CalendarError::YearNotCovered { year: 2027 })
    );
    let dl = clock.compute_provisional(&cal).unwrap();
    assert!(dl.provisional);
    assert_eq!(dl.due.year(), 2027);
    assert!(dl
        .warnings
        .contains(&Warning::Provisional { years: vec![2027] }));
    assert!(dl.status(&cal, d(2026, 12, 20), None, 3).is_ok());
    // Provisional mode does not flag a period that stays in covered years.
    let dl = cat()
        .clock("disclosure.reply", d(2025, 3, 3))
        .unwrap()
        .compute_provisional(&cal)
        .unwrap();
    assert!(!dl.provisional);
    assert!(!dl
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Provisional { .. })));
}

#[test]
fn deadline_error_messages_are_bilingual() {
    let x = d(2025, 3, 3);
    let errors = [
        DeadlineError::UnknownPeriod {
            id: "a".into(),
            suggestions: vec!["b".into()],
        },
        DeadlineError::Calendar(CalendarError::YearNotCovered { year: 2027 }),
        DeadlineError::SuspensionReversed { from: x, to: x },
        DeadlineError::ExtensionNotAllowed { rule: "a".into() },
        DeadlineError::TooManyExtensions {
            rule: "a".into(),
            max: 1,
        },
        DeadlineError::ExtensionTooLong {
            rule: "a".into(),
            requested: 2,
            max: 1,
        },
        DeadlineError::ZeroExtension,
        DeadlineError::ExtensionAfterExpiry { granted: x, due: x },
        DeadlineError::ExtensionBeforeStart {
            granted: x,
            start: x,
        },
        DeadlineError::AnsweredBeforeStart {
            answered: x,
            start: x,
        },
        DeadlineError::AnsweredAfterToday {
            answered: x,
            today: x,
        },
        DeadlineError::NotApplicable {
            rule: "a".into(),
            what: "中止".into(),
            what_en: "suspensions".into(),
        },
        DeadlineError::OutOfRange {
            detail: crate::text::Bilingual::same("x"),
        },
        DeadlineError::InvalidCatalogue {
            problems: vec![CatalogueProblem::MissingJurisdiction],
        },
    ];
    for e in errors {
        let s = e.to_string();
        let (zh, en) = s.split_once(" / ").unwrap_or_else(|| panic!("{s}"));
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{s}"
        );
        assert!(
            en.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 4),
            "{s}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Suspensions meeting roll-forwards, month periods and extensions
// ---------------------------------------------------------------------------------------------

#[test]
fn overlapping_suspensions_of_a_month_period_count_each_day_once() {
    let cal = cal();
    // 2025-01-31 + 1 month = 2025-02-28; the union 02-10..02-15 is 6 days: 03-06 (a Thursday).
    let union = months(1, d(2025, 1, 31))
        .suspend(d(2025, 2, 10), d(2025, 2, 15), "鉴定")
        .compute(&cal)
        .unwrap();
    assert_eq!(union.due, d(2025, 3, 6));
    let overlapping = months(1, d(2025, 1, 31))
        .suspend(d(2025, 2, 10), d(2025, 2, 12), "鉴定")
        .suspend(d(2025, 2, 11), d(2025, 2, 15), "补充鉴定")
        .compute(&cal)
        .unwrap();
    assert_eq!(overlapping.due, union.due);
    let nested = months(1, d(2025, 1, 31))
        .suspend(d(2025, 2, 10), d(2025, 2, 15), "鉴定")
        .suspend(d(2025, 2, 12), d(2025, 2, 13), "补充鉴定")
        .compute(&cal)
        .unwrap();
    assert_eq!(nested.due, union.due);
    // Each suspended day is listed once.
    let suspended = skipped_days(&overlapping)
        .into_values()
        .filter(|r| matches!(r, SkipReason::Suspended { .. }))
        .count();
    assert_eq!(suspended, 6);
    let not_counted: u32 = overlapping
        .explanation
        .steps
        .iter()
        .filter_map(|s| match s {
            ExplanationStep::Suspended { not_counted, .. } => Some(*not_counted),
            _ => None,
        })
        .sum();
    assert_eq!(not_counted, 6);
}

#[test]
fn a_suspension_after_the_original_due_date_counts_within_a_timely_extension() {
    let cal = cal();
    // disclosure.reply from 2024-09-20 is due 10-23; extended on 10-23 by 20 workdays: 11-20.
    // A consultation from 10-24 begins before the due date then in force, so it is not counted.
    let dl = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .extend(20, "负责人", d(2024, 10, 23))
        .suspend(d(2024, 10, 24), d(2024, 10, 25), "征求第三方意见")
        .compute(&cal)
        .unwrap();
    assert_eq!(dl.original_due, d(2024, 10, 23));
    assert_eq!(dl.due, cal.add_workdays(d(2024, 11, 20), 2).unwrap());
    check_working_day_explanation(
        &cal,
        &dl,
        40,
        &[(d(2024, 10, 24), d(2024, 10, 25), "征求第三方意见")],
    );
    // The explanation must not also say that this suspension had no effect.
    assert!(
        !dl.explanation
            .steps
            .iter()
            .any(|s| matches!(s, ExplanationStep::SuspensionIgnored { .. })),
        "{:#?}",
        dl.explanation.steps
    );
}

#[test]
fn a_suspension_after_the_extended_due_date_is_reported_ignored_once() {
    let dl = cat()
        .clock("disclosure.reply", d(2024, 9, 20))
        .unwrap()
        .extend(20, "负责人", d(2024, 10, 23))
        .suspend(d(2024, 11, 25), d(2024, 11, 26), "征求第三方意见")
        .compute(&cal())
        .unwrap();
    assert_eq!(dl.due, d(2024, 11, 20));
    let ignored: Vec<&ExplanationStep> = dl
        .explanation
        .steps
        .iter()
        .filter(|s| matches!(s, ExplanationStep::SuspensionIgnored { .. }))
        .collect();
    assert_eq!(
        ignored,
        vec![&ExplanationStep::SuspensionIgnored {
            from: d(2024, 11, 25),
            to: d(2024, 11, 26),
            reason: "征求第三方意见".into(),
            due: d(2024, 11, 20)
        }]
    );
}

#[test]
fn a_suspension_beginning_on_a_rolled_forward_due_date_counts() {
    let cal = cal();
    // dibao.public_notice from 2025-03-01: day 7 is Saturday 03-08, so the due date in force
    // is Monday 03-10. A suspension beginning on that day began "on or before the due date as
    // it stood", as it would for a working-day period.
    let plain = compute("dibao.public_notice", d(2025, 3, 1));
    assert_eq!(plain.due, d(2025, 3, 10));
    let dl = cat()
        .clock("dibao.public_notice", d(2025, 3, 1))
        .unwrap()
        .suspend(d(2025, 3, 10), d(2025, 3, 11), "异议复核")
        .compute(&cal)
        .unwrap();
    // The last day is given back after the suspension: the first workday after 03-11.
    assert_eq!(dl.due, d(2025, 3, 12), "{:#?}", dl.explanation.steps);
    assert!(!dl
        .explanation
        .steps
        .iter()
        .any(|s| matches!(s, ExplanationStep::SuspensionIgnored { .. })));
}

#[test]
fn overriding_one_id_twice_in_one_file_is_rejected() {
    let o: Overrides = serde_json::from_value(serde_json::json!({
        "jurisdiction": "示例市",
        "overrides": [
            {"id": "dibao.total", "period": {"amount": 25, "unit": "working_days"},
             "basis": {"instrument": "示例市办法", "article": "第一条", "confidence": "v2"}},
            {"id": "dibao.total", "period": {"amount": 20, "unit": "working_days"},
             "basis": {"instrument": "示例市办法", "article": "第二条", "confidence": "v2"}}
        ]
    }))
    .unwrap();
    let err = cat().with_overrides(&o).unwrap_err();
    let DeadlineError::InvalidCatalogue { problems } = err else {
        panic!("{err:?}")
    };
    assert_eq!(
        problems,
        vec![CatalogueProblem::DuplicateId {
            id: "dibao.total".into()
        }]
    );
}

#[test]
fn a_december_before_a_gap_year_warns_that_it_may_change() {
    let mut cal = Calendar::china();
    cal.load_json(
        r#"{"years": {"2028": {"notice": "示例〔2027〕1号", "holidays": [
            {"name": "元旦", "days_off": ["2028-01-01"], "makeup_workdays": []}]}}}"#,
        crate::calendar::LoadMode::AddOnly,
    )
    .unwrap();
    let dl = cat()
        .clock("disclosure.reply", d(2026, 11, 20))
        .unwrap()
        .compute(&cal)
        .unwrap();
    assert!(dl.warnings.contains(&Warning::Revisable {
        from: d(2026, 12, 1),
        missing_year: 2027
    }));
    // A deadline well before December carries no such warning.
    let early = cat()
        .clock("disclosure.reply", d(2026, 3, 2))
        .unwrap()
        .compute(&cal)
        .unwrap();
    assert!(!early
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Revisable { .. })));
}
