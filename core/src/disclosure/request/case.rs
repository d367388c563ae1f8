//! A disclosure request replayed from its log: state, due date, status and explanation.

use super::event::{Consultee, Event, EventKind, ReceiptChannel};
use crate::calendar::Calendar;
use crate::deadline::{Catalogue as Periods, Deadline, Extension, Status, Suspension};
use crate::disclosure::error::DisclosureError;
use crate::disclosure::terms::{Applicant, OtherGround, ReplyType};
use crate::eventlog::{self, Refusal};
use crate::{Citation, Confidence};
use chrono::{Days, NaiveDate};
use serde::Serialize;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CaseState {
    /// Being handled; the reply clock runs.
    Open,
    /// Waiting for the applicant's correction; the reply clock will start again.
    AwaitingCorrection,
    /// Consultation pending; the clock is stopped.
    Consulting,
    /// Waiting for the fee; the clock is stopped.
    AwaitingFee,
    /// Closed (answered, abandoned, fee lapsed or withdrawn).
    Closed,
}

impl CaseState {
    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            CaseState::Open => "办理中",
            CaseState::AwaitingCorrection => "待补正",
            CaseState::Consulting => "征求意见中",
            CaseState::AwaitingFee => "待缴费",
            CaseState::Closed => "已办结",
        }
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            CaseState::Open => "open",
            CaseState::AwaitingCorrection => "awaiting correction",
            CaseState::Consulting => "consulting",
            CaseState::AwaitingFee => "awaiting fee",
            CaseState::Closed => "closed",
        }
    }

    /// Both names (`中文 / English`), for the CLI.
    pub fn label(self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }
}

/// How a case closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "closure", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClosureKind {
    /// Answered with a reply type.
    Answered {
        /// The reply.
        reply: ReplyType,
    },
    /// Deemed abandoned after the correction period (第三十条).
    Abandoned,
    /// The fee was not paid in time (第四十二条).
    FeeLapsed,
    /// Withdrawn by the applicant.
    Withdrawn,
}

impl ClosureKind {
    /// The row of the annual report this closure counts in. A withdrawn request has no row of
    /// its own: it is counted under （六）其他处理 — 其他 (judgement call, DESIGN.md).
    pub fn report_row(self) -> ReplyType {
        match self {
            ClosureKind::Answered { reply } => reply,
            ClosureKind::Abandoned => ReplyType::Other(OtherGround::CorrectionLapsed),
            ClosureKind::FeeLapsed => ReplyType::Other(OtherGround::FeeLapsed),
            ClosureKind::Withdrawn => ReplyType::Other(OtherGround::Other),
        }
    }
}

/// A compliance observation on a case (the log records what happened; these say where it fell
/// short of the rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CaseNote {
    /// Stable id (`RQ001` ...).
    pub code: &'static str,
    /// Chinese text.
    pub zh: String,
    /// English text.
    pub en: String,
    /// The rule.
    pub basis: Citation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Consultation {
    party: Consultee,
    to: String,
    sent: NaiveDate,
    answered: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Correction {
    requested: NaiveDate,
    items: Vec<String>,
    until: NaiveDate,
    corrected: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Fee {
    notice: NaiveDate,
    amount_fen: i64,
    pay_by: NaiveDate,
    paid: Option<NaiveDate>,
}

/// A request case, built by replaying its events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RequestCase {
    /// The case id.
    pub id: String,
    /// The applicant type.
    pub applicant: Applicant,
    /// The channel.
    pub channel: ReceiptChannel,
    /// The day the request arrived.
    pub arrived: NaiveDate,
    /// The receipt date under 第三十一条.
    pub receipt: NaiveDate,
    /// The day the reply period runs from (the receipt, or the corrected request's arrival).
    pub clock_start: NaiveDate,
    /// The current state.
    pub state: CaseState,
    /// How and when it closed.
    pub closure: Option<(NaiveDate, ClosureKind)>,
    /// Compliance observations.
    pub notes: Vec<CaseNote>,
    /// Events applied.
    pub events: usize,
    /// Exact repeats of an applied event, ignored.
    pub duplicates_ignored: usize,
    correction: Option<Correction>,
    consultations: Vec<Consultation>,
    fee: Option<Fee>,
    extension: Option<Extension>,
    applied: Vec<Event>,
}

/// The state of a case on a given day, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CaseReport {
    /// The case id.
    pub id: String,
    /// The state.
    pub state: CaseState,
    /// The receipt date (第三十一条).
    pub receipt: NaiveDate,
    /// The reply due date with its explanation (absent while a correction is awaited, and for
    /// cases closed without a reply).
    pub deadline: Option<Deadline>,
    /// The status of the reply on the given day.
    pub status: Option<Status>,
    /// While a correction is awaited: the last day of the correction period.
    pub correction_until: Option<NaiveDate>,
    /// The closure.
    pub closure: Option<(NaiveDate, ClosureKind)>,
    /// Compliance observations.
    pub notes: Vec<CaseNote>,
}

