//! Properties of the disclosure module: replaying request logs is deterministic and total on
//! valid logs, refused events never change a case, the annual report always adds up, and the
//! log parser never panics.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Datelike, Days, NaiveDate};
use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use minzheng::disclosure::synth::synthetic_year;
use minzheng::disclosure::{
    group_by_case, parse_log, AnnualReport, Applicant, CaseSummary, Consultee, DisclosureError,
    Event, EventKind, ExemptionGround, ReceiptChannel, Replayer, ReplyType, ReportInput,
    RequestCase,
};
use minzheng::EventError;
use proptest::prelude::*;
use std::sync::OnceLock;

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::china)
}

fn periods() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(Catalogue::national)
}

fn replayer() -> Replayer<'static> {
    Replayer::new(cal(), periods())
}

fn year_end(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap()
}

/// Synthetic cases of 2025 (with carry-over from 2024), replayed once.
fn cases_2025() -> &'static Vec<RequestCase> {
    static CASES: OnceLock<Vec<RequestCase>> = OnceLock::new();
    CASES.get_or_init(|| {
        let r = replayer();
        group_by_case(synthetic_year(cal(), 11, 2025, 240))
            .iter()
            .map(|(_, evs)| r.replay(evs).unwrap())
            .collect()
    })
}

fn input() -> ReportInput {
    ReportInput {
        office: "示例市民政局".into(),
        overview: String::new(),
        proactive: Default::default(),
        review: Default::default(),
        problems: String::new(),
        other_matters: String::new(),
    }
}

