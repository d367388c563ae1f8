use super::*;
use crate::calendar::Calendar;
use crate::deadline::{Catalogue, DeadlineError, Status};
use crate::EventError;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Runs `f` with a replayer on the official calendar and the national periods.
fn with<R>(f: impl FnOnce(&Replayer<'_>) -> R) -> R {
    let (cal, periods) = (Calendar::china(), Catalogue::national());
    f(&Replayer::new(&cal, &periods))
}

const C: &str = "T-1";

fn ev(date: NaiveDate, kind: EventKind) -> Event {
    Event {
        case: C.to_owned(),
        date,
        kind,
    }
}

fn received(date: NaiveDate) -> Event {
    received_by(date, ReceiptChannel::InPerson, None)
}

fn received_by(date: NaiveDate, channel: ReceiptChannel, confirmed: Option<NaiveDate>) -> Event {
    ev(
        date,
        EventKind::Received {
            channel,
            applicant: Applicant::NaturalPerson,
            confirmed,
            subject: None,
        },
    )
}

fn correction(date: NaiveDate, until: NaiveDate) -> Event {
    ev(
        date,
        EventKind::CorrectionRequested {
            items: vec!["所需信息的名称".into(), "获取方式".into()],
            until,
        },
    )
}

fn consult(date: NaiveDate, party: Consultee) -> Event {
    ev(
        date,
        EventKind::ConsultationSent {
            party,
            to: String::new(),
        },
    )
}

fn consult_to(date: NaiveDate, party: Consultee, to: &str) -> Event {
    ev(
        date,
        EventKind::ConsultationSent {
            party,
            to: to.to_owned(),
        },
    )
}

fn answer_consult(date: NaiveDate, party: Option<Consultee>) -> Event {
    ev(
        date,
        EventKind::ConsultationAnswered {
            party,
            to: String::new(),
        },
    )
}

fn answer_consult_from(date: NaiveDate, party: Consultee, to: &str) -> Event {
    ev(
        date,
        EventKind::ConsultationAnswered {
            party: Some(party),
            to: to.to_owned(),
        },
    )
}

fn extension(date: NaiveDate, amount: u32, by: &str, notified: Option<NaiveDate>) -> Event {
    ev(
        date,
        EventKind::ExtensionApproved {
            amount,
            approved_by: by.to_owned(),
            applicant_notified: notified,
        },
    )
}

fn fee(date: NaiveDate, amount_fen: i64, pay_by: NaiveDate) -> Event {
    ev(
        date,
        EventKind::FeeNotice {
            amount_fen,
            basis: String::new(),
            pay_by,
        },
    )
}

fn answered(date: NaiveDate, reply: ReplyType) -> Event {
    ev(
        date,
        EventKind::Answered {
            reply,
            grounds: String::new(),
        },
    )
}

fn simple(date: NaiveDate, kind: EventKind) -> Event {
    ev(date, kind)
}

fn codes(notes: &[CaseNote]) -> Vec<&'static str> {
    notes.iter().map(|n| n.code).collect()
}

/// Applies `e` and asserts it is refused as `EventRefused` naming `state` and the event, with
/// the case unchanged.
fn assert_refused(r: &Replayer<'_>, case: &mut RequestCase, e: &Event, state: CaseState) -> String {
    let before = case.clone();
    let err = r.apply(case, e).unwrap_err();
    assert_eq!(
        *case, before,
        "a refused event must leave the case unchanged: {e:?}"
    );
    match &err {
        DisclosureError::Event(EventError::Refused {
            state: s,
            event,
            case: id,
            why,
            ..
        }) => {
            assert_eq!(
                (s.zh.as_str(), s.en.as_str()),
                (state.zh(), state.en()),
                "{e:?}"
            );
            assert_eq!(*event, e.kind.name());
            assert_eq!(id, C);
            assert!(
                !why.zh.is_empty() && !why.en.is_empty() && why.zh != why.en,
                "a reason in each language: {why}"
            );
        }
        other => panic!("expected EventRefused for {e:?}, got {other:?}"),
    }
    assert_eq!(err.code(), "event_refused");
    err.to_string()
}

// ---------------------------------------------------------------------------------------------
// Receipt date by channel (第三十一条)
// ---------------------------------------------------------------------------------------------

#[test]
fn receipt_in_person_is_the_day_handed_in() {
    with(|r| {
        let c = r.start(&received(d(2025, 9, 26))).unwrap();
        assert_eq!(
            (c.arrived, c.receipt, c.clock_start),
            (d(2025, 9, 26), d(2025, 9, 26), d(2025, 9, 26))
        );
        assert_eq!(c.state, CaseState::Open);
        assert!(c.notes.is_empty());
    });
}

#[test]
fn receipt_by_signed_mail_is_the_day_of_signing() {
    with(|r| {
        let c = r
            .start(&received_by(
                d(2025, 3, 3),
                ReceiptChannel::SignedMail,
                Some(d(2025, 3, 5)),
            ))
            .unwrap();
        assert_eq!(c.receipt, d(2025, 3, 5));
        assert_eq!(c.clock_start, d(2025, 3, 5));
        assert!(c.notes.is_empty());
    });
}

#[test]
fn receipt_by_ordinary_letter_confirmed_same_day_has_no_note() {
    with(|r| {
        let c = r
            .start(&received_by(
                d(2025, 3, 3),
                ReceiptChannel::OrdinaryLetter,
                Some(d(2025, 3, 3)),
            ))
            .unwrap();
        assert_eq!(c.receipt, d(2025, 3, 3));
        assert!(c.notes.is_empty());
    });
}

#[test]
fn ordinary_letter_confirmed_late_counts_from_arrival_with_rq001() {
    with(|r| {
        let c = r
            .start(&received_by(
                d(2025, 3, 3),
                ReceiptChannel::OrdinaryLetter,
                Some(d(2025, 3, 4)),
            ))
            .unwrap();
        assert_eq!(
            c.receipt,
            d(2025, 3, 3),
            "a late confirmation cannot push the receipt back"
        );
        assert_eq!(codes(&c.notes), ["RQ001"]);
        assert!(c.notes[0].zh.contains("2025-03-04"));
        assert!(c.notes[0].en.contains("2025-03-03"));
        assert!(c.notes[0].basis.article.contains("第三十一条"));
    });
}

#[test]
fn online_and_fax_count_from_the_confirmation() {
    with(|r| {
        for ch in [ReceiptChannel::Online, ReceiptChannel::Fax] {
            let c = r
                .start(&received_by(d(2025, 3, 3), ch, Some(d(2025, 3, 5))))
                .unwrap();
            assert_eq!(c.receipt, d(2025, 3, 5), "{ch:?}");
            assert!(c.notes.is_empty());
            let c = r.start(&received_by(d(2025, 3, 3), ch, None)).unwrap();
            assert_eq!(
                c.receipt,
                d(2025, 3, 3),
                "{ch:?} without confirmation: arrival"
            );
            assert_eq!(codes(&c.notes), ["RQ001"]);
        }
    });
}

#[test]
fn reply_due_20_workdays_after_receipt_across_national_day() {
    with(|r| {
        // 2025-09-26 (Fri): 09-28, 09-29, 09-30, [10-01..10-08], 10-09, 10-10, 10-11 (Sat, make-up),
        // 10-13..17, 10-20..24, 10-27..30 → the 20th working day is 10-30.
        let c = r.replay(&[received(d(2025, 9, 26))]).unwrap();
        let rep = r.report(&c, d(2025, 10, 20)).unwrap();
        assert_eq!(rep.deadline.unwrap().due, d(2025, 10, 30));
        // 2024-09-27 (Fri): 09-29 (Sun, make-up), 09-30, [10-01..10-07], 10-08..11, 10-12 (Sat),
        // 10-14..18, 10-21..25, 10-28..30 → 2024-10-30.
        let c = r.replay(&[received(d(2024, 9, 27))]).unwrap();
        let rep = r.report(&c, d(2024, 10, 8)).unwrap();
        assert_eq!(rep.deadline.unwrap().due, d(2024, 10, 30));
        assert!(matches!(rep.status, Some(Status::Running { .. })));
    });
}

// ---------------------------------------------------------------------------------------------
// Correction (第三十条)
// ---------------------------------------------------------------------------------------------

#[test]
fn correction_restarts_the_reply_period_from_the_corrected_request() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 20)),
            ])
            .unwrap();
        assert_eq!(c.state, CaseState::AwaitingCorrection);
        let rep = r.report(&c, d(2025, 3, 10)).unwrap();
        assert_eq!(
            rep.deadline, None,
            "no reply due while the correction is awaited"
        );
        assert_eq!(rep.status, None);
        assert_eq!(rep.correction_until, Some(d(2025, 3, 20)));
        r.apply(&mut c, &simple(d(2025, 3, 12), EventKind::Corrected {}))
            .unwrap();
        assert_eq!(c.state, CaseState::Open);
        assert_eq!(c.clock_start, d(2025, 3, 12));
        assert_eq!(
            c.receipt,
            d(2025, 3, 3),
            "the receipt date itself does not move"
        );
        let rep = r.report(&c, d(2025, 3, 20)).unwrap();
        assert_eq!(rep.correction_until, None);
        // 20 working days after 03-12 (清明 04-04..06): 2025-04-10.
        assert_eq!(rep.deadline.unwrap().due, d(2025, 4, 10));
        assert!(rep.notes.is_empty());
    });
}

#[test]
fn correction_notice_after_7_workdays_is_noted_rq002() {
    with(|r| {
        // 7 working days after 2025-03-03 end on 03-12.
        let on_time = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 12), d(2025, 3, 25)),
            ])
            .unwrap();
        assert!(
            on_time.notes.is_empty(),
            "the 7th working day is still in time"
        );
        let late = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 13), d(2025, 3, 25)),
            ])
            .unwrap();
        assert_eq!(codes(&late.notes), ["RQ002"]);
        assert!(late.notes[0].zh.contains("2025-03-12"));
        assert_eq!(
            late.state,
            CaseState::AwaitingCorrection,
            "a late notice is still recorded"
        );
    });
}