fn tiaoli(article: &str) -> Citation {
    Citation::new("政府信息公开条例", article, Confidence::V1)
}

fn plus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

/// Replays logs with a calendar and the period catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Replayer<'a> {
    /// The working-day calendar.
    pub calendar: &'a Calendar,
    /// The statutory periods (possibly with local overrides).
    pub periods: &'a Periods,
    /// Whether to answer for years without a notice with the weekends-only rule (flagged).
    pub provisional: bool,
}

impl<'a> Replayer<'a> {
    /// A replayer on the official calendar: a period running into a year without a notice is an
    /// error.
    pub fn new(calendar: &'a Calendar, periods: &'a Periods) -> Self {
        Replayer {
            calendar,
            periods,
            provisional: false,
        }
    }

    /// The same replayer, answering for years without a notice with the weekends-only rule; such
    /// due dates carry `provisional: true` and a warning.
    pub fn provisional(self) -> Self {
        Replayer {
            provisional: true,
            ..self
        }
    }

    /// Replays one case's events, in order. The first refused event ends the replay with an
    /// error naming it.
    ///
    /// ```
    /// use minzheng::calendar::Calendar;
    /// use minzheng::deadline::Catalogue;
    /// use minzheng::disclosure::{parse_log, CaseState, Replayer};
    /// use chrono::NaiveDate;
    /// let log = r#"{"case": "A1", "date": "2024-09-20", "type": "received", "channel": "in_person", "applicant": "natural_person"}
    /// {"case": "A1", "date": "2024-10-09", "type": "consultation_sent", "party": "third_party"}
    /// {"case": "A1", "date": "2024-10-14", "type": "consultation_answered"}"#;
    /// let events = parse_log(log)?;
    /// let (cal, periods) = (Calendar::china(), Catalogue::national());
    /// let r = Replayer::new(&cal, &periods);
    /// let case = r.replay(&events)?;
    /// assert_eq!(case.state, CaseState::Open);
    /// let report = r.report(&case, NaiveDate::from_ymd_opt(2024, 10, 21).unwrap())?;
    /// // 20 working days from 09-20 end 10-23; the consultation stopped the clock 10-10..10-14,
    /// // four workdays (10-12 was a Saturday worked for National Day): due 10-29.
    /// assert_eq!(report.deadline.unwrap().due, NaiveDate::from_ymd_opt(2024, 10, 29).unwrap());
    /// # Ok::<(), minzheng::disclosure::DisclosureError>(())
    /// ```
    pub fn replay(&self, events: &[Event]) -> Result<RequestCase, DisclosureError> {
        eventlog::replay(
            events,
            |first| self.start(first),
            |case, e| self.apply(case, e),
        )
    }

    /// Starts a case from its `received` event.
    pub fn start(&self, event: &Event) -> Result<RequestCase, DisclosureError> {
        let EventKind::Received {
            channel,
            applicant,
            confirmed,
            ..
        } = &event.kind
        else {
            return Err(eventlog::must_open(event, "收到申请").into());
        };
        let mut notes = Vec::new();
        let receipt = receipt_date(*channel, event.date, *confirmed, &mut notes);
        Ok(RequestCase {
            id: event.case.clone(),
            applicant: *applicant,
            channel: *channel,
            arrived: event.date,
            receipt,
            clock_start: receipt,
            state: CaseState::Open,
            closure: None,
            notes,
            events: 1,
            duplicates_ignored: 0,
            correction: None,
            consultations: Vec::new(),
            fee: None,
            extension: None,
            applied: vec![event.clone()],
        })
    }

