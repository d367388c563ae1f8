//! Deterministic synthetic request logs: a realistic year of cases covering every channel, every
//! reply type and ground, corrections, abandonment, consultations, extensions, fees, late
//! answers, withdrawals and carry-over. For samples, tests and benchmarks — never real data.

use super::request::{Consultee, Event, EventKind, ReceiptChannel};
use super::terms::{Applicant, OtherGround, ReplyType};
use crate::calendar::Calendar;
use chrono::{Datelike, Days, NaiveDate};

pub use crate::rng::Rng;

fn wd(cal: &Calendar, d: NaiveDate, n: u64) -> NaiveDate {
    cal.provisional()
        .add_workdays(d, i64::try_from(n).unwrap_or(0))
        .map(|a| a.value)
        .unwrap_or(d)
}

fn days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

/// Generates the events of `count` cases for `year`, cut at 31 December (cases still open then
/// are carried forward). About 3 % of cases arrive in the previous December (carry-over).
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::disclosure::synth::synthetic_year;
/// let events = synthetic_year(&Calendar::china(), 7, 2025, 50);
/// assert!(events.len() > 100);
/// ```
pub fn synthetic_year(calendar: &Calendar, seed: u64, year: i32, count: usize) -> Vec<Event> {
    let mut rng = Rng::new(seed);
    let answerable: Vec<ReplyType> = ReplyType::all()
        .into_iter()
        .filter(|r| {
            !matches!(
                r,
                ReplyType::Other(OtherGround::CorrectionLapsed | OtherGround::FeeLapsed)
            )
        })
        .collect();
    let (Some(jan1), Some(dec1_prev), Some(year_end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year - 1, 12, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(count * 5);
    let mut cycle = 0usize;
    for i in 0..count {
        let case = format!("{year}-{:06}", i + 1);
        let arrival_base = if rng.range(0, 99) < 3 {
            days(dec1_prev, rng.range(0, 27))
        } else {
            days(jan1, rng.range(0, 360))
        };
        let arrived = calendar
            .provisional()
            .next_workday(arrival_base)
            .map(|a| a.value)
            .unwrap_or(arrival_base);
        let channel = ReceiptChannel::ALL
            .get(i % ReceiptChannel::ALL.len())
            .copied()
            .unwrap_or(ReceiptChannel::InPerson);
        let applicant = match rng.range(0, 99) {
            0..=69 => Applicant::NaturalPerson,
            70..=81 => Applicant::CommercialEnterprise,
            82..=85 => Applicant::ResearchInstitution,
            86..=89 => Applicant::PublicWelfareOrganisation,
            90..=94 => Applicant::LegalServiceOrganisation,
            _ => Applicant::OtherOrganisation,
        };
        let confirmed = match channel {
            ReceiptChannel::InPerson => None,
            ReceiptChannel::SignedMail => Some(arrived),
            // One ordinary letter in ten is confirmed a day late: the log records it, the replay
            // counts from arrival and notes it.
            ReceiptChannel::OrdinaryLetter => Some(if rng.range(0, 9) == 0 {
                days(arrived, 1)
            } else {
                arrived
            }),
            ReceiptChannel::Online | ReceiptChannel::Fax => {
                Some(wd(calendar, arrived, rng.range(0, 1)))
            }
        };
        let receipt = match channel {
            ReceiptChannel::Online | ReceiptChannel::Fax => confirmed.unwrap_or(arrived),
            _ => arrived,
        };
        let mut ev = vec![Event {
            case: case.clone(),
            date: arrived,
            kind: EventKind::Received {
                channel,
                applicant,
                confirmed,
                subject: Some(format!("申请公开民政信息（样例 {}）", i + 1)),
            },
        }];
        // Most requests are answered by disclosure, as in published reports; every other row
        // still appears, in turn, in the rest.
        let reply = match rng.range(0, 9) {
            0..=4 => ReplyType::Disclosed,
            5 => ReplyType::PartiallyDisclosed,
            _ => {
                cycle += 1;
                answerable
                    .get(cycle % answerable.len())
                    .copied()
                    .unwrap_or(ReplyType::Disclosed)
            }
        };
        let answered = |reply: ReplyType| EventKind::Answered {
            reply,
            grounds: format!("依据{}", reply.basis()),
        };
        let mut push = |date: NaiveDate, kind: EventKind| {
            ev.push(Event {
                case: case.clone(),
                date,
                kind,
            })
        };
        match i % 10 {
            5 => {
                // Correction, then the corrected request, then a reply; one notice in eight late.
                let late = rng.range(0, 7) == 0;
                let asked = wd(calendar, receipt, if late { 9 } else { rng.range(1, 6) });
                let until = days(asked, 15);
                push(
                    asked,
                    EventKind::CorrectionRequested {
                        items: vec!["所需信息的名称或文号".into(), "获取信息的方式".into()],
                        until,
                    },
                );
                let corrected = days(asked, rng.range(2, 14));
                push(corrected, EventKind::Corrected {});
                push(wd(calendar, corrected, rng.range(3, 19)), answered(reply));
            }
            6 => {
                let asked = wd(calendar, receipt, rng.range(1, 6));
                let until = days(asked, 15);
                push(
                    asked,
                    EventKind::CorrectionRequested {
                        items: vec!["申请内容不明确：请说明所需信息的具体范围".into()],
                        until,
                    },
                );
                push(days(until, 1), EventKind::DeemedAbandoned {});
            }
            7 => {
                let sent = wd(calendar, receipt, rng.range(3, 8));
                let party = if rng.range(0, 2) == 0 {
                    Consultee::OtherAgency
                } else {
                    Consultee::ThirdParty
                };
                push(
                    sent,
                    EventKind::ConsultationSent {
                        party,
                        to: "样例第三方".into(),
                    },
                );
                let back = wd(calendar, sent, rng.range(2, 12));
                push(
                    back,
                    EventKind::ConsultationAnswered {
                        party: None,
                        to: String::new(),
                    },
                );
                push(wd(calendar, back, rng.range(2, 9)), answered(reply));
            }
            8 => {
                let granted = wd(calendar, receipt, 18);
                push(
                    granted,
                    EventKind::ExtensionApproved {
                        amount: u32::try_from(rng.range(10, 20)).unwrap_or(20),
                        approved_by: "政府信息公开工作机构负责人".into(),
                        applicant_notified: Some(granted),
                    },
                );
                push(wd(calendar, receipt, rng.range(22, 34)), answered(reply));
            }
            9 => {
                let notice = wd(calendar, receipt, rng.range(5, 10));
                let pay_by = days(notice, 15);
                push(
                    notice,
                    EventKind::FeeNotice {
                        amount_fen: 1000 * i64::try_from(rng.range(1, 50)).unwrap_or(1),
                        basis: "政府信息公开信息处理费管理办法".into(),
                        pay_by,
                    },
                );
                if rng.range(0, 1) == 0 {
                    let paid = days(notice, rng.range(1, 14));
                    push(paid, EventKind::FeePaid {});
                    push(wd(calendar, paid, rng.range(2, 8)), answered(reply));
                } else {
                    push(days(pay_by, 1), EventKind::FeeLapsed {});
                }
            }
            4 if i % 20 == 4 => push(
                wd(calendar, receipt, rng.range(1, 5)),
                EventKind::Withdrawn {},
            ),
            3 if i % 30 == 3 => {
                // Answered late, past the 20 working days.
                push(wd(calendar, receipt, rng.range(21, 27)), answered(reply));
            }
            _ => push(wd(calendar, receipt, rng.range(0, 19)), answered(reply)),
        }
        // Cut at the end of the year: what happens later belongs to next year's log.
        out.extend(
            ev.into_iter()
                .filter(|e| e.date <= year_end && e.date.year() >= year - 1),
        );
    }
    out
}