#[test]
fn correction_after_the_period_is_accepted_with_rq003() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
                simple(d(2025, 3, 18), EventKind::Corrected {}),
            ])
            .unwrap();
        assert_eq!(c.state, CaseState::Open);
        assert_eq!(c.clock_start, d(2025, 3, 18));
        assert_eq!(codes(&c.notes), ["RQ003"]);
        // Corrected on the last day of the period: no note.
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
                simple(d(2025, 3, 14), EventKind::Corrected {}),
            ])
            .unwrap();
        assert!(c.notes.is_empty());
    });
}

#[test]
fn deemed_abandoned_only_after_the_correction_period() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
            ])
            .unwrap();
        for day in [d(2025, 3, 10), d(2025, 3, 14)] {
            let msg = assert_refused(
                r,
                &mut c,
                &simple(day, EventKind::DeemedAbandoned {}),
                CaseState::AwaitingCorrection,
            );
            assert!(msg.contains("2025-03-14"), "{msg}");
        }
        r.apply(
            &mut c,
            &simple(d(2025, 3, 15), EventKind::DeemedAbandoned {}),
        )
        .unwrap();
        assert_eq!(c.state, CaseState::Closed);
        assert_eq!(c.closure, Some((d(2025, 3, 15), ClosureKind::Abandoned)));
        let rep = r.report(&c, d(2025, 3, 20)).unwrap();
        assert_eq!((rep.deadline, rep.status), (None, None));
    });
}

#[test]
fn a_second_correction_request_is_refused_one_time_notice() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
                simple(d(2025, 3, 10), EventKind::Corrected {}),
            ])
            .unwrap();
        let msg = assert_refused(
            r,
            &mut c,
            &correction(d(2025, 3, 11), d(2025, 3, 20)),
            CaseState::Open,
        );
        assert!(msg.contains("一次性") && msg.contains("once"), "{msg}");
    });
}

#[test]
fn a_correction_notice_must_list_items_and_give_a_period() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        let empty = ev(
            d(2025, 3, 5),
            EventKind::CorrectionRequested {
                items: vec![" ".into()],
                until: d(2025, 3, 14),
            },
        );
        assert_refused(r, &mut c, &empty, CaseState::Open);
        assert_refused(
            r,
            &mut c,
            &correction(d(2025, 3, 5), d(2025, 3, 5)),
            CaseState::Open,
        );
        assert_refused(
            r,
            &mut c,
            &correction(d(2025, 3, 5), d(2025, 3, 4)),
            CaseState::Open,
        );
    });
}

// ---------------------------------------------------------------------------------------------
// Consultations (第三十二至三十四条)
// ---------------------------------------------------------------------------------------------

#[test]
fn consultation_stops_the_clock_from_the_day_after_the_letter_to_the_answer() {
    with(|r| {
        for party in [Consultee::ThirdParty, Consultee::OtherAgency] {
            let c = r
                .replay(&[
                    received(d(2025, 3, 3)),
                    consult(d(2025, 3, 10), party),
                    answer_consult(d(2025, 3, 14), None),
                ])
                .unwrap();
            assert_eq!(c.state, CaseState::Open);
            // 03-11..03-14 stopped (4 working days): 03-31 + 4 → 04-07 (清明 04-04..06).
            assert_eq!(
                r.report(&c, d(2025, 3, 20)).unwrap().deadline.unwrap().due,
                d(2025, 4, 7),
                "{party:?}"
            );
        }
    });
}

#[test]
fn consultation_answered_the_day_it_was_sent_stops_nothing() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
                answer_consult(d(2025, 3, 10), None),
            ])
            .unwrap();
        assert_eq!(
            r.report(&c, d(2025, 3, 20)).unwrap().deadline.unwrap().due,
            d(2025, 3, 31)
        );
    });
}

#[test]
fn consultation_stop_is_capped_at_the_consultees_15_workdays() {
    with(|r| {
        // Sent 03-10: the 15 working days end 03-31. An answer on 04-10 stops the clock only
        // 03-11..03-31: due 04-22 (counted in the golden vectors).
        for party in [Consultee::ThirdParty, Consultee::OtherAgency] {
            let late = r
                .replay(&[
                    received(d(2025, 3, 3)),
                    consult(d(2025, 3, 10), party),
                    answer_consult(d(2025, 4, 10), None),
                ])
                .unwrap();
            let at_cap = r
                .replay(&[
                    received(d(2025, 3, 3)),
                    consult(d(2025, 3, 10), party),
                    answer_consult(d(2025, 3, 31), None),
                ])
                .unwrap();
            let due_late = r
                .report(&late, d(2025, 4, 15))
                .unwrap()
                .deadline
                .unwrap()
                .due;
            let due_cap = r
                .report(&at_cap, d(2025, 4, 15))
                .unwrap()
                .deadline
                .unwrap()
                .due;
            assert_eq!(due_late, d(2025, 4, 22), "{party:?}");
            assert_eq!(
                due_late, due_cap,
                "answering after the 15 working days gains nothing"
            );
            // Still silent: the same cap.
            let silent = r
                .replay(&[received(d(2025, 3, 3)), consult(d(2025, 3, 10), party)])
                .unwrap();
            assert_eq!(silent.state, CaseState::Consulting);
            assert_eq!(
                r.report(&silent, d(2025, 5, 20))
                    .unwrap()
                    .deadline
                    .unwrap()
                    .due,
                d(2025, 4, 22)
            );
        }
    });
}

#[test]
fn parallel_consultations_stop_the_clock_on_their_union() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
                consult(d(2025, 3, 12), Consultee::OtherAgency),
                answer_consult(d(2025, 3, 13), Some(Consultee::ThirdParty)),
            ])
            .unwrap();
        assert_eq!(
            c.state,
            CaseState::Consulting,
            "one consultation still pending"
        );
        r.apply(
            &mut c,
            &answer_consult(d(2025, 3, 18), Some(Consultee::OtherAgency)),
        )
        .unwrap();
        assert_eq!(c.state, CaseState::Open);
        // Union 03-11..03-18 = 6 working days: due 04-09.
        assert_eq!(
            r.report(&c, d(2025, 3, 20)).unwrap().deadline.unwrap().due,
            d(2025, 4, 9)
        );
    });
}

#[test]
fn an_answer_from_a_party_not_consulted_is_refused() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
            ])
            .unwrap();
        assert_refused(
            r,
            &mut c,
            &answer_consult(d(2025, 3, 11), Some(Consultee::OtherAgency)),
            CaseState::Consulting,
        );
    });
}

#[test]
fn two_third_parties_answering_the_same_day_reopen_the_case() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult_to(d(2025, 3, 10), Consultee::ThirdParty, "甲公司"),
                consult_to(d(2025, 3, 10), Consultee::ThirdParty, "乙公司"),
                answer_consult_from(d(2025, 3, 14), Consultee::ThirdParty, "甲公司"),
                answer_consult_from(d(2025, 3, 14), Consultee::ThirdParty, "乙公司"),
            ])
            .unwrap();
        assert_eq!(c.state, CaseState::Open);
        assert_eq!(c.duplicates_ignored, 0);
        // Without names the two lines are identical: the second is a repeat, by design, and the
        // case still waits for an answer.
        let unnamed = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult_to(d(2025, 3, 10), Consultee::ThirdParty, "甲公司"),
                consult_to(d(2025, 3, 10), Consultee::ThirdParty, "乙公司"),
                answer_consult(d(2025, 3, 14), Some(Consultee::ThirdParty)),
                answer_consult(d(2025, 3, 14), Some(Consultee::ThirdParty)),
            ])
            .unwrap();
        assert_eq!(
            (unnamed.state, unnamed.duplicates_ignored),
            (CaseState::Consulting, 1)
        );
    });
}

#[test]
fn answering_while_consulting_closes_the_pending_consultation() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
                answered(
                    d(2025, 3, 14),
                    ReplyType::NotDisclosed(ExemptionGround::ThirdPartyRights),
                ),
            ])
            .unwrap();
        assert_eq!(c.state, CaseState::Closed);
        let rep = r.report(&c, d(2025, 5, 1)).unwrap();
        // The stop ends with the reply: 03-11..03-14 → due 04-07, met.
        assert_eq!(rep.deadline.unwrap().due, d(2025, 4, 7));
        assert!(
            matches!(rep.status, Some(Status::Met { answered, .. }) if answered == d(2025, 3, 14))
        );
    });
}

// ---------------------------------------------------------------------------------------------
// Extension (第三十三条第二款)
// ---------------------------------------------------------------------------------------------

#[test]
fn extension_of_at_most_20_workdays_moves_the_due_date() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                extension(d(2025, 3, 28), 20, "负责人 李四", Some(d(2025, 3, 28))),
            ])
            .unwrap();
        let dl = r.report(&c, d(2025, 4, 1)).unwrap().deadline.unwrap();
        assert_eq!(dl.original_due, d(2025, 3, 31));
        // 20 working days after 03-31, with 04-27 (Sun) a make-up day: 04-28.
        assert_eq!(dl.due, d(2025, 4, 28));
        assert!(c.notes.is_empty());
    });
}

#[test]
fn extension_longer_than_20_workdays_is_an_error_and_changes_nothing() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        let before = c.clone();
        let err = r
            .apply(
                &mut c,
                &extension(d(2025, 3, 20), 21, "负责人", Some(d(2025, 3, 20))),
            )
            .unwrap_err();
        assert!(
            matches!(
                err,
                DisclosureError::Deadline(DeadlineError::ExtensionTooLong { .. })
            ),
            "{err:?}"
        );
        assert_eq!(c, before);
        let err = r
            .apply(
                &mut c,
                &extension(d(2025, 3, 20), 0, "负责人", Some(d(2025, 3, 20))),
            )
            .unwrap_err();
        assert!(
            matches!(err, DisclosureError::Deadline(DeadlineError::ZeroExtension)),
            "{err:?}"
        );
        assert_eq!(c, before);
    });
}