    /// Applies one event. On error the case is unchanged.
    ///
    /// Out-of-order events (dated before the last applied one) are refused. An exact repeat of an
    /// event already applied (same case, date and content) is ignored and counted in
    /// `duplicates_ignored`: logs shipped twice replay to the same state. (These rules of the log
    /// are shared with window cases; the rules of 条例 follow them.)
    pub fn apply(&self, case: &mut RequestCase, event: &Event) -> Result<(), DisclosureError> {
        eventlog::apply(case, event, |next, refuse| self.step(next, event, refuse))
    }

    /// The rules of 条例 for one event, on a copy of the case (a refusal discards it): nothing
    /// before the receipt date (第三十一条), nothing after closure, and each event in the states
    /// it may happen in.
    fn step(
        &self,
        next: &mut RequestCase,
        event: &Event,
        refuse: Refusal,
    ) -> Result<(), DisclosureError> {
        if event.date < next.receipt {
            return Err(refuse.because(
                &format!("事件日期早于收到申请日 {}（第三十一条）", next.receipt),
                &format!(
                    "the event is dated before the receipt date {} (Art. 31)",
                    next.receipt
                ),
            ));
        }
        use CaseState as S;
        let d = event.date;
        match (&event.kind, next.state) {
            (_, S::Closed) => Err(refuse.because("案件已办结", "the case is closed")),
            (EventKind::Received { .. }, _) => Err(refuse.because(
                "案件已收到，不能重复收件",
                "the request was already received",
            )),
            (EventKind::CorrectionRequested { items, until }, S::Open) => {
                self.correction_requested(next, d, items, *until, refuse)
            }
            (EventKind::Corrected {}, S::AwaitingCorrection) => {
                corrected(next, d);
                Ok(())
            }
            (EventKind::DeemedAbandoned {}, S::AwaitingCorrection) => {
                deemed_abandoned(next, d, refuse)
            }
            (EventKind::ConsultationSent { party, to }, S::Open | S::Consulting) => {
                next.consultations.push(Consultation {
                    party: *party,
                    to: to.clone(),
                    sent: d,
                    answered: None,
                });
                next.state = S::Consulting;
                Ok(())
            }
            (EventKind::ConsultationAnswered { party, to }, S::Consulting) => {
                consultation_answered(next, d, *party, to, refuse)
            }
            (
                EventKind::ExtensionApproved {
                    amount,
                    approved_by,
                    applicant_notified,
                },
                S::Open | S::Consulting,
            ) => {
                let notified = applicant_notified.is_some();
                self.extension_approved(next, d, *amount, approved_by, notified, refuse)
            }
            (
                EventKind::FeeNotice {
                    amount_fen, pay_by, ..
                },
                S::Open,
            ) => fee_notice(next, d, *amount_fen, *pay_by, refuse),
            (EventKind::FeePaid {}, S::AwaitingFee) => {
                if let Some(f) = next.fee.as_mut() {
                    f.paid = Some(d);
                }
                next.state = S::Open;
                Ok(())
            }
            (EventKind::FeeLapsed {}, S::AwaitingFee) => fee_lapsed(next, d, refuse),
            (EventKind::Answered { reply, .. }, S::Open | S::Consulting) => {
                answered(next, d, *reply);
                Ok(())
            }
            (EventKind::Withdrawn {}, _) => {
                next.closure = Some((d, ClosureKind::Withdrawn));
                next.state = S::Closed;
                Ok(())
            }
            (kind, state) => Err(refuse.because(
                &format!("“{}”状态下不能记录“{}”", state.zh(), kind.name()),
                &format!(
                    "\"{}\" cannot happen in state \"{}\"",
                    kind.name(),
                    state.en()
                ),
            )),
        }
    }