/// One event of every kind, with a random payload, dated `date`.
fn any_event(case: String, date: NaiveDate, pick: u8, n: u32) -> Event {
    let later = date.checked_add_days(Days::new(u64::from(n % 20))).unwrap();
    let party = if n % 2 == 0 {
        Consultee::ThirdParty
    } else {
        Consultee::OtherAgency
    };
    let kind = match pick % 12 {
        0 => EventKind::Received {
            channel: ReceiptChannel::ALL[(n % 5) as usize],
            applicant: Applicant::ALL[(n % 6) as usize],
            confirmed: None,
            subject: None,
        },
        1 => EventKind::CorrectionRequested {
            items: if n % 3 == 0 {
                vec![]
            } else {
                vec!["名称".into()]
            },
            until: later,
        },
        2 => EventKind::Corrected {},
        3 => EventKind::DeemedAbandoned {},
        4 => EventKind::ConsultationSent {
            party,
            to: String::new(),
        },
        5 => EventKind::ConsultationAnswered {
            party: if n % 3 == 0 { None } else { Some(party) },
            to: String::new(),
        },
        6 => EventKind::ExtensionApproved {
            amount: n % 25,
            approved_by: if n % 4 == 0 {
                String::new()
            } else {
                "负责人".into()
            },
            applicant_notified: None,
        },
        7 => EventKind::FeeNotice {
            amount_fen: i64::from(n % 7) - 2,
            basis: String::new(),
            pay_by: later,
        },
        8 => EventKind::FeePaid {},
        9 => EventKind::FeeLapsed {},
        10 => EventKind::Answered {
            reply: ReplyType::all()[(n as usize) % ReplyType::all().len()],
            grounds: String::new(),
        },
        _ => EventKind::Withdrawn {},
    };
    Event { case, date, kind }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Replaying the same log twice gives the same case and the same report.
    #[test]
    fn replay_is_deterministic(seed in any::<u64>(), year in 2005i32..=2025, count in 1usize..12) {
        let r = replayer();
        for (id, evs) in group_by_case(synthetic_year(cal(), seed, year, count)) {
            let a = r.replay(&evs).unwrap_or_else(|e| panic!("{id}: {e}"));
            let b = r.replay(&evs).unwrap();
            prop_assert_eq!(&a, &b);
            let today = year_end(year);
            prop_assert_eq!(r.report(&a, today).unwrap(), r.report(&b, today).unwrap());
        }
    }

    /// Every prefix of a valid log is itself valid (a log can be replayed as it grows), and its
    /// report can be computed on the day of its last event.
    #[test]
    fn every_prefix_of_a_valid_log_replays(seed in any::<u64>(), year in 2005i32..=2025, count in 1usize..8) {
        let r = replayer();
        for (id, evs) in group_by_case(synthetic_year(cal(), seed, year, count)) {
            for n in 1..=evs.len() {
                let case = r.replay(&evs[..n]).unwrap_or_else(|e| panic!("{id} prefix {n}: {e}"));
                prop_assert_eq!(case.events, n);
                let last = evs[n - 1].date;
                r.report(&case, last).unwrap_or_else(|e| panic!("{id} prefix {n}: {e}"));
            }
        }
    }

    /// A log shipped twice (appended to itself) replays to the same case: the repeats are
    /// ignored and counted.
    #[test]
    fn a_log_shipped_twice_replays_to_the_same_case(seed in any::<u64>(), count in 1usize..8) {
        let r = replayer();
        for (_, evs) in group_by_case(synthetic_year(cal(), seed, 2025, count)) {
            let once = r.replay(&evs).unwrap();
            let doubled: Vec<Event> = evs.iter().chain(evs.iter()).cloned().collect();
            let mut twice = r.replay(&doubled).unwrap();
            prop_assert_eq!(twice.duplicates_ignored, evs.len());
            prop_assert_eq!(twice.events, once.events);
            twice.duplicates_ignored = 0;
            prop_assert_eq!(twice, once);
        }
    }

    /// An event that is refused (for any reason) leaves the case exactly as it was.
    #[test]
    fn a_refused_event_never_changes_the_case(
        seed in any::<u64>(),
        which in 0usize..10,
        cut in 1usize..6,
        pick in any::<u8>(),
        n in any::<u32>(),
        offset in -10i64..40,
    ) {
        let r = replayer();
        let groups = group_by_case(synthetic_year(cal(), seed, 2025, 10));
        let (id, evs) = &groups[which % groups.len()];
        let prefix = &evs[..cut.min(evs.len())];
        let mut case = r.replay(prefix).unwrap();
        let last = prefix.last().unwrap().date;
        let date = if offset < 0 {
            last.checked_sub_days(Days::new(offset.unsigned_abs())).unwrap()
        } else {
            last.checked_add_days(Days::new(offset.unsigned_abs())).unwrap()
        };
        let e = any_event(id.clone(), date, pick, n);
        let before = case.clone();
        match r.apply(&mut case, &e) {
            Ok(()) => {
                prop_assert!(case.events == before.events + 1 || case.duplicates_ignored == before.duplicates_ignored + 1);
                // What the replayer accepts, it can report on.
                let report = r.report(&case, e.date);
                prop_assert!(report.is_ok(), "accepted {:?} after {:?} but cannot report: {:?}", e.kind, prefix.iter().map(|e| (e.date, e.kind.name())).collect::<Vec<_>>(), report);
            }
            Err(err) => {
                prop_assert_eq!(&case, &before, "refused {:?}: {}", e.kind, err);
                if offset < 0 {
                    let is_out_of_order = matches!(err, DisclosureError::Event(EventError::OutOfOrder { .. }));
                    prop_assert!(is_out_of_order, "{}", err);
                }
            }
        }
    }

    /// The report adds up for any subset of cases and any year, and counts what it should.
    #[test]
    fn report_invariants_hold_for_random_subsets_and_years(
        mask in proptest::collection::vec(any::<bool>(), 240),
        year in 2023i32..=2027,
    ) {
        let cases: Vec<&RequestCase> = cases_2025().iter().zip(&mask).filter(|(_, m)| **m).map(|(c, _)| c).collect();
        let rep = AnnualReport::build(year, input(), cases.iter().map(|c| CaseSummary::from(*c))).unwrap();
        prop_assert!(rep.verify().is_ok());
        let s = &rep.requests;
        let received = cases.iter().filter(|c| c.receipt.year() == year).count() as u64;
        let closed = cases.iter().filter(|c| c.closure.is_some_and(|(d, _)| d.year() == year)).count() as u64;
        let open_at_end = cases
            .iter()
            .filter(|c| c.receipt.year() <= year && c.closure.is_none_or(|(d, _)| d.year() > year))
            .count() as u64;
        prop_assert_eq!(s.received.total, received);
        prop_assert_eq!(s.outcomes_total.total, closed);
        prop_assert_eq!(s.carried_forward.total, open_at_end);
        prop_assert_eq!(s.outcomes.len(), ReplyType::all().len());
        // Next year's carry-over is this year's carry-forward.
        let next = AnnualReport::build(year + 1, input(), cases.iter().map(|c| CaseSummary::from(*c))).unwrap();
        prop_assert_eq!(next.requests.carried_over, s.carried_forward);
    }

    /// Random JSON-ish lines never make the parser panic; errors name a line that exists.
    #[test]
    fn parse_log_never_panics_on_garbage(lines in proptest::collection::vec(
        prop_oneof![
            "[{}\\[\\]\":,a-z0-9_ \\-]{0,80}",
            Just(r#"{"case": "A", "date": "2025-03-03", "type": "received", "channel": "in_person", "applicant": "natural_person"}"#.to_owned()),
            Just(r#"{"case": "A", "date": "2025-03-04", "type": "answered", "reply": {"reply": "not_disclosed", "ground": "state_secret"}}"#.to_owned()),
            (0usize..120, "[{}\\[\\]\":,a-z0-9]{0,3}").prop_map(|(at, junk)| {
                let mut s = r#"{"case": "A", "date": "2025-03-05", "type": "fee_notice", "amount_fen": 100, "pay_by": "2025-03-20"}"#.to_owned();
                let at = at.min(s.len());
                s.insert_str(at, &junk);
                s
            }),
        ],
        0..8,
    )) {
        let text = lines.join("\n");
        match parse_log(&text) {
            Ok(events) => prop_assert!(events.len() <= lines.len()),
            Err(DisclosureError::Event(EventError::BadEvent { line, message })) => {
                prop_assert!(line >= 1 && line <= lines.len(), "line {} of {}", line, lines.len());
                prop_assert!(!lines[line - 1].trim().is_empty());
                prop_assert!(!message.is_empty());
            }
            Err(e) => prop_assert!(false, "unexpected error {:?}", e),
        }
    }
}

#[test]
fn the_ground_enum_round_trips_in_events() {
    // Guards the garbage test's second literal: it must be a valid line.
    let e = parse_log(r#"{"case": "A", "date": "2025-03-04", "type": "answered", "reply": {"reply": "not_disclosed", "ground": "state_secret"}}"#).unwrap();
    assert!(matches!(
        e[0].kind,
        EventKind::Answered {
            reply: ReplyType::NotDisclosed(ExemptionGround::StateSecret),
            ..
        }
    ));
}