#[test]
fn extension_only_once() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                extension(d(2025, 3, 20), 5, "负责人", Some(d(2025, 3, 20))),
            ])
            .unwrap();
        let msg = assert_refused(
            r,
            &mut c,
            &extension(d(2025, 3, 21), 5, "负责人", Some(d(2025, 3, 21))),
            CaseState::Open,
        );
        assert!(msg.contains("once"), "{msg}");
    });
}

#[test]
fn extension_needs_the_approver() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        assert_refused(
            r,
            &mut c,
            &extension(d(2025, 3, 20), 5, "  ", Some(d(2025, 3, 20))),
            CaseState::Open,
        );
    });
}

#[test]
fn extension_after_the_period_ran_out_is_an_error() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        let before = c.clone();
        // Due 03-31; granted on 04-01.
        let err = r
            .apply(
                &mut c,
                &extension(d(2025, 4, 1), 10, "负责人", Some(d(2025, 4, 1))),
            )
            .unwrap_err();
        assert!(
            matches!(err, DisclosureError::Deadline(DeadlineError::ExtensionAfterExpiry { due, .. }) if due == d(2025, 3, 31)),
            "{err:?}"
        );
        assert_eq!(c, before);
        // On the due date itself it is still in time.
        r.apply(
            &mut c,
            &extension(d(2025, 3, 31), 10, "负责人", Some(d(2025, 3, 31))),
        )
        .unwrap();
    });
}

#[test]
fn extension_without_telling_the_applicant_is_noted_rq004() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                extension(d(2025, 3, 20), 5, "负责人", None),
            ])
            .unwrap();
        assert_eq!(codes(&c.notes), ["RQ004"]);
        assert_eq!(c.notes[0].basis.article, "第三十三条第二款");
    });
}

// ---------------------------------------------------------------------------------------------
// Fee (第四十二条)
// ---------------------------------------------------------------------------------------------

#[test]
fn fee_notice_stops_the_clock_until_payment() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                fee(d(2025, 3, 10), 5000, d(2025, 3, 25)),
            ])
            .unwrap();
        assert_eq!(c.state, CaseState::AwaitingFee);
        r.apply(&mut c, &simple(d(2025, 3, 14), EventKind::FeePaid {}))
            .unwrap();
        assert_eq!(c.state, CaseState::Open);
        assert_eq!(
            r.report(&c, d(2025, 3, 20)).unwrap().deadline.unwrap().due,
            d(2025, 4, 7)
        );
    });
}

#[test]
fn fee_lapses_only_after_pay_by() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                fee(d(2025, 3, 10), 5000, d(2025, 3, 25)),
            ])
            .unwrap();
        for day in [d(2025, 3, 20), d(2025, 3, 25)] {
            assert_refused(
                r,
                &mut c,
                &simple(day, EventKind::FeeLapsed {}),
                CaseState::AwaitingFee,
            );
        }
        r.apply(&mut c, &simple(d(2025, 3, 26), EventKind::FeeLapsed {}))
            .unwrap();
        assert_eq!(c.closure, Some((d(2025, 3, 26), ClosureKind::FeeLapsed)));
        let rep = r.report(&c, d(2025, 3, 31)).unwrap();
        assert_eq!(
            (rep.deadline, rep.status),
            (None, None),
            "no reply is due after the fee lapsed"
        );
    });
}

#[test]
fn fee_must_be_positive_and_payable_after_the_notice() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        assert_refused(
            r,
            &mut c,
            &fee(d(2025, 3, 10), 0, d(2025, 3, 25)),
            CaseState::Open,
        );
        assert_refused(
            r,
            &mut c,
            &fee(d(2025, 3, 10), -100, d(2025, 3, 25)),
            CaseState::Open,
        );
        assert_refused(
            r,
            &mut c,
            &fee(d(2025, 3, 10), 100, d(2025, 3, 9)),
            CaseState::Open,
        );
        r.apply(&mut c, &fee(d(2025, 3, 10), 100, d(2025, 3, 10)))
            .unwrap();
    });
}

// ---------------------------------------------------------------------------------------------
// Reply, lateness, withdrawal
// ---------------------------------------------------------------------------------------------

#[test]
fn answered_after_the_due_date_is_met_late_with_rq005() {
    with(|r| {
        let c = r
            .replay(&[
                received(d(2025, 3, 3)),
                answered(d(2025, 4, 2), ReplyType::Disclosed),
            ])
            .unwrap();
        let rep = r.report(&c, d(2025, 4, 30)).unwrap();
        assert!(
            matches!(
                rep.status,
                Some(Status::MetLate {
                    workdays_late: 2,
                    ..
                })
            ),
            "{:?}",
            rep.status
        );
        assert_eq!(codes(&rep.notes), ["RQ005"]);
        assert!(
            c.notes.is_empty(),
            "RQ005 is a report note, not stored in the case"
        );
        let on_time = r
            .replay(&[
                received(d(2025, 3, 3)),
                answered(d(2025, 3, 31), ReplyType::Disclosed),
            ])
            .unwrap();
        let rep = r.report(&on_time, d(2025, 4, 30)).unwrap();
        assert!(matches!(
            rep.status,
            Some(Status::Met {
                workdays_to_spare: 0,
                ..
            })
        ));
        assert!(rep.notes.is_empty());
    });
}

#[test]
fn open_case_past_the_due_date_is_overdue() {
    with(|r| {
        let c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        assert!(matches!(
            r.report(&c, d(2025, 3, 31)).unwrap().status,
            Some(Status::DueToday)
        ));
        assert!(matches!(
            r.report(&c, d(2025, 4, 2)).unwrap().status,
            Some(Status::Overdue {
                workdays: 2,
                days: 2
            })
        ));
    });
}

#[test]
fn withdrawal_is_allowed_in_every_open_state() {
    with(|r| {
        let prefixes: Vec<Vec<Event>> = vec![
            vec![received(d(2025, 3, 3))],
            vec![
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
            ],
            vec![
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 5), Consultee::ThirdParty),
            ],
            vec![
                received(d(2025, 3, 3)),
                fee(d(2025, 3, 5), 100, d(2025, 3, 14)),
            ],
        ];
        for p in prefixes {
            let mut c = r.replay(&p).unwrap();
            r.apply(&mut c, &simple(d(2025, 3, 10), EventKind::Withdrawn {}))
                .unwrap();
            assert_eq!(c.closure, Some((d(2025, 3, 10), ClosureKind::Withdrawn)));
            let rep = r.report(&c, d(2025, 3, 20)).unwrap();
            assert_eq!((rep.deadline, rep.status), (None, None));
        }
    });
}

// ---------------------------------------------------------------------------------------------
// State machine
// ---------------------------------------------------------------------------------------------

/// A log ending in each state.
fn state_logs() -> Vec<(CaseState, Vec<Event>)> {
    vec![
        (CaseState::Open, vec![received(d(2025, 3, 3))]),
        (
            CaseState::AwaitingCorrection,
            vec![
                received(d(2025, 3, 3)),
                correction(d(2025, 3, 5), d(2025, 3, 14)),
            ],
        ),
        (
            CaseState::Consulting,
            vec![
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 5), Consultee::ThirdParty),
            ],
        ),
        (
            CaseState::AwaitingFee,
            vec![
                received(d(2025, 3, 3)),
                fee(d(2025, 3, 5), 100, d(2025, 3, 14)),
            ],
        ),
        (
            CaseState::Closed,
            vec![
                received(d(2025, 3, 3)),
                answered(d(2025, 3, 6), ReplyType::Disclosed),
            ],
        ),
    ]
}

/// One valid-looking event of every kind, dated 2025-03-20.
fn every_event_kind() -> Vec<Event> {
    let day = d(2025, 3, 20);
    vec![
        received(day),
        correction(day, d(2025, 4, 3)),
        simple(day, EventKind::Corrected {}),
        simple(day, EventKind::DeemedAbandoned {}),
        consult(day, Consultee::OtherAgency),
        answer_consult(day, None),
        extension(day, 5, "负责人", Some(day)),
        fee(day, 100, d(2025, 4, 3)),
        simple(day, EventKind::FeePaid {}),
        simple(day, EventKind::FeeLapsed {}),
        answered(day, ReplyType::Disclosed),
        simple(day, EventKind::Withdrawn {}),
    ]
}

/// The transition table of the module docs: which event is allowed in which state.
fn allowed(state: CaseState, kind: &EventKind) -> bool {
    use CaseState as S;
    match kind {
        EventKind::Received { .. } => false,
        EventKind::CorrectionRequested { .. } | EventKind::FeeNotice { .. } => state == S::Open,
        EventKind::Corrected {} | EventKind::DeemedAbandoned {} => state == S::AwaitingCorrection,
        EventKind::ConsultationSent { .. }
        | EventKind::ExtensionApproved { .. }
        | EventKind::Answered { .. } => matches!(state, S::Open | S::Consulting),
        EventKind::ConsultationAnswered { .. } => state == S::Consulting,
        EventKind::FeePaid {} | EventKind::FeeLapsed {} => state == S::AwaitingFee,
        EventKind::Withdrawn {} => state != S::Closed,
    }
}

#[test]
fn every_event_not_allowed_in_a_state_is_refused_naming_state_and_event() {
    with(|r| {
        let mut refused = 0;
        for (state, log) in state_logs() {
            let case = r.replay(&log).unwrap();
            assert_eq!(case.state, state);
            for e in every_event_kind() {
                let mut c = case.clone();
                if allowed(state, &e.kind) {
                    r.apply(&mut c, &e)
                        .unwrap_or_else(|err| panic!("{state:?} + {}: {err}", e.kind.name()));
                    assert_eq!(c.events, case.events + 1);
                } else {
                    let msg = assert_refused(r, &mut c, &e, state);
                    assert!(
                        msg.contains(e.kind.name())
                            && msg.contains(state.label().split(" / ").next().unwrap())
                            && msg.contains(state.label().split(" / ").last().unwrap()),
                        "{msg}"
                    );
                    assert!(
                        msg.contains("不允许") && msg.contains("not allowed"),
                        "bilingual: {msg}"
                    );
                    refused += 1;
                }
            }
        }
        // 12 kinds × 5 states, minus the allowed pairs: open 6, awaiting correction 3,
        // consulting 5, awaiting fee 3.
        assert_eq!(refused, 60 - 17);
    });
}