    /// 补正 — 条例 第三十条 (V1): one notice, listing every item, before the request is handled,
    /// with a period ending after the notice; a notice later than `disclosure.correction_notice`
    /// after receipt is noted (RQ002).
    fn correction_requested(
        &self,
        next: &mut RequestCase,
        d: NaiveDate,
        items: &[String],
        until: NaiveDate,
        refuse: Refusal,
    ) -> Result<(), DisclosureError> {
        if next.correction.is_some() {
            return Err(refuse.because(
                "补正只能一次性告知（第三十条）",
                "a correction may be requested only once (Art. 30, one-time notice)",
            ));
        }
        if next.extension.is_some() || !next.consultations.is_empty() || next.fee.is_some() {
            return Err(refuse.because(
                "补正告知应在办理之前（收到申请后7个工作日内）：已征求意见、延期或收费的申请不能再要求补正",
                "the correction notice comes before the request is handled: not after a consultation, an extension or a fee notice",
            ));
        }
        if items.iter().all(|i| i.trim().is_empty()) {
            return Err(refuse.because(
                "补正告知必须列明需要补正的全部事项",
                "the notice must list every item to correct",
            ));
        }
        if until <= d {
            return Err(refuse.because(
                "补正期限必须晚于告知日期",
                "the correction period must end after the notice",
            ));
        }
        let due = self
            .periods
            .clock("disclosure.correction_notice", next.receipt)?
            .compute(self.calendar)?;
        if d > due.due {
            next.notes.push(CaseNote {
                code: "RQ002",
                zh: format!("补正告知于 {}，晚于收到申请后7个工作日（{}）", d, due.due),
                en: format!(
                    "correction notice sent {}, after the 7 working days from receipt ({})",
                    d, due.due
                ),
                basis: tiaoli("第三十条"),
            });
        }
        next.correction = Some(Correction {
            requested: d,
            items: items.to_vec(),
            until,
            corrected: None,
        });
        next.state = CaseState::AwaitingCorrection;
        Ok(())
    }

    /// 延长答复期限 — 条例 第三十三条第二款 (V1): once, approved by the head of the disclosure
    /// office, at most 20 working days, before the period ran out (checked by computing the
    /// deadline); the applicant must be told (RQ004 when not recorded).
    fn extension_approved(
        &self,
        next: &mut RequestCase,
        d: NaiveDate,
        amount: u32,
        approved_by: &str,
        applicant_notified: bool,
        refuse: Refusal,
    ) -> Result<(), DisclosureError> {
        if next.extension.is_some() {
            return Err(refuse.because(
                "答复期限只能延长一次",
                "the reply period can be extended once",
            ));
        }
        if approved_by.trim().is_empty() {
            return Err(refuse.because(
                "延长须经政府信息公开工作机构负责人同意",
                "an extension needs the approval of the head of the disclosure office",
            ));
        }
        if !applicant_notified {
            next.notes.push(CaseNote {
                code: "RQ004",
                zh: "延长答复期限未记录告知申请人".to_owned(),
                en: "the extension does not record that the applicant was told".to_owned(),
                basis: tiaoli("第三十三条第二款"),
            });
        }
        next.extension = Some(Extension {
            amount,
            approved_by: approved_by.to_owned(),
            granted: d,
        });
        // Validates the amount (≤ 20 working days) and that the period had not run out.
        self.deadline(next, d)?;
        Ok(())
    }

    /// The reply deadline as it stands on `as_of` (pending consultations and fee waits count as
    /// suspended up to that day). `None` while a correction is awaited, and for a case closed
    /// without a reply (abandoned, fee lapsed, withdrawn).
    pub fn deadline(
        &self,
        case: &RequestCase,
        as_of: NaiveDate,
    ) -> Result<Option<Deadline>, DisclosureError> {
        // No reply is running while a correction is awaited, and none is due for a case closed
        // without a reply (abandoned, fee lapsed, withdrawn).
        if matches!(case.state, CaseState::AwaitingCorrection)
            || matches!(case.closure, Some((_, k)) if !matches!(k, ClosureKind::Answered { .. }))
        {
            return Ok(None);
        }
        let start = case.clock_start;
        let end_of_case = case.closure.map(|(d, _)| d).unwrap_or(as_of);
        let mut suspensions = Vec::new();
        for c in case.consultations.iter().filter(|c| c.sent >= start) {
            // The consultation time is the consultee's: from the day after the letter until the
            // answer, at most the 15 working days it has (第三十二条, 第三十四条). Time beyond
            // that is the office's own and counts (protects the applicant).
            let id = match c.party {
                Consultee::ThirdParty => "disclosure.third_party_opinion",
                Consultee::OtherAgency => "disclosure.other_agency_opinion",
            };
            let cap_clock = self.periods.clock(id, c.sent)?;
            let cap = if self.provisional {
                cap_clock.compute_provisional(self.calendar)?.due
            } else {
                cap_clock.compute(self.calendar)?.due
            };
            let to = c.answered.unwrap_or(end_of_case).min(cap);
            let from = plus(c.sent, 1);
            if to >= from {
                suspensions.push(Suspension {
                    from,
                    to,
                    reason: match c.party {
                        Consultee::ThirdParty => format!("征求第三方意见 {}", c.to),
                        Consultee::OtherAgency => format!("征求其他机关意见 {}", c.to),
                    }
                    .trim_end()
                    .to_owned(),
                });
            }
        }
        if let Some(f) = case.fee.as_ref().filter(|f| f.notice >= start) {
            let to = f.paid.unwrap_or(end_of_case);
            let from = plus(f.notice, 1);
            if to >= from {
                suspensions.push(Suspension {
                    from,
                    to,
                    reason: "等待缴纳信息处理费（信息处理费管理办法，未核读） / waiting for the fee (fee measure, unverified)"
                        .to_owned(),
                });
            }
        }
        let clock = self
            .periods
            .clock("disclosure.reply", start)?
            .with_suspensions(suspensions)
            .with_extensions(case.extension.clone());
        Ok(Some(if self.provisional {
            clock.compute_provisional(self.calendar)?
        } else {
            clock.compute(self.calendar)?
        }))
    }

