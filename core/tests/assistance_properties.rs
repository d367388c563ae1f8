//! Properties of social-assistance cases: the synthetic year replays, no event sequence makes a
//! due date earlier than the law allows, a refused event changes nothing, figures merge
//! associatively and roll up.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Days, NaiveDate};
use minzheng::assistance::{
    replay_all, supervise, synth::sample_year, AssistanceCategory, AssistanceEvent,
    AssistanceEventKind as K, Figures, Level, Procedure, ProcedureStep, Recipient,
};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use minzheng::eligibility::Programme;
use proptest::prelude::*;
use std::sync::OnceLock;

fn cal() -> &'static Calendar {
    static C: OnceLock<Calendar> = OnceLock::new();
    C.get_or_init(Calendar::china)
}

fn cat() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(Catalogue::national)
}

#[test]
fn the_synthetic_year_replays_across_every_programme() {
    let p = Procedure::new(cal(), cat());
    let events = sample_year(cal(), 2025, 2025, 2500);
    let cases: Vec<_> = replay_all(&p, events)
        .into_iter()
        .map(|c| c.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(cases.len(), 2500);
    for prog in [
        Programme::Dibao,
        Programme::Tekun,
        Programme::TemporaryAssistance,
        Programme::LivingSubsidy,
        Programme::NursingSubsidy,
        Programme::Orphan,
        Programme::DeFactoChild,
    ] {
        assert!(
            cases.iter().filter(|c| c.programme == prog).count() >= 40,
            "{prog:?}"
        );
    }
    let rows = supervise(
        &p,
        &cases,
        NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        3,
    )
    .unwrap();
    assert!(rows
        .iter()
        .any(|r| r.watch.is_some_and(|w| w.as_str() == "overdue")));
    assert!(cases
        .iter()
        .any(|c| c.staff_relative && c.decided.is_some()));
}

fn kind(i: u8, amount: i64) -> K {
    let two = || vec!["甲".to_owned(), "乙".to_owned()];
    match i % 16 {
        0 => K::Accepted {},
        1 => K::CorrectionRequested {
            missing: vec!["户口簿".into()],
        },
        2 => K::Corrected {},
        3 => K::InvestigationStarted {},
        4 => K::MatchingRequested {},
        5 => K::MatchingAnswered {},
        6 => K::HomeVisit {
            investigators: two(),
        },
        7 => K::TownshipOpinion {
            favourable: amount % 2 == 0,
        },
        8 => K::Posted {},
        9 => K::Objection {
            summary: String::new(),
        },
        10 => K::SubmittedToCounty {},
        11 => K::Extended {
            reason: "异地核实".into(),
        },
        12 => K::Approved { amount_fen: amount },
        13 => K::Refused {
            reasons: vec!["收入超过标准".into()],
        },
        14 => K::RefusalNotified {},
        _ => K::Rechecked {
            half_yearly: amount % 3 == 0,
        },
    }
}

fn programme(i: u8) -> Programme {
    [
        Programme::Dibao,
        Programme::Tekun,
        Programme::DeFactoChild,
        Programme::TemporaryAssistance,
        Programme::Orphan,
    ][usize::from(i % 5)]
}

/// The national period of a step for a programme, in working days.
fn national(p: Programme, s: ProcedureStep, extended: bool) -> Option<i64> {
    Some(match (p, s) {
        (
            Programme::Dibao,
            ProcedureStep::InvestigationStart
            | ProcedureStep::Matching
            | ProcedureStep::RefusalNotice,
        ) => 3,
        (Programme::Dibao, ProcedureStep::CountyDecision) => 10,
        (Programme::Dibao, ProcedureStep::Whole) => {
            if extended {
                45
            } else {
                30
            }
        }
        (Programme::Tekun, ProcedureStep::RefusalNotice) => 3,
        (Programme::Tekun | Programme::DeFactoChild, _) => 15,
        _ => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_event_sequence_makes_a_due_date_earlier_than_the_law_allows(
        prog in any::<u8>(),
        start in 0u64..280,
        steps in prop::collection::vec((any::<u8>(), 0u64..6, 1i64..200_000), 1..40),
    ) {
        let p = Procedure::new(cal(), cat());
        let programme = programme(prog);
        let mut date = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap().checked_add_days(Days::new(start)).unwrap();
        let received = date;
        let first = AssistanceEvent::new("P", date, K::Received {
            programme, applicant: "甲".into(), township: "城关镇".into(), village: "东街".into(),
            division: "410102".into(), household_size: 2, staff_relative: prog % 7 == 0, category: None,
        });
        let mut case = p.replay(std::slice::from_ref(&first)).unwrap();
        for (k, gap, amount) in steps {
            date = date.checked_add_days(Days::new(gap)).unwrap();
            let before = case.clone();
            if p.apply(&mut case, &AssistanceEvent::new("P", date, kind(k, amount))).is_err() {
                prop_assert_eq!(&case, &before, "a refused event changed the case");
            }
        }
        for t in p.timings(&case).unwrap() {
            if t.step == ProcedureStep::Recheck {
                // The office's cycle: at least six months after approval or the last check.
                prop_assert!(t.due >= t.start.checked_add_months(chrono::Months::new(6)).unwrap());
                continue;
            }
            let n = national(programme, t.step, case.extended.is_some())
                .unwrap_or_else(|| panic!("{programme:?} has no {:?}", t.step));
            let floor = cal().add_workdays(t.start, n).unwrap();
            prop_assert!(t.due >= floor, "{:?}: due {} before {} + {} WD", t.step, t.due, t.start, n);
            // Clocks never start before the law's start event.
            prop_assert!(t.start >= received);
            if matches!(t.step, ProcedureStep::Whole | ProcedureStep::InvestigationStart) {
                prop_assert_eq!(Some(t.start), case.accepted_on);
            }
            if programme == Programme::DeFactoChild && t.step == ProcedureStep::TownshipReview {
                prop_assert_eq!(t.start, received, "from receipt, 收到申请之日");
            }
        }
    }

    #[test]
    fn figures_merge_associatively_and_roll_up_through_the_merge(
        rows in prop::collection::vec((0usize..6, 1u32..=3, 0usize..9, 1u32..6, 0i64..500_000), 0..60),
        cut1 in 0usize..60,
        cut2 in 0usize..60,
    ) {
        let divisions = ["410102", "410103", "410205", "420102", "410102", "110105"];
        let recs: Vec<Recipient> = rows.iter().map(|(d, m, c, p, a)| Recipient {
            division: divisions[*d].into(), month: format!("2025-{m:02}"),
            category: AssistanceCategory::ALL[*c], persons: *p, amount_fen: *a,
        }).collect();
        let (i, j) = (cut1.min(recs.len()), cut2.min(recs.len()));
        let (i, j) = (i.min(j), i.max(j));
        let part = |r: &[Recipient]| {
            let mut f = Figures::new();
            for x in r { f.add(x).unwrap(); }
            f
        };
        let (a, b, c) = (part(&recs[..i]), part(&recs[i..j]), part(&recs[j..]));
        let whole = part(&recs);
        let left = a.clone().merge(&b).merge(&c);
        let right = a.clone().merge(&b.clone().merge(&c));
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&left, &whole);
        prop_assert_eq!(&c.clone().merge(&a).merge(&b), &whole);
        for level in [Level::City, Level::Province] {
            let up = a.roll_up(level).merge(&b.roll_up(level)).merge(&c.roll_up(level));
            prop_assert_eq!(&up, &whole.roll_up(level));
            prop_assert_eq!(up.totals(), whole.totals());
        }
    }
}

#[test]
fn bad_recipients_are_refused_and_nothing_is_added() {
    let mut f = Figures::new();
    for (d, m, a) in [
        ("41010", "2025-01", 1),
        ("410102", "2025-13", 1),
        ("410102", "2025-1", 1),
        ("410102", "2025-01", -1),
    ] {
        let r = Recipient {
            division: d.into(),
            month: m.into(),
            category: AssistanceCategory::Orphan,
            persons: 1,
            amount_fen: a,
        };
        assert_eq!(f.add(&r).unwrap_err().code(), "bad_input", "{d} {m} {a}");
    }
    assert_eq!(f, Figures::new());
    f.add(&Recipient {
        division: "410102".into(),
        month: "2025-01".into(),
        category: AssistanceCategory::DibaoRural,
        persons: 3,
        amount_fen: 90_000,
    })
    .unwrap();
    let up = f.roll_up(Level::Province);
    let rows: Vec<_> = up.rows().collect();
    assert_eq!(rows[0].0, "410000");
    assert!(f.to_csv().contains("410102,2025-01,农村低保,1,3,900.00"));
    assert!(f.to_html("示例").contains("<svg"));
}