#[test]
fn events_after_closure_are_refused() {
    with(|r| {
        for closing in [
            answered(d(2025, 3, 6), ReplyType::Disclosed),
            simple(d(2025, 3, 6), EventKind::Withdrawn {}),
        ] {
            let mut c = r.replay(&[received(d(2025, 3, 3)), closing]).unwrap();
            for e in every_event_kind() {
                let msg = assert_refused(r, &mut c, &e, CaseState::Closed);
                assert!(msg.contains("closed"), "{msg}");
            }
        }
    });
}

#[test]
fn refused_event_reports_its_position_in_the_log() {
    with(|r| {
        let log = [
            received(d(2025, 3, 3)),
            consult(d(2025, 3, 5), Consultee::ThirdParty),
            answer_consult(d(2025, 3, 6), None),
            simple(d(2025, 3, 7), EventKind::FeePaid {}),
        ];
        match r.replay(&log).unwrap_err() {
            DisclosureError::Event(EventError::Refused {
                index,
                event,
                state,
                case,
                ..
            }) => {
                assert_eq!(
                    (
                        index,
                        event,
                        state.zh.as_str(),
                        state.en.as_str(),
                        case.as_str()
                    ),
                    (3, "fee_paid", CaseState::Open.zh(), CaseState::Open.en(), C)
                );
            }
            e => panic!("{e:?}"),
        }
    });
}

#[test]
fn out_of_order_dates_are_refused() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
            ])
            .unwrap();
        let before = c.clone();
        let err = r
            .apply(&mut c, &answer_consult(d(2025, 3, 9), None))
            .unwrap_err();
        assert_eq!(
            err,
            DisclosureError::Event(EventError::OutOfOrder {
                case: C.to_owned(),
                index: 2,
                date: d(2025, 3, 9),
                previous: d(2025, 3, 10)
            })
        );
        assert_eq!(err.code(), "out_of_order");
        assert_eq!(c, before);
        // Before the arrival itself.
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        assert!(matches!(
            r.apply(&mut c, &simple(d(2025, 3, 2), EventKind::Withdrawn {})),
            Err(DisclosureError::Event(EventError::OutOfOrder { .. }))
        ));
        // The same day is in order.
        r.apply(&mut c, &simple(d(2025, 3, 3), EventKind::Withdrawn {}))
            .unwrap();
    });
}

#[test]
fn exact_duplicates_are_ignored_and_counted() {
    with(|r| {
        let mut c = r
            .replay(&[
                received(d(2025, 3, 3)),
                consult(d(2025, 3, 10), Consultee::ThirdParty),
            ])
            .unwrap();
        let before = c.clone();
        r.apply(&mut c, &consult(d(2025, 3, 10), Consultee::ThirdParty))
            .unwrap();
        assert_eq!(c.duplicates_ignored, 1);
        assert_eq!(c.events, before.events);
        // Same date, different content: not a duplicate.
        r.apply(&mut c, &consult(d(2025, 3, 10), Consultee::OtherAgency))
            .unwrap();
        assert_eq!(c.events, before.events + 1);
        assert_eq!(c.duplicates_ignored, 1);
    });
}

#[test]
fn a_whole_log_appended_twice_replays_to_the_same_state() {
    with(|r| {
        let log = vec![
            received(d(2025, 3, 3)),
            correction(d(2025, 3, 5), d(2025, 3, 14)),
            simple(d(2025, 3, 10), EventKind::Corrected {}),
            consult(d(2025, 3, 12), Consultee::OtherAgency),
            answer_consult(d(2025, 3, 14), None),
            extension(d(2025, 3, 20), 10, "负责人", Some(d(2025, 3, 20))),
            answered(d(2025, 4, 20), ReplyType::PartiallyDisclosed),
        ];
        let once = r.replay(&log).unwrap();
        let twice_log: Vec<Event> = log.iter().chain(log.iter()).cloned().collect();
        let twice = r.replay(&twice_log).unwrap();
        assert_eq!(twice.duplicates_ignored, log.len());
        let mut normalised = twice.clone();
        normalised.duplicates_ignored = 0;
        assert_eq!(normalised, once);
        assert_eq!(
            r.report(&twice, d(2025, 5, 1)).unwrap(),
            r.report(&once, d(2025, 5, 1)).unwrap()
        );
    });
}

#[test]
fn a_log_must_start_with_received() {
    with(|r| {
        let err = r
            .replay(&[answered(d(2025, 3, 3), ReplyType::Disclosed)])
            .unwrap_err();
        match &err {
            DisclosureError::Event(EventError::Refused { index, event, .. }) => {
                assert_eq!((*index, *event), (0, "answered"))
            }
            e => panic!("{e:?}"),
        }
        assert!(err.to_string().contains("received"));
        assert!(matches!(
            r.replay(&[]),
            Err(DisclosureError::Event(EventError::BadEvent { .. }))
        ));
    });
}

#[test]
fn a_second_received_event_is_refused() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        assert_refused(r, &mut c, &received(d(2025, 3, 4)), CaseState::Open);
    });
}

#[test]
fn an_event_of_another_case_is_refused() {
    with(|r| {
        let mut c = r.replay(&[received(d(2025, 3, 3))]).unwrap();
        let mut e = simple(d(2025, 3, 4), EventKind::Withdrawn {});
        e.case = "OTHER".into();
        assert_refused(r, &mut c, &e, CaseState::Open);
    });
}

#[test]
fn parse_log_reports_the_bad_line_number() {
    let good = r#"{"case": "A", "date": "2025-03-03", "type": "received", "channel": "in_person", "applicant": "natural_person"}"#;
    let text = format!("{good}\n\n{{\"case\": \"A\", \"date\": \"2025-03-04\", \"type\": \"teleported\"}}\n{good}\n");
    match parse_log(&text).unwrap_err() {
        DisclosureError::Event(EventError::BadEvent { line, message }) => {
            assert_eq!(line, 3, "blank lines count in the numbering");
            assert!(!message.is_empty());
        }
        e => panic!("{e:?}"),
    }
    let bad_date = format!("{good}\n{}", good.replace("2025-03-03", "2025-02-30"));
    assert!(matches!(
        parse_log(&bad_date),
        Err(DisclosureError::Event(EventError::BadEvent { line: 2, .. }))
    ));
    assert_eq!(parse_log(&format!("\n{good}\n  \n")).unwrap().len(), 1);
    let e = DisclosureError::Event(EventError::BadEvent {
        line: 7,
        message: "x".into(),
    });
    assert!(e.to_string().contains("第 7 行") && e.to_string().contains("line 7"));
}

#[test]
fn events_round_trip_through_json_lines() {
    let log = vec![
        received_by(d(2025, 3, 3), ReceiptChannel::Online, Some(d(2025, 3, 4))),
        correction(d(2025, 3, 5), d(2025, 3, 14)),
        fee(d(2025, 3, 6), 100, d(2025, 3, 20)),
        extension(d(2025, 3, 7), 5, "负责人", None),
        answered(
            d(2025, 3, 8),
            ReplyType::NotProcessed(NotProcessedGround::Repeated),
        ),
    ];
    let text: String = log
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    assert_eq!(parse_log(&text).unwrap(), log);
}

#[test]
fn group_by_case_keeps_first_appearance_and_log_order() {
    let mk = |case: &str, day: u32| Event {
        case: case.into(),
        date: d(2025, 3, day),
        kind: EventKind::Withdrawn {},
    };
    let groups = group_by_case(vec![
        mk("B", 1),
        mk("A", 2),
        mk("B", 3),
        mk("A", 4),
        mk("C", 5),
    ]);
    let ids: Vec<&str> = groups.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(ids, ["B", "A", "C"]);
    let b: Vec<u32> = groups[0].1.iter().map(|e| e.date.day()).collect();
    assert_eq!(b, [1, 3]);
}

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

#[test]
fn reply_types_are_the_21_report_outcome_rows_in_order() {
    let all = ReplyType::all();
    // 2 + 8 + 3 + 5 + 3 numbered rows (LEGAL.md B); （七）总计 is computed, not a reply type.
    assert_eq!(all.len(), 21);
    for (i, r) in all.iter().enumerate() {
        assert_eq!(r.row(), i);
    }
    assert_eq!(all[0], ReplyType::Disclosed);
    assert_eq!(
        all[9],
        ReplyType::NotDisclosed(ExemptionGround::AdministrativeQuery)
    );
    assert_eq!(all[20], ReplyType::Other(OtherGround::Other));
    assert_eq!(
        ClosureKind::Abandoned.report_row(),
        ReplyType::Other(OtherGround::CorrectionLapsed)
    );
    assert_eq!(
        ClosureKind::FeeLapsed.report_row(),
        ReplyType::Other(OtherGround::FeeLapsed)
    );
    assert_eq!(
        ClosureKind::Withdrawn.report_row(),
        ReplyType::Other(OtherGround::Other)
    );
    let reply = ReplyType::CannotProvide(CannotProvideGround::NeedsCreation);
    assert_eq!(ClosureKind::Answered { reply }.report_row(), reply);
    assert_eq!(reply.basis().article, "第三十八条");
    assert!(ExemptionGround::InternalAffairs.is_discretionary());
    assert!(!ExemptionGround::StateSecret.is_discretionary());
    assert_eq!(Applicant::OtherOrganisation.column(), 5);
}

// ---------------------------------------------------------------------------------------------
// Catalogue checks
// ---------------------------------------------------------------------------------------------

fn good_entry(id: &str) -> Entry {
    Entry {
        id: id.to_owned(),
        category: "社会救助".into(),
        subcategory: "城乡低保".into(),
        title: "城乡低保标准".into(),
        responsible_unit: "市社会救助局".into(),
        attribute: Attribute::Proactive,
        channels: vec![Channel::Portal, Channel::BulletinBoard],
        article20_item: Some(11),
        normative_document: true,
        formed: Some(d(2025, 9, 26)),
        published: Some(d(2025, 10, 30)),
        interpretation_published: Some(d(2025, 10, 30)),
        consultation_record: None,
        sealed: Some(true),
        attributes: Default::default(),
    }
}