    /// The case's state, due date and status on `today`.
    pub fn report(
        &self,
        case: &RequestCase,
        today: NaiveDate,
    ) -> Result<CaseReport, DisclosureError> {
        let deadline = self.deadline(case, today)?;
        let answered = match case.closure {
            Some((d, ClosureKind::Answered { .. })) => Some(d),
            _ => None,
        };
        let status = match (&deadline, case.closure) {
            (Some(dl), None) => Some(dl.status(self.calendar, today, None, 3)?),
            (Some(dl), Some(_)) if answered.is_some() => {
                let a = answered.unwrap_or(today);
                Some(dl.status(self.calendar, today.max(a), Some(a), 3)?)
            }
            _ => None,
        };
        let mut notes = case.notes.clone();
        if let (Some(Status::MetLate { workdays_late, .. }), Some(dl)) = (status, &deadline) {
            notes.push(CaseNote {
                code: "RQ005",
                zh: format!("答复晚于期限 {}，逾期 {workdays_late} 个工作日", dl.due),
                en: format!(
                    "answered after the due date {}: {workdays_late} working day(s) late",
                    dl.due
                ),
                basis: tiaoli("第三十三条"),
            });
        }
        Ok(CaseReport {
            id: case.id.clone(),
            state: case.state,
            receipt: case.receipt,
            deadline,
            status,
            correction_until: match case.state {
                CaseState::AwaitingCorrection => case.correction.as_ref().map(|c| c.until),
                _ => None,
            },
            closure: case.closure,
            notes,
        })
    }
}

/// 补正 — 条例 第三十条 (V1): the corrected request restarts the reply period; a correction
/// after the period granted is accepted as for good reason and noted (RQ003).
fn corrected(next: &mut RequestCase, d: NaiveDate) {
    if let Some(c) = next.correction.as_mut() {
        if d > c.until {
            next.notes.push(CaseNote {
                code: "RQ003",
                zh: format!(
                    "补正于 {}，晚于补正期限 {}；视为有正当理由予以受理",
                    d, c.until
                ),
                en: format!(
                    "corrected on {}, after the period ending {}; accepted as for good reason",
                    d, c.until
                ),
                basis: tiaoli("第三十条"),
            });
        }
        c.corrected = Some(d);
    }
    next.clock_start = d;
    next.state = CaseState::Open;
}

/// 视为放弃 — 条例 第三十条 (V1): without a correction by the end of the period granted (not
/// before it ends), the request is deemed abandoned.
fn deemed_abandoned(
    next: &mut RequestCase,
    d: NaiveDate,
    refuse: Refusal,
) -> Result<(), DisclosureError> {
    let until = next.correction.as_ref().map(|c| c.until).unwrap_or(d);
    if d <= until {
        return Err(refuse.because(
            &format!("补正期限至 {until} 尚未届满"),
            &format!("the correction period runs until {until}"),
        ));
    }
    next.closure = Some((d, ClosureKind::Abandoned));
    next.state = CaseState::Closed;
    Ok(())
}

/// 征求意见 — 条例 第三十二条、第三十四条 (V1): an answer closes the matching pending
/// consultation (by party and addressee when given); the clock runs again when none is pending.
fn consultation_answered(
    next: &mut RequestCase,
    d: NaiveDate,
    party: Option<Consultee>,
    to: &str,
    refuse: Refusal,
) -> Result<(), DisclosureError> {
    let pending = next.consultations.iter_mut().find(|c| {
        c.answered.is_none() && party.is_none_or(|p| p == c.party) && (to.is_empty() || to == c.to)
    });
    let Some(c) = pending else {
        return Err(refuse.because("没有对应的待复意见", "no matching consultation is pending"));
    };
    c.answered = Some(d);
    if next.consultations.iter().all(|c| c.answered.is_some()) {
        next.state = CaseState::Open;
    }
    Ok(())
}