fn check_entries(entries: Vec<Entry>) -> Vec<Finding> {
    let cat = DisclosureCatalogue {
        office: "示例市民政局".into(),
        entries,
    };
    cat.check(
        &Calendar::china(),
        &Catalogue::national(),
        &Taxonomy::seed001(),
    )
}

fn checks_of(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.rule.as_str()).collect()
}

/// For every check, an entry that triggers exactly it.
fn defective_entries() -> Vec<(&'static str, Vec<Entry>)> {
    let g = good_entry;
    let not_disclosed = |ground| {
        let mut e = g("x");
        e.attribute = Attribute::NotDisclosed { ground };
        e.channels.clear();
        e.article20_item = None;
        e
    };
    let mut v: Vec<(&'static str, Vec<Entry>)> = Vec::new();
    v.push(("DC001", vec![not_disclosed(None)]));
    v.push((
        "DC002",
        vec![not_disclosed(Some(ExemptionGround::ThirdPartyRights))],
    ));
    let mut e = g("x");
    e.attribute = Attribute::OnRequest;
    e.channels.clear();
    v.push(("DC003", vec![e]));
    let mut e = g("x");
    e.interpretation_published = Some(d(2025, 10, 31));
    v.push(("DC004", vec![e]));
    let mut e = g("x");
    e.channels.clear();
    v.push(("DC005", vec![e]));
    let mut e = g("x");
    e.attribute = Attribute::OnRequest;
    e.article20_item = None;
    e.channels = vec![Channel::Portal];
    v.push(("DC006", vec![e]));
    v.push(("DC007", vec![g("same"), g("same")]));
    let mut e = g("x");
    e.title = " ".into();
    v.push(("DC008", vec![e]));
    let mut e = g("x");
    e.sealed = None;
    v.push(("DC009", vec![e]));
    let mut e = g("x");
    // Formed 2025-09-26: due 2025-10-30 over the National Day block; published 10-31.
    e.published = Some(d(2025, 10, 31));
    e.interpretation_published = Some(d(2025, 10, 31));
    v.push(("DC010", vec![e]));
    v.push((
        "DC011",
        vec![not_disclosed(Some(ExemptionGround::ProcessInformation))],
    ));
    let mut e = g("x");
    e.article20_item = Some(16);
    v.push(("DC012", vec![e]));
    let mut e = g("x");
    e.subcategory = "不存在的分类".into();
    v.push(("DC013", vec![e]));
    let mut e = g("x");
    e.responsible_unit = "财务科".into();
    v.push(("DC014", vec![e]));
    v
}

#[test]
fn a_correct_entry_has_no_findings() {
    assert_eq!(check_entries(vec![good_entry("1")]), vec![]);
    // The correct counterparts of the defects.
    let mut third = good_entry("2");
    third.attribute = Attribute::NotDisclosed {
        ground: Some(ExemptionGround::ThirdPartyRights),
    };
    third.channels.clear();
    third.article20_item = None;
    third.consultation_record = Some("2025-03-01 书面征求意见，第三方不同意公开".into());
    let mut shared_unit = good_entry("3");
    shared_unit.category = "民政资金".into();
    shared_unit.subcategory = "“三公”经费".into();
    shared_unit.responsible_unit = "财务科".into();
    shared_unit.normative_document = false;
    shared_unit.article20_item = Some(1);
    let mut mandatory = good_entry("4");
    mandatory.attribute = Attribute::NotDisclosed {
        ground: Some(ExemptionGround::StateSecret),
    };
    mandatory.channels.clear();
    mandatory.article20_item = None;
    assert_eq!(check_entries(vec![third, shared_unit, mandatory]), vec![]);
}

#[test]
fn every_check_is_triggered_by_a_minimal_defect_and_only_it() {
    let mut seen = BTreeSet::new();
    for (check, entries) in defective_entries() {
        let f = check_entries(entries);
        assert_eq!(checks_of(&f), [check], "{check}: {f:#?}");
        seen.insert(check);
    }
    let all: BTreeSet<&str> = CHECKS.iter().map(|c| c.0).collect();
    assert_eq!(seen, all, "every documented check is exercised");
    assert_eq!(all.len(), 14);
}

#[test]
fn missing_responsible_unit_is_dc008_on_its_field() {
    let mut e = good_entry("x");
    e.responsible_unit = String::new();
    let f = check_entries(vec![e]);
    assert_eq!(checks_of(&f), ["DC008"]);
    assert_eq!(f[0].path(), "entries[0].responsible_unit");
}

#[test]
fn proactive_publication_on_the_20th_workday_is_in_time() {
    // Formed 2025-09-26: the 20th working day is 2025-10-30 (see the golden vectors).
    let f = check_entries(vec![good_entry("x")]);
    assert!(f.is_empty());
    let mut late = good_entry("x");
    late.published = Some(d(2025, 11, 3));
    late.interpretation_published = late.published;
    let f = check_entries(vec![late]);
    assert_eq!(checks_of(&f), ["DC010"]);
    assert!(
        f[0].zh.contains("2025-10-30") && f[0].zh.contains("逾期 2 个工作日"),
        "{}",
        f[0].zh
    );
}

#[test]
fn article_20_item_zero_is_invalid() {
    let mut e = good_entry("x");
    e.article20_item = Some(0);
    assert_eq!(checks_of(&check_entries(vec![e])), ["DC012"]);
}

#[test]
fn all_findings_are_reported_in_one_pass_in_entry_order_and_bilingual() {
    let mut entries = Vec::new();
    let mut expected = Vec::new();
    for (i, (check, es)) in defective_entries().into_iter().enumerate() {
        for (j, mut e) in es.into_iter().enumerate() {
            if check != "DC007" {
                e.id = format!("{i}-{j}");
            }
            entries.push(e);
        }
        expected.push(check);
    }
    let f = check_entries(entries);
    assert_eq!(checks_of(&f), expected);
    let mut last = 0;
    for x in &f {
        let idx: usize = x
            .path()
            .trim_start_matches("entries[")
            .split(']')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(idx >= last, "entry order");
        last = idx;
        assert!(
            x.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{x:?}"
        );
        assert!(
            x.en.is_ascii() || x.en.chars().filter(|c| c.is_ascii_alphabetic()).count() > 10,
            "{x:?}"
        );
        assert_ne!(x.zh, x.en);
        let documented = CHECKS.iter().find(|c| c.0 == x.rule).unwrap();
        assert_eq!(x.severity, Some(documented.1));
        assert!(
            !documented.2.is_empty() && documented.3.is_ascii() && documented.2 != documented.3,
            "a description in each language of {}",
            x.rule
        );
    }
}

#[test]
fn catalogue_deserialises_the_attribute_and_ground() {
    let cat: DisclosureCatalogue = serde_json::from_str(
        r#"{"office": "示例", "entries": [
        {"id": "1", "category": "社会救助", "subcategory": "城乡低保", "title": "t", "responsible_unit": "市社会救助局",
         "attribute": "not_disclosed", "ground": "internal_affairs"}]}"#,
    )
    .unwrap();
    assert_eq!(
        cat.entries[0].attribute,
        Attribute::NotDisclosed {
            ground: Some(ExemptionGround::InternalAffairs)
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Review chain
// ---------------------------------------------------------------------------------------------

fn step(stage: ReviewStage, action: ReviewAction, date: NaiveDate) -> ReviewStep {
    ReviewStep {
        stage,
        action,
        actor: "张三".into(),
        date,
    }
}

fn approve(stage: ReviewStage, date: NaiveDate) -> ReviewStep {
    step(stage, ReviewAction::Approve {}, date)
}

fn reject(stage: ReviewStage, date: NaiveDate, reasons: &[&str]) -> ReviewStep {
    step(
        stage,
        ReviewAction::Reject {
            reasons: reasons.iter().map(|s| (*s).to_owned()).collect(),
        },
        date,
    )
}

/// The stages an `Approve` moves through, in order (seed 001 四(二)).
const CHAIN: [ReviewStage; 6] = [
    ReviewStage::Draft,
    ReviewStage::StatisticalReview,
    ReviewStage::LegalityReview,
    ReviewStage::ConfidentialityReview,
    ReviewStage::LeaderApproval,
    ReviewStage::Filing,
];

/// A record approved through every stage and filed with the information centre.
fn through_filing(formed: NaiveDate, day: NaiveDate) -> ReviewRecord {
    let mut r = ReviewRecord::new("2025年城乡低保标准", formed);
    for s in &CHAIN {
        r.push(approve(*s, day)).unwrap();
    }
    assert_eq!(r.stage().unwrap().0, ReviewStage::Filed);
    r
}

fn assert_review_refused(r: &mut ReviewRecord, s: ReviewStep) -> String {
    let before = r.clone();
    let err = r.push(s).unwrap_err();
    assert_eq!(*r, before, "a refused step leaves the record unchanged");
    assert!(
        matches!(err, DisclosureError::ReviewStepRefused { .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "review_step_refused");
    err.to_string()
}

#[test]
fn review_happy_path_draft_to_published_in_order() {
    let mut r = ReviewRecord::new("x", d(2025, 9, 26));
    for (i, s) in CHAIN.iter().enumerate() {
        assert_eq!(r.stage().unwrap().0, *s);
        r.push(approve(*s, d(2025, 10, 9 + u32::try_from(i).unwrap())))
            .unwrap();
        assert_eq!(r.stage().unwrap().0, s.next());
    }
    assert_eq!(r.stage().unwrap().0, ReviewStage::Filed);
    r.push(step(
        ReviewStage::Filed,
        ReviewAction::Publish {},
        d(2025, 10, 20),
    ))
    .unwrap();
    let st = r
        .state(&Calendar::china(), &Catalogue::national(), d(2025, 11, 1))
        .unwrap();
    assert_eq!(st.stage, ReviewStage::Published);
    assert_eq!(st.published, Some(d(2025, 10, 20)));
    assert_eq!(st.rejections, 0);
    assert!(matches!(st.status, Status::Met { .. }));
    // Nothing after publication.
    assert_review_refused(&mut r, approve(ReviewStage::Published, d(2025, 10, 21)));
    assert_review_refused(
        &mut r,
        step(
            ReviewStage::Published,
            ReviewAction::Publish {},
            d(2025, 10, 21),
        ),
    );
}

#[test]
fn review_rejection_returns_to_draft_with_reasons() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    r.push(approve(ReviewStage::Draft, d(2025, 3, 4))).unwrap();
    r.push(approve(ReviewStage::StatisticalReview, d(2025, 3, 5)))
        .unwrap();
    let msg = assert_review_refused(
        &mut r,
        reject(ReviewStage::LegalityReview, d(2025, 3, 6), &[]),
    );
    assert!(msg.contains("理由") && msg.contains("reasons"), "{msg}");
    assert_review_refused(
        &mut r,
        reject(ReviewStage::LegalityReview, d(2025, 3, 6), &["", " "]),
    );
    r.push(reject(
        ReviewStage::LegalityReview,
        d(2025, 3, 6),
        &["引用条款有误"],
    ))
    .unwrap();
    assert_eq!(r.stage().unwrap(), (ReviewStage::Draft, 1));
    // Resubmitted and through again.
    for s in &CHAIN {
        r.push(approve(*s, d(2025, 3, 10))).unwrap();
    }
    assert_eq!(r.stage().unwrap(), (ReviewStage::Filed, 1));
}

#[test]
fn only_review_stages_can_reject() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    assert_review_refused(&mut r, reject(ReviewStage::Draft, d(2025, 3, 4), &["?"]));
    let mut r = through_filing(d(2025, 3, 3), d(2025, 3, 4));
    assert_review_refused(&mut r, reject(ReviewStage::Filed, d(2025, 3, 4), &["?"]));
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    for s in &CHAIN[..5] {
        r.push(approve(*s, d(2025, 3, 4))).unwrap();
    }
    assert_review_refused(&mut r, reject(ReviewStage::Filing, d(2025, 3, 4), &["?"]));
    for s in &CHAIN[1..5] {
        let mut r = ReviewRecord::new("x", d(2025, 3, 3));
        for p in &CHAIN[..CHAIN.iter().position(|c| c == s).unwrap()] {
            r.push(approve(*p, d(2025, 3, 4))).unwrap();
        }
        r.push(reject(*s, d(2025, 3, 5), &["需修改"])).unwrap();
        assert_eq!(r.stage().unwrap().0, ReviewStage::Draft, "{s:?}");
    }
}

#[test]
fn publish_only_after_filing() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    for s in &CHAIN {
        // Not before the information centre has filed it (Filing is waiting for the filing).
        let msg = assert_review_refused(&mut r, step(*s, ReviewAction::Publish {}, d(2025, 3, 4)));
        assert!(msg.contains("cannot publish"), "{msg}");
        r.push(approve(*s, d(2025, 3, 4))).unwrap();
    }
    // Once filed, approving again is refused; publishing is the next step.
    let msg = assert_review_refused(&mut r, approve(ReviewStage::Filed, d(2025, 3, 4)));
    assert!(msg.contains("publication"), "{msg}");
    r.push(step(
        ReviewStage::Filed,
        ReviewAction::Publish {},
        d(2025, 3, 4),
    ))
    .unwrap();
    assert_eq!(r.stage().unwrap().0, ReviewStage::Published);
}

#[test]
fn review_step_at_the_wrong_stage_is_refused() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    r.push(approve(ReviewStage::Draft, d(2025, 3, 4))).unwrap();
    let msg = assert_review_refused(&mut r, approve(ReviewStage::LegalityReview, d(2025, 3, 4)));
    assert!(
        msg.contains(ReviewStage::StatisticalReview.label()),
        "names the current stage: {msg}"
    );
    assert!(msg.contains("#1"), "names the step index: {msg}");
}

#[test]
fn review_step_without_actor_is_refused() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    let mut s = approve(ReviewStage::Draft, d(2025, 3, 4));
    s.actor = "   ".into();
    let msg = assert_review_refused(&mut r, s);
    assert!(msg.contains("actor"), "{msg}");
}

#[test]
fn review_dates_cannot_go_backwards() {
    let mut r = ReviewRecord::new("x", d(2025, 3, 3));
    assert_review_refused(&mut r, approve(ReviewStage::Draft, d(2025, 3, 2)));
    r.push(approve(ReviewStage::Draft, d(2025, 3, 5))).unwrap();
    assert_review_refused(
        &mut r,
        approve(ReviewStage::StatisticalReview, d(2025, 3, 4)),
    );
    r.push(approve(ReviewStage::StatisticalReview, d(2025, 3, 5)))
        .unwrap();
}

#[test]
fn a_tampered_stored_record_fails_to_replay() {
    let mut r = through_filing(d(2025, 3, 3), d(2025, 3, 4));
    r.steps.swap(1, 2);
    assert!(matches!(
        r.stage(),
        Err(DisclosureError::ReviewStepRefused { index: 1, .. })
    ));
    assert!(r
        .state(&Calendar::china(), &Catalogue::national(), d(2025, 3, 5))
        .is_err());
}

#[test]
fn proactive_timeliness_over_the_national_day_block() {
    let (cal, periods) = (Calendar::china(), Catalogue::national());
    let formed = d(2025, 9, 26);
    let published = |day: NaiveDate| {
        let mut r = through_filing(formed, d(2025, 10, 9));
        r.push(step(ReviewStage::Filed, ReviewAction::Publish {}, day))
            .unwrap();
        r.state(&cal, &periods, d(2025, 11, 20)).unwrap()
    };
    let on_time = published(d(2025, 10, 30));
    assert_eq!(on_time.deadline.due, d(2025, 10, 30));
    assert!(matches!(
        on_time.status,
        Status::Met {
            workdays_to_spare: 0,
            ..
        }
    ));
    let late = published(d(2025, 10, 31));
    assert!(
        matches!(
            late.status,
            Status::MetLate {
                workdays_late: 1,
                ..
            }
        ),
        "{:?}",
        late.status
    );
    let unpublished = through_filing(formed, d(2025, 10, 9));
    let st = unpublished.state(&cal, &periods, d(2025, 11, 3)).unwrap();
    assert_eq!(st.published, None);
    assert!(
        matches!(st.status, Status::Overdue { workdays: 2, .. }),
        "{:?}",
        st.status
    );
    let st = unpublished.state(&cal, &periods, d(2025, 10, 28)).unwrap();
    assert!(
        matches!(st.status, Status::DueSoon { workdays_left: 2 }),
        "{:?}",
        st.status
    );
}

// ---------------------------------------------------------------------------------------------
// Annual report
// ---------------------------------------------------------------------------------------------

fn summary(
    receipt: NaiveDate,
    applicant: Applicant,
    closure: Option<(NaiveDate, ClosureKind)>,
) -> CaseSummary {
    CaseSummary {
        receipt,
        applicant,
        closure,
    }
}

fn input() -> ReportInput {
    ReportInput {
        office: "示例市民政局".into(),
        overview: "本年度依法做好政府信息公开工作。".into(),
        proactive: ProactiveSection {
            rules: DocumentCounts {
                issued: 1,
                repealed: 0,
                in_force: 3,
            },
            normative_documents: DocumentCounts {
                issued: 4,
                repealed: 1,
                in_force: 12,
            },
            licensing_decisions: 7,
            penalty_decisions: 2,
            coercion_decisions: 0,
            fees_fen: 1_500_000,
        },
        review: ReviewSection {
            reconsideration: ReviewOutcomes {
                maintained: 2,
                corrected: 1,
                other: 0,
                pending: 1,
                total: 4,
            },
            litigation_direct: ReviewOutcomes {
                maintained: 1,
                corrected: 0,
                other: 0,
                pending: 0,
                total: 1,
            },
            litigation_after_reconsideration: ReviewOutcomes::default(),
        },
        problems: "第一行\n第二行".into(),
        other_matters: String::new(),
    }
}

fn hand_cases() -> Vec<CaseSummary> {
    use Applicant as A;
    let answered = |y, m, day, reply| Some((d(y, m, day), ClosureKind::Answered { reply }));
    vec![
        // a: new, disclosed in the year.
        summary(
            d(2025, 2, 10),
            A::NaturalPerson,
            answered(2025, 3, 1, ReplyType::Disclosed),
        ),
        // b: carried over from 2024, answered 2025 (state secret).
        summary(
            d(2024, 12, 20),
            A::CommercialEnterprise,
            answered(
                2025,
                1,
                10,
                ReplyType::NotDisclosed(ExemptionGround::StateSecret),
            ),
        ),
        // c: new, still open at the end of 2025.
        summary(d(2025, 12, 20), A::ResearchInstitution, None),
        // d: received and closed in 2024: not in the 2025 report.
        summary(
            d(2024, 11, 1),
            A::LegalServiceOrganisation,
            answered(2024, 11, 20, ReplyType::Disclosed),
        ),
        // e: received in 2026: not in the 2025 report.
        summary(d(2026, 1, 5), A::LegalServiceOrganisation, None),
        // f: withdrawn.
        summary(
            d(2025, 5, 1),
            A::OtherOrganisation,
            Some((d(2025, 5, 2), ClosureKind::Withdrawn)),
        ),
        // g: abandoned.
        summary(
            d(2025, 6, 2),
            A::PublicWelfareOrganisation,
            Some((d(2025, 6, 30), ClosureKind::Abandoned)),
        ),
        // h: fee lapsed.
        summary(
            d(2025, 7, 1),
            A::NaturalPerson,
            Some((d(2025, 7, 30), ClosureKind::FeeLapsed)),
        ),
        // i: carried over from 2024 and still open: carried over and forward.
        summary(d(2024, 12, 30), A::NaturalPerson, None),
        // j: new, closed in 2026: carried forward.
        summary(
            d(2025, 12, 1),
            A::NaturalPerson,
            answered(2026, 1, 5, ReplyType::Disclosed),
        ),
    ]
}