/// 信息处理费 — 条例 第四十二条 (V1; the fee measure UNVERIFIED): one notice, a positive amount,
/// a payment deadline not before the notice; the clock waits for payment.
fn fee_notice(
    next: &mut RequestCase,
    d: NaiveDate,
    amount_fen: i64,
    pay_by: NaiveDate,
    refuse: Refusal,
) -> Result<(), DisclosureError> {
    if next.fee.is_some() {
        return Err(refuse.because("收费通知只能发出一次", "a fee notice can be sent once"));
    }
    if amount_fen <= 0 {
        return Err(refuse.because("收费金额必须为正", "the fee must be positive"));
    }
    if pay_by < d {
        return Err(refuse.because(
            "缴费期限早于通知日期",
            "the payment deadline is before the notice",
        ));
    }
    next.fee = Some(Fee {
        notice: d,
        amount_fen,
        pay_by,
        paid: None,
    });
    next.state = CaseState::AwaitingFee;
    Ok(())
}

/// 信息处理费 — 条例 第四十二条 (V1): unpaid after the payment deadline (not before it ends), the
/// request is no longer processed.
fn fee_lapsed(
    next: &mut RequestCase,
    d: NaiveDate,
    refuse: Refusal,
) -> Result<(), DisclosureError> {
    let pay_by = next.fee.as_ref().map(|f| f.pay_by).unwrap_or(d);
    if d <= pay_by {
        return Err(refuse.because(
            &format!("缴费期限至 {pay_by} 尚未届满"),
            &format!("the payment period runs until {pay_by}"),
        ));
    }
    next.closure = Some((d, ClosureKind::FeeLapsed));
    next.state = CaseState::Closed;
    Ok(())
}

/// 答复 — 条例 第三十三条、第三十六条 (V1): the reply closes the case and any consultation still
/// pending.
fn answered(next: &mut RequestCase, d: NaiveDate, reply: ReplyType) {
    for c in next
        .consultations
        .iter_mut()
        .filter(|c| c.answered.is_none())
    {
        c.answered = Some(d);
    }
    next.closure = Some((d, ClosureKind::Answered { reply }));
    next.state = CaseState::Closed;
}

// The replay's bookkeeping lives in the case (and is serialised with it).
crate::eventlog::replayed_case!(RequestCase, Event, arrived);

/// The receipt date under 条例 第三十一条.
fn receipt_date(
    channel: ReceiptChannel,
    arrived: NaiveDate,
    confirmed: Option<NaiveDate>,
    notes: &mut Vec<CaseNote>,
) -> NaiveDate {
    match channel {
        ReceiptChannel::InPerson => arrived,
        ReceiptChannel::SignedMail => confirmed.unwrap_or(arrived),
        ReceiptChannel::OrdinaryLetter => match confirmed {
            Some(c) if c == arrived => c,
            // The office must confirm on the day the letter arrives; confirming late (or not at
            // all) cannot push the receipt date back (judgement call, protects the applicant).
            other => {
                notes.push(CaseNote {
                    code: "RQ001",
                    zh: format!(
                        "平常信函应于收到当日与申请人确认{}；按收到信函之日 {arrived} 计算",
                        other.map(|c| format!("（实际 {c}）")).unwrap_or_else(|| "（未记录）".to_owned())
                    ),
                    en: format!(
                        "an ordinary letter must be confirmed on the day it arrives{}; counted from its arrival on {arrived}",
                        other.map(|c| format!(" (confirmed {c})")).unwrap_or_else(|| " (not recorded)".to_owned())
                    ),
                    basis: tiaoli("第三十一条第（二）项"),
                });
                arrived
            }
        },
        ReceiptChannel::Online | ReceiptChannel::Fax => match confirmed {
            Some(c) => c.max(arrived),
            None => {
                notes.push(CaseNote {
                    code: "RQ001",
                    zh: format!("未记录双方确认日期；按到达之日 {arrived} 计算"),
                    en: format!("no confirmation date recorded; counted from arrival on {arrived}"),
                    basis: tiaoli("第三十一条第（三）项"),
                });
                arrived
            }
        },
    }
}