fn cols(v: [u64; 6]) -> Columns {
    Columns {
        natural_person: v[0],
        commercial_enterprise: v[1],
        research_institution: v[2],
        public_welfare_organisation: v[3],
        legal_service_organisation: v[4],
        other_organisation: v[5],
        total: v.iter().sum(),
    }
}

#[test]
fn annual_report_counts_every_cell_from_the_cases() {
    let rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    let s = &rep.requests;
    assert_eq!(s.received, cols([3, 0, 1, 1, 0, 1]), "一: a, h, j; c; g; f");
    assert_eq!(s.carried_over, cols([1, 1, 0, 0, 0, 0]), "二: i; b");
    assert_eq!(
        s.outcomes_total,
        cols([2, 1, 0, 1, 0, 1]),
        "三（七）: a, h; b; g; f"
    );
    assert_eq!(s.carried_forward, cols([2, 0, 1, 0, 0, 0]), "四: i, j; c");
    let mut expected = vec![Columns::default(); 21];
    expected[ReplyType::Disclosed.row()] = cols([1, 0, 0, 0, 0, 0]);
    expected[ReplyType::NotDisclosed(ExemptionGround::StateSecret).row()] =
        cols([0, 1, 0, 0, 0, 0]);
    expected[ReplyType::Other(OtherGround::Other).row()] = cols([0, 0, 0, 0, 0, 1]);
    expected[ReplyType::Other(OtherGround::CorrectionLapsed).row()] = cols([0, 0, 0, 1, 0, 0]);
    expected[ReplyType::Other(OtherGround::FeeLapsed).row()] = cols([1, 0, 0, 0, 0, 0]);
    let got: Vec<Columns> = s.outcomes.iter().map(|o| o.counts).collect();
    assert_eq!(got, expected);
    let order: Vec<ReplyType> = s.outcomes.iter().map(|o| o.reply).collect();
    assert_eq!(order, ReplyType::all());
    assert_eq!(rep.year, 2025);
}

#[test]
fn annual_report_for_the_previous_year_counts_that_year() {
    let rep = AnnualReport::build(2024, input(), hand_cases()).unwrap();
    let s = &rep.requests;
    // 2024: b, d, i received; d closed; b and i carried forward.
    assert_eq!(s.received, cols([1, 1, 0, 0, 1, 0]));
    assert_eq!(s.carried_over, Columns::default());
    assert_eq!(s.outcomes_total, cols([0, 0, 0, 0, 1, 0]));
    assert_eq!(s.carried_forward, cols([1, 1, 0, 0, 0, 0]));
}

#[test]
fn annual_report_needs_the_office() {
    let mut i = input();
    i.office = " ".into();
    let err = AnnualReport::build(2025, i, hand_cases()).unwrap_err();
    assert_eq!(err.code(), "bad_report_input");
    assert!(err.to_string().contains("office"));
}

fn violations(rep: &AnnualReport) -> Vec<String> {
    match rep.verify() {
        Err(DisclosureError::ReportDoesNotAddUp { violations }) => {
            violations.into_iter().map(|v| v.zh).collect()
        }
        other => panic!("expected violations, got {other:?}"),
    }
}

#[test]
fn verify_catches_a_total_that_is_not_the_sum_of_its_columns() {
    let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    rep.requests.outcomes[0].counts.total += 1;
    let v = violations(&rep);
    assert!(
        v.iter()
            .any(|x| x.contains("总计") && x.contains("各列之和")),
        "{v:?}"
    );
}

#[test]
fn verify_catches_outcome_total_not_the_sum_of_the_rows() {
    let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    rep.requests.outcomes[5]
        .counts
        .add(Applicant::NaturalPerson);
    let v = violations(&rep);
    assert!(
        v.iter()
            .any(|x| x.contains("三（七）总计 ≠ 各办理结果之和")),
        "{v:?}"
    );
}

#[test]
fn verify_catches_a_column_where_received_plus_carried_over_is_not_handled_plus_forward() {
    let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    rep.requests.received.add(Applicant::ResearchInstitution);
    let v = violations(&rep);
    assert!(v.iter().any(|x| x.starts_with("科研机构列")), "{v:?}");
    assert!(v.iter().any(|x| x.starts_with("总计列")), "{v:?}");
    assert!(
        !v.iter().any(|x| x.starts_with("自然人列")),
        "only the broken columns: {v:?}"
    );
}

#[test]
fn verify_catches_a_missing_outcome_row() {
    let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    rep.requests.outcomes.remove(7); // an empty row: only the count is wrong
    let v = violations(&rep);
    assert_eq!(v, vec!["办理结果应为 21 行，实为 20 行".to_owned()]);
}

#[test]
fn verify_catches_section_four_totals() {
    for which in 0..3 {
        let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
        let rv = &mut rep.input.review;
        let (o, name) = match which {
            0 => (&mut rv.reconsideration, "行政复议"),
            1 => (&mut rv.litigation_direct, "未经复议直接起诉"),
            _ => (&mut rv.litigation_after_reconsideration, "复议后起诉"),
        };
        o.pending += 1;
        let v = violations(&rep);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].starts_with(name), "{v:?}");
    }
}

#[test]
fn verify_catches_a_negative_fee() {
    let mut i = input();
    i.proactive.fees_fen = -1;
    let err = AnnualReport::build(2025, i, hand_cases()).unwrap_err();
    match err {
        DisclosureError::ReportDoesNotAddUp { violations } => {
            assert_eq!(
                violations,
                [crate::text::Bilingual::new(
                    "收费金额为负",
                    "the fees are negative"
                )]
            )
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn verify_lists_every_violation_at_once() {
    let mut rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    rep.requests.received.add(Applicant::NaturalPerson);
    rep.input.review.reconsideration.total = 0;
    rep.input.proactive.fees_fen = -5;
    let v = violations(&rep);
    assert!(v.len() >= 4, "{v:?}");
    let msg = rep.verify().unwrap_err().to_string();
    assert!(
        msg.contains("does not add up") && msg.contains("勾稽关系"),
        "{msg}"
    );
}

#[test]
fn wan_yuan_is_exact_without_trailing_zeros() {
    assert_eq!(wan_yuan(0), "0");
    assert_eq!(wan_yuan(1_234_567), "1.234567");
    assert_eq!(wan_yuan(1_500_000), "1.5");
    assert_eq!(wan_yuan(1_000_000), "1");
    assert_eq!(wan_yuan(100), "0.0001");
    assert_eq!(wan_yuan(1), "0.000001");
    assert_eq!(wan_yuan(-1_500_000), "-1.5");
    assert_eq!(wan_yuan(123_000_000), "123");
}

/// The 21 outcome-row labels as they appear in the tables.
fn outcome_labels() -> Vec<String> {
    let mut v = vec![
        "（一）予以公开".to_owned(),
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）".to_owned(),
    ];
    for (i, l) in [
        "属于国家秘密",
        "其他法律行政法规禁止公开",
        "危及“三安全一稳定”",
        "保护第三方合法权益",
        "属于三类内部事务信息",
        "属于四类过程性信息",
        "属于行政执法案卷",
        "属于行政查询事项",
    ]
    .iter()
    .enumerate()
    {
        v.push(format!("{}. {l}", i + 1));
    }
    for (i, l) in [
        "本机关不掌握相关政府信息",
        "没有现成信息需要另行制作",
        "补正后申请内容仍不明确",
    ]
    .iter()
    .enumerate()
    {
        v.push(format!("{}. {l}", i + 1));
    }
    for (i, l) in [
        "信访举报投诉类申请",
        "重复申请",
        "要求提供公开出版物",
        "无正当理由大量反复申请",
        "要求行政机关确认或重新出具已获取信息",
    ]
    .iter()
    .enumerate()
    {
        v.push(format!("{}. {l}", i + 1));
    }
    for (i, l) in [
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "其他",
    ]
    .iter()
    .enumerate()
    {
        v.push(format!("{}. {l}", i + 1));
    }
    v
}

/// Asserts that `needles` occur in `hay` in order, each after the previous one.
fn assert_in_order(hay: &str, needles: &[String]) {
    let mut at = 0;
    for n in needles {
        match hay.get(at..).and_then(|rest| rest.find(n.as_str())) {
            Some(p) => at += p + n.len(),
            None => panic!("{n:?} missing or out of order after byte {at}"),
        }
    }
}

fn headings() -> Vec<String> {
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

#[test]
fn markdown_has_the_sections_and_the_21_outcome_rows_in_order() {
    let rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    let md = rep.to_markdown();
    assert!(md.starts_with("# 示例市民政局2025年政府信息公开工作年度报告"));
    let hs: Vec<String> = headings().iter().map(|h| format!("## {h}")).collect();
    assert_in_order(&md, &hs);
    let mut rows = vec![
        "一、本年新收政府信息公开申请数量".to_owned(),
        "二、上年结转政府信息公开申请数量".to_owned(),
        "三、本年度办理结果".to_owned(),
    ];
    rows.extend(outcome_labels());
    rows.push("（七）总计".into());
    rows.push("四、结转下年度继续办理".into());
    assert_in_order(&md, &rows);
    assert!(
        md.contains("| 一、本年新收政府信息公开申请数量 | 3 | 0 | 1 | 1 | 0 | 1 | 6 |"),
        "{md}"
    );
    assert!(md.contains("| 二、上年结转政府信息公开申请数量 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |"));
    assert!(md.contains("| （七）总计 | 2 | 1 | 0 | 1 | 0 | 1 | 5 |"));
    assert!(md.contains("| 四、结转下年度继续办理 | 2 | 0 | 1 | 0 | 0 | 0 | 3 |"));
    assert!(md.contains("| 行政事业性收费 | 1.5 |"));
    assert!(
        md.contains("| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |"),
        "section 四 row"
    );
    assert!(
        md.contains("## 六、其他需要报告的事项\n\n无。"),
        "empty narrative shows 无。"
    );
}

#[test]
fn csv_has_the_21_outcome_rows_in_order_and_one_line_per_row() {
    let rep = AnnualReport::build(2025, input(), hand_cases()).unwrap();
    let csv = rep.to_csv();
    assert_in_order(&csv, &outcome_labels());
    assert!(
        csv.contains("\n一、本年新收政府信息公开申请数量,3,0,1,1,0,1,6\n"),
        "{csv}"
    );
    assert!(csv.contains("\n（七）总计,2,1,0,1,0,1,5\n"));
    assert!(csv.contains("第二十条第（八）项,行政事业性收费（万元）,1.5"));
    assert!(csv.contains("\n行政复议,2,1,0,1,4\n"));
    // 3 + 21 + 4 group headings + （七）+ 四 rows in section 三, plus its header.
    let section3: Vec<&str> = csv.split("\n\n").nth(1).unwrap().lines().collect();
    assert_eq!(section3.len(), 1 + 3 + 21 + 4 + 2);
    // Every data row has the label and 7 numbers; heading rows have the label only.
    for l in &section3[1..] {
        let n = l.split(',').count();
        assert!(n == 8 || n == 1, "{l}");
    }
}

#[test]
fn html_is_balanced_and_has_the_sections_and_rows() {
    let mut i = input();
    i.office = "示例<市>&民政局".into();
    let rep = AnnualReport::build(2025, i, hand_cases()).unwrap();
    let html = rep.to_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    for (open, close) in [
        ("<table>", "</table>"),
        ("<tr>", "</tr>"),
        ("<h2>", "</h2>"),
        ("<p>", "</p>"),
        ("<html", "</html>"),
        ("<body>", "</body>"),
    ] {
        assert_eq!(
            html.matches(open).count(),
            html.matches(close).count(),
            "{open} vs {close}"
        );
    }
    assert_eq!(html.matches("<table>").count(), 3);
    let hs: Vec<String> = headings().iter().map(|h| format!("<h2>{h}</h2>")).collect();
    assert_in_order(&html, &hs);
    assert_in_order(&html, &outcome_labels());
    assert!(
        html.contains("示例&lt;市&gt;&amp;民政局2025年"),
        "the office is escaped"
    );
    assert!(!html.contains("示例<市>"));
    assert!(html.contains("<p>第一行</p>\n<p>第二行</p>"));
    let cells_per_row = html
        .lines()
        .filter(|l| l.contains("colspan=\"3\">（七）总计"))
        .map(|l| l.matches("<td>").count())
        .next();
    assert_eq!(cells_per_row, Some(7), "7 numeric columns");
}

// ---------------------------------------------------------------------------------------------
// Synthetic data
// ---------------------------------------------------------------------------------------------

#[test]
fn synthetic_year_replays_and_covers_every_situation() {
    let (cal, periods) = (Calendar::china(), Catalogue::national());
    let r = Replayer::new(&cal, &periods);
    let events = synth::synthetic_year(&cal, 2025, 2025, 240);
    assert_eq!(
        events,
        synth::synthetic_year(&cal, 2025, 2025, 240),
        "deterministic"
    );
    let groups = group_by_case(events.clone());
    assert_eq!(groups.len(), 240);
    let mut channels = BTreeSet::new();
    let mut rows = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut notes = BTreeSet::new();
    let mut parties = BTreeSet::new();
    let (mut late, mut carried_over, mut carried_forward, mut corrected_restart) = (0, 0, 0, 0);
    let mut cases = Vec::new();
    for (id, evs) in &groups {
        let case = r.replay(evs).unwrap_or_else(|e| panic!("{id}: {e}"));
        let end = d(2025, 12, 31);
        let rep = r.report(&case, end).unwrap_or_else(|e| panic!("{id}: {e}"));
        channels.insert(format!("{:?}", case.channel));
        if let Some((_, k)) = case.closure {
            rows.insert(k.report_row().row());
        }
        for e in evs {
            kinds.insert(e.kind.name());
            if let EventKind::ConsultationSent { party, .. } = e.kind {
                parties.insert(format!("{party:?}"));
            }
        }
        for n in &rep.notes {
            notes.insert(n.code);
        }
        if matches!(rep.status, Some(Status::MetLate { .. })) {
            late += 1;
        }
        if case.clock_start != case.receipt {
            corrected_restart += 1;
        }
        if case.receipt.year() == 2024 && case.closure.is_none_or(|(d, _)| d.year() == 2025) {
            carried_over += 1;
        }
        if case.closure.is_none() && case.receipt.year() == 2025 {
            carried_forward += 1;
        }
        cases.push(case);
    }
    assert_eq!(channels.len(), ReceiptChannel::ALL.len(), "{channels:?}");
    assert_eq!(rows.len(), 21, "every report row is reached: {rows:?}");
    for k in [
        "received",
        "correction_requested",
        "corrected",
        "deemed_abandoned",
        "consultation_sent",
        "consultation_answered",
        "extension_approved",
        "fee_notice",
        "fee_paid",
        "fee_lapsed",
        "answered",
        "withdrawn",
    ] {
        assert!(kinds.contains(k), "no {k} event");
    }
    assert_eq!(parties.len(), 2, "both kinds of consultee");
    for code in ["RQ001", "RQ002", "RQ005"] {
        assert!(notes.contains(code), "no {code} in {notes:?}");
    }
    assert!(
        late > 0 && corrected_restart > 0 && carried_over > 0 && carried_forward > 0,
        "{late} {corrected_restart} {carried_over} {carried_forward}"
    );
    let report = AnnualReport::build(2025, input(), cases.iter().map(CaseSummary::from)).unwrap();
    report.verify().unwrap();
    let s = &report.requests;
    assert_eq!(s.carried_over.total, carried_over);
    assert!(s.carried_forward.total >= carried_forward);
    assert_eq!(
        s.received.total + s.carried_over.total,
        s.outcomes_total.total + s.carried_forward.total
    );
    // The same cases seen from 2026: what 2025 carried forward is 2026's carry-over.
    let next = AnnualReport::build(2026, input(), cases.iter().map(CaseSummary::from)).unwrap();
    assert_eq!(next.requests.carried_over, s.carried_forward);
}

#[test]
fn synthetic_generator_is_seeded() {
    let cal = Calendar::china();
    assert_ne!(
        synth::synthetic_year(&cal, 1, 2025, 30),
        synth::synthetic_year(&cal, 2, 2025, 30)
    );
    let mut a = synth::Rng::new(0);
    let mut b = synth::Rng::new(0);
    for _ in 0..100 {
        let x = a.range(3, 7);
        assert!((3..=7).contains(&x));
        assert_eq!(x, b.range(3, 7));
    }
}

// ---------------------------------------------------------------------------------------------
// Logs the replayer accepts can be reported on
// ---------------------------------------------------------------------------------------------

#[test]
fn an_event_before_the_receipt_date_is_refused() {
    with(|r| {
        // Arrived online 03-03, confirmed 03-05: the request is received on 03-05 (第三十一条);
        // an answer dated 03-04 is refused rather than accepted and left unreportable.
        let r1 = r.replay(&[
            received_by(d(2025, 3, 3), ReceiptChannel::Online, Some(d(2025, 3, 5))),
            answered(d(2025, 3, 4), ReplyType::Disclosed),
        ]);
        assert!(
            matches!(r1, Err(DisclosureError::Event(EventError::Refused { .. }))),
            "{r1:?}"
        );
        let ok = r
            .replay(&[
                received_by(d(2025, 3, 3), ReceiptChannel::Online, Some(d(2025, 3, 5))),
                answered(d(2025, 3, 5), ReplyType::Disclosed),
            ])
            .unwrap();
        assert!(r.report(&ok, d(2025, 3, 10)).is_ok());
    });
}

#[test]
fn a_correction_after_an_extension_is_refused() {
    with(|r| {
        // The one-time correction notice comes before the request is handled (第三十条).
        let res = r.replay(&[
            received(d(2025, 3, 3)),
            extension(d(2025, 3, 5), 10, "负责人", Some(d(2025, 3, 5))),
            correction(d(2025, 3, 6), d(2025, 3, 20)),
        ]);
        assert!(
            matches!(res, Err(DisclosureError::Event(EventError::Refused { .. }))),
            "{res:?}"
        );
    });
}

#[test]
fn a_request_received_in_december_of_the_last_covered_year_has_a_due_date() {
    with(|r| {
        // 2026 is the last year with a notice; a request of 2026-12-15 is due in January 2027.
        // Strictly it cannot be answered before the 2027 notice is loaded; provisionally it can,
        // and says so.
        let c = r.replay(&[received(d(2026, 12, 15))]).unwrap();
        assert!(r.report(&c, d(2026, 12, 20)).is_err());
        let p = r.provisional();
        let rep = p.report(&c, d(2026, 12, 20)).unwrap();
        let dl = rep.deadline.unwrap();
        assert!(dl.provisional);
        assert!(dl
            .warnings
            .iter()
            .any(|w| matches!(w, crate::deadline::Warning::Provisional { .. })));
    });
}

#[test]
fn a_responsible_unit_must_match_one_taxonomy_unit_exactly() {
    // 城乡低保 belongs to 市社会救助局; a fragment of the name is not a match.
    let mut e = good_entry("x");
    e.responsible_unit = "救助".into();
    assert!(checks_of(&check_entries(vec![e])).contains(&"DC014"));
    // 福彩公益金使用 names two units: either one matches.
    let mut e = good_entry("y");
    e.category = "民政资金".into();
    e.subcategory = "福彩公益金使用".into();
    e.responsible_unit = "福利科".into();
    e.article20_item = None;
    e.normative_document = false;
    assert!(!checks_of(&check_entries(vec![e])).contains(&"DC014"));
}

#[test]
fn a_second_fee_notice_is_refused() {
    with(|r| {
        let res = r.replay(&[
            received(d(2025, 3, 3)),
            fee(d(2025, 3, 10), 5000, d(2025, 3, 20)),
            simple(d(2025, 3, 12), EventKind::FeePaid {}),
            fee(d(2025, 3, 13), 5000, d(2025, 3, 25)),
        ]);
        assert!(
            matches!(res, Err(DisclosureError::Event(EventError::Refused { .. }))),
            "{res:?}"
        );
    });
}
